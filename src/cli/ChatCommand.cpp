#include "CliContext.h"
#include "CliServices.h"
#include "WaitNotice.h"

#include "flow/ChatService.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cstdio>

namespace rostrum::cli {

namespace {

struct ChatArgs
{
    QString model = QStringLiteral("mistral-small-latest");
    QString system;
    std::optional<double> temperature;
    std::optional<int> maxTokens;
    std::optional<qint64> seed;
    bool stream = true;
    QString prompt;
    bool promptFromStdin = false;
};

std::optional<int> parseChatArgs(CliContext &ctx, ChatArgs &a)
{
    const QStringList &args = ctx.commandArgs;
    auto usage = [&ctx](const QString &msg) -> std::optional<int> {
        return ctx.fail(ExitUsage, msg + QStringLiteral(" (see rostrum-cli --help)"));
    };
    QStringList positional;
    for (int i = 0; i < args.size(); ++i) {
        const QString &arg = args.at(i);
        auto value = [&](QString *out) {
            if (i + 1 >= args.size())
                return false;
            *out = args.at(++i);
            return true;
        };
        QString v;
        bool ok = false;
        if (arg == QLatin1String("--model")) {
            if (!value(&a.model) || a.model.isEmpty())
                return usage(QStringLiteral("--model needs a name"));
        } else if (arg == QLatin1String("--system")) {
            if (!value(&a.system))
                return usage(QStringLiteral("--system needs a text"));
        } else if (arg == QLatin1String("--temperature")) {
            const double t = value(&v) ? v.toDouble(&ok) : 0;
            if (!ok || t < 0 || t > 1.5)
                return usage(QStringLiteral("--temperature takes a number from 0 to 1.5"));
            a.temperature = t;
        } else if (arg == QLatin1String("--max-tokens")) {
            const int n = value(&v) ? v.toInt(&ok) : 0;
            if (!ok || n < 1)
                return usage(QStringLiteral("--max-tokens takes a whole number ≥ 1"));
            a.maxTokens = n;
        } else if (arg == QLatin1String("--seed")) {
            const qint64 n = value(&v) ? v.toLongLong(&ok) : 0;
            if (!ok || n < 0)
                return usage(QStringLiteral("--seed takes a whole number ≥ 0"));
            a.seed = n;
        } else if (arg == QLatin1String("--no-stream")) {
            a.stream = false;
        } else if (arg == QLatin1String("--")) {
            positional << args.mid(i + 1);
            break;
        } else if (arg.startsWith(QLatin1Char('-')) && arg != QLatin1String("-")) {
            return usage(QStringLiteral("unknown option \"%1\" for chat").arg(arg));
        } else {
            positional << arg;
        }
    }
    if (positional.size() > 1)
        return usage(QStringLiteral("chat takes one prompt (quote it), or - to read it from stdin"));
    if (positional.isEmpty())
        return usage(QStringLiteral("chat needs a prompt, or - to read it from stdin"));
    if (positional.first() == QLatin1String("-")) {
        QFile in;
        if (!in.open(stdin, QIODevice::ReadOnly))
            return usage(QStringLiteral("cannot read the prompt from stdin"));
        a.prompt = QString::fromUtf8(in.readAll());
        a.promptFromStdin = true;
    } else {
        a.prompt = positional.first();
    }
    if (a.prompt.trimmed().isEmpty())
        return usage(QStringLiteral("the prompt is empty"));
    return std::nullopt;
}

ChatRequest requestFrom(const ChatArgs &a)
{
    ChatRequest req;
    req.model = a.model;
    if (!a.system.isEmpty())
        req.messages << ChatMessage::system(a.system);
    req.messages << ChatMessage::user(a.prompt);
    req.temperature = a.temperature;
    req.maxTokens = a.maxTokens;
    req.randomSeed = a.seed;
    req.stream = a.stream;
    return req;
}

// The --json document of an answer (a partial one on failure).
QJsonObject resultJson(const ChatResult &r, const UsageRecord &u, const QString &requestedModel,
                       const CliServices &services)
{
    QJsonObject doc;
    doc.insert(QStringLiteral("model"), r.model.isEmpty() ? requestedModel : r.model);
    doc.insert(QStringLiteral("text"), r.text);
    doc.insert(QStringLiteral("finish_reason"),
               r.finishReason.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(r.finishReason));
    doc.insert(QStringLiteral("usage"),
               QJsonObject {{QStringLiteral("prompt_tokens"), u.promptTokens},
                            {QStringLiteral("completion_tokens"), u.completionTokens},
                            {QStringLiteral("total_tokens"), u.promptTokens + u.completionTokens}});
    doc.insert(QStringLiteral("cost_usd"), services.costUsd(u));
    doc.insert(QStringLiteral("latency_ms"), u.latencyMs);
    doc.insert(QStringLiteral("ttft_ms"), u.ttftMs);
    doc.insert(QStringLiteral("attempts"), u.attempts);
    doc.insert(QStringLiteral("waited_ms"), u.waitedMs);
    doc.insert(QStringLiteral("cached"), u.cached);
    if (!r.thinking.isEmpty())
        doc.insert(QStringLiteral("thinking"), r.thinking);
    if (!r.toolCalls.isEmpty()) {
        QJsonArray calls;
        for (const auto &c : r.toolCalls)
            calls.append(c.toJson());
        doc.insert(QStringLiteral("tool_calls"), calls);
    }
    return doc;
}

// Prints the answer's text as it streams in (text mode), and notes restarts and waits on stderr.
struct StreamPrinter
{
    CliContext &ctx;
    bool printedText = false;

    void follow(ChatHandle *h)
    {
        // One write per batch of network data, not per token: a stream's call hands on the text of one
        // network read as one delta, so it is written at once (a queued flush would cost a wake-up of
        // this thread per read).
        QObject::connect(h, &ChatHandle::textDelta, h, [this](const QString &t) {
            ctx.out() << t;
            ctx.out().flush();
            printedText = true;
        });
        QObject::connect(h, &ChatHandle::textReset, h, [this] {
            if (printedText)
                ctx.out() << Qt::endl;
            printedText = false;
            ctx.note(QStringLiteral("(the answer restarts from the beginning)"));
        });
    }
};

} // namespace

int runChat(CliContext &ctx)
{
    ChatArgs a;
    if (auto rc = parseChatArgs(ctx, a))
        return *rc;

    const QString key = ctx.apiKey();
    if (key.isEmpty())
        return ctx.failNoKey();
    const ChatRequest req = requestFrom(a);
    if (const QString problem = req.validate(); !problem.isEmpty())
        return ctx.fail(ExitUsage, problem);

    CliServices services(ctx, key);
    ChatOptions opt;
    opt.purpose = QStringLiteral("chat");
    opt.allowCache = !ctx.options.noCache;
    ChatHandle *h = services.chat()->submit(req, opt);

    const bool json = ctx.options.json;
    StreamPrinter printer {ctx};
    if (!json)
        printer.follow(h);
    // Waits (the rate limiter, a retry delay) count down on stderr.
    WaitNotice waits(ctx, services.clock());
    QObject::connect(h, &ChatHandle::progress, &waits, &WaitNotice::onProgress);
    int rc = ExitOk;
    QString failure;
    QJsonObject doc;
    QObject::connect(h, &ChatHandle::finished, h, [&](const ChatResult &r, const UsageRecord &u) {
        if (json) // only --json prints it; a long answer would be copied for nothing
            doc = resultJson(r, u, req.model, services);
        QCoreApplication::exit(0);
    });
    QObject::connect(h, &ChatHandle::failed, h,
                     [&](const ApiError &e, const ChatResult &partial, const UsageRecord &u) {
                         rc = exitCodeFor(e);
                         doc = resultJson(partial, u, req.model, services);
                         doc.insert(QStringLiteral("error"),
                                    QJsonObject {{QStringLiteral("class"), e.className()},
                                                 {QStringLiteral("status"), e.httpStatus},
                                                 {QStringLiteral("message"), e.userMessage()}});
                         if (e.errorClass == ErrorClass::Cancelled)
                             failure = partial.text.isEmpty()
                                 ? QStringLiteral("interrupted before any answer arrived")
                                 : QStringLiteral("interrupted; the partial answer (%1 characters) is printed")
                                       .arg(partial.text.size());
                         else
                             failure = e.userMessage();
                         QCoreApplication::exit(0);
                     });
    services.onInterrupt([h] { h->cancel(); });

    QCoreApplication::exec();

    if (json) {
        // Printed on failure too, so an interrupted answer is not lost.
        ctx.out() << QString::fromUtf8(QJsonDocument(doc).toJson(QJsonDocument::Compact)) << Qt::endl;
    } else if (printer.printedText) {
        ctx.out() << Qt::endl;
    }
    ctx.out().flush();
    if (rc != ExitOk)
        return ctx.fail(rc, failure);
    return ExitOk;
}

} // namespace rostrum::cli
