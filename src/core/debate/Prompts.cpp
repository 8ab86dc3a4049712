#include "Prompts.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

static void initPromptResources()
{
    Q_INIT_RESOURCE(debate_resources);
}

namespace rostrum {

namespace {
const QString kPromptDir = QStringLiteral(":/rostrum/prompts");

void ensureResources()
{
    static const bool done = [] {
        initPromptResources();
        return true;
    }();
    Q_UNUSED(done);
}
} // namespace

QStringList Prompts::availableLanguages()
{
    ensureResources();
    QStringList codes;
    const QStringList files = QDir(kPromptDir).entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name);
    for (const QString &f : files)
        codes << f.chopped(5);
    return codes;
}

std::optional<Prompts> Prompts::load(const QString &language, QString *error)
{
    ensureResources();
    // A language code is a short identifier; refuse anything that could walk the resource tree.
    static const QRegularExpression code(QStringLiteral("^[a-z]{2,3}(-[A-Za-z]{2,4})?$"));
    QFile f(kPromptDir + QLatin1Char('/') + language + QStringLiteral(".json"));
    if (!code.match(language).hasMatch() || !f.open(QIODevice::ReadOnly)) {
        if (error)
            *error = QStringLiteral("no prompts for language \"%1\"").arg(language);
        return std::nullopt;
    }
    return fromJson(f.readAll(), error);
}

std::optional<Prompts> Prompts::fromJson(const QByteArray &json, QString *error)
{
    QJsonParseError pe;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &pe);
    if (!doc.isObject() || doc.object().value(QLatin1String("language")).toString().isEmpty()) {
        if (error)
            *error = QStringLiteral("prompts are not a JSON object with a language: %1").arg(pe.errorString());
        return std::nullopt;
    }
    Prompts p;
    p.m_doc = doc.object();
    p.m_language = p.m_doc.value(QLatin1String("language")).toString();
    return p;
}

QString Prompts::fill(const QString &tmpl, const QHash<QString, QString> &vars)
{
    QString out;
    out.reserve(tmpl.size() * 2);
    qsizetype i = 0;
    while (i < tmpl.size()) {
        const QChar c = tmpl.at(i);
        if (c == QLatin1Char('{')) {
            const qsizetype close = tmpl.indexOf(QLatin1Char('}'), i + 1);
            if (close > i) {
                const QString key = tmpl.mid(i + 1, close - i - 1);
                const auto it = vars.constFind(key);
                if (it != vars.constEnd()) {
                    out += *it;
                    i = close + 1;
                    continue;
                }
            }
        }
        out += c;
        ++i;
    }
    return out;
}

QString Prompts::languageName() const
{
    return m_doc.value(QLatin1String("language_name")).toString(m_language);
}

QString Prompts::sideName(const QString &side) const
{
    return m_doc.value(QLatin1String("sides")).toObject().value(side).toString(side);
}

QString Prompts::sideLabel(const QString &side) const
{
    return m_doc.value(QLatin1String("side_labels")).toObject().value(side).toString(side);
}

QString Prompts::formatName(const QString &format) const
{
    return m_doc.value(QLatin1String("formats")).toObject().value(format).toString(format);
}

bool Prompts::hasRole(const QString &role) const
{
    const QJsonObject r = m_doc.value(QLatin1String("roles")).toObject().value(role).toObject();
    return !r.value(QLatin1String("name")).toString().isEmpty()
        && !r.value(QLatin1String("instruction")).toString().isEmpty();
}

QString Prompts::roleName(const QString &role) const
{
    return m_doc.value(QLatin1String("roles"))
        .toObject()
        .value(role)
        .toObject()
        .value(QLatin1String("name"))
        .toString(role);
}

QString Prompts::roleInstruction(const QString &role) const
{
    return m_doc.value(QLatin1String("roles"))
        .toObject()
        .value(role)
        .toObject()
        .value(QLatin1String("instruction"))
        .toString();
}

QString Prompts::text(const QString &key) const
{
    return m_doc.value(key).toString();
}

QString Prompts::sectionText(const QString &section, const QString &key) const
{
    return m_doc.value(section).toObject().value(key).toString();
}

QStringList Prompts::judgeCriteria() const
{
    QStringList out;
    const QJsonArray a = m_doc.value(QLatin1String("judge")).toObject().value(QLatin1String("criteria")).toArray();
    for (const QJsonValue &v : a)
        out << v.toString();
    return out;
}

} // namespace rostrum
