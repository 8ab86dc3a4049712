// libFuzzer target: SseParser + chunk decoding + accumulation on arbitrary bytes, fed in slices
// whose sizes come from the input itself. Checks invariants, not just "no crash":
// slicing never changes the events, the sink path (events as views during feed, as ChatCall reads
// them) sees the same events as the queue, [DONE] is reported iff an event's data is exactly [DONE],
// and whatever FastChunkReader accepts (alone or with a stream's memory) equals the general parser.

#include "api/ChatAccumulator.h"
#include "api/ChatChunk.h"
#include "api/FastChunkReader.h"
#include "api/SseParser.h"

#include <cstdint>
#include <cstdio>
#include <cstdlib>

using namespace rostrum;

namespace {
// An invariant of the parsers: when it does not hold, say which and stop (libFuzzer keeps the input).
void fuzzAssert(bool holds, const char *invariant)
{
    if (holds)
        return;
    std::fprintf(stderr, "invariant broken: %s\n", invariant);
    std::abort();
}

bool sameEvents(const QList<SseEvent> &a, const QList<SseEvent> &b)
{
    if (a.size() != b.size())
        return false;
    for (qsizetype i = 0; i < a.size(); ++i) {
        if (a[i].data != b[i].data || a[i].event != b[i].event || a[i].id != b[i].id)
            return false;
    }
    return true;
}
} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 1)
        return 0;
    // The first byte picks the slice size (1..32); the rest is the stream.
    const qsizetype slice = 1 + (data[0] % 32);
    const QByteArrayView stream(reinterpret_cast<const char *>(data + 1), qsizetype(size - 1));

    SseParser whole;
    whole.feed(stream);
    const QList<SseEvent> expected = whole.takeEvents();

    // The sink path, fed from buffers that die after each feed (a view kept too long is an ASan report).
    SseParser sinkParser;
    QList<SseEvent> sunk;
    FastChunkReader streamReader; // with memory of the earlier chunks, as in a stream
    const SseParser::Sink sink = [&](const SseEventView &e) {
        sunk.append(SseEvent {e.event.toByteArray(), e.data.toByteArray(), e.id.toByteArray()});
        if (e.isDone())
            return true;
        ChatChunk general;
        const bool generalOk = ChatChunk::parseGeneral(e.data, &general);
        ChatChunk fast;
        if (streamReader.read(e.data, &fast)) {
            fuzzAssert(generalOk,
                       "the fast reader (with a stream's memory) accepts only what the general parser reads");
            fuzzAssert(fast.id == general.id && fast.model == general.model && fast.textDelta == general.textDelta
                           && fast.finishReason == general.finishReason,
                       "the fast reader (with a stream's memory) reads a chunk as the general parser does");
            fuzzAssert(general.toolCalls.isEmpty() && general.thinkingDelta.isEmpty() && !general.usage.valid,
                       "the fast reader leaves tool calls, thinking and usage to the general parser");
        }
        ChatChunk fresh;
        if (FastChunkReader().read(e.data, &fresh))
            fuzzAssert(generalOk && fresh.textDelta == general.textDelta,
                       "a fresh fast reader reads a chunk as the general parser does");
        return true;
    };
    for (qsizetype at = 0; at < stream.size(); at += slice) {
        const QByteArray transient = stream.sliced(at, std::min(slice, stream.size() - at)).toByteArray();
        sinkParser.feed(transient, sink);
    }

    SseParser sliced;
    QList<SseEvent> got;
    ChatAccumulator acc;
    bool sawDone = false;
    for (qsizetype at = 0; at < stream.size(); at += slice) {
        sliced.feed(stream.sliced(at, std::min(slice, stream.size() - at)));
        while (sliced.hasEvent()) {
            SseEvent ev = sliced.takeEvent();
            sawDone = sawDone || ev.isDone();
            ChatChunk c;
            if (!ev.isDone() && ChatChunk::parse(ev.data, &c))
                acc.add(c);
            got.append(std::move(ev));
        }
    }
    fuzzAssert(sameEvents(got, expected), "slicing the input never changes the events");
    fuzzAssert(sameEvents(sunk, expected), "the sink sees the events the queue holds");
    fuzzAssert(sawDone == sliced.sawDone() && whole.sawDone() == sliced.sawDone() && sinkParser.sawDone() == sawDone,
               "[DONE] is reported exactly when an event's data is [DONE], however the input is fed");
    return 0;
}
