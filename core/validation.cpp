#include "validation.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QUrl>

namespace Inroad {

namespace {

QString tr(const char *s)
{
    return QCoreApplication::translate("Inroad::Validation", s);
}

void checkEmail(QList<ValidationProblem> &out, int field, const QString &value)
{
    if (!isValidEmail(value))
        out.append({field, tr("“%1” is not an e-mail address; it should look like name@example.org.").arg(value)});
}

void checkUrl(QList<ValidationProblem> &out, int field, const QString &value)
{
    if (!isValidWebUrl(value))
        out.append({field, tr("“%1” is not a web address; it should start with https:// and name a site.").arg(value)});
}

} // namespace

bool isValidEmail(const QString &email)
{
    if (email.isEmpty())
        return true;
    static const QRegularExpression pattern(QStringLiteral(
        R"(^[A-Za-z0-9.!#$%&'*+/=?^_`{|}~\x{80}-\x{10FFFF}-]+@[A-Za-z0-9\x{80}-\x{10FFFF}](?:[A-Za-z0-9\x{80}-\x{10FFFF}-]{0,62}[A-Za-z0-9\x{80}-\x{10FFFF}])?(?:\.[A-Za-z0-9\x{80}-\x{10FFFF}](?:[A-Za-z0-9\x{80}-\x{10FFFF}-]{0,62}[A-Za-z0-9\x{80}-\x{10FFFF}])?)+$)"));
    if (email.size() > 254 || email.contains(QStringLiteral("..")) || email.startsWith(QLatin1Char('.'))
        || email.contains(QStringLiteral(".@")))
        return false;
    return pattern.match(email).hasMatch();
}

bool isValidWebUrl(const QString &url)
{
    if (url.isEmpty())
        return true;
    if (url.contains(QLatin1Char(' ')))
        return false;
    const QUrl parsed(url, QUrl::StrictMode);
    if (!parsed.isValid())
        return false;
    const QString scheme = parsed.scheme().toLower();
    if (scheme != QLatin1String("http") && scheme != QLatin1String("https"))
        return false;
    const QString host = parsed.host();
    return !host.isEmpty() && (host.contains(QLatin1Char('.')) || host == QLatin1String("localhost"))
        && !host.startsWith(QLatin1Char('.')) && !host.endsWith(QLatin1Char('.'));
}

QList<ValidationProblem> validate(const Person &p)
{
    QList<ValidationProblem> out;
    if (p.firstName.trimmed().isEmpty() && p.lastName.trimmed().isEmpty())
        out.append({Person::FirstName, tr("A person needs a name: enter a first or a last name.")});
    checkEmail(out, Person::Email, p.email);
    checkUrl(out, Person::LinkedInUrl, p.linkedInUrl);
    if (p.relationshipStrength < 0 || p.relationshipStrength > 5)
        out.append({Person::RelationshipStrength, tr("Relationship strength runs from 0 to 5.")});
    return out;
}

QList<ValidationProblem> validate(const Organization &o)
{
    QList<ValidationProblem> out;
    if (o.name.trimmed().isEmpty())
        out.append({Organization::Name, tr("An organization needs a name.")});
    checkUrl(out, Organization::Website, o.website);
    return out;
}

QList<ValidationProblem> validate(const Profile &p)
{
    QList<ValidationProblem> out;
    checkEmail(out, Profile::Email, p.email);
    checkUrl(out, Profile::LinkedInUrl, p.linkedInUrl);
    checkUrl(out, Profile::Website, p.website);
    return out;
}

} // namespace Inroad
