#include "searchindex.h"

#include "database.h"
#include "noterepository.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>

namespace Inroad {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Inroad::SearchIndex", text);
}

constexpr int kMaxTerms = 16;
constexpr int kSnippetLength = 160; // characters of text around the first match
constexpr int kLeadIn = 40;         // of which before the match, at most
constexpr int kBandShift = 40;      // record ids stay below 2^40
// When more records match than this, only this many are ranked by bm25: the first in rowid order
// (descending), that is people, organizations, interviews and answers before notes, and the newest
// of each. Ranking costs a few microseconds per row; this keeps a page well under a frame.
constexpr int kRankWindow = 1000;

// What one kind of record puts into the index. The SQL expressions take the name of the row
// ("NEW" in a trigger, an alias in a SELECT), so the triggers, the rebuild and the fallback all
// read the same text. The index's rowid is the record's id plus its kind's band (band << 40), so a
// trigger finds the index row of a record without scanning, and in rowid order (descending) the
// kinds come in display order, the newest first within a kind.
struct Source
{
    SearchHit::Kind kind;
    qint64 band;
    const char *key;
    const char *table;
    const char *watched; // the columns whose change re-indexes the row
    QString (*title)(const QString &row);
    QString (*body)(const QString &row);
    QString (*condition)(const QString &row); // which rows are indexed; nullptr: all
};

QString column(const QString &row, const char *name)
{
    return row + QLatin1Char('.') + QLatin1String(name);
}

// The non-empty ones of @p parts, separated by " · ". Each part is prefixed with the separator
// and substr() drops the first one.
QString joined(const QStringList &parts)
{
    QStringList cases;
    for (const QString &part : parts)
        cases << QStringLiteral("CASE WHEN COALESCE(%1, '') <> '' THEN ' · ' || %1 ELSE '' END").arg(part);
    return QStringLiteral("substr(") + cases.join(QStringLiteral(" || ")) + QStringLiteral(", 4)");
}

QString personName(const QString &personId)
{
    return QStringLiteral(
               "COALESCE((SELECT trim(p.first_name || ' ' || p.last_name) FROM people p WHERE p.id = %1), '')")
        .arg(personId);
}

const Source kSources[] = {
    {SearchHit::Kind::Person, 5, "person", "people", "first_name, last_name, title, organization_id, email, source",
     [](const QString &r) -> QString {
         return QStringLiteral("trim(%1 || ' ' || %2)").arg(column(r, "first_name"), column(r, "last_name"));
     },
     [](const QString &r) -> QString {
         return joined(
             {column(r, "title"),
              QStringLiteral("(SELECT o.name FROM organizations o WHERE o.id = %1)").arg(column(r, "organization_id")),
              column(r, "email"), column(r, "source")});
     },
     nullptr},
    {SearchHit::Kind::Organization, 4, "organization", "organizations",
     "name, industry, research_products, research_services, research_competitors, research_news, research_sources",
     [](const QString &r) -> QString {
         return column(r, "name");
     },
     [](const QString &r) -> QString {
         return joined({column(r, "industry"), column(r, "research_products"), column(r, "research_services"),
                        column(r, "research_competitors"), column(r, "research_news"), column(r, "research_sources")});
     },
     nullptr},
    // The indexed title is English, so that "interview" finds interviews; the title shown is
    // translated (present()).
    {SearchHit::Kind::Interview, 3, "interview", "interviews",
     "person_id, purpose, reflection_learned, reflection_still_want, reflection_next_steps, reflection_impressions",
     [](const QString &r) -> QString {
         return QStringLiteral("'Interview with ' || ") + personName(column(r, "person_id"));
     },
     [](const QString &r) -> QString {
         return joined({column(r, "purpose"), column(r, "reflection_learned"), column(r, "reflection_still_want"),
                        column(r, "reflection_next_steps"), column(r, "reflection_impressions")});
     },
     nullptr},
    // A question without an answer is only the bank's text again: it is not worth finding.
    {SearchHit::Kind::Answer, 2, "answer", "interview_questions", "text, answer",
     [](const QString &r) -> QString {
         return column(r, "text");
     },
     [](const QString &r) -> QString {
         return column(r, "answer");
     },
     [](const QString &r) -> QString {
         return QStringLiteral("trim(%1) <> ''").arg(column(r, "answer"));
     }},
    {SearchHit::Kind::Note, 1, "note", "notes", "title, body",
     [](const QString &r) -> QString {
         return column(r, "title");
     },
     [](const QString &r) -> QString {
         return column(r, "body");
     },
     nullptr},
};

const Source &sourceOf(SearchHit::Kind kind)
{
    for (const Source &source : kSources) {
        if (source.kind == kind)
            return source;
    }
    return kSources[0];
}

const Source *sourceOfBand(qint64 band)
{
    for (const Source &source : kSources) {
        if (source.band == band)
            return &source;
    }
    return nullptr;
}

// INSERT INTO the index of the rows of @p source named @p row, read FROM @p from (empty in a
// trigger, where the row is NEW), and matching @p where.
QString indexRows(const Source &s, const QString &row, const QString &from, const QString &where = {})
{
    QStringList conditions;
    if (s.condition)
        conditions << s.condition(row);
    if (!where.isEmpty())
        conditions << where;
    return QStringLiteral(
               "INSERT INTO search_index(rowid, kind, record_id, title, body) SELECT %1.id + %2, '%3', %1.id, ")
               .arg(row)
               .arg(s.band << kBandShift)
               .arg(QLatin1String(s.key))
           + s.title(row) + QStringLiteral(", ") + s.body(row) + from
           + (conditions.isEmpty() ? QString() : QStringLiteral(" WHERE ") + conditions.join(QStringLiteral(" AND ")));
}

QStringList triggerStatements()
{
    QStringList out;
    for (const Source &s : kSources) {
        const QString table = QLatin1String(s.table);
        const QString drop =
            QStringLiteral("DELETE FROM search_index WHERE rowid = OLD.id + %1; ").arg(s.band << kBandShift);
        out << QStringLiteral("CREATE TRIGGER search_index_%1_ai AFTER INSERT ON %1 BEGIN ").arg(table)
                   + indexRows(s, QStringLiteral("NEW"), {}) + QStringLiteral("; END");
        out << QStringLiteral("CREATE TRIGGER search_index_%1_ad AFTER DELETE ON %1 BEGIN ").arg(table) + drop
                   + QStringLiteral("END");
        out << QStringLiteral("CREATE TRIGGER search_index_%1_au AFTER UPDATE OF %2 ON %1 BEGIN ")
                       .arg(table, QLatin1String(s.watched))
                   + drop + indexRows(s, QStringLiteral("NEW"), {}) + QStringLiteral("; END");
    }
    // Text that comes from another table: an interview's title names its person, a person's text
    // names their organization.
    const Source &interviews = sourceOf(SearchHit::Kind::Interview);
    out << QStringLiteral("CREATE TRIGGER search_index_people_names_au AFTER UPDATE OF first_name, last_name ON people "
                          "BEGIN DELETE FROM search_index WHERE rowid IN "
                          "(SELECT id + %1 FROM interviews WHERE person_id = NEW.id); ")
                   .arg(interviews.band << kBandShift)
               + indexRows(interviews, QStringLiteral("r"), QStringLiteral(" FROM interviews r"),
                           QStringLiteral("r.person_id = NEW.id"))
               + QStringLiteral("; END");
    const Source &people = sourceOf(SearchHit::Kind::Person);
    out << QStringLiteral("CREATE TRIGGER search_index_organizations_name_au AFTER UPDATE OF name ON organizations "
                          "BEGIN DELETE FROM search_index WHERE rowid IN "
                          "(SELECT id + %1 FROM people WHERE organization_id = NEW.id); ")
                   .arg(people.band << kBandShift)
               + indexRows(people, QStringLiteral("r"), QStringLiteral(" FROM people r"),
                           QStringLiteral("r.organization_id = NEW.id"))
               + QStringLiteral("; END");
    return out;
}

int triggerCount()
{
    static const int count = int(triggerStatements().size());
    return count;
}

// The code point at @p i, and how many UTF-16 units it takes.
char32_t codePointAt(const QString &text, qsizetype i, int *width)
{
    const QChar c = text.at(i);
    if (c.isHighSurrogate() && i + 1 < text.size() && text.at(i + 1).isLowSurrogate()) {
        *width = 2;
        return QChar::surrogateToUcs4(c, text.at(i + 1));
    }
    *width = 1;
    return c.unicode();
}

// What FTS5's unicode61 tokenizer keeps in a word: letters, numbers and private-use characters;
// marks too, as an accent written as a combining character belongs to its letter.
bool isWordCharacter(char32_t ucs)
{
    return QChar::isLetterOrNumber(ucs) || QChar::isMark(ucs) || QChar::category(ucs) == QChar::Other_PrivateUse;
}

// Calls @p f(start, length) for every word of @p text.
template<class F>
void forEachWord(const QString &text, F f)
{
    qsizetype start = -1;
    qsizetype i = 0;
    while (i < text.size()) {
        int width = 1;
        const bool word = isWordCharacter(codePointAt(text, i, &width));
        if (word && start < 0)
            start = i;
        else if (!word && start >= 0) {
            f(int(start), int(i - start));
            start = -1;
        }
        i += width;
    }
    if (start >= 0)
        f(int(start), int(text.size() - start));
}

// Whether one of the words of the folded @p text starts with @p term.
bool hasWordStartingWith(const QString &folded, const QString &term)
{
    qsizetype at = folded.indexOf(term);
    while (at >= 0) {
        if (at == 0)
            return true;
        int width = 1;
        qsizetype before = at - 1;
        if (before > 0 && folded.at(before).isLowSurrogate())
            --before;
        if (!isWordCharacter(codePointAt(folded, before, &width)))
            return true;
        at = folded.indexOf(term, at + 1);
    }
    return false;
}

// The part of @p text to show for a hit, and where the terms match in it.
QPair<QString, QList<SearchHit::Range>> makeSnippet(const QString &body, const QStringList &terms)
{
    const QString text = body.simplified();
    const QList<SearchHit::Range> all = SearchIndex::matches(text, terms);
    if (text.size() <= kSnippetLength)
        return {text, all};

    const int size = int(text.size());
    const int anchor = all.isEmpty() ? 0 : all.constFirst().start;
    const int anchorEnd = all.isEmpty() ? 0 : anchor + all.constFirst().length;
    int start = qMax(0, anchor - kLeadIn);
    if (start > 0) {
        const qsizetype space = text.lastIndexOf(QLatin1Char(' '), start);
        start = space < 0 ? 0 : int(space) + 1;
    }
    int end = qMin(size, start + kSnippetLength);
    if (end < size) {
        const qsizetype space = text.lastIndexOf(QLatin1Char(' '), end);
        if (space > start && space >= anchorEnd)
            end = int(space);
    } else if (start > 0) {
        // Near the end of the text: show a full snippet's worth before it instead.
        const qsizetype space = text.indexOf(QLatin1Char(' '), qMax(0, size - kSnippetLength));
        if (space >= 0 && space + 1 < start)
            start = int(space) + 1;
    }
    if (start > 0 && text.at(start).isLowSurrogate())
        ++start;
    if (end < size && text.at(end).isLowSurrogate())
        --end;

    const QString ellipsis(QChar(0x2026));
    const QString snippet =
        (start > 0 ? ellipsis : QString()) + text.mid(start, end - start) + (end < size ? ellipsis : QString());
    const int shift = (start > 0 ? 1 : 0) - start;
    QList<SearchHit::Range> ranges;
    for (const SearchHit::Range &range : all) {
        if (range.start >= start && range.start + range.length <= end)
            ranges.append({range.start + shift, range.length});
    }
    return {snippet, ranges};
}

} // namespace

// ---- SearchHit ----------------------------------------------------------------------------------

QString SearchHit::marked(const QString &text, const QList<Range> &ranges, const QString &open, const QString &close)
{
    QString out;
    int at = 0;
    for (const Range &range : ranges) {
        if (range.start < at || range.start + range.length > text.size())
            continue;
        out += QStringView(text).mid(at, range.start - at) + open + QStringView(text).mid(range.start, range.length)
               + close;
        at = range.start + range.length;
    }
    out += QStringView(text).mid(at);
    return out;
}

QString SearchHit::toHtml(const QString &text, const QList<Range> &ranges)
{
    QString out;
    int at = 0;
    for (const Range &range : ranges) {
        if (range.start < at || range.start + range.length > text.size())
            continue;
        out += text.mid(at, range.start - at).toHtmlEscaped() + QStringLiteral("<b>")
               + text.mid(range.start, range.length).toHtmlEscaped() + QStringLiteral("</b>");
        at = range.start + range.length;
    }
    out += text.mid(at).toHtmlEscaped();
    return out;
}

QString SearchHit::kindKey(Kind kind)
{
    return QLatin1String(sourceOf(kind).key);
}

QString SearchHit::kindTitle(Kind kind)
{
    switch (kind) {
    case Kind::Person: return tr("People");
    case Kind::Organization: return tr("Organizations");
    case Kind::Interview: return tr("Interviews");
    case Kind::Answer: return tr("Answers");
    case Kind::Note: return tr("Notes");
    }
    return {};
}

// ---- SearchIndex --------------------------------------------------------------------------------

struct SearchIndex::Candidate
{
    SearchHit::Kind kind;
    qint64 recordId;
    QString title;
    QString body;
    double rank;
};

QString SearchIndex::versionSetting()
{
    return QStringLiteral("searchIndexVersion");
}

SearchIndex::SearchIndex(Database &db)
    : m_db(db)
    , m_forceFallback(qEnvironmentVariableIntValue("INROAD_SEARCH_FALLBACK") == 1)
{
}

bool SearchIndex::hasFts5() const
{
    if (!m_db.isOpen())
        return false;
    if (!m_fts5 || m_probedPath != m_db.path()) {
        // A table in the connection's temporary schema: the workspace file is not touched.
        QSqlQuery q(m_db.connection());
        m_fts5 = q.exec(QStringLiteral("CREATE VIRTUAL TABLE temp.inroad_fts5_probe USING fts5(x)"));
        if (*m_fts5)
            q.exec(QStringLiteral("DROP TABLE temp.inroad_fts5_probe"));
        m_probedPath = m_db.path();
    }
    return *m_fts5;
}

bool SearchIndex::isReady() const
{
    if (!hasFts5())
        return false;
    QSqlQuery q(m_db.connection());
    q.prepare(
        QStringLiteral("SELECT (SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = 'search_index'), "
                       "(SELECT count(*) FROM sqlite_master WHERE type = 'trigger' AND name GLOB 'search_index_*'), "
                       "(SELECT value FROM settings WHERE key = ?)"));
    q.addBindValue(versionSetting());
    if (!q.exec() || !q.next())
        return false;
    return q.value(0).toInt() == 1 && q.value(1).toInt() == triggerCount()
           && q.value(2).toString() == QString::number(kVersion);
}

bool SearchIndex::dropTriggers()
{
    QSqlQuery q(m_db.connection());
    if (!q.exec(
            QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'trigger' AND name GLOB 'search_index_*'"))) {
        m_lastError = q.lastError().text();
        return false;
    }
    QStringList names;
    while (q.next())
        names << q.value(0).toString();
    for (const QString &name : std::as_const(names)) {
        if (!q.exec(QStringLiteral("DROP TRIGGER \"%1\"").arg(name))) {
            m_lastError = q.lastError().text();
            return false;
        }
    }
    return true;
}

bool SearchIndex::suspend()
{
    m_lastError.clear();
    return isReady() && dropTriggers();
}

bool SearchIndex::ensure()
{
    if (!m_db.isOpen()) {
        m_lastError = tr("no workspace is open");
        return false;
    }
    if (hasFts5())
        return isReady() || rebuild();
    // Triggers written by a build with FTS5 would make every write fail here; the index itself
    // cannot even be dropped without the module. Forgetting its version rebuilds it later.
    Transaction tx(m_db);
    if (!tx.isActive()) {
        m_lastError = m_db.lastError();
        return false;
    }
    if (!dropTriggers())
        return false;
    if (!m_db.setting(versionSetting()).isEmpty() && !m_db.setSetting(versionSetting(), QString())) {
        m_lastError = m_db.lastError();
        return false;
    }
    return tx.commit();
}

bool SearchIndex::rebuild()
{
    if (!hasFts5()) {
        m_lastError = tr("this SQLite library has no full-text search (FTS5)");
        return false;
    }
    Transaction tx(m_db);
    if (!tx.isActive()) {
        m_lastError = m_db.lastError();
        return false;
    }
    if (!dropTriggers())
        return false;
    QStringList statements{
        QStringLiteral("DROP TABLE IF EXISTS search_index"),
        QStringLiteral("CREATE VIRTUAL TABLE search_index USING fts5(kind UNINDEXED, record_id UNINDEXED, title, body, "
                       "tokenize = \"unicode61 remove_diacritics 2\", prefix = '1 2 3')"),
        // A match in the title weighs ten times one in the body.
        QStringLiteral("INSERT INTO search_index(search_index, rank) VALUES ('rank', 'bm25(0.0, 0.0, 10.0, 1.0)')"),
    };
    for (const Source &s : kSources)
        statements << indexRows(s, QStringLiteral("r"), QStringLiteral(" FROM %1 r").arg(QLatin1String(s.table)));
    statements << triggerStatements();
    statements << QStringLiteral("INSERT INTO search_index(search_index) VALUES ('optimize')");
    QSqlQuery q(m_db.connection());
    for (const QString &sql : std::as_const(statements)) {
        if (!q.exec(sql)) {
            m_lastError = q.lastError().text();
            return false;
        }
    }
    if (!m_db.setSetting(versionSetting(), QString::number(kVersion))) {
        m_lastError = m_db.lastError();
        return false;
    }
    return tx.commit();
}

QString SearchIndex::fold(const QString &text)
{
    const bool ascii = std::all_of(text.cbegin(), text.cend(), [](QChar c) {
        return c.unicode() < 0x80;
    });
    if (ascii)
        return text.toLower();
    // Canonical decomposition splits "ë" into "e" and a combining diaeresis, which is dropped:
    // what unicode61's remove_diacritics does to the index.
    const QString decomposed = text.normalized(QString::NormalizationForm_D);
    QString out;
    out.reserve(decomposed.size());
    qsizetype i = 0;
    while (i < decomposed.size()) {
        int width = 1;
        const char32_t ucs = codePointAt(decomposed, i, &width);
        if (QChar::category(ucs) != QChar::Mark_NonSpacing)
            out += decomposed.mid(i, width);
        i += width;
    }
    return out.toCaseFolded();
}

QStringList SearchIndex::queryTerms(const QString &query)
{
    const QString folded = fold(query);
    QStringList terms;
    forEachWord(folded, [&](int start, int length) {
        const QString term = folded.mid(start, length);
        if (!terms.contains(term) && terms.size() < kMaxTerms)
            terms << term;
    });
    return terms;
}

QList<SearchHit::Range> SearchIndex::matches(const QString &text, const QStringList &terms)
{
    QList<SearchHit::Range> out;
    if (terms.isEmpty())
        return out;
    forEachWord(text, [&](int start, int length) {
        const QString word = fold(text.mid(start, length));
        for (const QString &term : terms) {
            if (word.startsWith(term)) {
                out.append({start, length});
                break;
            }
        }
    });
    return out;
}

QList<SearchHit> SearchIndex::search(const QString &query, int limit, int offset) const
{
    m_lastError.clear();
    const QStringList terms = queryTerms(query);
    if (terms.isEmpty() || limit <= 0)
        return {};
    const QList<Candidate> candidates = usesFallback() ? fallbackCandidates(terms, limit, qMax(0, offset))
                                                       : indexCandidates(terms, limit, qMax(0, offset));
    return present(candidates, terms);
}

QList<SearchIndex::Candidate> SearchIndex::indexCandidates(const QStringList &terms, int limit, int offset) const
{
    // Every term is quoted, so nothing in it is FTS5 syntax, and is a prefix query.
    QStringList phrases;
    for (const QString &term : terms)
        phrases << QLatin1Char('"') + term + QStringLiteral("\"*");
    const QString match = phrases.join(QLatin1Char(' '));
    // Where the ranking window ends: the rowid of the last record in it, or 0 when all fit.
    QSqlQuery window(m_db.connection());
    window.prepare(QStringLiteral("SELECT rowid FROM search_index WHERE search_index MATCH ? "
                                  "ORDER BY rowid DESC LIMIT 1 OFFSET ?"));
    window.addBindValue(match);
    window.addBindValue(qMax(kRankWindow, offset + limit) - 1);
    if (!window.exec()) {
        m_lastError = window.lastError().text();
        return {};
    }
    const qint64 lowest = window.next() ? window.value(0).toLongLong() : 0;
    // Only rowids and ranks are sorted; the text is read for the page alone.
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT h.id, h.rank, s.title, s.body FROM "
                             "(SELECT rowid AS id, rank FROM search_index WHERE search_index MATCH ? AND rowid >= ? "
                             "ORDER BY rank LIMIT ? OFFSET ?) AS h "
                             "JOIN search_index s ON s.rowid = h.id ORDER BY h.rank"));
    q.addBindValue(match);
    q.addBindValue(lowest);
    q.addBindValue(limit);
    q.addBindValue(offset);
    QList<Candidate> out;
    if (!q.exec()) {
        m_lastError = q.lastError().text();
        return out;
    }
    while (q.next()) {
        const qint64 rowid = q.value(0).toLongLong();
        const Source *source = sourceOfBand(rowid >> kBandShift);
        if (!source)
            continue;
        out.append({source->kind, rowid & ((qint64(1) << kBandShift) - 1), q.value(2).toString(), q.value(3).toString(),
                    q.value(1).toDouble()});
    }
    return out;
}

QList<SearchIndex::Candidate> SearchIndex::fallbackCandidates(const QStringList &terms, int limit, int offset) const
{
    // LIKE cannot ignore accents, so every indexed text is read and matched here, word by word
    // as FTS5 would. Rank: more query words in the title first, then more in the body.
    QList<Candidate> found;
    for (const Source &s : kSources) {
        QSqlQuery q(m_db.connection());
        q.setForwardOnly(true);
        QString sql = QStringLiteral("SELECT r.id, %1, %2 FROM %3 r")
                          .arg(s.title(QStringLiteral("r")), s.body(QStringLiteral("r")), QLatin1String(s.table));
        if (s.condition)
            sql += QStringLiteral(" WHERE ") + s.condition(QStringLiteral("r"));
        if (!q.exec(sql)) {
            m_lastError = q.lastError().text();
            return {};
        }
        while (q.next()) {
            const QString title = q.value(1).toString();
            const QString body = q.value(2).toString();
            const QString foldedTitle = fold(title);
            const QString foldedBody = fold(body);
            int inTitle = 0;
            int inBody = 0;
            bool all = true;
            for (const QString &term : terms) {
                const bool t = hasWordStartingWith(foldedTitle, term);
                const bool b = hasWordStartingWith(foldedBody, term);
                if (!t && !b) {
                    all = false;
                    break;
                }
                inTitle += t;
                inBody += b;
            }
            if (all)
                found.append({s.kind, q.value(0).toLongLong(), title, body, -(10.0 * inTitle + inBody)});
        }
    }
    std::stable_sort(found.begin(), found.end(), [](const Candidate &a, const Candidate &b) {
        if (a.rank != b.rank)
            return a.rank < b.rank;
        if (a.kind != b.kind)
            return a.kind < b.kind;
        return a.recordId < b.recordId;
    });
    return found.mid(offset, limit);
}

QList<SearchHit> SearchIndex::present(const QList<Candidate> &candidates, const QStringList &terms) const
{
    QSqlQuery interview(m_db.connection());
    interview.prepare(QStringLiteral("SELECT trim(p.first_name || ' ' || p.last_name) FROM interviews i "
                                     "JOIN people p ON p.id = i.person_id WHERE i.id = ?"));
    QSqlQuery answer(m_db.connection());
    answer.prepare(QStringLiteral("SELECT q.interview_id, trim(p.first_name || ' ' || p.last_name) "
                                  "FROM interview_questions q JOIN interviews i ON i.id = q.interview_id "
                                  "JOIN people p ON p.id = i.person_id WHERE q.id = ?"));
    const NoteRepository notes(m_db);

    QList<SearchHit> hits;
    for (const Candidate &c : candidates) {
        SearchHit hit;
        hit.kind = c.kind;
        hit.recordId = c.recordId;
        hit.rank = c.rank;
        hit.title = c.title.simplified();
        switch (c.kind) {
        case SearchHit::Kind::Interview:
            interview.addBindValue(c.recordId);
            if (interview.exec() && interview.next())
                hit.title = tr("Interview with %1").arg(interview.value(0).toString());
            break;
        case SearchHit::Kind::Answer:
            answer.addBindValue(c.recordId);
            if (answer.exec() && answer.next()) {
                hit.interviewId = answer.value(0).toLongLong();
                hit.context = tr("Interview with %1").arg(answer.value(1).toString());
            }
            break;
        case SearchHit::Kind::Note:
            if (hit.title.isEmpty())
                hit.title = tr("Untitled note");
            if (const std::optional<Note> note = notes.find(c.recordId))
                hit.context = note->subjectName;
            break;
        case SearchHit::Kind::Person:
        case SearchHit::Kind::Organization: break;
        }
        hit.titleHighlights = matches(hit.title, terms);
        const auto [snippet, ranges] = makeSnippet(c.body, terms);
        hit.snippet = snippet;
        hit.snippetHighlights = ranges;
        hits.append(hit);
    }
    std::stable_sort(hits.begin(), hits.end(), [](const SearchHit &a, const SearchHit &b) {
        return a.kind < b.kind;
    });
    return hits;
}

} // namespace Inroad
