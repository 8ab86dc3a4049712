#include "MockAnswerGenerator.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

#include <algorithm>
#include <cmath>

namespace rostrum::test {

namespace {

const char *const Openers[] = {
    "Thank you. I rise to %VERB% the motion that %T%.",
    "Let me be direct about %T%: the case %FOR% it is stronger than it first appears.",
    "Friends, the question of %T% deserves a clear answer, and mine is that we should %VERB% it.",
    "Before we drift into slogans, let us be precise about what %T% actually asks of us.",
};
const char *const Arguments[] = {
    "First, consider the people who bear the cost: when a policy shifts risk onto those least able to carry "
    "it, the burden of proof lies with its defenders.",
    "The evidence points in one direction, because where similar measures were tried the promised benefits "
    "arrived slowly while the costs arrived at once.",
    "Principles are tested by outcomes, and the outcomes here can be measured rather than merely imagined.",
    "There is also a practical point: institutions respond to incentives, and this choice rewrites those "
    "incentives for years to come.",
    "History is a useful guide, since every generation has faced a version of this choice and the careful "
    "ones chose evidence over fashion.",
    "We should ask who is left out of this picture, because a proposal that works only for the comfortable "
    "is not a solution at all.",
    "Consider the long run as well as the headline: small effects compound, and a decade is long enough for "
    "them to decide the matter.",
};
const char *const Rebuttals[] = {
    "It has been said that the risks are exaggerated, yet not one figure offered so far shows otherwise.",
    "My opponent asks us to trust good intentions, but good intentions are not a plan.",
    "I grant that the objection has force, but it proves far less than it claims.",
    "The other side described a world we would all like to live in; the question is whether this motion "
    "takes us there.",
};
const char *const Closers[] = {
    "For these reasons, I urge you to %VERB% the motion.",
    "Weigh the arguments rather than the volume, and the case %FOR% %T% stands.",
    "That is why I ask this house to %VERB% it.",
};

template<std::size_t N> QString pick(const char *const (&pool)[N], quint64 seed)
{
    return QString::fromUtf8(pool[seed % N]);
}

quint64 mix(quint64 seed, quint64 salt)
{
    seed ^= salt + 0x9e3779b97f4a7c15ULL + (seed << 6) + (seed >> 2);
    return seed * 0xff51afd7ed558ccdULL;
}

QString lastUserText(const QJsonArray &messages)
{
    for (qsizetype i = messages.size() - 1; i >= 0; --i) {
        const QJsonObject m = messages.at(i).toObject();
        if (m.value(QLatin1String("role")).toString() == QLatin1String("user"))
            return MockAnswerGenerator::contentText(m.value(QLatin1String("content")));
    }
    return {};
}

QString systemText(const QJsonArray &messages)
{
    QString text;
    for (const QJsonValue &v : messages) {
        const QJsonObject m = v.toObject();
        if (m.value(QLatin1String("role")).toString() == QLatin1String("system"))
            text += MockAnswerGenerator::contentText(m.value(QLatin1String("content"))) + QLatin1Char('\n');
    }
    return text;
}

// The motion: a quoted phrase if there is one, else the first sentence, kept short.
QString topicOf(const QString &userText)
{
    static const QRegularExpression quoted(QStringLiteral("[\"“«]([^\"”»]{4,160})[\"”»]"));
    const QRegularExpressionMatch m = quoted.match(userText);
    QString topic =
        m.hasMatch() ? m.captured(1) : userText.section(QRegularExpression(QStringLiteral("[.?!\\n]")), 0, 0);
    topic = topic.simplified();
    if (topic.size() > 80) {
        topic.truncate(80);
        const qsizetype space = topic.lastIndexOf(QLatin1Char(' '));
        if (space > 20)
            topic.truncate(space);
    }
    while (!topic.isEmpty() && QStringLiteral(":;,-").contains(topic.back()))
        topic.chop(1);
    if (topic.isEmpty())
        return QStringLiteral("the question before us");
    return topic;
}

QJsonObject resolveRef(const QJsonObject &schema, const QJsonObject &root)
{
    const QString ref = schema.value(QLatin1String("$ref")).toString();
    if (!ref.startsWith(QLatin1String("#/")))
        return schema;
    QJsonValue node = root;
    const QStringList parts = ref.mid(2).split(QLatin1Char('/'));
    for (const QString &part : parts)
        node = node.toObject().value(part);
    return node.toObject();
}

QString firstNonNullType(const QJsonValue &type)
{
    if (type.isString())
        return type.toString();
    const QJsonArray types = type.toArray();
    for (const QJsonValue &t : types) {
        if (t.toString() != QLatin1String("null"))
            return t.toString();
    }
    return types.isEmpty() ? QString() : types.first().toString();
}

QString textForField(const QString &name, quint64 seed)
{
    const QString lower = name.toLower();
    static const QStringList longish = {QStringLiteral("reason"),      QStringLiteral("summary"),
                                        QStringLiteral("explanation"), QStringLiteral("rationale"),
                                        QStringLiteral("feedback"),    QStringLiteral("comment"),
                                        QStringLiteral("analysis"),    QStringLiteral("verdict")};
    for (const QString &word : longish) {
        if (lower.contains(word))
            return pick(Arguments, seed);
    }
    if (lower.contains(QLatin1String("winner")) || lower.contains(QLatin1String("side")))
        return (seed % 2) ? QStringLiteral("proposition") : QStringLiteral("opposition");
    if (lower.isEmpty())
        return QStringLiteral("value");
    return QStringLiteral("sample ") + lower;
}

} // namespace

quint64 MockAnswerGenerator::fnv1a(const QByteArray &bytes)
{
    quint64 h = 1469598103934665603ULL;
    for (char c : bytes) {
        h ^= quint8(c);
        h *= 1099511628211ULL;
    }
    return h;
}

QString MockAnswerGenerator::contentText(const QJsonValue &content)
{
    if (content.isString())
        return content.toString();
    QString text;
    const QJsonArray parts = content.toArray();
    for (const QJsonValue &part : parts) {
        const QJsonObject p = part.toObject();
        if (p.contains(QLatin1String("text")))
            text += p.value(QLatin1String("text")).toString();
        else if (p.value(QLatin1String("thinking")).isArray())
            text += contentText(p.value(QLatin1String("thinking")));
    }
    return text;
}

QString MockAnswerGenerator::prefixOf(const QJsonObject &request)
{
    const QJsonArray messages = request.value(QLatin1String("messages")).toArray();
    if (messages.isEmpty())
        return {};
    const QJsonObject last = messages.last().toObject();
    if (last.value(QLatin1String("role")).toString() != QLatin1String("assistant")
        || !last.value(QLatin1String("prefix")).toBool())
        return {};
    return contentText(last.value(QLatin1String("content")));
}

QString MockAnswerGenerator::speech(const QJsonObject &request)
{
    const QJsonArray messages = request.value(QLatin1String("messages")).toArray();
    const QString user = lastUserText(messages);
    const QString system = systemText(messages);
    const quint64 seed = fnv1a(system.toUtf8() + '\n' + user.toUtf8());
    const QString lowerSystem = system.toLower();
    const bool oppose = lowerSystem.contains(QLatin1String("oppos")) || lowerSystem.contains(QLatin1String("against"))
        || lowerSystem.contains(QLatin1String("contre"));
    bool hasHistory = false;
    for (const QJsonValue &v : messages) {
        if (v.toObject().value(QLatin1String("role")).toString() == QLatin1String("assistant"))
            hasHistory = true;
    }

    QStringList sentences;
    sentences << pick(Openers, seed);
    const int arguments = 2 + int(mix(seed, 1) % 2);
    const quint64 start = mix(seed, 2);
    for (int i = 0; i < arguments; ++i)
        sentences << pick(Arguments, start + quint64(i) * 3);
    if (hasHistory)
        sentences << pick(Rebuttals, mix(seed, 3));
    sentences << pick(Closers, mix(seed, 4));

    QString text = sentences.join(QLatin1Char(' '));
    text.replace(QLatin1String("%T%"), topicOf(user));
    text.replace(QLatin1String("%VERB%"), oppose ? QStringLiteral("oppose") : QStringLiteral("support"));
    text.replace(QLatin1String("%FOR%"), oppose ? QStringLiteral("against") : QStringLiteral("for"));
    return text;
}

QString MockAnswerGenerator::structuredAnswer(const QJsonObject &request)
{
    const QJsonObject format = request.value(QLatin1String("response_format")).toObject();
    const QString type = format.value(QLatin1String("type")).toString();
    const quint64 seed = fnv1a(QJsonDocument(request.value(QLatin1String("messages")).toArray()).toJson());
    if (type == QLatin1String("json_schema")) {
        const QJsonObject schema =
            format.value(QLatin1String("json_schema")).toObject().value(QLatin1String("schema")).toObject();
        const QJsonValue value = instanceOf(schema, schema, seed);
        if (value.isObject())
            return QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
        if (value.isArray())
            return QString::fromUtf8(QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact));
        const QByteArray wrapped = QJsonDocument(QJsonArray {value}).toJson(QJsonDocument::Compact);
        return QString::fromUtf8(wrapped.mid(1, wrapped.size() - 2));
    }
    if (type == QLatin1String("json_object")) {
        const QJsonObject answer {{QStringLiteral("answer"), speech(request)}};
        return QString::fromUtf8(QJsonDocument(answer).toJson(QJsonDocument::Compact));
    }
    return {};
}

QJsonValue MockAnswerGenerator::instanceOf(const QJsonObject &schemaIn, const QJsonObject &root, quint64 seed,
                                           const QString &name, int depth)
{
    const QJsonObject schema = resolveRef(schemaIn, root);
    if (depth > 12)
        return QJsonValue::Null;
    if (schema.contains(QLatin1String("const")))
        return schema.value(QLatin1String("const"));
    const QJsonArray enumValues = schema.value(QLatin1String("enum")).toArray();
    if (!enumValues.isEmpty())
        return enumValues.at(qsizetype(seed % quint64(enumValues.size())));
    for (const char *combiner : {"anyOf", "oneOf", "allOf"}) {
        const QJsonArray options = schema.value(QLatin1String(combiner)).toArray();
        for (const QJsonValue &option : options) {
            const QJsonObject o = resolveRef(option.toObject(), root);
            if (o.value(QLatin1String("type")).toString() != QLatin1String("null"))
                return instanceOf(o, root, seed, name, depth + 1);
        }
    }

    QString type = firstNonNullType(schema.value(QLatin1String("type")));
    if (type.isEmpty())
        type = schema.contains(QLatin1String("properties")) ? QStringLiteral("object") : QStringLiteral("string");

    if (type == QLatin1String("object")) {
        QJsonObject object;
        const QJsonObject properties = schema.value(QLatin1String("properties")).toObject();
        quint64 i = 0;
        for (auto it = properties.begin(); it != properties.end(); ++it)
            object.insert(it.key(), instanceOf(it.value().toObject(), root, mix(seed, ++i), it.key(), depth + 1));
        // Required names without a property schema still get a value.
        const QJsonArray required = schema.value(QLatin1String("required")).toArray();
        for (const QJsonValue &r : required) {
            if (!object.contains(r.toString()))
                object.insert(r.toString(), textForField(r.toString(), seed));
        }
        return object;
    }
    if (type == QLatin1String("array")) {
        const int minItems = schema.value(QLatin1String("minItems")).toInt(0);
        const int maxItems = schema.value(QLatin1String("maxItems")).toInt(std::max(2, minItems));
        const int count = std::clamp(2, minItems, std::max(minItems, maxItems));
        QJsonArray array;
        const QJsonObject items = schema.value(QLatin1String("items")).toObject();
        for (int i = 0; i < count; ++i)
            array.append(instanceOf(items, root, mix(seed, quint64(100 + i)), name, depth + 1));
        return array;
    }
    if (type == QLatin1String("integer") || type == QLatin1String("number")) {
        const bool integer = type == QLatin1String("integer");
        double lo = schema.contains(QLatin1String("minimum")) ? schema.value(QLatin1String("minimum")).toDouble() : 0;
        double hi =
            schema.contains(QLatin1String("maximum")) ? schema.value(QLatin1String("maximum")).toDouble() : lo + 10;
        if (schema.contains(QLatin1String("exclusiveMinimum")))
            lo = schema.value(QLatin1String("exclusiveMinimum")).toDouble() + (integer ? 1 : 1e-6);
        if (schema.contains(QLatin1String("exclusiveMaximum")))
            hi = schema.value(QLatin1String("exclusiveMaximum")).toDouble() - (integer ? 1 : 1e-6);
        if (!schema.contains(QLatin1String("maximum")) && !schema.contains(QLatin1String("exclusiveMaximum")))
            hi = lo + 10;
        if (hi < lo)
            hi = lo;
        if (integer) {
            const qint64 ilo = qint64(std::ceil(lo));
            const qint64 ihi = std::max(ilo, qint64(std::floor(hi)));
            return double(ilo + qint64(seed % quint64(ihi - ilo + 1)));
        }
        const double fraction = double(seed % 1001) / 1000.0;
        return std::clamp(std::round((lo + (hi - lo) * fraction) * 100.0) / 100.0, lo, hi);
    }
    if (type == QLatin1String("boolean"))
        return (seed & 1) != 0;
    if (type == QLatin1String("null"))
        return QJsonValue::Null;

    QString text = textForField(name, seed);
    const int minLength = schema.value(QLatin1String("minLength")).toInt(0);
    const int maxLength = schema.value(QLatin1String("maxLength")).toInt(-1);
    while (text.size() < minLength)
        text += QStringLiteral(" and more");
    if (maxLength >= 0 && text.size() > maxLength)
        text.truncate(maxLength);
    return text;
}

QStringList MockAnswerGenerator::splitPieces(const QString &text)
{
    QStringList pieces;
    QString current;
    auto flush = [&] {
        if (!current.isEmpty())
            pieces << current;
        current.clear();
    };
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        const bool boundary = c.isSpace() || c.isPunct();
        if ((boundary && !current.trimmed().isEmpty()) || (current.size() >= 6 && !c.isLowSurrogate()))
            flush();
        current += c;
    }
    flush();
    return pieces;
}

QStringList MockAnswerGenerator::longPieces(int tokens, quint64 seed)
{
    QStringList pieces;
    pieces.reserve(tokens);
    quint64 s = seed;
    while (pieces.size() < tokens) {
        const QStringList words = splitPieces(QLatin1Char(' ') + pick(Arguments, s));
        s = mix(s, 7);
        for (const QString &w : words) {
            if (pieces.size() >= tokens)
                break;
            pieces << w;
        }
    }
    if (!pieces.isEmpty() && pieces.first().startsWith(QLatin1Char(' ')))
        pieces.first().remove(0, 1);
    return pieces;
}

int MockAnswerGenerator::tokensIn(const QString &piece)
{
    return std::max<int>(1, int(piece.toUtf8().size() / 4));
}

int MockAnswerGenerator::promptTokens(const QJsonObject &request)
{
    int tokens = 0;
    const QJsonArray messages = request.value(QLatin1String("messages")).toArray();
    for (const QJsonValue &v : messages) {
        const QJsonObject m = v.toObject();
        int bytes = int(contentText(m.value(QLatin1String("content"))).toUtf8().size());
        if (m.contains(QLatin1String("tool_calls")))
            bytes += int(
                QJsonDocument(m.value(QLatin1String("tool_calls")).toArray()).toJson(QJsonDocument::Compact).size());
        tokens += std::max(1, bytes / 4);
    }
    if (request.value(QLatin1String("tools")).isArray())
        tokens +=
            int(QJsonDocument(request.value(QLatin1String("tools")).toArray()).toJson(QJsonDocument::Compact).size())
            / 4;
    return std::max(1, tokens);
}

} // namespace rostrum::test
