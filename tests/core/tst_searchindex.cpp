#include "recordcommands.h"
#include "searchindex.h"
#include "searchindexbuilder.h"
#include "testsupport.h"

#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTest>
#include <QUndoStack>

#include <algorithm>

using namespace Inroad;
using namespace InroadTest;

namespace {

// A small workspace with one or more records of every kind the index holds.
struct Fixture
{
    qint64 harbor = 0;        // organization
    qint64 zoe = 0;           // person at Harbor
    qint64 jose = 0;          // person without an organization
    qint64 interview = 0;     // with Zoë
    qint64 answered = 0;      // interview question with an answer
    qint64 unanswered = 0;    // and one without
    qint64 resumeNote = 0;    // on Zoë
    qint64 portfolioNote = 0; // on Harbor, "portfolio" in the title
    qint64 followUpNote = 0;  // on Harbor, "portfolio" deep in a long body
};

Fixture build(Workspace &w)
{
    Fixture f;
    Organization o;
    o.name = QStringLiteral("Harbor Analytics");
    o.industry = QStringLiteral("Software engineering");
    o.products = QStringLiteral("Dashboards for container ports");
    if (!w.organizations().add(o))
        return f;
    f.harbor = o.id;

    Person zoe;
    zoe.firstName = QStringLiteral("Zoë");
    zoe.lastName = QStringLiteral("Okafor");
    zoe.title = QStringLiteral("Data engineer");
    zoe.organizationId = o.id;
    zoe.email = QStringLiteral("zoe@harbor.example");
    zoe.source = QStringLiteral("Career fair");
    Person jose;
    jose.firstName = QStringLiteral("José");
    jose.lastName = QStringLiteral("Álvarez");
    jose.title = QStringLiteral("Nurse educator");
    if (!w.people().add(zoe) || !w.people().add(jose))
        return f;
    f.zoe = zoe.id;
    f.jose = jose.id;

    Interview i;
    i.personId = zoe.id;
    i.organizationId = o.id;
    i.purpose = QStringLiteral("Learn how data teams hire juniors");
    i.learned = QStringLiteral("Portfolios matter more than grades");
    if (!w.interviews().add(i))
        return f;
    f.interview = i.id;

    QList<InterviewQuestion> questions(2);
    questions[0].text = QStringLiteral("What does a typical day look like?");
    questions[0].answer = QStringLiteral("Mostly pipelines, code review and meetings with analysts.");
    questions[1].text = QStringLiteral("Which skills matter most?");
    if (!w.interviewQuestions().insert(i.id, -1, questions))
        return f;
    f.answered = questions[0].id;
    f.unanswered = questions[1].id;

    Note resume;
    resume.personId = zoe.id;
    resume.title = QStringLiteral("Résumé tips");
    resume.body = QStringLiteral("Keep it to one page; lead with projects.");
    Note portfolio;
    portfolio.organizationId = o.id;
    portfolio.title = QStringLiteral("Portfolio");
    portfolio.body = QStringLiteral("Three projects with short write-ups.");
    Note followUp;
    followUp.organizationId = o.id;
    followUp.title = QStringLiteral("Follow-up");
    followUp.body = QStringLiteral("Sent a thank-you note the same evening and mentioned the meetup she suggested. "
                                   "She replied with two names to contact at the port authority and at a logistics "
                                   "start-up, and asked me to send my portfolio once the transit project is done. "
                                   "Next time ask about the on-call rotation and how juniors are mentored.");
    for (Note *n : {&resume, &portfolio, &followUp}) {
        if (!w.notes().add(*n))
            return f;
    }
    f.resumeNote = resume.id;
    f.portfolioNote = portfolio.id;
    f.followUpNote = followUp.id;
    return f;
}

int scalar(const QSqlDatabase &db, const QString &sql)
{
    QSqlQuery q(db);
    if (!q.exec(sql) || !q.next()) {
        qWarning("%s: %s", qPrintable(sql), qPrintable(q.lastError().text()));
        return -1;
    }
    return q.value(0).toInt();
}

// How many rows the index must hold: one per record, answers only when answered.
int expectedRows(const QSqlDatabase &db)
{
    return scalar(db, QStringLiteral("SELECT (SELECT count(*) FROM people) + (SELECT count(*) FROM organizations) "
                                     "+ (SELECT count(*) FROM interviews) + (SELECT count(*) FROM notes) "
                                     "+ (SELECT count(*) FROM interview_questions WHERE trim(answer) <> '')"));
}

QStringList indexDump(const QSqlDatabase &db)
{
    QStringList out;
    QSqlQuery q(db);
    q.exec(QStringLiteral("SELECT rowid, kind, record_id, title, body FROM search_index ORDER BY rowid"));
    while (q.next()) {
        QStringList cells;
        for (int c = 0; c < 5; ++c)
            cells << q.value(c).toString();
        out << cells.join(QLatin1Char('|'));
    }
    return out;
}

// The index as the triggers left it equals the index built afresh from the tables.
bool indexIsConsistent(Workspace &w)
{
    const QSqlDatabase db = w.database().connection();
    const QStringList kept = indexDump(db);
    if (kept.size() != expectedRows(db)
        || scalar(db, QStringLiteral("SELECT count(*) FROM search_index")) != kept.size()) {
        qWarning("index rows: %d, expected %d", int(kept.size()), expectedRows(db));
        return false;
    }
    if (!w.search().rebuild())
        return false;
    const QStringList fresh = indexDump(db);
    if (kept != fresh) {
        qWarning() << "kept:" << kept << "\nfresh:" << fresh;
        return false;
    }
    return true;
}

QString key(const SearchHit &hit)
{
    return SearchHit::kindKey(hit.kind) + QLatin1Char(':') + hit.title;
}

QStringList keys(const QList<SearchHit> &hits)
{
    QStringList out;
    for (const SearchHit &hit : hits)
        out << key(hit);
    return out;
}

QStringList sortedKeys(const QList<SearchHit> &hits)
{
    QStringList out = keys(hits);
    out.sort();
    return out;
}

// Everything of a hit except its rank, which the two paths compute differently.
QString describe(const SearchHit &hit)
{
    QStringList ranges;
    for (const SearchHit::Range &r : hit.snippetHighlights)
        ranges << QStringLiteral("%1+%2").arg(r.start).arg(r.length);
    for (const SearchHit::Range &r : hit.titleHighlights)
        ranges << QStringLiteral("t%1+%2").arg(r.start).arg(r.length);
    return QStringLiteral("%1|%2|%3|%4|%5|%6|%7")
        .arg(SearchHit::kindKey(hit.kind))
        .arg(hit.recordId)
        .arg(hit.interviewId)
        .arg(hit.title, hit.snippet, hit.context, ranges.join(QLatin1Char(',')));
}

bool hasHit(const QList<SearchHit> &hits, SearchHit::Kind kind, qint64 id)
{
    return std::any_of(hits.cbegin(), hits.cend(), [&](const SearchHit &h) {
        return h.kind == kind && h.recordId == id;
    });
}

} // namespace

class TestSearchIndex final : public QObject
{
    Q_OBJECT

private slots:
    void builtOnOpen()
    {
        TempWorkspace tw;
        SearchIndex &search = tw.workspace.search();
        QVERIFY(search.hasFts5());
        QVERIFY(search.isReady());
        QVERIFY(!search.usesFallback());
        QCOMPARE(tw.db().setting(SearchIndex::versionSetting()), QString::number(SearchIndex::kVersion));
        const Fixture f = build(tw.workspace);
        QVERIFY(f.followUpNote > 0);
        QCOMPARE(scalar(tw.db().connection(), QStringLiteral("SELECT count(*) FROM search_index")), 8);
        QVERIFY(indexIsConsistent(tw.workspace));
    }

    void rebuiltOnAnotherThread()
    {
        TempWorkspace tw;
        const Fixture f = build(tw.workspace);
        SearchIndex &search = tw.workspace.search();
        SearchIndexBuilder &builder = tw.workspace.searchIndexBuilder();
        QSignalSpy started(&builder, &SearchIndexBuilder::started);
        QSignalSpy finished(&builder, &SearchIndexBuilder::finished);
        QVERIFY(search.suspend());
        QVERIFY(!search.isReady());

        // Another connection holds the write lock, so the rebuild waits; asked again meanwhile,
        // the builder runs a second rebuild after the first and reports once.
        const QString name = QStringLiteral("tst_searchindex_lock");
        {
            QSqlDatabase other = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
            other.setDatabaseName(tw.path);
            QVERIFY(other.open());
            QSqlQuery lock(other);
            QVERIFY(lock.exec(QStringLiteral("BEGIN IMMEDIATE")));
            tw.workspace.updateSearchIndexInBackground();
            QVERIFY(builder.isRunning());
            tw.workspace.updateSearchIndexInBackground();
            QCOMPARE(started.count(), 1);
            QTest::qWait(200);
            QVERIFY(builder.isRunning());
            QVERIFY(search.usesFallback());
            bool found = false; // by reading the tables
            for (const SearchHit &hit : search.search(QStringLiteral("Okafor")))
                found = found || hit.title == QString::fromUtf8("Zoë Okafor");
            QVERIFY(found);
            QVERIFY(lock.exec(QStringLiteral("COMMIT")));
        }
        QSqlDatabase::removeDatabase(name);
        QVERIFY(finished.wait(10000));
        QCOMPARE(started.count(), 2);
        QCOMPARE(finished.count(), 1);
        QCOMPARE(finished.first().at(0).toString(), QString());
        QVERIFY(search.isReady());
        QVERIFY(indexIsConsistent(tw.workspace));
        QVERIFY(f.followUpNote > 0);
    }

    void queries_data()
    {
        QTest::addColumn<QString>("query");
        QTest::addColumn<QStringList>("expected"); // kind:title, in the order search() returns them

        const QString zoe = QStringLiteral("person:Zoë Okafor");
        const QString jose = QStringLiteral("person:José Álvarez");
        const QString harbor = QStringLiteral("organization:Harbor Analytics");
        const QString interview = QStringLiteral("interview:Interview with Zoë Okafor");
        const QString answer = QStringLiteral("answer:What does a typical day look like?");
        const QString resume = QStringLiteral("note:Résumé tips");
        const QString portfolio = QStringLiteral("note:Portfolio");
        const QString followUp = QStringLiteral("note:Follow-up");

        QTest::newRow("accent: resume finds Résumé") << QStringLiteral("resume") << QStringList{resume};
        QTest::newRow("accent: Zoe finds Zoë") << QStringLiteral("Zoe") << QStringList{zoe, interview};
        QTest::newRow("accent in the query too") << QStringLiteral("zoë") << QStringList{zoe, interview};
        QTest::newRow("accent: alvarez") << QStringLiteral("alvarez jose") << QStringList{jose};
        QTest::newRow("case") << QStringLiteral("HARBOR") << QStringList{zoe, harbor};
        QTest::newRow("prefix: eng finds engineering and engineer")
            << QStringLiteral("eng") << QStringList{zoe, harbor};
        QTest::newRow("prefix of two letters")
            << QStringLiteral("po") << QStringList{harbor, interview, portfolio, followUp};
        QTest::newRow("prefix of one letter") << QStringLiteral("z") << QStringList{zoe, interview};
        QTest::newRow("a prefix is not a middle") << QStringLiteral("folio") << QStringList{};
        QTest::newRow("every word must match") << QStringLiteral("zoe engineer") << QStringList{zoe};
        QTest::newRow("no such record") << QStringLiteral("zoe nurse") << QStringList{};
        QTest::newRow("answer") << QStringLiteral("pipelines") << QStringList{answer};
        QTest::newRow("question text of an answered question") << QStringLiteral("typical") << QStringList{answer};
        QTest::newRow("unanswered questions are not indexed") << QStringLiteral("skills") << QStringList{};
        QTest::newRow("interview by its words") << QStringLiteral("juniors") << QStringList{interview, followUp};
        QTest::newRow("a person by their organization") << QStringLiteral("analytics") << QStringList{zoe, harbor};
        QTest::newRow("e-mail address") << QStringLiteral("zoe@harbor.example") << QStringList{zoe};
        QTest::newRow("hyphenated") << QStringLiteral("write-ups") << QStringList{portfolio};
        QTest::newRow("grouped by kind") << QStringLiteral("data") << QStringList{zoe, interview};
        QTest::newRow("only punctuation") << QStringLiteral("*** \"\" ()") << QStringList{};
        QTest::newRow("empty") << QString() << QStringList{};
    }

    void queries()
    {
        QFETCH(QString, query);
        QFETCH(QStringList, expected);
        TempWorkspace tw;
        QVERIFY(build(tw.workspace).followUpNote > 0);
        SearchIndex &search = tw.workspace.search();

        const QList<SearchHit> hits = search.search(query);
        QVERIFY2(search.lastError().isEmpty(), qPrintable(search.lastError()));
        // Within a kind the order is the rank; compare kinds in order and the members as sets.
        QStringList kinds;
        for (const SearchHit &hit : hits)
            kinds << SearchHit::kindKey(hit.kind);
        QStringList expectedKinds;
        for (const QString &e : expected)
            expectedKinds << e.section(QLatin1Char(':'), 0, 0);
        QCOMPARE(kinds, expectedKinds);
        QStringList sortedExpected = expected;
        sortedExpected.sort();
        QCOMPARE(sortedKeys(hits), sortedExpected);

        // The fallback finds the very same records, with the same titles, snippets and highlights.
        search.setForceFallback(true);
        QVERIFY(search.usesFallback());
        const QList<SearchHit> fallback = search.search(query);
        QVERIFY2(search.lastError().isEmpty(), qPrintable(search.lastError()));
        QStringList a, b;
        for (const SearchHit &hit : hits)
            a << describe(hit);
        for (const SearchHit &hit : fallback)
            b << describe(hit);
        a.sort();
        b.sort();
        QCOMPARE(b, a);
        QCOMPARE(kinds.size(), fallback.size());
        for (qsizetype i = 0; i < fallback.size(); ++i)
            QCOMPARE(SearchHit::kindKey(fallback.at(i).kind), kinds.at(i));
    }

    void ftsSyntaxIsOnlyText_data()
    {
        QTest::addColumn<QString>("query");
        QTest::addColumn<bool>("findsHarbor"); // the organization Harbor Analytics
        const auto row = [](const char *query, bool harbor) {
            QTest::newRow(query) << QString::fromUtf8(query) << harbor;
        };
        row("\"", false);
        row("\"harbor", true);
        row("harbor\"", true);
        row("*", false);
        row("harbor*", true);
        row("-harbor", true);
        row("harbor -zoe", false); // "zoe" is a word to find, not an exclusion
        row("harbor AND", false);  // "and" is a word to find too
        row("AND", false);
        row("OR", false);
        row("NOT harbor", false);
        row("NEAR(harbor zoe)", false);
        row("NEAR", false);
        row("(", false);
        row(")", false);
        row("(harbor", true);
        row("title:harbor", false);
        row("^harbor", true);
        row("{title body}: harbor", false);
        row("harbor + analytics", true);
        row("'", false);
        row("';DROP TABLE people;--", false);
        row("\\", false);
        row("%", false);
        row("_", false);
        row("a\tb\nc", false);
        row("\xe2\x80\x9charbor\xe2\x80\x9d", true);
    }

    void ftsSyntaxIsOnlyText()
    {
        QFETCH(QString, query);
        QFETCH(bool, findsHarbor);
        TempWorkspace tw;
        const Fixture f = build(tw.workspace);
        SearchIndex &search = tw.workspace.search();
        const QList<SearchHit> hits = search.search(query);
        QVERIFY2(search.lastError().isEmpty(), qPrintable(search.lastError()));
        QCOMPARE(hasHit(hits, SearchHit::Kind::Organization, f.harbor), findsHarbor);
        search.setForceFallback(true);
        const QList<SearchHit> fallback = search.search(query);
        QVERIFY2(search.lastError().isEmpty(), qPrintable(search.lastError()));
        QCOMPARE(sortedKeys(fallback), sortedKeys(hits));
        QCOMPARE(tw.workspace.people().count(), 2);
    }

    void operatorsAreWords()
    {
        TempWorkspace tw;
        Organization o;
        o.name = QStringLiteral("Near And Far Travel");
        QVERIFY(tw.workspace.organizations().add(o));
        const QList<SearchHit> hits = tw.workspace.search().search(QStringLiteral("NEAR AND"));
        QCOMPARE(keys(hits), QStringList{QStringLiteral("organization:Near And Far Travel")});
        QCOMPARE(
            SearchHit::marked(hits.at(0).title, hits.at(0).titleHighlights, QStringLiteral("["), QStringLiteral("]")),
            QStringLiteral("[Near] [And] Far Travel"));
    }

    void snippetsHighlightTheMatches()
    {
        TempWorkspace tw;
        const Fixture f = build(tw.workspace);
        SearchIndex &search = tw.workspace.search();

        QList<SearchHit> hits = search.search(QStringLiteral("PORTFOLIO juniors"));
        QCOMPARE(keys(hits), (QStringList{QStringLiteral("interview:Interview with Zoë Okafor"),
                                          QStringLiteral("note:Follow-up")}));
        const SearchHit &note = hits.at(1);
        QCOMPARE(note.recordId, f.followUpNote);
        QCOMPARE(note.context, QStringLiteral("Harbor Analytics"));
        // The body is longer than a snippet: it is cut around the first match, at word boundaries.
        QVERIFY(note.snippet.startsWith(QChar(0x2026)));
        QVERIFY(note.snippet.size() <= 170);
        const QString marked =
            SearchHit::marked(note.snippet, note.snippetHighlights, QStringLiteral("["), QStringLiteral("]"));
        QVERIFY2(marked.contains(QLatin1String("send my [portfolio] once")), qPrintable(marked));
        QVERIFY2(marked.contains(QLatin1String("how [juniors] are")) || marked.endsWith(QChar(0x2026)),
                 qPrintable(marked));
        for (const SearchHit::Range &r : note.snippetHighlights)
            QVERIFY(SearchIndex::fold(note.snippet.mid(r.start, r.length)).startsWith(QLatin1String("portfolio"))
                    || SearchIndex::fold(note.snippet.mid(r.start, r.length)) == QLatin1String("juniors"));

        const SearchHit &interview = hits.at(0);
        QCOMPARE(interview.recordId, f.interview);
        QCOMPARE(
            SearchHit::marked(interview.snippet, interview.snippetHighlights, QStringLiteral("<"), QStringLiteral(">")),
            QStringLiteral("Learn how data teams hire <juniors> · <Portfolios> matter more than grades"));

        // Accents: the highlight covers the word as written.
        hits = search.search(QStringLiteral("resume"));
        QCOMPARE(hits.size(), 1);
        QCOMPARE(hits.at(0).titleHighlights, (QList<SearchHit::Range>{{0, 6}}));
        QCOMPARE(hits.at(0).context, QStringLiteral("Zoë Okafor"));
        QCOMPARE(SearchHit::toHtml(hits.at(0).title, hits.at(0).titleHighlights), QStringLiteral("<b>Résumé</b> tips"));

        // An answer names its interview.
        hits = search.search(QStringLiteral("review"));
        QCOMPARE(hits.size(), 1);
        QCOMPARE(hits.at(0).kind, SearchHit::Kind::Answer);
        QCOMPARE(hits.at(0).recordId, f.answered);
        QCOMPARE(hits.at(0).interviewId, f.interview);
        QCOMPARE(hits.at(0).context, QStringLiteral("Interview with Zoë Okafor"));
    }

    void htmlIsEscaped()
    {
        const QString text = QStringLiteral("<script>alert(1)</script> & portfolio");
        const QList<SearchHit::Range> ranges =
            SearchIndex::matches(text, SearchIndex::queryTerms(QStringLiteral("script port")));
        QCOMPARE(ranges, (QList<SearchHit::Range>{{1, 6}, {18, 6}, {28, 9}}));
        QCOMPARE(SearchHit::toHtml(text, ranges),
                 QStringLiteral("&lt;<b>script</b>&gt;alert(1)&lt;/<b>script</b>&gt; &amp; <b>portfolio</b>"));
    }

    void folding_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("folded");
        QTest::newRow("ascii") << QStringLiteral("Résumé") << QStringLiteral("resume");
        QTest::newRow("diaeresis") << QStringLiteral("ZOË") << QStringLiteral("zoe");
        QTest::newRow("decomposed") << QStringLiteral("Zoe\u0308") << QStringLiteral("zoe");
        QTest::newRow("cedilla, tilde") << QStringLiteral("Françoise Muñoz") << QStringLiteral("francoise munoz");
        QTest::newRow("vietnamese") << QStringLiteral("Thảo") << QStringLiteral("thao");
        QTest::newRow("greek") << QStringLiteral("Άλφα") << QStringLiteral("αλφα");
        QTest::newRow("plain") << QStringLiteral("Plain TEXT 42") << QStringLiteral("plain text 42");
    }

    void folding()
    {
        QFETCH(QString, text);
        QFETCH(QString, folded);
        QCOMPARE(SearchIndex::fold(text), folded);
    }

    void titleMatchesRankAboveBodyMatches()
    {
        TempWorkspace tw;
        const Fixture f = build(tw.workspace);
        // "portfolio" is the title of one note and deep in the body of another.
        const QList<SearchHit> hits = tw.workspace.search().search(QStringLiteral("portfolio"));
        QList<qint64> notes;
        for (const SearchHit &hit : hits) {
            if (hit.kind == SearchHit::Kind::Note)
                notes << hit.recordId;
        }
        QCOMPARE(notes, (QList<qint64>{f.portfolioNote, f.followUpNote}));
        QVERIFY(hits.constLast().rank > hits.at(hits.size() - 2).rank);

        tw.workspace.search().setForceFallback(true);
        notes.clear();
        for (const SearchHit &hit : tw.workspace.search().search(QStringLiteral("portfolio"))) {
            if (hit.kind == SearchHit::Kind::Note)
                notes << hit.recordId;
        }
        QCOMPARE(notes, (QList<qint64>{f.portfolioNote, f.followUpNote}));
    }

    void pages()
    {
        TempWorkspace tw;
        for (int i = 0; i < 30; ++i) {
            Person p;
            p.firstName = QStringLiteral("Pat%1").arg(i);
            p.lastName = QStringLiteral("Designer");
            QVERIFY(tw.workspace.people().add(p));
        }
        SearchIndex &search = tw.workspace.search();
        for (bool fallback : {false, true}) {
            search.setForceFallback(fallback);
            const QList<SearchHit> first = search.search(QStringLiteral("designer"), 20);
            const QList<SearchHit> second = search.search(QStringLiteral("designer"), 20, 20);
            QCOMPARE(first.size(), 20);
            QCOMPARE(second.size(), 10);
            QStringList all = keys(first) + keys(second);
            all.removeDuplicates();
            QCOMPARE(all.size(), 30);
            QVERIFY(search.search(QStringLiteral("designer"), 0).isEmpty());
        }
    }

    // With more matches than are ranked, the kinds before notes are still ranked, and pages past
    // the window are still served.
    void manyMatches()
    {
        TempWorkspace tw;
        Person p;
        p.firstName = QStringLiteral("Winnie");
        p.title = QStringLiteral("Window cleaner");
        QVERIFY(tw.workspace.people().add(p));
        QVERIFY(tw.db().beginTransaction());
        QSqlQuery q(tw.db().connection());
        q.prepare(QStringLiteral("INSERT INTO notes (person_id, title, body, noted_on, created_at, updated_at) "
                                 "VALUES (?, ?, 'Cleaned a window today.', '2026-01-01', 'x', 'x')"));
        for (int i = 0; i < 1500; ++i) {
            q.addBindValue(p.id);
            q.addBindValue(QStringLiteral("Note %1").arg(i));
            QVERIFY(q.exec());
        }
        QVERIFY(tw.db().commit());
        SearchIndex &search = tw.workspace.search();
        const QList<SearchHit> first = search.search(QStringLiteral("window"));
        QCOMPARE(first.size(), 20);
        QCOMPARE(first.at(0).kind, SearchHit::Kind::Person);
        QCOMPARE(first.at(0).recordId, p.id);
        const QList<SearchHit> late = search.search(QStringLiteral("window"), 20, 1490);
        QVERIFY2(search.lastError().isEmpty(), qPrintable(search.lastError()));
        QCOMPARE(late.size(), 11);
        QVERIFY(indexIsConsistent(tw.workspace));
    }

    void consistentAfterEditsAndUndo_data()
    {
        QTest::addColumn<int>("kind");
        QTest::newRow("person") << int(SearchHit::Kind::Person);
        QTest::newRow("organization") << int(SearchHit::Kind::Organization);
        QTest::newRow("interview") << int(SearchHit::Kind::Interview);
        QTest::newRow("answer") << int(SearchHit::Kind::Answer);
        QTest::newRow("note") << int(SearchHit::Kind::Note);
    }

    // Insert, edit, delete and undo the delete of one record of each kind: search follows, and the
    // index always equals one built afresh.
    void consistentAfterEditsAndUndo()
    {
        QFETCH(int, kind);
        TempWorkspace tw;
        Workspace &w = tw.workspace;
        const Fixture f = build(w);
        QVERIFY(f.followUpNote > 0);
        SearchIndex &search = w.search();
        QVERIFY(indexIsConsistent(w));
        QUndoStack stack;
        const QString word = QStringLiteral("xylophone");
        const auto found = [&](const QString &query, qint64 id) {
            return hasHit(search.search(query, 100), SearchHit::Kind(kind), id);
        };

        qint64 id = 0;
        switch (SearchHit::Kind(kind)) {
        case SearchHit::Kind::Person: {
            Person p;
            p.firstName = QStringLiteral("Ingrid");
            p.lastName = QStringLiteral("Sørensen");
            p.organizationId = f.harbor;
            QVERIFY(w.people().add(p));
            id = p.id;
            QVERIFY(found(QStringLiteral("ingrid harbor"), id));
            p.title = QStringLiteral("Xylophone tuner");
            QVERIFY(w.people().update(p));
            QVERIFY(found(word, id));
            stack.push(new RemoveRecordCommand<PersonRepository>(w.people(), id, QStringLiteral("Delete")));
            break;
        }
        case SearchHit::Kind::Organization: {
            Organization o;
            o.name = QStringLiteral("Quay Partners");
            QVERIFY(w.organizations().add(o));
            id = o.id;
            QVERIFY(found(QStringLiteral("quay"), id));
            o.news = QStringLiteral("Bought a xylophone factory.");
            QVERIFY(w.organizations().update(o));
            QVERIFY(found(word, id));
            stack.push(
                new RemoveRecordCommand<OrganizationRepository>(w.organizations(), id, QStringLiteral("Delete")));
            break;
        }
        case SearchHit::Kind::Interview: {
            Interview i;
            i.personId = f.jose;
            i.purpose = QStringLiteral("Ask about night shifts");
            QVERIFY(w.interviews().add(i));
            id = i.id;
            QVERIFY(found(QStringLiteral("interview jose shifts"), id));
            i.impressions = QStringLiteral("Calm, plays the xylophone.");
            QVERIFY(w.interviews().update(i));
            QVERIFY(found(word, id));
            stack.push(new RemoveRecordCommand<InterviewRepository>(w.interviews(), id, QStringLiteral("Delete")));
            break;
        }
        case SearchHit::Kind::Answer: {
            QList<InterviewQuestion> items(1);
            items[0].text = QStringLiteral("How did you start?");
            QVERIFY(w.interviewQuestions().insert(f.interview, -1, items));
            id = items[0].id;
            QVERIFY(!found(QStringLiteral("start"), id)); // no answer yet
            QVERIFY(indexIsConsistent(w));
            items[0].answer = QStringLiteral("By repairing a xylophone.");
            QVERIFY(w.interviewQuestions().update(items[0]));
            QVERIFY(found(word, id));
            QVERIFY(found(QStringLiteral("start"), id));
            QVERIFY(indexIsConsistent(w));
            items[0].answer.clear();
            QVERIFY(w.interviewQuestions().update(items[0]));
            QVERIFY(!found(word, id));
            items[0].answer = QStringLiteral("By repairing a xylophone.");
            QVERIFY(w.interviewQuestions().update(items[0]));
            stack.push(new RemoveRecordCommand<InterviewQuestionRepository>(w.interviewQuestions(), id,
                                                                            QStringLiteral("Delete")));
            break;
        }
        case SearchHit::Kind::Note: {
            Note n;
            n.personId = f.jose;
            n.title = QStringLiteral("Shadowing day");
            QVERIFY(w.notes().add(n));
            id = n.id;
            QVERIFY(found(QStringLiteral("shadow"), id));
            n.body = QStringLiteral("- brought a **xylophone**\n- met the ward manager");
            QVERIFY(w.notes().update(n));
            QVERIFY(found(word, id));
            QVERIFY(!found(QStringLiteral("shadowing xylophone nurse"), id));
            stack.push(new RemoveRecordCommand<NoteRepository>(w.notes(), id, QStringLiteral("Delete")));
            break;
        }
        }
        QVERIFY(indexIsConsistent(w));
        QVERIFY(!found(word, id));
        stack.undo();
        QVERIFY(found(word, id));
        QVERIFY(indexIsConsistent(w));
        stack.redo();
        QVERIFY(!found(word, id));
        QVERIFY(indexIsConsistent(w));
        stack.undo();
        QVERIFY(indexIsConsistent(w));
    }

    // Text that comes from another record follows it: an interview's title names its person, a
    // person's text names their organization; deleting them cascades, and undo restores all.
    void followsRelatedRecords()
    {
        TempWorkspace tw;
        Workspace &w = tw.workspace;
        const Fixture f = build(w);
        SearchIndex &search = w.search();
        Person zoe = *w.people().find(f.zoe);
        zoe.lastName = QStringLiteral("Adeyemi");
        QVERIFY(w.people().update(zoe));
        QCOMPARE(sortedKeys(search.search(QStringLiteral("adeyemi"))),
                 (QStringList{QStringLiteral("interview:Interview with Zoë Adeyemi"),
                              QStringLiteral("person:Zoë Adeyemi")}));
        QVERIFY(search.search(QStringLiteral("okafor")).isEmpty());
        QVERIFY(indexIsConsistent(w));

        Organization harbor = *w.organizations().find(f.harbor);
        harbor.name = QStringLiteral("Lighthouse Analytics");
        QVERIFY(w.organizations().update(harbor));
        QVERIFY(hasHit(search.search(QStringLiteral("lighthouse")), SearchHit::Kind::Person, f.zoe));
        QVERIFY(indexIsConsistent(w));

        QUndoStack stack;
        stack.push(
            new RemoveRecordCommand<OrganizationRepository>(w.organizations(), f.harbor, QStringLiteral("Delete")));
        QVERIFY(search.search(QStringLiteral("lighthouse")).isEmpty());
        QVERIFY(indexIsConsistent(w));
        stack.undo();
        QVERIFY(hasHit(search.search(QStringLiteral("lighthouse")), SearchHit::Kind::Person, f.zoe));
        QVERIFY(indexIsConsistent(w));

        // Deleting Zoë takes her interview, its answer and her note out of the index.
        stack.push(new RemoveRecordCommand<PersonRepository>(w.people(), f.zoe, QStringLiteral("Delete")));
        QVERIFY(search.search(QStringLiteral("adeyemi")).isEmpty());
        QVERIFY(search.search(QStringLiteral("pipelines")).isEmpty());
        QVERIFY(search.search(QStringLiteral("resume")).isEmpty());
        QVERIFY(indexIsConsistent(w));
        stack.undo();
        QCOMPARE(search.search(QStringLiteral("pipelines")).size(), 1);
        QCOMPARE(search.search(QStringLiteral("resume")).size(), 1);
        QCOMPARE(search.search(QStringLiteral("adeyemi")).size(), 2);
        QVERIFY(indexIsConsistent(w));
    }

    void rebuiltWhenMissing()
    {
        TempWorkspace tw;
        build(tw.workspace);
        const int rows = expectedRows(tw.db().connection());
        exec(tw.db().connection(), QStringLiteral("DROP TABLE search_index"));
        QVERIFY(!tw.workspace.search().isReady());
        QVERIFY(tw.workspace.search().usesFallback());
        // Still finds everything, through the tables.
        QCOMPARE(tw.workspace.search().search(QStringLiteral("resume")).size(), 1);
        QVERIFY(tw.workspace.search().lastError().isEmpty());

        tw.db().close();
        QVERIFY(tw.workspace.open(tw.path).ok());
        QVERIFY(tw.workspace.search().isReady());
        QCOMPARE(scalar(tw.db().connection(), QStringLiteral("SELECT count(*) FROM search_index")), rows);
        QCOMPARE(tw.workspace.search().search(QStringLiteral("resume")).size(), 1);
        // Writes work again: the triggers point at the new table.
        Person p;
        p.firstName = QStringLiteral("Wren");
        QVERIFY(tw.workspace.people().add(p));
        QVERIFY(indexIsConsistent(tw.workspace));
    }

    void rebuiltWhenItsVersionDiffers()
    {
        TempWorkspace tw;
        build(tw.workspace);
        const int rows = expectedRows(tw.db().connection());
        // An index of another version: different content, which a rebuild must replace.
        exec(tw.db().connection(), QStringLiteral("DELETE FROM search_index WHERE kind = 'note'"));
        QVERIFY(tw.db().setSetting(SearchIndex::versionSetting(), QStringLiteral("0")));
        QVERIFY(!tw.workspace.search().isReady());

        tw.db().close();
        QVERIFY(tw.workspace.open(tw.path).ok());
        QCOMPARE(tw.db().setting(SearchIndex::versionSetting()), QString::number(SearchIndex::kVersion));
        QCOMPARE(scalar(tw.db().connection(), QStringLiteral("SELECT count(*) FROM search_index")), rows);
        QVERIFY(!tw.workspace.search().usesFallback());
        QCOMPARE(tw.workspace.search().search(QStringLiteral("resume")).size(), 1);

        // A missing trigger counts as out of date too.
        exec(tw.db().connection(), QStringLiteral("DROP TRIGGER search_index_notes_ai"));
        QVERIFY(!tw.workspace.search().isReady());
        QVERIFY(tw.workspace.search().ensure());
        QVERIFY(tw.workspace.search().isReady());
    }

    void readOnlyOpenLeavesTheFileAlone()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("plain.inroad"));
        {
            Database db;
            QVERIFY(db.open(path).ok());
            exec(db.connection(), QStringLiteral("INSERT INTO people(first_name, created_at, updated_at) "
                                                 "VALUES ('Zoë', 'x', 'x')"));
        }
        Workspace w;
        QVERIFY(w.open(path, Workspace::Setup::ReadOnly).ok());
        QCOMPARE(scalar(w.database().connection(),
                        QStringLiteral("SELECT count(*) FROM sqlite_master WHERE name GLOB 'search_index*'")),
                 0);
        QVERIFY(w.search().usesFallback());
        QCOMPARE(keys(w.search().search(QStringLiteral("zoe"))), QStringList{QStringLiteral("person:Zoë")});
    }

    void fallbackForcedByTheEnvironment()
    {
        TempWorkspace tw;
        build(tw.workspace);
        qputenv("INROAD_SEARCH_FALLBACK", "1");
        SearchIndex forced(tw.db());
        qunsetenv("INROAD_SEARCH_FALLBACK");
        QVERIFY(forced.forceFallback());
        QVERIFY(forced.isReady());
        QVERIFY(forced.usesFallback());
        QCOMPARE(sortedKeys(forced.search(QStringLiteral("zoe"))),
                 sortedKeys(tw.workspace.search().search(QStringLiteral("zoe"))));
        SearchIndex normal(tw.db());
        QVERIFY(!normal.usesFallback());
    }
};

QTEST_GUILESS_MAIN(TestSearchIndex)
#include "tst_searchindex.moc"
