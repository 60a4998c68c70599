#include "profile.h"

#include <QCoreApplication>

namespace Inroad {

bool Profile::isEmpty() const
{
    for (int f = 0; f < FieldCount; ++f) {
        if (!value(Field(f)).toString().trimmed().isEmpty())
            return false;
    }
    return true;
}

QVariant Profile::value(Field field) const
{
    switch (field) {
    case FullName: return fullName;
    case Email: return email;
    case Phone: return phone;
    case Address: return address;
    case LinkedInUrl: return linkedInUrl;
    case Website: return website;
    case FieldsOfInterest: return fieldsOfInterest;
    case SelfIntroduction: return selfIntroduction;
    case ResumePath: return resumePath;
    case FieldCount: break;
    }
    return {};
}

void Profile::setValue(Field field, const QVariant &v)
{
    switch (field) {
    case FullName: fullName = v.toString(); break;
    case Email: email = v.toString().trimmed(); break;
    case Phone: phone = v.toString(); break;
    case Address: address = v.toString(); break;
    case LinkedInUrl: linkedInUrl = v.toString().trimmed(); break;
    case Website: website = v.toString().trimmed(); break;
    case FieldsOfInterest: fieldsOfInterest = v.toString(); break;
    case SelfIntroduction: selfIntroduction = v.toString(); break;
    case ResumePath: resumePath = v.toString(); break;
    case FieldCount: break;
    }
}

QString Profile::fieldLabel(Field field)
{
    const auto t = [](const char *s) { return QCoreApplication::translate("Inroad::Profile", s); };
    switch (field) {
    case FullName: return t("Your name");
    case Email: return t("E-mail");
    case Phone: return t("Phone");
    case Address: return t("Address");
    case LinkedInUrl: return t("LinkedIn");
    case Website: return t("Website");
    case FieldsOfInterest: return t("Fields of interest");
    case SelfIntroduction: return t("Self-introduction");
    case ResumePath: return t("Résumé file");
    case FieldCount: break;
    }
    return {};
}

bool Profile::sameContent(const Profile &o) const
{
    for (int f = 0; f < FieldCount; ++f) {
        if (value(Field(f)) != o.value(Field(f)))
            return false;
    }
    return true;
}

} // namespace Inroad
