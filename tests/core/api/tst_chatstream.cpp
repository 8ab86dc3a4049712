#include "api/ChatAccumulator.h"
#include "api/ChatChunk.h"
#include "api/SseParser.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace rostrum;

namespace {
QByteArray readData(const char *name)
{
    QFile f(QStringLiteral(ROSTRUM_TEST_DATA_DIR "/api/") + QLatin1String(name));
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

// The fixture file holds sections "## <name>" of bare JSON payloads; rebuild the wire stream of one.
QByteArray fixtureStream(const QByteArray &section)
{
    const QList<QByteArray> lines = readData("stream-fixtures-tools-reasoning.txt").split('\n');
    QByteArray out;
    bool in = false;
    for (const QByteArray &l : lines) {
        if (l.startsWith("## mistral-")) {
            in = l.startsWith(QByteArray(QByteArray("## ") + section));
            continue;
        }
        if (in && l.startsWith('{'))
            out += "data: " + l + "\n\n";
    }
    if (!out.isEmpty())
        out += "data: [DONE]\n\n";
    return out;
}

struct Run
{
    ChatResult result;
    int toolChanges = 0;
    bool done = false;
    QString firstError;
};

Run runStream(const QByteArray &stream, qsizetype slice = 7)
{
    Run r;
    SseParser parser;
    ChatAccumulator acc;
    for (qsizetype at = 0; at < stream.size(); at += slice) {
        parser.feed(QByteArrayView(stream).sliced(at, std::min(slice, stream.size() - at)));
        while (parser.hasEvent()) {
            const SseEvent ev = parser.takeEvent();
            if (ev.isDone()) {
                r.done = true;
                continue;
            }
            ChatChunk c;
            QString err;
            if (!ChatChunk::parse(ev.data, &c, &err)) {
                if (r.firstError.isEmpty())
                    r.firstError = err;
                continue;
            }
            if (acc.add(c))
                ++r.toolChanges;
        }
    }
    r.result = acc.result();
    return r;
}
} // namespace

class TestChatStream final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void realCapture_data();
    void realCapture();
    void wholeToolCall();
    void incrementalToolCall();
    void reasoningKeptApart();
    void paddingAndCachedTokens();
    void finishReasonError();
    void nonStreamAnswer();
    void errorObjectInStream();
};

void TestChatStream::realCapture_data()
{
    QTest::addColumn<qsizetype>("slice");
    for (qsizetype s : {1, 2, 3, 5, 64, 100000})
        QTest::newRow(qPrintable(QStringLiteral("slice %1").arg(s))) << s;
}

void TestChatStream::realCapture()
{
    QFETCH(qsizetype, slice);
    const Run r = runStream(readData("stream-capture-2024-11.txt"), slice);
    QVERIFY2(r.firstError.isEmpty(), qPrintable(r.firstError));
    QVERIFY(r.done);
    QCOMPARE(r.result.text, u"Coca recognizable"_qs);
    QCOMPARE(r.result.finishReason, u"length"_qs);
    QCOMPARE(r.result.id, u"f798ebd5c41a45d88bb079635121cade"_qs);
    QCOMPARE(r.result.model, u"mistral-large-latest"_qs);
    QVERIFY(r.result.usage.valid);
    QCOMPARE(r.result.usage.promptTokens, 34);
    QCOMPARE(r.result.usage.completionTokens, 100);
    QCOMPARE(r.result.usage.totalTokens, 134);
    QVERIFY(r.result.thinking.isEmpty());
    QVERIFY(r.result.toolCalls.isEmpty());
}

void TestChatStream::wholeToolCall()
{
    const QByteArray stream = fixtureStream("mistral-tool-call");
    QVERIFY(!stream.isEmpty());
    const Run r = runStream(stream);
    QCOMPARE(r.result.finishReason, u"tool_calls"_qs);
    QCOMPARE(r.result.toolCalls.size(), 1);
    const ToolCall &tc = r.result.toolCalls.first();
    QCOMPARE(tc.id, u"gSIMJiOkT"_qs);
    QCOMPARE(tc.name, u"weather"_qs);
    QCOMPARE(tc.arguments, u"{\"location\": \"San Francisco\"}"_qs);
    QCOMPARE(tc.index, -1);
    QCOMPARE(r.toolChanges, 1);
    QCOMPARE(r.result.usage.totalTokens, 146);
    QVERIFY(r.result.text.isEmpty());
}

void TestChatStream::incrementalToolCall()
{
    const Run r = runStream(fixtureStream("mistral-incremental-tool-call"));
    QCOMPARE(r.result.toolCalls.size(), 1);
    const ToolCall &tc = r.result.toolCalls.first();
    QCOMPARE(tc.id, u"chatcmpl-tool-9f149c74c42f265b"_qs);
    QCOMPARE(tc.name, u"webSearchTool"_qs); // the continuation's empty name must not erase it
    QCOMPARE(tc.arguments, u"{\"query\": \"current Berlin weather\"}"_qs);
    QCOMPARE(r.toolChanges, 2);
    QCOMPARE(r.result.finishReason, u"tool_calls"_qs);
    QCOMPARE(r.result.usage.cachedTokens, 128);
    QCOMPARE(r.result.usage.promptTokens, 171);
}

void TestChatStream::reasoningKeptApart()
{
    const Run r = runStream(fixtureStream("mistral-reasoning"), 3);
    QCOMPARE(r.result.thinking, u"The user is asking for 2+2. This is basic arithmetic. 2+2=4."_qs);
    QCOMPARE(r.result.text, u"2 + 2 = 4"_qs);
    QCOMPARE(r.result.finishReason, u"stop"_qs);
    QCOMPARE(r.result.usage.completionTokens, 46);
}

void TestChatStream::paddingAndCachedTokens()
{
    const Run r = runStream(fixtureStream("mistral-usage-raw-live"));
    QVERIFY(r.firstError.isEmpty());
    QCOMPARE(r.result.text, u"OK"_qs);
    QCOMPARE(r.result.usage.promptTokens, 19);
    QCOMPARE(r.result.usage.completionTokens, 2);
    QCOMPARE(r.result.usage.totalTokens, 21);
    QCOMPARE(r.result.usage.cachedTokens, 0);
    QVERIFY(r.result.usage.valid);
}

void TestChatStream::finishReasonError()
{
    const QByteArray stream = "data: {\"id\":\"x\",\"choices\":[{\"index\":0,\"delta\":{\"content\":\"Half an\"},"
                              "\"finish_reason\":null}]}\n\n"
                              "data: {\"id\":\"x\",\"choices\":[{\"index\":0,\"delta\":{\"content\":\"\"},"
                              "\"finish_reason\":\"error\"}]}\n\ndata: [DONE]\n\n";
    const Run r = runStream(stream);
    QCOMPARE(r.result.text, u"Half an"_qs);
    QCOMPARE(r.result.finishReason, u"error"_qs);
    QVERIFY(!r.result.usage.valid);
}

void TestChatStream::nonStreamAnswer()
{
    const QByteArray body = R"({"id":"cmpl-1","object":"chat.completion","model":"mistral-small-latest",
        "choices":[{"index":0,"message":{"role":"assistant","content":"Bonjour","tool_calls":null},
        "finish_reason":"stop"}],"usage":{"prompt_tokens":5,"completion_tokens":2,"total_tokens":7}})";
    ChatResult r;
    QString err;
    QVERIFY2(ChatResult::fromCompletionJson(QJsonDocument::fromJson(body).object(), &r, &err), qPrintable(err));
    QCOMPARE(r.text, u"Bonjour"_qs);
    QCOMPARE(r.finishReason, u"stop"_qs);
    QCOMPARE(r.usage.totalTokens, 7);
    QCOMPARE(r.id, u"cmpl-1"_qs);
    QVERIFY(!ChatResult::fromCompletionJson(QJsonObject {{u"object"_qs, u"list"_qs}}, &r, &err));
    QVERIFY(!err.isEmpty());
}

void TestChatStream::errorObjectInStream()
{
    ChatChunk c;
    QString err;
    QVERIFY(!ChatChunk::parse(R"({"object":"error","message":"Internal error","type":"internal_error"})", &c, &err));
    QVERIFY(err.contains(u"Internal error"_qs));
    QVERIFY(!ChatChunk::parse("{not json", &c, &err));
    QVERIFY(!err.isEmpty());
}

QTEST_GUILESS_MAIN(TestChatStream)
#include "tst_chatstream.moc"
