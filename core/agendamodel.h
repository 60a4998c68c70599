#pragma once

#include "agenda.h"

#include <QAbstractItemModel>
#include <QDateTime>
#include <QList>
#include <QTimeZone>

#include <array>
#include <functional>

class QTimer;

namespace Inroad {

class Workspace;

/// The Today list as a tree: one top-level row per AgendaItem::Kind (always all four, in kind
/// order; a view hides the empty ones), the items of that kind under it.
///
/// The model recomputes the agenda whenever a repository of the workspace reports a change (several
/// changes in one event-loop pass are computed once), when the day changes and every few minutes,
/// so "overdue" and "coming" stay true while the window stays open. It then updates with row
/// inserts, removals, moves and dataChanged, matching items by AgendaItem::key(), never with a
/// reset: selection and scroll position survive.
class AgendaModel final : public QAbstractItemModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AgendaModel)

public:
    enum Column {
        WhenColumn,
        TitleColumn,
        DetailColumn,
        ColumnCount
    };
    enum Role {
        KeyRole = Qt::UserRole + 1, ///< AgendaItem::key(); empty on a section row
        KindRole,                   ///< AgendaItem::Kind, on section and item rows
        RecordIdRole,
        PersonIdRole,
        InterviewIdRole,
        WhenRole,     ///< QDateTime (UTC)
        OverdueRole,  ///< bool
        IsSectionRole ///< bool
    };
    /// How often the agenda is computed again with nothing changed, so that ended interviews leave.
    static constexpr int kTickMs = 5 * 60 * 1000;

    explicit AgendaModel(Workspace &workspace, QObject *parent = nullptr);
    ~AgendaModel() override;

    /// The clock the agenda is computed at (default: the workspace's Workflow clock, so that the
    /// list and the snooze and done dates agree). Computes again at once.
    void setClock(std::function<QDateTime()> clock);
    QDateTime now() const;
    /// The zone that decides where a day starts (default: the Workflow's).
    QTimeZone timeZone() const;
    /// How many days ahead interviews are listed (default Agenda::kDefaultDays).
    void setDays(int days);
    int days() const { return m_days; }

    /// Shows only items whose title or detail contains every word of @p text.
    void setFilterText(const QString &text);
    QString filterText() const { return m_filterText; }

    /// Computes the agenda now and applies the difference.
    void refresh();

    /// Every item of the agenda, filter or not.
    const QList<AgendaItem> &items() const { return m_all; }
    /// The item at @p index, or nullptr for a section row.
    const AgendaItem *itemAt(const QModelIndex &index) const;
    QModelIndex sectionIndex(AgendaItem::Kind kind) const;
    /// The row of the item with this key, or an invalid index when it is not shown.
    QModelIndex indexOfKey(const QString &key, int column = 0) const;
    /// How many items are shown (after the filter), in all sections or in one.
    int shownCount() const;
    int shownCount(AgendaItem::Kind kind) const;
    /// How many items of @p kind the agenda holds, filter or not.
    int count(AgendaItem::Kind kind) const;

    /// The time of an item in words, as the When column shows it ("today 14:00", "in 2 days, Fri
    /// 10:30", "overdue since Mon 3 Nov", "met 5 days ago", "sent Tue 17 Nov"). Only the day of
    /// @p now matters.
    static QString whenText(const AgendaItem &item, const QDateTime &now, const QTimeZone &zone);

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    bool hasChildren(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

signals:
    /// The agenda was computed again (whether or not anything changed).
    void refreshed();

private:
    void scheduleRefresh();
    void scheduleTick();
    void apply(AgendaItem::Kind kind, const QList<AgendaItem> &wanted, const QDate &previousDay);
    bool matchesFilter(const AgendaItem &item) const;
    QString sectionTitle(AgendaItem::Kind kind) const;

    Workspace &m_workspace;
    std::function<QDateTime()> m_clock;
    int m_days = Agenda::kDefaultDays;
    QString m_filterText;
    QStringList m_filterWords;
    QList<AgendaItem> m_all;
    std::array<QList<AgendaItem>, AgendaItem::kKindCount> m_shown;
    /// The day the When texts were written on; they change wording when it changes.
    QDate m_day;
    QTimer *m_pending = nullptr;
    QTimer *m_tick = nullptr;
};

} // namespace Inroad
