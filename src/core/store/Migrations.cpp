#include "Migrations.h"

namespace rostrum {

// Timestamps are ISO-8601 UTC text (debates, speeches: read by people and exports) or epoch
// milliseconds (requests, cache: filtered and aggregated in bulk, so they are kept numeric).
const QList<Migration> &migrations()
{
    // check-sizes: data table (one entry per schema version, append-only)
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
        {2,
         "daily usage rollup and percentile indexes",
         {
             // `usage` reads these per-day, per-model sums instead of every request, so a report
             // over 100,000 requests takes milliseconds (BENCHMARKS.md). Triggers keep them
             // exact for any writer; requests rows are never deleted.
             QStringLiteral("CREATE TABLE usage_daily ("
                            " day TEXT NOT NULL, model TEXT NOT NULL,"
                            " requests INTEGER NOT NULL DEFAULT 0,"
                            " prompt_tokens INTEGER NOT NULL DEFAULT 0,"
                            " completion_tokens INTEGER NOT NULL DEFAULT 0,"
                            " cost_usd REAL NOT NULL DEFAULT 0,"
                            " unpriced INTEGER NOT NULL DEFAULT 0,"
                            " retries INTEGER NOT NULL DEFAULT 0,"
                            " waited_ms INTEGER NOT NULL DEFAULT 0,"
                            " cache_hits INTEGER NOT NULL DEFAULT 0,"
                            " cache_misses INTEGER NOT NULL DEFAULT 0,"
                            " saved_usd REAL NOT NULL DEFAULT 0,"
                            " fc_called INTEGER NOT NULL DEFAULT 0,"
                            " fc_succeeded INTEGER NOT NULL DEFAULT 0,"
                            " latency_n INTEGER NOT NULL DEFAULT 0,"
                            " latency_sum REAL NOT NULL DEFAULT 0,"
                            " ttft_n INTEGER NOT NULL DEFAULT 0,"
                            " ttft_sum REAL NOT NULL DEFAULT 0,"
                            " tps_n INTEGER NOT NULL DEFAULT 0,"
                            " tps_sum REAL NOT NULL DEFAULT 0,"
                            " PRIMARY KEY (day, model))"),
             QStringLiteral("CREATE TABLE usage_daily_errors ("
                            " day TEXT NOT NULL, model TEXT NOT NULL, error_class TEXT NOT NULL,"
                            " n INTEGER NOT NULL DEFAULT 0, PRIMARY KEY (day, model, error_class))"),
             QStringLiteral("CREATE TRIGGER requests_rollup AFTER INSERT ON requests BEGIN"
                            " INSERT INTO usage_daily (day, model, requests, prompt_tokens, completion_tokens, "
                            "cost_usd, unpriced, retries, waited_ms, cache_hits, cache_misses, saved_usd, fc_called, "
                            "fc_succeeded, latency_n, latency_sum, ttft_n, ttft_sum, tps_n, tps_sum)"
                            " VALUES (date(NEW.started_ms / 1000, 'unixepoch'), NEW.model,"
                            " NEW.cached = 0,"
                            " NEW.prompt_tokens,"
                            " NEW.completion_tokens,"
                            " CASE WHEN NEW.cached = 0 AND NEW.cost_known = 1 THEN NEW.cost_usd ELSE 0 END,"
                            " NEW.cached = 0 AND NEW.cost_known = 0,"
                            " CASE WHEN NEW.cached = 0 AND NEW.attempts > 1 THEN NEW.attempts - 1 ELSE 0 END,"
                            " CASE WHEN NEW.cached = 0 THEN NEW.waited_ms ELSE 0 END,"
                            " NEW.cached,"
                            " NEW.cache_checked = 1 AND NEW.cached = 0,"
                            " NEW.saved_usd,"
                            " NEW.fc_called,"
                            " NEW.fc_succeeded,"
                            " NEW.cached = 0 AND NEW.latency_ms >= 0,"
                            " CASE WHEN NEW.cached = 0 AND NEW.latency_ms >= 0 THEN NEW.latency_ms ELSE 0 END,"
                            " NEW.cached = 0 AND NEW.ttft_ms >= 0,"
                            " CASE WHEN NEW.cached = 0 AND NEW.ttft_ms >= 0 THEN NEW.ttft_ms ELSE 0 END,"
                            " NEW.cached = 0 AND NEW.tokens_per_s > 0,"
                            " CASE WHEN NEW.cached = 0 AND NEW.tokens_per_s > 0 THEN NEW.tokens_per_s ELSE 0 END)"
                            " ON CONFLICT (day, model) DO UPDATE SET"
                            " requests = requests + excluded.requests,"
                            " prompt_tokens = prompt_tokens + excluded.prompt_tokens,"
                            " completion_tokens = completion_tokens + excluded.completion_tokens,"
                            " cost_usd = cost_usd + excluded.cost_usd,"
                            " unpriced = unpriced + excluded.unpriced,"
                            " retries = retries + excluded.retries,"
                            " waited_ms = waited_ms + excluded.waited_ms,"
                            " cache_hits = cache_hits + excluded.cache_hits,"
                            " cache_misses = cache_misses + excluded.cache_misses,"
                            " saved_usd = saved_usd + excluded.saved_usd,"
                            " fc_called = fc_called + excluded.fc_called,"
                            " fc_succeeded = fc_succeeded + excluded.fc_succeeded,"
                            " latency_n = latency_n + excluded.latency_n,"
                            " latency_sum = latency_sum + excluded.latency_sum,"
                            " ttft_n = ttft_n + excluded.ttft_n,"
                            " ttft_sum = ttft_sum + excluded.ttft_sum,"
                            " tps_n = tps_n + excluded.tps_n,"
                            " tps_sum = tps_sum + excluded.tps_sum;"
                            " END"),
             QStringLiteral("CREATE TRIGGER request_errors_rollup AFTER INSERT ON request_errors BEGIN"
                            " INSERT INTO usage_daily_errors (day, model, error_class, n)"
                            " SELECT date(r.started_ms / 1000, 'unixepoch'), r.model, NEW.error_class, 1"
                            " FROM requests r WHERE r.id = NEW.request_row"
                            " ON CONFLICT (day, model, error_class) DO UPDATE SET n = n + 1;"
                            " END"),
             // Rows stored before this migration.
             QStringLiteral("INSERT INTO usage_daily (day, model, requests, prompt_tokens, completion_tokens, "
                            "cost_usd, unpriced, retries, waited_ms, cache_hits, cache_misses, saved_usd, fc_called, "
                            "fc_succeeded, latency_n, latency_sum, ttft_n, ttft_sum, tps_n, tps_sum)"
                            " SELECT date(started_ms / 1000, 'unixepoch'), model,"
                            " SUM(cached = 0),"
                            " SUM(prompt_tokens),"
                            " SUM(completion_tokens),"
                            " SUM(CASE WHEN cached = 0 AND cost_known = 1 THEN cost_usd ELSE 0 END),"
                            " SUM(cached = 0 AND cost_known = 0),"
                            " SUM(CASE WHEN cached = 0 AND attempts > 1 THEN attempts - 1 ELSE 0 END),"
                            " SUM(CASE WHEN cached = 0 THEN waited_ms ELSE 0 END),"
                            " SUM(cached),"
                            " SUM(cache_checked = 1 AND cached = 0),"
                            " SUM(saved_usd),"
                            " SUM(fc_called),"
                            " SUM(fc_succeeded),"
                            " SUM(cached = 0 AND latency_ms >= 0),"
                            " SUM(CASE WHEN cached = 0 AND latency_ms >= 0 THEN latency_ms ELSE 0 END),"
                            " SUM(cached = 0 AND ttft_ms >= 0),"
                            " SUM(CASE WHEN cached = 0 AND ttft_ms >= 0 THEN ttft_ms ELSE 0 END),"
                            " SUM(cached = 0 AND tokens_per_s > 0),"
                            " SUM(CASE WHEN cached = 0 AND tokens_per_s > 0 THEN tokens_per_s ELSE 0 END)"
                            " FROM requests GROUP BY 1, 2"),
             QStringLiteral("INSERT INTO usage_daily_errors (day, model, error_class, n)"
                            " SELECT date(r.started_ms / 1000, 'unixepoch'), r.model, x.error_class, COUNT(*)"
                            " FROM request_errors x JOIN requests r ON r.id = x.request_row GROUP BY 1, 2, 3"),
             // Percentiles read the n-th value straight from these covering indexes.
             QStringLiteral("CREATE INDEX requests_latency_by_model ON requests (cached, model, latency_ms)"),
             QStringLiteral("CREATE INDEX requests_ttft_by_model ON requests (cached, model, ttft_ms)"),
             QStringLiteral("CREATE INDEX requests_latency ON requests (cached, latency_ms)"),
             QStringLiteral("CREATE INDEX requests_ttft ON requests (cached, ttft_ms)"),
         }},
        {3,
         "prompt cache: its savings per request, cached prompt tokens and savings in the daily rollup",
         {
             // requests.cached_prompt_tokens exists since version 1. The savings are stored as priced when the
             // request finished, like cost_usd: a later price change does not rewrite what was billed.
             QStringLiteral("ALTER TABLE requests ADD COLUMN prompt_cache_saved_usd REAL NOT NULL DEFAULT 0"),
             QStringLiteral("ALTER TABLE usage_daily ADD COLUMN cached_prompt_tokens INTEGER NOT NULL DEFAULT 0"),
             QStringLiteral("ALTER TABLE usage_daily ADD COLUMN prompt_cache_saved_usd REAL NOT NULL DEFAULT 0"),
             // A trigger of its own (an upsert, so it does not matter which of the two runs first) leaves
             // version 2's rollup trigger as it was.
             QStringLiteral(
                 "CREATE TRIGGER requests_rollup_prompt_cache AFTER INSERT ON requests"
                 " WHEN NEW.cached = 0 AND (NEW.cached_prompt_tokens <> 0 OR NEW.prompt_cache_saved_usd <> 0)"
                 " BEGIN"
                 " INSERT INTO usage_daily (day, model, cached_prompt_tokens, prompt_cache_saved_usd)"
                 " VALUES (date(NEW.started_ms / 1000, 'unixepoch'), NEW.model, NEW.cached_prompt_tokens,"
                 " NEW.prompt_cache_saved_usd)"
                 " ON CONFLICT (day, model) DO UPDATE SET"
                 " cached_prompt_tokens = cached_prompt_tokens + excluded.cached_prompt_tokens,"
                 " prompt_cache_saved_usd = prompt_cache_saved_usd + excluded.prompt_cache_saved_usd;"
                 " END"),
             // Rows stored before: their cached tokens were counted (and billed by Rostrum at the full input
             // price, so they saved nothing in its figures).
             // One pass over the requests (a correlated update would scan them once per day and model).
             QStringLiteral(
                 "INSERT INTO usage_daily (day, model, cached_prompt_tokens)"
                 " SELECT date(started_ms / 1000, 'unixepoch'), model, SUM(cached_prompt_tokens)"
                 " FROM requests WHERE cached = 0 GROUP BY 1, 2 HAVING SUM(cached_prompt_tokens) <> 0"
                 " ON CONFLICT (day, model) DO UPDATE SET cached_prompt_tokens = excluded.cached_prompt_tokens"),
         }},
        {4,
         "tournaments, their scheduled debates and batch jobs",
         {
             QStringLiteral("CREATE TABLE tournaments ("
                            " id TEXT PRIMARY KEY,"
                            " spec_json TEXT NOT NULL,"
                            " status TEXT NOT NULL DEFAULT 'running'"
                            "   CHECK (status IN ('running','finished','interrupted','stopped')),"
                            " stop_reason TEXT,"
                            " created TEXT NOT NULL,"
                            " updated TEXT NOT NULL,"
                            // As for debates: a 'running' tournament whose process is gone was interrupted.
                            " pid INTEGER)"),
             // debate_id has no foreign key: it is stored before the debate's own row, so that a kill between
             // the two never leaves a debate the tournament does not know.
             QStringLiteral("CREATE TABLE tournament_debates ("
                            " tournament_id TEXT NOT NULL REFERENCES tournaments(id) ON DELETE CASCADE,"
                            " idx INTEGER NOT NULL,"
                            " motion_idx INTEGER NOT NULL,"
                            " pro_model TEXT NOT NULL,"
                            " con_model TEXT NOT NULL,"
                            " debate_id TEXT,"
                            " status TEXT NOT NULL DEFAULT 'pending'"
                            "   CHECK (status IN ('pending','running','finished','stopped')),"
                            " PRIMARY KEY (tournament_id, idx))"),
             QStringLiteral("CREATE INDEX tournament_debates_by_debate ON tournament_debates (debate_id)"),
             QStringLiteral("CREATE TABLE tournament_batch_jobs ("
                            " tournament_id TEXT NOT NULL REFERENCES tournaments(id) ON DELETE CASCADE,"
                            " round INTEGER NOT NULL,"
                            " job_id TEXT NOT NULL,"
                            // The job's custom_ids (a JSON array): after a restart the same requests are adopted
                            // into the job instead of being paid for again.
                            " custom_ids TEXT NOT NULL DEFAULT '[]',"
                            " created TEXT NOT NULL,"
                            " PRIMARY KEY (tournament_id, round, job_id))"),
         }},
    };
    return list;
}

} // namespace rostrum
