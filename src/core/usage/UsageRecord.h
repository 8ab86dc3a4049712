#pragma once

#include "api/ApiError.h"

#include <QDateTime>
#include <QList>
#include <QString>

namespace rostrum {

// One API request as usage tracking sees it: what it cost, how long it took, how it ended.
// The wire layer fills tokens, timings and errors; the usage layer prices it (cost fields).
struct UsageRecord
{
    QString requestId; // unique per logical request (all its attempts)
    QString model; // the model name the request used (an alias stays an alias)
    QString debateId; // empty outside a debate
    QString purpose; // "chat", "speech", "judge", "summary", "verify", "batch"
    QDateTime startedAt; // UTC, when the request was submitted

    int promptTokens = 0; // as billed (usage.prompt_tokens); 0 for a cache hit
    int completionTokens = 0;
    int cachedPromptTokens = 0; // usage.prompt_tokens_details.cached_tokens (the API's prompt cache)
    double costUsd = 0.0; // priced from the catalog (cached prompt tokens at their price); 0 for a cache hit
    bool costKnown = true; // false when the model has no known price (never shown as free)

    qint64 latencyMs = -1; // send → last byte of the successful attempt, waits excluded
    qint64 ttftMs = -1; // send → first answer token of the successful attempt
    double tokensPerSecond = 0.0;
    int attempts = 0; // HTTP attempts made (0 for a cache hit)
    qint64 waitedMs = 0; // time spent waiting for the rate limiter and retry delays

    QList<ErrorClass> attemptErrors; // the class of every failed attempt, also ones a retry made good
    ErrorClass finalError = ErrorClass::None; // None when the request succeeded
    int httpStatus = 0; // of the last attempt

    bool cached = false; // answered from the response cache
    bool batch = false; // answered by a Batch API job: billed at the catalog's batch price
    bool cacheChecked = false; // the cache was consulted (a miss is cacheChecked && !cached)
    double savedUsd = 0.0; // for a cache hit: what the answer would cost at current prices
    double promptCacheSavedUsd = 0.0; // what the API's prompt cache saved against the full input price

    int functionCallsMade = 0;
    int functionCallsSucceeded = 0;

    bool succeeded() const { return finalError == ErrorClass::None; }
};

} // namespace rostrum
