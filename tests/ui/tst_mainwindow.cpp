#include "areaview.h"
#include "interviewsview.h"
#include "referralgraphview.h"
#include "questionsarea.h"
#include "notesview.h"
#include "statisticsarea.h"
#include "todayview.h"
#include "database.h"
#include "mainwindow.h"
#include "organizationsview.h"
#include "peopleview.h"
#include "personlistmodel.h"
#include "testsupport.h"
#include "workspace.h"

#include <QAbstractItemView>
#include <QAction>
#include <QApplication>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPointer>
#include <QSettings>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTest>
#include <QTimer>
#include <QUndoStack>

#include <memory>

using namespace Inroad;
using namespace InroadTest;

namespace {

/// Answers every message box the code under test opens, remembering what it said.
class MessageBoxCloser final : public QObject
{
public:
    MessageBoxCloser()
    {
        connect(&m_timer, &QTimer::timeout, this, [this] {
            if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget())) {
                texts << box->text();
                box->done(QMessageBox::Ok);
            }
        });
        m_timer.start(20);
    }
    QStringList texts;

private:
    QTimer m_timer;
};

std::unique_ptr<Workspace> openWorkspace(const QString &path)
{
    auto workspace = std::make_unique<Workspace>();
    const DatabaseReport report = workspace->open(path);
    if (!report.ok())
        qWarning("cannot open %s: %s", qPrintable(path), qPrintable(report.message));
    return report.ok() ? std::move(workspace) : nullptr;
}

qint64 addPerson(Workspace &workspace, const QString &first, const QString &last)
{
    Person person;
    person.firstName = first;
    person.lastName = last;
    if (!workspace.people().add(person))
        return 0;
    return person.id;
}

QAction *action(const MainWindow &window, const char *name)
{
    auto *found = window.findChild<QAction *>(QLatin1String(name));
    if (!found)
        qWarning("no action %s", name);
    return found;
}

PeopleView *peopleView(const MainWindow &window)
{
    for (int i = 0; i < window.areaCount(); ++i) {
        if (auto *view = qobject_cast<PeopleView *>(window.area(i)))
            return view;
    }
    return nullptr;
}

int indexOfArea(const MainWindow &window, const QMetaObject &type)
{
    for (int i = 0; i < window.areaCount(); ++i) {
        if (window.area(i)->metaObject() == &type)
            return i;
    }
    return -1;
}

} // namespace

class TestMainWindow final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        // A workspace opened in a new window would otherwise greet the user with a modal dialog.
        qputenv("INROAD_NO_WELCOME", "1");
        QCoreApplication::setOrganizationName(QStringLiteral("inroad-test"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_mainwindow"));
    }

    void init()
    {
        QSettings().clear();
        m_tempDir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_tempDir->isValid());
    }
    void cleanup() { m_tempDir.reset(); }

    void sidebarListsExactlyTheAreasThatExist()
    {
        MainWindow window(openWorkspace(m_tempDir->filePath(QStringLiteral("a.inroad"))));
        auto *sidebar = window.findChild<QListWidget *>(QStringLiteral("sidebar"));
        QVERIFY(sidebar);
        QCOMPARE(window.areaCount(), 8);
        QCOMPARE(sidebar->count(), window.areaCount());
        QCOMPARE(indexOfArea(window, TodayView::staticMetaObject), 0); // the first screen
        QCOMPARE(indexOfArea(window, PeopleView::staticMetaObject), 1);
        QCOMPARE(indexOfArea(window, OrganizationsView::staticMetaObject), 2);
        QCOMPARE(indexOfArea(window, InterviewsView::staticMetaObject), 3);
        QCOMPARE(indexOfArea(window, QuestionsArea::staticMetaObject), 4);
        QCOMPARE(indexOfArea(window, NotesView::staticMetaObject), 5);
        QCOMPARE(indexOfArea(window, ReferralGraphView::staticMetaObject), 6);
        QCOMPARE(indexOfArea(window, StatisticsArea::staticMetaObject), 7);
        for (int i = 0; i < window.areaCount(); ++i) {
            QCOMPARE(sidebar->item(i)->text(), window.area(i)->title());
            QVERIFY(!sidebar->item(i)->icon().isNull());
        }
    }

    void ctrlNumberSwitchesAreas()
    {
        MainWindow window(openWorkspace(m_tempDir->filePath(QStringLiteral("b.inroad"))));
        window.show();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        auto *sidebar = window.findChild<QListWidget *>(QStringLiteral("sidebar"));
        auto *search = window.findChild<QLineEdit *>(QStringLiteral("searchField"));
        QCOMPARE(window.currentAreaIndex(), 0);

        QTest::keyClick(&window, Qt::Key_3, Qt::ControlModifier);
        QCOMPARE(window.currentAreaIndex(), 2);
        QCOMPARE(sidebar->currentRow(), 2);
        QVERIFY(window.area(2)->isVisible());
        QVERIFY(!window.area(0)->isVisible());
        QVERIFY(action(window, "actionArea_organizations")->isChecked());
        QCOMPARE(search->placeholderText(), QStringLiteral("Filter organizations…"));

        QTest::keyClick(&window, Qt::Key_2, Qt::ControlModifier);
        QCOMPARE(window.currentAreaIndex(), 1);
        QCOMPARE(sidebar->currentRow(), 1);
        QCOMPARE(search->placeholderText(), QStringLiteral("Filter people…"));

        // Statistics has no list to filter and nothing to add.
        QTest::keyClick(&window, Qt::Key_8, Qt::ControlModifier);
        QCOMPARE(window.currentAreaIndex(), 7);
        QVERIFY(!search->isEnabled());
        QVERIFY(!action(window, "actionNew")->isEnabled());
        QTest::keyClick(&window, Qt::Key_4, Qt::ControlModifier);
        QVERIFY(search->isEnabled());
        QVERIFY(action(window, "actionNew")->isEnabled());

        // Choosing in the sidebar works the same way.
        sidebar->setCurrentRow(2);
        QCOMPARE(window.currentAreaIndex(), 2);
    }

    void searchFieldFiltersTheCurrentArea()
    {
        auto workspace = openWorkspace(m_tempDir->filePath(QStringLiteral("c.inroad")));
        QVERIFY(addPerson(*workspace, QStringLiteral("Ada"), QStringLiteral("Lovelace")));
        QVERIFY(addPerson(*workspace, QStringLiteral("Grace"), QStringLiteral("Hopper")));
        QVERIFY(addPerson(*workspace, QStringLiteral("Alan"), QStringLiteral("Turing")));
        MainWindow window(std::move(workspace));
        window.show();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        PeopleView *people = peopleView(window);
        QAbstractItemModel *model = people->listView()->model();
        QCOMPARE(model->rowCount(), 3);
        QTest::keyClick(&window, Qt::Key_2, Qt::ControlModifier);

        auto *search = window.findChild<QLineEdit *>(QStringLiteral("searchField"));
        QVERIFY(search->isClearButtonEnabled());
        QTest::keyClick(&window, Qt::Key_F, Qt::ControlModifier);
        QVERIFY(search->hasFocus());
        QTest::keyClicks(search, QStringLiteral("hopper"));
        QTRY_COMPARE(model->rowCount(), 1);

        // Each area keeps its own filter.
        QTest::keyClick(&window, Qt::Key_3, Qt::ControlModifier);
        QCOMPARE(search->text(), QString());
        QTest::keyClick(&window, Qt::Key_2, Qt::ControlModifier);
        QCOMPARE(search->text(), QStringLiteral("hopper"));
        QCOMPARE(model->rowCount(), 1);

        // Esc clears it.
        search->setFocus();
        QTest::keyClick(search, Qt::Key_Escape);
        QCOMPARE(search->text(), QString());
        QTRY_COMPARE(model->rowCount(), 3);
    }

    void undoAndRedoFollowTheStack()
    {
        auto workspace = openWorkspace(m_tempDir->filePath(QStringLiteral("d.inroad")));
        const qint64 id = addPerson(*workspace, QStringLiteral("Ada"), QStringLiteral("Lovelace"));
        QVERIFY(id);
        MainWindow window(std::move(workspace));
        window.show();
        QAction *undo = action(window, "actionUndo");
        QAction *redo = action(window, "actionRedo");
        QVERIFY(undo && redo);
        QCOMPARE(undo->shortcut(), QKeySequence(QKeySequence::Undo));
        QCOMPARE(redo->shortcut(), QKeySequence(QKeySequence::Redo));
        QVERIFY(!undo->isEnabled());
        QVERIFY(!redo->isEnabled());

        // An edit made in the People list goes on the window's stack.
        QAbstractItemModel *model = peopleView(window)->listView()->model();
        QCOMPARE(model->rowCount(), 1);
        QVERIFY(model->setData(model->index(0, PersonListModel::FirstNameColumn), QStringLiteral("Augusta")));
        QCOMPARE(window.undoStack().count(), 1);
        QCOMPARE(window.workspace().people().find(id)->firstName, QStringLiteral("Augusta"));
        QVERIFY(undo->isEnabled());
        QVERIFY(!redo->isEnabled());

        undo->trigger();
        QCOMPARE(window.workspace().people().find(id)->firstName, QStringLiteral("Ada"));
        QVERIFY(!undo->isEnabled());
        QVERIFY(redo->isEnabled());

        redo->trigger();
        QCOMPARE(window.workspace().people().find(id)->firstName, QStringLiteral("Augusta"));
        QVERIFY(undo->isEnabled());
        QVERIFY(!redo->isEnabled());
    }

    void deleteIsEnabledOnlyWithASelection()
    {
        auto workspace = openWorkspace(m_tempDir->filePath(QStringLiteral("e.inroad")));
        QVERIFY(addPerson(*workspace, QStringLiteral("Ada"), QStringLiteral("Lovelace")));
        QVERIFY(addPerson(*workspace, QStringLiteral("Grace"), QStringLiteral("Hopper")));
        MainWindow window(std::move(workspace));
        window.show();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        QAction *remove = action(window, "actionDelete");
        QCOMPARE(remove->shortcut(), QKeySequence(QKeySequence::Delete));
        window.setCurrentArea(indexOfArea(window, PeopleView::staticMetaObject));

        QAbstractItemView *list = peopleView(window)->listView();
        list->selectionModel()->clear();
        QTRY_VERIFY(!remove->isEnabled());

        list->selectionModel()->setCurrentIndex(list->model()->index(0, 0),
                                                QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        QTRY_VERIFY(remove->isEnabled());
        remove->trigger();
        QTRY_COMPARE(window.workspace().people().count(), 1);
        window.undoStack().undo();
        QCOMPARE(window.workspace().people().count(), 2);

        // Organizations has none: nothing to delete there.
        QTest::keyClick(&window, Qt::Key_3, Qt::ControlModifier);
        QVERIFY(!remove->isEnabled());
    }

    void activatingARecordOpensItsArea()
    {
        auto workspace = openWorkspace(m_tempDir->filePath(QStringLiteral("links.inroad")));
        Organization acme;
        acme.name = QStringLiteral("Acme Research");
        QVERIFY(workspace->organizations().add(acme));
        Person ada;
        ada.firstName = QStringLiteral("Ada");
        ada.lastName = QStringLiteral("Lovelace");
        ada.organizationId = acme.id;
        QVERIFY(workspace->people().add(ada));
        MainWindow window(std::move(workspace));
        window.show();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        auto *search = window.findChild<QLineEdit *>(QStringLiteral("searchField"));
        const int peopleIndex = indexOfArea(window, PeopleView::staticMetaObject);
        const int organizationsIndex = indexOfArea(window, OrganizationsView::staticMetaObject);
        auto *people = qobject_cast<PeopleView *>(window.area(peopleIndex));
        auto *organizations = qobject_cast<OrganizationsView *>(window.area(organizationsIndex));

        // A filter that hides the organization is cleared on the way.
        window.setCurrentArea(organizationsIndex);
        QTest::keyClicks(search, QStringLiteral("nothing like it"));
        QTRY_COMPARE(organizations->listView()->model()->rowCount(), 0);
        window.setCurrentArea(peopleIndex);

        emit people->organizationActivated(acme.id);
        QCOMPARE(window.currentAreaIndex(), organizationsIndex);
        QCOMPARE(search->text(), QString());
        QCOMPARE(organizations->currentOrganizationId(), acme.id);

        emit organizations->personActivated(ada.id);
        QCOMPARE(window.currentAreaIndex(), peopleIndex);
        QCOMPARE(people->currentPersonId(), ada.id);
    }

    void windowStateIsRestored()
    {
        const QString path = m_tempDir->filePath(QStringLiteral("f.inroad"));
        {
            MainWindow first(openWorkspace(path));
            // Without saved state the window opens at a good size that fits the screen.
            const QSize available = first.screen()->availableGeometry().size();
            QCOMPARE(first.size(), QSize(1200, 760).boundedTo(available * 0.95));
            first.show();
            QVERIFY(QTest::qWaitForWindowExposed(&first));
            first.resize(900, 560);
            action(first, "actionSidebar")->trigger();
            QTest::keyClick(&first, Qt::Key_2, Qt::ControlModifier);
            QVERIFY(first.findChild<QListWidget *>(QStringLiteral("sidebar"))->isHidden());
            first.close();
        }
        MainWindow second(openWorkspace(path));
        second.show();
        QVERIFY(QTest::qWaitForWindowExposed(&second));
        QCOMPARE(second.size(), QSize(900, 560));
        QCOMPARE(second.currentAreaIndex(), 0); // every session starts on Today
        QVERIFY(!action(second, "actionSidebar")->isChecked());
        QVERIFY(second.findChild<QListWidget *>(QStringLiteral("sidebar"))->isHidden());
    }

    void todayCountsWhatIsDueInTheSidebar()
    {
        auto workspace = openWorkspace(m_tempDir->filePath(QStringLiteral("today.inroad")));
        const qint64 id = addPerson(*workspace, QStringLiteral("Ada"), QStringLiteral("Lovelace"));
        MainWindow window(std::move(workspace));
        auto *sidebar = window.findChild<QListWidget *>(QStringLiteral("sidebar"));
        QCOMPARE(sidebar->item(0)->text(), QStringLiteral("Today"));

        // An interview held three days ago: its thank-you is overdue.
        Interview interview;
        interview.personId = id;
        interview.status = InterviewStatus::Done;
        interview.scheduledStart = QDateTime::currentDateTimeUtc().addDays(-3);
        window.undoStack().push(window.workspace().workflow().addInterview(interview));
        QTRY_COMPARE(sidebar->item(0)->text(), QStringLiteral("Today (1)"));
        window.undoStack().undo();
        QTRY_COMPARE(sidebar->item(0)->text(), QStringLiteral("Today"));
    }

    void areasOpenRecordsOfOtherAreas()
    {
        auto workspace = openWorkspace(m_tempDir->filePath(QStringLiteral("open.inroad")));
        const qint64 id = addPerson(*workspace, QStringLiteral("Ada"), QStringLiteral("Lovelace"));
        MainWindow window(std::move(workspace));
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        emit window.area(0)->recordRequested(QStringLiteral("people"), id);
        QCOMPARE(window.currentAreaIndex(), indexOfArea(window, PeopleView::staticMetaObject));
        QCOMPARE(peopleView(window)->currentPersonId(), id);
    }

    void selectionFollowsBetweenPeopleAndTheGraph()
    {
        auto workspace = openWorkspace(m_tempDir->filePath(QStringLiteral("sync.inroad")));
        const qint64 ada = addPerson(*workspace, QStringLiteral("Ada"), QStringLiteral("Lovelace"));
        const qint64 grace = addPerson(*workspace, QStringLiteral("Grace"), QStringLiteral("Hopper"));
        MainWindow window(std::move(workspace));
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        PeopleView *people = peopleView(window);
        auto *graph = qobject_cast<ReferralGraphView *>(window.area(indexOfArea(window, ReferralGraphView::staticMetaObject)));
        QVERIFY(graph);

        // Chosen in the People list: selected in the graph too.
        window.setCurrentArea(indexOfArea(window, PeopleView::staticMetaObject));
        QAbstractItemView *list = people->listView();
        const int row = people->listView()->model()->index(0, 0).data(Qt::DisplayRole).toString() == QStringLiteral("Grace") ? 1 : 0;
        list->selectionModel()->setCurrentIndex(list->model()->index(row, 0),
                                                QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        QCOMPARE(people->currentPersonId(), ada);
        window.setCurrentArea(indexOfArea(window, ReferralGraphView::staticMetaObject));
        QTRY_COMPARE(graph->selectedPersonId(), ada);

        // Chosen in the graph: the People list follows.
        emit graph->personSelected(grace);
        QCOMPARE(people->currentPersonId(), grace);
    }

    void exportCalendarWritesTheScheduledInterviews()
    {
        auto workspace = openWorkspace(m_tempDir->filePath(QStringLiteral("calendar.inroad")));
        const qint64 id = addPerson(*workspace, QStringLiteral("Ada"), QStringLiteral("Lovelace"));
        MainWindow window(std::move(workspace));
        Interview interview;
        interview.personId = id;
        interview.status = InterviewStatus::Scheduled;
        interview.scheduledStart = QDateTime::fromString(QStringLiteral("2026-12-01T15:00:00Z"), Qt::ISODate);
        window.undoStack().push(window.workspace().workflow().addInterview(interview));

        const QString path = m_tempDir->filePath(QStringLiteral("interviews.ics"));
        QString error;
        QVERIFY2(window.exportCalendar(path, false, &error), qPrintable(error));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray ics = file.readAll();
        QVERIFY(ics.startsWith("BEGIN:VCALENDAR\r\n"));
        QVERIFY(ics.contains("DTSTART:20261201T150000Z\r\n"));
        QVERIFY(ics.contains("Ada Lovelace"));

        // A folder that cannot be written to is reported, not half-written.
        QVERIFY(!window.exportCalendar(m_tempDir->filePath(QStringLiteral("missing/folder/x.ics")), false, &error));
        QVERIFY(error.contains(QStringLiteral("could not be written")));
    }

    void writeFailureIsShown()
    {
        MainWindow window(openWorkspace(m_tempDir->filePath(QStringLiteral("g.inroad"))));
        window.show();
        MessageBoxCloser closer;
        emit window.workspace().database().writeFailed(QStringLiteral("Your change could not be saved: disk full"));
        QTRY_COMPARE(closer.texts, QStringList{QStringLiteral("Your change could not be saved: disk full")});
    }

    void statusBarShowsAreaAndFile()
    {
        MainWindow window(openWorkspace(m_tempDir->filePath(QStringLiteral("notes.inroad"))));
        window.show();
        QCOMPARE(window.findChild<QLabel *>(QStringLiteral("workspaceFile"))->text(), QStringLiteral("notes.inroad"));
        QCOMPARE(window.findChild<QLabel *>(QStringLiteral("areaStatus"))->text(), window.currentArea()->statusText());
        QVERIFY(window.windowTitle().startsWith(QStringLiteral("notes")));
    }

    void unusableFileKeepsTheCurrentWorkspace_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::newRow("not a database") << QStringLiteral("text");
        QTest::newRow("another program's database") << QStringLiteral("foreign");
        QTest::newRow("damaged") << QStringLiteral("damaged");
    }

    void unusableFileKeepsTheCurrentWorkspace()
    {
        QFETCH(QString, kind);
        const QString current = m_tempDir->filePath(QStringLiteral("current-%1.inroad").arg(kind));
        const QString bad = m_tempDir->filePath(QStringLiteral("bad-%1.inroad").arg(kind));
        if (kind == QLatin1String("text")) {
            QFile file(bad);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write("name,email\nAda,ada@example.org\n");
        } else if (kind == QLatin1String("foreign")) {
            {
                QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("foreign"));
                db.setDatabaseName(bad);
                QVERIFY(db.open());
                QSqlQuery q(db);
                QVERIFY(q.exec(QStringLiteral("CREATE TABLE songs (title TEXT)")));
                db.close();
            }
            QSqlDatabase::removeDatabase(QStringLiteral("foreign"));
        } else {
            {
                auto workspace = openWorkspace(bad);
                QVERIFY(workspace);
                for (int i = 0; i < 200; ++i)
                    addPerson(*workspace, QStringLiteral("Person"), QString::number(i));
            }
            QFile file(bad);
            QVERIFY(file.open(QIODevice::ReadWrite));
            QVERIFY(file.size() > 8192);
            file.seek(4096);
            file.write(QByteArray(file.size() - 6000, '\x5a'));
        }
        const DatabaseReport inspected = Database::inspect(bad);
        QVERIFY(!inspected.ok());
        const QByteArray fingerprint = fileFingerprint(bad);

        MainWindow window(openWorkspace(current));
        window.show();
        MessageBoxCloser closer;
        QVERIFY(!window.openWorkspace(bad));
        QCOMPARE(closer.texts.size(), 1);
        QCOMPARE(closer.texts.first(), inspected.message);
        QVERIFY(closer.texts.first().contains(QDir::toNativeSeparators(bad)));
        QCOMPARE(window.workspace().database().path(), current);
        QVERIFY(window.workspace().database().isOpen());
        QVERIFY(window.isVisible());
        QCOMPARE(fileFingerprint(bad), fingerprint);
    }

    void failureTextPointsToBackups()
    {
        const QString path = m_tempDir->filePath(QStringLiteral("old.inroad"));
        DatabaseReport report;
        report.problem = DatabaseProblem::Damaged;
        report.path = path;
        report.message = QStringLiteral("The workspace is damaged.");
        QCOMPARE(MainWindow::openFailureText(report), report.message);

        QFile backup(path + QStringLiteral(".schema1-20250101-120000.bak"));
        QVERIFY(backup.open(QIODevice::WriteOnly));
        backup.close();
        const QString text = MainWindow::openFailureText(report);
        QVERIFY(text.startsWith(report.message));
        QVERIFY(text.contains(QStringLiteral("old.inroad.schema1-20250101-120000.bak")));
        QVERIFY(text.contains(QDir::toNativeSeparators(m_tempDir->path())));
    }

    void openingAnotherWorkspaceReplacesTheWindow()
    {
        const QString first = m_tempDir->filePath(QStringLiteral("first.inroad"));
        const QString second = m_tempDir->filePath(QStringLiteral("second.inroad"));
        QVERIFY(openWorkspace(second)); // exists, and is closed again

        MainWindow window(openWorkspace(first));
        window.show();
        QCOMPARE(window.openWorkspace(first), &window); // already open: nothing happens
        QVERIFY(window.isVisible());

        QPointer<MainWindow> next = window.openWorkspace(second);
        QVERIFY(next);
        QVERIFY(next != &window);
        QCOMPARE(next->workspace().database().path(), second);
        QVERIFY(next->isVisible());
        QVERIFY(!window.isVisible());
        QVERIFY(next->windowTitle().startsWith(QStringLiteral("second")));
        next->close(); // deletes itself
        QTRY_VERIFY(next.isNull());
    }

    void openSampleWritesAndOpensTheSample()
    {
        QFile::remove(Database::defaultSamplePath());
        MainWindow window(openWorkspace(m_tempDir->filePath(QStringLiteral("h.inroad"))));
        window.show();
        MessageBoxCloser closer;
        QPointer<MainWindow> sample = window.openSampleWorkspace();
        QCOMPARE(closer.texts, QStringList());
        QVERIFY(sample);
        QCOMPARE(sample->workspace().database().path(), Database::defaultSamplePath());
        QVERIFY(!sample->workspace().isEmpty());
        QVERIFY(sample->workspace().profile().welcomeDone());
        QVERIFY(peopleView(*sample)->listView()->model()->rowCount() > 0);
        sample->close();
        QTRY_VERIFY(sample.isNull());
    }

private:
    std::unique_ptr<QTemporaryDir> m_tempDir;
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
