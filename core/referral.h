#pragma once

#include <QDate>
#include <QMetaType>
#include <QString>

namespace Inroad {

/// "A introduced or recommended B": one edge of the referral graph.
struct Referral
{
    qint64 id = 0;
    qint64 referrerId = 0;       ///< the person who gave the name; 0: the user found them
    qint64 referredId = 0;
    qint64 interviewId = 0;      ///< the interview the name came up in; 0: none
    QDate referredOn;
    bool mayMention = false;     ///< whether the user may say who sent them
    QString note;

    QString referredName;        ///< read-only, filled in by the repository
};

} // namespace Inroad

Q_DECLARE_METATYPE(Inroad::Referral)
