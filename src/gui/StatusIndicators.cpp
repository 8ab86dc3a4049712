#include "StatusIndicators.h"

#include "clock/Clock.h"

#include <QHBoxLayout>
#include <QLabel>

#include <cmath>

namespace rostrum::gui {

StatusIndicators::StatusIndicators(QWidget *parent)
    : QWidget(parent)
    , m_clock(Clock::system())
    , m_flow(new QLabel(this))
    , m_tokens(new QLabel(this))
    , m_spend(new QLabel(this))
{
    setObjectName(QStringLiteral("statusIndicators"));
    m_flow->setObjectName(QStringLiteral("flowStatus"));
    m_tokens->setObjectName(QStringLiteral("sessionTokens"));
    m_spend->setObjectName(QStringLiteral("sessionSpend"));
    m_flow->setAccessibleName(tr("Request status"));
    m_tokens->setAccessibleName(tr("Tokens used in this debate"));
    m_spend->setAccessibleName(tr("Spend of this debate"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(16);
    layout->addWidget(m_flow);
    layout->addWidget(m_tokens);
    layout->addWidget(m_spend);
    setUsage(0, 0.0, true);
    render();
}

void StatusIndicators::setClock(Clock *clock)
{
    if (m_ticking)
        m_clock->cancel(m_tickTimer);
    m_ticking = false;
    m_clock = clock ? clock : Clock::system();
    render();
}

void StatusIndicators::setIdle()
{
    m_state = FlowState::Idle;
    render();
}

void StatusIndicators::setRunning(int activeRequests)
{
    m_state = FlowState::Running;
    m_active = activeRequests;
    render();
}

void StatusIndicators::setPaused(const QString &reason)
{
    m_state = FlowState::Paused;
    m_reason = reason;
    render();
}

void StatusIndicators::setFailed(const QString &message)
{
    m_state = FlowState::Failed;
    m_reason = message;
    render();
}

void StatusIndicators::setWaitingForLimit(const QString &reason, qint64 etaMs)
{
    m_state = FlowState::WaitingForLimit;
    m_reason = reason;
    m_deadlineMs = m_clock->nowMs() + qMax<qint64>(0, etaMs);
    render();
}

void StatusIndicators::setRetrying(const QString &reason, qint64 inMs)
{
    m_state = FlowState::Retrying;
    m_reason = reason;
    m_deadlineMs = m_clock->nowMs() + qMax<qint64>(0, inMs);
    render();
}

qint64 StatusIndicators::remainingMs() const
{
    return qMax<qint64>(0, m_deadlineMs - m_clock->nowMs());
}

QString StatusIndicators::flowText() const
{
    const int seconds = int((remainingMs() + 999) / 1000);
    switch (m_state) {
    case FlowState::Idle:
        return tr("Ready");
    case FlowState::Running:
        return m_active > 1 ? tr("Streaming %n requests", nullptr, m_active) : tr("Streaming");
    case FlowState::Paused:
        return m_reason.isEmpty() ? tr("Paused") : tr("Paused — %1").arg(m_reason);
    case FlowState::Failed:
        return m_reason;
    case FlowState::WaitingForLimit:
        return tr("%1 — sending in %n s", nullptr, seconds).arg(m_reason.isEmpty() ? tr("rate limit") : m_reason);
    case FlowState::Retrying:
        return tr("%1 — retrying in %n s", nullptr, seconds).arg(m_reason.isEmpty() ? tr("rate limited") : m_reason);
    }
    return {};
}

QString StatusIndicators::usageText() const
{
    return m_tokens->text() + QStringLiteral(" · ") + m_spend->text();
}

void StatusIndicators::setUsage(qint64 tokens, double spendUsd, bool spendKnown, double budgetUsd)
{
    m_tokens->setText(tr("%n tokens", nullptr, int(qMin<qint64>(tokens, INT_MAX))));
    QString spend =
        spendKnown ? QStringLiteral("$") + QString::number(spendUsd, 'f', spendUsd < 1 ? 4 : 2) : tr("spend unknown");
    if (budgetUsd > 0)
        spend = tr("%1 of $%2").arg(spend, QString::number(budgetUsd, 'f', 2));
    m_spend->setText(spend);
}

void StatusIndicators::render()
{
    m_flow->setText(flowText());
    const bool counting = m_state == FlowState::WaitingForLimit || m_state == FlowState::Retrying;
    QPalette pal = palette();
    if (m_state == FlowState::Retrying || m_state == FlowState::Failed) {
        const bool dark = pal.color(QPalette::Window).lightness() < 128;
        pal.setColor(QPalette::WindowText, dark ? QColor(0xf0, 0xb4, 0x4b) : QColor(0x9a, 0x4a, 0x00));
    }
    m_flow->setPalette(pal);
    if (counting && !m_ticking && remainingMs() > 0) {
        // Re-render on the next whole second of the countdown rather than polling.
        const qint64 rem = remainingMs();
        const qint64 untilNextSecond = rem % 1000 == 0 ? 1000 : rem % 1000;
        m_ticking = true;
        m_tickTimer = m_clock->callLater(untilNextSecond, this, [this] {
            m_ticking = false;
            tick();
        });
    }
}

void StatusIndicators::tick()
{
    if (m_state != FlowState::WaitingForLimit && m_state != FlowState::Retrying)
        return;
    if (remainingMs() <= 0) {
        m_flow->setText(m_state == FlowState::Retrying ? tr("Retrying…") : tr("Sending…"));
        emit countdownFinished();
        return;
    }
    render();
}

} // namespace rostrum::gui
