#include "MockMistralServer.h"
#include "MockPromptCache.h"
#include "RawHttpClient.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTest>

using namespace rostrum::test;

namespace {

constexpr int Timeout = 10000;

QJsonObject message(const QString &role, const QString &content)
{
    return {{QStringLiteral("role"), role}, {QStringLiteral("content"), content}};
}

// A system prompt of 400 bytes (100 mock tokens) and the given turns after it.
QJsonObject chat(const QString &key, const QJsonArray &turns, const QString &model = QStringLiteral("mistral-small-latest"))
{
    QJsonArray messages {message(QStringLiteral("system"), QString(400, QLatin1Char('s')))};
    for (const QJsonValue &t : turns)
        messages.append(t);
    QJsonObject o {{QStringLiteral("model"), model}, {QStringLiteral("messages"), messages}};
    if (!key.isEmpty())
        o.insert(QStringLiteral("prompt_cache_key"), key);
    return o;
}

int cachedTokensOf(const QJsonObject &answer)
{
    return answer.value(QLatin1String("usage"))
        .toObject()
        .value(QLatin1String("prompt_tokens_details"))
        .toObject()
        .value(QLatin1String("cached_tokens"))
        .toInt(-1);
}

} // namespace

// The mock's model of the API's prompt cache (MockPromptCache), on its own and as the server reports it.
class tst_MockPromptCache final : public QObject
{
    Q_OBJECT

private slots:
    void aRepeatedBeginningOfTheSameKeyIsCached()
    {
        MockPromptCache cache;
        const QJsonObject userA = message(QStringLiteral("user"), QString(80, QLatin1Char('a'))); // 20 tokens
        QCOMPARE(cache.admit(chat(QStringLiteral("d1"), {userA})), 0); // nothing before it
        // The same system prompt and first turn, then more: 100 + 20 tokens were sent before.
        const QJsonObject reply = message(QStringLiteral("assistant"), QString(40, QLatin1Char('r')));
        QCOMPARE(cache.admit(chat(QStringLiteral("d1"), {userA, reply, userA})), 120);
        // A turn that differs after 41 equal bytes shares 10 whole tokens of it.
        const QJsonObject userB = message(QStringLiteral("user"), QString(41, QLatin1Char('a')) + QString(39, QLatin1Char('b')));
        QCOMPARE(cache.admit(chat(QStringLiteral("d1"), {userB})), 110);
        // Another key, another model, no key: separate caches, nothing shared.
        QCOMPARE(cache.admit(chat(QStringLiteral("d2"), {userA})), 0);
        QCOMPARE(cache.admit(chat(QStringLiteral("d1"), {userA}, QStringLiteral("mistral-large-latest"))), 0);
        QCOMPARE(cache.admit(chat(QString(), {userA})), 0);
        QCOMPARE(cache.admit(chat(QString(), {userA})), 0);
        // A different system prompt shares nothing, even under the same key.
        QJsonObject other = chat(QStringLiteral("d1"), {userA});
        QJsonArray m = other.value(QStringLiteral("messages")).toArray();
        m[0] = message(QStringLiteral("system"), QString(400, QLatin1Char('t')));
        other.insert(QStringLiteral("messages"), m);
        QCOMPARE(cache.admit(other), 0);
    }

    void theServerReportsCachedTokensByDefaultAndNotWhenOff()
    {
        MockMistralServer server;
        QVERIFY(server.listen());
        const QJsonObject user = message(QStringLiteral("user"), QString(80, QLatin1Char('a')));
        auto answer = [&server](const QJsonObject &body) {
            auto *c = new RawHttpClient(server.port(), &server);
            c->postJson(body);
            [&] { QTRY_VERIFY_WITH_TIMEOUT(c->finished(), Timeout); }();
            return c->json();
        };
        QCOMPARE(cachedTokensOf(answer(chat(QStringLiteral("d1"), {user}))), -1); // no details on a miss
        const QJsonObject hit = answer(chat(QStringLiteral("d1"), {user}));
        QCOMPARE(cachedTokensOf(hit), 120);
        QCOMPARE(hit.value(QLatin1String("usage")).toObject().value(QLatin1String("prompt_tokens")).toInt(), 120);
        QCOMPARE(server.lastRequest().promptCacheKey(), QStringLiteral("d1"));
        // A scripted figure wins over the model.
        MockReply scripted;
        scripted.cachedTokens = 7;
        server.enqueue(scripted);
        QCOMPARE(cachedTokensOf(answer(chat(QStringLiteral("d1"), {user}))), 7);
        // Off: only scripted figures.
        server.setPromptCaching(false);
        QCOMPARE(cachedTokensOf(answer(chat(QStringLiteral("d1"), {user}))), -1);
        QCOMPARE(cachedTokensOf(answer(chat(QStringLiteral("d1"), {user}))), -1);
    }
};

QTEST_GUILESS_MAIN(tst_MockPromptCache)
#include "tst_mockpromptcache.moc"
