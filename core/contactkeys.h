#pragma once

#include <QHash>
#include <QString>

namespace Inroad {

/// The keys by which two records are taken to be the same person, on import and when looking for
/// duplicates: the same e-mail address, the same LinkedIn profile, or the same name at the same
/// organization. Each key is empty when the record has nothing to match on.
namespace ContactKeys {

/// The address trimmed and lower-cased ("Ann@Example.org " → "ann@example.org").
QString email(const QString &address);

/// The profile's path on linkedin.com, lower-cased, without scheme, "www." or a country
/// subdomain, query, fragment or trailing slash ("https://uk.linkedin.com/in/Ann-Lee/?trk=x" →
/// "linkedin.com/in/ann-lee"). Any other web address is returned trimmed and lower-cased.
QString linkedIn(const QString &url);

/// First and last name, then the organization, each case- and accent-folded with punctuation
/// dropped and whitespace collapsed ("Zoë  O'Brien", "ACME Inc." → "zoe obrien|acme inc"). Empty
/// when there is no name.
QString nameAndOrganization(const QString &firstName, const QString &lastName, const QString &organization);

/// Case- and accent-folded text with punctuation dropped and whitespace collapsed.
QString foldedName(const QString &text);

/// foldedName() that remembers: an import of thousands of contacts folds the same few hundred
/// organizations again and again.
class FoldedNames
{
public:
    QString operator()(const QString &text);

private:
    QHash<QString, QString> m_known;
};

/// nameAndOrganization() with the organization folded by @p organizations.
QString nameAndOrganization(const QString &firstName, const QString &lastName, const QString &organization,
                            FoldedNames &organizations);

} // namespace ContactKeys

} // namespace Inroad
