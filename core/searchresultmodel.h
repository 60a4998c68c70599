#pragma once

#include "searchindex.h"

#include <QAbstractListModel>

#include <optional>

namespace Inroad {

/// The results of one search as a flat list: for each kind that has hits, a header row (its
/// SearchHit::kindTitle(), enabled but not selectable) followed by that kind's hits, best first.
///
/// setQuery() runs the search synchronously and replaces every row (a reset: a new query is a new
/// list). The model does not follow later edits of the workspace; run the query again for that.
class SearchResultModel final : public QAbstractListModel
{
    Q_OBJECT

public:
    enum Role {
        KindRole = Qt::UserRole + 1, ///< int(SearchHit::Kind), for headers and hits alike
        IsHeaderRole,                ///< bool
        TitleHtmlRole,               ///< the title escaped, matching words in <b>
        SnippetHtmlRole,             ///< the snippet escaped, matching words in <b>
        ContextRole,                 ///< plain text: where the hit belongs (SearchHit::context)
        RecordIdRole,                ///< qint64 (SearchHit::recordId); 0 for a header
        InterviewIdRole              ///< qint64 (SearchHit::interviewId); 0 unless an answer
    };

    /// How many hits a query asks for at most.
    static constexpr int kDefaultLimit = 50;

    explicit SearchResultModel(SearchIndex &index, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QHash<int, QByteArray> roleNames() const override;

    /// Searches for @p query and shows its hits; a query without words empties the list.
    void setQuery(const QString &query);
    QString query() const { return m_query; }

    /// How many hits setQuery() asks for (kDefaultLimit unless changed); applies from the next query.
    void setLimit(int limit) { m_limit = qMax(1, limit); }
    int limit() const { return m_limit; }

    /// The hit shown in @p row; nothing for a header or a row out of range.
    std::optional<SearchHit> hit(int row) const;
    /// How many hits are shown (header rows not counted).
    int hitCount() const { return m_hitCount; }
    /// The row of the first hit, or -1 when there is none.
    int firstHitRow() const;
    /// Whether the last query read the source tables instead of the full-text index.
    bool usesFallback() const { return m_usedFallback; }

private:
    struct Row
    {
        SearchHit::Kind kind = SearchHit::Kind::Person;
        int hit = -1; ///< index into m_hits; -1 for a header
    };

    SearchIndex &m_index;
    QString m_query;
    int m_limit = kDefaultLimit;
    QList<SearchHit> m_hits;
    QList<Row> m_rows;
    int m_hitCount = 0;
    bool m_usedFallback = false;
};

} // namespace Inroad
