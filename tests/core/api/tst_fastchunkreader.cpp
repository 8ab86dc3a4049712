// FastChunkReader is only allowed to answer when it answers exactly like the general parser:
// every case here checks that, and that the usual chunk shapes really take the fast path.
#include "api/ChatChunk.h"
#include "api/FastChunkReader.h"

#include <QFile>
#include <QRandomGenerator>
#include <QTest>

// Declared before the raw string literals below, which moc does not read reliably.
class TestFastChunkReader : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void handled_data();
    void handled();
    void refused_data();
    void refused();
    void capturesTakeTheFastPath();
    void mutationsNeverDisagree();
    void streamOfChunksSharesTheTemplate();
};

using namespace rostrum;

namespace {
bool sameChunk(const ChatChunk &a, const ChatChunk &b)
{
    return a.id == b.id && a.model == b.model && a.textDelta == b.textDelta && a.thinkingDelta == b.thinkingDelta
        && a.toolCalls == b.toolCalls && a.finishReason == b.finishReason && a.usage == b.usage;
}

// The fast reader's answer, if any, must be the general parser's; returns whether it answered.
// `reader` may come with the memory of earlier chunks (the stream case).
bool checkAgainstGeneral(const QByteArray &json, FastChunkReader reader = FastChunkReader())
{
    ChatChunk fast;
    const bool handled = reader.read(json, &fast);
    ChatChunk general;
    const bool generalOk = ChatChunk::parseGeneral(json, &general);
    if (handled) {
        if (!generalOk) {
            qWarning("fast reader accepted what the general parser refuses: %s", json.constData());
            return false;
        }
        if (!sameChunk(fast, general)) {
            qWarning("fast reader differs from the general parser on: %s", json.constData());
            return false;
        }
    }
    // parse() must give the general parser's answer in every case.
    ChatChunk viaParse;
    QString why;
    const bool parseOk = ChatChunk::parse(json, &viaParse, &why);
    if (parseOk != generalOk || (parseOk && !sameChunk(viaParse, general))) {
        qWarning("parse() differs from the general parser on: %s", json.constData());
        return false;
    }
    return true;
}

const QByteArray kBase = R"({"id":"f798","object":"chat.completion.chunk","created":1732548656,)"
                         R"("model":"mistral-large-latest","choices":[{"index":0,"delta":{"content":"Bon\njour \"à\" )"
                         R"(\u00e9\ud83d\ude00 🙂"},"finish_reason":null,"logprobs":null}]})";
} // namespace

void TestFastChunkReader::handled_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("finish");

    QTest::newRow("escapes and UTF-8") << kBase << QStringLiteral("Bon\njour \"à\" é😀 🙂") << QString();
    QTest::newRow("first chunk with role")
        << QByteArray(R"({"id":"a","model":"m","choices":[{"index":0,"delta":{"role":"assistant","content":""},)"
                      R"("finish_reason":null}]})")
        << QString() << QString();
    QTest::newRow("content null, finish stop") << QByteArray(
        R"({"id":"a","model":"m","choices":[{"index":0,"delta":{"content":null},"finish_reason":"stop"}]})")
                                               << QString() << QStringLiteral("stop");
    QTest::newRow("usage null") << QByteArray(
        R"({"id":"a","model":"m","choices":[{"delta":{"content":"x"}}],"usage":null})")
                                << QStringLiteral("x") << QString();
    QTest::newRow("whitespace everywhere") << QByteArray(
        " \r\n{ \"choices\" :\t[ { \"delta\" : { \"content\" : \"a b\" } } , {\"x\":[1,2.5,-0,true,false,null]} ] } \n")
                                           << QStringLiteral("a b") << QString();
    QTest::newRow("escaped slash and controls") << QByteArray(R"({"choices":[{"delta":{"content":"a\/b\b\f\r\t"}}]})")
                                                << QStringLiteral("a/b\b\f\r\t") << QString();
    QTest::newRow("unknown nested fields")
        << QByteArray(R"({"p":{"q":[{"r":"\u00e9\"\\"}],"s\u0041":1},"choices":[{"delta":{"content":"ok","x":{}}}]})")
        << QStringLiteral("ok") << QString();
    QTest::newRow("tool_calls null") << QByteArray(R"({"choices":[{"delta":{"content":"t","tool_calls":null}}]})")
                                     << QStringLiteral("t") << QString();
}

void TestFastChunkReader::handled()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, text);
    QFETCH(QString, finish);
    ChatChunk c;
    QVERIFY(FastChunkReader().read(json, &c));
    QCOMPARE(c.textDelta, text);
    QCOMPARE(c.finishReason, finish);
    QVERIFY(checkAgainstGeneral(json));
}

void TestFastChunkReader::refused_data()
{
    QTest::addColumn<QByteArray>("json");
    auto row = [](const char *name, const QByteArray &json) {
        QTest::newRow(name) << json;
    };
    row("content array (thinking)",
        R"({"choices":[{"delta":{"content":[{"type":"thinking","thinking":[{"type":"text","text":"hm"}]}]}}]})");
    row("tool calls",
        R"({"choices":[{"delta":{"tool_calls":[{"index":0,"function":{"name":"f","arguments":"{}"}}]}}]})");
    row("usage object",
        R"({"choices":[{"delta":{"content":""},"finish_reason":"stop"}],"usage":{"prompt_tokens":1,"completion_tokens":2,"total_tokens":3}})");
    row("error object", R"({"object":"error","message":"overloaded","type":"internal"})");
    row("empty choices", R"({"choices":[]})");
    row("no choices", R"({"id":"a"})");
    row("message instead of delta", R"({"choices":[{"message":{"content":"whole"}}]})");
    row("duplicate content", R"({"choices":[{"delta":{"content":"a","content":"b"}}]})");
    row("duplicate choices", R"({"choices":[{"delta":{"content":"a"}}],"choices":[{"delta":{"content":"b"}}]})");
    row("duplicate id", R"({"id":"a","id":"b","choices":[{"delta":{"content":"a"}}]})");
    row("invalid UTF-8", "{\"choices\":[{\"delta\":{\"content\":\"a\xC3(\"}}]}");
    row("overlong UTF-8", "{\"choices\":[{\"delta\":{\"content\":\"\xC0\xAF\"}}]}");
    row("UTF-8 surrogate", "{\"choices\":[{\"delta\":{\"content\":\"\xED\xA0\x80\"}}]}");
    row("lone high surrogate", R"({"choices":[{"delta":{"content":"\ud83d x"}}]})");
    row("lone low surrogate", R"({"choices":[{"delta":{"content":"\ude00"}}]})");
    row("escaped NUL", R"({"choices":[{"delta":{"content":"a\u0000b"}}]})");
    row("raw control character", "{\"choices\":[{\"delta\":{\"content\":\"a\x01\"}}]}");
    row("bad escape", R"({"choices":[{"delta":{"content":"\x41"}}]})");
    row("exponent number", R"({"created":1e400,"choices":[{"delta":{"content":"a"}}]})");
    row("leading zero", R"({"created":01,"choices":[{"delta":{"content":"a"}}]})");
    row("trailing garbage", R"({"choices":[{"delta":{"content":"a"}}]} x)");
    row("trailing comma", R"({"choices":[{"delta":{"content":"a"}},]})");
    row("truncated", R"({"choices":[{"delta":{"content":"a)");
    row("not an object", R"([{"choices":[]}])");
    row("escaped key", R"({"choic\u0065s":[{"delta":{"content":"a"}}]})");
    row("content number", R"({"choices":[{"delta":{"content":5}}]})");
    row("finish_reason number", R"({"choices":[{"delta":{"content":"a"},"finish_reason":1}]})");
    row("delta not an object", R"({"choices":[{"delta":"a"}]})");
    row("choice not an object", R"({"choices":["a"]})");
    row("deep nesting",
        QByteArray("{\"x\":") + QByteArray(100, '[') + QByteArray(100, ']')
            + QByteArray(",\"choices\":[{\"delta\":{}}]}"));
    row("empty", "");
}

void TestFastChunkReader::refused()
{
    QFETCH(QByteArray, json);
    ChatChunk c;
    c.textDelta = QStringLiteral("untouched");
    QVERIFY(!FastChunkReader().read(json, &c));
    QCOMPARE(c.textDelta, QStringLiteral("untouched"));
    QVERIFY(checkAgainstGeneral(json));
}

void TestFastChunkReader::capturesTakeTheFastPath()
{
    int events = 0;
    int fast = 0;
    // One reader for every line: ids and models change between the files, which its memory must notice.
    FastChunkReader reader;
    for (const char *name : {"stream-capture-2024-11.txt", "stream-fixtures-tools-reasoning.txt"}) {
        QFile f(QStringLiteral(ROSTRUM_TEST_DATA_DIR "/api/") + QLatin1String(name));
        QVERIFY2(f.open(QIODevice::ReadOnly), qPrintable(f.fileName()));
        // The capture is SSE ("data: {...}"); the fixtures are one JSON payload per line.
        const QList<QByteArray> lines = f.readAll().split('\n');
        for (QByteArray line : lines) {
            if (line.startsWith("data: "))
                line = line.mid(6);
            if (!line.startsWith('{'))
                continue;
            ++events;
            ChatChunk c;
            const bool tookFastPath = reader.read(line, &c);
            // Plain content deltas take the fast path; tool calls, content arrays and usage do not.
            const bool plainDelta =
                !line.contains("\"tool_calls\"") && !line.contains("\"content\":[") && !line.contains("\"usage\"");
            QCOMPARE(tookFastPath, plainDelta);
            fast += tookFastPath ? 1 : 0;
            if (tookFastPath) {
                ChatChunk general;
                QVERIFY(ChatChunk::parseGeneral(line, &general));
                QVERIFY(sameChunk(c, general));
            }
            QVERIFY(checkAgainstGeneral(line));
        }
    }
    QVERIFY(events > 10);
    QVERIFY(fast >= 5);
}

void TestFastChunkReader::mutationsNeverDisagree()
{
    // Random edits of a valid chunk: whatever the fast reader accepts must agree with the general parser.
    QRandomGenerator rng(20261128);
    const QByteArray alphabet = QByteArrayLiteral("{}[]\":,\\u0123456789abcdefnrtluxe+-. \n\x01\x7F\xC3\xA9\xED\xF0");
    int accepted = 0;
    for (int i = 0; i < 20000; ++i) {
        QByteArray json = kBase;
        const int edits = 1 + int(rng.bounded(3));
        for (int e = 0; e < edits; ++e) {
            const int pos = int(rng.bounded(json.size()));
            const char ch = alphabet.at(int(rng.bounded(alphabet.size())));
            switch (rng.bounded(3)) {
            case 0:
                json[pos] = ch;
                break;
            case 1:
                json.insert(pos, ch);
                break;
            default:
                json.remove(pos, 1);
                break;
            }
        }
        ChatChunk c;
        if (FastChunkReader().read(json, &c))
            ++accepted;
        QVERIFY(checkAgainstGeneral(json));
        // Again after reading the unedited chunk first: edits that keep the bytes around the text
        // take the template path, and must still agree.
        FastChunkReader afterBase;
        QVERIFY(afterBase.read(kBase, &c));
        QVERIFY(checkAgainstGeneral(json, afterBase));
    }
    // Many edits land in text, where the result is still a valid chunk: the comparison must have bitten.
    QVERIFY2(accepted > 1000, qPrintable(QString::number(accepted)));
}

void TestFastChunkReader::streamOfChunksSharesTheTemplate()
{
    const QByteArray pre = R"({"id":"s1","model":"m","choices":[{"index":0,"delta":{"content":")";
    const QByteArray post = R"("},"finish_reason":null}]})";
    // Each is read by one reader after the ones before it, and must read as the general parser reads it.
    const QList<QByteArray> stream {
        R"({"id":"s1","model":"m","choices":[{"index":0,"delta":{"role":"assistant","content":""},"finish_reason":null}]})",
        pre + "Hello" + post,
        pre + R"( wörld "q")" + post,
        pre + post,
        // Same bytes around, but the text's closing quote comes early: a second choice follows.
        pre + R"(x"},"finish_reason":"stop"},{"delta":{"content":"y)" + post,
        // A quote-like escape right before the suffix.
        pre + R"(ends with \)" + post,
        pre + "Ã©tÃ©" + post,
        // Invalid UTF-8 in the text between identical surroundings: refused, general parser decides.
        pre + "Ã(" + post,
        pre + "bye" + R"("},"finish_reason":"stop"}]})",
        R"({"id":"s2","model":"m2","choices":[{"index":0,"delta":{"content":"new stream"},"finish_reason":null}]})",
    };
    FastChunkReader reader;
    FastChunkReader inPlaceReader;
    QByteArray gathered;
    QByteArray gatheredInPlace;
    QString expectedText;
    int fastCount = 0;
    for (const QByteArray &json : stream) {
        ChatChunk general;
        const bool generalOk = ChatChunk::parseGeneral(json, &general);
        ChatChunk fast;
        const qsizetype before = gathered.size();
        const bool handled = reader.read(json, &fast, &gathered);
        // readInPlace answers the same chunk without copying it out.
        const ChatChunk *inPlace = inPlaceReader.readInPlace(json, &gatheredInPlace);
        QCOMPARE(inPlace != nullptr, handled);
        if (inPlace)
            QVERIFY(sameChunk(*inPlace, fast));
        QCOMPARE(gatheredInPlace, gathered);
        if (handled) {
            ++fastCount;
            QVERIFY2(generalOk, json.constData());
            QVERIFY(fast.textDelta.isEmpty()); // the text went to `gathered`
            fast.textDelta = QString::fromUtf8(gathered.mid(before));
            QVERIFY2(sameChunk(fast, general), json.constData());
        } else {
            QCOMPARE(gathered.size(), before); // nothing left behind by a refused chunk
        }
        if (handled)
            expectedText += general.textDelta;
    }
    // The gathered UTF-8 is exactly the text of the chunks read, in order.
    QCOMPARE(QString::fromUtf8(gathered), expectedText);
    QVERIFY(fastCount >= 7);
}

QTEST_GUILESS_MAIN(TestFastChunkReader)
#include "tst_fastchunkreader.moc"
