#pragma once

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace Inroad {

class Database;

/// One record that search found, ready to show.
///
/// Highlights are given as ranges into plain text, never as markup inside it: the title and the
/// snippet are the user's own text (whitespace collapsed), and each Range marks one word that
/// matched a word of the query. marked() and toHtml() turn them into brackets or escaped HTML.
struct SearchHit
{
    /// What was found. The order is the order in which search() groups the hits for display.
    enum class Kind { Person, Organization, Interview, Answer, Note };

    struct Range
    {
        int start = 0;
        int length = 0;
        bool operator==(const Range &other) const { return start == other.start && length == other.length; }
    };

    Kind kind = Kind::Person;
    /// The id in people, organizations, interviews or notes; for an Answer, the id of the
    /// interview's question (interview_questions).
    qint64 recordId = 0;
    qint64 interviewId = 0;      ///< for an Answer: the interview it was given in; 0 otherwise
    QString title;               ///< a name, "Interview with …", a question, or a note's title
    QList<Range> titleHighlights;
    QString snippet;             ///< the best matching part of the text, with "…" where it was cut
    QList<Range> snippetHighlights;
    /// Where the hit belongs: for an Answer, "Interview with …"; for a Note, what it is about
    /// (a person, organization or field's name, or "Interview with …"); empty otherwise.
    QString context;
    /// Lower is better; only comparable between the hits of one search.
    double rank = 0;

    /// @p text with each range wrapped in @p open and @p close (ranges sorted, not overlapping).
    static QString marked(const QString &text, const QList<Range> &ranges, const QString &open, const QString &close);
    /// @p text escaped for HTML, with each range in <b>…</b>.
    static QString toHtml(const QString &text, const QList<Range> &ranges);

    /// A stable English word for the kind ("person", "organization", "interview", "answer",
    /// "note"), as `inroad search` prints it.
    static QString kindKey(Kind kind);
    /// The kind's name for a group heading, translated ("People", "Organizations", …).
    static QString kindTitle(Kind kind);
};

/// Search over people, organizations, interviews, answers and notes.
///
/// Where SQLite has FTS5 (found out at run time), ensure() keeps a full-text index — the virtual
/// table `search_index` — with triggers on the source tables, so every change, its undo and its
/// redo update the index in the same transaction as the data. The index is not part of the
/// numbered schema: it is created when missing and rebuilt when its version differs.
///
/// Where SQLite lacks FTS5, where the index is missing or out of date (a workspace opened only to
/// read), or when the fallback is forced, search() reads the source tables instead and matches in
/// C++. Both paths find the same records for the same query and build titles and snippets the
/// same way; only the ranking is simpler in the fallback (title matches first).
class SearchIndex final
{
    Q_DISABLE_COPY_MOVE(SearchIndex)

public:
    /// Bumped whenever the index's table or triggers change; a different stored version rebuilds it.
    static constexpr int kVersion = 1;
    /// The setting that records the version of the index in the workspace.
    static QString versionSetting();

    /// The fallback is forced from the start when the environment sets INROAD_SEARCH_FALLBACK=1.
    explicit SearchIndex(Database &db);

    /// Whether the SQLite library of the open connection has FTS5.
    bool hasFts5() const;

    /// Makes the index ready: creates it (with its triggers) when it is missing, or drops and
    /// rebuilds it from the tables when its version differs — in one transaction. Without FTS5,
    /// removes any triggers an earlier build left so that writes keep working. Writes to the
    /// workspace; returns false with lastError() when that failed.
    bool ensure();
    /// Drops the index and builds it again from the tables, in one transaction.
    bool rebuild();
    /// Whether the index exists, is of this version and can be queried.
    bool isReady() const;
    /// For a bulk write, inside the caller's transaction: drops the triggers, so that the rows
    /// written next do not update the index one statement at a time (for thousands of rows that
    /// costs several times the write itself). The index is then out of date — isReady() is false
    /// and search() reads the tables, finding the same records — until ensure() rebuilds it in one
    /// pass, after the transaction. Returns true when the index was ready and is now suspended;
    /// false when there was nothing to suspend or dropping failed (lastError() says which).
    bool suspend();

    /// Uses the fallback even where the index is ready (for tests and for comparing).
    void setForceFallback(bool force) { m_forceFallback = force; }
    bool forceFallback() const { return m_forceFallback; }
    /// Whether search() will read the source tables instead of the index.
    bool usesFallback() const { return m_forceFallback || !isReady(); }

    /// The records matching every word of @p query, each word as a word prefix ("eng" finds
    /// "engineering"), ignoring case and accents ("resume" finds "Résumé"). Characters that mean
    /// something to FTS5 (quotes, *, -, parentheses, AND, NEAR) are only text. Returns the
    /// @p limit best hits after skipping @p offset better ones, grouped by SearchHit::Kind in
    /// enum order, best first within a kind. Ranking is bm25 with a title match weighing ten
    /// times a body match; when thousands of records match, only the first thousand in kind
    /// order (people, organizations, interviews, answers, then notes, newest first) are ranked, so
    /// that a page takes well under a frame. Empty for a query without words or on error
    /// (lastError() says which).
    QList<SearchHit> search(const QString &query, int limit = 20, int offset = 0) const;

    /// The query's words, folded as the index folds them: lower case, accents removed.
    static QStringList queryTerms(const QString &query);
    /// @p text in lower case with accents removed ("Zoë" → "zoe").
    static QString fold(const QString &text);
    /// The words of @p text that start with one of @p terms (as from queryTerms()).
    static QList<SearchHit::Range> matches(const QString &text, const QStringList &terms);

    QString lastError() const { return m_lastError; }

private:
    struct Candidate;
    QList<Candidate> indexCandidates(const QStringList &terms, int limit, int offset) const;
    QList<Candidate> fallbackCandidates(const QStringList &terms, int limit, int offset) const;
    QList<SearchHit> present(const QList<Candidate> &candidates, const QStringList &terms) const;
    bool dropTriggers();

    Database &m_db;
    bool m_forceFallback = false;
    mutable std::optional<bool> m_fts5;
    mutable QString m_probedPath;
    mutable QString m_lastError;
};

} // namespace Inroad
