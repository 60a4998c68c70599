#include "emptystate.h"
#include "searchdialog.h"
#include "searchresultmodel.h"
#include "testsupport.h"

#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QSignalSpy>
#include <QTest>

#include <memory>

using namespace Inroad;
using namespace InroadTest;

class TestSearchDialog : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void typingShowsGroupedResults();
    void downAndUpSkipHeaders();
    void enterActivatesTheSelectedHit();
    void enterRightAfterTypingUsesTheNewQuery();
    void doubleClickActivates();
    void nothingMatchesSaysSo();
    void emptyFieldShowsHint();
    void escapeRejects();
    void paintsHitsOnTwoLines();

private:
    void show();
    int currentRow() const { return m_dialog->list()->currentIndex().row(); }
    QString statusText() const { return m_dialog->findChild<QLabel *>(QStringLiteral("searchStatus"))->text(); }
    EmptyState *message() const { return m_dialog->findChild<EmptyState *>(QStringLiteral("searchMessage")); }

    std::unique_ptr<TempWorkspace> m_temp;
    std::unique_ptr<SearchDialog> m_dialog;
    qint64 m_harbor = 0;
    qint64 m_dana = 0;
    qint64 m_zoe = 0;
    qint64 m_note = 0;
};

void TestSearchDialog::init()
{
    m_temp = std::make_unique<TempWorkspace>();
    Workspace &w = m_temp->workspace;
    Organization o;
    o.name = QStringLiteral("Harbor & Sons");
    o.industry = QStringLiteral("Data platforms");
    QVERIFY(w.organizations().add(o));
    m_harbor = o.id;
    Person dana;
    dana.firstName = QStringLiteral("Dana");
    dana.lastName = QStringLiteral("Data");
    Person zoe;
    zoe.firstName = QStringLiteral("Zoë");
    zoe.lastName = QStringLiteral("Okafor");
    zoe.title = QStringLiteral("Data engineer");
    zoe.organizationId = o.id;
    QVERIFY(w.people().add(dana));
    QVERIFY(w.people().add(zoe));
    m_dana = dana.id;
    m_zoe = zoe.id;
    Note note;
    note.organizationId = o.id;
    note.title = QStringLiteral("Data <portfolio> & projects");
    note.body = QStringLiteral("Three projects with short write-ups about data pipelines.");
    QVERIFY(w.notes().add(note));
    m_note = note.id;

    m_dialog = std::make_unique<SearchDialog>(w);
}

void TestSearchDialog::cleanup()
{
    m_dialog.reset();
    m_temp.reset();
}

void TestSearchDialog::show()
{
    m_dialog->show();
    QVERIFY(QTest::qWaitForWindowActive(m_dialog.get()));
    QCOMPARE(QApplication::focusWidget(), m_dialog->field());
}

void TestSearchDialog::typingShowsGroupedResults()
{
    show();
    QSignalSpy resets(m_dialog->model(), &QAbstractItemModel::modelReset);
    QTest::keyClicks(m_dialog->field(), QStringLiteral("data"));
    // Nothing has run yet: the keys are coalesced into one search after a pause.
    QCOMPARE(m_dialog->list()->model()->rowCount(), 0);
    QTRY_COMPARE(m_dialog->list()->model()->rowCount(), 7);
    QCOMPARE(resets.count(), 1);

    const QAbstractItemModel *model = m_dialog->list()->model();
    QCOMPARE(model->index(0, 0).data().toString(), SearchHit::kindTitle(SearchHit::Kind::Person));
    QCOMPARE(model->index(1, 0).data(SearchResultModel::RecordIdRole).toLongLong(), m_dana);
    QCOMPARE(model->index(2, 0).data(SearchResultModel::RecordIdRole).toLongLong(), m_zoe);
    QCOMPARE(model->index(3, 0).data().toString(), SearchHit::kindTitle(SearchHit::Kind::Organization));
    QCOMPARE(model->index(5, 0).data().toString(), SearchHit::kindTitle(SearchHit::Kind::Note));
    QVERIFY(m_dialog->list()->isVisible());
    QVERIFY(!message()->isVisible());
    QCOMPARE(statusText(), QStringLiteral("4 results"));
    // The best hit is selected, ready for Enter.
    QCOMPARE(currentRow(), 1);
    QVERIFY(m_dialog->list()->selectionModel()->isRowSelected(1, {}));
}

void TestSearchDialog::downAndUpSkipHeaders()
{
    show();
    m_dialog->setQuery(QStringLiteral("data"));
    QCOMPARE(currentRow(), 1);
    QTest::keyClick(m_dialog->field(), Qt::Key_Down);
    QCOMPARE(currentRow(), 2);
    QTest::keyClick(m_dialog->field(), Qt::Key_Down); // over the Organizations heading
    QCOMPARE(currentRow(), 4);
    QCOMPARE(m_dialog->currentHit()->kind, SearchHit::Kind::Organization);
    QTest::keyClick(m_dialog->field(), Qt::Key_Down); // over the Notes heading
    QCOMPARE(currentRow(), 6);
    QTest::keyClick(m_dialog->field(), Qt::Key_Down); // the last hit stays selected
    QCOMPARE(currentRow(), 6);
    QTest::keyClick(m_dialog->field(), Qt::Key_Up);
    QCOMPARE(currentRow(), 4);
    QTest::keyClick(m_dialog->field(), Qt::Key_PageUp);
    QCOMPARE(currentRow(), 1);
    QTest::keyClick(m_dialog->field(), Qt::Key_Up); // never onto the People heading
    QCOMPARE(currentRow(), 1);
    // The field keeps the focus and the text throughout.
    QCOMPARE(QApplication::focusWidget(), m_dialog->field());
    QCOMPARE(m_dialog->field()->text(), QStringLiteral("data"));
}

void TestSearchDialog::enterActivatesTheSelectedHit()
{
    show();
    QSignalSpy activated(m_dialog.get(), &SearchDialog::hitActivated);
    m_dialog->setQuery(QStringLiteral("data"));
    for (int i = 0; i < 3; ++i)
        QTest::keyClick(m_dialog->field(), Qt::Key_Down);
    QTest::keyClick(m_dialog->field(), Qt::Key_Return);
    QCOMPARE(activated.count(), 1);
    const auto hit = activated.at(0).at(0).value<SearchHit>();
    QCOMPARE(hit.kind, SearchHit::Kind::Note);
    QCOMPARE(hit.recordId, m_note);
    QCOMPARE(hit.title, QStringLiteral("Data <portfolio> & projects"));
    QCOMPARE(m_dialog->result(), int(QDialog::Accepted));
    QVERIFY(!m_dialog->isVisible());
}

void TestSearchDialog::enterRightAfterTypingUsesTheNewQuery()
{
    show();
    m_dialog->setQuery(QStringLiteral("data"));
    QSignalSpy activated(m_dialog.get(), &SearchDialog::hitActivated);
    m_dialog->field()->selectAll();
    QTest::keyClicks(m_dialog->field(), QStringLiteral("okaf"));
    QTest::keyClick(m_dialog->field(), Qt::Key_Enter);
    QCOMPARE(activated.count(), 1);
    const auto hit = activated.at(0).at(0).value<SearchHit>();
    QCOMPARE(hit.kind, SearchHit::Kind::Person);
    QCOMPARE(hit.recordId, m_zoe);
}

void TestSearchDialog::doubleClickActivates()
{
    show();
    QSignalSpy activated(m_dialog.get(), &SearchDialog::hitActivated);
    m_dialog->setQuery(QStringLiteral("platforms"));
    QListView *list = m_dialog->list();
    const int row = m_dialog->model()->firstHitRow();
    QVERIFY(row >= 0);
    const QRect rect = list->visualRect(list->model()->index(row, 0));
    QVERIFY(rect.height() > 2 * list->fontMetrics().height()); // two lines: title and snippet
    QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, rect.center());
    QTest::mouseDClick(list->viewport(), Qt::LeftButton, {}, rect.center());
    QCOMPARE(activated.count(), 1);
    const auto hit = activated.at(0).at(0).value<SearchHit>();
    QCOMPARE(hit.kind, SearchHit::Kind::Organization);
    QCOMPARE(hit.recordId, m_harbor);

    // A heading is not a record: double-clicking it does nothing.
    m_dialog->show();
    m_dialog->setQuery(QStringLiteral("platforms"));
    const QRect header = list->visualRect(list->model()->index(0, 0));
    QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, header.center());
    QTest::mouseDClick(list->viewport(), Qt::LeftButton, {}, header.center());
    QCOMPARE(activated.count(), 1);
    QVERIFY(m_dialog->isVisible());
}

void TestSearchDialog::nothingMatchesSaysSo()
{
    show();
    QSignalSpy activated(m_dialog.get(), &SearchDialog::hitActivated);
    QTest::keyClicks(m_dialog->field(), QStringLiteral("zzqx"));
    QTRY_COMPARE(message()->title(), QStringLiteral("Nothing matches “zzqx”."));
    QVERIFY(message()->isVisible());
    QVERIFY(!m_dialog->list()->isVisible());
    QCOMPARE(message()->text(), QStringLiteral("Try fewer or shorter words."));
    QCOMPARE(statusText(), QString());
    QTest::keyClick(m_dialog->field(), Qt::Key_Return);
    QCOMPARE(activated.count(), 0);
    QVERIFY(m_dialog->isVisible());
}

void TestSearchDialog::emptyFieldShowsHint()
{
    show();
    QVERIFY(message()->isVisible());
    QCOMPARE(message()->text(),
             QStringLiteral("Type words or the beginnings of words; case and accents don't matter."));
    m_dialog->setQuery(QStringLiteral("data"));
    QVERIFY(!message()->isVisible());
    // The clear button empties the list and brings the hint back.
    m_dialog->field()->selectAll();
    QTest::keyClick(m_dialog->field(), Qt::Key_Backspace);
    QTRY_VERIFY(message()->isVisible());
    QCOMPARE(m_dialog->list()->model()->rowCount(), 0);
    QVERIFY(message()->text().startsWith(QStringLiteral("Type words")));
}

void TestSearchDialog::escapeRejects()
{
    show();
    QSignalSpy activated(m_dialog.get(), &SearchDialog::hitActivated);
    m_dialog->setQuery(QStringLiteral("data"));
    QTest::keyClick(m_dialog->field(), Qt::Key_Escape);
    QVERIFY(!m_dialog->isVisible());
    QCOMPARE(m_dialog->result(), int(QDialog::Rejected));
    QCOMPARE(activated.count(), 0);
}

void TestSearchDialog::paintsHitsOnTwoLines()
{
    show();
    m_dialog->setQuery(QStringLiteral("portfolio"));
    QCOMPARE(m_dialog->model()->hitCount(), 1);
    // Painting runs the delegate over a title with markup characters in it.
    const QImage image = m_dialog->grab().toImage();
    QVERIFY(!image.isNull());
    const QSize hint =
        m_dialog->list()->itemDelegate()->sizeHint(QStyleOptionViewItem(), m_dialog->model()->index(1, 0));
    QVERIFY(hint.height() >= 2 * m_dialog->list()->fontMetrics().lineSpacing());
}

QTEST_MAIN(TestSearchDialog)
#include "tst_searchdialog.moc"
