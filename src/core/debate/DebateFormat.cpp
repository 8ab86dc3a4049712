#include "DebateFormat.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

static void initDebateResources()
{
    // The resources live in a static library: make sure they are registered before first use.
    Q_INIT_RESOURCE(debate_resources);
}

namespace rostrum {

namespace {
const QString kFormatDir = QStringLiteral(":/rostrum/formats");

void ensureResources()
{
    static const bool done = [] {
        initDebateResources();
        return true;
    }();
    Q_UNUSED(done);
}
} // namespace

QStringList DebateFormat::availableFormats()
{
    ensureResources();
    QStringList ids;
    const QStringList files = QDir(kFormatDir).entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name);
    for (const QString &f : files)
        ids << f.chopped(5);
    return ids;
}

std::optional<DebateFormat> DebateFormat::load(const QString &id, QString *error)
{
    ensureResources();
    QFile f(kFormatDir + QLatin1Char('/') + id + QStringLiteral(".json"));
    if (!f.open(QIODevice::ReadOnly)) {
        if (error)
            *error = QStringLiteral("unknown format \"%1\"").arg(id);
        return std::nullopt;
    }
    return fromJson(f.readAll(), error);
}

std::optional<DebateFormat> DebateFormat::fromJson(const QByteArray &json, QString *error)
{
    auto fail = [error](const QString &why) -> std::optional<DebateFormat> {
        if (error)
            *error = why;
        return std::nullopt;
    };
    QJsonParseError pe;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &pe);
    if (!doc.isObject())
        return fail(QStringLiteral("format is not a JSON object: %1").arg(pe.errorString()));
    const QJsonObject o = doc.object();

    DebateFormat fmt;
    fmt.m_id = o.value(QLatin1String("id")).toString();
    if (fmt.m_id.isEmpty())
        return fail(QStringLiteral("format has no id"));
    fmt.m_audienceVote = o.value(QLatin1String("audience_vote")).toBool();
    fmt.m_requiresCode = o.value(QLatin1String("requires_code")).toBool();
    if (o.value(QLatin1String("rounds")).isObject()) {
        const QJsonObject r = o.value(QLatin1String("rounds")).toObject();
        fmt.m_usesRounds = true;
        fmt.m_defaultRounds = r.value(QLatin1String("default")).toInt(1);
        fmt.m_minRounds = r.value(QLatin1String("min")).toInt(0);
        fmt.m_maxRounds = r.value(QLatin1String("max")).toInt(5);
    }

    auto readStep = [](const QJsonObject &s, bool repeated, QString *why) -> std::optional<Step> {
        Step step {s.value(QLatin1String("role")).toString(), s.value(QLatin1String("side")).toString(), repeated};
        if (step.role.isEmpty() || (step.side != QLatin1String("pro") && step.side != QLatin1String("con"))) {
            *why = QStringLiteral("a step needs a role and a side of pro or con");
            return std::nullopt;
        }
        return step;
    };

    const QJsonArray seq = o.value(QLatin1String("sequence")).toArray();
    if (seq.isEmpty())
        return fail(QStringLiteral("format \"%1\" has an empty sequence").arg(fmt.m_id));
    QList<Step> plain;
    for (const QJsonValue &v : seq) {
        const QJsonObject s = v.toObject();
        if (s.contains(QLatin1String("repeat"))) {
            if (!fmt.m_usesRounds || s.value(QLatin1String("repeat")).toString() != QLatin1String("rounds"))
                return fail(QStringLiteral("a repeat block needs \"repeat\": \"rounds\" and a rounds range"));
            if (!plain.isEmpty()) {
                fmt.m_blocks << plain;
                fmt.m_blockRepeats << false;
                plain.clear();
            }
            QList<Step> block;
            for (const QJsonValue &inner : s.value(QLatin1String("speeches")).toArray()) {
                QString why;
                auto step = readStep(inner.toObject(), true, &why);
                if (!step)
                    return fail(why);
                block << *step;
            }
            if (block.isEmpty())
                return fail(QStringLiteral("a repeat block has no speeches"));
            fmt.m_blocks << block;
            fmt.m_blockRepeats << true;
        } else {
            QString why;
            auto step = readStep(s, false, &why);
            if (!step)
                return fail(why);
            plain << *step;
        }
    }
    if (!plain.isEmpty()) {
        fmt.m_blocks << plain;
        fmt.m_blockRepeats << false;
    }
    return fmt;
}

QStringList DebateFormat::roles() const
{
    QStringList out;
    for (const auto &block : m_blocks) {
        for (const Step &s : block) {
            if (!out.contains(s.role))
                out << s.role;
        }
    }
    return out;
}

QList<Turn> DebateFormat::turns(int rounds) const
{
    QList<Turn> out;
    for (int b = 0; b < m_blocks.size(); ++b) {
        const int times = m_blockRepeats.at(b) ? rounds : 1;
        for (int r = 0; r < times; ++r) {
            for (const Step &s : m_blocks.at(b))
                out << Turn {int(out.size()), s.role, s.side, m_blockRepeats.at(b) ? r + 1 : 0};
        }
    }
    return out;
}

} // namespace rostrum
