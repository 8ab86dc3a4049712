// The rostrum-mock-server executable: prints its port, serves, applies scenarios, stops on SIGTERM.

#include "RawHttpClient.h"

#include <QJsonArray>
#include <QProcess>
#include <QRegularExpression>
#include <QtTest>

using namespace rostrum::test;

namespace {
constexpr int Timeout = 20000;

QJsonObject chat()
{
    return {{QStringLiteral("model"), QStringLiteral("mistral-small-latest")},
            {QStringLiteral("messages"),
             QJsonArray {QJsonObject {{QStringLiteral("role"), QStringLiteral("user")},
                                      {QStringLiteral("content"), QStringLiteral("Hi")}}}}};
}
} // namespace

class tst_MockServerTool final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void cleanup();
    void printsPortAndServes();
    void requiredKey();
    void flakyScenario();
    void unknownScenarioFails();
    void framingFlag();
    void completionTokensFlag();

private:
    quint16 start(const QStringList &arguments);

    QProcess *m_process = nullptr;
};

quint16 tst_MockServerTool::start(const QStringList &arguments)
{
    m_process = new QProcess(this);
    m_process->start(QStringLiteral(ROSTRUM_MOCK_SERVER_PATH), arguments);
    static const QRegularExpression line(QStringLiteral("^listening on http://127\\.0\\.0\\.1:(\\d+)\\n"));
    QByteArray out;
    [&] {
        QTRY_VERIFY_WITH_TIMEOUT(
            (out += m_process->readAllStandardOutput(), line.match(QString::fromUtf8(out)).hasMatch()), Timeout);
    }();
    return quint16(line.match(QString::fromUtf8(out)).captured(1).toUInt());
}

void tst_MockServerTool::cleanup()
{
    if (m_process && m_process->state() != QProcess::NotRunning) {
        m_process->kill();
        m_process->waitForFinished(5000); // a child process, not the event loop the server runs on
    }
    delete m_process;
    m_process = nullptr;
}

void tst_MockServerTool::printsPortAndServes()
{
    const quint16 port = start({QStringLiteral("--port"), QStringLiteral("0")});
    QVERIFY(port > 0);
    RawHttpClient models(port);
    models.get("/v1/models", "any-key-will-do");
    QTRY_VERIFY_WITH_TIMEOUT(models.finished(), Timeout);
    QCOMPARE(models.status(), 200);
    RawHttpClient speech(port);
    speech.postJson(chat(), "another-key");
    QTRY_VERIFY_WITH_TIMEOUT(speech.finished(), Timeout);
    QCOMPARE(speech.status(), 200);

    m_process->terminate(); // SIGTERM
    QTRY_COMPARE_WITH_TIMEOUT(m_process->state(), QProcess::NotRunning, Timeout);
    QCOMPARE(m_process->exitStatus(), QProcess::NormalExit);
    QCOMPARE(m_process->exitCode(), 0);
}

void tst_MockServerTool::requiredKey()
{
    const quint16 port = start({QStringLiteral("--key"), QStringLiteral("sekrit")});
    RawHttpClient wrong(port);
    wrong.postJson(chat(), "other");
    RawHttpClient right(port);
    right.postJson(chat(), "sekrit");
    QTRY_VERIFY_WITH_TIMEOUT(wrong.finished() && right.finished(), Timeout);
    QCOMPARE(wrong.status(), 401);
    QCOMPARE(right.status(), 200);
}

void tst_MockServerTool::flakyScenario()
{
    const quint16 port = start({QStringLiteral("--scenario"), QStringLiteral("flaky")});
    QList<int> statuses;
    for (int i = 0; i < 6; ++i) {
        RawHttpClient c(port);
        c.postJson(chat(), "k");
        QTRY_VERIFY_WITH_TIMEOUT(c.finished(), Timeout);
        statuses << c.status();
    }
    QCOMPARE(statuses, (QList<int> {200, 200, 500, 200, 200, 429}));
}

void tst_MockServerTool::unknownScenarioFails()
{
    m_process = new QProcess(this);
    m_process->start(QStringLiteral(ROSTRUM_MOCK_SERVER_PATH), {QStringLiteral("--scenario"), QStringLiteral("nope")});
    QTRY_COMPARE_WITH_TIMEOUT(m_process->state(), QProcess::NotRunning, Timeout);
    QCOMPARE(m_process->exitCode(), 2);
    QVERIFY(m_process->readAllStandardError().contains("unknown scenario"));
}

void tst_MockServerTool::framingFlag()
{
    QJsonObject body = chat();
    body.insert(QStringLiteral("stream"), true);

    // Default: chunked on a kept-alive connection that serves a second request too.
    const quint16 port = start({});
    RawHttpClient chunked(port);
    chunked.postJson(body, "k");
    QTRY_VERIFY_WITH_TIMEOUT(chunked.finished(), Timeout);
    QCOMPARE(chunked.header("transfer-encoding"), QByteArray("chunked"));
    QVERIFY(!chunked.closed());
    QVERIFY(chunked.sawDone());
    chunked.postJson(body, "k");
    QTRY_VERIFY_WITH_TIMEOUT(chunked.finished(), Timeout);
    QCOMPARE(chunked.responses().size(), 2);
    QVERIFY(chunked.sawDone());
    cleanup();

    const quint16 closePort = start({QStringLiteral("--framing"), QStringLiteral("close")});
    RawHttpClient closing(closePort);
    closing.postJson(body, "k");
    QTRY_VERIFY_WITH_TIMEOUT(closing.closed(), Timeout);
    QCOMPARE(closing.header("connection"), QByteArray("close"));
    QVERIFY(closing.header("transfer-encoding").isEmpty());
    QVERIFY(closing.header("content-length").isEmpty());
    QVERIFY(closing.sawDone());
    cleanup();

    m_process = new QProcess(this);
    m_process->start(QStringLiteral(ROSTRUM_MOCK_SERVER_PATH), {QStringLiteral("--framing"), QStringLiteral("h2")});
    QTRY_COMPARE_WITH_TIMEOUT(m_process->state(), QProcess::NotRunning, Timeout);
    QCOMPARE(m_process->exitCode(), 2);
}

void tst_MockServerTool::completionTokensFlag()
{
    const quint16 port = start({QStringLiteral("--completion-tokens"), QStringLiteral("1500")});
    QJsonObject body = chat();
    body.insert(QStringLiteral("stream"), true);
    RawHttpClient c(port);
    c.postJson(body, "k");
    QTRY_VERIFY_WITH_TIMEOUT(c.finished(), Timeout);
    const QList<QJsonObject> events = c.events();
    QCOMPARE(events.size(), 1501); // the role chunk, then one token per event
    QCOMPARE(events.last().value(QLatin1String("usage")).toObject().value(QLatin1String("completion_tokens")).toInt(),
             1500);
    QCOMPARE(c.chunks().size(), 1502); // one HTTP chunk per event, [DONE] included
}

QTEST_GUILESS_MAIN(tst_MockServerTool)
#include "tst_mockservertool.moc"
