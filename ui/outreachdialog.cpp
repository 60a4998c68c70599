#include "outreachdialog.h"

#include "fieldmessage.h"
#include "plaintextfield.h"

#include <QComboBox>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

namespace Inroad {

namespace {

// A contact is logged once it has happened; a little slack covers clocks and time zones.
constexpr qint64 kFutureSlackSeconds = 24 * 60 * 60;

// The date-time editor works in naive local time; the dialog converts to and from the zone.
QDateTime naive(const QDateTime &instant, const QTimeZone &zone)
{
    const QDateTime local = instant.toTimeZone(zone);
    return QDateTime(local.date(), QTime(local.time().hour(), local.time().minute()));
}

} // namespace

OutreachDialog::OutreachDialog(const OutreachAttempt &attempt, const QString &personName, const QDateTime &now,
                               const QTimeZone &zone, QWidget *parent)
    : QDialog(parent)
    , m_attempt(attempt)
    , m_now(now.toUTC())
    , m_zone(zone)
{
    if (!m_attempt.attemptedAt.isValid())
        m_attempt.attemptedAt = m_now;
    const bool adding = m_attempt.id == 0;
    if (personName.isEmpty())
        setWindowTitle(adding ? tr("Log Contact") : tr("Edit Contact"));
    else
        setWindowTitle(adding ? tr("Log Contact with %1").arg(personName) : tr("Edit Contact with %1").arg(personName));

    auto *layout = new QVBoxLayout(this);
    if (adding) {
        auto *intro = new QLabel(tr("Note each message, call or meeting as it happens, so you know who owes whom "
                                    "a reply and when to check in again."),
                                 this);
        intro->setWordWrap(true);
        layout->addWidget(intro);
        layout->addSpacing(6);
    }

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    layout->addLayout(form);

    m_when = new QDateTimeEdit(this);
    m_when->setObjectName(QStringLiteral("outreachDateEdit"));
    m_when->setCalendarPopup(true);
    const QLocale locale;
    m_when->setDisplayFormat(locale.dateFormat(QLocale::ShortFormat) + QLatin1Char(' ')
                             + locale.timeFormat(QLocale::ShortFormat));
    m_shownTime = naive(m_attempt.attemptedAt, m_zone);
    m_when->setDateTime(m_shownTime);
    m_whenMessage = new FieldMessage(m_when, this);
    m_whenMessage->setObjectName(QStringLiteral("outreachDateMessage"));
    auto *whenCell = new QWidget(this);
    auto *whenLayout = new QVBoxLayout(whenCell);
    whenLayout->setContentsMargins(0, 0, 0, 0);
    whenLayout->setSpacing(2);
    whenLayout->addWidget(m_when, 0, Qt::AlignLeft);
    whenLayout->addWidget(m_whenMessage);

    m_channel = new QComboBox(this);
    m_channel->setObjectName(QStringLiteral("outreachChannelCombo"));
    for (int channel = 0; channel < kOutreachChannelCount; ++channel)
        m_channel->addItem(outreachChannelName(OutreachChannel(channel)), channel);
    m_channel->setCurrentIndex(m_channel->findData(int(m_attempt.channel)));

    m_result = new QComboBox(this);
    m_result->setObjectName(QStringLiteral("outreachResultCombo"));
    for (int result = 0; result < kOutreachResultCount; ++result)
        m_result->addItem(outreachResultName(OutreachResult(result)), result);
    m_result->setCurrentIndex(m_result->findData(int(m_attempt.result)));
    m_result->setToolTip(tr("Change it later when they answer; an entry still waiting after a week shows up in Today."));

    m_note = new PlainTextField(this);
    m_note->setObjectName(QStringLiteral("outreachNoteEdit"));
    m_note->setVisibleLines(4);
    m_note->setPlaceholderText(tr("What you wrote or said, and anything they answered"));
    m_note->setText(m_attempt.note);

    const auto label = [this](const QString &text, QWidget *buddy) {
        auto *l = new QLabel(text, this);
        l->setBuddy(buddy);
        return l;
    };
    form->addRow(label(tr("&When:"), m_when), whenCell);
    form->addRow(label(tr("&Channel:"), m_channel), m_channel);
    form->addRow(label(tr("&Result:"), m_result), m_result);
    QLabel *noteLabel = label(tr("&Note:"), m_note);
    noteLabel->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    form->addRow(noteLabel, m_note);
    m_channel->setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
    m_result->setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
    layout->addStretch(1);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_okButton = buttons->button(QDialogButtonBox::Ok);
    m_okButton->setText(adding ? tr("&Log") : tr("&Save"));
    connect(buttons, &QDialogButtonBox::accepted, this, &OutreachDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &OutreachDialog::reject);
    layout->addWidget(buttons);

    connect(m_when, &QDateTimeEdit::dateTimeChanged, this, &OutreachDialog::revalidate);
    revalidate();
    resize(qMax(sizeHint().width(), 480), sizeHint().height());
}

QDateTime OutreachDialog::editedTime() const
{
    const QDateTime shown = m_when->dateTime();
    // Unchanged: keep the exact instant (the editor shows no seconds).
    if (shown.date() == m_shownTime.date() && shown.time() == m_shownTime.time())
        return m_attempt.attemptedAt;
    return QDateTime(shown.date(), shown.time(), m_zone).toUTC();
}

OutreachAttempt OutreachDialog::attempt() const
{
    OutreachAttempt a = m_attempt;
    a.attemptedAt = editedTime();
    a.channel = outreachChannelFromInt(m_channel->currentData().toInt());
    a.result = outreachResultFromInt(m_result->currentData().toInt());
    a.note = m_note->toPlainText().trimmed();
    return a;
}

QString OutreachDialog::problem() const
{
    const QDateTime when = editedTime();
    if (!when.isValid())
        return tr("That time does not exist on that day here (the clocks change). Pick another time.");
    if (m_now.secsTo(when) > kFutureSlackSeconds)
        return tr("That is more than a day from now. Log a contact once it has happened; to plan one, "
                  "add a follow-up instead.");
    return {};
}

void OutreachDialog::revalidate()
{
    const QString text = problem();
    m_whenMessage->showMessage(text);
    m_okButton->setEnabled(text.isEmpty());
}

void OutreachDialog::accept()
{
    // OK is disabled while there is a problem, but Enter in a field still reaches us.
    if (!problem().isEmpty()) {
        m_when->setFocus(Qt::OtherFocusReason);
        return;
    }
    QDialog::accept();
}

} // namespace Inroad
