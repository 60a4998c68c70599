#include "contactkeys.h"

#include "searchindex.h"

#include <algorithm>
#include <vector>


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
    // Most names are plain ASCII: folded in one pass, without the Unicode decomposition.
    const bool ascii = std::all_of(text.cbegin(), text.cend(), [](QChar c) {
        return c.unicode() < 0x80;
    });
    if (ascii) {
        QString out(text.size(), Qt::Uninitialized);
        QChar *to = out.data();
        bool space = false;
        for (const QChar c : text) {
            const char16_t u = c.unicode();
            const bool digit = u >= u'0' && u <= u'9';
            const bool upper = u >= u'A' && u <= u'Z';
            if (digit || upper || (u >= u'a' && u <= u'z')) {
                if (space && to != out.constData())
                    *to++ = QLatin1Char(' ');
                space = false;
                *to++ = upper ? QChar(char16_t(u + (u'a' - u'A'))) : c;
            } else if (u == u' ' || u == u'-' || (u >= u'\t' && u <= u'\r')) {
                space = true;
            }
        }
        out.truncate(to - out.constData());
        return out;
    }
    // Latin letters with accents ("Zoë", "Müller", "Søren"): folded character by character from
    // a table that SearchIndex::fold() filled once — the same result, without the decomposition of
    // the whole text. Neither decomposing nor case folding looks beyond one character here.
    constexpr char16_t kTableEnd = 0x0250; // Latin-1 and Latin Extended-A and -B
    const bool latin = std::all_of(text.cbegin(), text.cend(), [](QChar c) {
        return c.unicode() < kTableEnd;
    });
    QString folded;
    if (latin) {
        static const std::vector<QString> table = [] {
            std::vector<QString> out(kTableEnd);
            for (char16_t u = 0; u < kTableEnd; ++u)
                out[u] = SearchIndex::fold(QString(QChar(u)));
            return out;
        }();
        folded.reserve(text.size());
        for (const QChar c : text)
            folded += table[c.unicode()];
    } else {
        folded = SearchIndex::fold(text);
    }
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
    FoldedNames once;
    return nameAndOrganization(firstName, lastName, organization, once);
}

QString FoldedNames::operator()(const QString &text)
{
    auto it = m_known.constFind(text);
    if (it == m_known.constEnd())
        it = m_known.insert(text, foldedName(text));
    return it.value();
}

QString nameAndOrganization(const QString &firstName, const QString &lastName, const QString &organization,
                            FoldedNames &organizations)
{
    const QString name = foldedName(firstName + QLatin1Char(' ') + lastName);
    if (name.isEmpty())
        return {};
    return name + QLatin1Char('|') + organizations(organization);
}

} // namespace Inroad::ContactKeys
