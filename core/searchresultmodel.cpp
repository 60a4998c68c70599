#include "searchresultmodel.h"

#include <algorithm>

namespace Inroad {

SearchResultModel::SearchResultModel(SearchIndex &index, QObject *parent)
    : QAbstractListModel(parent)
    , m_index(index)
{
}

int SearchResultModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant SearchResultModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || !checkIndex(index, CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows.at(index.row());
    if (row.hit < 0) {
        switch (role) {
        case Qt::DisplayRole:
        case Qt::AccessibleTextRole: return SearchHit::kindTitle(row.kind);
        case KindRole: return int(row.kind);
        case IsHeaderRole: return true;
        case RecordIdRole:
        case InterviewIdRole: return qint64(0);
        default: return {};
        }
    }

    const SearchHit &h = m_hits.at(row.hit);
    switch (role) {
    case Qt::DisplayRole: return h.title;
    case Qt::AccessibleTextRole: return h.context.isEmpty() ? h.title : tr("%1, %2").arg(h.title, h.context);
    case Qt::ToolTipRole: {
        QStringList lines{h.title};
        if (!h.context.isEmpty())
            lines << h.context;
        if (!h.snippet.isEmpty())
            lines << h.snippet;
        return lines.join(QLatin1Char('\n'));
    }
    case KindRole: return int(h.kind);
    case IsHeaderRole: return false;
    case TitleHtmlRole: return SearchHit::toHtml(h.title, h.titleHighlights);
    case SnippetHtmlRole: return SearchHit::toHtml(h.snippet, h.snippetHighlights);
    case ContextRole: return h.context;
    case RecordIdRole: return h.recordId;
    case InterviewIdRole: return h.interviewId;
    default: return {};
    }
}

Qt::ItemFlags SearchResultModel::flags(const QModelIndex &index) const
{
    if (!index.isValid() || !checkIndex(index, CheckIndexOption::ParentIsInvalid))
        return Qt::NoItemFlags;
    if (m_rows.at(index.row()).hit < 0)
        return Qt::ItemIsEnabled | Qt::ItemNeverHasChildren;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemNeverHasChildren;
}

QHash<int, QByteArray> SearchResultModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert(KindRole, QByteArrayLiteral("kind"));
    names.insert(IsHeaderRole, QByteArrayLiteral("isHeader"));
    names.insert(TitleHtmlRole, QByteArrayLiteral("titleHtml"));
    names.insert(SnippetHtmlRole, QByteArrayLiteral("snippetHtml"));
    names.insert(ContextRole, QByteArrayLiteral("context"));
    names.insert(RecordIdRole, QByteArrayLiteral("recordId"));
    names.insert(InterviewIdRole, QByteArrayLiteral("interviewId"));
    return names;
}

void SearchResultModel::setQuery(const QString &query)
{
    beginResetModel();
    m_query = query;
    m_hits = m_index.search(query, m_limit);
    m_usedFallback = m_index.usesFallback();
    // search() already groups by kind; a stable sort keeps that promise here whatever it returns.
    std::stable_sort(m_hits.begin(), m_hits.end(), [](const SearchHit &a, const SearchHit &b) {
        return int(a.kind) < int(b.kind);
    });
    m_rows.clear();
    m_rows.reserve(m_hits.size() + 5);
    for (int i = 0; i < m_hits.size(); ++i) {
        const SearchHit::Kind kind = m_hits.at(i).kind;
        if (i == 0 || m_hits.at(i - 1).kind != kind)
            m_rows.append(Row{kind, -1});
        m_rows.append(Row{kind, i});
    }
    m_hitCount = int(m_hits.size());
    endResetModel();
}

std::optional<SearchHit> SearchResultModel::hit(int row) const
{
    if (row < 0 || row >= m_rows.size() || m_rows.at(row).hit < 0)
        return std::nullopt;
    return m_hits.at(m_rows.at(row).hit);
}

int SearchResultModel::firstHitRow() const
{
    for (int row = 0; row < m_rows.size(); ++row) {
        if (m_rows.at(row).hit >= 0)
            return row;
    }
    return -1;
}

} // namespace Inroad
