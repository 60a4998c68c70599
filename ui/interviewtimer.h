#pragma once

#include <QDateTime>
#include <QDialog>

#include <functional>

class QLabel;
class QProgressBar;
class QPushButton;
class QTimer;

namespace Inroad {

/// The countdown shown while an interview runs: the agreed minutes, counted down so that the
/// conversation ends on time. It warns five and two minutes before the end and, at the end, says
/// it is time to thank the person and close; it never counts past zero.
class InterviewTimer final : public QDialog
{
    Q_OBJECT

public:
    /// @p title names the conversation ("Interview with Ana Ruiz").
    InterviewTimer(const QString &title, int agreedMinutes, QWidget *parent = nullptr);

    /// The clock, for tests; the default is the system's.
    void setClock(std::function<QDateTime()> clock) { m_clock = std::move(clock); }

    void start();
    void pause();
    void resume();
    bool isRunning() const { return m_running; }

    /// Seconds left, never below zero.
    int remainingSeconds() const;
    enum class Phase { Plenty, FiveMinutes, TwoMinutes, TimeIsUp };
    Phase phase() const;
    QString remainingText() const;

    /// Re-reads the clock and updates the display (the timer calls this every half second).
    void refresh();

private:
    void togglePause();

    std::function<QDateTime()> m_clock;
    int m_agreedSeconds = 0;
    qint64 m_elapsedBeforePause = 0; ///< milliseconds run before the last pause
    QDateTime m_runningSince;
    bool m_running = false;

    QLabel *m_remaining = nullptr;
    QLabel *m_hint = nullptr;
    QProgressBar *m_progress = nullptr;
    QPushButton *m_pause = nullptr;
    QTimer *m_tick = nullptr;
};

} // namespace Inroad
