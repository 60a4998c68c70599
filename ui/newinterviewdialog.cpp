#include "newinterviewdialog.h"

#include "workspace.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCompleter>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QSpinBox>
#include <QVBoxLayout>

namespace Inroad {

namespace {

// "Ana Ruiz (Alder Labs)": the same name at two organizations stays two people.
QString choiceText(const Person &p)
{
    return p.organizationName.isEmpty() ? p.displayName()
                                        : QStringLiteral("%1 (%2)").arg(p.displayName(), p.organizationName);
}

} // namespace

NewInterviewDialog::NewInterviewDialog(Workspace &workspace, qint64 personId, QWidget *parent)
    : QDialog(parent)
    , m_workspace(workspace)
{
    setWindowTitle(tr("Plan Interview"));
    QStringList names;
    QString preselected;
    for (const Person &p : workspace.people().page(PersonQuery(), 0, -1)) {
        QString text = choiceText(p);
        if (m_personIds.contains(text))
            text += QStringLiteral(" #%1").arg(p.id);
        m_personIds.insert(text, p.id);
        names << text;
        if (p.id == personId)
            preselected = text;
    }

    m_person = new QLineEdit(preselected);
    m_person->setObjectName(QStringLiteral("personEdit"));
    m_person->setPlaceholderText(tr("Start typing a name"));
    auto *completer = new QCompleter(names, m_person);
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    completer->setFilterMode(Qt::MatchContains);
    m_person->setCompleter(completer);

    m_hasStart = new QCheckBox(tr("Agreed"));
    m_hasStart->setObjectName(QStringLiteral("hasStartCheck"));
    m_start = new QDateTimeEdit(QDateTime(QDate::currentDate().addDays(1), QTime(10, 0)));
    m_start->setObjectName(QStringLiteral("startEdit"));
    m_start->setCalendarPopup(true);
    m_start->setDisplayFormat(QLocale().dateFormat(QLocale::ShortFormat) + QStringLiteral(" HH:mm"));
    m_start->setEnabled(false);
    connect(m_hasStart, &QCheckBox::toggled, m_start, &QWidget::setEnabled);
    auto *startRow = new QHBoxLayout;
    startRow->addWidget(m_hasStart);
    startRow->addWidget(m_start, 1);

    m_minutes = new QSpinBox;
    m_minutes->setRange(5, Interview::kMaxMinutes);
    m_minutes->setSingleStep(5);
    m_minutes->setValue(Interview::kDefaultMinutes);
    m_minutes->setSuffix(tr(" minutes"));
    m_mode = new QComboBox;
    for (int mode = 0; mode < kInterviewModeCount; ++mode)
        m_mode->addItem(interviewModeName(InterviewMode(mode)), mode);
    m_mode->setCurrentIndex(int(InterviewMode::Video));

    m_problem = new QLabel;
    m_problem->setObjectName(QStringLiteral("problemLabel"));
    m_problem->setStyleSheet(QStringLiteral("color: #b3261e;"));
    m_problem->setWordWrap(true);
    m_problem->hide();

    auto *form = new QFormLayout;
    form->addRow(tr("&With:"), m_person);
    form->addRow(tr("W&hen:"), startRow);
    form->addRow(tr("&Length:"), m_minutes);
    form->addRow(tr("&Mode:"), m_mode);
    auto *hint = new QLabel(tr("Ask for 20 to 30 minutes; say you want to learn about their work, not ask for a job."));
    hint->setWordWrap(true);
    hint->setForegroundRole(QPalette::PlaceholderText);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    connect(buttons, &QDialogButtonBox::accepted, this, &NewInterviewDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &NewInterviewDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(hint);
    layout->addWidget(m_problem);
    layout->addWidget(buttons);
    setMinimumWidth(fontMetrics().averageCharWidth() * 60);
}

qint64 NewInterviewDialog::personIdFor(const QString &text) const
{
    return m_personIds.value(text.trimmed(), 0);
}

bool NewInterviewDialog::choosePerson(const QString &name)
{
    for (auto it = m_personIds.cbegin(); it != m_personIds.cend(); ++it) {
        if (it.key() == name || it.key().startsWith(name + QStringLiteral(" ("))) {
            m_person->setText(it.key());
            return true;
        }
    }
    return false;
}

Interview NewInterviewDialog::interview() const
{
    Interview i;
    i.personId = personIdFor(m_person->text());
    if (const std::optional<Person> p = m_workspace.people().find(i.personId))
        i.organizationId = p->organizationId;
    if (m_hasStart->isChecked()) {
        i.scheduledStart = m_start->dateTime().toUTC();
        i.status = InterviewStatus::Scheduled;
    } else {
        i.status = InterviewStatus::Requested;
    }
    i.agreedMinutes = m_minutes->value();
    i.mode = interviewModeFromInt(m_mode->currentData().toInt());
    return i;
}

void NewInterviewDialog::accept()
{
    if (personIdFor(m_person->text()) == 0) {
        m_problem->setText(m_person->text().trimmed().isEmpty()
                               ? tr("Choose the person you will talk to.")
                               : tr("“%1” is not in your notebook. Pick a name from the list, or add the person in "
                                    "People first.")
                                     .arg(m_person->text().trimmed()));
        m_problem->show();
        m_person->setFocus();
        return;
    }
    QDialog::accept();
}

} // namespace Inroad
