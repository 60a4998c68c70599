#include "contactkeys.h"

#include "searchindex.h"


namespace Inroad::ContactKeys {

QString email(const QString &address)
{
    return address.trimmed().toLower();
}

QString linkedIn(const QString &url)
{
    QString text = url.trimmed().toLower();
    if (text.isEmpty())
        return {};
    for (const QLatin1String scheme : {QLatin1String("https://"), QLatin1String("http://")}) {
        if (text.startsWith(scheme)) {
            text.remove(0, scheme.size());
            break;
        }
    }
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text.at(i) == QLatin1Char('?') || text.at(i) == QLatin1Char('#')) {
            text.truncate(i);
            break;
        }
    }
    while (text.endsWith(QLatin1Char('/')))
        text.chop(1);
    const qsizetype slash = text.indexOf(QLatin1Char('/'));
    const QString host = slash < 0 ? text : text.left(slash);
    if (host == QLatin1String("linkedin.com") || host.endsWith(QLatin1String(".linkedin.com")))
        return QLatin1String("linkedin.com") + (slash < 0 ? QString() : text.mid(slash));
    return text;
}

QString foldedName(const QString &text)
{
    const QString folded = SearchIndex::fold(text);
    QString out;
    out.reserve(folded.size());
    bool space = false;
    for (const QChar c : folded) {
        if (c.isLetterOrNumber()) {
            if (space && !out.isEmpty())
                out += QLatin1Char(' ');
            space = false;
            out += c;
        } else if (c.isSpace() || c == QLatin1Char('-')) {
            space = true;
        }
        // other punctuation ("O'Brien", "Inc.") is dropped without a space
    }
    return out;
}

QString nameAndOrganization(const QString &firstName, const QString &lastName, const QString &organization)
{
    const QString name = foldedName(firstName + QLatin1Char(' ') + lastName);
    if (name.isEmpty())
        return {};
    return name + QLatin1Char('|') + foldedName(organization);
}

} // namespace Inroad::ContactKeys
