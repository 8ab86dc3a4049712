#include "CliContext.h"

#include "tokens/TokenCounter.h"
#include "tokens/TokenizerRegistry.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cstdio>

namespace rostrum::cli {

namespace {

struct TokensArgs
{
    QString model;
    QString input;
    bool chat = false;
    bool withIds = false;
};

std::optional<int> parseTokensArgs(CliContext &ctx, TokensArgs &t)
{
    const QStringList &args = ctx.commandArgs;
    for (qsizetype i = 0; i < args.size(); ++i) {
        const QString &a = args.at(i);
        if (a == QLatin1String("--model") || a.startsWith(QLatin1String("--model="))) {
            if (a.contains(QLatin1Char('='))) {
                t.model = a.section(QLatin1Char('='), 1);
            } else if (i + 1 < args.size()) {
                t.model = args.at(++i);
            } else {
                return ctx.fail(ExitUsage, QStringLiteral("--model needs a model id (see rostrum-cli --help)"));
            }
            if (t.model.isEmpty())
                return ctx.fail(ExitUsage, QStringLiteral("--model needs a model id (see rostrum-cli --help)"));
        } else if (a == QLatin1String("--chat")) {
            t.chat = true;
        } else if (a == QLatin1String("--ids")) {
            t.withIds = true;
        } else if (a == QLatin1String("--")) {
            if (i + 1 < args.size() && t.input.isEmpty())
                t.input = args.at(++i);
        } else if (a.startsWith(QLatin1Char('-')) && a != QLatin1String("-")) {
            return ctx.fail(ExitUsage,
                            QStringLiteral("unknown option \"%1\" for tokens (see rostrum-cli --help)").arg(a));
        } else if (t.input.isEmpty()) {
            t.input = a;
        } else {
            return ctx.fail(ExitUsage, QStringLiteral("tokens takes one FILE (or - for standard input)"));
        }
    }
    return std::nullopt;
}

std::optional<int> readInput(CliContext &ctx, const QString &input, QByteArray &bytes)
{
    QFile in;
    if (input.isEmpty() || input == QLatin1String("-")) {
        if (!in.open(stdin, QIODevice::ReadOnly))
            return ctx.fail(ExitUsage, QStringLiteral("cannot read standard input"));
    } else {
        in.setFileName(input);
        if (!in.open(QIODevice::ReadOnly))
            return ctx.fail(ExitUsage, QStringLiteral("cannot read %1: %2").arg(input, in.errorString()));
    }
    bytes = in.readAll();
    return std::nullopt;
}

// --chat: a messages array, or a request body {"model": ..., "messages": [...], "tools": [...]}, laid out with
// the model's chat template (the body's model when no --model was given).
std::optional<int> countChat(CliContext &ctx, const QByteArray &bytes, TokensArgs &t, const TokenCounter &counter,
                             const TokenizerChoice &choice, TokenCounter::Ids ids, TokenCount &count)
{
    QJsonParseError err;
    const auto doc = QJsonDocument::fromJson(bytes, &err);
    if (doc.isNull())
        return ctx.fail(
            ExitUsage,
            QStringLiteral("--chat input is not JSON: %1 at offset %2").arg(err.errorString()).arg(err.offset));
    QJsonArray messages, tools;
    if (doc.isArray()) {
        messages = doc.array();
    } else {
        messages = doc.object().value(QStringLiteral("messages")).toArray();
        tools = doc.object().value(QStringLiteral("tools")).toArray();
        if (t.model.isEmpty() && doc.object().value(QStringLiteral("model")).isString())
            t.model = doc.object().value(QStringLiteral("model")).toString();
    }
    for (const auto &m : messages) {
        if (!m.isObject() || !m.toObject().value(QStringLiteral("role")).isString())
            return ctx.fail(ExitUsage, QStringLiteral("--chat input: every message needs a \"role\""));
    }
    if (messages.isEmpty())
        return ctx.fail(ExitUsage, QStringLiteral("--chat input has no messages"));
    count = counter.countMessages(messages, t.model.isEmpty() ? choice : counter.choiceFor(t.model), tools, ids);
    return std::nullopt;
}

void printCount(CliContext &ctx, const TokenCount &count, bool withIds)
{
    if (ctx.options.json) {
        QJsonObject o {{QStringLiteral("tokens"), count.count},
                       {QStringLiteral("tokenizer"), count.tokenizer},
                       {QStringLiteral("exact"), count.exact}};
        if (withIds) {
            QJsonArray a;
            for (int id : count.ids)
                a.append(id);
            o.insert(QStringLiteral("ids"), a);
        }
        ctx.out() << QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact)) << Qt::endl;
        return;
    }
    QString why;
    if (!count.exact) {
        why = count.tokenizer == QLatin1String("heuristic")
            ? QStringLiteral(": no tokenizer data in this build, characters/4 (or /3)")
            : QStringLiteral(": this model's tokenizer is not published");
    }
    ctx.out() << count.count << (count.count == 1 ? " token" : " tokens") << " ("
              << (count.exact ? "exact" : "estimate") << ", " << count.tokenizer << why << ")" << Qt::endl;
    if (withIds) {
        if (count.ids.isEmpty() && count.count > 0) {
            ctx.note(QStringLiteral("no ids: the heuristic estimate has none"));
        } else {
            QStringList parts;
            for (int id : count.ids)
                parts << QString::number(id);
            ctx.out() << parts.join(QLatin1Char(' ')) << Qt::endl;
        }
    }
}

} // namespace

// rostrum-cli tokens [--model M] [--chat] [--ids] [--json] [FILE | -]
// Counts the tokens of a text (or, with --chat, of a JSON messages array laid out with the model's chat
// template) and says which tokenizer counted and whether the count is exact or an estimate.
int runTokens(CliContext &ctx)
{
    TokensArgs t;
    if (auto rc = parseTokensArgs(ctx, t))
        return *rc;
    QByteArray bytes;
    if (auto rc = readInput(ctx, t.input, bytes))
        return *rc;

    TokenCounter counter;
    // Without --model: Tekken 240718, the tokenizer of current Mistral models, with the v3 layout.
    const TokenizerChoice choice =
        t.model.isEmpty() ? ModelTokenizers::fromName(QStringLiteral("tekken-240718")) : counter.choiceFor(t.model);
    const auto ids = t.withIds ? TokenCounter::Ids::Include : TokenCounter::Ids::Skip;

    TokenCount count;
    if (t.chat) {
        if (auto rc = countChat(ctx, bytes, t, counter, choice, ids, count))
            return *rc;
    } else {
        count = counter.countText(QString::fromUtf8(bytes), choice, ids);
    }
    if (!count.exact && count.tokenizer == QLatin1String("heuristic"))
        ctx.verbose(TokenizerRegistry::unavailableReason(choice.tokenizer));
    printCount(ctx, count, t.withIds);
    return ExitOk;
}

} // namespace rostrum::cli
