#include "DashboardTableModel.h"

#include "DashboardFormat.h"

#include <QFont>
#include <QLocale>

namespace rostrum::gui {

namespace {

// Latency figures only mean something when there was a measurement.
QVariant msOrNull(const LatencySummary &s, qint64 v)
{
    return s.count > 0 ? QVariant(v) : QVariant();
}

QString csvField(const QString &s)
{
    if (!s.contains(QLatin1Char(',')) && !s.contains(QLatin1Char('"')) && !s.contains(QLatin1Char('\n'))
        && !s.contains(QLatin1Char('\r')))
        return s;
    QString q = s;
    q.replace(QStringLiteral("\""), QStringLiteral("\"\""));
    return QLatin1Char('"') + q + QLatin1Char('"');
}

} // namespace

DashboardTableModel::DashboardTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

void DashboardTableModel::setDashboard(const DashboardData &data)
{
    // The row count changes with the models in range: a reset is simplest and the table is small.
    beginResetModel();
    m_data = data;
    endResetModel();
}

int DashboardTableModel::rowCount(const QModelIndex &parent) const
{
    if (parent.isValid() || m_data.models.isEmpty())
        return 0;
    return int(m_data.models.size()) + 1;
}

int DashboardTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

const DashboardModelFigures &DashboardTableModel::figures(int row) const
{
    return row < m_data.models.size() ? m_data.models.at(row) : m_data.total;
}

QVariant DashboardTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const bool isTotal = index.row() == m_data.models.size();
    const DashboardModelFigures &f = figures(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return display(f, index.column(), isTotal);
    case Qt::UserRole:
        return raw(f, index.column(), isTotal);
    case Qt::TextAlignmentRole:
        return index.column() == Model ? QVariant(Qt::AlignLeft | Qt::AlignVCenter)
                                       : QVariant(Qt::AlignRight | Qt::AlignVCenter);
    case Qt::ToolTipRole:
        if (index.column() == CostUsd && f.unpricedRequests > 0)
            return tr("%n request(s) of models with no known price are not included", nullptr, int(f.unpricedRequests));
        return {};
    case Qt::FontRole:
        if (isTotal) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        return {};
    default:
        return {};
    }
}

QVariant DashboardTableModel::raw(const DashboardModelFigures &f, int column, bool isTotal) const
{
    switch (Column(column)) {
    case Model:
        return isTotal ? QStringLiteral("(total)") : f.model;
    case Requests:
        return f.requests;
    case FailedRequests:
        return f.failedRequests;
    case PromptTokens:
        return f.promptTokens;
    case CompletionTokens:
        return f.completionTokens;
    case CostUsd:
        // Never 0 for requests whose price nobody knows.
        return f.requests > 0 && f.unpricedRequests == f.requests ? QVariant() : QVariant(f.costUsd);
    case LatencyP50:
        return msOrNull(f.latency, f.latency.p50);
    case LatencyP95:
        return msOrNull(f.latency, f.latency.p95);
    case LatencyP99:
        return msOrNull(f.latency, f.latency.p99);
    case TtftP50:
        return msOrNull(f.ttft, f.ttft.p50);
    case TtftP95:
        return msOrNull(f.ttft, f.ttft.p95);
    case TokensPerSecond:
        return f.tokensPerSecond > 0 ? QVariant(f.tokensPerSecond) : QVariant();
    case ErrorsRateLimited:
    case ErrorsCapacity:
    case ErrorsAuth:
    case ErrorsServer:
    case ErrorsNetwork:
    case ErrorsTimeout:
    case ErrorsOther:
        return f.errors[size_t(column - ErrorsRateLimited)];
    case Retries:
        return f.retries;
    case WaitedMs:
        return f.waitedMs;
    case CacheHits:
        return f.cacheHits;
    case CacheHitRate:
        return f.cacheHits + f.cacheMisses > 0 ? QVariant(f.cacheHitRate()) : QVariant();
    case SavedUsd:
        return f.savingsUsd;
    case ColumnCount:
        break;
    }
    return {};
}

QString DashboardTableModel::display(const DashboardModelFigures &f, int column, bool isTotal) const
{
    const QVariant v = raw(f, column, isTotal);
    if (column == Model)
        return isTotal ? tr("All models") : f.model;
    if (!v.isValid())
        return QStringLiteral("—");
    const QLocale locale;
    switch (Column(column)) {
    case CostUsd:
    case SavedUsd:
        return DashboardFormat::usd(v.toDouble(), locale);
    case LatencyP50:
    case LatencyP95:
    case LatencyP99:
    case TtftP50:
    case TtftP95:
    case WaitedMs:
        return DashboardFormat::ms(v.toLongLong(), locale);
    case TokensPerSecond:
        return DashboardFormat::tokensPerSecond(v.toDouble(), locale);
    case CacheHitRate:
        return DashboardFormat::percent(v.toDouble(), locale);
    default:
        return DashboardFormat::count(v.toLongLong(), locale);
    }
}

QVariant DashboardTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= ColumnCount)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::ToolTipRole && section >= ErrorsRateLimited && section <= ErrorsOther)
        return tr("Failed attempts of this class, including ones a retry made good");
    if (role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case Model:
        return tr("Model");
    case Requests:
        return tr("Requests");
    case FailedRequests:
        return tr("Failed");
    case PromptTokens:
        return tr("Prompt tokens");
    case CompletionTokens:
        return tr("Completion tokens");
    case CostUsd:
        return tr("Cost");
    case LatencyP50:
        return tr("Latency p50");
    case LatencyP95:
        return tr("Latency p95");
    case LatencyP99:
        return tr("Latency p99");
    case TtftP50:
        return tr("TTFT p50");
    case TtftP95:
        return tr("TTFT p95");
    case TokensPerSecond:
        return tr("Speed");
    case ErrorsRateLimited:
    case ErrorsCapacity:
    case ErrorsAuth:
    case ErrorsServer:
    case ErrorsNetwork:
    case ErrorsTimeout:
    case ErrorsOther:
        return DashboardFormat::bucketLabel(ErrorBucket(section - ErrorsRateLimited));
    case Retries:
        return tr("Retries");
    case WaitedMs:
        return tr("Waited");
    case CacheHits:
        return tr("Cache hits");
    case CacheHitRate:
        return tr("Hit rate");
    case SavedUsd:
        return tr("Saved");
    case ColumnCount:
        break;
    }
    return {};
}

QString DashboardTableModel::columnKey(int column)
{
    switch (Column(column)) {
    case Model:
        return QStringLiteral("model");
    case Requests:
        return QStringLiteral("requests");
    case FailedRequests:
        return QStringLiteral("failed_requests");
    case PromptTokens:
        return QStringLiteral("prompt_tokens");
    case CompletionTokens:
        return QStringLiteral("completion_tokens");
    case CostUsd:
        return QStringLiteral("cost_usd");
    case LatencyP50:
        return QStringLiteral("latency_p50_ms");
    case LatencyP95:
        return QStringLiteral("latency_p95_ms");
    case LatencyP99:
        return QStringLiteral("latency_p99_ms");
    case TtftP50:
        return QStringLiteral("ttft_p50_ms");
    case TtftP95:
        return QStringLiteral("ttft_p95_ms");
    case TokensPerSecond:
        return QStringLiteral("tokens_per_s");
    case ErrorsRateLimited:
    case ErrorsCapacity:
    case ErrorsAuth:
    case ErrorsServer:
    case ErrorsNetwork:
    case ErrorsTimeout:
    case ErrorsOther:
        return QStringLiteral("errors_") + DashboardData::bucketKey(ErrorBucket(column - ErrorsRateLimited));
    case Retries:
        return QStringLiteral("retries");
    case WaitedMs:
        return QStringLiteral("waited_ms");
    case CacheHits:
        return QStringLiteral("cache_hits");
    case CacheHitRate:
        return QStringLiteral("cache_hit_rate");
    case SavedUsd:
        return QStringLiteral("saved_usd");
    case ColumnCount:
        break;
    }
    return {};
}

QByteArray DashboardTableModel::toCsv() const
{
    const QLocale c = QLocale::c();
    QString out;
    for (int col = 0; col < ColumnCount; ++col)
        out += (col ? QStringLiteral(",") : QString()) + columnKey(col);
    out += QStringLiteral("\r\n");
    for (int row = 0; row < rowCount(); ++row) {
        const bool isTotal = row == m_data.models.size();
        const DashboardModelFigures &f = figures(row);
        for (int col = 0; col < ColumnCount; ++col) {
            if (col)
                out += QLatin1Char(',');
            const QVariant v = raw(f, col, isTotal);
            if (!v.isValid())
                continue; // empty field: not measured, or price unknown
            if (v.typeId() == QMetaType::Double)
                out += c.toString(v.toDouble(), 'g', 12);
            else if (v.typeId() == QMetaType::QString)
                out += csvField(v.toString());
            else
                out += c.toString(v.toLongLong());
        }
        out += QStringLiteral("\r\n");
    }
    return out.toUtf8();
}

} // namespace rostrum::gui
