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
#include <cstdlib>

using namespace rostrum;

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
            if (!generalOk || fast.id != general.id || fast.model != general.model
                || fast.textDelta != general.textDelta || fast.finishReason != general.finishReason
                || !general.toolCalls.isEmpty() || !general.thinkingDelta.isEmpty() || general.usage.valid)
                std::abort();
        }
        ChatChunk fresh;
        if (FastChunkReader().read(e.data, &fresh) && (!generalOk || fresh.textDelta != general.textDelta))
            std::abort();
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
    if (got.size() != expected.size())
        std::abort();
    for (qsizetype i = 0; i < got.size(); ++i) {
        if (got[i].data != expected[i].data || got[i].event != expected[i].event || got[i].id != expected[i].id)
            std::abort();
    }
    if (sawDone != sliced.sawDone() || whole.sawDone() != sliced.sawDone() || sinkParser.sawDone() != sawDone)
        std::abort();
    if (sunk.size() != expected.size())
        std::abort();
    for (qsizetype i = 0; i < sunk.size(); ++i) {
        if (sunk[i].data != expected[i].data || sunk[i].event != expected[i].event || sunk[i].id != expected[i].id)
            std::abort();
    }
    return 0;
}
