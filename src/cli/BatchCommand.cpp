#include "CliContext.h"
#include "CliServices.h"

#include "flow/ChatService.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPointer>

#include <vector>

namespace rostrum::cli {

namespace {

struct BatchArgs
{
    QString input;
    QString output;
    int concurrency = 4;
};

std::optional<int> parseBatchArgs(CliContext &ctx, BatchArgs &a)
{
    const QStringList &args = ctx.commandArgs;
    auto usage = [&ctx](const QString &msg) -> std::optional<int> {
        return ctx.fail(ExitUsage, msg + QStringLiteral(" (see rostrum-cli --help)"));
    };
    for (int i = 0; i < args.size(); ++i) {
        const QString &arg = args.at(i);
        const bool hasValue = i + 1 < args.size();
        if (arg == QLatin1String("--input")) {
            if (!hasValue)
                return usage(QStringLiteral("--input needs a file"));
            a.input = args.at(++i);
        } else if (arg == QLatin1String("--output")) {
            if (!hasValue)
                return usage(QStringLiteral("--output needs a file"));
            a.output = args.at(++i);
        } else if (arg == QLatin1String("--concurrency")) {
            bool ok = false;
            a.concurrency = hasValue ? args.at(++i).toInt(&ok) : 0;
            if (!ok || a.concurrency < 1)
                return usage(QStringLiteral("--concurrency takes a whole number ≥ 1"));
        } else {
            return usage(QStringLiteral("unknown argument \"%1\" for batch").arg(arg));
        }
    }
    if (a.input.isEmpty())
        return usage(QStringLiteral("batch needs --input FILE.jsonl"));
    return std::nullopt;
}

struct Entry
{
    int line = 0;
    QJsonValue id;
    std::optional<ChatRequest> request;
    RequestScheduler::Priority priority = RequestScheduler::Priority::Normal;
    QString invalid; // why the line is not a request
    QPointer<ChatHandle> handle;
    std::optional<QJsonObject> out;
    ErrorClass error = ErrorClass::None;
};

Entry parseLine(const QByteArray &raw, int line)
{
    Entry e;
    e.line = line;
    QJsonParseError pe;
    const QJsonDocument doc = QJsonDocument::fromJson(raw, &pe);
    if (pe.error != QJsonParseError::NoError || !doc.isObject()) {
        e.invalid = pe.error != QJsonParseError::NoError
            ? QStringLiteral("not JSON (%1 at offset %2)").arg(pe.errorString()).arg(pe.offset)
            : QStringLiteral("not a JSON object");
        return e;
    }
    const QJsonObject o = doc.object();
    e.id = o.value(QLatin1String("id"));
    if (!e.id.isString() && !e.id.isDouble()) {
        e.id = QJsonValue(QJsonValue::Null);
        e.invalid = QStringLiteral("\"id\" must be a string");
        return e;
    }
    for (auto it = o.begin(); it != o.end(); ++it) {
        if (it.key() != QLatin1String("id") && it.key() != QLatin1String("priority")
            && it.key() != QLatin1String("body")) {
            e.invalid = QStringLiteral("unknown field \"%1\" (a line has id, priority, body)").arg(it.key());
            return e;
        }
    }
    const auto priority = RequestScheduler::priorityFromName(o.value(QLatin1String("priority")).toString());
    if (!priority || (o.contains(QLatin1String("priority")) && !o.value(QLatin1String("priority")).isString())) {
        e.invalid = QStringLiteral("\"priority\" must be high, normal or low");
        return e;
    }
    e.priority = *priority;
    if (!o.value(QLatin1String("body")).isObject()) {
        e.invalid = QStringLiteral("\"body\" must be a chat completion request object");
        return e;
    }
    QString why;
    e.request = ChatRequest::fromJson(o.value(QLatin1String("body")).toObject(), &why);
    if (!e.request) {
        e.invalid = why;
        return e;
    }
    if (const QString problem = e.request->validate(); !problem.isEmpty()) {
        e.request.reset();
        e.invalid = problem;
    }
    return e;
}

QJsonObject errorLine(const QJsonValue &id, const QString &cls, int status, const QString &message, int attempts,
                      int line = 0)
{
    QJsonObject err {
        {QStringLiteral("class"), cls}, {QStringLiteral("status"), status}, {QStringLiteral("message"), message}};
    if (line > 0)
        err.insert(QStringLiteral("line"), line);
    return {{QStringLiteral("id"), id},
            {QStringLiteral("ok"), false},
            {QStringLiteral("error"), err},
            {QStringLiteral("attempts"), attempts}};
}

} // namespace

int runBatch(CliContext &ctx)
{
    BatchArgs a;
    if (auto rc = parseBatchArgs(ctx, a))
        return *rc;

    QFile in(a.input);
    if (!in.open(QIODevice::ReadOnly))
        return ctx.fail(ExitUsage, QStringLiteral("cannot read %1: %2").arg(a.input, in.errorString()));
    std::vector<Entry> entries;
    int lineNo = 0;
    while (!in.atEnd()) {
        const QByteArray raw = in.readLine();
        ++lineNo;
        if (raw.trimmed().isEmpty())
            continue; // blank lines carry nothing, and produce nothing
        entries.push_back(parseLine(raw, lineNo));
    }
    in.close();

    const QString key = ctx.apiKey();
    if (key.isEmpty())
        return ctx.fail(ExitAuth,
                        QStringLiteral("no API key: set MISTRAL_API_KEY, or store one with \"rostrum-cli key set\""));

    QFile outFile;
    if (a.output.isEmpty()) {
        if (!outFile.open(stdout, QIODevice::WriteOnly))
            return ctx.fail(ExitInternal, QStringLiteral("cannot write to stdout"));
    } else {
        outFile.setFileName(a.output);
        if (!outFile.open(QIODevice::WriteOnly | QIODevice::Truncate))
            return ctx.fail(ExitUsage, QStringLiteral("cannot write %1: %2").arg(a.output, outFile.errorString()));
    }

    CliServices services(ctx, key);
    services.scheduler()->setMaxConcurrent(a.concurrency);

    const int total = int(entries.size());
    size_t nextToWrite = 0;
    int done = 0, failed = 0;
    bool interrupted = false;
    bool authFailed = false;

    // Lines go out in input order, each as soon as every line before it is written.
    auto flush = [&] {
        while (nextToWrite < entries.size() && entries[nextToWrite].out) {
            outFile.write(QJsonDocument(*entries[nextToWrite].out).toJson(QJsonDocument::Compact));
            outFile.write("\n");
            ++nextToWrite;
        }
        outFile.flush();
        if (nextToWrite == entries.size())
            QCoreApplication::exit(0);
    };
    auto report = [&](const Entry &e) {
        ++done;
        if (e.error != ErrorClass::None)
            ++failed;
        ctx.note(QStringLiteral("batch: %1/%2 done, %3 failed (line %4 %5)")
                     .arg(done)
                     .arg(total)
                     .arg(failed)
                     .arg(e.line)
                     .arg(e.error == ErrorClass::None ? QStringLiteral("ok")
                              : !e.invalid.isEmpty()  ? QStringLiteral("invalid_input")
                                                      : ApiError::className(e.error)));
    };
    auto cancelAll = [&] {
        for (auto &e : entries) {
            if (e.handle && !e.handle->isEnded())
                e.handle->cancel();
        }
    };

    for (auto &e : entries) {
        if (!e.request) {
            e.error = ErrorClass::InvalidRequest;
            e.out = errorLine(e.id, QStringLiteral("invalid_input"), 0,
                              QStringLiteral("line %1: %2").arg(e.line).arg(e.invalid), 0, e.line);
            continue;
        }
        ChatOptions opt;
        opt.priority = e.priority;
        opt.purpose = QStringLiteral("batch");
        opt.allowCache = !ctx.options.noCache;
        Entry *entry = &e;
        ChatHandle *h = services.chat()->submit(*e.request, opt);
        e.handle = h;
        QObject::connect(h, &ChatHandle::finished, h, [&, entry](const ChatResult &r, const UsageRecord &u) {
            entry->out =
                QJsonObject {{QStringLiteral("id"), entry->id},
                             {QStringLiteral("ok"), true},
                             {QStringLiteral("text"), r.text},
                             {QStringLiteral("usage"),
                              QJsonObject {{QStringLiteral("prompt_tokens"), u.promptTokens},
                                           {QStringLiteral("completion_tokens"), u.completionTokens},
                                           {QStringLiteral("total_tokens"), u.promptTokens + u.completionTokens}}},
                             {QStringLiteral("cost_usd"), services.costUsd(u)},
                             {QStringLiteral("latency_ms"), u.latencyMs},
                             {QStringLiteral("attempts"), u.attempts}};
            report(*entry);
            flush();
        });
        QObject::connect(
            h, &ChatHandle::failed, h, [&, entry](const ApiError &err, const ChatResult &, const UsageRecord &u) {
                entry->error = err.errorClass;
                entry->out = errorLine(entry->id, err.className(), err.httpStatus, err.userMessage(), u.attempts);
                report(*entry);
                if (err.errorClass == ErrorClass::Auth && !authFailed) {
                    // Every other request would be refused the same way.
                    authFailed = true;
                    cancelAll();
                }
                flush();
            });
    }
    QObject::connect(services.limiter(), &RateLimiter::waiting, services.limiter(),
                     [&](RateLimiter::WaitReason reason, qint64 etaMs) {
                         if (etaMs > 2000)
                             ctx.note(QStringLiteral("batch: waiting %1 s for the rate limit (%2)")
                                          .arg(double(etaMs) / 1000.0, 0, 'f', 1)
                                          .arg(RateLimiter::reasonName(reason)));
                     });
    services.onInterrupt([&] {
        interrupted = true;
        cancelAll();
    });

    for (const auto &e : entries) {
        if (!e.request)
            report(e);
    }
    if (nextToWrite < entries.size()) {
        flush();
        if (nextToWrite < entries.size())
            QCoreApplication::exec();
    }
    outFile.close();

    bool anyGaveUp = false, anyPlan = false, anyBadInput = false;
    for (const auto &e : entries) {
        const int code = e.error == ErrorClass::None ? ExitOk : CliServices::exitCodeFor(ApiError::make(e.error));
        anyGaveUp = anyGaveUp || code == ExitGaveUp;
        anyPlan = anyPlan || code == ExitPlan;
        anyBadInput = anyBadInput || code == ExitUsage;
    }
    if (interrupted)
        return ctx.fail(ExitInterrupted,
                        QStringLiteral("interrupted: %1 of %2 lines answered; the rest are marked cancelled")
                            .arg(done - failed)
                            .arg(total));
    if (authFailed)
        return ctx.fail(ExitAuth,
                        QStringLiteral("the API key was refused; check MISTRAL_API_KEY or \"rostrum-cli key set\""));
    if (anyPlan)
        return ctx.fail(
            ExitPlan,
            QStringLiteral("%1 of %2 lines failed; your plan has no quota for a model used").arg(failed).arg(total));
    if (anyGaveUp)
        return ctx.fail(ExitGaveUp,
                        QStringLiteral("%1 of %2 lines failed after retries (see their error)").arg(failed).arg(total));
    if (anyBadInput)
        return ctx.fail(ExitUsage,
                        QStringLiteral("%1 of %2 lines were invalid (see their error)").arg(failed).arg(total));
    return ExitOk;
}

} // namespace rostrum::cli
