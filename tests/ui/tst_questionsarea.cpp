#include "answercomparisonpage.h"
#include "emptystate.h"
#include "fieldmessage.h"
#include "questionbankmodel.h"
#include "questionbankpage.h"
#include "questioncaution.h"
#include "questionform.h"
#include "questionsarea.h"
#include "questionsetfile.h"
#include "questionsetspage.h"
#include "recordcommands.h"
#include "workspace.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCoreApplication>
#include <QDoubleSpinBox>
#include <QFile>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>
#include <QUndoStack>

#include <memory>

using namespace Inroad;

// Selects a question in the list and stops the test when that fails.
#define SELECT_QUESTION(id)                                                                                          \
    do {                                                                                                             \
        selectQuestion(id);                                                                                          \
        if (QTest::currentTestFailed())                                                                              \
            return;                                                                                                  \
    } while (false)

class TestQuestionsArea : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void bankListsShippedQuestions();
    void filterByCategoryTagAndText();
    void filterWithNoMatchOffersToClear();
    void newQuestionShowsCautionAndStoresIt();
    void newQuestionNeedsText();
    void editTextIsOneUndoStep();
    void editCategoryMinutesAndTags();
    void newCategoryTypedInForm();
    void retireHidesAndShowRetiredShows();
    void deleteRemovesOwnAndRetiresShipped();
    void restoreShippedBankBringsWordingBack();
    void restoreAsksFirst();
    void emptyBankOffersRestore();
    void setsStartEmpty();
    void importExportRoundTrip();
    void importWithTakenNameSuggestsAnother();
    void renameSetAndDeleteAreUndoable();
    void malformedImportShowsError_data();
    void malformedImportShowsError();
    void areaFollowsTheCurrentTab();

private:
    template<class T>
    T *child(const char *name) const
    {
        return m_area->findChild<T *>(QLatin1String(name));
    }
    QuestionBankPage *bank() const { return m_area->bankPage(); }
    QuestionSetsPage *sets() const { return m_area->setsPage(); }
    QAbstractItemModel *shownModel() const { return bank()->listView()->model(); }
    int shownRowOf(qint64 id) const;
    void selectQuestion(qint64 id);
    qint64 addOwnQuestion(const QString &text);
    QString writeFile(const QString &name, const QByteArray &data) const;
    static void replaceText(QPlainTextEdit *edit, const QString &text);
    static void typeInto(QLineEdit *edit, const QString &text);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Workspace> m_workspace;
    std::unique_ptr<QUndoStack> m_undo;
    std::unique_ptr<QuestionsArea> m_area;
};

void TestQuestionsArea::initTestCase()
{
    QCoreApplication::setOrganizationName(QStringLiteral("InroadTests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_questionsarea"));
}

void TestQuestionsArea::init()
{
    QSettings().clear();
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_workspace = std::make_unique<Workspace>();
    const DatabaseReport report = m_workspace->open(m_dir->filePath(QStringLiteral("questions.inroad")));
    QVERIFY2(report.ok(), qPrintable(report.message));
    m_undo = std::make_unique<QUndoStack>();
    m_area = std::make_unique<QuestionsArea>(*m_workspace, *m_undo);
    m_area->resize(1300, 800);
    m_area->show();
    QVERIFY(QTest::qWaitForWindowActive(m_area.get()));
}

void TestQuestionsArea::cleanup()
{
    m_area.reset();
    m_undo.reset();
    m_workspace.reset();
    m_dir.reset();
}

int TestQuestionsArea::shownRowOf(qint64 id) const
{
    for (int row = 0; row < shownModel()->rowCount(); ++row) {
        if (shownModel()->index(row, 0).data(QuestionBankModel::IdRole).toLongLong() == id)
            return row;
    }
    return -1;
}

void TestQuestionsArea::selectQuestion(qint64 id)
{
    const int row = shownRowOf(id);
    QVERIFY(row >= 0);
    bank()->listView()->selectionModel()->setCurrentIndex(
        shownModel()->index(row, 0), QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    QCOMPARE(bank()->currentQuestionId(), id);
}

qint64 TestQuestionsArea::addOwnQuestion(const QString &text)
{
    Question question;
    question.text = text;
    question.categoryId = m_workspace->questions().categories().constFirst().id;
    if (!m_workspace->questions().add(question)) {
        qWarning("%s", qPrintable(m_workspace->questions().lastError()));
        return 0;
    }
    return question.id;
}

QString TestQuestionsArea::writeFile(const QString &name, const QByteArray &data) const
{
    const QString path = m_dir->filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(data) != data.size())
        return {};
    return path;
}

void TestQuestionsArea::replaceText(QPlainTextEdit *edit, const QString &text)
{
    edit->setFocus();
    edit->selectAll();
    QTest::keyClick(edit, Qt::Key_Backspace);
    QTest::keyClicks(edit, text);
}

void TestQuestionsArea::typeInto(QLineEdit *edit, const QString &text)
{
    edit->setFocus();
    edit->selectAll();
    QTest::keyClick(edit, Qt::Key_Backspace);
    if (!text.isEmpty())
        QTest::keyClicks(edit, text);
    QTest::keyClick(edit, Qt::Key_Return);
}

void TestQuestionsArea::bankListsShippedQuestions()
{
    const QList<Question> all = m_workspace->questions().all();
    QVERIFY(all.size() >= 70);
    QCOMPARE(shownModel()->rowCount(), all.size());
    QCOMPARE(m_area->statusText(), QStringLiteral("%1 questions").arg(all.size()));
    // In bank order, and the first question is shown in the form.
    QCOMPARE(shownModel()->index(0, 0).data(QuestionBankModel::IdRole).toLongLong(), all.first().id);
    QCOMPARE(bank()->currentQuestionId(), all.first().id);
    QCOMPARE(child<QPlainTextEdit>("questionTextEdit")->toPlainText(), all.first().text);
    QCOMPARE(child<QLabel>("questionOrigin")->text().startsWith(QStringLiteral("Shipped with Inroad")), true);
    // Questions can be dragged into an interview's list.
    QVERIFY(bank()->listView()->dragEnabled());
    QCOMPARE(bank()->listView()->dragDropMode(), QAbstractItemView::DragOnly);
}

void TestQuestionsArea::filterByCategoryTagAndText()
{
    const int total = shownModel()->rowCount();
    auto *categories = child<QComboBox>("categoryFilterCombo");
    QCOMPARE(categories->itemText(0), QStringLiteral("All categories"));
    QCOMPARE(categories->count(), m_workspace->questions().categories().size() + 1);
    const int typicalDay = categories->findText(QStringLiteral("A typical day"));
    QVERIFY(typicalDay > 0);
    categories->setCurrentIndex(typicalDay);
    const qint64 categoryId = categories->currentData().toLongLong();
    QVERIFY(shownModel()->rowCount() > 0);
    QVERIFY(shownModel()->rowCount() < total);
    for (int row = 0; row < shownModel()->rowCount(); ++row)
        QCOMPARE(shownModel()->index(row, 0).data(QuestionBankModel::CategoryIdRole).toLongLong(), categoryId);
    QVERIFY(m_area->statusText().endsWith(QStringLiteral("%1 shown").arg(shownModel()->rowCount())));
    categories->setCurrentIndex(0);
    QCOMPARE(shownModel()->rowCount(), total);

    auto *tags = child<QComboBox>("tagFilterCombo");
    QCOMPARE(tags->itemText(0), QStringLiteral("Any tag"));
    QCOMPARE(tags->count(), m_workspace->questions().allTags().size() + 1);
    tags->setCurrentIndex(tags->findText(QStringLiteral("daily work")));
    QVERIFY(shownModel()->rowCount() > 0);
    QVERIFY(shownModel()->rowCount() < total);
    for (int row = 0; row < shownModel()->rowCount(); ++row) {
        QVERIFY(shownModel()
                    ->index(row, 0)
                    .data(QuestionBankModel::TagsRole)
                    .toStringList()
                    .contains(QStringLiteral("daily work")));
    }
    tags->setCurrentIndex(0);

    m_area->setFilterText(QStringLiteral("typical"));
    QVERIFY(shownModel()->rowCount() > 0);
    QVERIFY(shownModel()->rowCount() < total);
    for (int row = 0; row < shownModel()->rowCount(); ++row) {
        QVERIFY(shownModel()
                    ->index(row, 0)
                    .data(QuestionBankModel::SearchTextRole)
                    .toString()
                    .contains(QStringLiteral("typical"), Qt::CaseInsensitive));
    }
    m_area->setFilterText(QString());
    QCOMPARE(shownModel()->rowCount(), total);
}

void TestQuestionsArea::filterWithNoMatchOffersToClear()
{
    QSignalSpy cleared(m_area.get(), &QuestionsArea::filterClearRequested);
    m_area->setFilterText(QStringLiteral("xylophone quartet"));
    auto *noMatch = child<EmptyState>("noMatchState");
    QVERIFY(noMatch->isVisible());
    QCOMPARE(noMatch->title(), QStringLiteral("No questions match “xylophone quartet”"));
    QVERIFY(!m_area->canDelete());
    noMatch->findChild<QPushButton *>()->click();
    QCOMPARE(cleared.count(), 1);
    QVERIFY(!noMatch->isVisible());
    QVERIFY(bank()->listView()->isVisible());
    QCOMPARE(shownModel()->rowCount(), m_workspace->questions().all().size());
}

void TestQuestionsArea::newQuestionShowsCautionAndStoresIt()
{
    const int before = int(m_workspace->questions().all().size());
    m_area->addNew();
    auto *form = bank()->form();
    QVERIFY(form->isCreating());
    auto *text = child<QPlainTextEdit>("questionTextEdit");
    QVERIFY(text->hasFocus());
    QVERIFY(text->toPlainText().isEmpty());
    QVERIFY(!m_area->canDelete());

    QTest::keyClicks(text, QStringLiteral("How much do you make?"));
    auto *caution = child<FieldMessage>("questionCaution");
    QVERIFY(caution->isVisible());
    QVERIFY(!form->cautionText().isEmpty());
    QCOMPARE(form->cautionText(), questionCaution(QStringLiteral("How much do you make?")).reason);

    QTest::keyClick(text, Qt::Key_Return);
    QVERIFY(!form->isCreating());
    QCOMPARE(m_workspace->questions().all().size(), before + 1);
    QCOMPARE(m_undo->count(), 1);
    const qint64 id = bank()->currentQuestionId();
    const std::optional<Question> stored = m_workspace->questions().find(id);
    QVERIFY(stored);
    QCOMPARE(stored->text, QStringLiteral("How much do you make?"));
    QVERIFY(!stored->caution.isEmpty());
    QVERIFY(!stored->isShipped());
    QCOMPARE(child<QLabel>("questionOrigin")->text(), QStringLiteral("Your question"));
    QVERIFY(caution->isVisible());
    QVERIFY(shownRowOf(id) >= 0);
    QVERIFY(!shownModel()->index(shownRowOf(id), 0).data(QuestionBankModel::CautionRole).toString().isEmpty());

    // A harmless rewording takes the caution away, live.
    replaceText(text, QStringLiteral("What salary range is usual in this field?"));
    QVERIFY(!caution->isVisible());

    m_undo->undo();
    QVERIFY(!m_workspace->questions().find(id));
    QCOMPARE(m_workspace->questions().all().size(), before);
}

void TestQuestionsArea::newQuestionNeedsText()
{
    m_area->addNew();
    child<QPushButton>("saveButton")->click();
    QVERIFY(bank()->form()->isCreating());
    QVERIFY(child<FieldMessage>("questionTextMessage")->isVisible());
    QCOMPARE(m_undo->count(), 0);
    QTest::keyClick(child<QPlainTextEdit>("questionTextEdit"), Qt::Key_Escape);
    QVERIFY(!bank()->form()->isCreating());
    QCOMPARE(m_undo->count(), 0);
}

void TestQuestionsArea::editTextIsOneUndoStep()
{
    const Question original = m_workspace->questions().all().at(3);
    SELECT_QUESTION(original.id);
    auto *text = child<QPlainTextEdit>("questionTextEdit");
    replaceText(text, QStringLiteral("What does a usual Monday look like?"));
    QCOMPARE(m_undo->count(), 0); // nothing is saved while typing
    QTest::keyClick(text, Qt::Key_Return);
    QCOMPARE(m_undo->count(), 1);
    QCOMPARE(m_undo->text(0), QStringLiteral("Edit Question Text"));
    QCOMPARE(m_workspace->questions().find(original.id)->text, QStringLiteral("What does a usual Monday look like?"));
    const int row = shownRowOf(original.id);
    QCOMPARE(shownModel()->index(row, QuestionBankModel::TextColumn).data().toString(),
             QStringLiteral("What does a usual Monday look like?"));

    bank()->listView()->setFocus();
    m_undo->undo();
    QCOMPARE(m_workspace->questions().find(original.id)->text, original.text);
    QCOMPARE(text->toPlainText(), original.text);
    m_undo->redo();
    QCOMPARE(m_workspace->questions().find(original.id)->text, QStringLiteral("What does a usual Monday look like?"));
    QCOMPARE(text->toPlainText(), QStringLiteral("What does a usual Monday look like?"));

    // Emptying the text is refused rather than saved.
    replaceText(text, QString());
    QTest::keyClick(text, Qt::Key_Return);
    QVERIFY(child<FieldMessage>("questionTextMessage")->isVisible());
    QCOMPARE(m_undo->count(), 1);
}

void TestQuestionsArea::editCategoryMinutesAndTags()
{
    const Question original = m_workspace->questions().all().at(0);
    SELECT_QUESTION(original.id);

    auto *minutes = child<QDoubleSpinBox>("questionMinutesSpin");
    minutes->setValue(4.5);
    QCOMPARE(m_workspace->questions().find(original.id)->minutes, 4.5);
    QCOMPARE(m_undo->text(m_undo->count() - 1), QStringLiteral("Edit Question Minutes"));

    typeInto(child<QLineEdit>("questionTagsEdit"), QStringLiteral("Daily Work,  first talk, daily work,"));
    QCOMPARE(m_workspace->questions().find(original.id)->tags,
             QStringList({QStringLiteral("daily work"), QStringLiteral("first talk")}));
    QCOMPARE(child<QLineEdit>("questionTagsEdit")->text(), QStringLiteral("daily work, first talk"));
    QCOMPARE(m_undo->text(m_undo->count() - 1), QStringLiteral("Edit Question Tags"));

    const QuestionCategory other = m_workspace->questions().categories().at(1);
    auto *category = child<QComboBox>("questionCategoryCombo");
    category->setCurrentIndex(category->findData(other.id));
    emit category->activated(category->currentIndex());
    QCOMPARE(m_workspace->questions().find(original.id)->categoryId, other.id);
    QCOMPARE(m_undo->count(), 3);

    m_undo->undo();
    m_undo->undo();
    m_undo->undo();
    const Question restored = *m_workspace->questions().find(original.id);
    QCOMPARE(restored.categoryId, original.categoryId);
    QCOMPARE(restored.tags, original.tags);
    QCOMPARE(restored.minutes, original.minutes);
    QCOMPARE(minutes->value(), original.minutes);
}

void TestQuestionsArea::newCategoryTypedInForm()
{
    const qint64 id = addOwnQuestion(QStringLiteral("Which podcasts do people in your field listen to?"));
    QVERIFY(id != 0);
    SELECT_QUESTION(id);
    const int categoriesBefore = int(m_workspace->questions().categories().size());
    auto *category = child<QComboBox>("questionCategoryCombo");
    typeInto(category->lineEdit(), QStringLiteral("Media diet"));
    QCOMPARE(m_workspace->questions().categories().size(), categoriesBefore + 1);
    const std::optional<Question> moved = m_workspace->questions().find(id);
    QCOMPARE(moved->categoryName, QStringLiteral("Media diet"));
    QCOMPARE(m_undo->count(), 1);
    QCOMPARE(child<QComboBox>("categoryFilterCombo")->findText(QStringLiteral("Media diet")) > 0, true);

    m_undo->undo();
    QVERIFY(m_workspace->questions().find(id)->categoryName != QStringLiteral("Media diet"));
    m_undo->redo();
    QCOMPARE(m_workspace->questions().find(id)->categoryName, QStringLiteral("Media diet"));
    QCOMPARE(m_workspace->questions().categories().size(), categoriesBefore + 1);
}

void TestQuestionsArea::retireHidesAndShowRetiredShows()
{
    const Question question = m_workspace->questions().all().at(2);
    SELECT_QUESTION(question.id);
    auto *retire = child<QPushButton>("retireButton");
    QCOMPARE(retire->text(), QStringLiteral("Ret&ire"));
    retire->click();
    QVERIFY(m_workspace->questions().find(question.id)->retired);
    QCOMPARE(shownRowOf(question.id), -1);
    QVERIFY(m_area->statusText().contains(QStringLiteral("1 retired")));

    child<QCheckBox>("showRetiredCheck")->setChecked(true);
    const int row = shownRowOf(question.id);
    QVERIFY(row >= 0);
    QVERIFY(shownModel()->index(row, 0).data(QuestionBankModel::RetiredRole).toBool());
    SELECT_QUESTION(question.id);
    QCOMPARE(retire->text(), QStringLiteral("Put Bac&k"));
    QVERIFY(child<QCheckBox>("questionRetiredCheck")->isChecked());

    // The form's check box puts it back, as its own undo step.
    child<QCheckBox>("questionRetiredCheck")->click();
    QVERIFY(!m_workspace->questions().find(question.id)->retired);
    QCOMPARE(m_undo->text(m_undo->count() - 1), QStringLiteral("Put Back Question"));
    m_undo->undo();
    m_undo->undo();
    QVERIFY(!m_workspace->questions().find(question.id)->retired);
}

void TestQuestionsArea::deleteRemovesOwnAndRetiresShipped()
{
    const qint64 own = addOwnQuestion(QStringLiteral("What would you do differently if you started today?"));
    QVERIFY(own != 0);
    SELECT_QUESTION(own);
    QVERIFY(m_area->canDelete());
    m_area->deleteSelected();
    QVERIFY(!m_workspace->questions().find(own));
    QVERIFY(m_area->statusText().startsWith(QStringLiteral("Deleted 1 question")));
    m_undo->undo();
    QVERIFY(m_workspace->questions().find(own));

    const Question shipped = m_workspace->questions().all().at(0);
    SELECT_QUESTION(shipped.id);
    m_area->deleteSelected();
    const std::optional<Question> kept = m_workspace->questions().find(shipped.id);
    QVERIFY(kept);
    QVERIFY(kept->retired);
    QVERIFY(m_area->statusText().contains(QStringLiteral("retired, not deleted")));
    m_undo->undo();
    QVERIFY(!m_workspace->questions().find(shipped.id)->retired);
}

void TestQuestionsArea::restoreShippedBankBringsWordingBack()
{
    const Question shipped = m_workspace->questions().all().at(5);
    QVERIFY(shipped.isShipped());
    Question edited = shipped;
    edited.text = QStringLiteral("Something else entirely?");
    m_undo->push(new EditRecordCommand<QuestionRepository, Question>(m_workspace->questions(), shipped, edited,
                                                                     QStringLiteral("Edit")));
    const qint64 own = addOwnQuestion(QStringLiteral("Which of your habits would you teach a newcomer?"));
    QVERIFY(own != 0);
    SELECT_QUESTION(shipped.id);

    QCOMPARE(bank()->restoreShippedBank(), 1);
    QCOMPARE(m_workspace->questions().find(shipped.id)->text, shipped.text);
    QCOMPARE(child<QPlainTextEdit>("questionTextEdit")->toPlainText(), shipped.text);
    QVERIFY(m_workspace->questions().find(own)); // the user's own question is untouched
    QVERIFY(m_area->statusText().startsWith(QStringLiteral("Restored 1 question")));

    m_undo->undo();
    QCOMPARE(m_workspace->questions().find(shipped.id)->text, QStringLiteral("Something else entirely?"));
    m_undo->redo();
    QCOMPARE(m_workspace->questions().find(shipped.id)->text, shipped.text);
}

void TestQuestionsArea::restoreAsksFirst()
{
    const Question shipped = m_workspace->questions().all().at(1);
    Question retired = shipped;
    retired.retired = true;
    QVERIFY(m_workspace->questions().update(retired));

    child<QPushButton>("restoreShippedButton")->click();
    auto *box = m_area->findChild<QMessageBox *>(QStringLiteral("restoreShippedBox"));
    QVERIFY(box);
    QVERIFY(box->isVisible());
    QVERIFY(box->informativeText().contains(QStringLiteral("not touched")));
    box->button(QMessageBox::Cancel)->click();
    QVERIFY(m_workspace->questions().find(shipped.id)->retired);
    QCOMPARE(m_undo->count(), 0);
    QTRY_VERIFY(!m_area->findChild<QMessageBox *>(QStringLiteral("restoreShippedBox")));

    child<QPushButton>("restoreShippedButton")->click();
    box = m_area->findChild<QMessageBox *>(QStringLiteral("restoreShippedBox"));
    QVERIFY(box);
    QPushButton *restore = nullptr;
    for (QAbstractButton *button : box->buttons()) {
        if (box->buttonRole(button) == QMessageBox::AcceptRole)
            restore = qobject_cast<QPushButton *>(button);
    }
    QVERIFY(restore);
    restore->click();
    QVERIFY(!m_workspace->questions().find(shipped.id)->retired);
    QCOMPARE(m_undo->count(), 1);
    QCOMPARE(m_undo->text(0), QStringLiteral("Restore Shipped Bank"));
}

void TestQuestionsArea::emptyBankOffersRestore()
{
    const QList<Question> all = m_workspace->questions().all(true);
    for (const Question &question : all)
        QVERIFY(m_workspace->questions().remove(question.id));
    auto *empty = child<EmptyState>("emptyBankState");
    QVERIFY(empty->isVisible());
    QCOMPARE(m_area->statusText(), QStringLiteral("The bank is empty"));
    QVERIFY(!m_area->canDelete());
    QCOMPARE(bank()->restoreShippedBank(), all.size());
    QVERIFY(!empty->isVisible());
    QCOMPARE(shownModel()->rowCount(), all.size());
}

void TestQuestionsArea::setsStartEmpty()
{
    m_area->showSetsTab();
    auto *empty = child<EmptyState>("noSetsState");
    QVERIFY(empty->isVisible());
    QVERIFY(empty->text().contains(QStringLiteral("Save as Set")));
    QCOMPARE(m_area->statusText(), QStringLiteral("No question sets yet"));
    QVERIFY(!m_area->canDelete());
}

void TestQuestionsArea::importExportRoundTrip()
{
    const QList<Question> bankQuestions = m_workspace->questions().all();
    QuestionSet set;
    set.name = QStringLiteral("Engineering, first talk");
    set.description = QStringLiteral("For a first conversation with an engineer");
    for (int i : {0, 4, 9}) {
        QuestionSetItem item;
        item.text = bankQuestions.at(i).text;
        item.minutes = bankQuestions.at(i).minutes;
        item.builtinKey = bankQuestions.at(i).builtinKey;
        item.categoryName = bankQuestions.at(i).categoryName;
        item.tags = bankQuestions.at(i).tags;
        set.items.append(item);
    }
    QuestionSetItem ownItem;
    ownItem.text = QStringLiteral("Which meetups in town are worth a Tuesday evening?");
    ownItem.minutes = 1.5;
    set.items.append(ownItem);
    const QString path = writeFile(QStringLiteral("engineering.inroad-questions"), questionSetToJson(set));
    QVERIFY(!path.isEmpty());

    m_area->showSetsTab();
    QSignalSpy imported(sets(), &QuestionSetsPage::setImported);
    QSignalSpy errors(sets(), &QuestionSetsPage::errorShown);
    sets()->importFile(path);
    QCOMPARE(errors.count(), 0);
    QCOMPARE(imported.count(), 1);
    QCOMPARE(m_undo->count(), 1);
    const qint64 id = imported.first().first().toLongLong();
    const std::optional<QuestionSet> stored = m_workspace->questionSets().find(id);
    QVERIFY(stored);
    QCOMPARE(stored->name, set.name);
    QCOMPARE(stored->description, set.description);
    QCOMPARE(stored->items.size(), 4);
    for (int i = 0; i < 3; ++i)
        QCOMPARE(stored->items.at(i).questionId, bankQuestions.at(QList<int>{0, 4, 9}.at(i)).id);
    QCOMPARE(stored->items.at(3).questionId, 0);
    QCOMPARE(stored->items.at(3).minutes, 1.5);

    QCOMPARE(sets()->currentSetId(), id);
    QCOMPARE(sets()->setList()->topLevelItemCount(), 1);
    QCOMPARE(sets()->questionList()->topLevelItemCount(), 4);
    QCOMPARE(child<QLineEdit>("setNameEdit")->text(), set.name);
    QVERIFY(m_area->statusText().contains(QStringLiteral("1 of its 4 questions are not in your bank")));
    QVERIFY(m_area->canDelete());

    const QString exported = m_dir->filePath(QStringLiteral("again.inroad-questions"));
    QVERIFY(sets()->exportSet(id, exported));
    QFile file(exported);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QuestionSetReadResult back = questionSetFromJson(file.readAll(), exported);
    QVERIFY2(back.ok(), qPrintable(back.error));
    QCOMPARE(back.set.name, set.name);
    QCOMPARE(back.set.description, set.description);
    QCOMPARE(back.set.items.size(), set.items.size());
    for (int i = 0; i < set.items.size(); ++i) {
        QCOMPARE(back.set.items.at(i).text, set.items.at(i).text);
        QCOMPARE(back.set.items.at(i).minutes, set.items.at(i).minutes);
    }

    m_undo->undo();
    QVERIFY(!m_workspace->questionSets().find(id));
    QVERIFY(child<EmptyState>("noSetsState")->isVisible());
}

void TestQuestionsArea::importWithTakenNameSuggestsAnother()
{
    QuestionSet set;
    set.name = QStringLiteral("Design, first talk");
    QuestionSetItem item;
    item.text = QStringLiteral("Who else should I talk to?");
    set.items.append(item);
    const QString path = writeFile(QStringLiteral("design.inroad-questions"), questionSetToJson(set));
    m_area->showSetsTab();
    QSignalSpy imported(sets(), &QuestionSetsPage::setImported);
    sets()->importFile(path);
    QCOMPARE(imported.count(), 1);

    sets()->importFile(path);
    auto *dialog = m_area->findChild<QInputDialog *>(QStringLiteral("importNameDialog"));
    QVERIFY(dialog);
    QVERIFY(dialog->isVisible());
    QCOMPARE(dialog->textValue(), QStringLiteral("Design, first talk (2)"));
    dialog->accept();
    QCOMPARE(imported.count(), 2);
    QTRY_VERIFY(!m_area->findChild<QInputDialog *>(QStringLiteral("importNameDialog")));
    const qint64 second = imported.last().first().toLongLong();
    QCOMPARE(m_workspace->questionSets().find(second)->name, QStringLiteral("Design, first talk (2)"));
    QCOMPARE(sets()->setList()->topLevelItemCount(), 2);
    QCOMPARE(m_area->statusText().endsWith(QStringLiteral("2 sets")), true);

    // Cancelling the name leaves everything as it was.
    sets()->importFile(path);
    dialog = m_area->findChild<QInputDialog *>(QStringLiteral("importNameDialog"));
    QVERIFY(dialog);
    QCOMPARE(dialog->textValue(), QStringLiteral("Design, first talk (3)"));
    dialog->reject();
    QCOMPARE(imported.count(), 2);
    QCOMPARE(m_workspace->questionSets().all().size(), 2);
}

void TestQuestionsArea::renameSetAndDeleteAreUndoable()
{
    QuestionSet first;
    first.name = QStringLiteral("Alpha");
    QVERIFY(m_workspace->questionSets().add(first));
    QuestionSet second;
    second.name = QStringLiteral("Beta");
    QVERIFY(m_workspace->questionSets().add(second));
    m_area->showSetsTab();
    sets()->showSet(first.id);
    QCOMPARE(sets()->currentSetId(), first.id);

    auto *name = child<QLineEdit>("setNameEdit");
    typeInto(name, QStringLiteral("Beta"));
    QVERIFY(child<FieldMessage>("setNameMessage")->isVisible());
    QCOMPARE(m_undo->count(), 0);
    typeInto(name, QStringLiteral("Alpha, revised"));
    QVERIFY(!child<FieldMessage>("setNameMessage")->isVisible());
    QCOMPARE(m_workspace->questionSets().find(first.id)->name, QStringLiteral("Alpha, revised"));
    QCOMPARE(m_undo->count(), 1);

    auto *description = child<QPlainTextEdit>("setDescriptionEdit");
    replaceText(description, QStringLiteral("For designers"));
    sets()->setList()->setFocus(); // focus leaving saves it
    QCOMPARE(m_workspace->questionSets().find(first.id)->description, QStringLiteral("For designers"));
    QCOMPARE(m_undo->count(), 2);

    sets()->showSet(first.id);
    QVERIFY(m_area->canDelete());
    m_area->deleteSelected();
    QVERIFY(!m_workspace->questionSets().find(first.id));
    QCOMPARE(sets()->setList()->topLevelItemCount(), 1);
    QCOMPARE(sets()->currentSetId(), second.id);
    QVERIFY(m_area->statusText().startsWith(QStringLiteral("Deleted “Alpha, revised”")));

    m_undo->undo();
    const std::optional<QuestionSet> back = m_workspace->questionSets().find(first.id);
    QVERIFY(back);
    QCOMPARE(back->description, QStringLiteral("For designers"));
    QCOMPARE(sets()->setList()->topLevelItemCount(), 2);

    m_area->setFilterText(QStringLiteral("revised"));
    int shown = 0;
    for (int i = 0; i < sets()->setList()->topLevelItemCount(); ++i)
        shown += sets()->setList()->topLevelItem(i)->isHidden() ? 0 : 1;
    QCOMPARE(shown, 1);
    QCOMPARE(m_area->statusText(), QStringLiteral("2 sets, 1 shown"));
}

void TestQuestionsArea::malformedImportShowsError_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<QString>("mentions");

    QTest::newRow("not json") << QByteArray("{\n  \"format\": \"inroad-question-set\",\n  oops\n}\n")
                              << QStringLiteral("broken.inroad-questions:");
    QTest::newRow("another format") << QByteArray(R"({"format": "something-else", "version": 1})")
                                    << QStringLiteral("broken.inroad-questions");
    QTest::newRow("question without text")
        << QByteArray(R"({"format": "inroad-question-set", "version": 1, "name": "X", "questions": [{"minutes": 2}]})")
        << QStringLiteral("broken.inroad-questions");
}

void TestQuestionsArea::malformedImportShowsError()
{
    QFETCH(QByteArray, content);
    QFETCH(QString, mentions);
    const QString path = writeFile(QStringLiteral("broken.inroad-questions"), content);
    m_area->showSetsTab();
    QSignalSpy errors(sets(), &QuestionSetsPage::errorShown);
    QSignalSpy imported(sets(), &QuestionSetsPage::setImported);
    sets()->importFile(path);
    QCOMPARE(imported.count(), 0);
    QCOMPARE(errors.count(), 1);
    QVERIFY2(errors.first().first().toString().contains(mentions), qPrintable(errors.first().first().toString()));
    auto *box = m_area->findChild<QMessageBox *>(QStringLiteral("questionSetErrorBox"));
    QVERIFY(box);
    QVERIFY(box->isVisible());
    box->accept();
    QCOMPARE(m_workspace->questionSets().all().size(), 0);
    QCOMPARE(m_undo->count(), 0);
}

void TestQuestionsArea::areaFollowsTheCurrentTab()
{
    QCOMPARE(m_area->title(), QStringLiteral("Questions"));
    QSignalSpy statusChanged(m_area.get(), &AreaView::statusTextChanged);
    m_area->showSetsTab();
    QVERIFY(statusChanged.count() > 0);
    QCOMPARE(m_area->statusText(), QStringLiteral("No question sets yet"));

    // File ▸ New writes a question whatever the tab.
    m_area->addNew();
    QCOMPARE(m_area->tabs()->currentWidget(), bank());
    QVERIFY(bank()->form()->isCreating());
    bank()->form()->cancelNewQuestion();

    const Question question = m_workspace->questions().all().at(7);
    m_area->showComparisonTab();
    QVERIFY(!m_area->canDelete());
    m_area->showRecord(question.id);
    QCOMPARE(m_area->tabs()->currentWidget(), bank());
    QCOMPARE(bank()->currentQuestionId(), question.id);

    // A retired question is shown too, with the retired ones.
    Question retired = m_workspace->questions().all().at(8);
    retired.retired = true;
    QVERIFY(m_workspace->questions().update(retired));
    m_area->showRecord(retired.id);
    QCOMPARE(bank()->currentQuestionId(), retired.id);
    QVERIFY(child<QCheckBox>("showRetiredCheck")->isChecked());

    QSignalSpy interview(m_area.get(), &QuestionsArea::interviewRequested);
    QSignalSpy record(m_area.get(), &AreaView::recordRequested);
    emit m_area->comparisonPage()->interviewActivated(42);
    QCOMPARE(interview.count(), 1);
    QCOMPARE(interview.first().first().toLongLong(), 42);
    QCOMPARE(record.count(), 1);
    QCOMPARE(record.first().at(0).toString(), QStringLiteral("interviews"));
    QCOMPARE(record.first().at(1).toLongLong(), 42);
}

QTEST_MAIN(TestQuestionsArea)
#include "tst_questionsarea.moc"
