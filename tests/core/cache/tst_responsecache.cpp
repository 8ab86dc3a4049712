#include "cache/ResponseCache.h"
#include "clock/ManualClock.h"
#include "models/ModelCatalog.h"
#include "store/Database.h"

#include <QCryptographicHash>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace rostrum;

class TestResponseCache final : public QObject
{
    Q_OBJECT

    ModelCatalog m_catalog;

    static ChatRequest request(const QString &prompt, std::optional<double> temperature = 0.0)
    {
        ChatRequest r;
        r.model = QStringLiteral("mistral-small-latest");
        r.messages = {ChatMessage::system(QStringLiteral("Be brief.")), ChatMessage::user(prompt)};
        r.temperature = temperature;
        r.maxTokens = 100;
        return r;
    }

    static ChatResult answer(const QString &text)
    {
        ChatResult a;
        a.id = QStringLiteral("cmpl-1");
        a.model = QStringLiteral("mistral-small-2603");
        a.text = text;
        a.finishReason = QStringLiteral("stop");
        a.usage.promptTokens = 1000;
        a.usage.completionTokens = 2000;
        a.usage.totalTokens = 3000;
        a.usage.cachedTokens = 10;
        a.usage.valid = true;
        return a;
    }

private slots:
    void initTestCase() { QVERIFY(m_catalog.loadShipped()); }

    void keyIsStableUnderJsonKeyOrderAndIgnoresStreaming()
    {
        ChatRequest a = request(QStringLiteral("hi"));
        ChatRequest b = a;
        b.stream = true;
        QCOMPARE(ResponseCache::keyFor(a), ResponseCache::keyFor(b));
        QCOMPARE(ResponseCache::keyFor(a).size(), 64); // hex SHA-256

        // The same request parsed from JSON written in another key order gives the same key.
        const QByteArray ordered = QJsonDocument(a.toJson()).toJson(QJsonDocument::Compact);
        QString error;
        const auto reparsed = ChatRequest::fromJson(
            QJsonDocument::fromJson(
                R"({"max_tokens":100,"temperature":0,"messages":[{"content":"Be brief.","role":"system"},{"role":"user","content":"hi"}],"model":"mistral-small-latest"})")
                .object(),
            &error);
        QVERIFY2(reparsed, qPrintable(error));
        QCOMPARE(ResponseCache::keyFor(*reparsed), ResponseCache::keyFor(a));
        QVERIFY(!ordered.isEmpty());
    }

    void keyChangesWithEveryAnswerShapingField_data()
    {
        QTest::addColumn<int>("which");
        for (int i = 0; i < 8; ++i)
            QTest::newRow(qPrintable(QString::number(i))) << i;
    }
    void keyChangesWithEveryAnswerShapingField()
    {
        QFETCH(int, which);
        const ChatRequest base = request(QStringLiteral("hi"));
        ChatRequest r = base;
        switch (which) {
        case 0:
            r.model = QStringLiteral("mistral-large-latest");
            break;
        case 1:
            r.messages.last() = ChatMessage::user(QStringLiteral("hi!"));
            break;
        case 2:
            r.temperature = 0.5;
            break;
        case 3:
            r.topP = 0.9;
            break;
        case 4:
            r.maxTokens = 101;
            break;
        case 5:
            r.randomSeed = 7;
            break;
        case 6: {
            ResponseFormat f;
            f.type = ResponseFormat::Type::JsonObject;
            r.responseFormat = f;
            break;
        }
        case 7: {
            ToolDefinition t;
            t.name = QStringLiteral("f");
            r.tools = {t};
            break;
        }
        }
        QVERIFY(ResponseCache::keyFor(r) != ResponseCache::keyFor(base));
    }

    // prompt_cache_key steers the API's own prompt cache, not the answer: it is no part of the key, so the
    // same question from two debates (or from a request without a key) is one entry.
    void promptCacheKeyIsNoPartOfTheKey()
    {
        const ChatRequest plain = request(QStringLiteral("hi"));
        ChatRequest one = plain;
        one.promptCacheKey = QStringLiteral("debate-1");
        ChatRequest two = plain;
        two.promptCacheKey = QStringLiteral("debate-2");
        QCOMPARE(ResponseCache::keyFor(one), ResponseCache::keyFor(plain));
        QCOMPARE(ResponseCache::keyFor(two), ResponseCache::keyFor(one));

        QTemporaryDir dir;
        Database db;
        QVERIFY(db.open(dir.filePath(QStringLiteral("c.sqlite"))));
        ManualClock clock;
        ResponseCache cache(&db, &clock, &m_catalog);
        cache.storeAnswer(one, answer(QStringLiteral("kept")));
        db.flush();
        QCOMPARE(cache.entryCount(), 1);
        QCOMPARE(cache.find(two)->result.text, QStringLiteral("kept"));
        QCOMPARE(cache.find(plain)->result.text, QStringLiteral("kept"));
    }

    void onlyDeterministicRequestsAreCachedByDefault()
    {
        QVERIFY(ResponseCache::isDeterministic(request(QStringLiteral("x"), 0.0)));
        QVERIFY(!ResponseCache::isDeterministic(request(QStringLiteral("x"), 0.7)));
        QVERIFY(!ResponseCache::isDeterministic(request(QStringLiteral("x"), std::nullopt)));
        ChatRequest seeded = request(QStringLiteral("x"), 0.7);
        seeded.randomSeed = 42;
        QVERIFY(ResponseCache::isDeterministic(seeded));

        QTemporaryDir dir;
        Database db;
        QVERIFY(db.open(dir.filePath(QStringLiteral("c.sqlite"))));
        ManualClock clock;
        ResponseCache cache(&db, &clock, &m_catalog);
        const ChatRequest warm = request(QStringLiteral("x"), 0.7);
        cache.storeAnswer(warm, answer(QStringLiteral("a")));
        db.flush();
        QCOMPARE(cache.entryCount(), 0);
        QVERIFY(!cache.find(warm));
        // A summary or judge re-run may force it.
        cache.storeAnswer(warm, answer(QStringLiteral("a")), true);
        db.flush();
        QVERIFY(cache.find(warm, true));
    }

    void hitReturnsTheAnswerAndValuesSavingsAtCurrentPrices()
    {
        QTemporaryDir dir;
        Database db;
        QVERIFY(db.open(dir.filePath(QStringLiteral("c.sqlite"))));
        ManualClock clock;
        ResponseCache cache(&db, &clock, &m_catalog);
        QSignalSpy hits(&cache, &ResponseCache::hit);
        const ChatRequest r = request(QStringLiteral("hello"));
        QVERIFY(!cache.find(r));
        QCOMPARE(cache.misses(), 1);
        ChatResult a = answer(QStringLiteral("world"));
        a.toolCalls = {ToolCall {}};
        a.toolCalls.first().id = QStringLiteral("call1");
        a.toolCalls.first().name = QStringLiteral("lookup");
        a.toolCalls.first().arguments = QStringLiteral("{\"q\":1}");
        cache.storeAnswer(r, a);
        db.flush();
        const auto hit = cache.find(r);
        QVERIFY(hit);
        QCOMPARE(hit->result.text, QStringLiteral("world"));
        QCOMPARE(hit->result.usage.promptTokens, 1000);
        QCOMPARE(hit->result.usage.cachedTokens, 10);
        QCOMPARE(hit->result.toolCalls.size(), 1);
        QCOMPARE(hit->result.toolCalls.first().name, QStringLiteral("lookup"));
        QVERIFY(hit->savedKnown);
        // What the answer cost: its 10 cached prompt tokens at the cached-input price (0.015).
        QVERIFY(qFuzzyCompare(hit->savedUsd, (990 * 0.15 + 10 * 0.015 + 2000 * 0.6) / 1e6));
        QCOMPARE(hits.size(), 1);
        QCOMPARE(cache.hits(), 1);

        // Prices change: the same hit is now worth what it would cost today.
        QVERIFY(m_catalog.mergeJson(
            R"({"models":[{"id":"mistral-small-2603","input_usd_per_mtok":1,"output_usd_per_mtok":1}]})",
            QStringLiteral("t")));
        QVERIFY(qFuzzyCompare(cache.find(r)->savedUsd, (2990 + 10 * 0.1) / 1e6));
        QVERIFY(m_catalog.loadShipped());
    }

    void incompleteAnswersAreNotCached()
    {
        QTemporaryDir dir;
        Database db;
        QVERIFY(db.open(dir.filePath(QStringLiteral("c.sqlite"))));
        ManualClock clock;
        ResponseCache cache(&db, &clock, &m_catalog);
        ChatResult cut = answer(QStringLiteral("half"));
        cut.finishReason.clear();
        cache.storeAnswer(request(QStringLiteral("a")), cut);
        ChatResult failed = answer(QStringLiteral("x"));
        failed.finishReason = QStringLiteral("error");
        cache.storeAnswer(request(QStringLiteral("b")), failed);
        db.flush();
        QCOMPARE(cache.entryCount(), 0);
    }

    void entriesExpireAfterTheTtl()
    {
        QTemporaryDir dir;
        Database db;
        QVERIFY(db.open(dir.filePath(QStringLiteral("c.sqlite"))));
        ManualClock clock;
        ResponseCache cache(&db, &clock, &m_catalog);
        QCOMPARE(cache.options().ttlMs, 3600 * 1000);
        const ChatRequest r = request(QStringLiteral("ttl"));
        cache.storeAnswer(r, answer(QStringLiteral("a")));
        db.flush();
        clock.advance(3600 * 1000 - 1);
        QVERIFY(cache.find(r));
        db.flush();
        clock.advance(1);
        QVERIFY(!cache.find(r)); // use does not extend the life of an answer
    }

    void evictsTheLeastRecentlyUsedNotTheFirstInserted()
    {
        QTemporaryDir dir;
        Database db;
        QVERIFY(db.open(dir.filePath(QStringLiteral("c.sqlite"))));
        ManualClock clock;
        ResponseCache cache(&db, &clock, &m_catalog);
        ResponseCache::Options o;
        o.maxEntries = 3;
        cache.setOptions(o);
        const ChatRequest a = request(QStringLiteral("a")), b = request(QStringLiteral("b")),
                          c = request(QStringLiteral("c")), d = request(QStringLiteral("d"));
        for (const ChatRequest *r : {&a, &b, &c}) {
            cache.storeAnswer(*r, answer(r->messages.last().toJson().value(QStringLiteral("content")).toString()));
            db.flush();
            clock.advance(1000);
        }
        QVERIFY(cache.find(a)); // a was inserted first but is now the most recently used
        db.flush();
        clock.advance(1000);
        cache.storeAnswer(d, answer(QStringLiteral("d")));
        db.flush();
        QCOMPARE(cache.entryCount(), 3);
        QVERIFY(cache.find(a));
        QVERIFY(!cache.find(b));
        QVERIFY(cache.find(c));
        QVERIFY(cache.find(d));
    }

    void sizeCapKeepsTheMostRecentlyUsed()
    {
        QTemporaryDir dir;
        Database db;
        QVERIFY(db.open(dir.filePath(QStringLiteral("c.sqlite"))));
        ManualClock clock;
        ResponseCache cache(&db, &clock, &m_catalog);
        const qint64 one = ResponseCache::serialize(answer(QString(1000, QLatin1Char('x')))).size();
        ResponseCache::Options o;
        o.maxBytes = one * 2 + one / 2; // room for two
        cache.setOptions(o);
        for (int i = 0; i < 4; ++i) {
            cache.storeAnswer(request(QString::number(i)), answer(QString(1000, QLatin1Char('x'))));
            db.flush();
            clock.advance(10);
        }
        QCOMPARE(cache.entryCount(), 2);
        QVERIFY(cache.sizeBytes() <= o.maxBytes);
        QVERIFY(cache.find(request(QStringLiteral("3"))));
        QVERIFY(cache.find(request(QStringLiteral("2"))));
        QVERIFY(!cache.find(request(QStringLiteral("0"))));
    }

    void persistsAcrossReopen()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("c.sqlite"));
        ManualClock clock;
        {
            Database db;
            QVERIFY(db.open(path));
            ResponseCache cache(&db, &clock, &m_catalog);
            cache.storeAnswer(request(QStringLiteral("keep")), answer(QStringLiteral("kept")));
        } // the destructor finishes queued writes
        Database db;
        QVERIFY(db.open(path));
        ResponseCache cache(&db, &clock, &m_catalog);
        const auto hit = cache.find(request(QStringLiteral("keep")));
        QVERIFY(hit);
        QCOMPARE(hit->result.text, QStringLiteral("kept"));
    }

    void actsAsChatServicesCacheAndAnnotatesUsage()
    {
        QTemporaryDir dir;
        Database db;
        QVERIFY(db.open(dir.filePath(QStringLiteral("c.sqlite"))));
        ManualClock clock;
        ResponseCache cache(&db, &clock, &m_catalog);
        ChatCache &seam = cache;
        const ChatRequest r = request(QStringLiteral("seam"));
        QVERIFY(!seam.lookup(r));
        UsageRecord sent;
        sent.model = r.model;
        cache.annotate(sent);
        QVERIFY(sent.cacheChecked); // a miss
        seam.store(r, answer(QStringLiteral("via seam")));
        db.flush();
        const auto got = seam.lookup(r);
        QVERIFY(got);
        QCOMPARE(got->text, QStringLiteral("via seam"));
        UsageRecord hit;
        hit.model = r.model;
        hit.cached = true;
        cache.annotate(hit);
        QVERIFY(qFuzzyCompare(hit.savedUsd, (1000 * 0.15 + 2000 * 0.6) / 1e6));
        UsageRecord unrelated;
        unrelated.model = r.model;
        cache.annotate(unrelated);
        QVERIFY(!unrelated.cacheChecked); // nothing pending any more
    }

    void disabledCacheNeitherReadsNorWrites()
    {
        QTemporaryDir dir;
        Database db;
        QVERIFY(db.open(dir.filePath(QStringLiteral("c.sqlite"))));
        ManualClock clock;
        ResponseCache cache(&db, &clock, &m_catalog);
        const ChatRequest r = request(QStringLiteral("x"));
        cache.storeAnswer(r, answer(QStringLiteral("a")));
        db.flush();
        cache.setEnabled(false);
        QVERIFY(!cache.find(r));
        cache.storeAnswer(request(QStringLiteral("y")), answer(QStringLiteral("b")));
        db.flush();
        QCOMPARE(cache.entryCount(), 1);
        QCOMPARE(cache.misses(), 0); // not even counted as a miss
    }
};

QTEST_GUILESS_MAIN(TestResponseCache)
#include "tst_responsecache.moc"
