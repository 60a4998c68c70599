#pragma once

#include <QAbstractTableModel>
#include <QList>

#include <optional>

namespace Inroad {

/// A table model over a query that may match many thousands of rows. It loads pages on demand
/// (canFetchMore/fetchMore), keeps the loaded rows a prefix of the query's order, and turns
/// repository change signals into single-row inserts, moves, updates and removals, so selection
/// and scroll position survive edits. Subclasses say how to read rows; the repository sorts and
/// filters in SQL.
template<class Record>
class PagedRecordModel : public QAbstractTableModel
{
public:
    static constexpr int kPageSize = 200;

    using QAbstractTableModel::QAbstractTableModel;

    int rowCount(const QModelIndex &parent = {}) const override { return parent.isValid() ? 0 : int(m_rows.size()); }

    bool canFetchMore(const QModelIndex &parent) const override
    {
        return !parent.isValid() && !m_changing && m_rows.size() < m_total;
    }

    void fetchMore(const QModelIndex &parent) override
    {
        if (parent.isValid())
            return;
        if (!canFetchMore(parent))
            return;
        const QList<Record> more = fetchRows(int(m_rows.size()), kPageSize);
        if (more.isEmpty()) {
            m_total = int(m_rows.size());
            return;
        }
        const ChangeGuard guard(m_changing);
        beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + more.size()) - 1);
        m_rows.append(more);
        endInsertRows();
    }

    /// How many rows the query matches, loaded or not.
    int totalCount() const { return m_total; }

    const Record &recordAt(int row) const { return m_rows.at(row); }

    int rowOfId(qint64 id) const
    {
        for (int i = 0; i < m_rows.size(); ++i) {
            if (m_rows.at(i).id == id)
                return i;
        }
        return -1;
    }

    /// The row of @p id, loading pages until it appears; -1 if the query does not match it.
    int ensureLoaded(qint64 id)
    {
        const int position = fetchPosition(id);
        if (position < 0)
            return -1;
        while (position >= m_rows.size() && canFetchMore({}))
            fetchMore({});
        return rowOfId(id);
    }

    /// Re-runs the query from the start (after the sort order or filter changed).
    void reload()
    {
        beginResetModel();
        m_total = fetchCount();
        m_rows = fetchRows(0, kPageSize);
        endResetModel();
    }

    /// A record was inserted (or restored) in the store.
    void recordAdded(qint64 id) { place(id); }
    /// A record's values changed: update it in place, move it, or drop it if it no longer matches.
    void recordChanged(qint64 id) { place(id); }

    void recordRemoved(qint64 id)
    {
        const ChangeGuard guard(m_changing);
        const int row = rowOfId(id);
        if (row >= 0) {
            beginRemoveRows({}, row, row);
            m_rows.removeAt(row);
            endRemoveRows();
        }
        m_total = fetchCount();
    }

    /// Re-reads the loaded rows after a change elsewhere (an organization renamed) that may touch
    /// many of them. Rows keep their place; if the order itself may have changed, reloads.
    void refreshLoaded(bool orderMayChange)
    {
        if (orderMayChange) {
            const int loaded = int(m_rows.size());
            beginResetModel();
            m_total = fetchCount();
            m_rows = fetchRows(0, qMax(loaded, int(kPageSize)));
            endResetModel();
            return;
        }
        for (int row = 0; row < m_rows.size(); ++row) {
            const std::optional<Record> fresh = fetchOne(m_rows.at(row).id);
            if (fresh) {
                m_rows[row] = *fresh;
                emit dataChanged(index(row, 0), index(row, columnCount() - 1));
            }
        }
    }

protected:
    virtual QList<Record> fetchRows(int offset, int limit) const = 0;
    virtual std::optional<Record> fetchOne(qint64 id) const = 0;
    virtual int fetchCount() const = 0;
    virtual int fetchPosition(qint64 id) const = 0;

    QList<Record> m_rows;
    int m_total = 0;

private:
    // Views and QAbstractItemModelTester may call canFetchMore()/fetchMore() from inside the
    // signals of a structural change; no page is fetched until the change is complete.
    struct ChangeGuard
    {
        explicit ChangeGuard(bool &flag) : m_flag(flag) { m_flag = true; }
        ~ChangeGuard() { m_flag = false; }
        Q_DISABLE_COPY_MOVE(ChangeGuard)
        bool &m_flag;
    };

    void place(qint64 id)
    {
        const ChangeGuard guard(m_changing);
        const int oldRow = rowOfId(id);
        const int newPosition = fetchPosition(id);
        const std::optional<Record> fresh = newPosition >= 0 ? fetchOne(id) : std::nullopt;
        const int oldTotal = m_total;
        m_total = fetchCount();

        if (!fresh) {
            if (oldRow >= 0) {
                beginRemoveRows({}, oldRow, oldRow);
                m_rows.removeAt(oldRow);
                endRemoveRows();
            }
            return;
        }

        if (oldRow >= 0) {
            m_rows[oldRow] = *fresh;
            emit dataChanged(index(oldRow, 0), index(oldRow, columnCount() - 1));
            // Loaded rows are a prefix of the order: a row that moved past the end of it goes
            // away until it is fetched again.
            const int lastLoaded = int(m_rows.size()) - 1;
            const bool allLoaded = m_rows.size() >= m_total;
            if (newPosition > lastLoaded && !allLoaded) {
                beginRemoveRows({}, oldRow, oldRow);
                m_rows.removeAt(oldRow);
                endRemoveRows();
                return;
            }
            const int target = qMin(newPosition, lastLoaded);
            if (target != oldRow) {
                beginMoveRows({}, oldRow, oldRow, {}, target > oldRow ? target + 1 : target);
                m_rows.move(oldRow, target);
                endMoveRows();
            }
            return;
        }

        // Not loaded before: insert it if it falls inside the loaded prefix, or right after it
        // when everything else was loaded already.
        const bool everythingWasLoaded = m_rows.size() >= oldTotal;
        if (newPosition < m_rows.size() || (newPosition == m_rows.size() && everythingWasLoaded)) {
            beginInsertRows({}, newPosition, newPosition);
            m_rows.insert(newPosition, *fresh);
            endInsertRows();
        }
    }

    bool m_changing = false;
};

} // namespace Inroad
