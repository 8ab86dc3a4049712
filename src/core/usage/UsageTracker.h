#pragma once

#include "usage/UsageRecord.h"
#include "usage/UsageStats.h"

#include <QHash>
#include <QObject>

namespace rostrum {

class ModelCatalog;

// Live usage of this process: every finished request (ChatService::requestFinished) goes through
// record(), which prices it from the catalog and updates the figures the dashboard and the
// status bar show. Persisted usage lives in UsageStore; this is the in-memory, signalling view.
class UsageTracker : public QObject
{
    Q_OBJECT
public:
    explicit UsageTracker(const ModelCatalog *catalog, QObject *parent = nullptr);

    // Fills costUsd / costKnown / promptCacheSavedUsd from the catalog (a cache hit costs nothing; cached
    // prompt tokens cost the cached-input price). savedUsd of a cache hit is left as the cache valued it.
    void price(UsageRecord &record) const;

    UsageStats total() const { return summarize(m_all, QString()); }
    UsageStats forModel(const QString &model) const;
    QStringList models() const; // sorted
    UsageReport report() const;
    double debateCostUsd(const QString &debateId) const { return m_debateCost.value(debateId); }
    qint64 recordCount() const { return m_all.size(); }

public Q_SLOTS:
    // Prices the record, adds it, and emits the signals below. Returns through recorded().
    void record(rostrum::UsageRecord record);
    void reset();

Q_SIGNALS:
    void recorded(const rostrum::UsageRecord &record); // priced
    void costChanged(double totalUsd);
    void debateCostChanged(const QString &debateId, double usd);
    void errorCounted(const QString &model, const QString &errorClass);
    void cacheHit(const QString &model, double savedUsd);
    void changed();

private:
    static UsageStats summarize(const QList<UsageRecord> &records, const QString &model);

    const ModelCatalog *m_catalog;
    QList<UsageRecord> m_all;
    QHash<QString, QList<UsageRecord>> m_byModel;
    QHash<QString, double> m_debateCost;
    double m_totalCost = 0.0;
};

// The failed attempts of a record by class: attemptErrors, or the final error alone when the
// wire recorded no per-attempt list.
QList<ErrorClass> failedAttempts(const UsageRecord &record);

} // namespace rostrum

Q_DECLARE_METATYPE(rostrum::UsageRecord)
