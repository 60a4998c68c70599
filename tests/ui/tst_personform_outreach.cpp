#include "followuprules.h"
#include "outreachdialog.h"
#include "outreachlogmodel.h"
#include "personform.h"
#include "profiledialog.h"
#include "testsupport.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QDateTimeEdit>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTableView>
#include <QTest>
#include <QUndoStack>

#include <memory>

using namespace Inroad;
using namespace InroadTest;

namespace {

// The clock the tests run at: a Wednesday in late November, in UTC.
const QDateTime kNow(QDate(2026, 11, 25), QTime(12, 0), Qt::UTC);

} // namespace

class TestPersonFormOutreach final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QLocale::setDefault(QLocale::c()); } // English day and month names
    void init();
    void cleanup();

    void loggingThroughTheDialogMovesTheStage();
    void dialogRefusesDatesAheadOfNow();
    void editAndDeleteEntries();
    void deleteKeyInTheLogDeletesTheEntryOnly();
    void cadenceMovesTheKeepInTouchFollowUp();
    void stageHintSaysWhereTheStageComesFrom();
    void defaultCadenceIsSetInTheProfile();

private:
    qint64 addPerson(const QString &first, const QString &last);
    /// A done interview ending at 14:30 on 20 November, through the workflow.
    void addDoneInterview(qint64 personId);
    OutreachDialog *openDialog(QPushButton *button);
    template<class T>
    T *child(const char *name) const
    {
        return m_form->findChild<T *>(QLatin1String(name));
    }
    QTableView *logTable() const { return child<QTableView>("outreachLog"); }

    std::unique_ptr<TempWorkspace> m_tw;
    std::unique_ptr<QUndoStack> m_undo;
    std::unique_ptr<PersonForm> m_form;
};

void TestPersonFormOutreach::init()
{
    m_tw = std::make_unique<TempWorkspace>();
    Workflow &workflow = m_tw->workspace.workflow();
    workflow.setClock([] { return kNow; });
    workflow.setTimeZone(QTimeZone::utc());
    m_undo = std::make_unique<QUndoStack>();
    m_form = std::make_unique<PersonForm>(m_tw->workspace, *m_undo);
    m_form->resize(600, 900);
    m_form->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_form.get()));
}

void TestPersonFormOutreach::cleanup()
{
    m_form.reset();
    m_undo.reset();
    m_tw.reset();
}

qint64 TestPersonFormOutreach::addPerson(const QString &first, const QString &last)
{
    Person p;
    p.firstName = first;
    p.lastName = last;
    return m_tw->workspace.people().add(p) ? p.id : 0;
}

void TestPersonFormOutreach::addDoneInterview(qint64 personId)
{
    Interview interview;
    interview.personId = personId;
    interview.status = InterviewStatus::Done;
    interview.scheduledStart = QDateTime(QDate(2026, 11, 20), QTime(14, 0), Qt::UTC);
    interview.agreedMinutes = 30;
    QUndoStack setup;
    setup.push(m_tw->workspace.workflow().addInterview(interview));
    QCOMPARE(setup.count(), 1);
}

OutreachDialog *TestPersonFormOutreach::openDialog(QPushButton *button)
{
    if (!button || !button->isEnabled())
        return nullptr;
    QTest::mouseClick(button, Qt::LeftButton);
    const QList<OutreachDialog *> dialogs = m_form->findChildren<OutreachDialog *>();
    for (OutreachDialog *dialog : dialogs) {
        if (dialog->isVisible())
            return dialog;
    }
    return nullptr;
}

void TestPersonFormOutreach::loggingThroughTheDialogMovesTheStage()
{
    const qint64 id = addPerson(QStringLiteral("Priya"), QStringLiteral("Raman"));
    m_form->showPerson(id);
    auto *noLog = child<QLabel>("noOutreachLabel");
    QVERIFY(noLog->isVisible());
    QVERIFY(!logTable()->isVisible());

    OutreachDialog *dialog = openDialog(child<QPushButton>("logContactButton"));
    QVERIFY(dialog);
    auto *when = dialog->findChild<QDateTimeEdit *>(QStringLiteral("outreachDateEdit"));
    auto *channel = dialog->findChild<QComboBox *>(QStringLiteral("outreachChannelCombo"));
    auto *result = dialog->findChild<QComboBox *>(QStringLiteral("outreachResultCombo"));
    auto *note = dialog->findChild<QPlainTextEdit *>(QStringLiteral("outreachNoteEdit"));
    QVERIFY(when && channel && result && note);
    QCOMPARE(when->date(), kNow.date());
    QCOMPARE(when->time(), kNow.time());
    QCOMPARE(result->currentData().toInt(), int(OutreachResult::Waiting));
    QVERIFY(dialog->problem().isEmpty());

    channel->setCurrentIndex(channel->findData(int(OutreachChannel::LinkedIn)));
    note->setFocus();
    QTest::keyClicks(note, QStringLiteral("Asked for 20 minutes about UX research"));
    QTest::mouseClick(dialog->okButton(), Qt::LeftButton);

    QCOMPARE(m_undo->count(), 1);
    QTableView *log = logTable();
    QCOMPARE(log->model()->rowCount(), 1);
    QVERIFY(log->isVisible());
    QCOMPARE(log->model()->index(0, OutreachLogModel::ChannelColumn).data().toString(),
             outreachChannelName(OutreachChannel::LinkedIn));
    QCOMPARE(log->model()->index(0, OutreachLogModel::NoteColumn).data().toString(),
             QStringLiteral("Asked for 20 minutes about UX research"));
    QCOMPARE(log->selectionModel()->selectedRows().size(), 1); // the new entry is selected
    const OutreachAttempt stored = m_tw->workspace.outreach().forPerson(id).constFirst();
    QCOMPARE(stored.attemptedAt, kNow);
    QCOMPARE(stored.channel, OutreachChannel::LinkedIn);
    QCOMPARE(m_tw->workspace.people().find(id)->stage, PipelineStage::Contacted);
    QCOMPARE(child<QComboBox>("stageCombo")->currentData().toInt(), int(PipelineStage::Contacted));

    m_undo->undo();
    QCOMPARE(log->model()->rowCount(), 0);
    QVERIFY(noLog->isVisible());
    QCOMPARE(m_tw->workspace.outreach().countForPerson(id), 0);
    QCOMPARE(m_tw->workspace.people().find(id)->stage, PipelineStage::Identified);
    QCOMPARE(child<QComboBox>("stageCombo")->currentData().toInt(), int(PipelineStage::Identified));

    m_undo->redo();
    QCOMPARE(log->model()->rowCount(), 1);
    QCOMPARE(m_tw->workspace.people().find(id)->stage, PipelineStage::Contacted);
}

void TestPersonFormOutreach::dialogRefusesDatesAheadOfNow()
{
    const qint64 id = addPerson(QStringLiteral("Priya"), QStringLiteral("Raman"));
    m_form->showPerson(id);
    OutreachDialog *dialog = openDialog(child<QPushButton>("logContactButton"));
    QVERIFY(dialog);
    auto *when = dialog->findChild<QDateTimeEdit *>(QStringLiteral("outreachDateEdit"));

    when->setDateTime(QDateTime(kNow.date().addDays(3), kNow.time()));
    QVERIFY(!dialog->problem().isEmpty());
    QVERIFY(!dialog->okButton()->isEnabled());
    dialog->accept(); // Enter in a field
    QVERIFY(dialog->isVisible());
    QCOMPARE(m_undo->count(), 0);

    // Later today (a time zone's worth of slack) is fine; so is the past.
    when->setDateTime(QDateTime(kNow.date(), QTime(20, 0)));
    QVERIFY(dialog->problem().isEmpty());
    QVERIFY(dialog->okButton()->isEnabled());
    when->setDateTime(QDateTime(QDate(2026, 11, 2), QTime(9, 15)));
    QVERIFY(dialog->okButton()->isEnabled());
    dialog->accept();
    QCOMPARE(m_undo->count(), 1);
    QCOMPARE(m_tw->workspace.outreach().forPerson(id).constFirst().attemptedAt,
             QDateTime(QDate(2026, 11, 2), QTime(9, 15), Qt::UTC));
}

void TestPersonFormOutreach::editAndDeleteEntries()
{
    const qint64 id = addPerson(QStringLiteral("Priya"), QStringLiteral("Raman"));
    OutreachAttempt attempt;
    attempt.personId = id;
    attempt.attemptedAt = kNow.addDays(-10);
    m_undo->push(m_tw->workspace.workflow().logOutreach(attempt));
    m_form->showPerson(id);
    QTableView *log = logTable();
    QCOMPARE(log->model()->rowCount(), 1);
    auto *edit = child<QPushButton>("editContactButton");
    auto *remove = child<QPushButton>("deleteContactButton");
    QVERIFY(!edit->isEnabled());
    QVERIFY(!remove->isEnabled());

    log->selectRow(0);
    QVERIFY(edit->isEnabled());
    OutreachDialog *dialog = openDialog(edit);
    QVERIFY(dialog);
    auto *result = dialog->findChild<QComboBox *>(QStringLiteral("outreachResultCombo"));
    result->setCurrentIndex(result->findData(int(OutreachResult::Positive)));
    dialog->accept();
    QCOMPARE(m_undo->count(), 2);
    QCOMPARE(log->model()->index(0, OutreachLogModel::ResultColumn).data().toString(),
             outreachResultName(OutreachResult::Positive));
    QCOMPARE(m_tw->workspace.outreach().forPerson(id).constFirst().attemptedAt, attempt.attemptedAt);

    // OK without a change adds no undo step.
    log->selectRow(0);
    dialog = openDialog(edit);
    QVERIFY(dialog);
    dialog->accept();
    QCOMPARE(m_undo->count(), 2);

    log->selectRow(0);
    QTest::mouseClick(remove, Qt::LeftButton);
    QCOMPARE(m_undo->count(), 3);
    QCOMPARE(log->model()->rowCount(), 0);
    QCOMPARE(m_tw->workspace.people().find(id)->stage, PipelineStage::Identified);

    m_undo->undo();
    QCOMPARE(log->model()->rowCount(), 1);
    QCOMPARE(m_tw->workspace.people().find(id)->stage, PipelineStage::Contacted);
    m_undo->undo();
    QCOMPARE(log->model()->index(0, OutreachLogModel::ResultColumn).data().toString(),
             outreachResultName(OutreachResult::Waiting));
}

void TestPersonFormOutreach::deleteKeyInTheLogDeletesTheEntryOnly()
{
    const qint64 id = addPerson(QStringLiteral("Priya"), QStringLiteral("Raman"));
    OutreachAttempt attempt;
    attempt.personId = id;
    attempt.attemptedAt = kNow.addDays(-1);
    m_undo->push(m_tw->workspace.workflow().logOutreach(attempt));
    m_form->showPerson(id);
    QTableView *log = logTable();
    log->setFocus();
    log->selectRow(0);
    QTest::keyClick(log, Qt::Key_Delete);
    QCOMPARE(log->model()->rowCount(), 0);
    QVERIFY(m_tw->workspace.people().find(id));
}

void TestPersonFormOutreach::cadenceMovesTheKeepInTouchFollowUp()
{
    const qint64 id = addPerson(QStringLiteral("Priya"), QStringLiteral("Raman"));
    addDoneInterview(id);
    FollowUpRepository &followUps = m_tw->workspace.followUps();
    const QDateTime interviewEnd(QDate(2026, 11, 20), QTime(14, 30), Qt::UTC);
    const QDateTime sixWeeks = FollowUpRules::keepInTouchDue(interviewEnd, 6, QTimeZone::utc());
    QCOMPARE(followUps.openKeepInTouch(id)->dueAt, sixWeeks);

    m_form->showPerson(id);
    auto *cadence = child<QSpinBox>("cadenceSpin");
    auto *next = child<QLabel>("nextFollowUpsLabel");
    QCOMPARE(cadence->value(), 0);
    QCOMPARE(cadence->text(), QStringLiteral("default (6 weeks)"));
    // The thank-you note (due two days after the interview, overdue now) comes first.
    QVERIFY2(next->text().startsWith(QStringLiteral("Send a thank-you note by Sun 22 Nov (overdue)")),
             qPrintable(next->text()));
    QVERIFY2(next->text().contains(QStringLiteral("Keep in touch on Fri 1 Jan 2027")), qPrintable(next->text()));

    cadence->setFocus();
    for (int i = 0; i < 3; ++i)
        QTest::keyClick(cadence, Qt::Key_Up);
    QTest::keyClick(cadence, Qt::Key_Return);
    QCOMPARE(m_undo->count(), 1);
    QCOMPARE(m_tw->workspace.people().find(id)->keepInTouchWeeks, 3);
    const QDateTime threeWeeks = FollowUpRules::keepInTouchDue(interviewEnd, 3, QTimeZone::utc());
    QCOMPARE(followUps.openKeepInTouch(id)->dueAt, threeWeeks);
    QCOMPARE(cadence->text(), QStringLiteral("3 weeks"));
    QVERIFY2(next->text().contains(QStringLiteral("Keep in touch on Fri 11 Dec")), qPrintable(next->text()));

    m_undo->undo();
    QCOMPARE(followUps.openKeepInTouch(id)->dueAt, sixWeeks);
    QCOMPARE(m_tw->workspace.people().find(id)->keepInTouchWeeks, 0);
    QCOMPARE(cadence->value(), 0);
    QVERIFY2(next->text().contains(QStringLiteral("Keep in touch on Fri 1 Jan 2027")), qPrintable(next->text()));

    m_undo->redo();
    QCOMPARE(followUps.openKeepInTouch(id)->dueAt, threeWeeks);
    QCOMPARE(cadence->value(), 3);
}

void TestPersonFormOutreach::stageHintSaysWhereTheStageComesFrom()
{
    const qint64 id = addPerson(QStringLiteral("Priya"), QStringLiteral("Raman"));
    m_form->showPerson(id);
    auto *hint = child<QLabel>("stageHint");
    QCOMPARE(hint->text(), QStringLiteral("from the contact log"));

    auto *stage = child<QComboBox>("stageCombo");
    const int scheduled = stage->findData(int(PipelineStage::Scheduled));
    stage->setCurrentIndex(scheduled);
    emit stage->activated(scheduled);
    QVERIFY(m_tw->workspace.people().find(id)->stageSetByHand);
    QCOMPARE(hint->text(), QStringLiteral("set by hand"));

    m_undo->undo();
    QCOMPARE(hint->text(), QStringLiteral("from the contact log"));
}

void TestPersonFormOutreach::defaultCadenceIsSetInTheProfile()
{
    Workflow &workflow = m_tw->workspace.workflow();
    QCOMPARE(workflow.defaultCadenceWeeks(), FollowUpRules::kDefaultKeepInTouchWeeks);
    {
        ProfileDialog dialog(m_tw->workspace, *m_undo);
        QSpinBox *spin = dialog.cadenceSpin();
        QVERIFY(spin);
        QCOMPARE(spin->value(), 6);
        QCOMPARE(spin->minimum(), 1);
        QCOMPARE(spin->maximum(), 52);
        spin->setValue(4);
        dialog.accept();
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
    }
    QCOMPARE(workflow.defaultCadenceWeeks(), 4);
    QCOMPARE(m_undo->count(), 1);

    // The person form offers the new default.
    const qint64 id = addPerson(QStringLiteral("Priya"), QStringLiteral("Raman"));
    m_form->showPerson(id);
    QCOMPARE(child<QSpinBox>("cadenceSpin")->text(), QStringLiteral("default (4 weeks)"));

    m_undo->undo();
    QCOMPARE(workflow.defaultCadenceWeeks(), 6);

    // Without a workspace the dialog has no such field.
    ProfileDialog profileOnly(m_tw->workspace.profile(), *m_undo);
    QVERIFY(!profileOnly.cadenceSpin());
}

QTEST_MAIN(TestPersonFormOutreach)
#include "tst_personform_outreach.moc"
