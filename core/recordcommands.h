#pragma once

#include "rowsnapshot.h"

#include <QUndoCommand>

#include <optional>

namespace Inroad {

// Undo commands shared by every repository with the add/update/remove/restore interface. Each
// keeps value snapshots (never model indexes) and each redo or undo is one transaction. A command
// whose first redo fails marks itself obsolete, so QUndoStack drops it instead of recording an
// edit that did not happen; the repository has already told the user why.

/// Creates a record. Undo deletes it; redo puts it back with the same id.
template<class Repo, class Record>
class AddRecordCommand final : public QUndoCommand
{
public:
    AddRecordCommand(Repo &repo, Record record, const QString &text, QUndoCommand *parent = nullptr)
        : QUndoCommand(text, parent)
        , m_repo(repo)
        , m_record(std::move(record))
    {
    }

    void redo() override
    {
        const bool ok = m_snapshot ? m_repo.restore(*m_snapshot) : m_repo.add(m_record);
        if (!ok)
            setObsolete(true);
    }
    void undo() override
    {
        m_snapshot = m_repo.remove(m_record.id);
        if (!m_snapshot)
            setObsolete(true);
    }

    /// The new record's id once redo() has run.
    qint64 recordId() const { return m_record.id; }

private:
    Repo &m_repo;
    Record m_record;
    std::optional<RowSnapshot> m_snapshot;
};

/// Replaces a record's stored values by @p after; undo writes @p before back.
template<class Repo, class Record>
class EditRecordCommand final : public QUndoCommand
{
public:
    EditRecordCommand(Repo &repo, Record before, Record after, const QString &text, QUndoCommand *parent = nullptr)
        : QUndoCommand(text, parent)
        , m_repo(repo)
        , m_before(std::move(before))
        , m_after(std::move(after))
    {
    }

    void redo() override
    {
        if (!m_repo.update(m_after))
            setObsolete(true);
    }
    void undo() override
    {
        if (!m_repo.update(m_before))
            setObsolete(true);
    }

private:
    Repo &m_repo;
    Record m_before;
    Record m_after;
};

/// Deletes a record and what depends on it; undo restores all of it.
template<class Repo>
class RemoveRecordCommand final : public QUndoCommand
{
public:
    RemoveRecordCommand(Repo &repo, qint64 id, const QString &text, QUndoCommand *parent = nullptr)
        : QUndoCommand(text, parent)
        , m_repo(repo)
        , m_id(id)
    {
    }

    void redo() override
    {
        m_snapshot = m_repo.remove(m_id);
        if (!m_snapshot)
            setObsolete(true);
    }
    void undo() override
    {
        if (!m_snapshot || !m_repo.restore(*m_snapshot))
            setObsolete(true);
    }

private:
    Repo &m_repo;
    qint64 m_id;
    std::optional<RowSnapshot> m_snapshot;
};

} // namespace Inroad
