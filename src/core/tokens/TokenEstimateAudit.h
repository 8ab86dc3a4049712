#pragma once

#include <QHash>
#include <QList>
#include <QMutex>
#include <QString>

namespace rostrum {

// How far our prompt-token counts are from what the API billed (usage.prompt_tokens), per model. The usage
// tracker records one sample per completed request; the figures tell whether a model's counts can be trusted
// (an exact tokenizer should show zero error) and how much margin estimates need. Thread-safe.
class TokenEstimateAudit
{
public:
    struct Stats
    {
        QString model;
        qint64 samples = 0;
        qint64 lastError = 0; // counted - billed, of the latest sample
        double meanError = 0; // signed, tokens: > 0 means we over-count
        double meanAbsError = 0; // tokens
        double meanAbsRelativeError = 0; // |counted - billed| / billed, 0..
        qint64 exactMatches = 0; // samples where counted == billed
    };

    // Records one request: what we counted before sending, and what the API said it billed.
    // Returns the error (counted - billed). Samples with billed <= 0 are ignored (returns 0).
    qint64 record(const QString &model, qint64 counted, qint64 billed);

    Stats stats(const QString &model) const;
    QList<Stats> allStats() const; // sorted by model
    void clear();

    // A count scaled by the model's observed ratio (billed / counted), for estimates that run consistently
    // high or low. Returns counted unchanged without samples.
    qint64 corrected(const QString &model, qint64 counted) const;

private:
    struct Acc
    {
        qint64 samples = 0, lastError = 0, exactMatches = 0;
        double sumError = 0, sumAbsError = 0, sumAbsRel = 0;
        double sumCounted = 0, sumBilled = 0;
    };
    static Stats toStats(const QString &model, const Acc &a);

    mutable QMutex m_mutex;
    QHash<QString, Acc> m_acc;
};

} // namespace rostrum
