#include "CliServices.h"

#include "api/MistralClient.h"
#include "cache/ResponseCache.h"
#include "clock/Clock.h"
#include "flow/ChatService.h"
#include "models/CostEstimator.h"
#include "models/ModelCatalog.h"
#include "store/Database.h"
#include "store/UsageStore.h"
#include "usage/UsageTracker.h"

#include <QDir>
#include <QJsonValue>
#include <QNetworkAccessManager>
#include <QSocketNotifier>

#include <csignal>
#include <sys/socket.h>
#include <unistd.h>

namespace rostrum::cli {

namespace {
int g_signalFds[2] = {-1, -1};

void onSignal(int)
{
    // Only async-signal-safe work here: the event loop reads the byte.
    const char byte = 1;
    [[maybe_unused]] const ssize_t n = ::write(g_signalFds[0], &byte, 1);
}
} // namespace

CliServices::CliServices(CliContext &ctx, const QString &apiKey)
    : m_ctx(ctx)
    , m_clock(Clock::system())
    , m_nam(std::make_unique<QNetworkAccessManager>())
{
    const GlobalOptions &o = ctx.options;
    m_client = std::make_unique<MistralClient>(m_nam.get(), m_clock);
    m_client->setBaseUrl(o.baseUrl);
    m_client->setApiKey(apiKey);
    m_client->setStallTimeoutMs(qint64(o.timeoutSeconds) * 1000);

    m_limiter = std::make_unique<RateLimiter>(m_clock);
    if (const auto profile = RateLimiter::profileFromName(o.tier))
        m_limiter->setProfile(*profile);
    RateLimiter::Overrides overrides;
    overrides.requestsPerSecond = o.rps;
    overrides.requestsPerMinute = o.rpm;
    if (o.tpm)
        overrides.tokensPerMinute = *o.tpm;
    m_limiter->setOverrides(overrides);

    m_scheduler = std::make_unique<RequestScheduler>(m_clock, m_limiter.get());
    m_chat = std::make_unique<ChatService>(m_client.get(), m_clock, m_limiter.get(), m_scheduler.get());
    RetryPolicy::Config retry = m_chat->retryPolicy().config();
    retry.maxRetries = o.maxRetries;
    m_chat->retryPolicy().setConfig(retry);

    m_catalog = std::make_unique<ModelCatalog>();
    m_catalog->loadDefaults(o.dataDir);
    m_tracker = std::make_unique<UsageTracker>(m_catalog.get());
    // The cache (when on) completes each record first: savings of a hit, a miss counted.
    QObject::connect(m_chat.get(), &ChatService::requestFinished, m_tracker.get(), [this](UsageRecord u) {
        if (m_cache)
            m_cache->annotate(u);
        m_tracker->record(u);
    });

    // Usage goes to the database for `rostrum-cli usage`; a database that cannot be opened costs
    // the statistics, not the answer.
    m_db = std::make_unique<Database>();
    if (QDir().mkpath(o.dataDir) && m_db->open(Database::pathInDataDir(o.dataDir))) {
        m_usageStore = std::make_unique<UsageStore>(m_db.get());
        QObject::connect(m_tracker.get(), &UsageTracker::recorded, m_usageStore.get(), &UsageStore::record);
        if (!o.noCache) {
            m_cache = std::make_unique<ResponseCache>(m_db.get(), m_clock, m_catalog.get());
            m_chat->setCache(m_cache.get());
        }
    } else {
        ctx.verbose(QStringLiteral("usage will not be stored: cannot open the database in %1").arg(o.dataDir));
    }
}

CliServices::~CliServices()
{
    if (m_signalNotifier) {
        std::signal(SIGINT, SIG_DFL);
        std::signal(SIGTERM, SIG_DFL);
    }
}

QJsonValue CliServices::costUsd(const UsageRecord &usage) const
{
    if (usage.cached)
        return 0.0;
    const CostEstimate c =
        CostEstimator(m_catalog.get()).exact(usage.model, usage.promptTokens, usage.completionTokens);
    return c.known ? QJsonValue(c.totalUsd) : QJsonValue(QJsonValue::Null);
}

int CliServices::exitCodeFor(const ApiError &error)
{
    switch (error.errorClass) {
    case ErrorClass::None:
        return ExitOk;
    case ErrorClass::Auth:
        return ExitAuth;
    case ErrorClass::NoQuota:
        return ExitPlan;
    case ErrorClass::Cancelled:
        return ExitInterrupted;
    case ErrorClass::InvalidRequest:
    case ErrorClass::ContextOverflow:
        return ExitUsage;
    default:
        // Retryable classes that ran out of retries, and answers we could not read.
        return ExitGaveUp;
    }
}

void CliServices::onInterrupt(std::function<void()> onInterrupt)
{
    m_onInterrupt = std::move(onInterrupt);
    if (m_signalNotifier)
        return;
    if (g_signalFds[0] < 0 && ::socketpair(AF_UNIX, SOCK_STREAM, 0, g_signalFds) != 0)
        return;
    m_signalNotifier = std::make_unique<QSocketNotifier>(g_signalFds[1], QSocketNotifier::Read);
    QObject::connect(m_signalNotifier.get(), &QSocketNotifier::activated, m_signalNotifier.get(), [this] {
        char byte = 0;
        [[maybe_unused]] const ssize_t n = ::read(g_signalFds[1], &byte, 1);
        if (auto fn = std::exchange(m_onInterrupt, nullptr))
            fn();
    });
    std::signal(SIGINT, onSignal);
    std::signal(SIGTERM, onSignal);
}

} // namespace rostrum::cli
