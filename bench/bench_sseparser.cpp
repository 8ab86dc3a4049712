// SseParser throughput on a synthetic stream shaped like api.mistral.ai's: many small content
// chunks (a few words, some multi-byte UTF-8, some with the "p" padding field), CRLF or LF,
// fed in network-sized slices. Reports MB/s and events/s for the parser alone, and chunks/s for
// parser + chunk decoder + accumulator (what a ChatCall does per event).
//
//   bench_sseparser [megabytes=64] [slice=1400]

#include "api/ChatAccumulator.h"
#include "api/ChatChunk.h"
#include "api/FastChunkReader.h"
#include "api/SseParser.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QRandomGenerator>

#include <cstdio>

using namespace rostrum;

namespace {
QByteArray buildStream(qsizetype targetBytes, bool crlf, qint64 *contentChunks, qsizetype *textBytes)
{
    const char *eol = crlf ? "\r\n" : "\n";
    const char *words[] = {" the",  " motion", " débat", " is",   " flawed", " because", " évidence", " 🙂", " shows",
                           " that", " 議論",   " we",    " must", " weigh",  " costs",   ",",         ".",     "\\n"};
    const QByteArray head =
        QByteArrayLiteral("data: {\"id\":\"f798ebd5c41a45d88bb079635121cade\",\"object\":\"chat.completion.chunk\","
                          "\"created\":1732548656,\"model\":\"mistral-large-latest\",\"choices\":[{\"index\":0,"
                          "\"delta\":{\"content\":\"");
    QByteArray s;
    s.reserve(targetBytes + 4096);
    s += "data: {\"id\":\"f798ebd5c41a45d88bb079635121cade\",\"object\":\"chat.completion.chunk\",\"created\":"
         "1732548656,\"model\":\"mistral-large-latest\",\"choices\":[{\"index\":0,\"delta\":{\"role\":\"assistant\","
         "\"content\":\"\"},\"finish_reason\":null}]}";
    s += eol;
    s += eol;
    QRandomGenerator rng(7);
    qint64 n = 0;
    qsizetype text = 0;
    while (s.size() < targetBytes) {
        s += head;
        const int count = 1 + rng.bounded(3);
        for (int i = 0; i < count; ++i) {
            const char *w = words[rng.bounded(int(std::size(words)))];
            s += w;
            text += qstrcmp(w, "\\n") == 0 ? 1 : qsizetype(qstrlen(w)); // the escape decodes to one byte
        }
        s += "\"},\"finish_reason\":null}]}";
        if (n % 4 == 0)
            s.chop(1), s += ",\"p\":\"abcdefghijklmn\"}";
        s += eol;
        s += eol;
        if (n % 50 == 0) {
            s += ": keep-alive";
            s += eol;
        }
        ++n;
    }
    s += head;
    s += "\"},\"finish_reason\":\"stop\"}],\"usage\":{\"prompt_tokens\":34,\"total_tokens\":134,\"completion_tokens\":"
         "100}}";
    s += eol;
    s += eol;
    s += "data: [DONE]";
    s += eol;
    s += eol;
    *contentChunks = n + 2;
    *textBytes = text;
    return s;
}

struct Figures
{
    double seconds = 0;
    quint64 events = 0;
};

Figures parseOnly(const QByteArray &stream, qsizetype slice)
{
    SseParser p;
    QElapsedTimer t;
    t.start();
    quint64 events = 0;
    qsizetype dataBytes = 0;
    for (qsizetype at = 0; at < stream.size(); at += slice) {
        p.feed(QByteArrayView(stream).sliced(at, std::min(slice, stream.size() - at)));
        while (p.hasEvent()) {
            dataBytes += p.takeEvent().data.size();
            ++events;
        }
    }
    Figures f {t.nsecsElapsed() / 1e9, events};
    if (!p.sawDone() || dataBytes == 0)
        std::fprintf(stderr, "stream did not parse to the end\n");
    return f;
}

// The per-event path of a ChatCall, without the signals: events from the parser's sink as views,
// the usual chunk through FastChunkReader (text gathered as UTF-8 and decoded once per slice), the
// rest through the general parser. generalOnly: every chunk through the general parser instead.
Figures fullPipeline(const QByteArray &stream, qsizetype slice, qsizetype expectText, bool generalOnly)
{
    SseParser p;
    ChatAccumulator acc;
    FastChunkReader reader;
    QByteArray pending;
    quint64 chunks = 0;
    auto flush = [&] {
        if (!pending.isEmpty()) {
            acc.appendText(QString::fromUtf8(pending));
            pending.resize(0);
        }
    };
    const SseParser::Sink sink = [&](const SseEventView &ev) {
        if (ev.isDone())
            return true;
        ++chunks;
        if (!generalOnly) {
            if (const ChatChunk *usual = reader.readInPlace(ev.data, &pending)) {
                acc.add(*usual);
                return true;
            }
            flush();
        }
        ChatChunk c;
        if (ChatChunk::parseGeneral(ev.data, &c))
            acc.add(c);
        return true;
    };
    QElapsedTimer t;
    t.start();
    for (qsizetype at = 0; at < stream.size(); at += slice) {
        p.feed(QByteArrayView(stream).sliced(at, std::min(slice, stream.size() - at)), sink);
        flush();
    }
    Figures f {t.nsecsElapsed() / 1e9, chunks};
    if (acc.result().finishReason != QLatin1String("stop") || acc.result().usage.totalTokens != 134
        || acc.result().text.toUtf8().size() != expectText)
        std::fprintf(stderr, "pipeline result is wrong (%lld bytes of text, expected %lld)\n",
                     static_cast<long long>(acc.result().text.toUtf8().size()), static_cast<long long>(expectText));
    return f;
}
} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const qsizetype mb = argc > 1 ? QByteArray(argv[1]).toLongLong() : 64;
    const qsizetype slice = argc > 2 ? QByteArray(argv[2]).toLongLong() : 1400;
    for (bool crlf : {false, true}) {
        qint64 chunks = 0;
        qsizetype text = 0;
        const QByteArray stream = buildStream(mb * 1024 * 1024, crlf, &chunks, &text);
        const double mbytes = stream.size() / (1024.0 * 1024.0);
        // Best of three: the figure of a machine that is not busy with something else.
        Figures best {1e9, 0};
        for (int i = 0; i < 3; ++i) {
            const Figures f = parseOnly(stream, slice);
            if (f.seconds < best.seconds)
                best = f;
        }
        std::printf("SseParser %s, %.1f MB, %lld chunks, slices of %lld B: %.0f MB/s, %.0f events/s\n",
                    crlf ? "CRLF" : "LF", mbytes, static_cast<long long>(chunks), static_cast<long long>(slice),
                    mbytes / best.seconds, best.events / best.seconds);
        const Figures full = fullPipeline(stream, slice, text, false);
        std::printf("  + FastChunkReader + ChatAccumulator (ChatCall's path): %.0f MB/s, %.0f chunks/s\n",
                    mbytes / full.seconds, full.events / full.seconds);
        const Figures general = fullPipeline(stream, slice, text, true);
        std::printf("  + general parser (QJsonDocument) only: %.0f MB/s, %.0f chunks/s\n", mbytes / general.seconds,
                    general.events / general.seconds);
    }
    return 0;
}
