#pragma once

#include "usage/DashboardData.h"

#include <QAbstractTableModel>

namespace rostrum::gui {

// The dashboard's numbers as a table: one row per model and a last "All models" row.
// DisplayRole is for people (locale, units); Qt::UserRole is the raw number (sorting, CSV).
class DashboardTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        Model,
        Requests,
        FailedRequests,
        PromptTokens,
        CompletionTokens,
        CostUsd,
        LatencyP50,
        LatencyP95,
        LatencyP99,
        TtftP50,
        TtftP95,
        TokensPerSecond,
        ErrorsRateLimited,
        ErrorsCapacity,
        ErrorsAuth,
        ErrorsServer,
        ErrorsNetwork,
        ErrorsTimeout,
        ErrorsOther,
        Retries,
        WaitedMs,
        CacheHits,
        CacheHitRate,
        SavedUsd,
        PromptCacheSavedUsd, // what the API's prompt cache saved (SavedUsd: Rostrum's own response cache)
        ColumnCount
    };
    Q_ENUM(Column)

    explicit DashboardTableModel(QObject *parent = nullptr);

    void setDashboard(const DashboardData &data);
    const DashboardData &dashboardData() const { return m_data; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // Stable, untranslated column names for CSV headers ("cost_usd", "latency_p95_ms", ...).
    static QString columnKey(int column);
    // RFC 4180 CSV of the table: the keys as header, raw numbers with '.' decimals, CRLF lines.
    QByteArray toCsv() const;

private:
    const DashboardModelFigures &figures(int row) const;
    QVariant raw(const DashboardModelFigures &f, int column, bool isTotal) const;
    QString display(const DashboardModelFigures &f, int column, bool isTotal) const;

    DashboardData m_data;
};

} // namespace rostrum::gui
