#include "flow/RateLimitHeaders.h"

#include <QTest>

using namespace rostrum;

class TestRateLimitHeaders final : public QObject
{
    Q_OBJECT
    using Raw = RateLimitHeaders::RawHeaders;

    static Raw raw(std::initializer_list<std::pair<const char *, const char *>> list)
    {
        Raw r;
        for (const auto &[k, v] : list)
            r.append({QByteArray(k), QByteArray(v)});
        return r;
    }

private slots:
    void family2026()
    {
        // Verbatim from the 2026 capture (mistralai/client-ts#169), with mixed case names.
        const auto h = RateLimitHeaders::parse(raw({{"x-ratelimit-limit-tokens-minute", "5000000"},
                                                    {"X-RateLimit-Remaining-Tokens-Minute", "4999911"},
                                                    {"x-ratelimit-tokens-query-cost", "52"},
                                                    {"x-ratelimit-limit-req-minute", "720"},
                                                    {"x-ratelimit-remaining-req-minute", "717"},
                                                    {"content-type", "text/event-stream"}}));
        QVERIFY(h.any());
        QCOMPARE(h.tokensPerMinuteLimit, std::optional<qint64>(5000000));
        QCOMPARE(h.tokensPerMinuteRemaining, std::optional<qint64>(4999911));
        QCOMPARE(h.queryCost, std::optional<qint64>(52));
        QCOMPARE(h.requestsPerMinuteLimit, std::optional<qint64>(720));
        QCOMPARE(h.requestsPerMinuteRemaining, std::optional<qint64>(717));
        QVERIFY(!h.noQuota());
        QVERIFY(!h.tokensPerMonthLimit);
    }

    void freeTierMonthAndFiveMinuteWindows()
    {
        const auto h = RateLimitHeaders::parse(raw({{"x-ratelimit-limit-tokens-month", "4000000"},
                                                    {"x-ratelimit-remaining-tokens-month", "3999000"},
                                                    {"x-ratelimit-limit-tokens-5-minute", "250000"},
                                                    {"x-ratelimit-remaining-tokens-5-minute", "249000"}}));
        QCOMPARE(h.tokensPerMonthLimit, std::optional<qint64>(4000000));
        QCOMPARE(h.tokensPerMonthRemaining, std::optional<qint64>(3999000));
        QCOMPARE(h.tokensPer5MinutesLimit, std::optional<qint64>(250000));
        QCOMPARE(h.tokensPer5MinutesRemaining, std::optional<qint64>(249000));
        QVERIFY(!h.tokensPerMinuteLimit);
    }

    void family2025()
    {
        // The 2025-01-16 capture (Cloudflare + Kong).
        const auto h = RateLimitHeaders::parse(raw({{"x-ratelimitbysize-remaining-minute", "467993"},
                                                    {"ratelimitbysize-query-cost", "32007"},
                                                    {"ratelimitbysize-limit", "500000"},
                                                    {"ratelimitbysize-reset", "40"},
                                                    {"x-ratelimitbysize-limit-month", "1000000000"},
                                                    {"ratelimitbysize-remaining", "467993"},
                                                    {"x-ratelimitbysize-limit-minute", "500000"},
                                                    {"x-ratelimitbysize-remaining-month", "999871967"}}));
        QCOMPARE(h.tokensPerMinuteLimit, std::optional<qint64>(500000));
        QCOMPARE(h.tokensPerMinuteRemaining, std::optional<qint64>(467993));
        QCOMPARE(h.resetSeconds, std::optional<qint64>(40));
        QCOMPARE(h.queryCost, std::optional<qint64>(32007));
        QCOMPARE(h.tokensPerMonthLimit, std::optional<qint64>(1000000000));
        QCOMPARE(h.tokensPerMonthRemaining, std::optional<qint64>(999871967));
        QCOMPARE(h.waitHintMs(), qint64(40000));
        QVERIFY(!h.requestsPerMinuteLimit);
    }

    void zeroRequestLimitMeansNoQuota()
    {
        const auto h = RateLimitHeaders::parse(raw({{"x-ratelimit-limit-req-minute", "0"}}));
        QVERIFY(h.noQuota());
    }

    void noRateHeaders()
    {
        const auto h = RateLimitHeaders::parse(raw({{"content-type", "application/json"}, {"x-kong-request-id", "1"}}));
        QVERIFY(!h.any());
        QCOMPARE(h.waitHintMs(), qint64(-1));
    }

    void garbageValuesAreIgnored()
    {
        const auto h = RateLimitHeaders::parse(
            raw({{"x-ratelimit-limit-req-minute", "lots"}, {"x-ratelimit-remaining-req-minute", "-3"}}));
        QVERIFY(!h.requestsPerMinuteLimit);
        QVERIFY(!h.requestsPerMinuteRemaining);
    }

    void retryAfter_data()
    {
        QTest::addColumn<QByteArray>("value");
        QTest::addColumn<qint64>("expectedMs");
        QTest::newRow("seconds") << QByteArray("3") << qint64(3000);
        QTest::newRow("zero") << QByteArray("0") << qint64(0);
        QTest::newRow("fraction") << QByteArray("1.5") << qint64(1500);
        QTest::newRow("http-date") << QByteArray("Thu, 01 Jan 2026 00:00:10 GMT") << qint64(10000);
        QTest::newRow("date-in-past") << QByteArray("Wed, 31 Dec 2025 23:59:00 GMT") << qint64(0);
        QTest::newRow("garbage") << QByteArray("soon") << qint64(-1);
        QTest::newRow("empty") << QByteArray("") << qint64(-1);
    }

    void retryAfter()
    {
        QFETCH(QByteArray, value);
        QFETCH(qint64, expectedMs);
        const QDateTime now(QDate(2026, 1, 1), QTime(0, 0), Qt::UTC);
        QCOMPARE(RateLimitHeaders::parseRetryAfterMs(value, now), expectedMs);
    }

    void retryAfterWinsOverReset()
    {
        const QDateTime now(QDate(2026, 1, 1), QTime(0, 0), Qt::UTC);
        const auto h = RateLimitHeaders::parse(raw({{"Retry-After", "3"}, {"ratelimitbysize-reset", "40"}}), now);
        QCOMPARE(h.retryAfterMs, std::optional<qint64>(3000));
        QCOMPARE(h.waitHintMs(), qint64(3000));
    }
};

QTEST_GUILESS_MAIN(TestRateLimitHeaders)
#include "tst_ratelimitheaders.moc"
