// rostrum-cli usage: what the stored requests cost and how they went, per model.

#include "CliContext.h"

#include "store/Database.h"
#include "store/UsageStore.h"

#include <QJsonDocument>

namespace rostrum::cli {

namespace {

QString ms(const LatencySummary &s, qint64 v)
{
    return s.count > 0 ? QString::number(v) : QStringLiteral("-");
}

void printStats(QTextStream &out, const UsageStats &s)
{
    out << "  requests " << s.requests << ", tokens in " << s.promptTokens << ", out " << s.completionTokens
        << ", cost ";
    if (s.costKnown())
        out << "$" << QString::number(s.costUsd, 'f', 6);
    else
        out << "unknown";
    if (s.unpricedRequests > 0 && s.costKnown())
        out << " (+" << s.unpricedRequests << " requests of unknown price)";
    out << "\n  latency avg " << (s.latency.count > 0 ? QString::number(s.latency.avg, 'f', 0) : QStringLiteral("-"))
        << " ms, p50 " << ms(s.latency, s.latency.p50) << ", p95 " << ms(s.latency, s.latency.p95) << ", p99 "
        << ms(s.latency, s.latency.p99) << "; TTFT avg "
        << (s.ttft.count > 0 ? QString::number(s.ttft.avg, 'f', 0) : QStringLiteral("-")) << " ms, p50 "
        << ms(s.ttft, s.ttft.p50) << ", p95 " << ms(s.ttft, s.ttft.p95) << "\n";
    out << "  retries " << s.retries << ", waited " << s.waitedMs << " ms on limits and retries";
    if (!s.errors.isEmpty()) {
        QStringList parts;
        for (auto it = s.errors.cbegin(); it != s.errors.cend(); ++it)
            parts << QStringLiteral("%1 %2").arg(it.key()).arg(it.value());
        out << "; failed attempts: " << parts.join(QStringLiteral(", "));
    }
    out << "\n  cache hits " << s.cacheHits << ", misses " << s.cacheMisses << ", saved $"
        << QString::number(s.savingsUsd, 'f', 6) << "; function calls " << s.functionCalls << " ("
        << s.functionCallsSucceeded << " succeeded)\n";
    out << "  prompt cache: " << s.cachedPromptTokens << " of the tokens in were cached, saved $"
        << QString::number(s.promptCacheSavingsUsd, 'f', 6) << "\n";
}

} // namespace

int runUsage(CliContext &ctx)
{
    QDateTime since;
    const QStringList &args = ctx.commandArgs;
    for (int i = 0; i < args.size(); ++i) {
        const QString &arg = args.at(i);
        if (arg == QLatin1String("--json")) {
            ctx.options.json = true;
        } else if (arg == QLatin1String("--since") || arg.startsWith(QLatin1String("--since="))) {
            QString value;
            if (arg.contains(QLatin1Char('=')))
                value = arg.section(QLatin1Char('='), 1);
            else if (i + 1 < args.size())
                value = args.at(++i);
            const QDate d = QDate::fromString(value, Qt::ISODate);
            if (!d.isValid() || value.size() != 10)
                return ctx.fail(ExitUsage, QStringLiteral("--since takes a date as YYYY-MM-DD"));
            since = QDateTime(d, QTime(0, 0), Qt::UTC);
        } else {
            return ctx.fail(ExitUsage,
                            QStringLiteral("usage: unknown option \"%1\" (see rostrum-cli --help)").arg(arg));
        }
    }
    Database db;
    if (!db.open(Database::pathInDataDir(ctx.options.dataDir)))
        return ctx.fail(ExitInternal, QStringLiteral("cannot open the database: %1").arg(db.lastError()));
    const UsageReport report = UsageStore::aggregate(db.connection(), since);
    if (ctx.options.json) {
        ctx.out() << QString::fromUtf8(QJsonDocument(report.toJson()).toJson(QJsonDocument::Indented));
        return ExitOk;
    }
    if (report.models.isEmpty()) {
        ctx.out() << "No requests recorded"
                  << (since.isValid() ? QStringLiteral(" since %1").arg(since.date().toString(Qt::ISODate)) : QString())
                  << ".\n";
        return ExitOk;
    }
    for (const UsageStats &s : report.models) {
        ctx.out() << s.model << "\n";
        printStats(ctx.out(), s);
    }
    ctx.out() << "Total\n";
    printStats(ctx.out(), report.total);
    return ExitOk;
}

} // namespace rostrum::cli
