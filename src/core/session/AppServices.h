#pragma once

#include "flow/RateLimiter.h"

#include <QObject>
#include <QUrl>

#include <memory>

class QNetworkAccessManager;

namespace rostrum {

class ChatService;
class Clock;
class Database;
class DebateStore;
class MistralClient;
class ModelCatalog;
class RequestScheduler;
class ResponseCache;
class TokenCounter;
class UsageStore;
class UsageTracker;

// The request pipeline and the stores, wired the one way every front needs them:
//   MistralClient -> RateLimiter -> RequestScheduler -> ChatService (cache: ResponseCache)
//   ChatService::requestFinished -> (cache annotates) -> UsageTracker -> UsageStore
//   ChatService::modelDeprecated -> ModelCatalog::noteDeprecation (deprecationNoticed, once a model)
// plus the Database (SQLite in dataDir, WAL, writer thread) and a DebateStore on it.
// A database that cannot be opened costs the history, the stored usage and the cache, never the
// answers: database() is then null and databaseError() says why.
class AppServices : public QObject
{
    Q_OBJECT
public:
    struct Options
    {
        QString dataDir; // <dataDir>/rostrum.sqlite and the catalog's API snapshot; empty: no database
        bool cache = true; // a ResponseCache as ChatService's cache (needs the database)
        // Leave the database closed until openDatabase(): a window opens it after its first frame.
        bool openDatabaseLater = false;
    };

    // catalog: used when given (not owned), else one is made and loaded from dataDir.
    AppServices(Clock *clock, const Options &options, ModelCatalog *catalog = nullptr, QObject *parent = nullptr);
    // Drops the cache and stores first, then the database (which finishes its queued writes).
    ~AppServices() override;

    Clock *clock() const { return m_clock; }
    // The network every request of the process shares (a key check builds its own client on it).
    QNetworkAccessManager *network() const { return m_nam.get(); }
    MistralClient *client() const { return m_client.get(); }
    RateLimiter *limiter() const { return m_limiter.get(); }
    RequestScheduler *scheduler() const { return m_scheduler.get(); }
    ChatService *chat() const { return m_chat.get(); }
    ModelCatalog *catalog() const { return m_catalog; }
    UsageTracker *tracker() const { return m_tracker.get(); }
    // The one token counter every front hands the debate engine and the cost preview: exact where this build has
    // a model's tokenizer data and the model is known to use it. The catalog says which tokenizer a model uses when
    // the built-in table does not know it, and that it is exact when the table only guesses (tokenizer_exact).
    // Made on first use, from the catalog as it is then.
    const TokenCounter *tokens() const;
    // Opens (and migrates) the database and the stores and cache on it, once; later calls return
    // the first one's answer. True when the database is open.
    bool openDatabase();
    bool databaseAttempted() const { return m_databaseAttempted; }
    // Null when the database could not be opened (or no dataDir was given), and until openDatabase()
    // with openDatabaseLater.
    Database *database() const;
    DebateStore *debates() const { return m_debates.get(); }
    UsageStore *usageStore() const { return m_usageStore.get(); }
    ResponseCache *cache() const { return m_cache.get(); }
    QString databaseError() const { return m_databaseError; }

    // Where requests go and with which key (empty: none, e.g. a local proxy).
    void setEndpoint(const QUrl &baseUrl, const QString &apiKey);
    // A profile by name (auto, free, hobbyist, standard, custom; unknown names mean auto) and
    // explicit limits that win over it for the dimensions they set.
    void setRateLimits(const QString &profile, const RateLimiter::Overrides &overrides = {});
    // Cache on/off and lifetime (no effect without a database). maxEntries <= 0 keeps the current cap.
    void setCacheSettings(bool enabled, qint64 ttlMs, int maxEntries = 0);

private:
    Clock *m_clock;
    std::unique_ptr<QNetworkAccessManager> m_nam;
    std::unique_ptr<MistralClient> m_client;
    std::unique_ptr<RateLimiter> m_limiter;
    std::unique_ptr<RequestScheduler> m_scheduler;
    std::unique_ptr<ChatService> m_chat;
    std::unique_ptr<ModelCatalog> m_ownCatalog;
    ModelCatalog *m_catalog = nullptr;
    std::unique_ptr<UsageTracker> m_tracker;
    mutable std::unique_ptr<TokenCounter> m_tokens;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<DebateStore> m_debates;
    std::unique_ptr<UsageStore> m_usageStore;
    std::unique_ptr<ResponseCache> m_cache;
    QString m_databaseError;
    Options m_options;
    bool m_databaseAttempted = false;
};

} // namespace rostrum
