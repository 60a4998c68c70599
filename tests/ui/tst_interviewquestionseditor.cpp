#include "answercomparisonpage.h"
#include "interviewquestionmodel.h"
#include "interviewquestionseditor.h"
#include "questionbankmodel.h"
#include "questioncaution.h"
#include "workspace.h"

#include <QApplication>
#include <QCheckBox>
#include <QDialog>
#include <QListWidget>
#include <QTimer>
#include <QComboBox>
#include <QCoreApplication>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTextDocument>
#include <QUndoStack>
#include <QUrlQuery>

#include <memory>

using namespace Inroad;

class TestInterviewQuestionsEditor : public QObject
{
    Q_OBJECT

private slots:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        m_workspace = std::make_unique<Workspace>();
        const DatabaseReport report = m_workspace->open(m_dir->filePath(QStringLiteral("questions.inroad")));
        QVERIFY2(report.ok(), qPrintable(report.message));
        m_undo = std::make_unique<QUndoStack>();
        Person p;
        p.firstName = QStringLiteral("Ana");
        p.lastName = QStringLiteral("Ruiz");
        p.email = QStringLiteral("ana@example.org");
        QVERIFY(m_workspace->people().add(p));
        Interview i;
        i.personId = p.id;
        i.agreedMinutes = 20;
        i.status = InterviewStatus::Scheduled;
        i.scheduledStart = QDateTime(QDate(2026, 12, 3), QTime(15, 0), Qt::UTC);
        QVERIFY(m_workspace->interviews().add(i));
        m_interviewId = i.id;
        m_editor = std::make_unique<InterviewQuestionsEditor>(*m_workspace, *m_undo);
        m_editor->resize(1100, 700);
        m_editor->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_editor.get()));
        m_editor->showInterview(m_interviewId);
    }

    void cleanup()
    {
        m_editor.reset();
        m_undo.reset();
        m_workspace.reset();
        m_dir.reset();
    }

    void showsTheShippedBankAndAnEmptyPlan()
    {
        QVERIFY(m_editor->bankView()->model()->rowCount() >= 70);
        QCOMPARE(m_editor->model()->rowCount(), 0);
        QVERIFY2(m_editor->budgetText().startsWith(QStringLiteral("No questions yet")), qPrintable(m_editor->budgetText()));
        QVERIFY(m_editor->isReferralSuggestionVisible());
    }

    void bankFiltersNarrowTheList()
    {
        auto *search = m_editor->findChild<QLineEdit *>(QStringLiteral("bankSearchEdit"));
        const int all = m_editor->bankView()->model()->rowCount();
        search->setText(QStringLiteral("typical day"));
        const int some = m_editor->bankView()->model()->rowCount();
        QVERIFY(some > 0 && some < all);
        search->clear();
        auto *category = m_editor->findChild<QComboBox *>(QStringLiteral("bankCategoryCombo"));
        QVERIFY(category->count() > 10);
        category->setCurrentIndex(category->findText(QStringLiteral("TIARA")));
        QVERIFY(category->currentIndex() > 0);
        emit category->activated(category->currentIndex());
        const int tiara = m_editor->bankView()->model()->rowCount();
        QVERIFY(tiara >= 5 && tiara < all);
    }

    void addingFromTheBankFillsTheMeterAndKeepsOrder()
    {
        selectBankRows({0, 1, 2});
        m_editor->addSelectedFromBank();
        QCOMPARE(m_editor->model()->rowCount(), 3);
        QCOMPARE(m_undo->count(), 1); // three questions, one step
        QVERIFY2(m_editor->budgetText().contains(QStringLiteral("to spare")), qPrintable(m_editor->budgetText()));

        // Enough questions to run over the agreed 20 minutes.
        selectBankRows({3, 4, 5, 6, 7, 8, 9, 10});
        m_editor->addSelectedFromBank();
        QVERIFY2(m_editor->budgetText().contains(QStringLiteral("over the agreed 20")), qPrintable(m_editor->budgetText()));
        m_undo->undo();
        QCOMPARE(m_editor->model()->rowCount(), 3);
        QVERIFY(!m_editor->budgetText().contains(QStringLiteral("over")));
    }

    void referralQuestionIsSuggestedUntilItIsLast()
    {
        selectBankRows({0});
        m_editor->addSelectedFromBank();
        QVERIFY(m_editor->isReferralSuggestionVisible());
        m_editor->addReferralQuestion();
        QVERIFY(!m_editor->isReferralSuggestionVisible());
        const InterviewQuestion last = m_editor->model()->questionAt(m_editor->model()->rowCount() - 1);
        QVERIFY(asksForReferrals(last.text));
        QCOMPARE(m_workspace->questions().find(last.questionId)->builtinKey, referralQuestionKey());
    }

    void keyboardMovesAndRemovesQuestionsNotTheInterview()
    {
        m_editor->model()->addOneOff(QStringLiteral("First?"));
        m_editor->model()->addOneOff(QStringLiteral("Second?"));
        m_editor->model()->addOneOff(QStringLiteral("Third?"));
        auto *list = static_cast<QTableView *>(m_editor->listView());
        list->setFocus();
        list->selectRow(0);
        QTest::keyClick(list, Qt::Key_Down, Qt::AltModifier);
        QCOMPARE(texts(), (QStringList{QStringLiteral("Second?"), QStringLiteral("First?"), QStringLiteral("Third?")}));
        QCOMPARE(list->currentIndex().row(), 1); // the moved question stays selected
        QTest::keyClick(list, Qt::Key_Delete);
        QCOMPARE(texts(), (QStringList{QStringLiteral("Second?"), QStringLiteral("Third?")}));
        QVERIFY(m_workspace->interviews().find(m_interviewId).has_value());
        m_undo->undo();
        m_undo->undo();
        QCOMPARE(texts(), (QStringList{QStringLiteral("First?"), QStringLiteral("Second?"), QStringLiteral("Third?")}));
    }

    void ownQuestionsAreCheckedToo()
    {
        auto *own = m_editor->findChild<QLineEdit *>(QStringLiteral("ownQuestionEdit"));
        own->setText(QStringLiteral("Are you hiring right now?"));
        QTest::keyClick(own, Qt::Key_Return);
        QCOMPARE(m_editor->model()->rowCount(), 1);
        QVERIFY(own->text().isEmpty());
        m_editor->listView()->setCurrentIndex(m_editor->model()->index(0, InterviewQuestionModel::TextColumn));
        auto *caution = m_editor->findChild<QLabel *>(QStringLiteral("answerCaution"));
        QVERIFY(caution->isVisible());
        QVERIFY(!caution->text().isEmpty());
    }

    void answersAreSavedAfterAPauseAsOneStep()
    {
        m_editor->model()->addOneOff(QStringLiteral("What surprised you most in your first year?"));
        m_editor->listView()->setCurrentIndex(m_editor->model()->index(0, InterviewQuestionModel::TextColumn));
        auto *answer = m_editor->findChild<QPlainTextEdit *>(QStringLiteral("answerEdit"));
        answer->setFocus();
        const int before = m_undo->count();
        QTest::keyClicks(answer, QStringLiteral("How much *writing* there is."));
        QTRY_COMPARE(m_editor->model()->questionAt(0).answer, QStringLiteral("How much *writing* there is."));
        QCOMPARE(m_undo->count(), before + 1);
        auto *notAsked = m_editor->findChild<QCheckBox *>(QStringLiteral("notAskedCheck"));
        notAsked->click();
        QVERIFY(m_editor->model()->questionAt(0).notAsked);
        m_undo->undo();
        QVERIFY(!m_editor->model()->questionAt(0).notAsked);
        m_undo->undo();
        QCOMPARE(m_editor->model()->questionAt(0).answer, QString());
        QCOMPARE(answer->toPlainText(), QString()); // the field follows the undo
    }

    void setsSaveAndApply()
    {
        m_editor->model()->addOneOff(QStringLiteral("What does a week look like?"));
        m_editor->addReferralQuestion();
        QVERIFY(m_editor->saveAsSet(QStringLiteral("First talk")));
        const qint64 setId = m_workspace->questionSets().idForName(QStringLiteral("First talk"));
        QVERIFY(setId > 0);
        QCOMPARE(m_workspace->questionSets().find(setId)->items.size(), 2);

        // Another interview gets the same list in one step.
        Interview other;
        other.personId = m_workspace->interviews().find(m_interviewId)->personId;
        QVERIFY(m_workspace->interviews().add(other));
        m_editor->showInterview(other.id);
        QCOMPARE(m_editor->model()->rowCount(), 0);
        QVERIFY(m_editor->applySet(setId, false));
        QCOMPARE(texts().size(), 2);
        QVERIFY(!m_editor->isReferralSuggestionVisible());
        m_undo->undo();
        QCOMPARE(m_editor->model()->rowCount(), 0);
    }

    void sendAheadWritesAnEmailWithTheQuestions()
    {
        m_editor->model()->addOneOff(QStringLiteral("How did you start & why?"));
        const QUrl url = m_editor->sendAheadUrl();
        QCOMPARE(url.scheme(), QStringLiteral("mailto"));
        QCOMPARE(url.path(), QStringLiteral("ana@example.org"));
        const QUrlQuery query(url);
        QVERIFY(query.queryItemValue(QStringLiteral("body"), QUrl::FullyDecoded).contains(QStringLiteral("How did you start & why?")));
        QVERIFY(!query.queryItemValue(QStringLiteral("subject"), QUrl::FullyDecoded).isEmpty());
    }

    void comparisonShowsEveryAnswerSideBySide()
    {
        CareerField field;
        field.name = QStringLiteral("UX research");
        QVERIFY(m_workspace->careerFields().add(field));
        const qint64 personId = m_workspace->interviews().find(m_interviewId)->personId;
        QList<qint64> interviews;
        for (int n = 0; n < 3; ++n) {
            Interview i;
            i.personId = personId;
            i.fieldId = field.id;
            i.status = InterviewStatus::Done;
            i.scheduledStart = QDateTime(QDate(2026, 10, 1 + n), QTime(9, 0), Qt::UTC);
            QVERIFY(m_workspace->interviews().add(i));
            interviews.append(i.id);
            m_editor->showInterview(i.id);
            m_editor->addReferralQuestion();
            if (n < 2)
                QVERIFY(m_editor->model()->setAnswer(0, QStringLiteral("Talk to **person %1**").arg(n)));
        }
        AnswerComparisonPage page(*m_workspace);
        page.resize(1000, 600);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        page.showField(field.id);
        auto *question = page.findChild<QComboBox *>(QStringLiteral("comparisonQuestionCombo"));
        QCOMPARE(question->count(), 1);
        QVERIFY(question->currentText().contains(QStringLiteral("2 of 3")));
        const QList<QWidget *> cards = page.findChildren<QWidget *>(QStringLiteral("answerCard"));
        QCOMPARE(cards.size(), 3);
        const QList<QLabel *> answers = page.findChildren<QLabel *>(QStringLiteral("answerText"));
        QStringList shown;
        for (const QLabel *label : answers)
            shown << label->text();
        QVERIFY(shown.contains(QStringLiteral("Talk to **person 0**")));
        QVERIFY(shown.contains(QStringLiteral("No answer written down.")));

        // Or just the interviews picked by hand.
        QTimer::singleShot(0, &page, [] {
            auto *dialog = qobject_cast<QDialog *>(QApplication::activeModalWidget());
            QVERIFY(dialog);
            auto *choices = dialog->findChild<QListWidget *>(QStringLiteral("interviewChoices"));
            QCOMPARE(choices->count(), 3);
            choices->item(0)->setCheckState(Qt::Checked);
            choices->item(2)->setCheckState(Qt::Checked);
            dialog->accept();
        });
        page.chooseInterviews();
        QCOMPARE(page.findChildren<QWidget *>(QStringLiteral("answerCard")).size(), 2);
        page.showField(field.id);

        // An answer written later shows up without reopening the page.
        m_editor->showInterview(interviews.last());
        QVERIFY(m_editor->model()->setAnswer(0, QStringLiteral("Nobody else, sadly")));
        QTRY_VERIFY(question->currentText().contains(QStringLiteral("3 of 3")));
    }

private:
    void selectBankRows(const QList<int> &rows)
    {
        QAbstractItemView *bank = m_editor->bankView();
        bank->clearSelection();
        for (int row : rows)
            bank->selectionModel()->select(bank->model()->index(row, 0),
                                           QItemSelectionModel::Select | QItemSelectionModel::Rows);
    }
    QStringList texts() const
    {
        QStringList out;
        for (const InterviewQuestion &q : m_editor->model()->questions())
            out << q.text;
        return out;
    }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Workspace> m_workspace;
    std::unique_ptr<QUndoStack> m_undo;
    std::unique_ptr<InterviewQuestionsEditor> m_editor;
    qint64 m_interviewId = 0;
};

QTEST_MAIN(TestInterviewQuestionsEditor)
#include "tst_interviewquestionseditor.moc"
