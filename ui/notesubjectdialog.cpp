#include "notesubjectdialog.h"

#include "workspace.h"

#include <QComboBox>
#include <QCompleter>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

namespace Inroad {

NoteSubjectDialog::NoteSubjectDialog(Workspace &workspace, QWidget *parent)
    : QDialog(parent)
    , m_workspace(workspace)
{
    setWindowTitle(tr("New Note"));
    m_kind = new QComboBox;
    m_kind->setObjectName(QStringLiteral("subjectKind"));
    m_kind->addItem(tr("A person"), int(NoteSubject::Person));
    m_kind->addItem(tr("An organization"), int(NoteSubject::Organization));
    m_kind->addItem(tr("A career field"), int(NoteSubject::Field));
    m_kind->addItem(tr("An interview"), int(NoteSubject::Interview));
    connect(m_kind, &QComboBox::currentIndexChanged, this, &NoteSubjectDialog::fillRecords);

    m_record = new QComboBox;
    m_record->setObjectName(QStringLiteral("subjectRecord"));
    m_record->setEditable(true);
    m_record->setInsertPolicy(QComboBox::NoInsert);
    m_record->setMinimumContentsLength(32);
    m_record->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_record->completer()->setCompletionMode(QCompleter::PopupCompletion);
    m_record->completer()->setFilterMode(Qt::MatchContains);
    m_record->completer()->setCaseSensitivity(Qt::CaseInsensitive);
    connect(m_record, &QComboBox::currentIndexChanged, this, &NoteSubjectDialog::updateOk);
    connect(m_record, &QComboBox::editTextChanged, this, &NoteSubjectDialog::updateOk);

    auto *form = new QFormLayout;
    form->addRow(tr("&About:"), m_kind);
    form->addRow(tr("&Which:"), m_record);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Start Note"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("Every note belongs to someone or something, and is listed there too."));
    intro->setWordWrap(true);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_buttons);
    fillRecords();
}

void NoteSubjectDialog::setSubject(NoteSubject subject, qint64 id)
{
    m_kind->setCurrentIndex(m_kind->findData(int(subject)));
    if (id > 0) {
        const int index = m_record->findData(id);
        if (index >= 0)
            m_record->setCurrentIndex(index);
    }
}

NoteSubject NoteSubjectDialog::subject() const
{
    return NoteSubject(m_kind->currentData().toInt());
}

qint64 NoteSubjectDialog::subjectId() const
{
    // The typed text must name an entry: a half-typed name is not a choice.
    const int index = m_record->findText(m_record->currentText(), Qt::MatchFixedString);
    return index >= 0 ? m_record->itemData(index).toLongLong() : 0;
}

void NoteSubjectDialog::fillRecords()
{
    m_record->clear();
    switch (subject()) {
    case NoteSubject::Person:
        for (const Person &p : m_workspace.people().page(PersonQuery(), 0, -1))
            m_record->addItem(p.organizationName.isEmpty() ? p.displayName()
                                                           : tr("%1 (%2)").arg(p.displayName(), p.organizationName),
                              p.id);
        break;
    case NoteSubject::Organization:
        for (const auto &[id, name] : m_workspace.organizations().names())
            m_record->addItem(name, id);
        break;
    case NoteSubject::Field:
        for (const CareerField &f : m_workspace.careerFields().all())
            m_record->addItem(f.name, f.id);
        break;
    case NoteSubject::Interview: {
        InterviewQuery query;
        query.scope = InterviewQuery::All;
        const QLocale locale;
        for (const Interview &i : m_workspace.interviews().page(query, 0, -1)) {
            const QString when = i.isScheduled() ? locale.toString(i.scheduledStart.toLocalTime().date(), QLocale::ShortFormat)
                                                 : tr("not scheduled");
            m_record->addItem(tr("%1, %2").arg(i.personName, when), i.id);
        }
        break;
    }
    }
    m_record->setCurrentIndex(m_record->count() > 0 ? 0 : -1);
    m_record->setEnabled(m_record->count() > 0);
    if (m_record->count() == 0)
        m_record->setEditText(tr("(there are none yet)"));
    updateOk();
}

void NoteSubjectDialog::updateOk()
{
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(subjectId() > 0);
}

} // namespace Inroad
