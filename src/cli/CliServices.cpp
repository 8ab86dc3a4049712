#include "CliServices.h"

#include "api/MistralClient.h"
#include "clock/Clock.h"
#include "flow/ChatService.h"
#include "models/CostEstimator.h"
#include "models/ModelCatalog.h"
#include "session/AppServices.h"

#include <QJsonValue>
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

CliServices::CliServices(CliContext &ctx, const QString &apiKey, Storage storage)
    : m_ctx(ctx)
    , m_clock(Clock::system())
{
    const GlobalOptions &o = ctx.options;
    const QString dataDir = storage == Storage::DataDir ? o.dataDir : QString();
    m_services = std::make_unique<AppServices>(m_clock, AppServices::Options {dataDir, !o.noCache});
    m_services->setEndpoint(o.baseUrl, apiKey);
    client()->setStallTimeoutMs(qint64(o.timeoutSeconds) * 1000);
    RateLimiter::Overrides overrides;
    overrides.requestsPerSecond = o.rps;
    overrides.requestsPerMinute = o.rpm;
    if (o.tpm)
        overrides.tokensPerMinute = *o.tpm;
    m_services->setRateLimits(o.tier, overrides);
    RetryPolicy::Config retry = chat()->retryPolicy().config();
    retry.maxRetries = o.maxRetries;
    chat()->retryPolicy().setConfig(retry);

    // One line per deprecated model (the catalog says it once), even with -q: the model will stop answering.
    QObject::connect(catalog(), &ModelCatalog::deprecationNoticed, catalog(),
                     [this](const QString &, const QDateTime &, const QString &message) {
                         m_ctx.err() << "warning: " << message << Qt::endl;
                     });
    if (storage == Storage::DataDir && !m_services->database())
        ctx.verbose(QStringLiteral("usage will not be stored: cannot open the database in %1 (%2)")
                        .arg(o.dataDir, m_services->databaseError()));
}

CliServices::~CliServices()
{
    if (m_signalNotifier) {
        std::signal(SIGINT, SIG_DFL);
        std::signal(SIGTERM, SIG_DFL);
    }
}

ChatService *CliServices::chat() const
{
    return m_services->chat();
}

Database *CliServices::database() const
{
    return m_services->database();
}

DebateStore *CliServices::debates() const
{
    return m_services->debates();
}

QString CliServices::databaseError() const
{
    return m_services->databaseError();
}

RateLimiter *CliServices::limiter() const
{
    return m_services->limiter();
}

RequestScheduler *CliServices::scheduler() const
{
    return m_services->scheduler();
}

ModelCatalog *CliServices::catalog() const
{
    return m_services->catalog();
}

const TokenCounter *CliServices::tokens() const
{
    return m_services->tokens();
}

UsageTracker *CliServices::tracker() const
{
    return m_services->tracker();
}

MistralClient *CliServices::client() const
{
    return m_services->client();
}

QJsonValue CliServices::costUsd(const UsageRecord &usage) const
{
    if (usage.cached)
        return 0.0;
    const CostEstimate c = CostEstimator(catalog()).exact(usage.model, usage.promptTokens, usage.completionTokens,
                                                          usage.cachedPromptTokens);
    return c.known ? QJsonValue(c.totalUsd) : QJsonValue(QJsonValue::Null);
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
