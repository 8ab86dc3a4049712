// libFuzzer target: SseParser + chunk decoding + accumulation on arbitrary bytes, fed in slices
// whose sizes come from the input itself. Checks invariants, not just "no crash":
// slicing never changes the events, and [DONE] is reported iff an event's data is exactly [DONE].

#include "api/ChatAccumulator.h"
#include "api/ChatChunk.h"
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
    if (sawDone != sliced.sawDone() || whole.sawDone() != sliced.sawDone())
        std::abort();
    return 0;
}
