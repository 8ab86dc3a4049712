#pragma once

#include "usage/DashboardData.h"

#include <QCoreApplication>
#include <QLocale>
#include <QString>

namespace rostrum::gui {

// How the dashboard writes its numbers for people: in the user's locale, with units, and
// costs in US dollars (what the API bills) written the locale's way.
class DashboardFormat
{
    Q_DECLARE_TR_FUNCTIONS(DashboardFormat)
public:
    // $0.0012 keeps four decimals so a cheap request is not shown as $0.00.
    static QString usd(double usd, const QLocale &locale = QLocale());
    static QString ms(qint64 ms, const QLocale &locale = QLocale());
    static QString count(qint64 n, const QLocale &locale = QLocale());
    static QString percent(double fraction, const QLocale &locale = QLocale());
    static QString tokensPerSecond(double tps, const QLocale &locale = QLocale());
    // The translated name of a range ("Today") and of an error bucket ("Rate limited").
    static QString rangeLabel(DashboardRange range);
    static QString bucketLabel(ErrorBucket bucket);
};

} // namespace rostrum::gui
