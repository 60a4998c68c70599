#pragma once

#include <QDate>
#include <QDateTime>
#include <QMetaType>
#include <QString>

#include <optional>

namespace Inroad {

/// What a note can be about. Every note is about exactly one of them.
enum class NoteSubject { Person, Organization, Field, Interview };

/// Markdown text the user wrote about a person, an organization, a career field or an interview.
/// A value type: the repository reads and writes whole snapshots.
struct Note
{
    qint64 id = 0;
    qint64 personId = 0;       ///< 0: not about a person
    qint64 organizationId = 0; ///< 0: not about an organization
    qint64 fieldId = 0;        ///< 0: not about a career field
    qint64 interviewId = 0;    ///< 0: not about an interview
    QString title;             ///< may be empty
    QString body;              ///< Markdown
    QDate notedOn;             ///< the day the note is dated; NoteRepository::add() uses today when invalid
    QDateTime createdAt;
    QDateTime updatedAt;

    /// Read-only, filled in by the repository: the person's, organization's or field's name, or
    /// "Interview with <person>".
    QString subjectName;

    /// How many of the four subject ids are set; a note can only be saved with exactly one.
    int subjectCount() const
    {
        return (personId > 0) + (organizationId > 0) + (fieldId > 0) + (interviewId > 0);
    }
    /// The subject that is set (the first one when several are), or nothing.
    std::optional<NoteSubject> subject() const
    {
        if (personId > 0)
            return NoteSubject::Person;
        if (organizationId > 0)
            return NoteSubject::Organization;
        if (fieldId > 0)
            return NoteSubject::Field;
        if (interviewId > 0)
            return NoteSubject::Interview;
        return std::nullopt;
    }
    /// The id of subject(), or 0.
    qint64 subjectId() const
    {
        return personId > 0 ? personId : organizationId > 0 ? organizationId : fieldId > 0 ? fieldId : interviewId;
    }
    /// Makes the note about the record @p recordId of @p kind, and about nothing else.
    void setSubject(NoteSubject kind, qint64 recordId)
    {
        personId = kind == NoteSubject::Person ? recordId : 0;
        organizationId = kind == NoteSubject::Organization ? recordId : 0;
        fieldId = kind == NoteSubject::Field ? recordId : 0;
        interviewId = kind == NoteSubject::Interview ? recordId : 0;
    }
};

} // namespace Inroad

Q_DECLARE_METATYPE(Inroad::Note)
