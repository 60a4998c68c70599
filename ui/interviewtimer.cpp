#include "interviewtimer.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QTimer>
#include <QVBoxLayout>

namespace Inroad {

InterviewTimer::InterviewTimer(const QString &title, int agreedMinutes, QWidget *parent)
    : QDialog(parent)
    , m_clock([] { return QDateTime::currentDateTimeUtc(); })
    , m_agreedSeconds(qMax(1, agreedMinutes) * 60)
{
    setWindowTitle(title);
    setObjectName(QStringLiteral("interviewTimer"));

    auto *heading = new QLabel(tr("%1 — %n minutes agreed", nullptr, agreedMinutes).arg(title));
    heading->setWordWrap(true);
    m_remaining = new QLabel;
    m_remaining->setObjectName(QStringLiteral("remainingLabel"));
    m_remaining->setAlignment(Qt::AlignCenter);
    QFont big = m_remaining->font();
    big.setPointSizeF(big.pointSizeF() * 4);
    big.setBold(true);
    big.setStyleHint(QFont::Monospace);
    m_remaining->setFont(big);
    m_progress = new QProgressBar;
    m_progress->setRange(0, m_agreedSeconds);
    m_progress->setTextVisible(false);
    m_hint = new QLabel;
    m_hint->setObjectName(QStringLiteral("hintLabel"));
    m_hint->setWordWrap(true);
    m_hint->setAlignment(Qt::AlignCenter);

    auto *buttons = new QDialogButtonBox;
    m_pause = buttons->addButton(tr("&Pause"), QDialogButtonBox::ActionRole);
    connect(m_pause, &QPushButton::clicked, this, &InterviewTimer::togglePause);
    QPushButton *close = buttons->addButton(tr("&Finish"), QDialogButtonBox::AcceptRole);
    close->setToolTip(tr("Close the timer; record how it went in the interview's reflection"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(heading);
    layout->addWidget(m_remaining);
    layout->addWidget(m_progress);
    layout->addWidget(m_hint);
    layout->addWidget(buttons);
    setMinimumWidth(360);

    m_tick = new QTimer(this);
    m_tick->setInterval(500);
    connect(m_tick, &QTimer::timeout, this, &InterviewTimer::refresh);
    refresh();
}

void InterviewTimer::start()
{
    m_elapsedBeforePause = 0;
    resume();
}

void InterviewTimer::pause()
{
    if (!m_running)
        return;
    m_elapsedBeforePause += m_runningSince.msecsTo(m_clock());
    m_running = false;
    m_tick->stop();
    m_pause->setText(tr("&Resume"));
    refresh();
}

void InterviewTimer::resume()
{
    if (m_running)
        return;
    m_runningSince = m_clock();
    m_running = true;
    m_tick->start();
    m_pause->setText(tr("&Pause"));
    refresh();
}

void InterviewTimer::togglePause()
{
    if (m_running)
        pause();
    else
        resume();
}

int InterviewTimer::remainingSeconds() const
{
    qint64 elapsed = m_elapsedBeforePause;
    if (m_running)
        elapsed += m_runningSince.msecsTo(m_clock());
    // Round up: "0:01" is shown until the last second has really passed.
    const qint64 left = qint64(m_agreedSeconds) * 1000 - elapsed;
    return left <= 0 ? 0 : int((left + 999) / 1000);
}

InterviewTimer::Phase InterviewTimer::phase() const
{
    const int left = remainingSeconds();
    if (left == 0)
        return Phase::TimeIsUp;
    if (left <= 2 * 60)
        return Phase::TwoMinutes;
    if (left <= 5 * 60)
        return Phase::FiveMinutes;
    return Phase::Plenty;
}

QString InterviewTimer::remainingText() const
{
    const int left = remainingSeconds();
    return QStringLiteral("%1:%2").arg(left / 60).arg(left % 60, 2, 10, QLatin1Char('0'));
}

void InterviewTimer::refresh()
{
    const int left = remainingSeconds();
    m_remaining->setText(remainingText());
    m_progress->setValue(m_agreedSeconds - left);
    QString hint;
    QString color;
    switch (phase()) {
    case Phase::Plenty:
        hint = m_running ? tr("Listen more than you talk; keep an eye on your most important questions.")
                         : tr("Paused.");
        break;
    case Phase::FiveMinutes:
        hint = tr("Five minutes left: ask your last important question, and whom else they suggest you talk to.");
        color = QStringLiteral("#a15c00");
        break;
    case Phase::TwoMinutes:
        hint = tr("Two minutes left: start wrapping up.");
        color = QStringLiteral("#b3261e");
        break;
    case Phase::TimeIsUp:
        hint = tr("Time is up. Thank them for their time and close — even if they offer to keep going, offer to "
                  "let them go.");
        color = QStringLiteral("#b3261e");
        if (m_running) {
            m_elapsedBeforePause = qint64(m_agreedSeconds) * 1000;
            m_running = false;
            m_tick->stop();
            m_pause->setEnabled(false);
            QApplication::beep();
        }
        break;
    }
    m_hint->setText(hint);
    m_remaining->setStyleSheet(color.isEmpty() ? QString() : QStringLiteral("color: %1;").arg(color));
    setAccessibleDescription(tr("%1 left").arg(remainingText()));
}

} // namespace Inroad
