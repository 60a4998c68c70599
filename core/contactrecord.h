#pragma once

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

namespace Inroad {

/// One contact as a file gives it, before it is matched against the workspace. Readers fill it;
/// the import plan decides whether it becomes a new person, updates one, or is left out.
struct ContactRecord
{
    int line = 0; ///< where the contact starts in its file (1-based)
    QString firstName;
    QString lastName;
    QString organization;
    QString title;
    QStringList emails;  ///< the preferred one first
    QStringList phones;  ///< the preferred one first
    QStringList phoneLabels; ///< the kind of each phone number the file names ("mobile", "work"), or empty
    QString linkedInUrl;
    QStringList websites; ///< other web addresses
    QString address;
    QString note;        ///< free text from the file (vCard NOTE, Google "Notes", a mapped column)
    QStringList tags;
    QString source;      ///< how the user knows them, e.g. "LinkedIn connection since 2024-03-15"

    bool hasName() const { return !firstName.trimmed().isEmpty() || !lastName.trimmed().isEmpty(); }
};

/// A row or card of a file that cannot become a person, and why.
struct ContactRejection
{
    int line = 0;
    QString reason; ///< a sentence a user can act on
    /// Who the row is about, as far as the reader could tell, so that a preview can name them.
    QString firstName;
    QString lastName;
    QString organization;
};

/// What a reader made of a file: the contacts, the rows it could not use, or why the whole file is
/// unusable (then nothing may be imported).
struct ContactSource
{
    QList<ContactRecord> records;
    QList<ContactRejection> rejections;
    QString error;       ///< non-empty: the file cannot be imported at all
    int errorLine = 0;   ///< the line @ref error is about, 0 when it is about the whole file
    QString description; ///< what was recognised, e.g. "LinkedIn connections, UTF-8, 120 rows"
    bool ok() const { return error.isEmpty(); }
};

} // namespace Inroad
