// FastChunkReader next to simdjson's On-Demand API on the same chunks: which one should read the
// usual `chat.completion.chunk` of a stream? Both read the chunks of one SSE file in order, as a
// ChatCall does (one reader per stream; the text of every chunk appended as UTF-8; id, model and
// finish_reason decoded; anything unusual left to the general parser), best of five passes.
//
// The simdjson reader does the same job as FastChunkReader with two differences in its favour: values
// it skips (such as "created" or "index") are only checked structurally by simdjson's first stage,
// where FastChunkReader validates every number and literal, and bytes after the root object are not
// checked. On-Demand is compiled into the caller for the instruction set the compiler targets: with a
// distribution's flags (x86-64 baseline) that is simdjson's "fallback" kernel; bench_chunkreader_native
// is the same source built with -march=native, for the upper bound.
//
//   bench_chunkreader STREAM.sse [passes=5]
//   (a stream captured with curl -sN from rostrum-mock-server --scenario long, or a real capture)
//   bench_chunkreader --varied [passes=5]
//   (300,000 chunks of 1-3 words whose shape changes: every fourth carries a padding field "p",
//   every seventh a text with an escape or a non-ASCII character, as the API's streams do)

#include "api/ChatChunk.h"
#include "api/FastChunkReader.h"
#include "api/SseParser.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>

#include <simdjson.h>

#include <cstdio>
#include <cstring>

using namespace rostrum;
namespace od = simdjson::ondemand;

namespace {
#define ROSTRUM_STR2(x) #x
#define ROSTRUM_STR(x) ROSTRUM_STR2(x)
// The kernel On-Demand was compiled with in this file (not the library's runtime choice).
constexpr const char *kOnDemandKernel = ROSTRUM_STR(SIMDJSON_BUILTIN_IMPLEMENTATION);

// The simdjson counterpart of FastChunkReader::readInPlace.
class SimdChunkReader
{
public:
    const ChatChunk *read(QByteArrayView json, QByteArray *textUtf8)
    {
        // On-Demand reads up to SIMDJSON_PADDING bytes past the end: a reused padded copy.
        const size_t need = size_t(json.size()) + simdjson::SIMDJSON_PADDING;
        if (m_buf.size() < qsizetype(need))
            m_buf.resize(qsizetype(need));
        std::memcpy(m_buf.data(), json.data(), size_t(json.size()));
        const qsizetype mark = textUtf8->size();
        if (readChunk(size_t(json.size()), textUtf8))
            return &m_chunk;
        textUtf8->resize(mark);
        return nullptr;
    }

private:
    static bool stringOrNull(od::value v, std::string_view *s, bool *isNull)
    {
        if (v.is_null()) {
            *isNull = true;
            return true;
        }
        *isNull = false;
        return !v.get_string().get(*s);
    }

    bool remembered(od::value v, QByteArray *raw, QString *text, QString *out)
    {
        std::string_view s;
        if (v.get_string().get(s))
            return false;
        if (QByteArrayView(s.data(), qsizetype(s.size())) != QByteArrayView(*raw)) {
            *raw = QByteArray(s.data(), qsizetype(s.size()));
            *text = QString::fromUtf8(*raw);
        }
        *out = *text;
        return true;
    }

    bool readDelta(od::object delta, QByteArray *textUtf8)
    {
        bool seenContent = false;
        for (auto field : delta) {
            std::string_view key;
            if (field.unescaped_key().get(key))
                return false;
            if (key == "content") {
                if (seenContent)
                    return false;
                seenContent = true;
                std::string_view s;
                bool isNull = false;
                if (!stringOrNull(field.value(), &s, &isNull))
                    return false;
                textUtf8->append(s.data(), qsizetype(s.size()));
            } else if (key == "tool_calls") {
                if (!field.value().is_null())
                    return false;
            }
        }
        return true;
    }

    bool readChoice(od::object choice, QByteArray *textUtf8)
    {
        bool seenDelta = false;
        bool seenFinish = false;
        for (auto field : choice) {
            std::string_view key;
            if (field.unescaped_key().get(key))
                return false;
            if (key == "delta") {
                od::object delta;
                if (seenDelta || field.value().get_object().get(delta) || !readDelta(delta, textUtf8))
                    return false;
                seenDelta = true;
            } else if (key == "finish_reason") {
                std::string_view s;
                bool isNull = false;
                if (seenFinish || !stringOrNull(field.value(), &s, &isNull))
                    return false;
                seenFinish = true;
                m_chunk.finishReason = isNull ? QString() : QString::fromUtf8(s.data(), qsizetype(s.size()));
            } else if (key == "message") {
                return false;
            }
        }
        return true;
    }

    bool readChoices(od::array choices, QByteArray *textUtf8)
    {
        bool first = true;
        for (auto element : choices) {
            od::object choice;
            if (element.get_object().get(choice))
                return false;
            if (first && !readChoice(choice, textUtf8))
                return false;
            first = false;
        }
        return !first;
    }

    bool readChunk(size_t length, QByteArray *textUtf8)
    {
        od::document doc;
        if (m_parser.iterate(m_buf.constData(), length, size_t(m_buf.size())).get(doc))
            return false;
        od::object root;
        if (doc.get_object().get(root))
            return false;
        m_chunk = ChatChunk();
        bool seenId = false, seenModel = false, seenChoices = false, seenUsage = false;
        for (auto field : root) {
            std::string_view key;
            if (field.unescaped_key().get(key))
                return false;
            bool ok = true;
            if (key == "id") {
                ok = !seenId && remembered(field.value(), &m_idRaw, &m_id, &m_chunk.id);
                seenId = true;
            } else if (key == "model") {
                ok = !seenModel && remembered(field.value(), &m_modelRaw, &m_model, &m_chunk.model);
                seenModel = true;
            } else if (key == "choices") {
                od::array choices;
                ok = !seenChoices && !field.value().get_array().get(choices) && readChoices(choices, textUtf8);
                seenChoices = true;
            } else if (key == "usage") {
                ok = !seenUsage && field.value().is_null();
                seenUsage = true;
            }
            if (!ok)
                return false;
        }
        // simdjson 3.0.1's document has no at_end(): bytes after the root object go unchecked
        // (FastChunkReader refuses them), another difference in simdjson's favour.
        return seenChoices;
    }

    od::parser m_parser;
    QByteArray m_buf;
    ChatChunk m_chunk;
    QByteArray m_idRaw, m_modelRaw;
    QString m_id, m_model;
};

QByteArray variedStream(int count)
{
    const char *words[] = {" the",           " motion", " d\u00e9bat", " is", " flawed", " because",
                           " \u00e9vidence", " shows",  " that",       " we", " must",   " weigh",
                           " costs",         ",",       ".",           "\\n", " 議論",   " 🙂"};
    QByteArray s;
    for (int n = 0; n < count; ++n) {
        s += "data: {\"id\":\"f798ebd5c41a45d88bb079635121cade\",\"object\":\"chat.completion.chunk\",\"created\":"
             "1732548656,\"model\":\"mistral-large-latest\",\"choices\":[{\"index\":0,\"delta\":{\"content\":\"";
        for (int i = 0; i <= n % 3; ++i)
            s += words[(n * 7 + i * 3) % (n % 7 == 0 ? std::size(words) : 13)];
        s += "\"},\"finish_reason\":null}]";
        if (n % 4 == 0)
            s += ",\"p\":\"abcdefghijklmn\"";
        s += "}\n\n";
    }
    return s + "data: [DONE]\n\n";
}

template<typename Reader>
double timeReader(const QList<QByteArray> &chunks, int passes, qsizetype *textBytes, int *fallbacks)
{
    double best = 1e9;
    for (int p = 0; p < passes; ++p) {
        Reader reader; // one per stream, as a ChatCall has
        QByteArray text;
        text.reserve(4 << 20);
        int general = 0;
        QElapsedTimer t;
        t.start();
        for (const QByteArray &c : chunks) {
            if constexpr (std::is_same_v<Reader, FastChunkReader>) {
                if (!reader.readInPlace(c, &text))
                    ++general;
            } else {
                if (!reader.read(c, &text))
                    ++general;
            }
        }
        best = qMin(best, double(t.nsecsElapsed()) / 1e9);
        *textBytes = text.size();
        *fallbacks = general;
    }
    return best;
}
} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    if (argc < 2) {
        std::fprintf(stderr, "usage: bench_chunkreader STREAM.sse [passes=5]\n");
        return 2;
    }
    const int passes = argc > 2 ? QByteArray(argv[2]).toInt() : 5;
    QByteArray stream;
    if (QByteArray(argv[1]) == "--varied") {
        stream = variedStream(300000);
    } else {
        QFile f(QString::fromLocal8Bit(argv[1]));
        if (!f.open(QIODevice::ReadOnly)) {
            std::fprintf(stderr, "cannot read %s\n", argv[1]);
            return 2;
        }
        stream = f.readAll();
    }
    QList<QByteArray> chunks;
    qsizetype jsonBytes = 0;
    SseParser sse;
    sse.feed(stream, [&](const SseEventView &ev) {
        if (!ev.isDone()) {
            chunks << ev.data.toByteArray();
            jsonBytes += ev.data.size();
        }
        return true;
    });
    std::printf("%lld chunks, %.1f MB of JSON; simdjson On-Demand kernel: %s\n", qlonglong(chunks.size()),
                double(jsonBytes) / 1e6, kOnDemandKernel);

    qsizetype fastText = 0, simdText = 0;
    int fastGeneral = 0, simdGeneral = 0;
    const double fast = timeReader<FastChunkReader>(chunks, passes, &fastText, &fastGeneral);
    const double simd = timeReader<SimdChunkReader>(chunks, passes, &simdText, &simdGeneral);
    auto line = [&](const char *name, double s, qsizetype text, int general) {
        std::printf("%-16s %8.1f ms  %6.0f ns/chunk  %7.0f MB/s  text %lld bytes, %d left to the general parser\n",
                    name, s * 1e3, s * 1e9 / double(chunks.size()), double(jsonBytes) / 1e6 / s, qlonglong(text),
                    general);
    };
    line("FastChunkReader", fast, fastText, fastGeneral);
    line("simdjson 3 OD", simd, simdText, simdGeneral);
    if (fastText != simdText || fastGeneral != simdGeneral)
        std::printf("the two readers disagree\n");
    return fastText == simdText && fastGeneral == simdGeneral ? 0 : 1;
}
