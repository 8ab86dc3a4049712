#pragma once

#include "flow/RequestScheduler.h"
#include "flow/WaitCountdown.h"

#include <QObject>

namespace rostrum::cli {

class CliContext;

// Shows a request's waits on stderr as a countdown: the rate limiter holding it back ("waiting
// 42 s for the rate limit (server_budget)") or a retry delay. On a terminal one line is rewritten
// every second; otherwise (a log, a pipe) a line when the wait starts and one every 10 s after,
// so a short wait still costs one line. Nothing with -q.
// No Q_OBJECT: it declares no signals, and the CLI target runs no moc.
class WaitNotice : public QObject
{
public:
    WaitNotice(CliContext &ctx, Clock *clock, QObject *parent = nullptr);
    ~WaitNotice() override;

    void onProgress(const RequestScheduler::Progress &progress);

private:
    void show(qint64 remainingMs);
    void endLine();

    CliContext &m_ctx;
    WaitCountdown m_countdown;
    RequestScheduler::Progress m_progress;
    bool m_terminal = false;
    bool m_lineOpen = false;
};

} // namespace rostrum::cli
