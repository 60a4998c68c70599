#pragma once

#include "person.h"
#include "rowsnapshot.h"

#include <QCoreApplication>
#include <QList>
#include <QSqlRecord>
#include <QUndoCommand>

namespace Inroad {

class Workspace;

/// The form of @p value in which two people's values of @p field count as the same, so that one
/// differing only in case or spacing is not reported as lost: e-mail addresses and LinkedIn
/// profiles by their ContactKeys, other text with case and whitespace folded.
QString comparableValue(Person::Field field, const QString &value);

/// @p text on one line: its non-empty lines trimmed and joined with ", " (a multi-line address in
/// a list item or a table cell).
QString oneLine(const QString &text);

/// What merging duplicates into one person gives.
struct MergeOutcome
{
    Person merged;
    /// Markdown, one list item per value of the others that differed from the merged person's and
    /// so was not kept ("- E-mail: ann@old.org (from Ann Lee #12)"); empty when nothing was dropped.
    QString conflictNote;
};

/// Merges the values of @p others into @p survivor without losing any: the survivor's empty fields
/// are filled from the others in order; tags are united; the strongest relationship, the most
/// advanced stage and a received business card win; every other differing value goes into the
/// conflict note. The result keeps the survivor's id.
MergeOutcome mergePeople(const Person &survivor, const QList<Person> &others);

/// Edit ▸ Find Duplicate People ▸ Merge: makes the others one with the survivor. Redo, in one
/// transaction, points everything that was about the others (interviews, referrals, outreach,
/// notes, follow-ups, tags, career fields) at the survivor, writes the merged values, adds a
/// "Merged duplicates" note listing the values that were not kept, and deletes the others. A
/// referral that would become self-referencing or a copy of another is dropped with its person.
/// Undo, in one transaction, puts every row back as it was, with the same ids.
class MergePeopleCommand final : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(Inroad::MergePeopleCommand)

public:
    MergePeopleCommand(Workspace &workspace, qint64 survivorId, QList<qint64> otherIds, QUndoCommand *parent = nullptr);

    void redo() override;
    void undo() override;

    qint64 survivorId() const { return m_survivorId; }
    QList<qint64> otherIds() const { return m_otherIds; }
    /// The "Merged duplicates" note the last redo added, or 0 when nothing needed noting.
    qint64 noteId() const { return m_noteId; }
    /// Why the last redo or undo failed.
    QString lastError() const { return m_error; }

private:
    // A reference column of one row that redo pointed at the survivor.
    struct Move
    {
        QString table;
        QString column;
        qint64 rowId = 0;
        qint64 oldPersonId = 0;
    };
    // The survivor's rows of a table without ids (person_tags), as they were.
    struct LinkRows
    {
        QString table;
        QString column;
        QList<QSqlRecord> rows;
    };

    bool apply();
    bool revert();
    bool failWith(const QString &message);

    Workspace &m_workspace;
    qint64 m_survivorId;
    QList<qint64> m_otherIds;

    // Filled in by the last redo, for undo.
    QSqlRecord m_survivorRow;
    QList<Move> m_moves;
    QList<LinkRows> m_links;
    QList<qint64> m_droppedReferrals;
    QList<RowSnapshot> m_removed;
    qint64 m_noteId = 0;
    // Kept from the first redo so that every redo writes the same rows.
    QString m_stamp;
    QDate m_notedOn;
    QString m_error;
};

} // namespace Inroad
