#pragma once

#include <QDateTime>
#include <QMetaType>
#include <QString>
#include <QVariant>

namespace Inroad {

/// An employer or institution the user researches, with what they found out about it.
struct Organization
{
    enum Field {
        Name,
        Industry,
        Website,
        Address,
        Products,
        Services,
        Competitors,
        News,
        Sources,
        FieldCount
    };

    qint64 id = 0;
    QString name;
    QString industry;
    QString website;
    QString address;
    QString products;    ///< research notes
    QString services;
    QString competitors;
    QString news;
    QString sources;
    int peopleCount = 0; ///< read-only, filled in by the repository
    QDateTime createdAt;
    QDateTime updatedAt;

    QVariant value(Field field) const;
    void setValue(Field field, const QVariant &value);
    static QString fieldLabel(Field field);
    bool sameContent(const Organization &other) const;
};

} // namespace Inroad

Q_DECLARE_METATYPE(Inroad::Organization)
