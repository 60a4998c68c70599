#include "agendamodel.h"

#include "timetext.h"
#include "workspace.h"

#include <QColor>
#include <QFont>
#include <QLocale>
#include <QSet>
#include <QTimer>

#include <algorithm>

namespace Inroad {

namespace {

// Section rows carry 0; item rows carry their kind + 1, which names the parent.
constexpr quintptr kSectionId = 0;

QString shortTime(const QLocale &locale, const QTime &time)
{
    return shortTimeText(locale, time);
}

QString shortDay(const QLocale &locale, const QDate &day, const QDate &today)
{
    return locale.toString(day,
                           day.year() == today.year() ? QStringLiteral("ddd d MMM") : QStringLiteral("ddd d MMM yyyy"));
}

} // namespace

AgendaModel::AgendaModel(Workspace &workspace, QObject *parent)
    : QAbstractItemModel(parent)
    , m_workspace(workspace)
    , m_clock([&workspace] {
        return workspace.workflow().now();
    })
    , m_pending(new QTimer(this))
    , m_tick(new QTimer(this))
{
    m_pending->setSingleShot(true);
    m_pending->setInterval(0);
    connect(m_pending, &QTimer::timeout, this, &AgendaModel::refresh);
    m_tick->setSingleShot(true);
    m_tick->setTimerType(Qt::CoarseTimer);
    connect(m_tick, &QTimer::timeout, this, &AgendaModel::refresh);

    const QList<Repository *> repositories = {
        &workspace.people(),    &workspace.organizations(), &workspace.interviews(), &workspace.outreach(),
        &workspace.followUps(), &workspace.referrals(),     &workspace.dismissals(),
    };
    for (Repository *repository : repositories) {
        connect(repository, &Repository::added, this, &AgendaModel::scheduleRefresh);
        connect(repository, &Repository::changed, this, &AgendaModel::scheduleRefresh);
        connect(repository, &Repository::removed, this, &AgendaModel::scheduleRefresh);
    }
    refresh();
}

AgendaModel::~AgendaModel() = default;

void AgendaModel::setClock(std::function<QDateTime()> clock)
{
    m_clock = std::move(clock);
    refresh();
}

QDateTime AgendaModel::now() const
{
    return m_clock();
}

QTimeZone AgendaModel::timeZone() const
{
    return m_workspace.workflow().timeZone();
}

void AgendaModel::setDays(int days)
{
    days = qMax(1, days);
    if (days == m_days)
        return;
    m_days = days;
    refresh();
    const QModelIndex section = sectionIndex(AgendaItem::UpcomingInterview);
    emit dataChanged(section, section);
}

void AgendaModel::setFilterText(const QString &text)
{
    const QString simplified = text.simplified();
    if (simplified == m_filterText)
        return;
    m_filterText = simplified;
    m_filterWords = simplified.isEmpty() ? QStringList() : simplified.split(QLatin1Char(' '));
    refresh();
}

bool AgendaModel::matchesFilter(const AgendaItem &item) const
{
    for (const QString &word : m_filterWords) {
        if (!item.title.contains(word, Qt::CaseInsensitive) && !item.detail.contains(word, Qt::CaseInsensitive))
            return false;
    }
    return true;
}

void AgendaModel::scheduleRefresh()
{
    // Several commits in one pass of the event loop (an undo macro, a workflow step) are computed once.
    m_pending->start();
}

void AgendaModel::scheduleTick()
{
    // Again at the next midnight (follow-ups due today become overdue) or in a few minutes.
    const QTimeZone zone = timeZone();
    const QDateTime now = m_clock();
    const QDateTime midnight(now.toTimeZone(zone).date().addDays(1), QTime(0, 0), zone);
    const qint64 toMidnight = now.msecsTo(midnight) + 1000;
    m_tick->start(int(qBound(qint64(1000), toMidnight, qint64(kTickMs))));
}

void AgendaModel::refresh()
{
    m_pending->stop();
    const QDateTime now = m_clock();
    const QTimeZone zone = timeZone();
    const QDate previousDay = m_day;
    m_day = now.toTimeZone(zone).date();
    m_all = Agenda::compute(m_workspace, now, m_days, zone);

    for (int k = 0; k < AgendaItem::kKindCount; ++k) {
        const auto kind = AgendaItem::Kind(k);
        QList<AgendaItem> wanted;
        for (const AgendaItem &item : std::as_const(m_all)) {
            if (item.kind == kind && matchesFilter(item))
                wanted << item;
        }
        const int before = int(m_shown[k].size());
        apply(kind, wanted, previousDay);
        if (before != m_shown[k].size()) {
            const QModelIndex section = sectionIndex(kind);
            emit dataChanged(section, section);
        }
    }
    scheduleTick();
    emit refreshed();
}

void AgendaModel::apply(AgendaItem::Kind kind, const QList<AgendaItem> &wanted, const QDate &previousDay)
{
    QList<AgendaItem> &shown = m_shown[kind];
    const QModelIndex parent = sectionIndex(kind);
    const QTimeZone zone = timeZone();

    // Rows that are no longer wanted go first, a run of neighbours at a time.
    QSet<QString> wantedKeys;
    for (const AgendaItem &item : wanted)
        wantedKeys.insert(item.key());
    for (int row = int(shown.size()) - 1; row >= 0;) {
        if (wantedKeys.contains(shown.at(row).key())) {
            --row;
            continue;
        }
        int first = row;
        while (first > 0 && !wantedKeys.contains(shown.at(first - 1).key()))
            --first;
        beginRemoveRows(parent, first, row);
        shown.remove(first, row - first + 1);
        endRemoveRows();
        row = first - 1;
    }

    // Then, position by position: keep, move up from further down, or insert.
    const QDateTime previousNow(previousDay, QTime(12, 0), zone);
    const QDateTime now(m_day, QTime(12, 0), zone);
    for (int row = 0; row < wanted.size(); ++row) {
        const AgendaItem &item = wanted.at(row);
        const QString key = item.key();
        int found = -1;
        for (int i = row; i < shown.size(); ++i) {
            if (shown.at(i).key() == key) {
                found = i;
                break;
            }
        }
        if (found < 0) {
            beginInsertRows(parent, row, row);
            shown.insert(row, item);
            endInsertRows();
            continue;
        }
        if (found > row) {
            beginMoveRows(parent, found, found, parent, row);
            shown.move(found, row);
            endMoveRows();
        }
        const AgendaItem old = shown.at(row);
        const bool wordingChanged =
            previousDay != m_day && whenText(old, previousNow, zone) != whenText(item, now, zone);
        if (!(old == item) || wordingChanged) {
            shown[row] = item;
            emit dataChanged(index(row, 0, parent), index(row, ColumnCount - 1, parent));
        }
    }
}

const AgendaItem *AgendaModel::itemAt(const QModelIndex &index) const
{
    if (!index.isValid() || index.model() != this || index.internalId() == kSectionId)
        return nullptr;
    const QList<AgendaItem> &shown = m_shown[index.internalId() - 1];
    return index.row() < shown.size() ? &shown.at(index.row()) : nullptr;
}

QModelIndex AgendaModel::sectionIndex(AgendaItem::Kind kind) const
{
    return createIndex(int(kind), 0, kSectionId);
}

QModelIndex AgendaModel::indexOfKey(const QString &key, int column) const
{
    for (int k = 0; k < AgendaItem::kKindCount; ++k) {
        const QList<AgendaItem> &shown = m_shown[k];
        for (int row = 0; row < shown.size(); ++row) {
            if (shown.at(row).key() == key)
                return createIndex(row, column, quintptr(k + 1));
        }
    }
    return {};
}

int AgendaModel::shownCount() const
{
    int total = 0;
    for (const QList<AgendaItem> &shown : m_shown)
        total += int(shown.size());
    return total;
}

int AgendaModel::shownCount(AgendaItem::Kind kind) const
{
    return int(m_shown[kind].size());
}

int AgendaModel::count(AgendaItem::Kind kind) const
{
    return int(std::count_if(m_all.cbegin(), m_all.cend(), [kind](const AgendaItem &item) {
        return item.kind == kind;
    }));
}

QString AgendaModel::whenText(const AgendaItem &item, const QDateTime &now, const QTimeZone &zone)
{
    if (!item.when.isValid())
        return tr("no date");
    const QLocale locale;
    const QDateTime local = item.when.toTimeZone(zone);
    const QDate today = now.toTimeZone(zone).date();
    const QDate day = local.date();
    const qint64 ahead = today.daysTo(day);
    const QString time = shortTime(locale, local.time());

    switch (item.kind) {
    case AgendaItem::FollowUpDue:
        if (item.overdue)
            return tr("overdue since %1").arg(shortDay(locale, day, today));
        return ahead == 0 ? tr("today %1").arg(time) : tr("%1 %2").arg(shortDay(locale, day, today), time);
    case AgendaItem::UpcomingInterview:
        if (ahead == 0)
            return tr("today %1").arg(time);
        if (ahead == 1)
            return tr("tomorrow %1").arg(time);
        if (ahead > 1)
            return tr("in %n days, %1", nullptr, int(ahead)).arg(locale.toString(local, QStringLiteral("ddd ")) + time);
        return tr("%1 %2").arg(shortDay(locale, day, today), time);
    case AgendaItem::NeedsReferrals:
        if (ahead == 0)
            return tr("met today");
        if (ahead == -1)
            return tr("met yesterday");
        if (ahead < 0)
            return tr("met %n days ago", nullptr, int(-ahead));
        return shortDay(locale, day, today);
    case AgendaItem::WaitingForReply: return tr("sent %1").arg(shortDay(locale, day, today));
    }
    return {};
}

QString AgendaModel::sectionTitle(AgendaItem::Kind kind) const
{
    const int n = shownCount(kind);
    if (kind == AgendaItem::UpcomingInterview)
        return tr("%1, next %n days (%2)", nullptr, m_days).arg(Agenda::kindTitle(kind)).arg(n);
    return tr("%1 (%2)").arg(Agenda::kindTitle(kind)).arg(n);
}

QModelIndex AgendaModel::index(int row, int column, const QModelIndex &parent) const
{
    if (row < 0 || column < 0 || column >= ColumnCount)
        return {};
    if (!parent.isValid())
        return row < AgendaItem::kKindCount ? createIndex(row, column, kSectionId) : QModelIndex();
    if (parent.internalId() != kSectionId || parent.column() != 0 || row >= m_shown[parent.row()].size())
        return {};
    return createIndex(row, column, quintptr(parent.row() + 1));
}

QModelIndex AgendaModel::parent(const QModelIndex &child) const
{
    if (!child.isValid() || child.internalId() == kSectionId)
        return {};
    return createIndex(int(child.internalId() - 1), 0, kSectionId);
}

int AgendaModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return AgendaItem::kKindCount;
    if (parent.internalId() != kSectionId || parent.column() != 0)
        return 0;
    return int(m_shown[parent.row()].size());
}

int AgendaModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

bool AgendaModel::hasChildren(const QModelIndex &parent) const
{
    return rowCount(parent) > 0;
}

QVariant AgendaModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    if (index.internalId() == kSectionId) {
        const auto kind = AgendaItem::Kind(index.row());
        switch (role) {
        case Qt::DisplayRole:
        case Qt::AccessibleTextRole: return index.column() == 0 ? sectionTitle(kind) : QVariant();
        case Qt::FontRole: {
            QFont font;
            font.setBold(true);
            return font;
        }
        case KindRole: return int(kind);
        case IsSectionRole: return true;
        default: return {};
        }
    }

    const AgendaItem *item = itemAt(index);
    if (!item)
        return {};
    const QTimeZone zone = timeZone();
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case WhenColumn: return whenText(*item, QDateTime(m_day, QTime(12, 0), zone), zone);
        case TitleColumn: return item->title;
        case DetailColumn: return item->detail.simplified();
        }
        return {};
    case Qt::ToolTipRole:
        if (index.column() == WhenColumn && item->when.isValid())
            return QLocale().toString(item->when.toTimeZone(zone), QLocale::LongFormat);
        if (index.column() == DetailColumn && !item->detail.isEmpty())
            return item->detail;
        return {};
    case Qt::AccessibleTextRole:
        if (index.column() == WhenColumn)
            return whenText(*item, QDateTime(m_day, QTime(12, 0), zone), zone);
        return data(index, Qt::DisplayRole);
    case Qt::ForegroundRole:
        // A red that reads on light and dark backgrounds alike.
        if (item->overdue && index.column() == WhenColumn)
            return QColor(0xd3, 0x2f, 0x2f);
        return {};
    case KeyRole: return item->key();
    case KindRole: return int(item->kind);
    case RecordIdRole: return item->recordId;
    case PersonIdRole: return item->personId;
    case InterviewIdRole: return item->interviewId;
    case WhenRole: return item->when;
    case OverdueRole: return item->overdue;
    case IsSectionRole: return false;
    default: return {};
    }
}

QVariant AgendaModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case WhenColumn: return tr("When");
    case TitleColumn: return tr("What");
    case DetailColumn: return tr("Details");
    }
    return {};
}

Qt::ItemFlags AgendaModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    if (index.internalId() == kSectionId)
        return Qt::ItemIsEnabled;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemNeverHasChildren;
}

} // namespace Inroad
