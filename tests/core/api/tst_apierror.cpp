#include "api/ApiError.h"

#include <QNetworkReply>
#include <QTest>

using namespace rostrum;

using Headers = QList<std::pair<QByteArray, QByteArray>>;
Q_DECLARE_METATYPE(Headers)
Q_DECLARE_METATYPE(rostrum::ErrorClass)

class TestApiError final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void observedBodies_data();
    void observedBodies();
    void retryAfter_data();
    void retryAfter();
    void retryAfterFromHeaders();
    void networkErrors_data();
    void networkErrors();
    void userMessageNamesTheField();
};

void TestApiError::observedBodies_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<Headers>("headers");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<ErrorClass>("cls");
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("messageContains");
    QTest::addColumn<bool>("retryable");

    const Headers none;
    // Verbatim bodies from observed-headers-and-errors.md (sources named there).
    QTest::newRow("401 gateway message")
        << 401 << none << QByteArray(R"({"message":"Unauthorized","request_id":"c61f2f15feca71626a990e3740f99245"})")
        << ErrorClass::Auth << QString() << u"Unauthorized"_qs << false;
    QTest::newRow("401 detail string") << 401 << none << QByteArray(R"({"detail":"Unauthorized"})") << ErrorClass::Auth
                                       << QString() << u"Unauthorized"_qs << false;
    QTest::newRow("401 no body") << 401 << none << QByteArray() << ErrorClass::Auth << QString() << QString() << false;
    QTest::newRow("403") << 403 << none << QByteArray(R"({"detail":"Forbidden"})") << ErrorClass::Auth << QString()
                         << u"Forbidden"_qs << false;
    QTest::newRow("422 message object (2024)")
        << 422 << none
        << QByteArray(
               R"({"object":"error","message":{"detail":[{"type":"extra_forbidden","loc":["body","messages",0,"user","name"],"msg":"Extra inputs are not permitted","input":"","url":"https://errors.pydantic.dev/2.6/v/extra_forbidden"}]},"type":"invalid_request_error","param":null,"code":null})")
        << ErrorClass::InvalidRequest << u"messages.0.user.name"_qs << u"Extra inputs are not permitted"_qs << false;
    QTest::newRow("422 message JSON string (2024-01)")
        << 422 << none
        << QByteArray(
               R"({"object":"error","message":"{\"detail\":[{\"type\":\"extra_forbidden\",\"loc\":[\"body\",\"seed\"],\"msg\":\"Extra inputs are not permitted\",\"input\":42}]}","type":"internal_error_proxy","param":null,"code":"1000"})")
        << ErrorClass::InvalidRequest << u"seed"_qs << u"Extra inputs are not permitted"_qs << false;
    QTest::newRow("422 max_completion_tokens (2025-12)")
        << 422 << none
        << QByteArray(
               R"({"object":"error","message":{"detail":[{"type":"extra_forbidden","loc":["body","max_completion_tokens"],"msg":"Extra inputs are not permitted","input":32000}]},"type":"invalid_request_error","param":null,"code":null})")
        << ErrorClass::InvalidRequest << u"max_completion_tokens"_qs << u"max_completion_tokens: Extra inputs"_qs
        << false;
    QTest::newRow("422 capital Error, numeric code (2025-11)")
        << 422 << none
        << QByteArray(
               R"({"object":"Error","detail":[{"type":"missing","loc":["body","messages"],"msg":"Field required","input":{}}],"message":[{"type":"missing","loc":["body","messages"],"msg":"Field required"}],"type":"invalid_request_error","code":3001})")
        << ErrorClass::InvalidRequest << u"messages"_qs << u"Field required"_qs << false;
    QTest::newRow("422 bare detail (2026-04)")
        << 422 << none
        << QByteArray(
               R"({"detail":[{"type":"extra_forbidden","loc":["body","store"],"msg":"Extra inputs are not permitted","input":false},{"type":"extra_forbidden","loc":["body","seed"],"msg":"Extra inputs are not permitted","input":1}]})")
        << ErrorClass::InvalidRequest << u"store"_qs << u"seed: Extra inputs are not permitted"_qs << false;
    QTest::newRow("422 stream_options.include_usage")
        << 422 << none
        << QByteArray(
               R"({"object":"error","message":{"detail":[{"type":"extra_forbidden","loc":["body","stream_options","include_usage"],"msg":"Extra inputs are not permitted"}]},"type":"invalid_request_error","param":null,"code":null})")
        << ErrorClass::InvalidRequest << u"stream_options.include_usage"_qs << u"Extra inputs"_qs << false;
    QTest::newRow("400 unknown model (documented)")
        << 400 << none
        << QByteArray(
               R"({"object":"error","message":"Invalid model: mistral-huge","type":"invalid_request_error","param":"model","code":"unknown_model"})")
        << ErrorClass::InvalidRequest << u"model"_qs << u"Invalid model"_qs << false;
    QTest::newRow("400 context overflow")
        << 400 << none
        << QByteArray(
               R"({"object":"error","message":"Prompt contains 140000 tokens, too large for model with 131072 maximum context length","type":"invalid_request_error","param":null,"code":"3051"})")
        << ErrorClass::ContextOverflow << QString() << u"140000 tokens"_qs << false;
    QTest::newRow("400 context overflow, other wording")
        << 400 << none
        << QByteArray(
               R"({"object":"error","message":"This model's maximum context length is 32768 tokens. However, your messages resulted in 40000 tokens","type":"invalid_request_error"})")
        << ErrorClass::ContextOverflow << QString() << u"32768"_qs << false;
    QTest::newRow("400 other") << 400 << none
                               << QByteArray(R"({"object":"error","message":"Temperature must be at most 1.5"})")
                               << ErrorClass::InvalidRequest << QString() << u"Temperature"_qs << false;
    QTest::newRow("429 legacy") << 429 << none << QByteArray(R"({"message":"Requests rate limit exceeded"})")
                                << ErrorClass::RateLimited << QString() << u"rate limit"_qs << true;
    QTest::newRow("429 rate_limited 1300")
        << 429 << Headers {{"x-ratelimit-limit-req-minute", "720"}, {"x-ratelimit-remaining-req-minute", "0"}}
        << QByteArray(
               R"({"object":"error","message":"Rate limit exceeded","type":"rate_limited","param":null,"code":"1300","raw_status_code":429})")
        << ErrorClass::RateLimited << QString() << u"Rate limit exceeded"_qs << true;
    QTest::newRow("429 capacity")
        << 429 << none
        << QByteArray(
               R"({"object":"error","message":"Service tier capacity exceeded for this model.","type":"invalid_request_error","param":null,"code":null})")
        << ErrorClass::Capacity << QString() << u"capacity"_qs << true;
    QTest::newRow("429 no quota (req-minute 0)")
        << 429 << Headers {{"X-RateLimit-Limit-Req-Minute", "0"}}
        << QByteArray(
               R"({"object":"error","message":"Rate limit exceeded","type":"rate_limited","param":null,"code":"1300","raw_status_code":429})")
        << ErrorClass::NoQuota << QString() << u"Rate limit"_qs << false;
    QTest::newRow("429 no quota (month 0)")
        << 429 << Headers {{"x-ratelimit-limit-tokens-month", "0"}, {"x-ratelimit-limit-tokens-minute", "50000"}}
        << QByteArray(R"({"message":"Requests rate limit exceeded"})") << ErrorClass::NoQuota << QString() << QString()
        << false;
    QTest::newRow("500") << 500 << none
                         << QByteArray(
                                R"({"object":"error","message":"Internal server error","type":"internal_error"})")
                         << ErrorClass::Server << QString() << u"Internal server error"_qs << true;
    QTest::newRow("502 html") << 502 << none
                              << QByteArray("<html>\r\n<head><title>502 Bad Gateway</title></head>\r\n<body>\r\n"
                                            "<center><h1>502 Bad Gateway</h1></center>\r\n</body>\r\n</html>\r\n")
                              << ErrorClass::Server << QString() << u"502 Bad Gateway"_qs << true;
    QTest::newRow("503") << 503 << none << QByteArray(R"({"object":"error","message":"Service unavailable"})")
                         << ErrorClass::Server << QString() << u"Service unavailable"_qs << true;
    QTest::newRow("404 plain text") << 404 << none << QByteArray("Not Found") << ErrorClass::InvalidRequest << QString()
                                    << u"Not Found"_qs << false;
    QTest::newRow("garbage json") << 500 << none << QByteArray("{\"message\": ") << ErrorClass::Server << QString()
                                  << QString() << true;
}

void TestApiError::observedBodies()
{
    QFETCH(int, status);
    QFETCH(Headers, headers);
    QFETCH(QByteArray, body);
    QFETCH(ErrorClass, cls);
    QFETCH(QString, field);
    QFETCH(QString, messageContains);
    QFETCH(bool, retryable);

    const ApiError e = ApiError::fromHttp(status, headers, body, QDateTime(QDate(2026, 1, 1), QTime(0, 0), Qt::UTC));
    QCOMPARE(e.className(), ApiError::className(cls));
    QCOMPARE(e.httpStatus, status);
    QCOMPARE(e.field, field);
    QVERIFY2(e.serverMessage.contains(messageContains, Qt::CaseInsensitive), qPrintable(e.serverMessage));
    QCOMPARE(e.isRetryable(), retryable);
    QVERIFY(!e.userMessage().isEmpty());
    // The flattened message is one readable line, never raw JSON.
    QVERIFY2(!e.serverMessage.contains(QLatin1String("{\"")), qPrintable(e.serverMessage));
    QVERIFY(!e.serverMessage.contains(QLatin1Char('\n')));
}

void TestApiError::retryAfter_data()
{
    QTest::addColumn<QByteArray>("value");
    QTest::addColumn<qint64>("expectedMs");
    QTest::newRow("seconds") << QByteArray("30") << qint64(30000);
    QTest::newRow("zero") << QByteArray("0") << qint64(0);
    QTest::newRow("fraction") << QByteArray("1.5") << qint64(1500);
    QTest::newRow("spaces") << QByteArray("  7 ") << qint64(7000);
    QTest::newRow("imf date") << QByteArray("Thu, 01 Jan 2026 00:02:00 GMT") << qint64(120000);
    QTest::newRow("rfc850 date") << QByteArray("Thursday, 01-Jan-26 00:00:10 GMT") << qint64(10000);
    QTest::newRow("asctime") << QByteArray("Thu Jan  1 00:00:05 2026") << qint64(5000);
    QTest::newRow("past date") << QByteArray("Wed, 31 Dec 2025 23:00:00 GMT") << qint64(0);
    QTest::newRow("negative") << QByteArray("-5") << qint64(-1);
    QTest::newRow("garbage") << QByteArray("soon") << qint64(-1);
    QTest::newRow("empty") << QByteArray() << qint64(-1);
}

void TestApiError::retryAfter()
{
    QFETCH(QByteArray, value);
    QFETCH(qint64, expectedMs);
    const QDateTime now(QDate(2026, 1, 1), QTime(0, 0), Qt::UTC);
    QCOMPARE(ApiError::parseRetryAfter(value, now), expectedMs);
}

void TestApiError::retryAfterFromHeaders()
{
    const QDateTime now(QDate(2026, 1, 1), QTime(0, 0), Qt::UTC);
    const QByteArray body = R"({"object":"error","message":"Rate limit exceeded","type":"rate_limited","code":"1300"})";
    ApiError e = ApiError::fromHttp(429, {{"retry-after", "12"}}, body, now);
    QCOMPARE(e.retryAfterMs, 12000);
    e = ApiError::fromHttp(429, {{"Retry-After", "Thu, 01 Jan 2026 00:00:03 GMT"}}, body, now);
    QCOMPARE(e.retryAfterMs, 3000);
    e = ApiError::fromHttp(429, {{"ratelimitbysize-reset", "40"}}, body, now);
    QCOMPARE(e.retryAfterMs, 40000);
    e = ApiError::fromHttp(429, {}, body, now);
    QCOMPARE(e.retryAfterMs, -1);
}

void TestApiError::networkErrors_data()
{
    QTest::addColumn<int>("code");
    QTest::addColumn<ErrorClass>("cls");
    QTest::newRow("refused") << int(QNetworkReply::ConnectionRefusedError) << ErrorClass::Network;
    QTest::newRow("reset") << int(QNetworkReply::RemoteHostClosedError) << ErrorClass::Network;
    QTest::newRow("dns") << int(QNetworkReply::HostNotFoundError) << ErrorClass::Network;
    QTest::newRow("tls") << int(QNetworkReply::SslHandshakeFailedError) << ErrorClass::Network;
    QTest::newRow("timeout") << int(QNetworkReply::TimeoutError) << ErrorClass::Timeout;
    QTest::newRow("protocol") << int(QNetworkReply::ProtocolFailure) << ErrorClass::BadResponse;
}

void TestApiError::networkErrors()
{
    QFETCH(int, code);
    QFETCH(ErrorClass, cls);
    const ApiError e = ApiError::fromNetwork(QNetworkReply::NetworkError(code), u"detail"_qs);
    QCOMPARE(e.className(), ApiError::className(cls));
    QCOMPARE(e.httpStatus, 0);
}

void TestApiError::userMessageNamesTheField()
{
    const ApiError e = ApiError::fromHttp(
        422, {},
        R"({"detail":[{"type":"extra_forbidden","loc":["body","store"],"msg":"Extra inputs are not permitted"}]})");
    QVERIFY(e.userMessage().contains(u"\"store\""_qs));
    QVERIFY(e.userMessage().contains(u"Extra inputs are not permitted"_qs));
    QVERIFY(e.debugText().startsWith(u"invalid_request (HTTP 422)"_qs));
}

QTEST_GUILESS_MAIN(TestApiError)
#include "tst_apierror.moc"
