#include "packetdialog.h"

#include "documentoutput.h"
#include "interviewdocuments.h"
#include "workspace.h"

#include <QCheckBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QGridLayout>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QRadioButton>
#include <QTextDocument>
#include <QVBoxLayout>

namespace Inroad {

PacketDialog::PacketDialog(Workspace &workspace, qint64 selectedInterview, QWidget *parent)
    : QDialog(parent)
    , m_workspace(workspace)
    , m_selectedInterview(selectedInterview)
{
    setWindowTitle(tr("Print Interview Packet"));
    auto *intro = new QLabel(tr("A packet has a cover page listing the interviews, then for each one its interview "
                                "sheet, research summary, reflection form and a draft thank-you letter, each "
                                "interview starting on a new page."));
    intro->setWordWrap(true);

    const std::optional<Interview> selected = workspace.interviews().find(selectedInterview);
    m_selected = new QRadioButton(selected ? tr("The &selected interview, with %1").arg(selected->personName)
                                           : tr("The &selected interview (none is selected in Interviews)"));
    m_selected->setObjectName(QStringLiteral("packetSelected"));
    m_selected->setEnabled(selected.has_value());
    m_range = new QRadioButton(tr("Every interview &scheduled from"));
    m_range->setObjectName(QStringLiteral("packetRange"));
    m_from = new QDateEdit(QDate::currentDate());
    m_from->setCalendarPopup(true);
    m_to = new QDateEdit(QDate::currentDate().addDays(13));
    m_to->setCalendarPopup(true);
    (selected ? m_selected : m_range)->setChecked(true);

    m_private = new QCheckBox(tr("&Include the interviewees' personal e-mail, phone and the notes about them"));
    m_private->setObjectName(QStringLiteral("packetPrivate"));
    m_private->setToolTip(tr("Left out unless you tick this: packets are often printed for someone else."));

    m_summary = new QLabel;
    m_summary->setObjectName(QStringLiteral("packetSummary"));
    m_summary->setForegroundRole(QPalette::PlaceholderText);

    auto *range = new QHBoxLayout;
    range->addWidget(m_range);
    range->addWidget(m_from);
    range->addWidget(new QLabel(tr("to")));
    range->addWidget(m_to);
    range->addStretch();

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel);
    m_save = buttons->addButton(tr("Save &As…"), QDialogButtonBox::AcceptRole);
    m_print = buttons->addButton(tr("&Print…"), QDialogButtonBox::AcceptRole);
    connect(m_save, &QPushButton::clicked, this, [this] { produce(true); });
    connect(m_print, &QPushButton::clicked, this, [this] { produce(false); });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_selected);
    layout->addLayout(range);
    layout->addWidget(m_private);
    layout->addWidget(m_summary);
    layout->addWidget(buttons);

    for (QRadioButton *choice : {m_selected, m_range})
        connect(choice, &QRadioButton::toggled, this, &PacketDialog::updateSummary);
    connect(m_from, &QDateEdit::dateChanged, this, &PacketDialog::updateSummary);
    connect(m_to, &QDateEdit::dateChanged, this, &PacketDialog::updateSummary);
    updateSummary();
}

QList<qint64> PacketDialog::interviewIds() const
{
    if (m_selected->isChecked())
        return {m_selectedInterview};
    if (m_to->date() < m_from->date())
        return {};
    return InterviewDocuments(m_workspace).interviewsBetween(m_from->date(), m_to->date());
}

bool PacketDialog::includesPrivate() const
{
    return m_private->isChecked();
}

void PacketDialog::updateSummary()
{
    m_from->setEnabled(m_range->isChecked());
    m_to->setEnabled(m_range->isChecked());
    const int count = int(interviewIds().size());
    if (m_range->isChecked() && m_to->date() < m_from->date())
        m_summary->setText(tr("The last day is before the first."));
    else if (count == 0)
        m_summary->setText(tr("No interview is scheduled in those days."));
    else
        m_summary->setText(tr("%n interview(s) in the packet.", nullptr, count));
    m_save->setEnabled(count > 0);
    m_print->setEnabled(count > 0);
}

void PacketDialog::produce(bool save)
{
    DocumentOptions options;
    options.includePrivate = includesPrivate();
    QTextDocument document;
    QString error;
    if (!InterviewDocuments(m_workspace).buildPacket(document, interviewIds(), options, &error)) {
        QMessageBox::warning(this, tr("Cannot Make the Packet"), error);
        return;
    }
    if (save) {
        if (saveDocumentAs(this, document, tr("Save Interview Packet"), tr("interview packet.pdf")).isEmpty())
            return;
    } else {
        previewAndPrint(this, document, tr("Interview Packet"));
    }
    accept();
}

} // namespace Inroad
