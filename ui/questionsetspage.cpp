#include "questionsetspage.h"

#include "emptystate.h"
#include "fieldmessage.h"
#include "plaintextfield.h"
#include "questionsetfile.h"
#include "recordcommands.h"
#include "workspace.h"

#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QKeySequence>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QRegularExpression>
#include <QSaveFile>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTreeWidget>
#include <QUndoStack>
#include <QVBoxLayout>

namespace Inroad {

namespace {

enum SetColumn { SetNameColumn, SetCountColumn, SetMinutesColumn };
enum ItemColumn { ItemNumberColumn, ItemTextColumn, ItemMinutesColumn };

QString shortcutText(QKeySequence::StandardKey key)
{
    return QKeySequence(key).toString(QKeySequence::NativeText);
}

QString minutesNumber(double minutes)
{
    return QLocale().toString(minutes, 'g', 3);
}

double totalMinutes(const QuestionSet &set)
{
    double total = 0;
    for (const QuestionSetItem &item : set.items)
        total += item.minutes;
    return total;
}

QLabel *buddyLabel(const QString &text, QWidget *buddy)
{
    auto *label = new QLabel(text);
    label->setBuddy(buddy);
    return label;
}

QString lastDirectory()
{
    const QString dir = QSettings().value(QStringLiteral("questionSets/lastDirectory")).toString();
    return dir.isEmpty() ? QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation) : dir;
}

void rememberDirectory(const QString &fileName)
{
    QSettings().setValue(QStringLiteral("questionSets/lastDirectory"), QFileInfo(fileName).absolutePath());
}

/// Sorts the numeric columns by number rather than by their text.
class SetItem final : public QTreeWidgetItem
{
public:
    using QTreeWidgetItem::QTreeWidgetItem;

    bool operator<(const QTreeWidgetItem &other) const override
    {
        const int column = treeWidget() ? treeWidget()->sortColumn() : 0;
        if (column == SetNameColumn)
            return text(column).localeAwareCompare(other.text(column)) < 0;
        return data(column, Qt::UserRole).toDouble() < other.data(column, Qt::UserRole).toDouble();
    }
};

} // namespace

QuestionSetsPage::QuestionSetsPage(Workspace &workspace, QUndoStack &undoStack, QWidget *parent)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_undoStack(undoStack)
{
    m_noSets = new EmptyState;
    m_noSets->setObjectName(QStringLiteral("noSetsState"));
    m_noSets->setTitle(tr("No question sets yet"));
    m_noSets->setText(tr("Build a list for an interview, then choose Save as Set… to use it again; or import a "
                         "set your counselor gave you."));
    connect(m_noSets->addButton(tr("Import…")), &QPushButton::clicked, this, &QuestionSetsPage::chooseImport);

    m_splitter = new QSplitter(Qt::Horizontal);
    m_splitter->setChildrenCollapsible(false);
    m_splitter->addWidget(buildList());
    m_splitter->addWidget(buildDetails());
    m_splitter->setStretchFactor(0, 2);
    m_splitter->setStretchFactor(1, 3);

    m_pages = new QStackedWidget;
    m_pages->addWidget(m_splitter);
    m_pages->addWidget(m_noSets);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_pages);
    setFocusProxy(m_sets);
    setTabOrder(m_name, m_description);
    setTabOrder(m_description, m_questions);

    QuestionSetRepository &sets = workspace.questionSets();
    connect(&sets, &QuestionSetRepository::added, this, [this](qint64 id) {
        m_lastAddedId = id;
        reload();
    });
    connect(&sets, &QuestionSetRepository::changed, this, &QuestionSetsPage::reload);
    connect(&sets, &QuestionSetRepository::removed, this, &QuestionSetsPage::reload);
    connect(&m_undoStack, &QUndoStack::indexChanged, this, [this] { setMessage(QString()); });

    const QSettings settings;
    if (!m_splitter->restoreState(settings.value(QStringLiteral("questionSets/splitter")).toByteArray()))
        m_splitter->setSizes({420, 600});
    reload();
}

QuestionSetsPage::~QuestionSetsPage()
{
    QSettings().setValue(QStringLiteral("questionSets/splitter"), m_splitter->saveState());
}

QWidget *QuestionSetsPage::buildList()
{
    m_sets = new QTreeWidget;
    m_sets->setObjectName(QStringLiteral("questionSetsList"));
    m_sets->setAccessibleName(tr("Question sets"));
    m_sets->setRootIsDecorated(false);
    m_sets->setUniformRowHeights(true);
    m_sets->setAlternatingRowColors(true);
    m_sets->setSelectionMode(QAbstractItemView::SingleSelection);
    m_sets->setHeaderLabels({tr("Name"), tr("Questions"), tr("Minutes")});
    m_sets->setSortingEnabled(true);
    m_sets->sortByColumn(SetNameColumn, Qt::AscendingOrder);
    QHeaderView *header = m_sets->header();
    header->setStretchLastSection(false);
    header->setSectionResizeMode(SetNameColumn, QHeaderView::Stretch);
    header->setSectionResizeMode(SetCountColumn, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(SetMinutesColumn, QHeaderView::ResizeToContents);
    connect(m_sets, &QTreeWidget::currentItemChanged, this, &QuestionSetsPage::currentSetChanged);
    connect(m_sets, &QTreeWidget::itemActivated, this, [this] { m_name->setFocus(Qt::OtherFocusReason); });

    m_noMatch = new EmptyState;
    m_noMatch->setObjectName(QStringLiteral("noSetMatchState"));
    m_noMatch->setText(tr("Search for a word from the set’s name."));
    connect(m_noMatch->addButton(tr("Clear Filter")), &QPushButton::clicked, this, &QuestionSetsPage::clearFilter);

    m_listPages = new QStackedWidget;
    m_listPages->addWidget(m_sets);
    m_listPages->addWidget(m_noMatch);

    m_importButton = new QPushButton(tr("&Import…"));
    m_importButton->setObjectName(QStringLiteral("importSetButton"));
    m_importButton->setToolTip(tr("Add a set from a .%1 file").arg(questionSetSuffix()));
    connect(m_importButton, &QPushButton::clicked, this, &QuestionSetsPage::chooseImport);
    m_exportButton = new QPushButton(tr("E&xport…"));
    m_exportButton->setObjectName(QStringLiteral("exportSetButton"));
    m_exportButton->setToolTip(tr("Save the selected set as a file to share"));
    connect(m_exportButton, &QPushButton::clicked, this, &QuestionSetsPage::chooseExport);
    m_deleteButton = new QPushButton(tr("Delete"));
    m_deleteButton->setObjectName(QStringLiteral("deleteSetButton"));
    m_deleteButton->setToolTip(tr("Delete the selected set (%1)").arg(shortcutText(QKeySequence::Delete)));
    connect(m_deleteButton, &QPushButton::clicked, this, &QuestionSetsPage::deleteSelected);

    auto *buttons = new QHBoxLayout;
    buttons->setContentsMargins(0, 0, 0, 0);
    buttons->addWidget(m_importButton);
    buttons->addWidget(m_exportButton);
    buttons->addStretch();
    buttons->addWidget(m_deleteButton);

    auto *column = new QWidget;
    auto *layout = new QVBoxLayout(column);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_listPages, 1);
    layout->addLayout(buttons);
    return column;
}

QWidget *QuestionSetsPage::buildDetails()
{
    m_nothingShown = new EmptyState;
    m_nothingShown->setObjectName(QStringLiteral("noSetShownState"));
    m_nothingShown->setTitle(tr("Select a set"));
    m_nothingShown->setText(tr("Pick a set in the list to see its questions."));

    m_name = new QLineEdit;
    m_name->setObjectName(QStringLiteral("setNameEdit"));
    m_name->setAccessibleName(tr("Set name"));
    connect(m_name, &QLineEdit::editingFinished, this, &QuestionSetsPage::commitName);
    m_nameMessage = new FieldMessage(m_name);
    m_nameMessage->setObjectName(QStringLiteral("setNameMessage"));
    auto *nameCell = new QWidget;
    auto *nameLayout = new QVBoxLayout(nameCell);
    nameLayout->setContentsMargins(0, 0, 0, 0);
    nameLayout->setSpacing(2);
    nameLayout->addWidget(m_name);
    nameLayout->addWidget(m_nameMessage);

    m_description = new PlainTextField;
    m_description->setObjectName(QStringLiteral("setDescriptionEdit"));
    m_description->setAccessibleName(tr("Set description"));
    m_description->setVisibleLines(3);
    m_description->setPlaceholderText(tr("Who it is for and when to use it, e.g. “A first talk with an engineer”"));
    connect(m_description, &PlainTextField::editingFinished, this, &QuestionSetsPage::commitDescription);

    m_summary = new QLabel;
    m_summary->setObjectName(QStringLiteral("setSummary"));
    m_summary->setTextFormat(Qt::PlainText);
    m_summary->setWordWrap(true);

    m_questions = new QTreeWidget;
    m_questions->setObjectName(QStringLiteral("setQuestionsList"));
    m_questions->setAccessibleName(tr("Questions of the set"));
    m_questions->setRootIsDecorated(false);
    m_questions->setAlternatingRowColors(true);
    m_questions->setSelectionMode(QAbstractItemView::NoSelection);
    m_questions->setFocusPolicy(Qt::TabFocus);
    m_questions->setWordWrap(true);
    m_questions->setHeaderLabels({tr("#"), tr("Question"), tr("Minutes")});
    QHeaderView *header = m_questions->header();
    header->setStretchLastSection(false);
    header->setSectionResizeMode(ItemNumberColumn, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(ItemTextColumn, QHeaderView::Stretch);
    header->setSectionResizeMode(ItemMinutesColumn, QHeaderView::ResizeToContents);

    auto *hint = new QLabel(tr("To use a set, open an interview’s questions and apply it there."));
    hint->setWordWrap(true);
    hint->setForegroundRole(QPalette::PlaceholderText);

    auto *form = new QFormLayout;
    form->setContentsMargins(0, 0, 0, 0);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(buddyLabel(tr("&Name:"), m_name), nameCell);
    form->addRow(buddyLabel(tr("&Description:"), m_description), m_description);

    auto *page = new QWidget;
    auto *layout = new QVBoxLayout(page);
    layout->addLayout(form);
    layout->addSpacing(fontMetrics().height() / 2);
    layout->addWidget(m_summary);
    layout->addWidget(m_questions, 1);
    layout->addWidget(hint);

    m_detailPages = new QStackedWidget;
    m_detailPages->addWidget(m_nothingShown);
    m_detailPages->addWidget(page);
    return m_detailPages;
}

void QuestionSetsPage::reload()
{
    const qint64 wanted = m_lastAddedId != 0 ? m_lastAddedId : m_shownId;
    m_lastAddedId = 0;
    const int oldRow = m_sets->currentItem() ? m_sets->indexOfTopLevelItem(m_sets->currentItem()) : -1;
    m_all = m_workspace.questionSets().all();

    m_loading = true;
    m_sets->setSortingEnabled(false);
    m_sets->clear();
    QTreeWidgetItem *current = nullptr;
    for (const QuestionSet &set : std::as_const(m_all)) {
        auto *item = new SetItem(m_sets);
        const double minutes = totalMinutes(set);
        item->setText(SetNameColumn, set.name);
        item->setToolTip(SetNameColumn, set.description);
        item->setText(SetCountColumn, QLocale().toString(set.items.size()));
        item->setData(SetCountColumn, Qt::UserRole, double(set.items.size()));
        item->setTextAlignment(SetCountColumn, Qt::AlignRight | Qt::AlignVCenter);
        item->setText(SetMinutesColumn, minutesNumber(minutes));
        item->setData(SetMinutesColumn, Qt::UserRole, minutes);
        item->setTextAlignment(SetMinutesColumn, Qt::AlignRight | Qt::AlignVCenter);
        item->setData(SetNameColumn, Qt::UserRole, set.id);
        item->setSizeHint(SetNameColumn, QSize(0, fontMetrics().height() + 8));
        if (set.id == wanted)
            current = item;
    }
    m_sets->setSortingEnabled(true);
    applyFilter();
    // A deleted set hands the selection to the one that took its place.
    if (!current && oldRow >= 0 && m_sets->topLevelItemCount() > 0)
        current = m_sets->topLevelItem(qMin(oldRow, m_sets->topLevelItemCount() - 1));
    if (current && current->isHidden())
        current = nullptr;
    if (!current) {
        for (int i = 0; i < m_sets->topLevelItemCount() && !current; ++i) {
            if (!m_sets->topLevelItem(i)->isHidden())
                current = m_sets->topLevelItem(i);
        }
    }
    m_sets->setCurrentItem(current);
    m_loading = false;
    currentSetChanged();
    updateState();
}

void QuestionSetsPage::applyFilter()
{
    const QStringList words = m_filterText.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    for (int i = 0; i < m_sets->topLevelItemCount(); ++i) {
        QTreeWidgetItem *item = m_sets->topLevelItem(i);
        bool match = true;
        for (const QString &word : words)
            match = match && item->text(SetNameColumn).contains(word, Qt::CaseInsensitive);
        item->setHidden(!match);
    }
}

void QuestionSetsPage::setFilterText(const QString &text)
{
    const QString simplified = text.simplified();
    if (simplified == m_filterText)
        return;
    m_filterText = simplified;
    setMessage(QString());
    reload();
}

void QuestionSetsPage::clearFilter()
{
    if (m_filterText.isEmpty())
        return;
    setFilterText(QString());
    emit filterClearRequested();
}

void QuestionSetsPage::currentSetChanged()
{
    if (m_loading)
        return;
    QTreeWidgetItem *item = m_sets->currentItem();
    const qint64 id = item && !item->isHidden() ? item->data(SetNameColumn, Qt::UserRole).toLongLong() : 0;
    if (id != m_shownId && m_detailPages->isAncestorOf(focusWidget())) {
        // Finish an edit before the fields show another set.
        if (m_name->isModified())
            commitName();
        if (m_description->isModified())
            commitDescription();
    }
    std::optional<QuestionSet> shown;
    for (const QuestionSet &set : std::as_const(m_all)) {
        if (set.id == id)
            shown = set;
    }
    showDetails(shown);
    emit canDeleteChanged();
    emit statusTextChanged();
}

void QuestionSetsPage::showDetails(const std::optional<QuestionSet> &set)
{
    if (!set) {
        m_shownId = 0;
        m_nameMessage->clear();
        m_detailPages->setCurrentWidget(m_nothingShown);
        m_exportButton->setEnabled(false);
        m_deleteButton->setEnabled(false);
        return;
    }
    if (set->id != m_shownId)
        m_nameMessage->clear();
    m_shownId = set->id;
    m_detailPages->setCurrentIndex(1);
    m_exportButton->setEnabled(true);
    m_deleteButton->setEnabled(true);
    // Text being typed survives a change made elsewhere.
    if (!(m_name->hasFocus() && m_name->isModified())) {
        m_name->setText(set->name);
        m_name->setModified(false);
    }
    if (!(m_description->hasFocus() && m_description->isModified()))
        m_description->setText(set->description);

    const int count = int(set->items.size());
    const QString minutes = minutesNumber(totalMinutes(*set));
    m_summary->setText(count == 1 ? tr("1 question, about %1 minutes").arg(minutes)
                                  : tr("%n questions, about %1 minutes", nullptr, count).arg(minutes));
    m_questions->clear();
    const int rowHeight = fontMetrics().height() + 8; // as in the other lists of the window
    int number = 0;
    for (const QuestionSetItem &setItem : set->items) {
        auto *item = new QTreeWidgetItem(m_questions);
        item->setText(ItemNumberColumn, QLocale().toString(++number));
        item->setTextAlignment(ItemNumberColumn, Qt::AlignRight | Qt::AlignTop);
        item->setText(ItemTextColumn, setItem.text);
        item->setText(ItemMinutesColumn, tr("%1 min").arg(minutesNumber(setItem.minutes)));
        item->setTextAlignment(ItemMinutesColumn, Qt::AlignRight | Qt::AlignTop);
        QString tip = setItem.text;
        if (setItem.questionId == 0)
            tip = tr("%1\n(not in your question bank)").arg(tip);
        else if (!setItem.categoryName.isEmpty())
            tip = tr("%1\n(%2)").arg(tip, setItem.categoryName);
        item->setToolTip(ItemTextColumn, tip);
        item->setSizeHint(ItemTextColumn, QSize(0, rowHeight));
    }
}

void QuestionSetsPage::commitName()
{
    if (m_loading || m_shownId == 0)
        return;
    const std::optional<QuestionSet> before = m_workspace.questionSets().find(m_shownId);
    if (!before)
        return;
    const QString name = m_name->text().simplified();
    if (name.isEmpty()) {
        m_nameMessage->showMessage(tr("A set needs a name."));
        return;
    }
    const qint64 other = m_workspace.questionSets().idForName(name);
    if (other != 0 && other != before->id) {
        m_nameMessage->showMessage(tr("Another set is already called “%1”.").arg(name));
        return;
    }
    m_nameMessage->clear();
    m_name->setModified(false);
    if (name == before->name) {
        m_name->setText(name);
        return;
    }
    QuestionSet after = *before;
    after.name = name;
    m_undoStack.push(new EditRecordCommand<QuestionSetRepository, QuestionSet>(
        m_workspace.questionSets(), *before, after, tr("Rename Set “%1”").arg(before->name)));
    m_name->setText(name);
}

void QuestionSetsPage::commitDescription()
{
    if (m_loading || m_shownId == 0)
        return;
    const std::optional<QuestionSet> before = m_workspace.questionSets().find(m_shownId);
    if (!before)
        return;
    const QString description = m_description->toPlainText().trimmed();
    if (description == before->description) {
        m_description->setText(description);
        return;
    }
    QuestionSet after = *before;
    after.description = description;
    m_undoStack.push(new EditRecordCommand<QuestionSetRepository, QuestionSet>(
        m_workspace.questionSets(), *before, after, tr("Edit Description of “%1”").arg(before->name)));
    m_description->setText(description);
}

void QuestionSetsPage::deleteSelected()
{
    if (!canDelete())
        return;
    const std::optional<QuestionSet> set = m_workspace.questionSets().find(m_shownId);
    if (!set)
        return;
    m_undoStack.push(new RemoveRecordCommand<QuestionSetRepository>(m_workspace.questionSets(), set->id,
                                                                     tr("Delete Set “%1”").arg(set->name)));
    setMessage(tr("Deleted “%1” (Undo: %2)").arg(set->name, shortcutText(QKeySequence::Undo)));
}

bool QuestionSetsPage::canDelete() const
{
    return m_shownId != 0;
}

QString QuestionSetsPage::statusText() const
{
    const int total = int(m_all.size());
    QString counts;
    if (total == 0) {
        counts = tr("No question sets yet");
    } else {
        counts = total == 1 ? tr("1 set") : tr("%n sets", nullptr, total);
        if (!m_filterText.isEmpty()) {
            int shown = 0;
            for (int i = 0; i < m_sets->topLevelItemCount(); ++i)
                shown += m_sets->topLevelItem(i)->isHidden() ? 0 : 1;
            counts = tr("%1, %2 shown").arg(counts).arg(shown);
        }
    }
    return m_message.isEmpty() ? counts : tr("%1 · %2").arg(m_message, counts);
}

void QuestionSetsPage::showSet(qint64 id)
{
    for (int i = 0; i < m_sets->topLevelItemCount(); ++i) {
        QTreeWidgetItem *item = m_sets->topLevelItem(i);
        if (item->data(SetNameColumn, Qt::UserRole).toLongLong() != id)
            continue;
        if (item->isHidden())
            clearFilter();
        m_sets->setCurrentItem(item);
        m_sets->scrollToItem(item);
        return;
    }
}

qint64 QuestionSetsPage::currentSetId() const
{
    return m_shownId;
}

void QuestionSetsPage::chooseImport()
{
    const QString fileName = QFileDialog::getOpenFileName(
        this, tr("Import Question Set"), lastDirectory(),
        tr("Question sets (*.%1);;All files (*)").arg(questionSetSuffix()));
    if (fileName.isEmpty())
        return;
    rememberDirectory(fileName);
    importFile(fileName);
}

void QuestionSetsPage::chooseExport()
{
    const std::optional<QuestionSet> set = m_shownId ? m_workspace.questionSets().find(m_shownId) : std::nullopt;
    if (!set)
        return;
    // A file name made of the set's name, without characters some systems refuse.
    QString baseName = set->name;
    baseName.replace(QRegularExpression(QStringLiteral(R"([\\/:*?"<>|]+)")), QStringLiteral(" "));
    baseName = baseName.simplified();
    if (baseName.isEmpty())
        baseName = tr("questions");
    const QString suggested = QDir(lastDirectory()).filePath(baseName + QLatin1Char('.') + questionSetSuffix());
    QString fileName = QFileDialog::getSaveFileName(this, tr("Export Question Set"), suggested,
                                                    tr("Question sets (*.%1)").arg(questionSetSuffix()));
    if (fileName.isEmpty())
        return;
    if (QFileInfo(fileName).suffix().isEmpty())
        fileName += QLatin1Char('.') + questionSetSuffix();
    rememberDirectory(fileName);
    exportSet(set->id, fileName);
}

bool QuestionSetsPage::exportSet(qint64 id, const QString &fileName)
{
    const std::optional<QuestionSet> set = m_workspace.questionSets().find(id);
    if (!set)
        return false;
    QSaveFile file(fileName);
    if (!file.open(QIODevice::WriteOnly) || file.write(questionSetToJson(*set)) < 0 || !file.commit()) {
        showError(tr("Could not save “%1”.").arg(QDir::toNativeSeparators(fileName)), file.errorString());
        return false;
    }
    setMessage(tr("Exported “%1” to %2").arg(set->name, QFileInfo(fileName).fileName()));
    return true;
}

void QuestionSetsPage::importFile(const QString &fileName)
{
    QFile file(fileName);
    if (!file.open(QIODevice::ReadOnly)) {
        showError(tr("Could not open “%1”.").arg(QDir::toNativeSeparators(fileName)), file.errorString());
        return;
    }
    const QuestionSetReadResult result = questionSetFromJson(file.readAll(), QFileInfo(fileName).fileName());
    if (!result.ok()) {
        showError(tr("“%1” is not a question set Inroad can import.").arg(QFileInfo(fileName).fileName()),
                  result.error);
        return;
    }
    QuestionSet set = result.set;
    set.id = 0;
    set.name = set.name.simplified();
    if (set.name.isEmpty())
        set.name = QFileInfo(fileName).completeBaseName().simplified();
    set.items = m_workspace.questionSets().matchToBank(set.items);
    if (m_workspace.questionSets().idForName(set.name) != 0)
        askImportName(set, uniqueName(set.name));
    else
        addImported(set);
}

void QuestionSetsPage::askImportName(QuestionSet set, const QString &suggestion)
{
    auto *dialog = new QInputDialog(this);
    dialog->setObjectName(QStringLiteral("importNameDialog"));
    dialog->setWindowTitle(tr("Import Question Set"));
    dialog->setLabelText(tr("You already have a set called “%1”. Import this one as:").arg(set.name));
    dialog->setTextValue(suggestion);
    dialog->setOkButtonText(tr("Import"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowModality(Qt::WindowModal);
    connect(dialog, &QInputDialog::textValueSelected, this, [this, set](const QString &value) {
        QuestionSet named = set;
        named.name = value.simplified();
        if (named.name.isEmpty() || m_workspace.questionSets().idForName(named.name) != 0)
            askImportName(set, uniqueName(named.name.isEmpty() ? set.name : named.name));
        else
            addImported(named);
    });
    dialog->open();
}

void QuestionSetsPage::addImported(QuestionSet set)
{
    m_lastAddedId = 0;
    qint64 addedId = 0;
    const QMetaObject::Connection watch = connect(&m_workspace.questionSets(), &QuestionSetRepository::added, this,
                                                  [&addedId](qint64 id) { addedId = id; });
    m_undoStack.push(new AddRecordCommand<QuestionSetRepository, QuestionSet>(
        m_workspace.questionSets(), set, tr("Import Set “%1”").arg(set.name)));
    disconnect(watch);
    if (addedId == 0)
        return; // the repository has told the user why
    clearFilter();
    showSet(addedId);
    int matched = 0;
    for (const QuestionSetItem &item : std::as_const(set.items))
        matched += item.questionId != 0 ? 1 : 0;
    const int count = int(set.items.size());
    if (matched == count)
        setMessage(tr("Imported “%1”").arg(set.name));
    else
        setMessage(tr("Imported “%1”: %2 of its %3 questions are not in your bank").arg(set.name).arg(count - matched).arg(count));
    emit setImported(addedId);
}

void QuestionSetsPage::showError(const QString &text, const QString &details)
{
    auto *box = new QMessageBox(QMessageBox::Warning, tr("Question Sets"), text, QMessageBox::Ok, this);
    box->setObjectName(QStringLiteral("questionSetErrorBox"));
    box->setInformativeText(details);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setWindowModality(Qt::WindowModal);
    box->open();
    emit errorShown(details.isEmpty() ? text : tr("%1 %2").arg(text, details));
}

QString QuestionSetsPage::uniqueName(const QString &name) const
{
    // "Engineering (2)" suggests "Engineering (3)", not "Engineering (2) (2)".
    static const QRegularExpression numbered(QStringLiteral(R"(^(.*\S)\s*\((\d+)\)$)"));
    QString base = name;
    int number = 2;
    if (const QRegularExpressionMatch match = numbered.match(name); match.hasMatch()) {
        base = match.captured(1);
        number = match.captured(2).toInt() + 1;
    }
    QString candidate;
    do {
        candidate = tr("%1 (%2)").arg(base).arg(number++);
    } while (m_workspace.questionSets().idForName(candidate) != 0);
    return candidate;
}

void QuestionSetsPage::updateState()
{
    if (m_all.isEmpty()) {
        m_pages->setCurrentWidget(m_noSets);
    } else {
        m_pages->setCurrentWidget(m_splitter);
        bool anyShown = false;
        for (int i = 0; i < m_sets->topLevelItemCount() && !anyShown; ++i)
            anyShown = !m_sets->topLevelItem(i)->isHidden();
        if (anyShown) {
            m_listPages->setCurrentWidget(m_sets);
        } else {
            m_noMatch->setTitle(tr("No set matches “%1”").arg(m_filterText));
            m_listPages->setCurrentWidget(m_noMatch);
        }
    }
    emit statusTextChanged();
    emit canDeleteChanged();
}

void QuestionSetsPage::setMessage(const QString &message)
{
    if (message == m_message)
        return;
    m_message = message;
    emit statusTextChanged();
}

} // namespace Inroad
