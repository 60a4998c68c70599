#pragma once

#include "note.h"
#include "noterepository.h"
#include "pagedrecordmodel.h"

namespace Inroad {

class Workspace;

/// Every note, newest first, loaded a page at a time: the Notes area's list. Filters by what the
/// notes are about and by words.
class NoteListModel final : public PagedRecordModel<Note>
{
    Q_OBJECT

public:
    enum Column { DateColumn, SubjectColumn, TitleColumn, ColumnCount };
    enum Role { IdRole = Qt::UserRole + 1, NoteRole };

    explicit NoteListModel(Workspace &workspace, QObject *parent = nullptr);

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    NoteQuery query() const { return m_query; }
    void setFilterText(const QString &text);
    /// Only notes about this kind of record; nothing: every note.
    void setSubjectFilter(std::optional<NoteSubject> subject);

    /// What a note shows as its title: its own, or else the first line of its text.
    static QString displayTitle(const Note &note);

private:
    QList<Note> fetchRows(int offset, int limit) const override;
    std::optional<Note> fetchOne(qint64 id) const override;
    int fetchCount() const override;
    int fetchPosition(qint64 id) const override;

    NoteRepository &m_notes;
    NoteQuery m_query;
};

} // namespace Inroad
