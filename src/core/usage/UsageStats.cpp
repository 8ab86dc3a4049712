#include "UsageStats.h"

#include <QJsonArray>

#include <algorithm>
#include <cmath>
#include <numeric>

namespace rostrum {

qint64 LatencySummary::percentile(const QList<qint64> &sorted, int p)
{
    if (sorted.isEmpty())
        return 0;
    const qint64 n = sorted.size();
    const qint64 rank = std::clamp<qint64>((p * n + 99) / 100, 1, n);
    return sorted.at(rank - 1);
}

LatencySummary LatencySummary::of(QList<qint64> values)
{
    LatencySummary s;
    if (values.isEmpty())
        return s;
    std::sort(values.begin(), values.end());
    s.count = values.size();
    double sum = 0.0;
    for (qint64 v : std::as_const(values))
        sum += double(v);
    s.avg = sum / double(s.count);
    s.p50 = percentile(values, 50);
    s.p95 = percentile(values, 95);
    s.p99 = percentile(values, 99);
    return s;
}

QJsonObject LatencySummary::toJson(bool withP99) const
{
    auto val = [this](double v) {
        return count > 0 ? QJsonValue(v) : QJsonValue();
    };
    QJsonObject o;
    o.insert(QStringLiteral("avg"), count > 0 ? QJsonValue(std::round(avg * 10.0) / 10.0) : QJsonValue());
    o.insert(QStringLiteral("p50"), val(double(p50)));
    o.insert(QStringLiteral("p95"), val(double(p95)));
    if (withP99)
        o.insert(QStringLiteral("p99"), val(double(p99)));
    return o;
}

qint64 UsageStats::errorCount() const
{
    return std::accumulate(errors.begin(), errors.end(), qint64(0));
}

QJsonObject UsageStats::toJson() const
{
    QJsonObject o;
    if (!model.isEmpty())
        o.insert(QStringLiteral("model"), model);
    o.insert(QStringLiteral("requests"), requests);
    o.insert(QStringLiteral("prompt_tokens"), promptTokens);
    o.insert(QStringLiteral("completion_tokens"), completionTokens);
    o.insert(QStringLiteral("cost_usd"), costKnown() ? QJsonValue(costUsd) : QJsonValue());
    o.insert(QStringLiteral("cached_prompt_tokens"), cachedPromptTokens);
    o.insert(QStringLiteral("prompt_cache_savings_usd"), promptCacheSavingsUsd);
    o.insert(QStringLiteral("unpriced_requests"), unpricedRequests);
    o.insert(QStringLiteral("latency_ms"), latency.toJson(true));
    o.insert(QStringLiteral("ttft_ms"), ttft.toJson(false));
    o.insert(QStringLiteral("tokens_per_second"), std::round(tokensPerSecond * 10.0) / 10.0);
    QJsonObject errs;
    for (auto it = errors.cbegin(); it != errors.cend(); ++it)
        errs.insert(it.key(), it.value());
    o.insert(QStringLiteral("errors"), errs);
    o.insert(QStringLiteral("retries"), retries);
    o.insert(QStringLiteral("waited_ms"), waitedMs);
    o.insert(QStringLiteral("cache"),
             QJsonObject {{QStringLiteral("hits"), cacheHits},
                          {QStringLiteral("misses"), cacheMisses},
                          {QStringLiteral("savings_usd"), savingsUsd}});
    o.insert(
        QStringLiteral("function_calls"),
        QJsonObject {{QStringLiteral("called"), functionCalls}, {QStringLiteral("succeeded"), functionCallsSucceeded}});
    return o;
}

QJsonObject UsageReport::toJson() const
{
    QJsonArray list;
    for (const UsageStats &s : models)
        list.append(s.toJson());
    return QJsonObject {{QStringLiteral("models"), list}, {QStringLiteral("total"), total.toJson()}};
}

} // namespace rostrum
