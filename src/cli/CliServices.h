#pragma once

#include "CliContext.h"
#include "session/AppServices.h" // the pipeline a command uses, and its classes

#include <QObject>

#include <functional>
#include <memory>

class QSocketNotifier;

namespace rostrum {
struct UsageRecord;
} // namespace rostrum

namespace rostrum::cli {

// The core objects a request-making command needs (session/AppServices, the wiring the desktop
// app shares), set from the global options: client (base URL, key, stall timeout), limiter
// (--tier/--rpm/--tpm/--rps), ChatService (--max-retries), the model catalog, usage tracking
// (priced, stored in the database when it can be opened) and the response cache (--no-cache).
// A model the API says is deprecated gets one warning line on stderr.
class CliServices
{
public:
    // What a command keeps: DataDir opens the database in --data-dir (history, usage, cache); None only talks
    // to the API (key verify, models --refresh) and leaves the data folder untouched.
    enum class Storage { DataDir, None };

    explicit CliServices(CliContext &ctx, const QString &apiKey, Storage storage = Storage::DataDir);
    ~CliServices();

    MistralClient *client() const;

    ChatService *chat() const;
    RateLimiter *limiter() const;
    RequestScheduler *scheduler() const;
    ModelCatalog *catalog() const;
    const TokenCounter *tokens() const; // AppServices::tokens()
    // The SQLite database (null when it could not be opened: databaseError() says why) and its debates.
    Database *database() const;
    DebateStore *debates() const;
    QString databaseError() const;
    Clock *clock() const { return m_clock; }
    UsageTracker *tracker() const; // prices and stores every request's usage

    // The cost of a finished request in USD, or a null JSON value when the price is not known.
    QJsonValue costUsd(const UsageRecord &usage) const;

    // Calls onInterrupt (once) from the event loop on SIGINT or SIGTERM.
    void onInterrupt(std::function<void()> onInterrupt);

private:
    CliContext &m_ctx;
    Clock *m_clock;
    std::unique_ptr<AppServices> m_services;
    std::unique_ptr<QSocketNotifier> m_signalNotifier;
    std::function<void()> m_onInterrupt;
};

} // namespace rostrum::cli
