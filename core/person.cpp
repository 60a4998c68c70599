#include "person.h"

#include <QCoreApplication>

#include <algorithm>

namespace Inroad {

QString Person::displayName() const
{
    const QString first = firstName.trimmed();
    const QString last = lastName.trimmed();
    if (first.isEmpty())
        return last;
    if (last.isEmpty())
        return first;
    return first + QLatin1Char(' ') + last;
}

QVariant Person::value(Field field) const
{
    switch (field) {
    case FirstName: return firstName;
    case LastName: return lastName;
    case Pronunciation: return pronunciation;
    case Salutation: return salutation;
    case Title: return title;
    case OrganizationId: return organizationId;
    case Email: return email;
    case Phone: return phone;
    case LinkedInUrl: return linkedInUrl;
    case Address: return address;
    case Source: return source;
    case Tags: return tags;
    case RelationshipStrength: return relationshipStrength;
    case Stage: return static_cast<int>(stage);
    case BusinessCard: return businessCardReceived;
    case KeepInTouchWeeks: return keepInTouchWeeks;
    case FieldCount: break;
    }
    return {};
}

void Person::setValue(Field field, const QVariant &v)
{
    switch (field) {
    case FirstName: firstName = v.toString(); break;
    case LastName: lastName = v.toString(); break;
    case Pronunciation: pronunciation = v.toString(); break;
    case Salutation: salutation = v.toString(); break;
    case Title: title = v.toString(); break;
    case OrganizationId: organizationId = v.toLongLong(); break;
    case Email: email = v.toString().trimmed(); break;
    case Phone: phone = v.toString(); break;
    case LinkedInUrl: linkedInUrl = v.toString().trimmed(); break;
    case Address: address = v.toString(); break;
    case Source: source = v.toString(); break;
    case Tags: tags = normalizedTags(v.toStringList()); break;
    case RelationshipStrength: relationshipStrength = qBound(0, v.toInt(), 5); break;
    case Stage:
        stage = pipelineStageFromInt(v.toInt());
        stageSetByHand = true;
        break;
    case BusinessCard: businessCardReceived = v.toBool(); break;
    case KeepInTouchWeeks: keepInTouchWeeks = qBound(0, v.toInt(), 52); break;
    case FieldCount: break;
    }
}

QString Person::fieldLabel(Field field)
{
    const auto t = [](const char *s) { return QCoreApplication::translate("Inroad::Person", s); };
    switch (field) {
    case FirstName: return t("First name");
    case LastName: return t("Last name");
    case Pronunciation: return t("Pronunciation");
    case Salutation: return t("Salutation");
    case Title: return t("Job title");
    case OrganizationId: return t("Organization");
    case Email: return t("E-mail");
    case Phone: return t("Phone");
    case LinkedInUrl: return t("LinkedIn");
    case Address: return t("Address");
    case Source: return t("How found");
    case Tags: return t("Tags");
    case RelationshipStrength: return t("Relationship");
    case Stage: return t("Stage");
    case BusinessCard: return t("Business card");
    case KeepInTouchWeeks: return t("Keep in touch every");
    case FieldCount: break;
    }
    return {};
}

bool Person::sameContent(const Person &o) const
{
    for (int f = 0; f < FieldCount; ++f) {
        if (value(Field(f)) != o.value(Field(f)))
            return false;
    }
    return stageSetByHand == o.stageSetByHand;
}

QStringList normalizedTags(const QStringList &tags)
{
    QStringList out;
    for (const QString &tag : tags) {
        const QString t = tag.simplified();
        if (!t.isEmpty() && !out.contains(t, Qt::CaseInsensitive))
            out << t;
    }
    std::sort(out.begin(), out.end(), [](const QString &a, const QString &b) {
        return a.compare(b, Qt::CaseInsensitive) < 0;
    });
    return out;
}

} // namespace Inroad
