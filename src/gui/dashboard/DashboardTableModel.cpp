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

// The CSV key and the header of each column but the error ones (those take theirs from their bucket).
struct ColumnNames
{
    DashboardTableModel::Column column;
    const char *key;
    const char *header; // tr() of DashboardTableModel finds it in the context named below
};

constexpr ColumnNames kColumnNames[] = {
    {DashboardTableModel::Model, "model", QT_TRANSLATE_NOOP("rostrum::gui::DashboardTableModel", "Model")},
    {DashboardTableModel::Requests, "requests", QT_TRANSLATE_NOOP("rostrum::gui::DashboardTableModel", "Requests")},
    {DashboardTableModel::FailedRequests, "failed_requests",
     QT_TRANSLATE_NOOP("rostrum::gui::DashboardTableModel", "Failed")},
    {DashboardTableModel::PromptTokens, "prompt_tokens",
     QT_TRANSLATE_NOOP("rostrum::gui::DashboardTableModel", "Prompt tokens")},
    {DashboardTableModel::CompletionTokens, "completion_tokens",
     QT_TRANSLATE_NOOP("rostrum::gui::DashboardTableModel", "Completion tokens")},
    {DashboardTableModel::CostUsd, "cost_usd", QT_TRANSLATE_NOOP("rostrum::gui::DashboardTableModel", "Cost")},
    {DashboardTableModel::LatencyP50, "latency_p50_ms",
     QT_TRANSLATE_NOOP("rostrum::gui::DashboardTableModel", "Latency p50")},
    {DashboardTableModel::LatencyP95, "latency_p95_ms",
     QT_TRANSLATE_NOOP("rostrum::gui::DashboardTableModel", "Latency p95")},
    {DashboardTableModel::LatencyP99, "latency_p99_ms",
     QT_TRANSLATE_NOOP("rostrum::gui::DashboardTableModel", "Latency p99")},
    {DashboardTableModel::TtftP50, "ttft_p50_ms", QT_TRANSLATE_NOOP("rostrum::gui::DashboardTableModel", "TTFT p50")},
    {DashboardTableModel::TtftP95, "ttft_p95_ms", QT_TRANSLATE_NOOP("rostrum::gui::DashboardTableModel", "TTFT p95")},
    {DashboardTableModel::TokensPerSecond, "tokens_per_s",
     QT_TRANSLATE_NOOP("rostrum::gui::DashboardTableModel", "Speed")},
    {DashboardTableModel::Retries, "retries", QT_TRANSLATE_NOOP("rostrum::gui::DashboardTableModel", "Retries")},
    {DashboardTableModel::WaitedMs, "waited_ms", QT_TRANSLATE_NOOP("rostrum::gui::DashboardTableModel", "Waited")},
    {DashboardTableModel::CacheHits, "cache_hits",
     QT_TRANSLATE_NOOP("rostrum::gui::DashboardTableModel", "Cache hits")},
    {DashboardTableModel::CacheHitRate, "cache_hit_rate",
     QT_TRANSLATE_NOOP("rostrum::gui::DashboardTableModel", "Hit rate")},
    {DashboardTableModel::SavedUsd, "saved_usd", QT_TRANSLATE_NOOP("rostrum::gui::DashboardTableModel", "Saved")},
    {DashboardTableModel::PromptCacheSavedUsd, "prompt_cache_saved_usd",
     QT_TRANSLATE_NOOP("rostrum::gui::DashboardTableModel", "Prompt cache saved")},
};

// The names of `column`, which is not an error column; null ones for any other number.
ColumnNames columnNames(int column)
{
    for (const ColumnNames &names : kColumnNames) {
        if (names.column == column)
            return names;
    }
    return {DashboardTableModel::ColumnCount, nullptr, nullptr};
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
    case PromptCacheSavedUsd:
        return f.promptCacheSavingsUsd;
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
    case PromptCacheSavedUsd:
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
    if (section >= ErrorsRateLimited && section <= ErrorsOther)
        return DashboardFormat::bucketLabel(ErrorBucket(section - ErrorsRateLimited));
    return tr(columnNames(section).header);
}

QString DashboardTableModel::columnKey(int column)
{
    if (column >= ErrorsRateLimited && column <= ErrorsOther)
        return QStringLiteral("errors_") + DashboardData::bucketKey(ErrorBucket(column - ErrorsRateLimited));
    return QString::fromLatin1(columnNames(column).key);
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
