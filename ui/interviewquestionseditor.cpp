#include "interviewquestionseditor.h"

#include "interviewquestionmodel.h"
#include "plaintextfield.h"
#include "questionbankmodel.h"
#include "questioncaution.h"
#include "recordcommands.h"
#include "sendahead.h"
#include "workspace.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCoreApplication>
#include <QDesktopServices>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMenu>
#include <QMessageBox>
#include <QPainter>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QTimer>
#include <QToolButton>
#include <QUndoStack>
#include <QUrl>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>
#include <functional>

namespace Inroad {

namespace {

constexpr int kAnswerPauseMs = 1200;

QString minutesText(double minutes)
{
    return QLocale().toString(minutes, 'g', 3);
}

/// A bar of the agreed minutes: the introduction and closing reserves at both ends, the planned
/// questions between them, and what does not fit in red past the agreed end.
class TimeMeter final : public QWidget
{
public:
    using QWidget::QWidget;

    void setBudget(const TimeBudget &budget)
    {
        m_budget = budget;
        update();
    }
    QSize sizeHint() const override { return {240, fontMetrics().height()}; }
    QSize minimumSizeHint() const override { return {80, fontMetrics().height() / 2 + 4}; }

protected:
    void paintEvent(QPaintEvent *) override
    {
        QPainter painter(this);
        painter.setRenderHint(QPainter::Antialiasing);
        const QRectF area = QRectF(rect()).adjusted(1, 2, -1, -2);
        const double agreed = m_budget.agreedMinutes;
        const double planned = m_budget.introMinutes + m_budget.questionMinutes + m_budget.closingMinutes;
        const double scale = area.width() / std::max({agreed, planned, 1.0});
        const QPalette pal = palette();
        painter.setPen(Qt::NoPen);
        painter.setBrush(pal.color(QPalette::AlternateBase));
        painter.drawRoundedRect(QRectF(area.left(), area.top(), agreed * scale, area.height()), 3, 3);

        const QColor reserve = pal.color(QPalette::Mid);
        const QColor questions = m_budget.isOver() ? QColor(0xc0, 0x39, 0x2b) : pal.color(QPalette::Highlight);
        double x = area.left();
        const auto segment = [&](double minutes, const QColor &colour) {
            const double w = minutes * scale;
            painter.setBrush(colour);
            painter.drawRect(QRectF(x, area.top(), w, area.height()));
            x += w;
        };
        segment(m_budget.introMinutes, reserve);
        segment(m_budget.questionMinutes, questions);
        segment(m_budget.closingMinutes, reserve);
        // The agreed end, so "over" is visible even when the bar is scaled to the plan.
        painter.setPen(QPen(pal.color(QPalette::WindowText), 2));
        const double end = area.left() + agreed * scale;
        painter.drawLine(QPointF(end, rect().top()), QPointF(end, rect().bottom()));
    }

private:
    TimeBudget m_budget;
};

/// The interview's list: Delete removes and Alt+Up/Down move the selected questions, even though
/// the window's Edit ▸ Delete uses the same key for whole records.
class QuestionListView final : public QTableView
{
public:
    std::function<void()> onDelete;
    std::function<void(int)> onMove;

protected:
    bool event(QEvent *event) override
    {
        if (event->type() == QEvent::ShortcutOverride && handles(static_cast<QKeyEvent *>(event))) {
            event->accept();
            return true;
        }
        return QTableView::event(event);
    }
    void keyPressEvent(QKeyEvent *event) override
    {
        if (state() != EditingState && handles(event)) {
            if (event->key() == Qt::Key_Delete || event->key() == Qt::Key_Backspace)
                onDelete();
            else
                onMove(event->key() == Qt::Key_Up ? -1 : 1);
            event->accept();
            return;
        }
        QTableView::keyPressEvent(event);
    }

private:
    bool handles(const QKeyEvent *event) const
    {
        if (state() == EditingState)
            return false;
        const Qt::KeyboardModifiers mods = event->modifiers() & ~Qt::KeypadModifier;
        if ((event->key() == Qt::Key_Delete || event->key() == Qt::Key_Backspace) && mods == Qt::NoModifier)
            return true;
        return (event->key() == Qt::Key_Up || event->key() == Qt::Key_Down) && mods == Qt::AltModifier;
    }
};

} // namespace

struct InterviewQuestionsEditor::Private
{
    InterviewQuestionsEditor *q;
    Workspace &workspace;
    QUndoStack &undoStack;
    QuestionBankModel *bankModel = nullptr;
    QuestionBankFilter *bankFilter = nullptr;
    InterviewQuestionModel *model = nullptr;

    QComboBox *category = nullptr;
    QComboBox *tag = nullptr;
    QLineEdit *search = nullptr;
    QTableView *bank = nullptr;
    QuestionListView *list = nullptr;
    TimeMeter *meter = nullptr;
    QLabel *budget = nullptr;
    QWidget *referralBanner = nullptr;
    QLineEdit *ownQuestion = nullptr;
    QLabel *answerHeading = nullptr;
    QLabel *answerCaution = nullptr;
    PlainTextField *answer = nullptr;
    QCheckBox *notAsked = nullptr;
    QWidget *answerBox = nullptr;
    QTimer answerPause;
    qint64 answerRowId = 0; ///< the interview question the answer field shows
    QString savedAnswer;    ///< its answer as last loaded or saved; the field differs while typing
    int agreedMinutes = 0;
    bool loadingAnswer = false;

    Private(InterviewQuestionsEditor *owner, Workspace &ws, QUndoStack &stack)
        : q(owner)
        , workspace(ws)
        , undoStack(stack)
    {
    }

    QWidget *buildBank();
    QWidget *buildList();
    QWidget *buildAnswer();
    void reloadFilters();
    void updateBudget();
    void currentChanged();
    void saveAnswer();
    int rowOfId(qint64 id) const;
    QList<int> selectedRows() const;
    void fillSetsMenu(QMenu *menu);
};

InterviewQuestionsEditor::InterviewQuestionsEditor(Workspace &workspace, QUndoStack &undoStack, QWidget *parent)
    : QWidget(parent)
    , d(std::make_unique<Private>(this, workspace, undoStack))
{
    d->bankModel = new QuestionBankModel(workspace.questions(), this);
    d->bankFilter = new QuestionBankFilter(this);
    d->bankFilter->setSourceModel(d->bankModel);
    d->model = new InterviewQuestionModel(workspace.interviewQuestions(), workspace.questions(), undoStack, this);

    auto *splitter = new QSplitter(Qt::Horizontal);
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(d->buildBank());
    auto *right = new QSplitter(Qt::Vertical);
    right->setChildrenCollapsible(false);
    right->addWidget(d->buildList());
    right->addWidget(d->buildAnswer());
    right->setStretchFactor(0, 3);
    right->setStretchFactor(1, 2);
    right->setSizes({360, 240}); // room for a few lines of answer from the start
    splitter->addWidget(right);
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 3);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(splitter);

    d->answerPause.setSingleShot(true);
    d->answerPause.setInterval(kAnswerPauseMs);
    connect(&d->answerPause, &QTimer::timeout, this, [this] { d->saveAnswer(); });

    const auto changed = [this] {
        d->updateBudget();
        d->currentChanged();
    };
    connect(d->model, &QAbstractItemModel::rowsInserted, this, changed);
    connect(d->model, &QAbstractItemModel::rowsRemoved, this, changed);
    connect(d->model, &QAbstractItemModel::layoutChanged, this, changed);
    connect(d->model, &QAbstractItemModel::modelReset, this, changed);
    connect(d->model, &QAbstractItemModel::dataChanged, this, changed);
    connect(&workspace.questions(), &QuestionRepository::categoriesChanged, this, [this] { d->reloadFilters(); });
    connect(&workspace.questions(), &QuestionRepository::added, this, [this] { d->reloadFilters(); });
    connect(&workspace.questions(), &QuestionRepository::changed, this, [this] { d->reloadFilters(); });
    connect(&workspace.interviews(), &InterviewRepository::changed, this, [this](qint64 id) {
        if (id == interviewId())
            showInterview(id); // the agreed length may have changed
    });
    d->reloadFilters();
    showInterview(0);
}

InterviewQuestionsEditor::~InterviewQuestionsEditor()
{
    d->saveAnswer();
}

QWidget *InterviewQuestionsEditor::Private::buildBank()
{
    auto *box = new QWidget;
    auto *heading = new QLabel(tr("<b>Question bank</b>"));
    category = new QComboBox;
    category->setObjectName(QStringLiteral("bankCategoryCombo"));
    category->setAccessibleName(tr("Category"));
    category->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    category->setMinimumContentsLength(10);
    tag = new QComboBox;
    tag->setObjectName(QStringLiteral("bankTagCombo"));
    tag->setAccessibleName(tr("Tag"));
    tag->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    tag->setMinimumContentsLength(8);
    search = new QLineEdit;
    search->setObjectName(QStringLiteral("bankSearchEdit"));
    search->setPlaceholderText(tr("Find questions…"));
    search->setClearButtonEnabled(true);
    connect(category, &QComboBox::activated, q,
            [this] { bankFilter->setCategoryId(category->currentData().toLongLong()); });
    connect(tag, &QComboBox::activated, q, [this] { bankFilter->setTag(tag->currentData().toString()); });
    connect(search, &QLineEdit::textChanged, q, [this](const QString &text) { bankFilter->setText(text); });

    bank = new QTableView;
    bank->setObjectName(QStringLiteral("bankView"));
    bank->setAccessibleName(tr("Question bank"));
    bank->setModel(bankFilter);
    bank->setSelectionBehavior(QAbstractItemView::SelectRows);
    bank->setSelectionMode(QAbstractItemView::ExtendedSelection);
    bank->setEditTriggers(QAbstractItemView::NoEditTriggers);
    bank->setDragEnabled(true);
    bank->setDragDropMode(QAbstractItemView::DragOnly);
    bank->setDefaultDropAction(Qt::CopyAction);
    bank->setWordWrap(true);
    bank->verticalHeader()->hide();
    bank->setAlternatingRowColors(true);
    bank->setColumnHidden(QuestionBankModel::CategoryColumn, true);
    bank->setColumnHidden(QuestionBankModel::TagsColumn, true);
    bank->horizontalHeader()->setSectionResizeMode(QuestionBankModel::TextColumn, QHeaderView::Stretch);
    bank->horizontalHeader()->setSectionResizeMode(QuestionBankModel::MinutesColumn, QHeaderView::ResizeToContents);
    bank->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    bank->setToolTip(tr("Drag questions to the interview’s list, or double-click or press Enter to add them"));
    connect(bank, &QAbstractItemView::activated, q, &InterviewQuestionsEditor::addSelectedFromBank);

    auto *add = new QPushButton(tr("&Add to List"));
    add->setObjectName(QStringLiteral("addFromBankButton"));
    add->setToolTip(tr("Add the selected questions after the selected question of the list"));
    connect(add, &QPushButton::clicked, q, &InterviewQuestionsEditor::addSelectedFromBank);

    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(heading);
    layout->addWidget(category);
    layout->addWidget(tag);
    layout->addWidget(search);
    layout->addWidget(bank, 1);
    layout->addWidget(add, 0, Qt::AlignRight);
    return box;
}

QWidget *InterviewQuestionsEditor::Private::buildList()
{
    auto *box = new QWidget;
    auto *heading = new QLabel(tr("<b>Questions for this interview</b>"));
    meter = new TimeMeter;
    meter->setObjectName(QStringLiteral("timeMeter"));
    budget = new QLabel;
    budget->setObjectName(QStringLiteral("budgetLabel"));
    budget->setWordWrap(true);

    referralBanner = new QWidget;
    referralBanner->setObjectName(QStringLiteral("referralSuggestion"));
    auto *bannerText = new QLabel(tr("End by asking who else you could talk to: the method asks for two referrals "
                                     "from every conversation."));
    bannerText->setWordWrap(true);
    auto *bannerButton = new QPushButton(tr("Add as &Last Question"));
    bannerButton->setObjectName(QStringLiteral("addReferralQuestionButton"));
    connect(bannerButton, &QPushButton::clicked, q, &InterviewQuestionsEditor::addReferralQuestion);
    auto *bannerLayout = new QHBoxLayout(referralBanner);
    bannerLayout->setContentsMargins(0, 0, 0, 0);
    bannerLayout->addWidget(bannerText, 1);
    bannerLayout->addWidget(bannerButton);

    list = new QuestionListView;
    list->setObjectName(QStringLiteral("interviewQuestionList"));
    list->setAccessibleName(tr("Questions for this interview"));
    list->setModel(model);
    list->setSelectionBehavior(QAbstractItemView::SelectRows);
    list->setSelectionMode(QAbstractItemView::ExtendedSelection);
    list->setDragEnabled(true);
    list->setAcceptDrops(true);
    list->setDropIndicatorShown(true);
    list->setDragDropMode(QAbstractItemView::DragDrop);
    list->setDefaultDropAction(Qt::MoveAction);
    list->setDragDropOverwriteMode(false);
    list->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed);
    list->setWordWrap(true);
    list->setAlternatingRowColors(true);
    list->verticalHeader()->hide();
    QHeaderView *header = list->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::ResizeToContents);
    header->setSectionResizeMode(InterviewQuestionModel::TextColumn, QHeaderView::Stretch);
    list->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    list->setToolTip(tr("Drag to reorder, or use Alt+Up and Alt+Down; Delete removes; F2 edits the wording"));
    list->onDelete = [this] { q->removeSelected(); };
    list->onMove = [this](int delta) { q->moveSelected(delta); };
    connect(list->selectionModel(), &QItemSelectionModel::currentRowChanged, q, [this] { currentChanged(); });

    ownQuestion = new QLineEdit;
    ownQuestion->setObjectName(QStringLiteral("ownQuestionEdit"));
    ownQuestion->setPlaceholderText(tr("Type a question of your own and press Enter"));
    connect(ownQuestion, &QLineEdit::returnPressed, q, &InterviewQuestionsEditor::addOwnQuestion);

    auto *up = new QToolButton;
    up->setArrowType(Qt::UpArrow);
    up->setAccessibleName(tr("Move Up"));
    up->setToolTip(tr("Move the selected questions up (Alt+Up)"));
    connect(up, &QToolButton::clicked, q, [this] { q->moveSelected(-1); });
    auto *down = new QToolButton;
    down->setArrowType(Qt::DownArrow);
    down->setAccessibleName(tr("Move Down"));
    down->setToolTip(tr("Move the selected questions down (Alt+Down)"));
    connect(down, &QToolButton::clicked, q, [this] { q->moveSelected(1); });
    auto *remove = new QToolButton;
    remove->setText(tr("Remove"));
    remove->setToolTip(tr("Take the selected questions off the list (Delete)"));
    connect(remove, &QToolButton::clicked, q, &InterviewQuestionsEditor::removeSelected);
    auto *sets = new QToolButton;
    sets->setObjectName(QStringLiteral("setsButton"));
    sets->setText(tr("Sets"));
    sets->setToolTip(tr("Save this list as a set, or use a saved set"));
    sets->setPopupMode(QToolButton::InstantPopup);
    auto *setsMenu = new QMenu(sets);
    connect(setsMenu, &QMenu::aboutToShow, q, [this, setsMenu] { fillSetsMenu(setsMenu); });
    sets->setMenu(setsMenu);
    auto *sendAhead = new QToolButton;
    sendAhead->setObjectName(QStringLiteral("sendAheadButton"));
    sendAhead->setText(tr("E-mail…"));
    sendAhead->setToolTip(tr("Send the questions ahead: write an e-mail with them in your mail program, so they "
                             "can think about them before you talk"));
    connect(sendAhead, &QToolButton::clicked, q, [this] {
        if (model->rowCount() == 0)
            return;
        if (!QDesktopServices::openUrl(q->sendAheadUrl()))
            QMessageBox::warning(q, tr("No Mail Program"),
                                 tr("Inroad could not open a mail program. Set one up as the default for e-mail "
                                    "links and try again."));
    });

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(up);
    buttons->addWidget(down);
    buttons->addWidget(remove);
    buttons->addStretch();
    buttons->addWidget(sets);
    buttons->addWidget(sendAhead);

    auto *meterRow = new QHBoxLayout;
    meterRow->addWidget(meter, 1);
    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(heading);
    layout->addLayout(meterRow);
    layout->addWidget(budget);
    layout->addWidget(referralBanner);
    layout->addWidget(list, 1);
    layout->addWidget(ownQuestion);
    layout->addLayout(buttons);
    return box;
}

QWidget *InterviewQuestionsEditor::Private::buildAnswer()
{
    answerBox = new QWidget;
    answerHeading = new QLabel;
    answerHeading->setObjectName(QStringLiteral("answerHeading"));
    answerHeading->setWordWrap(true);
    answerHeading->setTextFormat(Qt::PlainText);
    QFont bold = answerHeading->font();
    bold.setBold(true);
    answerHeading->setFont(bold);
    answerCaution = new QLabel;
    answerCaution->setObjectName(QStringLiteral("answerCaution"));
    answerCaution->setWordWrap(true);
    answerCaution->setTextFormat(Qt::PlainText);
    QPalette warning = answerCaution->palette();
    warning.setColor(QPalette::WindowText, QColor(0xb0, 0x3a, 0x2e));
    answerCaution->setPalette(warning);
    answer = new PlainTextField;
    answer->setObjectName(QStringLiteral("answerEdit"));
    answer->setAccessibleName(tr("Answer"));
    answer->setPlaceholderText(tr("Brief notes while you listen; finish them right after. Markdown works: "
                                  "**bold**, *italic*, - lists."));
    connect(answer, &QPlainTextEdit::textChanged, q, [this] {
        if (!loadingAnswer)
            answerPause.start();
    });
    connect(answer, &PlainTextField::editingFinished, q, [this] { saveAnswer(); });
    notAsked = new QCheckBox(tr("Not a&sked"));
    notAsked->setObjectName(QStringLiteral("notAskedCheck"));
    notAsked->setToolTip(tr("The conversation went elsewhere and this question was skipped"));
    connect(notAsked, &QCheckBox::clicked, q, [this](bool on) {
        saveAnswer();
        const int row = rowOfId(answerRowId);
        if (row >= 0)
            model->setNotAsked(row, on);
    });
    auto *layout = new QVBoxLayout(answerBox);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(answerHeading);
    layout->addWidget(answerCaution);
    layout->addWidget(answer, 1);
    layout->addWidget(notAsked);
    return answerBox;
}

void InterviewQuestionsEditor::Private::reloadFilters()
{
    const qint64 categoryId = category->currentData().toLongLong();
    category->clear();
    category->addItem(tr("All categories"), qint64(0));
    for (const QuestionCategory &c : workspace.questions().categories())
        category->addItem(c.name, c.id);
    const int categoryIndex = category->findData(categoryId);
    category->setCurrentIndex(std::max(categoryIndex, 0));
    bankFilter->setCategoryId(category->currentData().toLongLong());

    const QString tagName = tag->currentData().toString();
    tag->clear();
    tag->addItem(tr("Any tag"), QString());
    for (const QString &t : workspace.questions().allTags())
        tag->addItem(t, t);
    const int tagIndex = tag->findData(tagName);
    tag->setCurrentIndex(std::max(tagIndex, 0));
    bankFilter->setTag(tag->currentData().toString());
}

void InterviewQuestionsEditor::Private::updateBudget()
{
    const TimeBudget plan = model->budget(agreedMinutes);
    meter->setBudget(plan);
    const QString text = q->budgetText();
    budget->setText(text);
    meter->setToolTip(text);
    meter->setAccessibleDescription(text);
    QPalette pal = q->palette();
    if (plan.isOver())
        pal.setColor(QPalette::WindowText, QColor(0xb0, 0x3a, 0x2e));
    budget->setPalette(pal);
    referralBanner->setVisible(q->isReferralSuggestionVisible());
}

QString InterviewQuestionsEditor::budgetText() const
{
    if (d->model->interviewId() == 0)
        return {};
    const TimeBudget plan = d->model->budget(d->agreedMinutes);
    const QString reserves = tr("%1 min to introduce yourself and %2 min to close")
                                 .arg(minutesText(plan.introMinutes), minutesText(plan.closingMinutes));
    if (d->model->rowCount() == 0)
        return tr("No questions yet: %1 min are free for questions (%2).")
            .arg(minutesText(plan.available()), reserves);
    if (plan.isOver())
        return tr("%1 min over the agreed %2 minutes (%3). Take a question off or ask for more time.")
            .arg(minutesText(-plan.remaining()), QString::number(plan.agreedMinutes), reserves);
    return tr("%1 of %2 min for questions planned, %3 min to spare (%4).")
        .arg(minutesText(plan.questionMinutes), minutesText(plan.available()), minutesText(plan.remaining()),
             reserves);
}

bool InterviewQuestionsEditor::isReferralSuggestionVisible() const
{
    return d->model->interviewId() != 0 && !d->model->hasReferralQuestion();
}

void InterviewQuestionsEditor::Private::currentChanged()
{
    const QModelIndex current = list->selectionModel()->currentIndex();
    const qint64 id = current.isValid() ? model->questionAt(current.row()).id : 0;
    if (id != answerRowId)
        saveAnswer();
    answerBox->setEnabled(id != 0);
    if (id == 0) {
        answerRowId = 0;
        answerHeading->setText(model->rowCount() > 0 ? tr("Select a question to write its answer.")
                                                     : tr("Answers go here once the list has questions."));
        answerCaution->clear();
        answerCaution->hide();
        loadingAnswer = true;
        answer->setText(QString());
        notAsked->setChecked(false);
        loadingAnswer = false;
        savedAnswer.clear();
        return;
    }
    const InterviewQuestion question = model->questionAt(current.row());
    answerHeading->setText(tr("%1. %2").arg(current.row() + 1).arg(question.text));
    const QString caution = model->data(model->index(current.row(), 0), InterviewQuestionModel::CautionRole).toString();
    answerCaution->setText(caution);
    answerCaution->setVisible(!caution.isEmpty());
    notAsked->setChecked(question.notAsked);
    // Keep what is being typed; take the stored answer when another row is shown or undo changed it.
    const bool unsavedTyping = answer->toPlainText() != savedAnswer;
    if (id != answerRowId || (!unsavedTyping && question.answer != savedAnswer)) {
        loadingAnswer = true;
        answer->setText(question.answer);
        loadingAnswer = false;
        savedAnswer = question.answer;
    }
    answerRowId = id;
}

void InterviewQuestionsEditor::Private::saveAnswer()
{
    answerPause.stop();
    if (answerRowId == 0 || loadingAnswer)
        return;
    const int row = rowOfId(answerRowId);
    if (row < 0)
        return;
    const QString text = answer->toPlainText();
    savedAnswer = text;
    if (model->questionAt(row).answer != text)
        model->setAnswer(row, text);
}

int InterviewQuestionsEditor::Private::rowOfId(qint64 id) const
{
    for (int row = 0; row < model->rowCount(); ++row) {
        if (model->questionAt(row).id == id)
            return row;
    }
    return -1;
}

QList<int> InterviewQuestionsEditor::Private::selectedRows() const
{
    QList<int> rows;
    for (const QModelIndex &index : list->selectionModel()->selectedRows())
        rows.append(index.row());
    std::sort(rows.begin(), rows.end());
    return rows;
}

void InterviewQuestionsEditor::Private::fillSetsMenu(QMenu *menu)
{
    menu->clear();
    QAction *save = menu->addAction(tr("Save List as Set…"));
    save->setEnabled(model->rowCount() > 0);
    connect(save, &QAction::triggered, q, [this] {
        bool ok = false;
        const QString name = QInputDialog::getText(q, tr("Save as Set"),
                                                   tr("A name for this list, such as “Engineering, first talk”:"),
                                                   QLineEdit::Normal, QString(), &ok);
        if (ok)
            q->saveAsSet(name);
    });
    const QList<QuestionSet> sets = workspace.questionSets().all();
    if (sets.isEmpty()) {
        menu->addAction(tr("No saved sets yet"))->setEnabled(false);
        return;
    }
    menu->addSection(tr("Add a set’s questions"));
    for (const QuestionSet &set : sets) {
        const QString label = QCoreApplication::translate("Inroad::InterviewQuestionsEditor", "%1 (%n questions)",
                                                          nullptr, int(set.items.size()))
                                  .arg(set.name);
        QAction *append = menu->addAction(label);
        connect(append, &QAction::triggered, q, [this, id = set.id] { q->applySet(id, false); });
    }
    QMenu *replace = menu->addMenu(tr("Replace the List With"));
    for (const QuestionSet &set : sets) {
        QAction *action = replace->addAction(set.name);
        connect(action, &QAction::triggered, q, [this, id = set.id] { q->applySet(id, true); });
    }
}

void InterviewQuestionsEditor::showInterview(qint64 id)
{
    d->saveAnswer();
    const std::optional<Interview> interview = id > 0 ? d->workspace.interviews().find(id) : std::nullopt;
    d->agreedMinutes = interview ? interview->agreedMinutes : 0;
    const qint64 shown = interview ? interview->id : 0;
    if (shown != d->model->interviewId()) {
        d->answerRowId = 0;
        d->model->setInterview(shown);
    }
    setEnabled(shown != 0);
    d->updateBudget();
    d->currentChanged();
}

qint64 InterviewQuestionsEditor::interviewId() const
{
    return d->model->interviewId();
}

InterviewQuestionModel *InterviewQuestionsEditor::model() const
{
    return d->model;
}

QAbstractItemView *InterviewQuestionsEditor::bankView() const
{
    return d->bank;
}

QAbstractItemView *InterviewQuestionsEditor::listView() const
{
    return d->list;
}

void InterviewQuestionsEditor::addSelectedFromBank()
{
    QList<qint64> ids;
    QModelIndexList rows = d->bank->selectionModel()->selectedRows();
    std::sort(rows.begin(), rows.end());
    for (const QModelIndex &index : std::as_const(rows))
        ids.append(index.data(QuestionBankModel::IdRole).toLongLong());
    if (ids.isEmpty() && d->bank->currentIndex().isValid())
        ids.append(d->bank->currentIndex().data(QuestionBankModel::IdRole).toLongLong());
    if (ids.isEmpty() || interviewId() == 0)
        return;
    const QModelIndex current = d->list->currentIndex();
    const int row = current.isValid() ? current.row() + 1 : -1;
    if (d->model->addFromBank(ids, row)) {
        const int first = row < 0 ? d->model->rowCount() - int(ids.size()) : row;
        d->list->selectionModel()->setCurrentIndex(d->model->index(first, InterviewQuestionModel::TextColumn),
                                                   QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    }
}

void InterviewQuestionsEditor::addReferralQuestion()
{
    if (interviewId() == 0)
        return;
    if (const std::optional<Question> shipped = d->workspace.questions().findShipped(referralQuestionKey())) {
        d->model->addFromBank({shipped->id}, -1);
    } else {
        d->model->addOneOff(tr("Who else would you suggest I talk to, and may I say that you sent me?"));
    }
}

void InterviewQuestionsEditor::addOwnQuestion()
{
    const QString text = d->ownQuestion->text().simplified();
    if (text.isEmpty() || interviewId() == 0)
        return;
    const QModelIndex current = d->list->currentIndex();
    if (d->model->addOneOff(text, Question::kDefaultMinutes, current.isValid() ? current.row() + 1 : -1))
        d->ownQuestion->clear();
}

void InterviewQuestionsEditor::moveSelected(int delta)
{
    const QList<int> rows = d->selectedRows();
    if (rows.isEmpty())
        return;
    // Only a contiguous block moves as one; otherwise the current row moves alone.
    const bool contiguous = rows.last() - rows.first() + 1 == rows.size();
    const int first = contiguous ? rows.first() : d->list->currentIndex().row();
    const int count = contiguous ? int(rows.size()) : 1;
    const int destination = delta < 0 ? first - 1 : first + count + 1;
    if (first < 0 || destination < 0 || destination > d->model->rowCount())
        return;
    const qint64 currentId = d->model->questionAt(d->list->currentIndex().row()).id;
    if (!d->model->moveRows({}, first, count, {}, destination))
        return;
    // The moved rows stay selected.
    const int newFirst = delta < 0 ? first - 1 : first + 1;
    QItemSelection selection(d->model->index(newFirst, 0),
                             d->model->index(newFirst + count - 1, InterviewQuestionModel::ColumnCount - 1));
    d->list->selectionModel()->select(selection, QItemSelectionModel::ClearAndSelect);
    const int currentRow = d->rowOfId(currentId);
    if (currentRow >= 0)
        d->list->selectionModel()->setCurrentIndex(d->model->index(currentRow, InterviewQuestionModel::TextColumn),
                                                   QItemSelectionModel::NoUpdate);
}

void InterviewQuestionsEditor::removeSelected()
{
    const QList<int> rows = d->selectedRows();
    if (rows.isEmpty())
        return;
    d->saveAnswer();
    d->model->removeQuestions(rows);
}

bool InterviewQuestionsEditor::saveAsSet(const QString &name)
{
    const QString trimmed = name.simplified();
    if (trimmed.isEmpty())
        return false;
    if (d->workspace.questionSets().idForName(trimmed) != 0) {
        QMessageBox::information(this, tr("Set Not Saved"),
                                 tr("There is already a set called “%1”. Choose another name.").arg(trimmed));
        return false;
    }
    QuestionSet set;
    set.name = trimmed;
    for (const InterviewQuestion &question : d->model->questions()) {
        QuestionSetItem item;
        item.questionId = question.questionId;
        item.text = question.text;
        item.minutes = question.minutes;
        set.items.append(item);
    }
    auto *command = new AddRecordCommand<QuestionSetRepository, QuestionSet>(d->workspace.questionSets(), set,
                                                                            tr("Save Question Set"));
    d->undoStack.push(command);
    return command->recordId() != 0;
}

bool InterviewQuestionsEditor::applySet(qint64 setId, bool replace)
{
    const std::optional<QuestionSet> set = d->workspace.questionSets().find(setId);
    if (!set || interviewId() == 0)
        return false;
    d->saveAnswer();
    const bool hasAnswers = std::any_of(d->model->questions().cbegin(), d->model->questions().cend(),
                                        [](const InterviewQuestion &question) { return !question.answer.isEmpty(); });
    if (replace && hasAnswers && isVisible()
        && QMessageBox::question(this, tr("Replace the List?"),
                                 tr("Some questions on this list have answers. Replacing the list takes them away "
                                    "(Undo brings them back).")) != QMessageBox::Yes) {
        return false;
    }
    return d->model->applySet(*set, replace);
}

QUrl InterviewQuestionsEditor::sendAheadUrl() const
{
    const std::optional<Interview> interview = d->workspace.interviews().find(interviewId());
    if (!interview)
        return {};
    const Person person = d->workspace.people().find(interview->personId).value_or(Person());
    return sendAheadMail(d->workspace.profile().get(), person, *interview, d->model->questions()).url();
}

} // namespace Inroad
