#include "questionbankpage.h"

#include "emptystate.h"
#include "questionbankmodel.h"
#include "questioncommands.h"
#include "questionform.h"
#include "recordcommands.h"
#include "recordtable.h"
#include "workspace.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeySequence>
#include <QLabel>
#include <QMessageBox>
#include <QPainter>
#include <QPixmap>
#include <QPushButton>
#include <QSplitter>
#include <QStackedWidget>
#include <QStyle>
#include <QStyledItemDelegate>
#include <QTableView>
#include <QUndoStack>
#include <QVBoxLayout>

namespace Inroad {

namespace {

QString shortcutText(QKeySequence::StandardKey key)
{
    return QKeySequence(key).toString(QKeySequence::NativeText);
}

/// Draws a warning icon before the text of a question with a caution (every text gets the same
/// indent, so the questions line up) and retired questions in italics, dimmed.
class QuestionTextDelegate final : public QStyledItemDelegate
{
public:
    explicit QuestionTextDelegate(QWidget *view)
        : QStyledItemDelegate(view)
    {
        const int size = view->style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, view);
        m_warning = view->style()->standardIcon(QStyle::SP_MessageBoxWarning, nullptr, view);
        QPixmap blank(size, size);
        blank.fill(Qt::transparent);
        m_blank = QIcon(blank);
    }

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override
    {
        QStyledItemDelegate::initStyleOption(option, index);
        if (index.data(QuestionBankModel::RetiredRole).toBool()) {
            option->font.setItalic(true);
            const QColor dimmed = option->palette.color(QPalette::PlaceholderText);
            option->palette.setColor(QPalette::Text, dimmed);
        }
        if (index.column() == QuestionBankModel::TextColumn) {
            const bool caution = !index.data(QuestionBankModel::CautionRole).toString().isEmpty();
            option->icon = caution ? m_warning : m_blank;
            option->features |= QStyleOptionViewItem::HasDecoration;
        } else {
            option->icon = QIcon();
            option->features &= ~QStyleOptionViewItem::HasDecoration;
        }
    }

private:
    QIcon m_warning;
    QIcon m_blank;
};

QString questionCount(int count)
{
    return count == 1 ? QuestionBankPage::tr("1 question") : QuestionBankPage::tr("%n questions", nullptr, count);
}

QLabel *buddyLabel(const QString &text, QWidget *buddy)
{
    auto *label = new QLabel(text);
    label->setBuddy(buddy);
    return label;
}

} // namespace

QuestionBankPage::QuestionBankPage(Workspace &workspace, QUndoStack &undoStack, QWidget *parent)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_undoStack(undoStack)
    , m_model(new QuestionBankModel(workspace.questions(), this))
    , m_filter(new QuestionBankFilter(this))
{
    m_filter->setSourceModel(m_model);

    m_list = new QTableView;
    m_list->setObjectName(QStringLiteral("questionBankList"));
    m_list->setAccessibleName(tr("Question bank"));
    // Connected before the list's selection model exists, so this runs before the selection
    // model moves the current index away from a question that the filter takes out.
    connect(m_filter, &QAbstractItemModel::rowsAboutToBeRemoved, this,
            [this](const QModelIndex &, int first, int last) {
                const QModelIndex current = m_list->currentIndex();
                const qint64 shown = m_form->questionId();
                // Someone working in the form keeps the question they just retired in view.
                if (current.isValid() && current.row() >= first && current.row() <= last && shown != 0
                    && idAtProxyRow(current.row()) == shown && m_form->isAncestorOf(QApplication::focusWidget())
                    && m_workspace.questions().find(shown))
                    m_reselectId = shown;
            });
    connect(m_filter, &QAbstractItemModel::rowsRemoved, this, [this] {
        if (m_reselectId == 0)
            return;
        m_reselectId = 0;
        m_list->selectionModel()->clearSelection();
    });
    m_list->setModel(m_filter);
    setUpRecordTable(m_list, -1, QAbstractItemView::ExtendedSelection);
    m_list->setItemDelegate(new QuestionTextDelegate(m_list));
    m_list->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_list->setDragEnabled(true);
    m_list->setDragDropMode(QAbstractItemView::DragOnly);
    m_list->setDefaultDropAction(Qt::CopyAction);
    m_list->setToolTip(tr("Drag questions into an interview’s list"));
    QHeaderView *header = m_list->horizontalHeader();
    header->setSortIndicatorClearable(true); // a third click goes back to the bank's order
    header->setStretchLastSection(false);
    header->setSectionResizeMode(QuestionBankModel::TextColumn, QHeaderView::Stretch);
    const int charWidth = fontMetrics().averageCharWidth();
    m_list->setColumnWidth(QuestionBankModel::CategoryColumn, charWidth * 20);
    m_list->setColumnWidth(QuestionBankModel::MinutesColumn, charWidth * 9);
    m_list->setColumnWidth(QuestionBankModel::TagsColumn, charWidth * 16);

    m_emptyBank = new EmptyState;
    m_emptyBank->setObjectName(QStringLiteral("emptyBankState"));
    m_emptyBank->setTitle(tr("The bank is empty"));
    m_emptyBank->setText(tr("Bring back the questions that come with Inroad, or write your own (%1).")
                             .arg(shortcutText(QKeySequence::New)));
    connect(m_emptyBank->addButton(tr("Restore Shipped Bank")), &QPushButton::clicked, this,
            &QuestionBankPage::confirmRestoreShippedBank);
    connect(m_emptyBank->addButton(tr("New Question")), &QPushButton::clicked, this, &QuestionBankPage::addNew);
    m_noMatch = new EmptyState;
    m_noMatch->setObjectName(QStringLiteral("noMatchState"));
    m_noMatch->setTitle(tr("No questions match"));
    connect(m_noMatch->addButton(tr("Clear Filter")), &QPushButton::clicked, this, &QuestionBankPage::clearFilters);

    m_listPages = new QStackedWidget;
    m_listPages->addWidget(m_list);
    m_listPages->addWidget(m_emptyBank);
    m_listPages->addWidget(m_noMatch);

    auto *left = new QWidget;
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(buildFilterRow());
    leftLayout->addWidget(m_listPages, 1);
    leftLayout->addWidget(buildButtonRow());

    m_form = new QuestionForm(workspace, undoStack);
    m_form->setObjectName(QStringLiteral("questionForm"));
    connect(m_form, &QuestionForm::addRequested, this, &QuestionBankPage::addNew);
    connect(m_form, &QuestionForm::leaveRequested, this, [this] { m_list->setFocus(Qt::OtherFocusReason); });
    connect(m_form, &QuestionForm::creatingChanged, this, [this](bool creating) {
        m_listPages->setEnabled(!creating);
        updateButtons();
        emit canDeleteChanged();
    });
    connect(m_form, &QuestionForm::questionCreated, this, [this](qint64 id) {
        showQuestion(id);
        m_list->setFocus(Qt::OtherFocusReason);
        setMessage(tr("Added a question"));
    });
    connect(m_form, &QuestionForm::creationCancelled, this, [this] { m_list->setFocus(Qt::OtherFocusReason); });

    m_splitter = new QSplitter(Qt::Horizontal);
    m_splitter->setChildrenCollapsible(false);
    m_splitter->addWidget(left);
    m_splitter->addWidget(m_form);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 2);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_splitter);
    setFocusProxy(m_list);

    connect(m_list->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &QuestionBankPage::currentRowChanged);
    connect(m_list->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this] {
        updateButtons();
        emit canDeleteChanged();
        emit statusTextChanged();
    });
    connect(m_list, &QAbstractItemView::activated, this, [this] { m_form->focusFirstField(); });

    connect(m_filter, &QAbstractItemModel::rowsInserted, this, &QuestionBankPage::updateState);
    connect(m_filter, &QAbstractItemModel::rowsRemoved, this, &QuestionBankPage::updateState);
    connect(m_filter, &QAbstractItemModel::modelReset, this, &QuestionBankPage::updateState);
    // The source's signals too: the filter may report a row gone while the bank still holds it.
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &QuestionBankPage::updateState);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, &QuestionBankPage::updateState);
    connect(m_model, &QAbstractItemModel::dataChanged, this, &QuestionBankPage::updateState);

    QuestionRepository &questions = workspace.questions();
    connect(&questions, &QuestionRepository::categoriesChanged, this, &QuestionBankPage::reloadCategories);
    connect(&questions, &QuestionRepository::added, this, &QuestionBankPage::reloadTags);
    connect(&questions, &QuestionRepository::changed, this, &QuestionBankPage::reloadTags);
    connect(&questions, &QuestionRepository::removed, this, &QuestionBankPage::reloadTags);
    connect(&m_undoStack, &QUndoStack::indexChanged, this, [this] { setMessage(QString()); });

    reloadCategories();
    reloadTags();
    restoreListLayout(QStringLiteral("questionBank"), m_splitter, m_list, {600, 420});
    updateState();
    if (m_filter->rowCount() > 0)
        selectQuestion(idAtProxyRow(0));
}

QuestionBankPage::~QuestionBankPage()
{
    saveListLayout(QStringLiteral("questionBank"), m_splitter, m_list);
}

QWidget *QuestionBankPage::buildFilterRow()
{
    m_categoryFilter = new QComboBox;
    m_categoryFilter->setObjectName(QStringLiteral("categoryFilterCombo"));
    m_categoryFilter->setAccessibleName(tr("Show category"));
    m_categoryFilter->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    connect(m_categoryFilter, &QComboBox::currentIndexChanged, this, [this] {
        m_filter->setCategoryId(m_categoryFilter->currentData().toLongLong());
        setMessage(QString());
        updateState();
    });

    m_tagFilter = new QComboBox;
    m_tagFilter->setObjectName(QStringLiteral("tagFilterCombo"));
    m_tagFilter->setAccessibleName(tr("Show tag"));
    m_tagFilter->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    connect(m_tagFilter, &QComboBox::currentIndexChanged, this, [this] {
        m_filter->setTag(m_tagFilter->currentData().toString());
        setMessage(QString());
        updateState();
    });

    m_showRetired = new QCheckBox(tr("Show retire&d"));
    m_showRetired->setObjectName(QStringLiteral("showRetiredCheck"));
    m_showRetired->setToolTip(tr("Also list the questions you retired; they are shown in italics"));
    connect(m_showRetired, &QCheckBox::toggled, this, [this](bool show) {
        m_filter->setShowRetired(show);
        updateState();
    });

    auto *row = new QWidget;
    auto *layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(buddyLabel(tr("C&ategory:"), m_categoryFilter));
    layout->addWidget(m_categoryFilter);
    layout->addSpacing(fontMetrics().averageCharWidth() * 2);
    layout->addWidget(buddyLabel(tr("Ta&g:"), m_tagFilter));
    layout->addWidget(m_tagFilter);
    layout->addSpacing(fontMetrics().averageCharWidth() * 2);
    layout->addWidget(m_showRetired);
    layout->addStretch();
    return row;
}

QWidget *QuestionBankPage::buildButtonRow()
{
    m_newButton = new QPushButton(tr("New Question"));
    m_newButton->setObjectName(QStringLiteral("newQuestionButton"));
    m_newButton->setToolTip(tr("Write a question of your own (%1)").arg(shortcutText(QKeySequence::New)));
    connect(m_newButton, &QPushButton::clicked, this, &QuestionBankPage::addNew);

    m_retireButton = new QPushButton(tr("Ret&ire"));
    m_retireButton->setObjectName(QStringLiteral("retireButton"));
    connect(m_retireButton, &QPushButton::clicked, this, &QuestionBankPage::toggleRetired);

    m_restoreButton = new QPushButton(tr("Rest&ore Shipped Bank…"));
    m_restoreButton->setObjectName(QStringLiteral("restoreShippedButton"));
    m_restoreButton->setToolTip(tr("Bring back the questions that come with Inroad, in their original wording"));
    connect(m_restoreButton, &QPushButton::clicked, this, &QuestionBankPage::confirmRestoreShippedBank);

    m_printButton = new QPushButton(tr("&Print Question Bank…"));
    m_printButton->setObjectName(QStringLiteral("printBankButton"));
    m_printButton->setToolTip(tr("Print every question by category, as a handout"));
    connect(m_printButton, &QPushButton::clicked, this, &QuestionBankPage::printRequested);

    auto *row = new QWidget;
    auto *layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_newButton);
    layout->addWidget(m_retireButton);
    layout->addStretch();
    layout->addWidget(m_restoreButton);
    layout->addWidget(m_printButton);
    return row;
}

void QuestionBankPage::reloadCategories()
{
    const qint64 selected = m_categoryFilter->currentData().toLongLong();
    const QSignalBlocker blocker(m_categoryFilter);
    m_categoryFilter->clear();
    m_categoryFilter->addItem(tr("All categories"), qint64(0));
    for (const QuestionCategory &category : m_workspace.questions().categories())
        m_categoryFilter->addItem(category.name, category.id);
    const int index = m_categoryFilter->findData(selected);
    m_categoryFilter->setCurrentIndex(index < 0 ? 0 : index);
    if (index < 0 && selected != 0) {
        m_filter->setCategoryId(0);
        updateState();
    }
}

void QuestionBankPage::reloadTags()
{
    const QString selected = m_tagFilter->currentData().toString();
    const QStringList tags = m_workspace.questions().allTags();
    QStringList shown;
    for (int i = 1; i < m_tagFilter->count(); ++i)
        shown.append(m_tagFilter->itemData(i).toString());
    if (shown == tags && m_tagFilter->count() > 0)
        return;
    const QSignalBlocker blocker(m_tagFilter);
    m_tagFilter->clear();
    m_tagFilter->addItem(tr("Any tag"), QString());
    for (const QString &tag : tags)
        m_tagFilter->addItem(tag, tag);
    const int index = selected.isEmpty() ? 0 : m_tagFilter->findData(selected);
    m_tagFilter->setCurrentIndex(index < 0 ? 0 : index);
    if (index < 0) {
        m_filter->setTag(QString());
        updateState();
    }
}

void QuestionBankPage::setFilterText(const QString &text)
{
    const QString simplified = text.simplified();
    if (simplified == m_filterText)
        return;
    m_filterText = simplified;
    m_filter->setText(simplified);
    setMessage(QString());
    if (m_form->questionId() > 0 && !m_form->isCreating())
        selectQuestion(m_form->questionId());
    updateState();
}

void QuestionBankPage::setCategoryFilter(qint64 categoryId)
{
    const int index = m_categoryFilter->findData(categoryId);
    m_categoryFilter->setCurrentIndex(index < 0 ? 0 : index);
}

void QuestionBankPage::setTagFilter(const QString &tag)
{
    const int index = tag.isEmpty() ? 0 : m_tagFilter->findData(tag.toLower());
    m_tagFilter->setCurrentIndex(index < 0 ? 0 : index);
}

void QuestionBankPage::setShowRetired(bool show)
{
    m_showRetired->setChecked(show);
}

void QuestionBankPage::clearFilters()
{
    m_categoryFilter->setCurrentIndex(0);
    m_tagFilter->setCurrentIndex(0);
    if (!m_filterText.isEmpty()) {
        setFilterText(QString());
        emit filterClearRequested();
    }
    if (m_filter->rowCount() == 0 && m_model->rowCount() > 0)
        m_showRetired->setChecked(true); // every question is retired: show them rather than nothing
}

bool QuestionBankPage::hasPageFilter() const
{
    return m_categoryFilter->currentIndex() > 0 || m_tagFilter->currentIndex() > 0 || !m_filterText.isEmpty();
}

void QuestionBankPage::addNew()
{
    setMessage(QString());
    qint64 categoryId = m_categoryFilter->currentData().toLongLong();
    if (categoryId == 0 && m_form->questionId() > 0) {
        if (const std::optional<Question> shown = m_workspace.questions().find(m_form->questionId()))
            categoryId = shown->categoryId;
    }
    m_form->startNewQuestion(categoryId);
}

void QuestionBankPage::deleteSelected()
{
    if (m_form->isCreating())
        return;
    QuestionRepository &questions = m_workspace.questions();
    QList<Question> own;
    QList<Question> shipped;
    int alreadyRetired = 0;
    for (qint64 id : selectedIds()) {
        const std::optional<Question> question = questions.find(id);
        if (!question)
            continue;
        if (!question->isShipped())
            own.append(*question);
        else if (!question->retired)
            shipped.append(*question);
        else
            ++alreadyRetired;
    }
    if (own.isEmpty() && shipped.isEmpty()) {
        if (alreadyRetired > 0)
            setMessage(tr("Questions that come with Inroad are retired, not deleted; these already are"));
        return;
    }

    const int total = int(own.size() + shipped.size());
    if (own.isEmpty())
        m_undoStack.beginMacro(total == 1 ? tr("Retire Question") : tr("Retire %n Questions", nullptr, total));
    else
        m_undoStack.beginMacro(total == 1 ? tr("Delete Question") : tr("Delete %n Questions", nullptr, total));
    for (const Question &question : std::as_const(own))
        m_undoStack.push(new RemoveRecordCommand<QuestionRepository>(questions, question.id, tr("Delete Question")));
    for (const Question &question : std::as_const(shipped)) {
        Question after = question;
        after.retired = true;
        m_undoStack.push(
            new EditRecordCommand<QuestionRepository, Question>(questions, question, after, tr("Retire Question")));
    }
    m_undoStack.endMacro();
    selectCurrentRow();

    const QString undo = shortcutText(QKeySequence::Undo);
    if (shipped.isEmpty()) {
        setMessage(tr("Deleted %1 (Undo: %2)").arg(questionCount(int(own.size())), undo));
    } else if (own.isEmpty()) {
        setMessage(tr("Retired %1: questions that come with Inroad are retired, not deleted (Undo: %2)")
                       .arg(questionCount(int(shipped.size())), undo));
    } else {
        setMessage(tr("Deleted %1 of your questions and retired %2 that come with Inroad (Undo: %3)")
                       .arg(own.size())
                       .arg(shipped.size())
                       .arg(undo));
    }
}

bool QuestionBankPage::canDelete() const
{
    return !m_form->isCreating() && m_listPages->currentWidget() == m_list && m_list->selectionModel()->hasSelection();
}

void QuestionBankPage::toggleRetired()
{
    if (m_form->isCreating())
        return;
    QuestionRepository &questions = m_workspace.questions();
    QList<Question> selected;
    bool allRetired = true;
    for (qint64 id : selectedIds()) {
        if (const std::optional<Question> question = questions.find(id)) {
            selected.append(*question);
            allRetired = allRetired && question->retired;
        }
    }
    if (selected.isEmpty())
        return;
    const bool retire = !allRetired;
    const int count = int(selected.size());
    if (count == 1)
        m_undoStack.beginMacro(retire ? tr("Retire Question") : tr("Put Back Question"));
    else
        m_undoStack.beginMacro(retire ? tr("Retire %n Questions", nullptr, count)
                                      : tr("Put Back %n Questions", nullptr, count));
    for (const Question &question : std::as_const(selected)) {
        if (question.retired == retire)
            continue;
        Question after = question;
        after.retired = retire;
        m_undoStack.push(new EditRecordCommand<QuestionRepository, Question>(
            questions, question, after, retire ? tr("Retire Question") : tr("Put Back Question")));
    }
    m_undoStack.endMacro();
    selectCurrentRow();
    const QString undo = shortcutText(QKeySequence::Undo);
    setMessage(retire ? tr("Retired %1 (Undo: %2)").arg(questionCount(count), undo)
                      : tr("Put back %1 (Undo: %2)").arg(questionCount(count), undo));
}

void QuestionBankPage::confirmRestoreShippedBank()
{
    auto *box = new QMessageBox(QMessageBox::Question, tr("Restore Shipped Bank"),
                                tr("Restore the questions that come with Inroad?"), QMessageBox::Cancel, this);
    box->setObjectName(QStringLiteral("restoreShippedBox"));
    box->setInformativeText(
        tr("Questions that came with Inroad get their original wording, category, minutes and tags back, and "
           "the ones you retired or deleted return to the bank. Questions you wrote yourself are not touched. "
           "You can undo this."));
    QPushButton *restore = box->addButton(tr("Restore"), QMessageBox::AcceptRole);
    box->setDefaultButton(restore);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setWindowModality(Qt::WindowModal);
    connect(box, &QMessageBox::finished, this, [this, box, restore] {
        if (box->clickedButton() == restore)
            restoreShippedBank();
    });
    box->open();
}

int QuestionBankPage::restoreShippedBank()
{
    if (m_form->isCreating())
        m_form->cancelNewQuestion();
    // The parent keeps the command alive after push(), even if it had nothing to do.
    auto *step = new QUndoCommand(tr("Restore Shipped Bank"));
    auto *restore = new RestoreShippedBankCommand(m_workspace.questions(), step);
    m_undoStack.push(step);
    const int restored = restore->restoredCount();
    if (restored == 0) {
        setMessage(tr("The shipped questions are all there, in their original wording"));
    } else {
        setMessage(tr("Restored %1 that came with Inroad (Undo: %2)")
                       .arg(questionCount(restored), shortcutText(QKeySequence::Undo)));
    }
    return restored;
}

QString QuestionBankPage::statusText() const
{
    QString counts;
    int active = 0;
    int retired = 0;
    for (int row = 0; row < m_model->rowCount(); ++row) {
        if (m_model->index(row, 0).data(QuestionBankModel::RetiredRole).toBool())
            ++retired;
        else
            ++active;
    }
    if (active + retired == 0) {
        counts = tr("The bank is empty");
    } else {
        counts = questionCount(active);
        if (retired > 0)
            counts = tr("%1, %2 retired").arg(counts).arg(retired);
        if (hasPageFilter() || m_showRetired->isChecked())
            counts = tr("%1, %2 shown").arg(counts).arg(m_filter->rowCount());
    }
    const int selected = int(m_list->selectionModel()->selectedRows().size());
    if (selected > 1)
        counts = tr("%1, %2 selected").arg(counts).arg(selected);
    return m_message.isEmpty() ? counts : tr("%1 · %2").arg(m_message, counts);
}

void QuestionBankPage::showQuestion(qint64 id)
{
    if (m_form->isCreating())
        m_form->cancelNewQuestion();
    const int sourceRow = m_model->rowOf(id);
    if (sourceRow < 0)
        return;
    if (!m_filter->mapFromSource(m_model->index(sourceRow, 0)).isValid()) {
        if (m_model->questionAt(sourceRow).retired)
            m_showRetired->setChecked(true);
        if (!m_filter->mapFromSource(m_model->index(sourceRow, 0)).isValid())
            clearFilters();
    }
    selectQuestion(id);
    if (m_form->questionId() != id)
        m_form->showQuestion(id);
}

qint64 QuestionBankPage::currentQuestionId() const
{
    return m_form->isCreating() ? 0 : m_form->questionId();
}

void QuestionBankPage::selectQuestion(qint64 id)
{
    const int sourceRow = m_model->rowOf(id);
    const QModelIndex index =
        sourceRow < 0 ? QModelIndex() : m_filter->mapFromSource(m_model->index(sourceRow, 0));
    QItemSelectionModel *selection = m_list->selectionModel();
    if (!index.isValid()) {
        selection->clearSelection();
        return;
    }
    selection->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_list->scrollTo(index);
}

void QuestionBankPage::selectCurrentRow()
{
    // The row that took the place of questions that left the list is the one to act on next.
    const QModelIndex current = m_list->currentIndex();
    if (current.isValid() && !m_list->selectionModel()->hasSelection())
        m_list->selectionModel()->select(current, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
}

void QuestionBankPage::currentRowChanged(const QModelIndex &current)
{
    if (m_reselectId != 0 || !current.isValid() || m_form->isCreating())
        return;
    const qint64 id = idAtProxyRow(current.row());
    if (id != m_form->questionId())
        m_form->showQuestion(id);
}

void QuestionBankPage::updateState()
{
    if (m_model->rowCount() == 0) {
        m_listPages->setCurrentWidget(m_emptyBank);
    } else if (m_filter->rowCount() == 0) {
        if (hasPageFilter()) {
            m_noMatch->setTitle(m_filterText.isEmpty() ? tr("No questions match")
                                                       : tr("No questions match “%1”").arg(m_filterText));
            m_noMatch->setText(tr("Try another category or tag, or fewer words."));
        } else {
            m_noMatch->setTitle(tr("Every question is retired"));
            m_noMatch->setText(tr("Show the retired questions to put some back, or restore the shipped bank."));
        }
        m_listPages->setCurrentWidget(m_noMatch);
    } else {
        m_listPages->setCurrentWidget(m_list);
    }
    updateButtons();
    emit statusTextChanged();
    emit canDeleteChanged();
}

void QuestionBankPage::updateButtons()
{
    const bool creating = m_form->isCreating();
    const QList<qint64> ids = selectedIds();
    bool allRetired = !ids.isEmpty();
    for (qint64 id : ids) {
        const int row = m_model->rowOf(id);
        allRetired = allRetired && row >= 0 && m_model->questionAt(row).retired;
    }
    m_retireButton->setText(allRetired ? tr("Put Bac&k") : tr("Ret&ire"));
    m_retireButton->setToolTip(allRetired ? tr("Put the selected questions back in the bank")
                                          : tr("Hide the selected questions from the bank; interviews keep them"));
    m_retireButton->setEnabled(!creating && !ids.isEmpty() && m_listPages->currentWidget() == m_list);
    m_newButton->setEnabled(!creating);
    m_restoreButton->setEnabled(!creating);
}

void QuestionBankPage::setMessage(const QString &message)
{
    if (message == m_message)
        return;
    m_message = message;
    emit statusTextChanged();
}

QList<qint64> QuestionBankPage::selectedIds() const
{
    QList<qint64> ids;
    const QModelIndexList rows = m_list->selectionModel()->selectedRows();
    for (const QModelIndex &index : rows)
        ids.append(idAtProxyRow(index.row()));
    return ids;
}

qint64 QuestionBankPage::idAtProxyRow(int row) const
{
    return m_filter->index(row, 0).data(QuestionBankModel::IdRole).toLongLong();
}

} // namespace Inroad
