#include "DashboardFormat.h"

#include <cmath>

namespace rostrum::gui {

QString DashboardFormat::usd(double usd, const QLocale &locale)
{
    const double a = std::abs(usd);
    const int precision = (a > 0.0 && a < 0.01) ? 4 : 2;
    return locale.toCurrencyString(usd, QStringLiteral("$"), precision);
}

QString DashboardFormat::ms(qint64 ms, const QLocale &locale)
{
    if (ms >= 10000)
        return tr("%1 s").arg(locale.toString(double(ms) / 1000.0, 'f', 1));
    return tr("%1 ms").arg(locale.toString(ms));
}

QString DashboardFormat::count(qint64 n, const QLocale &locale)
{
    return locale.toString(n);
}

QString DashboardFormat::percent(double fraction, const QLocale &locale)
{
    return tr("%1 %").arg(locale.toString(fraction * 100.0, 'f', 0));
}

QString DashboardFormat::tokensPerSecond(double tps, const QLocale &locale)
{
    return tr("%1 tok/s").arg(locale.toString(tps, 'f', 1));
}

QString DashboardFormat::rangeLabel(DashboardRange range)
{
    switch (range) {
    case DashboardRange::ThisDebate:
        return tr("This debate");
    case DashboardRange::Today:
        return tr("Today");
    case DashboardRange::Last7Days:
        return tr("Last 7 days");
    case DashboardRange::Last30Days:
        return tr("Last 30 days");
    case DashboardRange::All:
        break;
    }
    return tr("All time");
}

QString DashboardFormat::bucketLabel(ErrorBucket bucket)
{
    switch (bucket) {
    case ErrorBucket::RateLimited:
        return tr("Rate limited");
    case ErrorBucket::Capacity:
        return tr("Capacity");
    case ErrorBucket::Auth:
        return tr("Authentication");
    case ErrorBucket::Server:
        return tr("Server");
    case ErrorBucket::Network:
        return tr("Network");
    case ErrorBucket::Timeout:
        return tr("Timeout");
    case ErrorBucket::Other:
        break;
    }
    return tr("Other");
}

} // namespace rostrum::gui
