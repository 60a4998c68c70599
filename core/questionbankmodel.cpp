#include "questionbankmodel.h"

#include "questionrepository.h"

#include <QDataStream>
#include <QGuiApplication>
#include <QHash>
#include <QIODevice>
#include <QLocale>
#include <QMimeData>
#include <QPalette>

#include <algorithm>

namespace Inroad {

namespace {

/// Each question's place in the repository's order.
QHash<qint64, int> ranks(const QList<Question> &questions)
{
    QHash<qint64, int> out;
    out.reserve(questions.size());
    for (int i = 0; i < questions.size(); ++i)
        out.insert(questions.at(i).id, i);
    return out;
}

const Question *findIn(const QList<Question> &questions, qint64 id)
{
    const auto it = std::find_if(questions.cbegin(), questions.cend(), [id](const Question &q) {
        return q.id == id;
    });
    return it == questions.cend() ? nullptr : &*it;
}

/// Lower case without accents: "Résumé" becomes "resume".
QString folded(const QString &text)
{
    const QString decomposed = text.normalized(QString::NormalizationForm_D);
    QString out;
    out.reserve(decomposed.size());
    for (const QChar c : decomposed) {
        if (!c.isMark())
            out.append(c);
    }
    return out.toLower();
}

} // namespace

QList<int> distinctRows(const QModelIndexList &indexes, const QAbstractItemModel *model)
{
    QList<int> rows;
    for (const QModelIndex &index : indexes) {
        if (index.isValid() && index.model() == model && !rows.contains(index.row()))
            rows << index.row();
    }
    std::sort(rows.begin(), rows.end());
    return rows;
}

QMimeData *questionMimeData(const QString &type, const QByteArray &payload, const QStringList &texts)
{
    auto *data = new QMimeData;
    data->setData(type, payload);
    data->setText(texts.join(QLatin1Char('\n')));
    return data;
}

QuestionBankModel::QuestionBankModel(QuestionRepository &repo, QObject *parent)
    : QAbstractTableModel(parent)
    , m_repo(repo)
{
    connect(&repo, &QuestionRepository::added, this, &QuestionBankModel::place);
    connect(&repo, &QuestionRepository::changed, this, &QuestionBankModel::place);
    connect(&repo, &QuestionRepository::removed, this, &QuestionBankModel::remove);
    connect(&repo, &QuestionRepository::categoriesChanged, this, &QuestionBankModel::updateCategories);
    reload();
}

QList<qint64> QuestionBankModel::questionIdsFromMime(const QMimeData *data)
{
    QList<qint64> ids;
    if (!data || !data->hasFormat(questionIdsMimeType()))
        return ids;
    QDataStream stream(data->data(questionIdsMimeType()));
    stream >> ids;
    if (stream.status() != QDataStream::Ok)
        return {};
    return ids;
}

QIcon QuestionBankModel::cautionIcon()
{
    // QIcon needs a QGuiApplication; core also runs under a plain QCoreApplication.
    if (!qobject_cast<QGuiApplication *>(QCoreApplication::instance()))
        return {};
    return QIcon::fromTheme(QStringLiteral("dialog-warning"));
}

QString QuestionBankModel::minutesText(double minutes)
{
    return tr("%1 min").arg(QLocale().toString(minutes, 'g', 4));
}

int QuestionBankModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int QuestionBankModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant QuestionBankModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Question &q = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case TextColumn: return q.text;
        case CategoryColumn: return q.categoryName;
        case MinutesColumn: return minutesText(q.minutes);
        case TagsColumn: return q.tags.join(QStringLiteral(", "));
        default: return {};
        }
    case Qt::ToolTipRole: {
        QStringList lines;
        if (index.column() == TextColumn && !q.caution.isEmpty())
            lines << q.caution;
        if (q.retired)
            lines << tr("(retired)");
        return lines.isEmpty() ? QVariant() : QVariant(lines.join(QLatin1Char('\n')));
    }
    case Qt::DecorationRole:
        if (index.column() == TextColumn && !q.caution.isEmpty()) {
            const QIcon icon = cautionIcon();
            if (!icon.isNull())
                return icon;
        }
        return {};
    case Qt::ForegroundRole:
        if (q.retired)
            return QVariant::fromValue(QPalette().brush(QPalette::PlaceholderText));
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == MinutesColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case IdRole: return q.id;
    case QuestionRole: return QVariant::fromValue(q);
    case CategoryIdRole: return q.categoryId;
    case TagsRole: return q.tags;
    case RetiredRole: return q.retired;
    case CautionRole: return q.caution;
    case SearchTextRole:
        return QStringList{q.text, q.categoryName, q.tags.join(QLatin1Char(' '))}.join(QLatin1Char('\n'));
    case SortRole:
        if (index.column() == MinutesColumn)
            return q.minutes;
        return data(index, Qt::DisplayRole);
    default: return {};
    }
}

QVariant QuestionBankModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case TextColumn: return tr("Question");
    case CategoryColumn: return tr("Category");
    case MinutesColumn: return tr("Minutes");
    case TagsColumn: return tr("Tags");
    default: return {};
    }
}

Qt::ItemFlags QuestionBankModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsDragEnabled;
}

QStringList QuestionBankModel::mimeTypes() const
{
    return {questionIdsMimeType(), QStringLiteral("text/plain")};
}

QMimeData *QuestionBankModel::mimeData(const QModelIndexList &indexes) const
{
    const QList<int> rows = distinctRows(indexes, this);
    if (rows.isEmpty())
        return nullptr;
    QList<qint64> ids;
    QStringList texts;
    for (const int row : rows) {
        ids << m_rows.at(row).id;
        texts << m_rows.at(row).text;
    }
    QByteArray encoded;
    QDataStream stream(&encoded, QIODevice::WriteOnly);
    stream << ids;
    return questionMimeData(questionIdsMimeType(), encoded, texts);
}

Qt::DropActions QuestionBankModel::supportedDragActions() const
{
    return Qt::CopyAction;
}

Question QuestionBankModel::questionAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row) : Question();
}

int QuestionBankModel::rowOf(qint64 id) const
{
    for (int row = 0; row < m_rows.size(); ++row) {
        if (m_rows.at(row).id == id)
            return row;
    }
    return -1;
}

void QuestionBankModel::reload()
{
    beginResetModel();
    m_rows = m_repo.all(true);
    endResetModel();
}

// The repository's order is the truth; a question goes before the first shown row that the
// repository sorts after it. Rows whose own signal has not arrived yet (a command changing many
// questions emits one signal per question) are stepped over and placed when their turn comes.
void QuestionBankModel::place(qint64 id)
{
    const QList<Question> fresh = m_repo.all(true);
    const Question *question = findIn(fresh, id);
    if (!question) {
        remove(id);
        return;
    }
    const QHash<qint64, int> rank = ranks(fresh);
    const int ownRank = rank.value(id);
    const int oldRow = rowOf(id);

    int target = 0; // among the rows other than this one
    for (int row = 0; row < m_rows.size(); ++row) {
        if (row == oldRow)
            continue;
        const auto other = rank.constFind(m_rows.at(row).id);
        if (other != rank.cend() && *other > ownRank)
            break;
        ++target;
    }

    if (oldRow < 0) {
        beginInsertRows({}, target, target);
        m_rows.insert(target, *question);
        endInsertRows();
    } else {
        int row = oldRow;
        if (target != oldRow) {
            beginMoveRows({}, oldRow, oldRow, {}, target > oldRow ? target + 1 : target);
            m_rows.move(oldRow, target);
            endMoveRows();
            row = target;
        }
        m_rows[row] = *question;
        emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
    }
    restoreOrder(fresh);
}

void QuestionBankModel::remove(qint64 id)
{
    const int row = rowOf(id);
    if (row < 0)
        return;
    beginRemoveRows({}, row, row);
    m_rows.removeAt(row);
    endRemoveRows();
}

void QuestionBankModel::updateCategories()
{
    const QList<Question> fresh = m_repo.all(true);
    for (int row = 0; row < m_rows.size(); ++row) {
        Question &shown = m_rows[row];
        const Question *stored = findIn(fresh, shown.id);
        if (stored && (stored->categoryName != shown.categoryName || stored->categoryId != shown.categoryId)) {
            shown.categoryName = stored->categoryName;
            shown.categoryId = stored->categoryId;
            // All roles: the search text includes the category too.
            emit dataChanged(index(row, CategoryColumn), index(row, CategoryColumn));
        }
    }
    restoreOrder(fresh);
}

// Sorts the rows into the repository's order with a layout change (persistent indexes follow
// their questions) when categories were reordered. Does nothing while rows are still waiting for
// their own added/removed signal.
void QuestionBankModel::restoreOrder(const QList<Question> &fresh)
{
    const QHash<qint64, int> rank = ranks(fresh);
    for (const Question &q : std::as_const(m_rows)) {
        if (!rank.contains(q.id))
            return;
    }
    const auto byRank = [&rank](const Question &a, const Question &b) {
        return rank.value(a.id) < rank.value(b.id);
    };
    if (std::is_sorted(m_rows.cbegin(), m_rows.cend(), byRank))
        return;

    emit layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
    QList<Question> sorted = m_rows;
    std::stable_sort(sorted.begin(), sorted.end(), byRank);
    QHash<qint64, int> newRow;
    for (int row = 0; row < sorted.size(); ++row)
        newRow.insert(sorted.at(row).id, row);
    const QModelIndexList before = persistentIndexList();
    QModelIndexList after;
    after.reserve(before.size());
    for (const QModelIndex &old : before)
        after << index(newRow.value(m_rows.at(old.row()).id), old.column());
    m_rows = sorted;
    changePersistentIndexList(before, after);
    emit layoutChanged({}, QAbstractItemModel::VerticalSortHint);
}

QuestionBankFilter::QuestionBankFilter(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(QuestionBankModel::SortRole);
    setSortLocaleAware(true);
    setSortCaseSensitivity(Qt::CaseInsensitive);
}

void QuestionBankFilter::setCategoryId(qint64 id)
{
    if (id == m_categoryId)
        return;
    m_categoryId = id;
    invalidateFilter();
}

void QuestionBankFilter::setTag(const QString &tag)
{
    const QString trimmed = tag.trimmed();
    if (trimmed == m_tag)
        return;
    m_tag = trimmed;
    invalidateFilter();
}

void QuestionBankFilter::setText(const QString &text)
{
    const QStringList words = folded(text).split(QLatin1Char(' '), Qt::SkipEmptyParts);
    if (words == m_words)
        return;
    m_words = words;
    invalidateFilter();
}

void QuestionBankFilter::setShowRetired(bool show)
{
    if (show == m_showRetired)
        return;
    m_showRetired = show;
    invalidateFilter();
}

bool QuestionBankFilter::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    if (!m_showRetired && index.data(QuestionBankModel::RetiredRole).toBool())
        return false;
    if (m_categoryId != 0 && index.data(QuestionBankModel::CategoryIdRole).toLongLong() != m_categoryId)
        return false;
    if (!m_tag.isEmpty()
        && !index.data(QuestionBankModel::TagsRole).toStringList().contains(m_tag, Qt::CaseInsensitive))
        return false;
    if (m_words.isEmpty())
        return true;
    const QString haystack = folded(index.data(QuestionBankModel::SearchTextRole).toString());
    return std::all_of(m_words.cbegin(), m_words.cend(), [&haystack](const QString &word) {
        return haystack.contains(word);
    });
}

} // namespace Inroad
