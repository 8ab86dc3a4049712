#pragma once

#include "api/ChatRequest.h"
#include "api/ChatResult.h"
#include "flow/ChatCache.h"
#include "usage/UsageRecord.h"

#include <QHash>
#include <QObject>
#include <QQueue>

#include <optional>

namespace rostrum {

class Clock;
class Database;
class ModelCatalog;

// Persistent cache of chat answers in the response_cache table.
// - Key: SHA-256 of the canonical JSON of everything that shapes the answer (model, messages,
//   temperature, top_p, max_tokens, random_seed, response_format, tools, tool_choice, stop,
//   penalties, reasoning settings); key order in the JSON does not matter, `stream` does not count.
// - Entries expire ttlMs after they were stored (wall time of the injected Clock, so the age
//   survives restarts); the least recently *used* go first when the entry or byte cap is crossed.
// - Only deterministic requests (temperature 0, or a random_seed) are cacheable by default;
//   callers that know better (summaries, judge re-runs) pass force = true.
// - Savings of a hit are valued at the catalog's current prices.
// lookup() reads on the calling thread's connection; stores and LRU touches are queued on the
// Database's writer thread.
class ResponseCache : public QObject, public ChatCache
{
    Q_OBJECT
public:
    struct Options
    {
        qint64 ttlMs = 3600 * 1000; // an hour: long enough for a re-run, short enough for model updates
        int maxEntries = 1000;
        qint64 maxBytes = 64 * 1024 * 1024;
    };
    struct Hit
    {
        ChatResult result;
        double savedUsd = 0.0; // what the answer would cost now
        bool savedKnown = false; // false when the model has no known price
    };

    ResponseCache(Database *db, Clock *clock, const ModelCatalog *catalog, QObject *parent = nullptr);

    void setOptions(const Options &options) { m_options = options; }
    Options options() const { return m_options; }
    // false: never read nor write (--no-cache).
    void setEnabled(bool on) { m_enabled = on; }
    bool isEnabled() const { return m_enabled; }

    static QByteArray keyFor(const ChatRequest &request);
    static bool isDeterministic(const ChatRequest &request);
    bool isCacheable(const ChatRequest &request, bool force = false) const;

    // The stored answer, if any and fresh. Counts a hit or a miss; a hit also refreshes the
    // entry's last use.
    std::optional<Hit> find(const ChatRequest &request, bool force = false);
    // Stores a complete answer (incomplete or failed answers are never cached), then trims.
    void storeAnswer(const ChatRequest &request, const ChatResult &result, bool force = false);

    // ChatCache, as ChatService consults it (deterministic requests only).
    std::optional<ChatResult> lookup(const ChatRequest &request) override;
    void store(const ChatRequest &request, const ChatResult &result) override;

    // Completes a usage record of a request ChatService ran with this cache: a hit gets the
    // savings its lookup valued; a request that missed is marked cacheChecked. Lookups and
    // records are matched per model in order (a hit's record follows its lookup at once).
    void annotate(UsageRecord &record);

    void clear();
    int entryCount() const;
    qint64 sizeBytes() const;

    qint64 hits() const { return m_hits; }
    qint64 misses() const { return m_misses; }
    double savedUsd() const { return m_savedUsd; }

    static QByteArray serialize(const ChatResult &result);
    static std::optional<ChatResult> deserialize(const QByteArray &json);

Q_SIGNALS:
    void hit(const QString &model, double savedUsd);
    void missed(const QString &model);

private:
    qint64 nowMs() const;

    Database *m_db;
    Clock *m_clock;
    const ModelCatalog *m_catalog;
    Options m_options;
    bool m_enabled = true;
    qint64 m_hits = 0;
    qint64 m_misses = 0;
    double m_savedUsd = 0.0;
    QHash<QString, QQueue<double>> m_pendingHits; // per model: savings of hits not yet recorded
    QHash<QString, int> m_pendingMisses; // per model: misses whose request has not finished
};

} // namespace rostrum
