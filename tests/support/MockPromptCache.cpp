#include "MockPromptCache.h"

#include "MockAnswerGenerator.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <algorithm>

namespace rostrum::test {

MockPromptCache::Prompt MockPromptCache::segments(const QJsonObject &request)
{
    // The same token counts as MockAnswerGenerator::promptTokens, piece by piece.
    Prompt prompt;
    const QJsonValue tools = request.value(QLatin1String("tools"));
    if (tools.isArray()) {
        const QByteArray json = QJsonDocument(tools.toArray()).toJson(QJsonDocument::Compact);
        prompt << Segment {"tools:" + json, int(json.size() / 4)};
    }
    const QJsonArray messages = request.value(QLatin1String("messages")).toArray();
    for (const QJsonValue &v : messages) {
        const QJsonObject m = v.toObject();
        const QByteArray content = MockAnswerGenerator::contentText(m.value(QLatin1String("content"))).toUtf8();
        QByteArray calls;
        if (m.contains(QLatin1String("tool_calls")))
            calls = QJsonDocument(m.value(QLatin1String("tool_calls")).toArray()).toJson(QJsonDocument::Compact);
        // The role leads so that a partial match is only counted within messages of the same role.
        const QByteArray role = m.value(QLatin1String("role")).toString().toUtf8() + ':';
        prompt << Segment {role + content + calls, std::max(1, int(content.size() + calls.size()) / 4)};
    }
    return prompt;
}

int MockPromptCache::sharedTokens(const Prompt &a, const Prompt &b)
{
    int tokens = 0;
    const qsizetype n = std::min(a.size(), b.size());
    for (qsizetype i = 0; i < n; ++i) {
        if (a.at(i) == b.at(i)) {
            tokens += a.at(i).tokens;
            continue;
        }
        // The first piece that differs still shares its beginning, in whole tokens of 4 bytes.
        const QByteArray &x = a.at(i).text;
        const QByteArray &y = b.at(i).text;
        const qsizetype colon = x.indexOf(':');
        if (colon < 0 || x.left(colon + 1) != y.left(colon + 1))
            break;
        qsizetype same = colon + 1;
        while (same < x.size() && same < y.size() && x.at(same) == y.at(same))
            ++same;
        tokens += std::min(a.at(i).tokens, int(same - colon - 1) / 4);
        break;
    }
    return tokens;
}

int MockPromptCache::admit(const QJsonObject &request)
{
    const QString key = request.value(QLatin1String("prompt_cache_key")).toString();
    if (key.isEmpty())
        return 0;
    const QString slot = request.value(QLatin1String("model")).toString() + QLatin1Char('\n') + key;
    const Prompt prompt = segments(request);
    QList<Prompt> &seen = m_seen[slot];
    int best = 0;
    for (const Prompt &earlier : std::as_const(seen))
        best = std::max(best, sharedTokens(prompt, earlier));
    seen.append(prompt);
    if (seen.size() > kRemembered)
        seen.removeFirst();
    return best;
}

} // namespace rostrum::test
