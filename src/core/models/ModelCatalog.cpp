#include "ModelCatalog.h"

#include "models/ModelsLogging.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QLocale>
#include <QSaveFile>
#include <QStandardPaths>

namespace rostrum {

namespace {

QStringList stringList(const QJsonValue &v)
{
    QStringList out;
    const QJsonArray a = v.toArray();
    for (const auto &e : a) {
        if (e.isString() && !e.toString().isEmpty())
            out << e.toString();
    }
    return out;
}

// Dates come as "2026-05-22", as an ISO date-time, or (in a few docs cards) "April 30, 2026".
QDate parseDate(const QJsonValue &v)
{
    if (!v.isString())
        return {};
    const QString s = v.toString().trimmed();
    QDate d = QDate::fromString(s.left(10), Qt::ISODate);
    if (!d.isValid())
        d = QDateTime::fromString(s, Qt::ISODate).date();
    if (!d.isValid())
        d = QLocale(QLocale::English).toDate(s, QStringLiteral("MMMM d, yyyy"));
    return d;
}

std::optional<double> price(const QJsonValue &v)
{
    if (v.isDouble() && v.toDouble() >= 0.0)
        return v.toDouble();
    return std::nullopt;
}

void mergeDerivedPrice(const QJsonObject &o, const char *key, bool livePriceGiven, std::optional<double> &field)
{
    if (o.contains(QLatin1String(key)))
        field = price(o.value(QLatin1String(key)));
    else if (livePriceGiven)
        field.reset();
}

} // namespace

ModelCatalog::ModelCatalog(QObject *parent)
    : QObject(parent)
{ }

bool ModelCatalog::loadDefaults(const QString &dataDir, const QString &overridePath)
{
    QString error;
    if (!loadShipped(&error)) {
        m_warnings << error;
        return false;
    }
    if (!dataDir.isEmpty()) {
        QFile f(apiSnapshotPath(dataDir));
        if (f.open(QIODevice::ReadOnly)) {
            const QJsonDocument doc = QJsonDocument::fromJson(f.readAll());
            if (doc.isObject())
                applyApiModels(doc.object().value(QStringLiteral("data")).toArray());
            else
                m_warnings
                    << QStringLiteral("%1 is not readable JSON; run `rostrum-cli models --refresh`").arg(f.fileName());
        }
    }
    if (!overridePath.isEmpty() && !loadOverrideFile(overridePath, &error))
        m_warnings << error;
    return true;
}

bool ModelCatalog::loadShipped(QString *error)
{
    QFile f(QStringLiteral(":/rostrum/models.json"));
    if (!f.open(QIODevice::ReadOnly)) {
        if (error)
            *error = QStringLiteral("the built-in model table is missing");
        return false;
    }
    m_models.clear();
    m_selection.clear();
    return mergeJson(f.readAll(), QStringLiteral("built-in table"), error);
}

bool ModelCatalog::loadOverrideFile(const QString &path, QString *error)
{
    QFile f(path);
    if (!f.exists())
        return true;
    if (!f.open(QIODevice::ReadOnly)) {
        if (error)
            *error = QStringLiteral("cannot read %1: %2").arg(path, f.errorString());
        return false;
    }
    return mergeJson(f.readAll(), path, error);
}

bool ModelCatalog::mergeJson(const QByteArray &json, const QString &origin, QString *error)
{
    QJsonParseError pe;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &pe);
    if (!doc.isObject()) {
        if (error)
            *error = QStringLiteral("%1: not a JSON object (%2)").arg(origin, pe.errorString());
        return false;
    }
    const QJsonObject root = doc.object();
    const QDate fileDate = parseDate(root.value(QStringLiteral("prices_as_of")));
    if (fileDate.isValid() && (!m_pricesAsOf.isValid() || fileDate > m_pricesAsOf))
        m_pricesAsOf = fileDate;
    const QJsonObject selection = root.value(QStringLiteral("selection")).toObject();
    for (auto it = selection.begin(); it != selection.end(); ++it) {
        if (it.value().isString())
            m_selection.insert(it.key(), it.value().toString());
    }
    bool ok = true;
    const QJsonArray list = root.value(QStringLiteral("models")).toArray();
    for (const auto &v : list) {
        QString entryError;
        if (!mergeEntry(v.toObject(), fileDate, origin, &entryError)) {
            ok = false;
            if (error)
                *error = entryError;
            m_warnings << entryError;
        }
    }
    emit changed();
    return ok;
}

bool ModelCatalog::mergeEntry(const QJsonObject &o, const QDate &fileDate, const QString &origin, QString *error)
{
    const QString id = o.value(QStringLiteral("id")).toString().trimmed();
    if (id.isEmpty()) {
        *error = QStringLiteral("%1: a model entry has no \"id\"").arg(origin);
        return false;
    }
    ModelInfo *m = &findOrAppend(findMutable(id), id);
    const QString canonical = m->id;
    auto has = [&o](const char *key) {
        return o.contains(QLatin1String(key));
    };

    if (has("name"))
        m->name = o.value(QStringLiteral("name")).toString();
    if (has("context"))
        m->contextTokens = o.value(QStringLiteral("context")).toInteger();
    const bool priceGiven = has("input_usd_per_mtok") || has("output_usd_per_mtok")
        || has("cached_input_usd_per_mtok") || has("batch_input_usd_per_mtok") || has("batch_output_usd_per_mtok");
    if (has("input_usd_per_mtok"))
        m->inputUsdPerMTok = price(o.value(QStringLiteral("input_usd_per_mtok")));
    if (has("output_usd_per_mtok"))
        m->outputUsdPerMTok = price(o.value(QStringLiteral("output_usd_per_mtok")));
    // A layer that sets a live price without the cached or batch figure has them follow the rule from its new
    // price, rather than keep a figure that belonged to the price it replaces.
    mergeDerivedPrice(o, "cached_input_usd_per_mtok", has("input_usd_per_mtok"), m->cachedInputUsdPerMTok);
    mergeDerivedPrice(o, "batch_input_usd_per_mtok", has("input_usd_per_mtok"), m->batchInputUsdPerMTok);
    mergeDerivedPrice(o, "batch_output_usd_per_mtok", has("output_usd_per_mtok"), m->batchOutputUsdPerMTok);
    if (priceGiven) {
        const QDate entryDate = parseDate(o.value(QStringLiteral("prices_as_of")));
        m->pricesAsOf = entryDate.isValid() ? entryDate : fileDate;
    }
    if (has("capabilities"))
        m->capabilities = stringList(o.value(QStringLiteral("capabilities")));
    if (has("strengths"))
        m->strengths = stringList(o.value(QStringLiteral("strengths")));
    if (has("tokenizer"))
        m->tokenizer = o.value(QStringLiteral("tokenizer")).toString();
    if (has("tokenizer_exact"))
        m->tokenizerExact = o.value(QStringLiteral("tokenizer_exact")).toBool();
    if (has("note"))
        m->note = o.value(QStringLiteral("note")).toString();
    if (has("deprecation")) {
        const QJsonObject d = o.value(QStringLiteral("deprecation")).toObject();
        m->deprecated = parseDate(d.value(QStringLiteral("date")));
        m->retires = parseDate(d.value(QStringLiteral("retirement")));
        m->replacement = d.value(QStringLiteral("replacement")).toString();
    }
    if (has("aliases")) {
        const QStringList aliases = stringList(o.value(QStringLiteral("aliases")));
        for (const QString &a : aliases)
            claimAlias(a, canonical);
    }
    return true;
}

void ModelCatalog::claimAlias(const QString &alias, const QString &ownerId)
{
    // An alias points at one model: the latest layer that names it decides which.
    for (ModelInfo &m : m_models) {
        if (m.id.compare(ownerId, Qt::CaseInsensitive) == 0)
            continue;
        m.aliases.removeAll(alias);
    }
    for (ModelInfo &m : m_models) {
        if (m.id.compare(ownerId, Qt::CaseInsensitive) == 0 && alias.compare(m.id, Qt::CaseInsensitive) != 0
            && !m.aliases.contains(alias, Qt::CaseInsensitive))
            m.aliases << alias;
    }
}

void ModelCatalog::applyApiModels(const QJsonArray &data)
{
    static const QList<std::pair<const char *, const char *>> kCaps = {
        {"completion_chat", "chat"},  {"function_calling", "function_calling"},
        {"completion_fim", "fim"},    {"vision", "vision"},
        {"reasoning", "reasoning"},   {"ocr", "ocr"},
        {"audio", "audio"},           {"classification", "classification"},
        {"moderation", "moderation"},
    };
    QSet<QString> seen;
    for (const auto &v : data) {
        const QJsonObject o = v.toObject();
        const QString id = o.value(QStringLiteral("id")).toString();
        if (id.isEmpty())
            continue;
        // Aliases come back as entries of their own whose "name" is the model they point to.
        QString canonical = o.value(QStringLiteral("name")).toString();
        if (canonical.isEmpty())
            canonical = id;
        // A model the table does not price is added: it exists, its price is unknown (never free).
        ModelInfo *m = &findOrAppend(findById(canonical), canonical);
        const QString ownerId = m->id;
        m->listedByApi = true;
        const qint64 ctx = o.value(QStringLiteral("max_context_length")).toInteger();
        if (ctx > 0)
            m->contextTokens = ctx;
        const QJsonObject caps = o.value(QStringLiteral("capabilities")).toObject();
        for (const auto &[wire, ours] : kCaps) {
            if (!caps.contains(QLatin1String(wire)))
                continue;
            const QString c = QString::fromLatin1(ours);
            if (caps.value(QLatin1String(wire)).toBool()) {
                if (!m->capabilities.contains(c))
                    m->capabilities << c;
            } else {
                m->capabilities.removeAll(c);
            }
        }
        const QDate removal = parseDate(o.value(QStringLiteral("deprecation")));
        if (removal.isValid()) {
            if (!m->deprecated.isValid())
                m->deprecated = removal;
            m->retires = removal;
        }
        const QString repl = o.value(QStringLiteral("deprecation_replacement_model")).toString();
        if (!repl.isEmpty())
            m->replacement = repl;
        seen.insert(ownerId.toLower());
        QStringList names = stringList(o.value(QStringLiteral("aliases")));
        names << id;
        for (const QString &n : std::as_const(names)) {
            if (n.compare(ownerId, Qt::CaseInsensitive) != 0)
                claimAlias(n, ownerId);
        }
    }
    if (!data.isEmpty()) {
        for (ModelInfo &m : m_models) {
            if (!seen.contains(m.id.toLower()))
                m.listedByApi = false;
        }
    }
    emit changed();
}

QString ModelCatalog::userOverridePath()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppConfigLocation))
        .filePath(QStringLiteral("models.json"));
}

QString ModelCatalog::apiSnapshotPath(const QString &dataDir)
{
    return QDir(dataDir).filePath(QStringLiteral("models-api.json"));
}

bool ModelCatalog::saveApiSnapshot(const QJsonArray &data, const QString &dataDir, QString *error)
{
    QDir().mkpath(dataDir);
    QSaveFile f(apiSnapshotPath(dataDir));
    if (!f.open(QIODevice::WriteOnly)) {
        if (error)
            *error = f.errorString();
        return false;
    }
    QJsonObject root;
    root.insert(QStringLiteral("fetched"), QDateTime::currentDateTimeUtc().toString(Qt::ISODate));
    root.insert(QStringLiteral("data"), data);
    f.write(QJsonDocument(root).toJson(QJsonDocument::Indented));
    if (!f.commit()) {
        if (error)
            *error = f.errorString();
        return false;
    }
    return true;
}

ModelInfo *ModelCatalog::findById(const QString &id)
{
    for (ModelInfo &m : m_models) {
        if (m.id.compare(id, Qt::CaseInsensitive) == 0)
            return &m;
    }
    return nullptr;
}

ModelInfo &ModelCatalog::findOrAppend(ModelInfo *found, const QString &id)
{
    if (found)
        return *found;
    ModelInfo fresh;
    fresh.id = id;
    fresh.name = id;
    m_models.append(fresh);
    return m_models.last();
}

ModelInfo *ModelCatalog::findMutable(const QString &nameOrAlias)
{
    // Ids first: an id is never shadowed by another model's alias.
    if (ModelInfo *m = findById(nameOrAlias))
        return m;
    for (ModelInfo &m : m_models) {
        if (m.aliases.contains(nameOrAlias, Qt::CaseInsensitive))
            return &m;
    }
    return nullptr;
}

const ModelInfo *ModelCatalog::find(const QString &nameOrAlias) const
{
    return const_cast<ModelCatalog *>(this)->findMutable(nameOrAlias.trimmed());
}

QString ModelCatalog::resolve(const QString &nameOrAlias) const
{
    const ModelInfo *m = find(nameOrAlias);
    return m ? m->id : QString();
}

QString ModelCatalog::deprecationWarning(const QString &model, const QDateTime &removal) const
{
    const ModelInfo *m = find(model);
    QString text = removal.isValid()
        ? tr("The model %1 is deprecated and will be removed on %2.").arg(model, removal.date().toString(Qt::ISODate))
        : tr("The model %1 is deprecated and will be removed.").arg(model);
    if (m && !m->replacement.isEmpty())
        text += QLatin1Char(' ') + tr("Move to %1.").arg(m->replacement);
    else
        text += QLatin1Char(' ') + tr("Choose another model (rostrum-cli models).");
    return text;
}

void ModelCatalog::noteDeprecation(const QString &model, const QDateTime &removal)
{
    if (ModelInfo *m = findMutable(model)) {
        if (removal.isValid()) {
            if (!m->deprecated.isValid())
                m->deprecated = removal.date();
            m->retires = removal.date();
        }
    }
    const QString key = model.toLower();
    if (m_deprecationsNoticed.contains(key))
        return;
    m_deprecationsNoticed.insert(key);
    const QString message = deprecationWarning(model, removal);
    qCWarning(lcModels).noquote() << message;
    emit deprecationNoticed(model, removal, message);
}

} // namespace rostrum
