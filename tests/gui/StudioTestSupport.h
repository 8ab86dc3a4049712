#pragma once

// What the debate-studio GUI tests share: a short debate with a judge, a verdict the mock's judge
// answers with, and a reply provider that scripts the judge apart from the debaters.

#include "debate/DebateSpec.h"
#include "MockMistralServer.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace rostrum::test {

// Two debaters (pro, con) on the classic format's shortest run, judged by judge. Each test its own
// motion: the response cache (one database for a test executable) would otherwise answer its requests.
inline DebateSpec judgedDebate(const QString &motion, const QString &judge = QStringLiteral("mistral-large-2512"))
{
    DebateSpec spec;
    spec.motion = motion;
    spec.format = QStringLiteral("classic");
    spec.rounds = 1;
    spec.maxTokens = 120;
    Debater pro;
    pro.side = QStringLiteral("pro");
    pro.model = QStringLiteral("mistral-small-2603");
    Debater con = pro;
    con.side = QStringLiteral("con");
    con.model = QStringLiteral("ministral-8b-2512");
    spec.debaters = {pro, con};
    spec.judgeModel = judge;
    return spec;
}

inline QString verdictJson(const QString &winner, double margin = 6.5)
{
    const QJsonObject v {
        {QStringLiteral("winner"), winner},
        {QStringLiteral("scores"),
         QJsonArray {QJsonObject {{QStringLiteral("criterion"), QStringLiteral("evidence")},
                                  {QStringLiteral("pro"), winner == QLatin1String("pro") ? 8 : 5},
                                  {QStringLiteral("con"), winner == QLatin1String("con") ? 8 : 5}},
                     QJsonObject {{QStringLiteral("criterion"), QStringLiteral("rebuttal")},
                                  {QStringLiteral("pro"), 7},
                                  {QStringLiteral("con"), 6}}}},
        {QStringLiteral("reasons"), QStringLiteral("The winning side answered every objection with figures.")},
        {QStringLiteral("margin"), margin}};
    return QString::fromUtf8(QJsonDocument(v).toJson(QJsonDocument::Compact));
}

inline bool isJudgeRequest(const RecordedRequest &r)
{
    return r.json.contains(QLatin1String("response_format"));
}

// Debaters get the server's default reply; each judge request gets judge(n) (n counts judge requests from 0).
inline void scriptJudge(MockMistralServer &server, std::function<QString(int judgeRequest)> judge)
{
    auto count = std::make_shared<int>(0);
    server.setReplyProvider(
        [judge = std::move(judge), count](int, const RecordedRequest &r) -> std::optional<MockReply> {
            if (!isJudgeRequest(r))
                return std::nullopt;
            MockReply reply;
            reply.text = judge((*count)++);
            return reply;
        });
}

} // namespace rostrum::test
