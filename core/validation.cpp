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

namespace {

/// Whether @p url is certainly a valid web address by a quick look: http(s)://, a host of ASCII
/// letters, digits, '-' and single dots, and a path of unreserved characters and %XX. False means
/// "look closer", not "invalid". An import checks a LinkedIn address on each of 100,000 rows.
bool isPlainWebUrl(const QString &url)
{
    qsizetype i = 0;
    if (url.startsWith(QLatin1String("https://")))
        i = 8;
    else if (url.startsWith(QLatin1String("http://")))
        i = 7;
    else
        return false;
    const auto isAlnum = [](char16_t u) {
        return (u >= u'a' && u <= u'z') || (u >= u'A' && u <= u'Z') || (u >= u'0' && u <= u'9');
    };
    const qsizetype hostStart = i;
    bool dot = false;
    for (; i < url.size() && url.at(i) != QLatin1Char('/'); ++i) {
        const char16_t u = url.at(i).unicode();
        if (u == u'.') {
            // neither first, nor last, nor after another dot
            if (i == hostStart || url.at(i - 1) == QLatin1Char('.') || i + 1 == url.size() || url.at(i + 1) == QLatin1Char('/'))
                return false;
            dot = true;
        } else if (!isAlnum(u) && u != u'-') {
            return false;
        }
    }
    if (!dot)
        return false;
    for (; i < url.size(); ++i) {
        const char16_t u = url.at(i).unicode();
        if (u == u'%') {
            const auto isHex = [&url](qsizetype at) {
                if (at >= url.size())
                    return false;
                const char16_t h = url.at(at).unicode();
                return (h >= u'0' && h <= u'9') || (h >= u'a' && h <= u'f') || (h >= u'A' && h <= u'F');
            };
            if (!isHex(i + 1) || !isHex(i + 2))
                return false;
            i += 2;
        } else if (!isAlnum(u) && u != u'/' && u != u'-' && u != u'.' && u != u'_' && u != u'~') {
            return false;
        }
    }
    return true;
}

} // namespace

bool isValidWebUrl(const QString &url)
{
    if (url.isEmpty())
        return true;
    if (isPlainWebUrl(url))
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
