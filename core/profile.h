#pragma once

#include <QMetaType>
#include <QString>
#include <QVariant>

namespace Inroad {

/// The user: how they introduce themselves in letters, scripts and interview sheets.
struct Profile
{
    enum Field {
        FullName,
        Email,
        Phone,
        Address,
        LinkedInUrl,
        Website,
        FieldsOfInterest,
        SelfIntroduction,
        ResumePath,
        FieldCount
    };

    qint64 id = 1; ///< there is one profile per workspace
    QString fullName;
    QString email;
    QString phone;
    QString address;
    QString linkedInUrl;
    QString website;
    QString fieldsOfInterest;
    QString selfIntroduction;
    QString resumePath;

    bool isEmpty() const;
    QVariant value(Field field) const;
    void setValue(Field field, const QVariant &value);
    static QString fieldLabel(Field field);
    bool sameContent(const Profile &other) const;
};

} // namespace Inroad

Q_DECLARE_METATYPE(Inroad::Profile)
