#include "organization.h"

#include <QCoreApplication>

namespace Inroad {

QVariant Organization::value(Field field) const
{
    switch (field) {
    case Name: return name;
    case Industry: return industry;
    case Website: return website;
    case Address: return address;
    case Products: return products;
    case Services: return services;
    case Competitors: return competitors;
    case News: return news;
    case Sources: return sources;
    case FieldCount: break;
    }
    return {};
}

void Organization::setValue(Field field, const QVariant &v)
{
    switch (field) {
    case Name: name = v.toString(); break;
    case Industry: industry = v.toString(); break;
    case Website: website = v.toString().trimmed(); break;
    case Address: address = v.toString(); break;
    case Products: products = v.toString(); break;
    case Services: services = v.toString(); break;
    case Competitors: competitors = v.toString(); break;
    case News: news = v.toString(); break;
    case Sources: sources = v.toString(); break;
    case FieldCount: break;
    }
}

QString Organization::fieldLabel(Field field)
{
    const auto t = [](const char *s) { return QCoreApplication::translate("Inroad::Organization", s); };
    switch (field) {
    case Name: return t("Name");
    case Industry: return t("Industry");
    case Website: return t("Website");
    case Address: return t("Address");
    case Products: return t("Products");
    case Services: return t("Services");
    case Competitors: return t("Competitors");
    case News: return t("News");
    case Sources: return t("Sources");
    case FieldCount: break;
    }
    return {};
}

bool Organization::sameContent(const Organization &o) const
{
    for (int f = 0; f < FieldCount; ++f) {
        if (value(Field(f)) != o.value(Field(f)))
            return false;
    }
    return true;
}

} // namespace Inroad
