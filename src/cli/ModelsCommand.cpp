// rostrum-cli models: the model catalog (shipped table, last API refresh, user overrides).

#include "CliContext.h"
#include "CliServices.h"

#include "api/MistralClient.h"
#include "api/ModelsCall.h"
#include "models/ModelCatalog.h"

#include <QCoreApplication>
#include <QDir>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>

#include <algorithm>

namespace rostrum::cli {

namespace {

QString priceText(const std::optional<double> &p)
{
    return p ? QString::number(*p, 'g', 6) : QStringLiteral("unknown");
}

// Asks GET /v1/models which models exist; keeps the answer in the data folder for later runs.
int refresh(CliContext &ctx, ModelCatalog &catalog)
{
    const QString key = ctx.apiKey();
    if (key.isEmpty())
        return ctx.fail(ExitAuth,
                        QStringLiteral("models --refresh needs an API key: set MISTRAL_API_KEY or run "
                                       "`rostrum-cli key set`"));
    CliServices services(ctx, key, CliServices::Storage::None);
    ModelsCall *call = services.client()->listModels();
    QEventLoop loop;
    QJsonArray models;
    std::optional<ApiError> failure;
    QObject::connect(call, &ModelsCall::finished, &loop, [&](const QJsonArray &m) { models = m; });
    QObject::connect(call, &ModelsCall::failed, &loop, [&](const ApiError &e) { failure = e; });
    QObject::connect(call, &ApiCall::ended, &loop, &QEventLoop::quit);
    loop.exec();
    delete call;
    if (failure)
        return ctx.fail(exitCodeFor(*failure),
                        QStringLiteral("cannot list the models: %1").arg(failure->userMessage()));
    QString error;
    if (!ModelCatalog::saveApiSnapshot(models, ctx.options.dataDir, &error))
        ctx.note(QStringLiteral("the model list could not be saved in %1: %2").arg(ctx.options.dataDir, error));
    catalog.applyApiModels(models);
    // The user's overrides still win over what the API said.
    catalog.loadOverrideFile(ModelCatalog::userOverridePath());
    ctx.note(QStringLiteral("%1 models listed by the API").arg(models.size()));
    return ExitOk;
}

} // namespace

int runModels(CliContext &ctx)
{
    bool doRefresh = false;
    for (const QString &arg : std::as_const(ctx.commandArgs)) {
        if (arg == QLatin1String("--refresh"))
            doRefresh = true;
        else if (arg == QLatin1String("--json"))
            ctx.options.json = true;
        else
            return ctx.fail(ExitUsage,
                            QStringLiteral("models: unknown option \"%1\" (see rostrum-cli --help)").arg(arg));
    }
    ModelCatalog catalog;
    if (!catalog.loadDefaults(ctx.options.dataDir))
        return ctx.fail(ExitInternal, QStringLiteral("the built-in model table cannot be read"));
    for (const QString &w : catalog.warnings())
        ctx.note(w);
    if (doRefresh) {
        if (const int rc = refresh(ctx, catalog); rc != ExitOk)
            return rc;
    }

    QList<ModelInfo> models = catalog.models();
    std::sort(models.begin(), models.end(), [](const ModelInfo &a, const ModelInfo &b) { return a.id < b.id; });
    if (ctx.options.json) {
        QJsonArray a;
        for (const ModelInfo &m : std::as_const(models))
            a.append(m.toJson());
        ctx.out() << QString::fromUtf8(QJsonDocument(a).toJson(QJsonDocument::Indented));
        return ExitOk;
    }
    ctx.out() << QStringLiteral(
                     "Prices in USD per million tokens (input / output), table of %1; your overrides: %2\n\n")
                     .arg(catalog.pricesAsOf().toString(Qt::ISODate),
                          QDir::toNativeSeparators(ModelCatalog::userOverridePath()));
    for (const ModelInfo &m : std::as_const(models)) {
        ctx.out() << m.id;
        if (!m.aliases.isEmpty())
            ctx.out() << " (" << m.aliases.join(QStringLiteral(", ")) << ")";
        ctx.out() << "\n  context "
                  << (m.contextTokens > 0 ? QString::number(m.contextTokens) : QStringLiteral("unknown")) << ", price "
                  << priceText(m.inputUsdPerMTok) << " / " << priceText(m.outputUsdPerMTok);
        if (m.priceKnown() && m.pricesAsOf.isValid())
            ctx.out() << " (as of " << m.pricesAsOf.toString(Qt::ISODate) << ")";
        ctx.out() << ", tokenizer " << m.tokenizer << (m.tokenizerExact ? "" : " (estimate)");
        if (!m.capabilities.isEmpty())
            ctx.out() << "\n  " << m.capabilities.join(QStringLiteral(", "));
        if (m.isDeprecated()) {
            ctx.out() << "\n  deprecated " << m.deprecated.toString(Qt::ISODate);
            if (m.retires.isValid())
                ctx.out() << ", retires " << m.retires.toString(Qt::ISODate);
            if (!m.replacement.isEmpty())
                ctx.out() << ", use " << m.replacement;
        }
        if (m.listedByApi.has_value() && !*m.listedByApi)
            ctx.out() << "\n  not listed by the API at the last refresh";
        ctx.out() << "\n";
    }
    return ExitOk;
}

} // namespace rostrum::cli
