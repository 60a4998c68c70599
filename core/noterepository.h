#pragma once

#include "note.h"
#include "repository.h"

#include <QList>

#include <optional>

namespace Inroad {

/// Which notes the Notes area lists. Notes are always listed newest first (by the day they are
/// dated, then by when they were written).
struct NoteQuery
{
    std::optional<NoteSubject> subject; ///< only notes about this kind of record; nothing: every note
    QString text; ///< every word must appear in the title, the body or the subject's name (case-insensitive)
};

/// All SQL about notes. Signals report committed changes; remove() and restore() are undoable
/// through RowSnapshot like every repository's.
class NoteRepository final : public Repository
{
    Q_OBJECT

public:
    explicit NoteRepository(Database &db, QObject *parent = nullptr);

    std::optional<Note> find(qint64 id) const;
    /// The notes about one record, newest first.
    QList<Note> forPerson(qint64 personId) const;
    QList<Note> forOrganization(qint64 organizationId) const;
    QList<Note> forField(qint64 fieldId) const;
    QList<Note> forInterview(qint64 interviewId) const;

    /// Rows @p offset to @p offset + @p limit (-1: all) of the query's notes, newest first.
    QList<Note> page(const NoteQuery &query, int offset, int limit) const;
    int count(const NoteQuery &query = {}) const;
    /// Where the note @p id is in the query's order (0 is first), or -1 when the query does not match it.
    int positionOf(qint64 id, const NoteQuery &query) const;

    /// Inserts @p note (keeping its id when it has one, for redo) and sets its id, its creation
    /// times and, when it had none, its date (today). Fails unless exactly one subject is set.
    bool add(Note &note);
    /// Writes the note's subject, title, body and date (an invalid date keeps the stored one).
    /// Fails unless exactly one subject is set, or when the note no longer exists.
    bool update(const Note &note);

    /// Why @p note cannot be saved, in a sentence; empty when it can.
    static QString problem(const Note &note);
};

} // namespace Inroad
