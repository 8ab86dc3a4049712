#include "WaitNotice.h"

#include "CliContext.h"
#include "security/Redaction.h"

#include <cstdio>
#include <unistd.h>

namespace rostrum::cli {

namespace {
constexpr qint64 kTerminalStepMs = 1000;
constexpr qint64 kLogStepMs = 10000;
} // namespace

WaitNotice::WaitNotice(CliContext &ctx, Clock *clock, QObject *parent)
    : QObject(parent)
    , m_ctx(ctx)
    , m_countdown(clock)
    , m_terminal(::isatty(::fileno(stderr)) == 1)
{
    connect(&m_countdown, &WaitCountdown::tick, this, &WaitNotice::show);
    connect(&m_countdown, &WaitCountdown::finished, this, &WaitNotice::endLine);
}

WaitNotice::~WaitNotice()
{
    endLine();
}

void WaitNotice::onProgress(const RequestScheduler::Progress &p)
{
    const bool waits = (p.stage == RequestScheduler::Stage::WaitingForLimit && p.etaMs > 1000)
        || (p.stage == RequestScheduler::Stage::Retrying && p.etaMs >= 0);
    if (!waits) {
        m_countdown.stop();
        endLine();
        return;
    }
    if (m_ctx.options.verbosity < 0)
        return;
    m_progress = p;
    m_countdown.start(p.etaMs, m_terminal ? kTerminalStepMs : kLogStepMs);
}

void WaitNotice::show(qint64 remainingMs)
{
    const RequestScheduler::Progress &p = m_progress;
    const qint64 seconds = (remainingMs + 999) / 1000;
    QString line;
    if (p.stage == RequestScheduler::Stage::WaitingForLimit)
        line = QStringLiteral("waiting %1 s for the rate limit (%2)").arg(seconds).arg(p.reason);
    else
        line = QStringLiteral("%1; retrying in %2 s (attempt %3)").arg(p.error.className()).arg(seconds).arg(p.attempt);
    line = Redaction::redact(line);
    if (m_terminal) {
        // Rewrite the line in place: carriage return, text, clear to the end of the line.
        m_ctx.err() << '\r' << line << "\x1b[K";
        m_ctx.err().flush();
        m_lineOpen = true;
    } else {
        m_ctx.note(line);
    }
}

void WaitNotice::endLine()
{
    if (!m_lineOpen)
        return;
    m_lineOpen = false;
    m_ctx.err() << Qt::endl;
}

} // namespace rostrum::cli
