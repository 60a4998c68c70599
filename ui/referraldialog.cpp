#include "referraldialog.h"

#include "validation.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace Inroad {

namespace {

QString cellText(const QTableWidget *table, int row, int column)
{
    const QTableWidgetItem *item = table->item(row, column);
    return item ? item->text().simplified() : QString();
}

} // namespace

ReferralDialog::ReferralDialog(const QString &referrerName, QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Referrals from %1").arg(referrerName));
    auto *intro = new QLabel(tr("Whom did %1 suggest you talk to? Each name becomes a person in your notebook, "
                                "linked to %1. Tick “May mention” only if they said you may use their name.")
                                 .arg(referrerName));
    intro->setWordWrap(true);

    m_table = new QTableWidget(0, ColumnCount);
    m_table->setObjectName(QStringLiteral("referralTable"));
    m_table->setHorizontalHeaderLabels({tr("First name"), tr("Last name"), tr("Job title"), tr("E-mail"),
                                        tr("May mention"), tr("Note")});
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->verticalHeader()->hide();
    const int charWidth = fontMetrics().averageCharWidth();
    m_table->setColumnWidth(FirstNameColumn, charWidth * 14);
    m_table->setColumnWidth(LastNameColumn, charWidth * 14);
    m_table->setColumnWidth(TitleColumn, charWidth * 18);
    m_table->setColumnWidth(EmailColumn, charWidth * 22);
    m_table->setColumnWidth(MayMentionColumn, charWidth * 16);
    addRow();
    addRow();

    m_problem = new QLabel;
    m_problem->setObjectName(QStringLiteral("problemLabel"));
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(QStringLiteral("color: #b3261e;"));
    m_problem->hide();

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Add to Notebook"));
    QPushButton *another = buttons->addButton(tr("Another &Name"), QDialogButtonBox::ActionRole);
    connect(another, &QPushButton::clicked, this, &ReferralDialog::addRow);
    connect(buttons, &QDialogButtonBox::accepted, this, &ReferralDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &ReferralDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_problem);
    layout->addWidget(buttons);
    resize(charWidth * 120, fontMetrics().height() * 18);
}

void ReferralDialog::addRow()
{
    const int row = m_table->rowCount();
    m_table->insertRow(row);
    auto *mention = new QTableWidgetItem;
    mention->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable);
    mention->setCheckState(Qt::Unchecked);
    m_table->setItem(row, MayMentionColumn, mention);
    m_table->setCurrentCell(row, FirstNameColumn);
}

QList<ReferralDraft> ReferralDialog::drafts() const
{
    QList<ReferralDraft> out;
    for (int row = 0; row < m_table->rowCount(); ++row) {
        ReferralDraft d;
        d.person.firstName = cellText(m_table, row, FirstNameColumn);
        d.person.lastName = cellText(m_table, row, LastNameColumn);
        d.person.title = cellText(m_table, row, TitleColumn);
        d.person.email = cellText(m_table, row, EmailColumn);
        d.note = cellText(m_table, row, NoteColumn);
        const QTableWidgetItem *mention = m_table->item(row, MayMentionColumn);
        d.mayMention = mention && mention->checkState() == Qt::Checked;
        if (d.person.firstName.isEmpty() && d.person.lastName.isEmpty() && d.person.title.isEmpty()
            && d.person.email.isEmpty() && d.note.isEmpty())
            continue;
        out << d;
    }
    return out;
}

QString ReferralDialog::problem() const
{
    for (int row = 0; row < m_table->rowCount(); ++row) {
        const bool named = !cellText(m_table, row, FirstNameColumn).isEmpty()
            || !cellText(m_table, row, LastNameColumn).isEmpty();
        bool anything = named;
        for (int column : {TitleColumn, EmailColumn, NoteColumn})
            anything = anything || !cellText(m_table, row, column).isEmpty();
        if (anything && !named)
            return tr("Row %1 has no name. Enter a first or a last name, or clear the row.").arg(row + 1);
        const QString email = cellText(m_table, row, EmailColumn);
        if (!isValidEmail(email))
            return tr("Row %1: “%2” is not an e-mail address.").arg(row + 1).arg(email);
    }
    if (drafts().isEmpty())
        return tr("Enter at least one name.");
    return {};
}

void ReferralDialog::accept()
{
    const QString why = problem();
    m_problem->setText(why);
    m_problem->setVisible(!why.isEmpty());
    if (why.isEmpty())
        QDialog::accept();
}

} // namespace Inroad
