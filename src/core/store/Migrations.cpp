#include "Migrations.h"

namespace rostrum {

// Timestamps are ISO-8601 UTC text (debates, speeches: read by people and exports) or epoch
// milliseconds (requests, cache: filtered and aggregated in bulk, so they are kept numeric).
const QList<Migration> &migrations()
{
    static const QList<Migration> list = {
        {1,
         "debates, participants, speeches, requests, response cache",
         {
             QStringLiteral("CREATE TABLE debates ("
                            " id TEXT PRIMARY KEY,"
                            " motion TEXT NOT NULL,"
                            " language TEXT NOT NULL DEFAULT 'en',"
                            " format TEXT NOT NULL DEFAULT 'classic',"
                            " status TEXT NOT NULL DEFAULT 'running'"
                            "   CHECK (status IN ('running','finished','interrupted','stopped')),"
                            " spec_json TEXT,"
                            " verdict_json TEXT,"
                            " cost_usd REAL NOT NULL DEFAULT 0,"
                            " created TEXT NOT NULL,"
                            " updated TEXT NOT NULL,"
                            // The writing process and its last sign of life: a 'running' debate
                            // whose pid is gone or whose heartbeat is stale was interrupted.
                            " pid INTEGER,"
                            " heartbeat TEXT)"),
             QStringLiteral("CREATE TABLE participants ("
                            " debate_id TEXT NOT NULL REFERENCES debates(id) ON DELETE CASCADE,"
                            " idx INTEGER NOT NULL,"
                            " name TEXT NOT NULL,"
                            " side TEXT,"
                            " persona TEXT,"
                            " model TEXT,"
                            " language TEXT,"
                            " PRIMARY KEY (debate_id, idx))"),
             QStringLiteral("CREATE TABLE speeches ("
                            " debate_id TEXT NOT NULL REFERENCES debates(id) ON DELETE CASCADE,"
                            " idx INTEGER NOT NULL,"
                            " speaker TEXT,"
                            " side TEXT,"
                            " role TEXT,"
                            " model TEXT,"
                            " language TEXT,"
                            " text TEXT NOT NULL DEFAULT '',"
                            " thinking TEXT,"
                            " status TEXT NOT NULL DEFAULT 'streaming'"
                            "   CHECK (status IN ('streaming','finished','interrupted','failed','stopped')),"
                            " prompt_tokens INTEGER NOT NULL DEFAULT 0,"
                            " completion_tokens INTEGER NOT NULL DEFAULT 0,"
                            " cost_usd REAL NOT NULL DEFAULT 0,"
                            " citations_json TEXT,"
                            " started TEXT,"
                            " updated TEXT,"
                            " PRIMARY KEY (debate_id, idx))"),
             // One row per logical API request (all its attempts), as UsageRecord describes it.
             QStringLiteral("CREATE TABLE requests ("
                            " id INTEGER PRIMARY KEY AUTOINCREMENT,"
                            " request_id TEXT,"
                            " debate_id TEXT REFERENCES debates(id) ON DELETE SET NULL,"
                            " purpose TEXT,"
                            " model TEXT NOT NULL,"
                            " started_ms INTEGER NOT NULL,"
                            " prompt_tokens INTEGER NOT NULL DEFAULT 0,"
                            " completion_tokens INTEGER NOT NULL DEFAULT 0,"
                            " cached_prompt_tokens INTEGER NOT NULL DEFAULT 0,"
                            " cost_usd REAL NOT NULL DEFAULT 0,"
                            " cost_known INTEGER NOT NULL DEFAULT 1,"
                            " latency_ms INTEGER NOT NULL DEFAULT -1,"
                            " ttft_ms INTEGER NOT NULL DEFAULT -1,"
                            " tokens_per_s REAL NOT NULL DEFAULT 0,"
                            " attempts INTEGER NOT NULL DEFAULT 0,"
                            " waited_ms INTEGER NOT NULL DEFAULT 0,"
                            " status TEXT NOT NULL CHECK (status IN ('ok','error')),"
                            " error_class TEXT,"
                            " http_status INTEGER NOT NULL DEFAULT 0,"
                            " cached INTEGER NOT NULL DEFAULT 0,"
                            " cache_checked INTEGER NOT NULL DEFAULT 0,"
                            " saved_usd REAL NOT NULL DEFAULT 0,"
                            " fc_called INTEGER NOT NULL DEFAULT 0,"
                            " fc_succeeded INTEGER NOT NULL DEFAULT 0)"),
             QStringLiteral("CREATE INDEX requests_by_time ON requests (started_ms)"),
             QStringLiteral("CREATE INDEX requests_by_debate ON requests (debate_id)"),
             // Every failed attempt, also the ones a retry made good: errors are counted per attempt.
             QStringLiteral("CREATE TABLE request_errors ("
                            " request_row INTEGER NOT NULL REFERENCES requests(id) ON DELETE CASCADE,"
                            " attempt INTEGER NOT NULL,"
                            " error_class TEXT NOT NULL,"
                            " PRIMARY KEY (request_row, attempt))"),
             QStringLiteral("CREATE TABLE response_cache ("
                            " key TEXT PRIMARY KEY,"
                            " model TEXT NOT NULL,"
                            " result_json TEXT NOT NULL,"
                            " prompt_tokens INTEGER NOT NULL DEFAULT 0,"
                            " completion_tokens INTEGER NOT NULL DEFAULT 0,"
                            " size_bytes INTEGER NOT NULL,"
                            " created_ms INTEGER NOT NULL,"
                            " last_used_ms INTEGER NOT NULL,"
                            " hits INTEGER NOT NULL DEFAULT 0)"),
             QStringLiteral("CREATE INDEX response_cache_by_use ON response_cache (last_used_ms)"),
         }},
    };
    return list;
}

} // namespace rostrum
