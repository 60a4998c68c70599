#include "searchresultmodel.h"
#include "testsupport.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

#include <memory>

using namespace Inroad;
using namespace InroadTest;

namespace {

// One record of each kind mentions "data"; Dana Data has it in her name, Zoë only in her title.
struct Fixture
{
    qint64 harbor = 0;
    qint64 dana = 0;
    qint64 zoe = 0;
    qint64 interview = 0;
    qint64 answer = 0;
    qint64 note = 0;
};

Fixture build(Workspace &w)
{
    Fixture f;
    Organization o;
    o.name = QStringLiteral("Harbor & Sons <script>alert(1)</script>");
    o.industry = QStringLiteral("Data platforms");
    if (!w.organizations().add(o))
        return f;
    f.harbor = o.id;

    Person dana;
    dana.firstName = QStringLiteral("Dana");
    dana.lastName = QStringLiteral("Data");
    Person zoe;
    zoe.firstName = QStringLiteral("Zoë");
    zoe.lastName = QStringLiteral("Okafor");
    zoe.title = QStringLiteral("Data engineer");
    zoe.organizationId = o.id;
    if (!w.people().add(dana) || !w.people().add(zoe))
        return f;
    f.dana = dana.id;
    f.zoe = zoe.id;

    Interview i;
    i.personId = zoe.id;
    i.organizationId = o.id;
    i.purpose = QStringLiteral("Learn how data teams hire juniors");
    if (!w.interviews().add(i))
        return f;
    f.interview = i.id;

    QList<InterviewQuestion> questions(1);
    questions[0].text = QStringLiteral("What does a typical day look like?");
    questions[0].answer = QStringLiteral("Mostly data pipelines, code review and meetings.");
    if (!w.interviewQuestions().insert(i.id, -1, questions))
        return f;
    f.answer = questions[0].id;

    Note note;
    note.personId = zoe.id;
    note.title = QStringLiteral("Data portfolio");
    note.body = QStringLiteral("Three projects with short write-ups.");
    if (!w.notes().add(note))
        return f;
    f.note = note.id;
    return f;
}

// "kind:id" for every hit row, in row order; "#kind" for every header.
QStringList rowKeys(const SearchResultModel &model)
{
    QStringList out;
    for (int row = 0; row < model.rowCount(); ++row) {
        const QModelIndex index = model.index(row, 0);
        const auto kind = SearchHit::Kind(index.data(SearchResultModel::KindRole).toInt());
        if (index.data(SearchResultModel::IsHeaderRole).toBool())
            out << QLatin1Char('#') + SearchHit::kindKey(kind);
        else
            out << SearchHit::kindKey(kind) + QLatin1Char(':')
                       + QString::number(index.data(SearchResultModel::RecordIdRole).toLongLong());
    }
    return out;
}

QString key(SearchHit::Kind kind, qint64 id)
{
    return SearchHit::kindKey(kind) + QLatin1Char(':') + QString::number(id);
}

} // namespace

class TestSearchResultModel : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void groupsHitsUnderHeaders();
    void headersAreNotSelectable();
    void rolesDescribeTheHit();
    void highlightsAreEscapedHtml_data();
    void highlightsAreEscapedHtml();
    void queryWithoutWordsIsEmpty_data();
    void queryWithoutWordsIsEmpty();
    void newQueryResetsTheList();
    void limitCapsTheHits();
    void fallbackFindsTheSameRecords();

private:
    std::unique_ptr<TempWorkspace> m_temp;
    std::unique_ptr<SearchResultModel> m_model;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
    Fixture m_f;
};

void TestSearchResultModel::init()
{
    m_temp = std::make_unique<TempWorkspace>();
    m_f = build(m_temp->workspace);
    QVERIFY(m_f.note > 0);
    m_model = std::make_unique<SearchResultModel>(m_temp->workspace.search());
    m_tester = std::make_unique<QAbstractItemModelTester>(m_model.get(),
                                                          QAbstractItemModelTester::FailureReportingMode::QtTest);
}

void TestSearchResultModel::cleanup()
{
    m_tester.reset();
    m_model.reset();
    m_temp.reset();
}

void TestSearchResultModel::groupsHitsUnderHeaders()
{
    m_model->setQuery(QStringLiteral("data"));
    using K = SearchHit::Kind;
    // Kinds in enum order, a name match before a match in the job title.
    const QStringList expected{QStringLiteral("#person"),
                               key(K::Person, m_f.dana),
                               key(K::Person, m_f.zoe),
                               QStringLiteral("#organization"),
                               key(K::Organization, m_f.harbor),
                               QStringLiteral("#interview"),
                               key(K::Interview, m_f.interview),
                               QStringLiteral("#answer"),
                               key(K::Answer, m_f.answer),
                               QStringLiteral("#note"),
                               key(K::Note, m_f.note)};
    QCOMPARE(rowKeys(*m_model), expected);
    QCOMPARE(m_model->hitCount(), 6);
    QCOMPARE(m_model->firstHitRow(), 1);
    QCOMPARE(m_model->index(0, 0).data().toString(), SearchHit::kindTitle(K::Person));
    QCOMPARE(m_model->index(3, 0).data().toString(), SearchHit::kindTitle(K::Organization));
    QCOMPARE(m_model->index(9, 0).data().toString(), SearchHit::kindTitle(K::Note));

    // Only the kinds that have hits get a header.
    m_model->setQuery(QStringLiteral("okafor"));
    QCOMPARE(rowKeys(*m_model).first(), QStringLiteral("#person"));
    QVERIFY(!rowKeys(*m_model).contains(QStringLiteral("#organization")));
    QCOMPARE(m_model->hit(1)->recordId, m_f.zoe);
}

void TestSearchResultModel::headersAreNotSelectable()
{
    m_model->setQuery(QStringLiteral("data"));
    for (int row = 0; row < m_model->rowCount(); ++row) {
        const QModelIndex index = m_model->index(row, 0);
        const bool header = index.data(SearchResultModel::IsHeaderRole).toBool();
        QVERIFY(m_model->flags(index).testFlag(Qt::ItemIsEnabled));
        QCOMPARE(m_model->flags(index).testFlag(Qt::ItemIsSelectable), !header);
        QCOMPARE(m_model->hit(row).has_value(), !header);
    }
    QVERIFY(!m_model->hit(-1));
    QVERIFY(!m_model->hit(m_model->rowCount()));
}

void TestSearchResultModel::rolesDescribeTheHit()
{
    m_model->setQuery(QStringLiteral("pipelines"));
    QCOMPARE(m_model->rowCount(), 2);
    const QModelIndex answer = m_model->index(1, 0);
    QCOMPARE(answer.data(SearchResultModel::KindRole).toInt(), int(SearchHit::Kind::Answer));
    QCOMPARE(answer.data(SearchResultModel::IsHeaderRole).toBool(), false);
    QCOMPARE(answer.data(Qt::DisplayRole).toString(), QStringLiteral("What does a typical day look like?"));
    QCOMPARE(answer.data(SearchResultModel::RecordIdRole).toLongLong(), m_f.answer);
    QCOMPARE(answer.data(SearchResultModel::InterviewIdRole).toLongLong(), m_f.interview);
    QVERIFY2(answer.data(SearchResultModel::ContextRole).toString().contains(QStringLiteral("Zoë Okafor")),
             qPrintable(answer.data(SearchResultModel::ContextRole).toString()));
    QVERIFY(answer.data(SearchResultModel::SnippetHtmlRole).toString().contains(QStringLiteral("<b>pipelines</b>")));
    QVERIFY(!answer.data(SearchResultModel::TitleHtmlRole).toString().contains(QStringLiteral("<b>")));
    const QString tip = answer.data(Qt::ToolTipRole).toString();
    QVERIFY(tip.contains(QStringLiteral("What does a typical day look like?")));
    QVERIFY(tip.contains(QStringLiteral("pipelines")));

    const QModelIndex header = m_model->index(0, 0);
    QCOMPARE(header.data(SearchResultModel::KindRole).toInt(), int(SearchHit::Kind::Answer));
    QCOMPARE(header.data(SearchResultModel::RecordIdRole).toLongLong(), 0);
    QVERIFY(header.data(SearchResultModel::TitleHtmlRole).isNull());

    // A note says what it is about; a person has no context.
    m_model->setQuery(QStringLiteral("portfolio"));
    const int noteRow = m_model->firstHitRow();
    QCOMPARE(m_model->hit(noteRow)->kind, SearchHit::Kind::Note);
    QCOMPARE(m_model->index(noteRow, 0).data(SearchResultModel::ContextRole).toString(), QStringLiteral("Zoë Okafor"));
    QCOMPARE(m_model->index(noteRow, 0).data(SearchResultModel::InterviewIdRole).toLongLong(), 0);
    QCOMPARE(m_model->index(noteRow, 0).data(SearchResultModel::TitleHtmlRole).toString(),
             QStringLiteral("Data <b>portfolio</b>"));
}

void TestSearchResultModel::highlightsAreEscapedHtml_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<QString>("titleHtml");
    QTest::newRow("name") << QStringLiteral("harbor")
                          << QStringLiteral("<b>Harbor</b> &amp; Sons &lt;script&gt;alert(1)&lt;/script&gt;");
    const QString markup = QStringLiteral("Harbor &amp; Sons &lt;<b>script</b>&gt;alert(1)&lt;/<b>script</b>&gt;");
    QTest::newRow("markup word") << QStringLiteral("scrip") << markup;
}

void TestSearchResultModel::highlightsAreEscapedHtml()
{
    QFETCH(QString, query);
    QFETCH(QString, titleHtml);
    m_model->setQuery(query);
    // Zoë works there, so she is found too; the organization has the name in its title.
    const int row = int(rowKeys(*m_model).indexOf(key(SearchHit::Kind::Organization, m_f.harbor)));
    QVERIFY(row >= 0);
    const QModelIndex index = m_model->index(row, 0);
    QCOMPARE(index.data(SearchResultModel::TitleHtmlRole).toString(), titleHtml);
    QCOMPARE(index.data(Qt::DisplayRole).toString(), QStringLiteral("Harbor & Sons <script>alert(1)</script>"));
}

void TestSearchResultModel::queryWithoutWordsIsEmpty_data()
{
    QTest::addColumn<QString>("query");
    QTest::newRow("empty") << QString();
    QTest::newRow("spaces") << QStringLiteral("   ");
    QTest::newRow("punctuation") << QStringLiteral("\"* - ()");
}

void TestSearchResultModel::queryWithoutWordsIsEmpty()
{
    QFETCH(QString, query);
    m_model->setQuery(QStringLiteral("data"));
    QVERIFY(m_model->rowCount() > 0);
    m_model->setQuery(query);
    QCOMPARE(m_model->rowCount(), 0);
    QCOMPARE(m_model->hitCount(), 0);
    QCOMPARE(m_model->firstHitRow(), -1);
    QVERIFY(!m_model->hit(0));
}

void TestSearchResultModel::newQueryResetsTheList()
{
    QSignalSpy resets(m_model.get(), &QAbstractItemModel::modelReset);
    m_model->setQuery(QStringLiteral("data"));
    m_model->setQuery(QStringLiteral("dat"));
    QCOMPARE(resets.count(), 2);
    QCOMPARE(m_model->query(), QStringLiteral("dat"));
    QCOMPARE(m_model->hitCount(), 6);
    m_model->setQuery(QStringLiteral("data engineer"));
    QCOMPARE(m_model->hitCount(), 1);
    QCOMPARE(m_model->hit(1)->recordId, m_f.zoe);
}

void TestSearchResultModel::limitCapsTheHits()
{
    m_model->setLimit(2);
    m_model->setQuery(QStringLiteral("data"));
    QCOMPARE(m_model->hitCount(), 2);
    // The two best hits overall, each under its kind's header.
    const QStringList keys = rowKeys(*m_model);
    QCOMPARE(keys.size() - keys.filter(QStringLiteral("#")).size(), 2);
    QCOMPARE(keys.mid(0, 2), (QStringList{QStringLiteral("#person"), key(SearchHit::Kind::Person, m_f.dana)}));
    m_model->setLimit(SearchResultModel::kDefaultLimit);
    m_model->setQuery(QStringLiteral("data"));
    QCOMPARE(m_model->hitCount(), 6);
}

void TestSearchResultModel::fallbackFindsTheSameRecords()
{
    SearchIndex &index = m_temp->workspace.search();
    m_model->setQuery(QStringLiteral("data"));
    QCOMPARE(m_model->usesFallback(), index.usesFallback());
    if (index.hasFts5())
        QVERIFY(!m_model->usesFallback());
    const QStringList indexed = rowKeys(*m_model);

    index.setForceFallback(true);
    m_model->setQuery(QStringLiteral("data"));
    QVERIFY(m_model->usesFallback());
    QStringList fallback = rowKeys(*m_model);
    QCOMPARE(fallback.size(), indexed.size());
    // Headers sit at the same rows; within a kind only the order may differ.
    for (int row = 0; row < indexed.size(); ++row)
        QCOMPARE(fallback.at(row).startsWith(QLatin1Char('#')), indexed.at(row).startsWith(QLatin1Char('#')));
    QStringList a = indexed;
    a.sort();
    fallback.sort();
    QCOMPARE(fallback, a);
    index.setForceFallback(false);
}

QTEST_GUILESS_MAIN(TestSearchResultModel)
#include "tst_searchresultmodel.moc"
