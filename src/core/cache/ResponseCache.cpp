#include "ResponseCache.h"

#include "cache/CacheLogging.h"
#include "clock/Clock.h"
#include "models/CostEstimator.h"
#include "store/Database.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>

namespace rostrum {

namespace {
// Every request field that can change the answer. `stream`, metadata and service routing do not, nor
// prompt_cache_key: it only steers the API's own prompt cache (a debate's id), so the same question asked in
// two debates is one answer here, and a request without a key finds it too.
const char *const kKeyFields[] = {
    "model",
    "messages",
    "temperature",
    "top_p",
    "max_tokens",
    "random_seed",
    "response_format",
    "tools",
    "tool_choice",
    "stop",
    "presence_penalty",
    "frequency_penalty",
    "n",
    "prediction",
    "reasoning_effort",
    "prompt_mode",
    "safe_prompt",
    "parallel_tool_calls",
};
} // namespace

ResponseCache::ResponseCache(Database *db, Clock *clock, const ModelCatalog *catalog, QObject *parent)
    : QObject(parent)
    , m_db(db)
    , m_clock(clock)
    , m_catalog(catalog)
{ }

qint64 ResponseCache::nowMs() const
{
    return (m_clock ? m_clock->wallTime() : QDateTime::currentDateTimeUtc()).toMSecsSinceEpoch();
}

QByteArray ResponseCache::keyFor(const ChatRequest &request)
{
    const QJsonObject body = request.toJson();
    QJsonObject keyed;
    for (const char *field : kKeyFields) {
        const QString name = QString::fromLatin1(field);
        if (body.contains(name))
            keyed.insert(name, body.value(name));
    }
    return QCryptographicHash::hash(canonicalJson(QJsonValue(keyed)), QCryptographicHash::Sha256).toHex();
}

bool ResponseCache::isDeterministic(const ChatRequest &request)
{
    return (request.temperature.has_value() && *request.temperature == 0.0) || request.randomSeed.has_value();
}

bool ResponseCache::isCacheable(const ChatRequest &request, bool force) const
{
    return m_enabled && m_db && m_db->isOpen() && (force || isDeterministic(request));
}

QByteArray ResponseCache::serialize(const ChatResult &r)
{
    QJsonArray calls;
    for (const ToolCall &tc : r.toolCalls)
        calls.append(tc.toJson());
    QJsonObject o {{QStringLiteral("id"), r.id},
                   {QStringLiteral("model"), r.model},
                   {QStringLiteral("text"), r.text},
                   {QStringLiteral("thinking"), r.thinking},
                   {QStringLiteral("finish_reason"), r.finishReason},
                   {QStringLiteral("tool_calls"), calls},
                   {QStringLiteral("usage"),
                    QJsonObject {{QStringLiteral("prompt_tokens"), r.usage.promptTokens},
                                 {QStringLiteral("completion_tokens"), r.usage.completionTokens},
                                 {QStringLiteral("total_tokens"), r.usage.totalTokens},
                                 {QStringLiteral("prompt_tokens_details"),
                                  QJsonObject {{QStringLiteral("cached_tokens"), r.usage.cachedTokens}}}}}};
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

std::optional<ChatResult> ResponseCache::deserialize(const QByteArray &json)
{
    const QJsonDocument doc = QJsonDocument::fromJson(json);
    if (!doc.isObject())
        return std::nullopt;
    const QJsonObject o = doc.object();
    ChatResult r;
    r.id = o.value(QStringLiteral("id")).toString();
    r.model = o.value(QStringLiteral("model")).toString();
    r.text = o.value(QStringLiteral("text")).toString();
    r.thinking = o.value(QStringLiteral("thinking")).toString();
    r.finishReason = o.value(QStringLiteral("finish_reason")).toString();
    r.usage = ChatUsage::fromJson(o.value(QStringLiteral("usage")).toObject());
    const QJsonArray calls = o.value(QStringLiteral("tool_calls")).toArray();
    for (const auto &c : calls) {
        ToolCall tc;
        QString error;
        if (!ToolCall::fromJson(c.toObject(), &tc, &error))
            return std::nullopt;
        r.toolCalls << tc;
    }
    return r;
}

std::optional<ResponseCache::Hit> ResponseCache::find(const ChatRequest &request, bool force)
{
    if (!isCacheable(request, force))
        return std::nullopt;
    const QByteArray key = keyFor(request);
    const qint64 now = nowMs();
    QSqlQuery q(m_db->connection());
    q.prepare(QStringLiteral("SELECT result_json, created_ms FROM response_cache WHERE key = ?"));
    q.addBindValue(QString::fromLatin1(key));
    std::optional<ChatResult> result;
    if (q.exec() && q.next() && now - q.value(1).toLongLong() < m_options.ttlMs)
        result = deserialize(q.value(0).toString().toUtf8());
    if (!result) {
        ++m_misses;
        m_pendingMisses[request.model] += 1;
        emit missed(request.model);
        return std::nullopt;
    }
    m_db->write([key, now](QSqlDatabase &db) {
        QSqlQuery touch(db);
        touch.prepare(QStringLiteral("UPDATE response_cache SET last_used_ms = ?, hits = hits + 1 WHERE key = ?"));
        touch.addBindValue(now);
        touch.addBindValue(QString::fromLatin1(key));
        return touch.exec();
    });
    Hit h;
    h.result = *result;
    // Valued at today's prices, under the name the request used.
    const CostEstimate e = CostEstimator(m_catalog).exact(request.model, result->usage.promptTokens,
                                                          result->usage.completionTokens, result->usage.cachedTokens);
    h.savedKnown = e.known;
    h.savedUsd = e.known ? e.totalUsd : 0.0;
    ++m_hits;
    m_savedUsd += h.savedUsd;
    m_pendingHits[request.model].enqueue(h.savedUsd);
    emit hit(request.model, h.savedUsd);
    return h;
}

void ResponseCache::storeAnswer(const ChatRequest &request, const ChatResult &result, bool force)
{
    if (!isCacheable(request, force) || !result.isComplete() || result.finishReason == QLatin1String("error"))
        return;
    const QString key = QString::fromLatin1(keyFor(request));
    const QByteArray json = serialize(result);
    const qint64 now = nowMs();
    const Options opt = m_options;
    const QString model = request.model;
    const ChatUsage usage = result.usage;
    m_db->write([=](QSqlDatabase &db) {
        QSqlQuery q(db);
        q.prepare(QStringLiteral("INSERT OR REPLACE INTO response_cache (key, model, result_json, prompt_tokens,"
                                 " completion_tokens, size_bytes, created_ms, last_used_ms, hits)"
                                 " VALUES (?, ?, ?, ?, ?, ?, ?, ?, 0)"));
        q.addBindValue(key);
        q.addBindValue(model);
        q.addBindValue(QString::fromUtf8(json));
        q.addBindValue(usage.promptTokens);
        q.addBindValue(usage.completionTokens);
        q.addBindValue(qint64(json.size()));
        q.addBindValue(now);
        q.addBindValue(now);
        if (!q.exec()) {
            qCWarning(lcCache) << "cannot store an answer:" << q.lastError().text();
            return false;
        }
        // Expired entries first, then the least recently used beyond the caps.
        QSqlQuery trim(db);
        trim.prepare(QStringLiteral("DELETE FROM response_cache WHERE created_ms <= ?"));
        trim.addBindValue(now - opt.ttlMs);
        bool ok = trim.exec();
        trim.prepare(QStringLiteral("DELETE FROM response_cache WHERE key IN (SELECT key FROM response_cache"
                                    " ORDER BY last_used_ms DESC, created_ms DESC LIMIT -1 OFFSET ?)"));
        trim.addBindValue(opt.maxEntries);
        ok = ok && trim.exec();
        trim.prepare(QStringLiteral("DELETE FROM response_cache WHERE key IN (SELECT key FROM (SELECT key,"
                                    " SUM(size_bytes) OVER (ORDER BY last_used_ms DESC, created_ms DESC"
                                    " ROWS UNBOUNDED PRECEDING) AS running FROM response_cache) WHERE running > ?)"));
        trim.addBindValue(opt.maxBytes);
        ok = ok && trim.exec();
        if (!ok)
            qCWarning(lcCache) << "cannot trim the cache:" << trim.lastError().text();
        return ok;
    });
}

std::optional<ChatResult> ResponseCache::lookup(const ChatRequest &request)
{
    const auto h = find(request);
    if (!h)
        return std::nullopt;
    return h->result;
}

void ResponseCache::store(const ChatRequest &request, const ChatResult &result)
{
    storeAnswer(request, result);
}

void ResponseCache::annotate(UsageRecord &record)
{
    if (record.cached) {
        record.cacheChecked = true;
        auto it = m_pendingHits.find(record.model);
        if (it != m_pendingHits.end() && !it->isEmpty())
            record.savedUsd = it->dequeue();
        return;
    }
    auto it = m_pendingMisses.find(record.model);
    if (it != m_pendingMisses.end() && it.value() > 0) {
        --it.value();
        record.cacheChecked = true;
    }
}

void ResponseCache::clear()
{
    m_db->write([](QSqlDatabase &db) {
        QSqlQuery q(db);
        return q.exec(QStringLiteral("DELETE FROM response_cache"));
    });
}

int ResponseCache::entryCount() const
{
    QSqlQuery q(m_db->connection());
    return q.exec(QStringLiteral("SELECT COUNT(*) FROM response_cache")) && q.next() ? q.value(0).toInt() : 0;
}

qint64 ResponseCache::sizeBytes() const
{
    QSqlQuery q(m_db->connection());
    return q.exec(QStringLiteral("SELECT COALESCE(SUM(size_bytes), 0) FROM response_cache")) && q.next()
        ? q.value(0).toLongLong()
        : 0;
}

} // namespace rostrum
