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

// Reads the input file: one entry per non-blank line, parsed (or marked invalid) up front.
std::optional<int> readEntries(CliContext &ctx, const QString &path, std::vector<Entry> &entries)
{
    QFile in(path);
    if (!in.open(QIODevice::ReadOnly))
        return ctx.fail(ExitUsage, QStringLiteral("cannot read %1: %2").arg(path, in.errorString()));
    int lineNo = 0;
    while (!in.atEnd()) {
        const QByteArray raw = in.readLine();
        ++lineNo;
        if (raw.trimmed().isEmpty())
            continue; // blank lines carry nothing, and produce nothing
        entries.push_back(parseLine(raw, lineNo));
    }
    return std::nullopt;
}

// Opens --output, or stdout without it.
std::optional<int> openOutput(CliContext &ctx, const QString &path, QFile &out)
{
    if (path.isEmpty()) {
        if (!out.open(stdout, QIODevice::WriteOnly))
            return ctx.fail(ExitInternal, QStringLiteral("cannot write to stdout"));
    } else {
        out.setFileName(path);
        if (!out.open(QIODevice::WriteOnly | QIODevice::Truncate))
            return ctx.fail(ExitUsage, QStringLiteral("cannot write %1: %2").arg(path, out.errorString()));
    }
    return std::nullopt;
}

// One batch on its way: submits every valid line, writes the answers in input order as they come, reports
// progress on stderr, stops everything on a refused key or an interrupt, and tells the exit code.
class BatchRun
{
public:
    BatchRun(CliContext &ctx, CliServices &services, QFile &out, std::vector<Entry> &entries)
        : m_ctx(ctx)
        , m_services(services)
        , m_out(out)
        , m_entries(entries)
        , m_total(int(entries.size()))
    { }

    int exec()
    {
        for (auto &e : m_entries)
            submit(e);
        QObject::connect(m_services.limiter(), &RateLimiter::waiting, m_services.limiter(),
                         [this](RateLimiter::WaitReason reason, qint64 etaMs) {
                             if (etaMs > 2000)
                                 m_ctx.note(QStringLiteral("batch: waiting %1 s for the rate limit (%2)")
                                                .arg(double(etaMs) / 1000.0, 0, 'f', 1)
                                                .arg(RateLimiter::reasonName(reason)));
                         });
        m_services.onInterrupt([this] {
            m_interrupted = true;
            cancelAll();
        });
        for (const auto &e : m_entries) {
            if (!e.request)
                report(e);
        }
        if (m_nextToWrite < m_entries.size()) {
            flush();
            if (m_nextToWrite < m_entries.size())
                QCoreApplication::exec();
        }
        m_out.close();
        return exitCode();
    }

private:
    void submit(Entry &e)
    {
        if (!e.request) {
            e.error = ErrorClass::InvalidRequest;
            e.out = errorLine(e.id, QStringLiteral("invalid_input"), 0,
                              QStringLiteral("line %1: %2").arg(e.line).arg(e.invalid), 0, e.line);
            return;
        }
        ChatOptions opt;
        opt.priority = e.priority;
        opt.purpose = QStringLiteral("batch");
        opt.allowCache = !m_ctx.options.noCache;
        Entry *entry = &e;
        ChatHandle *h = m_services.chat()->submit(*e.request, opt);
        e.handle = h;
        QObject::connect(h, &ChatHandle::finished, h, [this, entry](const ChatResult &r, const UsageRecord &u) {
            entry->out = answerLine(*entry, r, u);
            report(*entry);
            flush();
        });
        QObject::connect(
            h, &ChatHandle::failed, h, [this, entry](const ApiError &err, const ChatResult &, const UsageRecord &u) {
                entry->error = err.errorClass;
                entry->out = errorLine(entry->id, err.className(), err.httpStatus, err.userMessage(), u.attempts);
                report(*entry);
                if (err.errorClass == ErrorClass::Auth && !m_authFailed) {
                    // Every other request would be refused the same way.
                    m_authFailed = true;
                    cancelAll();
                }
                flush();
            });
    }

    QJsonObject answerLine(const Entry &e, const ChatResult &r, const UsageRecord &u) const
    {
        return {{QStringLiteral("id"), e.id},
                {QStringLiteral("ok"), true},
                {QStringLiteral("text"), r.text},
                {QStringLiteral("usage"),
                 QJsonObject {{QStringLiteral("prompt_tokens"), u.promptTokens},
                              {QStringLiteral("completion_tokens"), u.completionTokens},
                              {QStringLiteral("total_tokens"), u.promptTokens + u.completionTokens}}},
                {QStringLiteral("cost_usd"), m_services.costUsd(u)},
                {QStringLiteral("latency_ms"), u.latencyMs},
                {QStringLiteral("attempts"), u.attempts}};
    }

    // Lines go out in input order, each as soon as every line before it is written.
    void flush()
    {
        while (m_nextToWrite < m_entries.size() && m_entries[m_nextToWrite].out) {
            m_out.write(QJsonDocument(*m_entries[m_nextToWrite].out).toJson(QJsonDocument::Compact));
            m_out.write("\n");
            ++m_nextToWrite;
        }
        m_out.flush();
        if (m_nextToWrite == m_entries.size())
            QCoreApplication::exit(0);
    }

    void report(const Entry &e)
    {
        ++m_done;
        if (e.error != ErrorClass::None)
            ++m_failed;
        m_ctx.note(QStringLiteral("batch: %1/%2 done, %3 failed (line %4 %5)")
                       .arg(m_done)
                       .arg(m_total)
                       .arg(m_failed)
                       .arg(e.line)
                       .arg(e.error == ErrorClass::None ? QStringLiteral("ok")
                                : !e.invalid.isEmpty()  ? QStringLiteral("invalid_input")
                                                        : ApiError::className(e.error)));
    }

    void cancelAll()
    {
        for (auto &e : m_entries) {
            if (e.handle && !e.handle->isEnded())
                e.handle->cancel();
        }
    }

    // The most serious outcome wins: interrupted, refused key, no quota, gave up, invalid lines.
    int exitCode() const
    {
        bool anyGaveUp = false, anyPlan = false, anyBadInput = false;
        for (const auto &e : m_entries) {
            const int code = e.error == ErrorClass::None ? ExitOk : exitCodeFor(e.error);
            anyGaveUp = anyGaveUp || code == ExitGaveUp;
            anyPlan = anyPlan || code == ExitPlan;
            anyBadInput = anyBadInput || code == ExitUsage;
        }
        if (m_interrupted)
            return m_ctx.fail(ExitInterrupted,
                              QStringLiteral("interrupted: %1 of %2 lines answered; the rest are marked cancelled")
                                  .arg(m_done - m_failed)
                                  .arg(m_total));
        if (m_authFailed)
            return m_ctx.fail(
                ExitAuth, QStringLiteral("the API key was refused; check MISTRAL_API_KEY or \"rostrum-cli key set\""));
        if (anyPlan)
            return m_ctx.fail(ExitPlan,
                              QStringLiteral("%1 of %2 lines failed; your plan has no quota for a model used")
                                  .arg(m_failed)
                                  .arg(m_total));
        if (anyGaveUp)
            return m_ctx.fail(
                ExitGaveUp,
                QStringLiteral("%1 of %2 lines failed after retries (see their error)").arg(m_failed).arg(m_total));
        if (anyBadInput)
            return m_ctx.fail(
                ExitUsage, QStringLiteral("%1 of %2 lines were invalid (see their error)").arg(m_failed).arg(m_total));
        return ExitOk;
    }

    CliContext &m_ctx;
    CliServices &m_services;
    QFile &m_out;
    std::vector<Entry> &m_entries;
    const int m_total;
    size_t m_nextToWrite = 0;
    int m_done = 0;
    int m_failed = 0;
    bool m_interrupted = false;
    bool m_authFailed = false;
};

} // namespace

int runBatch(CliContext &ctx)
{
    BatchArgs a;
    if (auto rc = parseBatchArgs(ctx, a))
        return *rc;
    std::vector<Entry> entries;
    if (auto rc = readEntries(ctx, a.input, entries))
        return *rc;

    const QString key = ctx.apiKey();
    if (key.isEmpty())
        return ctx.failNoKey();
    QFile outFile;
    if (auto rc = openOutput(ctx, a.output, outFile))
        return *rc;

    CliServices services(ctx, key);
    services.scheduler()->setMaxConcurrent(a.concurrency);
    return BatchRun(ctx, services, outFile, entries).exec();
}

} // namespace rostrum::cli
