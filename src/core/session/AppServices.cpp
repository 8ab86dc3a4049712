#include "AppServices.h"

#include "api/MistralClient.h"
#include "cache/ResponseCache.h"
#include "clock/Clock.h"
#include "flow/ChatService.h"
#include "flow/RequestScheduler.h"
#include "models/ModelCatalog.h"
#include "session/SessionLogging.h"
#include "store/Database.h"
#include "store/DebateStore.h"
#include "store/UsageStore.h"
#include "tokens/TokenCounter.h"
#include "usage/UsageTracker.h"

#include <QDir>
#include <QNetworkAccessManager>

namespace rostrum {

AppServices::AppServices(Clock *clock, const Options &options, ModelCatalog *catalog, QObject *parent)
    : QObject(parent)
    , m_clock(clock)
    , m_nam(std::make_unique<QNetworkAccessManager>())
    , m_client(std::make_unique<MistralClient>(m_nam.get(), clock))
    , m_limiter(std::make_unique<RateLimiter>(clock))
    , m_scheduler(std::make_unique<RequestScheduler>(clock, m_limiter.get()))
    , m_chat(std::make_unique<ChatService>(m_client.get(), clock, m_limiter.get(), m_scheduler.get()))
    , m_catalog(catalog)
{
    if (!m_catalog) {
        m_ownCatalog = std::make_unique<ModelCatalog>();
        m_ownCatalog->loadDefaults(options.dataDir);
        m_catalog = m_ownCatalog.get();
    }
    connect(m_chat.get(), &ChatService::modelDeprecated, m_catalog, &ModelCatalog::noteDeprecation);

    m_tracker = std::make_unique<UsageTracker>(m_catalog);
    // The cache (when on) completes each record first: savings of a hit, a miss counted.
    connect(m_chat.get(), &ChatService::requestFinished, m_tracker.get(), [this](UsageRecord u) {
        if (m_cache && m_cache->isEnabled())
            m_cache->annotate(u);
        m_tracker->record(u);
    });

    m_options = options;
    if (!options.openDatabaseLater)
        openDatabase();
}

const TokenCounter *AppServices::tokens() const
{
    if (m_tokens)
        return m_tokens.get();
    m_tokens = std::make_unique<TokenCounter>();
    for (const ModelInfo &m : m_catalog->models()) {
        if (m.tokenizer == QLatin1String("heuristic"))
            continue;
        const QStringList names = QStringList(m.aliases) << m.id;
        for (const QString &name : names) {
            TokenizerChoice choice = m_tokens->choiceFor(name);
            if (choice.tokenizer == QLatin1String("heuristic")) {
                m_tokens->setModelTokenizer(name, m.tokenizer);
            } else if (!choice.modelMatches && m.tokenizerExact
                       && choice.tokenizer == m.tokenizer.section(QLatin1Char('@'), 0, 0)) {
                // The built-in table only guesses this model's tokenizer; the catalog knows it is the one.
                choice.modelMatches = true;
                m_tokens->setModelTokenizer(name, choice);
            }
        }
    }
    return m_tokens.get();
}

bool AppServices::openDatabase()
{
    if (m_databaseAttempted)
        return m_db != nullptr;
    m_databaseAttempted = true;
    if (m_options.dataDir.isEmpty()) {
        m_databaseError = tr("no data folder");
        return false;
    }
    auto db = std::make_unique<Database>();
    if (!QDir().mkpath(m_options.dataDir) || !db->open(Database::pathInDataDir(m_options.dataDir))) {
        m_databaseError = db->lastError().isEmpty() ? tr("cannot create %1").arg(m_options.dataDir) : db->lastError();
        qCWarning(lcSession) << "no database:" << m_databaseError;
        return false;
    }
    m_db = std::move(db);
    m_debates = std::make_unique<DebateStore>(m_db.get());
    m_usageStore = std::make_unique<UsageStore>(m_db.get());
    connect(m_tracker.get(), &UsageTracker::recorded, m_usageStore.get(), &UsageStore::record);
    m_cache = std::make_unique<ResponseCache>(m_db.get(), m_clock, m_catalog);
    m_cache->setEnabled(m_options.cache);
    m_chat->setCache(m_options.cache ? m_cache.get() : nullptr);
    return true;
}

AppServices::~AppServices()
{
    m_chat->setCache(nullptr);
    m_cache.reset();
    m_usageStore.reset();
    m_debates.reset();
    m_db.reset();
}

Database *AppServices::database() const
{
    return m_db.get();
}

void AppServices::setEndpoint(const QUrl &baseUrl, const QString &apiKey)
{
    m_client->setBaseUrl(baseUrl);
    m_client->setApiKey(apiKey);
}

void AppServices::setRateLimits(const QString &profile, const RateLimiter::Overrides &overrides)
{
    m_limiter->setProfile(RateLimiter::profileFromName(profile).value_or(RateLimiter::Profile::Auto));
    m_limiter->setOverrides(overrides);
}

void AppServices::setCacheSettings(bool enabled, qint64 ttlMs, int maxEntries)
{
    if (!m_cache)
        return;
    ResponseCache::Options o = m_cache->options();
    if (ttlMs > 0)
        o.ttlMs = ttlMs;
    if (maxEntries > 0)
        o.maxEntries = maxEntries;
    m_cache->setOptions(o);
    m_cache->setEnabled(enabled);
    // Off means off: ChatService neither reads nor writes it.
    m_chat->setCache(enabled ? m_cache.get() : nullptr);
}

} // namespace rostrum
