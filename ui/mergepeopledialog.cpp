#include "mergepeopledialog.h"

#include "emptystate.h"
#include "mergepeople.h"
#include "workspace.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHash>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QSet>
#include <QSplitter>
#include <QStackedWidget>
#include <QTableWidget>
#include <QTextBrowser>
#include <QUndoStack>
#include <QVBoxLayout>

#include <algorithm>

namespace Inroad {

namespace {

// Groups the user said are not duplicates, by workspace file, until Inroad quits.
QSet<QString> &hiddenGroups()
{
    static QSet<QString> hidden;
    return hidden;
}

QString groupKey(const QString &workspacePath, QList<qint64> ids)
{
    std::sort(ids.begin(), ids.end());
    QStringList parts{workspacePath};
    for (qint64 id : ids)
        parts << QString::number(id);
    return parts.join(QLatin1Char('|'));
}

// The rows of the comparison table.
enum Row { NameRow, OrganizationRow, TitleRow, EmailRow, PhoneRow, LinkedInRow, AddressRow, SourceRow, TagsRow,
           InterviewsRow, NotesRow, RowCount };

QString cellText(const Person &p, int row)
{
    switch (row) {
    case NameRow: return p.displayName();
    case OrganizationRow: return p.organizationName;
    case TitleRow: return p.title;
    case EmailRow: return p.email;
    case PhoneRow: return p.phone;
    case LinkedInRow: return p.linkedInUrl;
    case AddressRow: return oneLine(p.address);
    case SourceRow: return p.source;
    case TagsRow: return p.tags.join(QStringLiteral(", "));
    default: return {};
    }
}

// The person's field a row shows, for comparing its cells as a merge compares values.
Person::Field fieldOf(int row)
{
    switch (row) {
    case OrganizationRow: return Person::OrganizationId;
    case TitleRow: return Person::Title;
    case EmailRow: return Person::Email;
    case PhoneRow: return Person::Phone;
    case LinkedInRow: return Person::LinkedInUrl;
    case AddressRow: return Person::Address;
    case SourceRow: return Person::Source;
    case TagsRow: return Person::Tags;
    default: return Person::FirstName; // the name, and the counts
    }
}

} // namespace

MergePeopleDialog::MergePeopleDialog(Workspace &workspace, QUndoStack &undoStack, QWidget *parent)
    : QDialog(parent)
    , m_workspace(workspace)
    , m_undoStack(undoStack)
{
    setWindowTitle(tr("Find Duplicate People"));

    m_empty = new EmptyState;
    m_empty->setObjectName(QStringLiteral("duplicatesEmpty"));
    m_empty->setTitle(tr("No Duplicates"));
    m_empty->setText(tr("No duplicates found. People count as duplicates when they share an e-mail address, a "
                        "LinkedIn profile, or a name at the same organization."));

    m_groupList = new QListWidget;
    m_groupList->setObjectName(QStringLiteral("duplicateGroups"));
    m_groupList->setAccessibleName(tr("Duplicate groups"));
    m_groupList->setWordWrap(true);
    m_groupList->setAlternatingRowColors(true);
    connect(m_groupList, &QListWidget::currentRowChanged, this, &MergePeopleDialog::showGroup);

    m_reason = new QLabel;
    m_reason->setObjectName(QStringLiteral("duplicateReason"));
    m_reason->setWordWrap(true);
    m_reason->setTextFormat(Qt::PlainText);

    m_survivor = new QComboBox;
    m_survivor->setObjectName(QStringLiteral("keepPerson"));
    m_survivor->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    connect(m_survivor, &QComboBox::currentIndexChanged, this, &MergePeopleDialog::updatePreview);
    auto *keepLabel = new QLabel(tr("&Keep:"));
    keepLabel->setBuddy(m_survivor);
    auto *keepRow = new QHBoxLayout;
    keepRow->addWidget(keepLabel);
    keepRow->addWidget(m_survivor);
    keepRow->addStretch();

    m_table = new QTableWidget;
    m_table->setObjectName(QStringLiteral("duplicateComparison"));
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionMode(QAbstractItemView::NoSelection);
    m_table->setFocusPolicy(Qt::NoFocus);
    m_table->setWordWrap(false);
    m_table->setTextElideMode(Qt::ElideRight);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);

    auto *conflictsLabel = new QLabel(tr("Values that differ and are not kept go into a note on the person kept:"));
    conflictsLabel->setWordWrap(true);
    m_conflicts = new QTextBrowser;
    m_conflicts->setObjectName(QStringLiteral("conflictPreview"));
    m_conflicts->setFocusPolicy(Qt::NoFocus);
    m_conflicts->setOpenExternalLinks(true); // an e-mail address in the list is a mailto: link
    m_conflicts->setMaximumHeight(fontMetrics().height() * 7);

    auto *detail = new QWidget;
    auto *detailLayout = new QVBoxLayout(detail);
    detailLayout->setContentsMargins(0, 0, 0, 0);
    detailLayout->addWidget(m_reason);
    detailLayout->addLayout(keepRow);
    detailLayout->addWidget(m_table, 1);
    detailLayout->addWidget(conflictsLabel);
    detailLayout->addWidget(m_conflicts);

    auto *splitter = new QSplitter;
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(m_groupList);
    splitter->addWidget(detail);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({fontMetrics().averageCharWidth() * 34, fontMetrics().averageCharWidth() * 110});

    m_pages = new QStackedWidget;
    m_pages->addWidget(m_empty);
    m_pages->addWidget(splitter);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    m_notDuplicates = buttons->addButton(tr("&Not Duplicates"), QDialogButtonBox::ActionRole);
    m_notDuplicates->setObjectName(QStringLiteral("notDuplicates"));
    m_notDuplicates->setToolTip(tr("Stop listing these people together until Inroad quits"));
    m_merge = buttons->addButton(tr("&Merge"), QDialogButtonBox::ActionRole);
    m_merge->setObjectName(QStringLiteral("mergePeople"));
    m_merge->setToolTip(tr("Make them one person; you can undo this"));
    connect(m_merge, &QPushButton::clicked, this, &MergePeopleDialog::mergeSelected);
    connect(m_notDuplicates, &QPushButton::clicked, this, &MergePeopleDialog::hideSelected);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_pages, 1);
    layout->addWidget(buttons);
    // Only once the button is in the dialog does the dialog take it as its default (Enter).
    m_merge->setDefault(true);

    resize(fontMetrics().averageCharWidth() * 150, fontMetrics().height() * 34);
    reload(0);
}

bool MergePeopleDialog::showsEmptyState() const
{
    return m_pages->currentWidget() == m_empty;
}

qint64 MergePeopleDialog::survivorId() const
{
    return m_survivor->currentData().toLongLong();
}

void MergePeopleDialog::setSurvivorId(qint64 id)
{
    const int index = m_survivor->findData(id);
    if (index >= 0)
        m_survivor->setCurrentIndex(index);
}

void MergePeopleDialog::reload(int selectRow)
{
    const QString path = m_workspace.database().path();
    m_groups.clear();
    for (const DuplicateGroup &group : findDuplicatePeople(m_workspace.database())) {
        if (!hiddenGroups().contains(groupKey(path, group.personIds)))
            m_groups.append(group);
    }

    const QSignalBlocker blocker(m_groupList);
    m_groupList->clear();
    for (const DuplicateGroup &group : std::as_const(m_groups)) {
        QStringList names;
        for (qint64 id : group.personIds) {
            if (const std::optional<Person> p = m_workspace.people().find(id))
                names << p->displayName();
        }
        auto *item = new QListWidgetItem(names.join(QStringLiteral(", ")) + QLatin1Char('\n') + group.reason);
        item->setToolTip(group.reason);
        m_groupList->addItem(item);
    }
    const bool empty = m_groups.isEmpty();
    m_pages->setCurrentWidget(empty ? static_cast<QWidget *>(m_empty) : m_pages->widget(1));
    m_merge->setVisible(!empty);
    m_notDuplicates->setVisible(!empty);
    if (!empty) {
        m_groupList->setCurrentRow(qBound(0, selectRow, int(m_groups.size()) - 1));
        m_groupList->setFocus();
    }
    showGroup();
}

void MergePeopleDialog::showGroup()
{
    m_people.clear();
    m_interviewCounts.clear();
    m_noteCounts.clear();
    const int row = m_groupList->currentRow();
    if (row >= 0 && row < m_groups.size()) {
        for (qint64 id : m_groups.at(row).personIds) {
            if (const std::optional<Person> p = m_workspace.people().find(id)) {
                m_people.append(*p);
                m_interviewCounts.append(int(m_workspace.interviews().forPerson(id).size()));
                m_noteCounts.append(int(m_workspace.notes().forPerson(id).size()));
            }
        }
        m_reason->setText(tr("Why they look alike: %1.").arg(m_groups.at(row).reason));
    } else {
        m_reason->clear();
    }

    // Keep the one with the most interviews; of those, the one entered first.
    int best = -1;
    for (int i = 0; i < m_people.size(); ++i) {
        if (best < 0 || m_interviewCounts[i] > m_interviewCounts[best]
            || (m_interviewCounts[i] == m_interviewCounts[best]
                && std::pair(m_people[i].createdAt, m_people[i].id) < std::pair(m_people[best].createdAt, m_people[best].id)))
            best = i;
    }
    {
        const QSignalBlocker blocker(m_survivor);
        m_survivor->clear();
        for (int i = 0; i < m_people.size(); ++i) {
            m_survivor->addItem(tr("%1 #%2 (%n interview(s))", nullptr, m_interviewCounts[i])
                                    .arg(m_people[i].displayName(), QString::number(m_people[i].id)),
                                m_people[i].id);
        }
        m_survivor->setCurrentIndex(best);
    }
    m_merge->setEnabled(m_people.size() > 1);
    m_notDuplicates->setEnabled(m_people.size() > 1);
    updatePreview();
}

void MergePeopleDialog::updatePreview()
{
    const qint64 keep = survivorId();
    const int keepIndex = m_survivor->currentIndex();
    QList<Person> others;
    for (const Person &p : std::as_const(m_people)) {
        if (p.id != keep)
            others.append(p);
    }
    const MergeOutcome outcome = keepIndex >= 0 ? mergePeople(m_people.at(keepIndex), others) : MergeOutcome();

    const int columns = int(m_people.size());
    m_table->clear();
    m_table->setRowCount(columns > 0 ? RowCount : 0);
    m_table->setColumnCount(columns > 0 ? columns + 1 : 0);
    if (columns == 0) {
        m_conflicts->clear();
        return;
    }
    m_table->setVerticalHeaderLabels({tr("Name"), tr("Organization"), tr("Job title"), tr("E-mail"), tr("Phone"),
                                      tr("LinkedIn"), tr("Address"), tr("How found"), tr("Tags"), tr("Interviews"),
                                      tr("Notes")});
    QStringList headers;
    for (int i = 0; i < columns; ++i) {
        const QString name = tr("%1 #%2").arg(m_people[i].displayName(), QString::number(m_people[i].id));
        headers << (i == keepIndex ? tr("%1 (kept)").arg(name) : name);
    }
    headers << tr("After merging");
    m_table->setHorizontalHeaderLabels(headers);

    QColor differs = palette().color(QPalette::Highlight);
    differs.setAlpha(55);
    QFont bold = m_table->font();
    bold.setBold(true);
    int interviewSum = 0, noteSum = 0;
    for (int i = 0; i < columns; ++i) {
        interviewSum += m_interviewCounts[i];
        noteSum += m_noteCounts[i];
    }
    for (int row = 0; row < RowCount; ++row) {
        QStringList texts;
        QSet<QString> distinct;
        for (int i = 0; i < columns; ++i) {
            QString text;
            if (row == InterviewsRow)
                text = QString::number(m_interviewCounts[i]);
            else if (row == NotesRow)
                text = QString::number(m_noteCounts[i]);
            else
                text = cellText(m_people[i], row);
            texts << text;
            if (!text.trimmed().isEmpty())
                distinct.insert(comparableValue(fieldOf(row), text));
        }
        const bool differ = row != InterviewsRow && row != NotesRow && distinct.size() > 1;
        for (int i = 0; i < columns; ++i) {
            auto *item = new QTableWidgetItem(texts[i]);
            item->setToolTip(texts[i]);
            if (differ && !texts[i].trimmed().isEmpty()) {
                item->setBackground(differs);
                item->setToolTip(tr("Differs: %1").arg(texts[i]));
            }
            m_table->setItem(row, i, item);
        }
        QString after = row == InterviewsRow ? QString::number(interviewSum)
                      : row == NotesRow      ? QString::number(noteSum + (outcome.conflictNote.isEmpty() ? 0 : 1))
                                             : cellText(outcome.merged, row);
        auto *merged = new QTableWidgetItem(after);
        merged->setToolTip(after);
        merged->setFont(bold);
        m_table->setItem(row, columns, merged);
    }

    if (outcome.conflictNote.isEmpty())
        m_conflicts->setPlainText(tr("Nothing: every value of the others is kept or already the same."));
    else
        m_conflicts->setMarkdown(outcome.conflictNote);
}

void MergePeopleDialog::mergeSelected()
{
    const int row = m_groupList->currentRow();
    const qint64 keep = survivorId();
    if (row < 0 || keep <= 0 || m_people.size() < 2)
        return;
    QList<qint64> others;
    for (const Person &p : std::as_const(m_people)) {
        if (p.id != keep)
            others.append(p.id);
    }
    m_undoStack.push(new MergePeopleCommand(m_workspace, keep, others));
    reload(row);
}

void MergePeopleDialog::hideSelected()
{
    const int row = m_groupList->currentRow();
    if (row < 0 || row >= m_groups.size())
        return;
    hiddenGroups().insert(groupKey(m_workspace.database().path(), m_groups.at(row).personIds));
    reload(row);
}

} // namespace Inroad
