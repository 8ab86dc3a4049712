#pragma once

#include <QWidget>

class QLabel;

namespace rostrum {
class Clock;
}

namespace rostrum::gui {

// The permanent part of the status bar: what the request flow is doing now (with a live countdown
// while it waits for the rate limiter or a retry), and the session's tokens and spend.
class StatusIndicators : public QWidget
{
    Q_OBJECT
public:
    enum class FlowState { Idle, Running, WaitingForLimit, Retrying, Paused, Failed };
    Q_ENUM(FlowState)

    explicit StatusIndicators(QWidget *parent = nullptr);

    void setClock(Clock *clock);

    void setIdle();
    void setRunning(int activeRequests);
    void setPaused(const QString &reason);
    void setFailed(const QString &message);
    // The limiter holds a request back (no error): "rate limit (requests per minute) — sending in 4 s".
    void setWaitingForLimit(const QString &reason, qint64 etaMs);
    // A request failed and will be retried: "rate limited — retrying in 4 s".
    void setRetrying(const QString &reason, qint64 inMs);

    void setUsage(qint64 tokens, double spendUsd, bool spendKnown, double budgetUsd = -1);

    FlowState state() const { return m_state; }
    QString flowText() const;
    QString usageText() const;
    qint64 remainingMs() const;

signals:
    void countdownFinished();

private:
    void tick();
    void render();

    Clock *m_clock;
    QLabel *m_flow;
    QLabel *m_tokens;
    QLabel *m_spend;
    FlowState m_state = FlowState::Idle;
    QString m_reason;
    int m_active = 0;
    qint64 m_deadlineMs = 0;
    quint64 m_tickTimer = 0;
    bool m_ticking = false;
};

} // namespace rostrum::gui
