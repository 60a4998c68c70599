#include "interviewform.h"
#include "interviewlistmodel.h"
#include "interviewsview.h"
#include "interviewtimer.h"
#include "newinterviewdialog.h"
#include "referraldialog.h"
#include "workspace.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCoreApplication>
#include <QDateTimeEdit>
#include <QLabel>
#include <QLineEdit>
#include <QSettings>
#include <QSpinBox>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

#include <memory>

using namespace Inroad;

class TestInterviewsView : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QCoreApplication::setOrganizationName(QStringLiteral("InroadTests"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_interviewsview"));
    }

    void init()
    {
        QSettings().clear();
        m_dir = std::make_unique<QTemporaryDir>();
        m_workspace = std::make_unique<Workspace>();
        const DatabaseReport report = m_workspace->open(m_dir->filePath(QStringLiteral("interviews.inroad")));
        QVERIFY2(report.ok(), qPrintable(report.message));
        m_undo = std::make_unique<QUndoStack>();
        Person p;
        p.firstName = QStringLiteral("Ana");
        p.lastName = QStringLiteral("Ruiz");
        QVERIFY(m_workspace->people().add(p));
        m_personId = p.id;
        m_view = std::make_unique<InterviewsView>(*m_workspace, *m_undo);
        m_view->resize(1300, 850);
        m_view->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_view.get()));
    }

    void cleanup()
    {
        m_view.reset();
        m_undo.reset();
        m_workspace.reset();
        m_dir.reset();
    }

    void emptyWorkspaceSaysWhatToDo()
    {
        QVERIFY(m_view->statusText().contains(QStringLiteral("No interviews")));
        QVERIFY(!m_view->listView()->isVisible());
    }

    void newInterviewDialogNeedsAKnownPerson()
    {
        NewInterviewDialog dialog(*m_workspace, 0);
        dialog.personEdit()->setText(QStringLiteral("Nobody Known"));
        dialog.accept();
        QCOMPARE(dialog.result(), int(QDialog::Rejected));
        QVERIFY(dialog.findChild<QLabel *>(QStringLiteral("problemLabel"))->text().contains(QStringLiteral("Nobody Known")));
        QVERIFY(dialog.choosePerson(QStringLiteral("Ana Ruiz")));
        dialog.findChild<QCheckBox *>(QStringLiteral("hasStartCheck"))->setChecked(true);
        const Interview planned = dialog.interview();
        QCOMPARE(planned.personId, m_personId);
        QCOMPARE(planned.status, InterviewStatus::Scheduled);
        QCOMPARE(planned.agreedMinutes, 20);
        QVERIFY(planned.isScheduled());
    }

    void editingTheFormIsUndoableAndKeepsFollowUps()
    {
        const qint64 id = addInterview(InterviewStatus::Requested, QDateTime());
        m_view->showRecord(id);
        InterviewForm *form = m_view->form();
        QCOMPARE(form->interviewId(), id);
        QCOMPARE(m_view->listView()->currentIndex().row(), 0);

        // Agreeing on a time schedules it.
        auto *hasStart = form->findChild<QCheckBox *>(QStringLiteral("hasStartCheck"));
        hasStart->setChecked(true);
        QCOMPARE(m_workspace->interviews().find(id)->status, InterviewStatus::Scheduled);
        QCOMPARE(m_workspace->people().find(m_personId)->stage, PipelineStage::Scheduled);

        // Marking it done asks for a thank-you, and says so in the form.
        auto *status = form->findChild<QComboBox *>(QStringLiteral("statusCombo"));
        status->setCurrentIndex(status->findData(int(InterviewStatus::Done)));
        emit status->activated(status->currentIndex());
        QVERIFY(m_workspace->followUps().openThankYou(id));
        QVERIFY(form->findChild<QLabel *>(QStringLiteral("thanksHint"))->isVisibleTo(form));

        // Recording the thank-you closes it.
        form->findChild<QCheckBox *>(QStringLiteral("thankedCheck"))->setChecked(true);
        QVERIFY(m_workspace->interviews().find(id)->thanked());
        QVERIFY(!m_workspace->followUps().openThankYou(id));
        QCOMPARE(m_workspace->people().find(m_personId)->stage, PipelineStage::Thanked);

        // Each was one step.
        QCOMPARE(m_undo->count(), 4);
        m_undo->undo();
        QVERIFY(!m_workspace->interviews().find(id)->thanked());
        QVERIFY(!form->findChild<QCheckBox *>(QStringLiteral("thankedCheck"))->isChecked());
        m_undo->undo();
        QCOMPARE(m_workspace->interviews().find(id)->status, InterviewStatus::Scheduled);
        QVERIFY(!m_workspace->followUps().hasThankYou(id));
        QCOMPARE(status->currentData().toInt(), int(InterviewStatus::Scheduled));
    }

    void reflectionIsSavedWhenFocusLeaves()
    {
        const qint64 id = addInterview(InterviewStatus::Done, QDateTime::currentDateTimeUtc().addDays(-1));
        m_view->showRecord(id);
        auto *learned = m_view->form()->findChild<QWidget *>(QStringLiteral("learnedEdit"));
        learned->setFocus();
        QTest::keyClicks(learned, QStringLiteral("Most of the job is talking to users."));
        m_view->form()->findChild<QLineEdit *>(QStringLiteral("locationEdit"))->setFocus();
        QCOMPARE(m_workspace->interviews().find(id)->learned, QStringLiteral("Most of the job is talking to users."));
    }

    void referralDialogChecksItsRows()
    {
        ReferralDialog dialog(QStringLiteral("Ana Ruiz"));
        QTableWidget *table = dialog.table();
        QCOMPARE(table->rowCount(), 2);
        QCOMPARE(dialog.problem(), QStringLiteral("Enter at least one name."));
        table->setItem(0, ReferralDialog::TitleColumn, new QTableWidgetItem(QStringLiteral("Editor")));
        QVERIFY(dialog.problem().startsWith(QStringLiteral("Row 1 has no name")));
        table->setItem(0, ReferralDialog::FirstNameColumn, new QTableWidgetItem(QStringLiteral("Bo")));
        table->setItem(1, ReferralDialog::LastNameColumn, new QTableWidgetItem(QStringLiteral("Lind")));
        table->setItem(1, ReferralDialog::EmailColumn, new QTableWidgetItem(QStringLiteral("not an address")));
        QVERIFY(dialog.problem().startsWith(QStringLiteral("Row 2:")));
        table->item(1, ReferralDialog::EmailColumn)->setText(QStringLiteral("bo@example.org"));
        table->item(1, ReferralDialog::MayMentionColumn)->setCheckState(Qt::Checked);
        QVERIFY(dialog.problem().isEmpty());
        const QList<ReferralDraft> drafts = dialog.drafts();
        QCOMPARE(drafts.size(), 2);
        QCOMPARE(drafts.at(0).person.title, QStringLiteral("Editor"));
        QVERIFY(!drafts.at(0).mayMention);
        QVERIFY(drafts.at(1).mayMention);
    }

    void referralsShowInTheFormAndTheList()
    {
        const qint64 id = addInterview(InterviewStatus::Done, QDateTime::currentDateTimeUtc().addDays(-1));
        m_view->showRecord(id);
        auto *label = m_view->form()->findChild<QLabel *>(QStringLiteral("referralsLabel"));
        QVERIFY(label->text().contains(QStringLiteral("aim for two")));
        ReferralDraft d;
        d.person.firstName = QStringLiteral("Bo");
        d.mayMention = true;
        m_undo->push(m_workspace->workflow().addReferrals(*m_workspace->interviews().find(id), {d}));
        QVERIFY(label->text().contains(QStringLiteral("Bo (may mention Ana Ruiz)")));
        QVERIFY(label->text().contains(QStringLiteral("goal of two")));
        const QModelIndex count = m_view->model()->index(0, InterviewListModel::ReferralsColumn);
        QCOMPARE(count.data().toInt(), 1);
        m_undo->undo();
        QCOMPARE(m_view->model()->index(0, InterviewListModel::ReferralsColumn).data().toInt(), 0);
    }

    void deleteIsUndoable()
    {
        const qint64 id = addInterview(InterviewStatus::Done, QDateTime::currentDateTimeUtc().addDays(-1));
        m_view->showRecord(id);
        QVERIFY(m_view->canDelete());
        m_view->deleteSelected();
        QVERIFY(!m_workspace->interviews().find(id));
        QVERIFY(!m_workspace->followUps().hasThankYou(id));
        m_undo->undo();
        QVERIFY(m_workspace->interviews().find(id));
        QVERIFY(m_workspace->followUps().openThankYou(id));
    }

    void timerCountsDownAndStopsAtZero()
    {
        QDateTime now = QDateTime::fromString(QStringLiteral("2026-03-02T15:00:00Z"), Qt::ISODate);
        InterviewTimer timer(QStringLiteral("Interview with Ana Ruiz"), 20);
        timer.setClock([&now] { return now; });
        timer.start();
        QCOMPARE(timer.remainingText(), QStringLiteral("20:00"));
        QCOMPARE(timer.phase(), InterviewTimer::Phase::Plenty);
        now = now.addSecs(15 * 60);
        QCOMPARE(timer.phase(), InterviewTimer::Phase::FiveMinutes);
        timer.pause();
        now = now.addSecs(10 * 60); // paused: nothing passes
        QCOMPARE(timer.remainingText(), QStringLiteral("5:00"));
        timer.resume();
        now = now.addSecs(3 * 60 + 30);
        QCOMPARE(timer.phase(), InterviewTimer::Phase::TwoMinutes);
        QCOMPARE(timer.remainingText(), QStringLiteral("1:30"));
        now = now.addSecs(10 * 60);
        timer.refresh();
        QCOMPARE(timer.remainingSeconds(), 0);
        QCOMPARE(timer.phase(), InterviewTimer::Phase::TimeIsUp);
        QVERIFY(!timer.isRunning());
        QVERIFY(timer.findChild<QLabel *>(QStringLiteral("hintLabel"))->text().contains(QStringLiteral("Time is up")));
    }

private:
    qint64 addInterview(InterviewStatus status, const QDateTime &start)
    {
        Interview i;
        i.personId = m_personId;
        i.status = status;
        i.scheduledStart = start;
        m_undo->push(m_workspace->workflow().addInterview(i));
        return m_workspace->interviews().forPerson(m_personId).constLast().id;
    }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Workspace> m_workspace;
    std::unique_ptr<QUndoStack> m_undo;
    std::unique_ptr<InterviewsView> m_view;
    qint64 m_personId = 0;
};

QTEST_MAIN(TestInterviewsView)
#include "tst_interviewsview.moc"
