#pragma once

#include "CliContext.h"

#include <QObject>

#include <functional>
#include <memory>

class QNetworkAccessManager;
class QSocketNotifier;

namespace rostrum {
class ChatService;
class Clock;
class Database;
class MistralClient;
class ModelCatalog;
class RateLimiter;
class RequestScheduler;
class ResponseCache;
class UsageStore;
class UsageTracker;
struct ApiError;
struct UsageRecord;
} // namespace rostrum

namespace rostrum::cli {

// The core objects a request-making command needs, wired once from the global options:
// client (base URL, key, stall timeout), limiter (--tier/--rpm/--tpm/--rps), scheduler,
// ChatService (--max-retries), the model catalog and usage tracking (priced, stored in the
// database when it can be opened).
class CliServices
{
public:
    explicit CliServices(CliContext &ctx, const QString &apiKey);
    ~CliServices();

    ChatService *chat() const { return m_chat.get(); }
    RateLimiter *limiter() const { return m_limiter.get(); }
    RequestScheduler *scheduler() const { return m_scheduler.get(); }
    ModelCatalog *catalog() const { return m_catalog.get(); }
    Clock *clock() const { return m_clock; }

    // The cost of a finished request in USD, or a null JSON value when the price is not known.
    QJsonValue costUsd(const UsageRecord &usage) const;

    // The exit code for a request that ended with this error.
    static int exitCodeFor(const ApiError &error);

    // Calls onInterrupt (once) from the event loop on SIGINT or SIGTERM.
    void onInterrupt(std::function<void()> onInterrupt);

private:
    CliContext &m_ctx;
    Clock *m_clock;
    std::unique_ptr<QNetworkAccessManager> m_nam;
    std::unique_ptr<MistralClient> m_client;
    std::unique_ptr<RateLimiter> m_limiter;
    std::unique_ptr<RequestScheduler> m_scheduler;
    std::unique_ptr<ChatService> m_chat;
    std::unique_ptr<ModelCatalog> m_catalog;
    std::unique_ptr<UsageTracker> m_tracker;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<UsageStore> m_usageStore;
    std::unique_ptr<ResponseCache> m_cache; // after m_db: destroyed first
    std::unique_ptr<QSocketNotifier> m_signalNotifier;
    std::function<void()> m_onInterrupt;
};

} // namespace rostrum::cli
