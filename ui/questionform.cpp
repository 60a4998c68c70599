#include "questionform.h"

#include "emptystate.h"
#include "fieldmessage.h"
#include "plaintextfield.h"
#include "questioncaution.h"
#include "recordcommands.h"
#include "tagcompleter.h"
#include "workspace.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QShortcut>
#include <QStackedWidget>
#include <QUndoCommand>
#include <QUndoStack>
#include <QVBoxLayout>

namespace Inroad {

namespace {

/// Moves a question to the category called @p name, creating the category when it is new, as
/// one undo step. Undo puts the question back; a category created on the way stays (it is empty
/// and harmless, and redo finds it again).
class ChangeQuestionCategoryCommand final : public QUndoCommand
{
public:
    ChangeQuestionCategoryCommand(QuestionRepository &repo, Question before, QString categoryName,
                                  const QString &text)
        : QUndoCommand(text)
        , m_repo(repo)
        , m_before(std::move(before))
        , m_categoryName(std::move(categoryName))
    {
    }

    void redo() override
    {
        const qint64 categoryId = m_repo.ensureCategory(m_categoryName);
        Question after = m_before;
        after.categoryId = categoryId;
        if (categoryId == 0 || !m_repo.update(after))
            setObsolete(true);
    }
    void undo() override
    {
        if (!m_repo.update(m_before))
            setObsolete(true);
    }

private:
    QuestionRepository &m_repo;
    Question m_before;
    QString m_categoryName;
};

QLabel *buddyLabel(const QString &text, QWidget *buddy)
{
    auto *label = new QLabel(text);
    label->setBuddy(buddy);
    return label;
}

QStringList normalizedTags(const QString &text)
{
    QStringList tags;
    const QStringList parts = text.split(QLatin1Char(','));
    for (const QString &part : parts) {
        const QString tag = part.simplified().toLower();
        if (!tag.isEmpty() && !tags.contains(tag))
            tags.append(tag);
    }
    return tags;
}

} // namespace

QuestionForm::QuestionForm(Workspace &workspace, QUndoStack &undoStack, QWidget *parent)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_undoStack(undoStack)
    , m_pages(new QStackedWidget(this))
    , m_nothingShown(new EmptyState(this))
{
    m_nothingShown->setObjectName(QStringLiteral("nothingShownState"));
    m_nothingShown->setTitle(tr("Select a question, or write one"));
    m_nothingShown->setText(tr("Pick a question in the list to change its wording, category, time or tags."));
    connect(m_nothingShown->addButton(tr("New Question")), &QPushButton::clicked, this, &QuestionForm::addRequested);

    m_pages->addWidget(m_nothingShown);
    m_pages->addWidget(buildForm());
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_pages);
    setTabOrder(m_text, m_category);
    setTabOrder(m_category, m_minutes);
    setTabOrder(m_minutes, m_tags);
    setTabOrder(m_tags, m_retired);
    setTabOrder(m_retired, m_cancel);
    setTabOrder(m_cancel, m_save);

    auto *escape = new QShortcut(QKeySequence(Qt::Key_Escape), this);
    escape->setContext(Qt::WidgetWithChildrenShortcut);
    connect(escape, &QShortcut::activated, this, [this] {
        if (m_creating)
            cancelNewQuestion();
        else
            emit leaveRequested();
    });
    auto *save = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_Return), this);
    save->setContext(Qt::WidgetWithChildrenShortcut);
    connect(save, &QShortcut::activated, this, [this] {
        if (m_creating)
            saveNewQuestion();
    });

    QuestionRepository &questions = m_workspace.questions();
    connect(&questions, &QuestionRepository::added, this, [this](qint64 id) { m_lastAddedId = id; });
    connect(&questions, &QuestionRepository::changed, this, [this](qint64 id) {
        if (id == m_questionId)
            reloadShown();
    });
    connect(&questions, &QuestionRepository::removed, this, [this](qint64 id) {
        if (id == m_questionId && !m_creating)
            showQuestion(0);
    });
    connect(&questions, &QuestionRepository::categoriesChanged, this, &QuestionForm::reloadCategories);

    reloadCategories();
    m_pages->setCurrentWidget(m_nothingShown);
}

QWidget *QuestionForm::buildForm()
{
    auto *page = new QWidget;

    m_heading = new QLabel(page);
    m_heading->setObjectName(QStringLiteral("questionHeading"));
    m_heading->setTextFormat(Qt::PlainText);
    m_heading->setWordWrap(true);
    QFont headingFont = m_heading->font();
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.3);
    headingFont.setBold(true);
    m_heading->setFont(headingFont);
    m_origin = new QLabel(page);
    m_origin->setObjectName(QStringLiteral("questionOrigin"));
    m_origin->setTextFormat(Qt::PlainText);
    m_origin->setWordWrap(true);
    m_origin->setForegroundRole(QPalette::PlaceholderText);

    m_text = new PlainTextField;
    m_text->setObjectName(QStringLiteral("questionTextEdit"));
    m_text->setAccessibleName(tr("Question"));
    m_text->setVisibleLines(3);
    // Fixed height: an expanding editor would stretch its form row instead of the space below.
    m_text->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    m_text->setPlaceholderText(tr("An open question: “What does a typical week look like for you?”"));
    m_text->installEventFilter(this);
    connect(m_text, &PlainTextField::editingFinished, this, [this] { commit(Field::Text); });
    connect(m_text, &QPlainTextEdit::textChanged, this, &QuestionForm::updateCaution);
    m_textMessage = new FieldMessage(m_text);
    m_textMessage->setObjectName(QStringLiteral("questionTextMessage"));
    m_caution = new FieldMessage(m_text);
    m_caution->setObjectName(QStringLiteral("questionCaution"));
    m_caution->setAccessibleName(tr("Caution"));

    m_category = new QComboBox;
    m_category->setObjectName(QStringLiteral("questionCategoryCombo"));
    m_category->setAccessibleName(tr("Category"));
    m_category->setEditable(true);
    m_category->setInsertPolicy(QComboBox::NoInsert);
    m_category->lineEdit()->setPlaceholderText(tr("Pick a category or type a new one"));
    m_category->setToolTip(tr("Type a name that is not in the list to start a new category"));
    connect(m_category->lineEdit(), &QLineEdit::editingFinished, this, &QuestionForm::commitCategory);
    connect(m_category, &QComboBox::activated, this, &QuestionForm::commitCategory);

    m_minutes = new QDoubleSpinBox;
    m_minutes->setObjectName(QStringLiteral("questionMinutesSpin"));
    m_minutes->setAccessibleName(tr("Minutes"));
    m_minutes->setRange(0.5, 30.0);
    m_minutes->setSingleStep(0.5);
    m_minutes->setDecimals(1);
    m_minutes->setSuffix(tr(" min"));
    m_minutes->setKeyboardTracking(false);
    m_minutes->setToolTip(tr("About how long an answer takes"));
    connect(m_minutes, &QDoubleSpinBox::valueChanged, this, [this] { commit(Field::Minutes); });

    m_tags = new QLineEdit;
    m_tags->setObjectName(QStringLiteral("questionTagsEdit"));
    m_tags->setAccessibleName(tr("Tags"));
    m_tags->setPlaceholderText(tr("e.g. salary, first talk — separated by commas"));
    m_tagCompleter = new TagCompleter(this);
    m_tags->setCompleter(m_tagCompleter);
    connect(m_tags, &QLineEdit::editingFinished, this, [this] { commit(Field::Tags); });

    m_retired = new QCheckBox(tr("&Retired"));
    m_retired->setObjectName(QStringLiteral("questionRetiredCheck"));
    m_retired->setToolTip(tr("Hidden from the bank and from new lists; interviews that asked it keep it"));
    connect(m_retired, &QCheckBox::toggled, this, [this] { commit(Field::Retired); });

    auto *textCell = new QWidget;
    auto *textLayout = new QVBoxLayout(textCell);
    textLayout->setContentsMargins(0, 0, 0, 0);
    textLayout->setSpacing(2);
    textLayout->addWidget(m_text);
    textLayout->addWidget(m_textMessage);
    textLayout->addWidget(m_caution);

    auto *minutesRow = new QHBoxLayout;
    minutesRow->setContentsMargins(0, 0, 0, 0);
    minutesRow->addWidget(m_minutes);
    minutesRow->addStretch();

    auto *body = new QWidget;
    auto *bodyLayout = new QVBoxLayout(body);
    bodyLayout->setContentsMargins(0, 0, 0, 0);
    auto *form = new QFormLayout;
    bodyLayout->addLayout(form);
    bodyLayout->addStretch();
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(buddyLabel(tr("&Question:"), m_text), textCell);
    form->addRow(buddyLabel(tr("&Category:"), m_category), m_category);
    form->addRow(buddyLabel(tr("&Minutes:"), m_minutes), minutesRow);
    form->addRow(buddyLabel(tr("&Tags:"), m_tags), m_tags);
    form->addRow(QString(), m_retired);

    auto *scroll = new QScrollArea;
    scroll->setWidget(body);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);

    m_saveBar = new QWidget;
    auto *saveLayout = new QHBoxLayout(m_saveBar);
    saveLayout->setContentsMargins(0, 0, 0, 0);
    saveLayout->addStretch();
    m_cancel = new QPushButton(tr("Cancel"));
    m_cancel->setObjectName(QStringLiteral("cancelButton"));
    m_cancel->setToolTip(tr("Forget this new question (Esc)"));
    m_save = new QPushButton(tr("Add Question"));
    m_save->setObjectName(QStringLiteral("saveButton"));
    m_save->setToolTip(tr("Add this question to the bank (Enter)"));
    saveLayout->addWidget(m_cancel);
    saveLayout->addWidget(m_save);
    connect(m_save, &QPushButton::clicked, this, &QuestionForm::saveNewQuestion);
    connect(m_cancel, &QPushButton::clicked, this, &QuestionForm::cancelNewQuestion);
    m_saveBar->hide();

    auto *layout = new QVBoxLayout(page);
    layout->addWidget(m_heading);
    layout->addWidget(m_origin);
    layout->addSpacing(fontMetrics().height() / 2);
    layout->addWidget(scroll, 1);
    layout->addWidget(m_saveBar);
    return page;
}

void QuestionForm::setCreating(bool creating)
{
    if (creating == m_creating)
        return;
    m_creating = creating;
    m_saveBar->setVisible(creating);
    m_retired->setVisible(!creating);
    emit creatingChanged(creating);
}

void QuestionForm::showQuestion(qint64 id)
{
    setCreating(false);
    if (id != m_questionId)
        commitPendingEdits();
    const std::optional<Question> question = id > 0 ? m_workspace.questions().find(id) : std::nullopt;
    if (!question) {
        m_questionId = 0;
        m_textMessage->clear();
        m_pages->setCurrentWidget(m_nothingShown);
        return;
    }
    if (id != m_questionId)
        m_textMessage->clear();
    m_questionId = id;
    load(*question);
    m_pages->setCurrentIndex(1);
}

void QuestionForm::startNewQuestion(qint64 categoryId)
{
    commitPendingEdits();
    if (!m_creating)
        m_idBeforeCreating = m_questionId;
    m_questionId = 0;
    setCreating(true);
    Question question;
    const QList<QuestionCategory> categories = m_workspace.questions().categories();
    question.categoryId = categoryId;
    if (categoryId == 0 && !categories.isEmpty())
        question.categoryId = categories.first().id;
    for (const QuestionCategory &category : categories) {
        if (category.id == question.categoryId)
            question.categoryName = category.name;
    }
    m_textMessage->clear();
    load(question);
    m_heading->setText(tr("New question"));
    m_origin->setText(tr("Write it as an open question, then press Enter to add it to the bank."));
    m_pages->setCurrentIndex(1);
    focusFirstField();
}

bool QuestionForm::saveNewQuestion()
{
    if (!m_creating)
        return false;
    Question question = draft(Question());
    if (question.text.isEmpty()) {
        m_textMessage->showMessage(tr("Write the question first."));
        m_text->setFocus(Qt::OtherFocusReason);
        return false;
    }
    m_textMessage->clear();
    const QString categoryName = m_category->currentText().simplified();
    QuestionRepository &questions = m_workspace.questions();
    // A category typed here is created right away; it outlives an undo of the add, empty.
    if (!categoryName.isEmpty())
        question.categoryId = questions.ensureCategory(categoryName);
    m_lastAddedId = 0;
    m_undoStack.push(new AddRecordCommand<QuestionRepository, Question>(questions, question, tr("Add Question")));
    const qint64 id = m_lastAddedId;
    if (id == 0)
        return false; // the repository has told the user why
    setCreating(false);
    showQuestion(id);
    emit questionCreated(id);
    return true;
}

void QuestionForm::cancelNewQuestion()
{
    if (!m_creating)
        return;
    m_textMessage->clear();
    showQuestion(m_idBeforeCreating);
    emit creationCancelled();
}

void QuestionForm::focusFirstField()
{
    if (m_pages->currentIndex() == 1)
        m_text->setFocus(Qt::TabFocusReason);
    else
        m_nothingShown->setFocus(Qt::TabFocusReason);
}

QString QuestionForm::cautionText() const
{
    return m_caution->message();
}

bool QuestionForm::eventFilter(QObject *watched, QEvent *event)
{
    // A question is one sentence: Enter finishes it instead of starting a new line.
    if (watched == m_text && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if ((key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter)
            && !(key->modifiers() & (Qt::ControlModifier | Qt::AltModifier))) {
            if (m_creating)
                saveNewQuestion();
            else
                commit(Field::Text);
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void QuestionForm::load(const Question &question)
{
    m_loading = true;
    // Text being typed survives a change made elsewhere (an undo of another field).
    if (!(m_text->hasFocus() && m_text->isModified()))
        m_text->setText(question.text);
    if (!(m_category->lineEdit()->hasFocus() && m_category->lineEdit()->isModified())) {
        const int index = m_category->findData(question.categoryId);
        m_category->setCurrentIndex(index);
        if (index < 0)
            m_category->setEditText(question.categoryName);
        m_category->lineEdit()->setModified(false);
    }
    m_minutes->setValue(question.minutes);
    if (!(m_tags->hasFocus() && m_tags->isModified())) {
        m_tags->setText(question.tags.join(QStringLiteral(", ")));
        m_tags->setModified(false);
    }
    m_retired->setChecked(question.retired);
    m_loading = false;
    m_tagCompleter->setTags(m_workspace.questions().allTags());
    updateCaution();
    updateNotes(question);
}

void QuestionForm::updateNotes(const Question &question)
{
    if (m_creating)
        return;
    m_heading->setText(question.categoryName.isEmpty() ? tr("Question") : question.categoryName);
    QStringList notes;
    notes << (question.isShipped() ? tr("Shipped with Inroad") : tr("Your question"));
    if (question.retired)
        notes << tr("retired");
    m_origin->setText(notes.join(tr(" · ")));
    m_origin->setToolTip(question.isShipped() ? tr("Restore Shipped Bank brings back its original wording") : QString());
}

void QuestionForm::reloadShown()
{
    if (m_creating || m_questionId == 0)
        return;
    if (const std::optional<Question> question = m_workspace.questions().find(m_questionId))
        load(*question);
    else
        showQuestion(0);
}

void QuestionForm::reloadCategories()
{
    const QString typed = m_category->currentText();
    const bool keepTyped = m_category->lineEdit()->hasFocus() && m_category->lineEdit()->isModified();
    {
        const QSignalBlocker blocker(m_category);
        const bool loading = m_loading;
        m_loading = true;
        m_category->clear();
        for (const QuestionCategory &category : m_workspace.questions().categories())
            m_category->addItem(category.name, category.id);
        m_loading = loading;
    }
    if (keepTyped) {
        m_category->setEditText(typed);
        return;
    }
    if (m_creating) {
        const int index = m_category->findText(typed, Qt::MatchFixedString);
        m_category->setCurrentIndex(index);
        if (index < 0)
            m_category->setEditText(typed);
        return;
    }
    reloadShown();
}

void QuestionForm::updateCaution()
{
    const Caution caution = questionCaution(m_text->toPlainText());
    if (caution.isNone())
        m_caution->clear();
    else
        m_caution->showMessage(caution.reason);
    if (!m_text->toPlainText().trimmed().isEmpty())
        m_textMessage->clear();
}

QString QuestionForm::enteredText() const
{
    return m_text->toPlainText().simplified();
}

QStringList QuestionForm::enteredTags() const
{
    return normalizedTags(m_tags->text());
}

Question QuestionForm::draft(const Question &base) const
{
    Question question = base;
    question.text = enteredText();
    question.minutes = m_minutes->value();
    question.tags = enteredTags();
    const int index = m_category->findText(m_category->currentText().simplified(), Qt::MatchFixedString);
    question.categoryId = index >= 0 ? m_category->itemData(index).toLongLong() : 0;
    return question;
}

void QuestionForm::commit(Field field)
{
    if (m_loading || m_creating || m_questionId == 0)
        return;
    const std::optional<Question> before = m_workspace.questions().find(m_questionId);
    if (!before)
        return;
    Question after = *before;
    QString undoText;
    switch (field) {
    case Field::Text:
        after.text = enteredText();
        if (after.text.isEmpty()) {
            m_textMessage->showMessage(tr("A question needs some text. Retire it instead if you no longer ask it."));
            return;
        }
        m_textMessage->clear();
        undoText = tr("Edit Question Text");
        break;
    case Field::Minutes:
        after.minutes = m_minutes->value();
        undoText = tr("Edit Question Minutes");
        break;
    case Field::Tags:
        after.tags = enteredTags();
        undoText = tr("Edit Question Tags");
        break;
    case Field::Retired:
        after.retired = m_retired->isChecked();
        undoText = after.retired ? tr("Retire Question") : tr("Put Back Question");
        break;
    }
    const bool unchanged = after.text == before->text && qFuzzyCompare(after.minutes, before->minutes)
        && after.tags == before->tags && after.retired == before->retired;
    if (!unchanged) {
        m_undoStack.push(
            new EditRecordCommand<QuestionRepository, Question>(m_workspace.questions(), *before, after, undoText));
    }
    // Show what was stored: the text without stray spaces, the tags normalized.
    if (field == Field::Text) {
        m_text->setText(after.text);
    } else if (field == Field::Tags) {
        m_tags->setText(after.tags.join(QStringLiteral(", ")));
        m_tags->setModified(false);
    }
}

void QuestionForm::commitCategory()
{
    if (m_loading || m_creating || m_questionId == 0)
        return;
    const std::optional<Question> before = m_workspace.questions().find(m_questionId);
    if (!before)
        return;
    const QString name = m_category->currentText().simplified();
    if (name.isEmpty() || name.compare(before->categoryName, Qt::CaseInsensitive) == 0) {
        load(*before);
        return;
    }
    m_category->lineEdit()->setModified(false);
    m_undoStack.push(new ChangeQuestionCategoryCommand(m_workspace.questions(), *before, name,
                                                       tr("Move Question to %1").arg(name)));
}

void QuestionForm::commitPendingEdits()
{
    QWidget *focused = QApplication::focusWidget();
    if (!focused || !isAncestorOf(focused))
        return;
    focused->clearFocus();
    focused->setFocus(Qt::OtherFocusReason);
}

} // namespace Inroad
