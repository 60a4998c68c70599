#include "todayview.h"

#include "agendamodel.h"
#include "emptystate.h"
#include "followuprules.h"
#include "timetext.h"
#include "workspace.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QCompleter>
#include <QDateTimeEdit>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHash>
#include <QHeaderView>
#include <QKeySequence>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMenu>
#include <QMouseEvent>
#include <QPainter>
#include <QPair>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStackedWidget>
#include <QStyle>
#include <QStyledItemDelegate>
#include <QToolBar>
#include <QToolButton>
#include <QTreeView>
#include <QUndoCommand>
#include <QUndoStack>
#include <QVBoxLayout>

#include <optional>

namespace Inroad {

namespace {

constexpr int kSnoozeDays[] = {1, 3, 7};

QString shortcutText(const QKeySequence &key)
{
    return key.toString(QKeySequence::NativeText);
}

QString withShortcut(const QString &text, const QKeySequence &key)
{
    return TodayView::tr("%1 (%2)").arg(text, shortcutText(key));
}

QString followUpKey(qint64 id)
{
    AgendaItem item;
    item.kind = AgendaItem::FollowUpDue;
    item.recordId = id;
    return item.key();
}

QString dayText(const QDateTime &instant, const QTimeZone &zone)
{
    const QDateTime local = instant.toTimeZone(zone);
    return QLocale().toString(local.date(), QStringLiteral("ddd d MMM ")) + shortTimeText(QLocale(), local.time());
}

// Section rows: a heading with room above it and a rule under it, across the whole row.
class AgendaDelegate final : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        if (!index.data(AgendaModel::IsSectionRole).toBool()) {
            QStyledItemDelegate::paint(painter, option, index);
            return;
        }
        painter->save();
        QFont font = option.font;
        font.setBold(true);
        painter->setFont(font);
        painter->setPen(option.palette.color(QPalette::Text));
        const QFontMetrics metrics(font);
        // Lined up with the text of the item rows.
        const QStyle *style = option.widget ? option.widget->style() : QApplication::style();
        const int margin = style->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, option.widget) + 1;
        const QRect text = option.rect.adjusted(margin, 0, -margin, -metrics.descent() - 2);
        painter->drawText(text, Qt::AlignLeft | Qt::AlignBottom, index.data(Qt::DisplayRole).toString());
        QColor rule = option.palette.color(QPalette::Text);
        rule.setAlphaF(0.25f);
        painter->setPen(rule);
        painter->drawLine(option.rect.left() + margin, option.rect.bottom(), option.rect.right() - margin,
                          option.rect.bottom());
        painter->restore();
    }

    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        QSize size = QStyledItemDelegate::sizeHint(option, index);
        if (index.data(AgendaModel::IsSectionRole).toBool())
            size.setHeight(option.fontMetrics.height() * 2 + 4);
        else
            size.setHeight(qMax(size.height(), option.fontMetrics.height() + 10));
        return size;
    }
};

// The list: section headings are not stops for the keyboard or the mouse, so that the selection
// always names an item.
class AgendaTree final : public QTreeView
{
public:
    using QTreeView::QTreeView;

protected:
    QModelIndex moveCursor(CursorAction action, Qt::KeyboardModifiers modifiers) override
    {
        if (action == MoveLeft || action == MoveRight)
            return currentIndex();
        const QModelIndex next = QTreeView::moveCursor(action, modifiers);
        if (!next.isValid() || isItem(next))
            return next;
        const bool forward = action == MoveDown || action == MoveNext || action == MovePageDown || action == MoveHome;
        QModelIndex found = step(next, forward);
        if (!found.isValid())
            found = step(next, !forward);
        return found.isValid() ? found : currentIndex();
    }

    void mousePressEvent(QMouseEvent *event) override
    {
        const QModelIndex index = indexAt(event->position().toPoint());
        if (index.isValid() && !isItem(index)) {
            event->accept();
            return;
        }
        QTreeView::mousePressEvent(event);
    }

private:
    static bool isItem(const QModelIndex &index) { return index.flags() & Qt::ItemIsSelectable; }

    // The first item from @p from on (hidden rows do not count), downwards or upwards.
    QModelIndex step(QModelIndex from, bool forward) const
    {
        while (from.isValid() && !isItem(from))
            from = forward ? indexBelow(from) : indexAbove(from);
        return from;
    }
};

// A small dialog for a due time, in @p zone. Empty when cancelled.
std::optional<QDateTime> askDueTime(QWidget *parent, const QString &title, const QString &prompt,
                                    const QDateTime &initial, const QTimeZone &zone)
{
    QDialog dialog(parent);
    dialog.setObjectName(QStringLiteral("rescheduleDialog"));
    dialog.setWindowTitle(title);
    auto *label = new QLabel(prompt);
    label->setWordWrap(true);
    auto *edit = new QDateTimeEdit;
    edit->setObjectName(QStringLiteral("dueEdit"));
    edit->setCalendarPopup(true);
    const QDateTime local = initial.toTimeZone(zone);
    edit->setDateTime(QDateTime(local.date(), local.time()));
    auto *form = new QFormLayout;
    form->addRow(TodayView::tr("&Due:"), edit);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    buttons->button(QDialogButtonBox::Ok)->setText(TodayView::tr("Reschedule"));
    QObject::connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    QObject::connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    auto *layout = new QVBoxLayout(&dialog);
    layout->addWidget(label);
    layout->addLayout(form);
    layout->addWidget(buttons);
    edit->setFocus();
    if (dialog.exec() != QDialog::Accepted)
        return std::nullopt;
    const QDateTime chosen(edit->date(), edit->time(), zone);
    return chosen.isValid() ? std::optional<QDateTime>(chosen.toUTC()) : std::nullopt;
}

// Names for the person field, each naming one person: the organization or, failing that, the id
// tells people with the same name apart.
QList<QPair<QString, qint64>> personChoices(PersonRepository &people)
{
    const QList<Person> all = people.page(PersonQuery{}, 0, -1);
    QHash<QString, int> uses;
    for (const Person &p : all)
        ++uses[p.displayName().toCaseFolded()];
    QList<QPair<QString, qint64>> out;
    QHash<QString, int> taken;
    for (const Person &p : all) {
        QString name = p.displayName();
        if (name.isEmpty())
            name = TodayView::tr("Unnamed person");
        if (uses.value(p.displayName().toCaseFolded()) > 1 && !p.organizationName.isEmpty())
            name = TodayView::tr("%1 (%2)").arg(name, p.organizationName);
        if (taken.value(name.toCaseFolded()) > 0)
            name = TodayView::tr("%1 #%2").arg(name).arg(p.id);
        ++taken[name.toCaseFolded()];
        out.append({name, p.id});
    }
    return out;
}

// Asks for a new follow-up; empty when cancelled.
std::optional<FollowUp> askNewFollowUp(QWidget *parent, Workspace &workspace, qint64 personId, const QDateTime &now,
                                       const QTimeZone &zone)
{
    const QList<QPair<QString, qint64>> choices = personChoices(workspace.people());
    QHash<QString, qint64> idOf;
    QStringList names;
    QString initialName;
    for (const auto &[name, id] : choices) {
        idOf.insert(name.toCaseFolded(), id);
        names << name;
        if (id == personId)
            initialName = name;
    }

    QDialog dialog(parent);
    dialog.setObjectName(QStringLiteral("newFollowUpDialog"));
    dialog.setWindowTitle(TodayView::tr("New Follow-up"));
    auto *person = new QLineEdit(initialName);
    person->setObjectName(QStringLiteral("personEdit"));
    person->setPlaceholderText(TodayView::tr("Start typing a name"));
    auto *completer = new QCompleter(names, person);
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    completer->setFilterMode(Qt::MatchContains);
    person->setCompleter(completer);
    auto *hint = new QLabel;
    hint->setObjectName(QStringLiteral("personHint"));
    hint->setForegroundRole(QPalette::PlaceholderText);
    hint->setWordWrap(true);

    auto *kind = new QComboBox;
    kind->setObjectName(QStringLiteral("kindCombo"));
    for (int k = 0; k < kFollowUpKindCount; ++k)
        kind->addItem(followUpKindName(followUpKindFromInt(k)), k);
    kind->setCurrentIndex(kind->findData(int(FollowUpKind::KeepInTouch)));

    auto *due = new QDateTimeEdit;
    due->setObjectName(QStringLiteral("dueEdit"));
    due->setCalendarPopup(true);
    const QDateTime tomorrow = FollowUpRules::morningOf(now.toTimeZone(zone).date().addDays(1), zone).toTimeZone(zone);
    due->setDateTime(QDateTime(tomorrow.date(), tomorrow.time()));

    auto *note = new QPlainTextEdit;
    note->setObjectName(QStringLiteral("noteEdit"));
    note->setTabChangesFocus(true);
    note->setPlaceholderText(TodayView::tr("What to send or ask, for example the article you promised"));
    note->setFixedHeight(note->fontMetrics().lineSpacing() * 4 + 12);

    auto *form = new QFormLayout;
    form->addRow(TodayView::tr("&Person:"), person);
    form->addRow(QString(), hint);
    form->addRow(TodayView::tr("&Kind:"), kind);
    form->addRow(TodayView::tr("&Due:"), due);
    form->addRow(TodayView::tr("N&ote:"), note);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    QPushButton *add = buttons->button(QDialogButtonBox::Ok);
    add->setText(TodayView::tr("Add Follow-up"));
    QObject::connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    QObject::connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    auto *layout = new QVBoxLayout(&dialog);
    layout->addLayout(form);
    layout->addWidget(buttons);

    const auto update = [&] {
        const QString text = person->text().trimmed();
        const bool known = idOf.contains(text.toCaseFolded());
        add->setEnabled(known);
        if (choices.isEmpty())
            hint->setText(TodayView::tr("Add people in the People area first; a follow-up belongs to someone."));
        else if (text.isEmpty() || known)
            hint->setText(TodayView::tr("Who the follow-up is with."));
        else
            hint->setText(
                TodayView::tr("No one in your workspace is called “%1”. Choose a name from the list.").arg(text));
    };
    QObject::connect(person, &QLineEdit::textChanged, &dialog, update);
    update();
    if (initialName.isEmpty())
        person->setFocus();
    else
        kind->setFocus();

    if (dialog.exec() != QDialog::Accepted)
        return std::nullopt;
    const qint64 id = idOf.value(person->text().trimmed().toCaseFolded());
    const QDateTime dueAt(due->date(), due->time(), zone);
    if (id <= 0 || !dueAt.isValid())
        return std::nullopt;
    FollowUp followUp;
    followUp.personId = id;
    followUp.kind = followUpKindFromInt(kind->currentData().toInt());
    followUp.dueAt = dueAt.toUTC();
    followUp.note = note->toPlainText().trimmed();
    return followUp;
}

} // namespace

TodayView::TodayView(Workspace &workspace, QUndoStack &undoStack, QWidget *parent)
    : AreaView(parent)
    , m_workspace(workspace)
    , m_undoStack(undoStack)
    , m_model(new AgendaModel(workspace, this))
{
    m_heading = new QLabel;
    m_heading->setObjectName(QStringLiteral("todayHeading"));
    QFont headingFont = m_heading->font();
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.35);
    headingFont.setBold(true);
    m_heading->setFont(headingFont);
    m_heading->setTextFormat(Qt::PlainText);

    m_list = new AgendaTree;
    m_list->setObjectName(QStringLiteral("agendaList"));
    m_list->setAccessibleName(tr("Today"));
    m_list->setModel(m_model);
    m_list->setItemDelegate(new AgendaDelegate(m_list));
    m_list->setHeaderHidden(true);
    m_list->setRootIsDecorated(false);
    m_list->setItemsExpandable(false);
    m_list->setExpandsOnDoubleClick(false);
    m_list->setIndentation(0);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_list->setAllColumnsShowFocus(true);
    m_list->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_list->setContextMenuPolicy(Qt::CustomContextMenu);
    m_list->setFrameShape(QFrame::NoFrame);
    m_list->setTextElideMode(Qt::ElideRight);
    const int charWidth = fontMetrics().averageCharWidth();
    // Wide enough for the longest usual wording of a time, as the locale writes it.
    const QString longWhen = AgendaModel::whenText(
        [] {
            AgendaItem item;
            item.overdue = true;
            item.when = QDateTime(QDate(2025, 9, 30), QTime(12, 0), QTimeZone::utc());
            return item;
        }(),
        QDateTime(QDate(2026, 1, 1), QTime(12, 0), QTimeZone::utc()), QTimeZone::utc());
    m_list->setColumnWidth(AgendaModel::WhenColumn, fontMetrics().horizontalAdvance(longWhen) + charWidth * 3);
    m_list->setColumnWidth(AgendaModel::TitleColumn, charWidth * 50);
    m_list->header()->setStretchLastSection(true);
    for (int k = 0; k < AgendaItem::kKindCount; ++k) {
        m_list->setFirstColumnSpanned(k, QModelIndex(), true);
        m_list->expand(m_model->sectionIndex(AgendaItem::Kind(k)));
    }

    m_nothingDue = new EmptyState;
    m_nothingDue->setObjectName(QStringLiteral("nothingDueState"));
    m_newButton = m_nothingDue->addButton(tr("New Follow-up…"));
    connect(m_newButton, &QPushButton::clicked, this, &TodayView::addNew);
    m_noMatch = new EmptyState;
    m_noMatch->setObjectName(QStringLiteral("noMatchState"));
    connect(m_noMatch->addButton(tr("Clear Filter")), &QPushButton::clicked, this, &TodayView::clearFilter);

    m_pages = new QStackedWidget;
    m_pages->addWidget(m_list);
    m_pages->addWidget(m_nothingDue);
    m_pages->addWidget(m_noMatch);

    createActions();

    // One page, heading and list alike, on the list's background.
    setBackgroundRole(QPalette::Base);
    setAutoFillBackground(true);
    const int margin = charWidth * 2;
    const int textPadding = style()->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, m_list) + 1;
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(margin - textPadding, margin, 0, 0);
    layout->setSpacing(charWidth);
    m_heading->setContentsMargins(textPadding, 0, 0, 0);
    layout->addWidget(m_heading);
    layout->addWidget(m_toolBar);
    layout->addWidget(m_pages, 1);
    setFocusProxy(m_list);

    connect(m_list, &QAbstractItemView::activated, this, [this](const QModelIndex &index) {
        if (m_model->itemAt(index))
            openCurrent();
    });
    connect(m_list, &QWidget::customContextMenuRequested, this, &TodayView::showContextMenu);
    connect(m_list->selectionModel(), &QItemSelectionModel::currentChanged, this, &TodayView::currentChanged);
    connect(m_list->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this] {
        updateActions();
        emit canDeleteChanged();
    });
    connect(m_model, &AgendaModel::refreshed, this, [this] {
        ensureSelection();
        updateState();
    });
    // Undo or redo makes a "Done: …" message out of date.
    connect(&m_undoStack, &QUndoStack::indexChanged, this, [this] {
        setMessage(QString());
    });

    ensureSelection();
    updateState();
}

TodayView::~TodayView() = default;

void TodayView::createActions()
{
    m_openAction = new QAction(tr("&Open"), this);
    m_openAction->setObjectName(QStringLiteral("actionTodayOpen"));
    m_openAction->setToolTip(
        withShortcut(tr("Open the person or interview of the selected item"), QKeySequence(Qt::Key_Return)));
    connect(m_openAction, &QAction::triggered, this, &TodayView::openCurrent);

    const auto shortcut = [this](QAction *action, const QKeySequence &key, const QString &toolTip) {
        action->setShortcut(key);
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        action->setToolTip(withShortcut(toolTip, key));
        addAction(action);
    };
    m_doneAction = new QAction(tr("Mark &Done"), this);
    m_doneAction->setObjectName(QStringLiteral("actionTodayDone"));
    shortcut(m_doneAction, QKeySequence(Qt::CTRL | Qt::Key_D), tr("Mark the selected item done"));
    connect(m_doneAction, &QAction::triggered, this, &TodayView::markCurrentDone);

    m_snoozeMenu = new QMenu(tr("&Snooze"), this);
    m_snoozeMenu->setObjectName(QStringLiteral("snoozeMenu"));
    m_snoozeMenu->menuAction()->setObjectName(QStringLiteral("actionTodaySnooze"));
    m_snoozeMenu->menuAction()->setToolTip(tr("Hide the selected item until the morning of a later day"));
    m_snoozeDayAction = m_snoozeMenu->addAction(tr("For 1 Day"));
    m_snoozeDayAction->setObjectName(QStringLiteral("actionTodaySnooze1"));
    shortcut(m_snoozeDayAction, QKeySequence(Qt::CTRL | Qt::Key_L), tr("Snooze until tomorrow morning"));
    m_snooze3DaysAction = m_snoozeMenu->addAction(tr("For 3 Days"));
    m_snooze3DaysAction->setObjectName(QStringLiteral("actionTodaySnooze3"));
    m_snoozeWeekAction = m_snoozeMenu->addAction(tr("For 1 Week"));
    m_snoozeWeekAction->setObjectName(QStringLiteral("actionTodaySnooze7"));
    shortcut(m_snoozeWeekAction, QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_L), tr("Snooze for a week"));
    const QList<QAction *> snoozes = {m_snoozeDayAction, m_snooze3DaysAction, m_snoozeWeekAction};
    for (int i = 0; i < snoozes.size(); ++i) {
        const int days = kSnoozeDays[i];
        connect(snoozes.at(i), &QAction::triggered, this, [this, days] {
            snoozeCurrent(days);
        });
    }

    m_rescheduleAction = new QAction(tr("&Reschedule…"), this);
    m_rescheduleAction->setObjectName(QStringLiteral("actionTodayReschedule"));
    shortcut(m_rescheduleAction, QKeySequence(Qt::CTRL | Qt::Key_R),
             tr("Choose a new due date for the selected follow-up"));
    connect(m_rescheduleAction, &QAction::triggered, this, &TodayView::rescheduleCurrent);

    m_newAction = new QAction(tr("&New Follow-up…"), this);
    m_newAction->setObjectName(QStringLiteral("actionTodayNew"));
    m_newAction->setToolTip(withShortcut(tr("Plan a follow-up with someone"), QKeySequence(QKeySequence::New)));
    connect(m_newAction, &QAction::triggered, this, &TodayView::addNew);

    // Edit ▸ Delete of the window has the Delete key; this one is for the context menu.
    m_deleteAction = new QAction(tr("Delete Follow-up"), this);
    m_deleteAction->setObjectName(QStringLiteral("actionTodayDelete"));
    connect(m_deleteAction, &QAction::triggered, this, &TodayView::deleteSelected);

    m_toolBar = new QToolBar(tr("Today"));
    m_toolBar->setObjectName(QStringLiteral("todayToolBar"));
    m_toolBar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_toolBar->addAction(m_openAction);
    m_toolBar->addAction(m_doneAction);
    m_toolBar->addAction(m_snoozeMenu->menuAction());
    if (auto *button = qobject_cast<QToolButton *>(m_toolBar->widgetForAction(m_snoozeMenu->menuAction())))
        button->setPopupMode(QToolButton::InstantPopup);
    m_toolBar->addAction(m_rescheduleAction);
    m_toolBar->addSeparator();
    m_toolBar->addAction(m_newAction);
}

QString TodayView::title() const
{
    return tr("Today");
}

void TodayView::setFilterText(const QString &text)
{
    if (text.simplified() == m_model->filterText())
        return;
    setMessage(QString());
    m_model->setFilterText(text); // refreshed() updates the rest
}

void TodayView::clearFilter()
{
    if (m_model->filterText().isEmpty())
        return;
    setFilterText(QString());
    emit filterClearRequested();
}

void TodayView::addNew()
{
    const AgendaItem *item = currentItem();
    const std::optional<FollowUp> followUp =
        askNewFollowUp(this, m_workspace, item ? item->personId : 0, m_model->now(), m_model->timeZone());
    if (!followUp)
        return;

    qint64 id = 0;
    const QMetaObject::Connection added =
        connect(&m_workspace.followUps(), &Repository::added, this, [&id](qint64 newId) {
            id = newId;
        });
    m_undoStack.push(m_workspace.workflow().addFollowUp(*followUp));
    disconnect(added);
    m_model->refresh();

    const std::optional<FollowUp> stored = id > 0 ? m_workspace.followUps().find(id) : std::nullopt;
    if (!stored)
        return;
    const QString due = dayText(stored->dueAt, m_model->timeZone());
    const QModelIndex index = m_model->indexOfKey(followUpKey(id));
    if (index.isValid()) {
        selectKey(followUpKey(id));
        setMessage(tr("Added a follow-up with %1, due %2").arg(stored->personName, due));
    } else {
        setMessage(tr("Added a follow-up with %1, due %2; it appears here on that day").arg(stored->personName, due));
    }
}

void TodayView::deleteSelected()
{
    const AgendaItem *current = currentItem();
    if (!current || current->kind != AgendaItem::FollowUpDue)
        return;
    const AgendaItem item = *current;
    const std::optional<FollowUp> followUp = m_workspace.followUps().find(item.recordId);
    if (!followUp)
        return;
    push(m_workspace.workflow().removeFollowUp(*followUp), item);
    setMessage(tr("Deleted “%1” (Undo: %2)").arg(item.title, shortcutText(QKeySequence(QKeySequence::Undo))));
}

bool TodayView::canDelete() const
{
    const AgendaItem *item = currentItem();
    return item && item->kind == AgendaItem::FollowUpDue;
}

QString TodayView::statusText() const
{
    const int followUps = m_model->count(AgendaItem::FollowUpDue);
    const int interviews = m_model->count(AgendaItem::UpcomingInterview);
    const int total = int(m_model->items().size());
    QStringList parts;
    if (followUps > 0)
        parts << tr("%n follow-ups due", nullptr, followUps);
    if (interviews > 0)
        parts << tr("%n interviews in the next %1 days", nullptr, interviews).arg(m_model->days());
    if (parts.isEmpty())
        parts << (total > 0 ? tr("%n items", nullptr, total) : tr("Nothing due today"));
    QString counts = parts.join(tr(", "));
    if (!m_model->filterText().isEmpty())
        counts = tr("%1 (%2 of %n shown)", nullptr, total).arg(counts).arg(m_model->shownCount());
    return m_message.isEmpty() ? counts : tr("%1 · %2").arg(m_message, counts);
}

void TodayView::showRecord(qint64 id)
{
    selectKey(followUpKey(id));
}

int TodayView::badgeCount() const
{
    return m_model->count(AgendaItem::FollowUpDue);
}

QTreeView *TodayView::listView() const
{
    return m_list;
}

AgendaModel *TodayView::model() const
{
    return m_model;
}

const AgendaItem *TodayView::currentItem() const
{
    const QModelIndex current = m_list->currentIndex();
    if (!current.isValid() || !m_list->selectionModel()->isSelected(current.siblingAtColumn(0)))
        return nullptr;
    return m_model->itemAt(current);
}

void TodayView::openCurrent()
{
    const AgendaItem *item = currentItem();
    if (!item)
        return;
    switch (item->kind) {
    case AgendaItem::FollowUpDue:
    case AgendaItem::WaitingForReply: emit recordRequested(QStringLiteral("people"), item->personId); break;
    case AgendaItem::UpcomingInterview:
    case AgendaItem::NeedsReferrals: emit recordRequested(QStringLiteral("interviews"), item->interviewId); break;
    }
}

void TodayView::markCurrentDone()
{
    const AgendaItem *current = currentItem();
    if (!current)
        return;
    const AgendaItem item = *current;
    Workflow &workflow = m_workspace.workflow();
    if (item.kind == AgendaItem::FollowUpDue) {
        const std::optional<FollowUp> followUp = m_workspace.followUps().find(item.recordId);
        if (!followUp)
            return;
        push(workflow.completeFollowUp(*followUp), item);
    } else {
        push(workflow.dismissAgendaItem(item.key(), QDateTime(), tr("Mark “%1” done").arg(item.title)), item);
    }
    setMessage(tr("Done: %1 (Undo: %2)").arg(item.title, shortcutText(QKeySequence(QKeySequence::Undo))));
}

void TodayView::snoozeCurrent(int days)
{
    const AgendaItem *current = currentItem();
    if (!current)
        return;
    const AgendaItem item = *current;
    Workflow &workflow = m_workspace.workflow();
    const QDateTime until = FollowUpRules::snoozedUntil(m_model->now(), days, m_model->timeZone());
    if (item.kind == AgendaItem::FollowUpDue) {
        const std::optional<FollowUp> followUp = m_workspace.followUps().find(item.recordId);
        if (!followUp)
            return;
        push(workflow.snoozeFollowUp(*followUp, days), item);
    } else {
        push(workflow.dismissAgendaItem(item.key(), until, tr("Snooze “%1”").arg(item.title)), item);
    }
    setMessage(tr("Snoozed until %1: %2").arg(dayText(until, m_model->timeZone()), item.title));
}

void TodayView::rescheduleCurrent()
{
    const AgendaItem *current = currentItem();
    if (!current || current->kind != AgendaItem::FollowUpDue)
        return;
    const AgendaItem item = *current;
    const std::optional<FollowUp> followUp = m_workspace.followUps().find(item.recordId);
    if (!followUp)
        return;
    const QTimeZone zone = m_model->timeZone();
    QDateTime initial = followUp->effectiveDue();
    if (initial < m_model->now())
        initial = FollowUpRules::snoozedUntil(m_model->now(), 1, zone);
    const std::optional<QDateTime> due =
        askDueTime(this, tr("Reschedule Follow-up"), tr("When should “%1” be due?").arg(item.title), initial, zone);
    // The dialog ran an event loop: the follow-up may have changed meanwhile.
    const std::optional<FollowUp> now = m_workspace.followUps().find(item.recordId);
    if (!due || !now)
        return;
    push(m_workspace.workflow().rescheduleFollowUp(*now, *due), item);
    setMessage(tr("Due %1: %2").arg(dayText(*due, zone), item.title));
}

void TodayView::push(QUndoCommand *command, const AgendaItem &item)
{
    const QString key = item.key();
    const QString next = neighbourKey(m_model->indexOfKey(key));
    m_undoStack.push(command);
    m_model->refresh();
    if (!m_model->indexOfKey(key).isValid() && !next.isEmpty())
        selectKey(next);
    ensureSelection();
}

void TodayView::selectKey(const QString &key)
{
    const QModelIndex index = m_model->indexOfKey(key);
    if (!index.isValid())
        return;
    m_list->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_list->scrollTo(index);
}

// The item after @p index in the list as shown, or the one before it when it is the last.
QString TodayView::neighbourKey(const QModelIndex &index) const
{
    if (!index.isValid())
        return {};
    QStringList keys;
    for (int k = 0; k < AgendaItem::kKindCount; ++k) {
        const QModelIndex section = m_model->sectionIndex(AgendaItem::Kind(k));
        for (int row = 0; row < m_model->rowCount(section); ++row)
            keys << m_model->index(row, 0, section).data(AgendaModel::KeyRole).toString();
    }
    const qsizetype at = keys.indexOf(index.data(AgendaModel::KeyRole).toString());
    if (at < 0)
        return {};
    if (at + 1 < keys.size())
        return keys.at(at + 1);
    return at > 0 ? keys.at(at - 1) : QString();
}

void TodayView::currentChanged()
{
    updateActions();
    emit canDeleteChanged();
}

void TodayView::ensureSelection()
{
    // Keep one item selected, so that the keys act on something: after the selected row left the
    // list (the selection model moves the current index, but does not select it), and at the start.
    if (m_model->shownCount() == 0)
        return;
    QItemSelectionModel *selection = m_list->selectionModel();
    const QModelIndex current = m_list->currentIndex();
    if (m_model->itemAt(current)) {
        if (!selection->isSelected(current.siblingAtColumn(0)))
            selection->select(current, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        return;
    }
    // On a section (its last item left) or nowhere: the first item from that section on.
    const int from = current.isValid() && !current.parent().isValid() ? current.row() : 0;
    for (int step = 0; step < AgendaItem::kKindCount; ++step) {
        const QModelIndex section = m_model->sectionIndex(AgendaItem::Kind((from + step) % AgendaItem::kKindCount));
        if (m_model->rowCount(section) > 0) {
            const QModelIndex index = m_model->index(0, 0, section);
            selection->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
            return;
        }
    }
}

void TodayView::updateState()
{
    const QTimeZone zone = m_model->timeZone();
    const QDate today = m_model->now().toTimeZone(zone).date();
    m_heading->setText(QLocale().toString(today, QStringLiteral("dddd d MMMM")));

    for (int k = 0; k < AgendaItem::kKindCount; ++k)
        m_list->setRowHidden(k, QModelIndex(), m_model->shownCount(AgendaItem::Kind(k)) == 0);

    if (m_model->items().isEmpty()) {
        if (m_workspace.people().count() == 0) {
            m_nothingDue->setTitle(tr("Nothing planned yet"));
            m_nothingDue->setText(tr("This page gathers what needs doing: thank-you notes, check-ins, coming "
                                     "interviews, and people to nudge for a reply. Start in People by adding someone "
                                     "whose work you would like to hear about."));
        } else {
            m_nothingDue->setTitle(tr("You’re all caught up"));
            m_nothingDue->setText(
                tr("No follow-ups are due and no interviews are coming up in the next %n days. A good "
                   "moment to reach out to someone new, or to plan a check-in with a person you "
                   "have met (%1).",
                   nullptr, m_model->days())
                    .arg(shortcutText(QKeySequence(QKeySequence::New))));
        }
        m_pages->setCurrentWidget(m_nothingDue);
    } else if (m_model->shownCount() == 0) {
        m_noMatch->setTitle(tr("Nothing on Today matches “%1”").arg(m_model->filterText()));
        m_noMatch->setText(tr("The filter looks at names, notes and places. Clear it to see everything that is due."));
        m_pages->setCurrentWidget(m_noMatch);
    } else {
        m_pages->setCurrentWidget(m_list);
    }
    m_toolBar->setVisible(m_pages->currentWidget() == m_list);
    m_newButton->setVisible(m_workspace.people().count() > 0);

    updateActions();
    emit statusTextChanged();
    emit canDeleteChanged();
    const int badge = badgeCount();
    if (badge != m_badge) {
        m_badge = badge;
        emit badgeCountChanged();
    }
}

void TodayView::updateActions()
{
    const AgendaItem *item = currentItem();
    const bool followUp = item && item->kind == AgendaItem::FollowUpDue;
    const bool any = item != nullptr;
    m_openAction->setEnabled(any);
    m_doneAction->setEnabled(any);
    m_snoozeMenu->menuAction()->setEnabled(any);
    for (QAction *action : {m_snoozeDayAction, m_snooze3DaysAction, m_snoozeWeekAction})
        action->setEnabled(any);
    m_rescheduleAction->setEnabled(followUp);
    m_deleteAction->setEnabled(followUp);
}

void TodayView::showContextMenu(const QPoint &position)
{
    const QModelIndex index = m_list->indexAt(position);
    if (m_model->itemAt(index))
        m_list->selectionModel()->setCurrentIndex(index,
                                                  QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    QMenu menu(this);
    if (currentItem()) {
        menu.addAction(m_openAction);
        menu.addSeparator();
        menu.addAction(m_doneAction);
        menu.addMenu(m_snoozeMenu);
        if (m_rescheduleAction->isEnabled())
            menu.addAction(m_rescheduleAction);
        if (m_deleteAction->isEnabled()) {
            menu.addSeparator();
            menu.addAction(m_deleteAction);
        }
        menu.addSeparator();
    }
    menu.addAction(m_newAction);
    menu.exec(m_list->viewport()->mapToGlobal(position));
}

void TodayView::setMessage(const QString &message)
{
    if (message == m_message)
        return;
    m_message = message;
    emit statusTextChanged();
}

} // namespace Inroad
