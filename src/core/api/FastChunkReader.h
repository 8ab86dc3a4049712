#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

namespace rostrum {

struct ChatChunk;

// The fast path of ChatChunk::parse for the one shape that makes up almost every event of a stream:
// {"id":..,"model":..,"choices":[{"delta":{"content":"<string>"},"finish_reason":..}]}.
// It reads the JSON bytes once, validating the whole document, and decodes only the fields a chunk
// needs, without building a document tree (which costs more than the rest of the stream's handling
// together). Anything else — content arrays, tool calls, a usage object, an error object, duplicate
// keys, invalid UTF-8, lone surrogates, malformed JSON — makes it answer false without touching
// *out, and the general parser decides. When it answers true, *out equals what the general parser
// produces from the same bytes (tests/core/api/tst_fastchunkreader checks this differentially).
//
// One reader serves one stream: it remembers the last id and model it decoded (the same on every
// chunk of a stream), so they are shared rather than decoded again for each chunk.
class FastChunkReader
{
public:
    // With textUtf8, the answer text is appended there as UTF-8 (out->textDelta stays empty), so a
    // caller can gather the text of many chunks and decode it once.
    bool read(QByteArrayView json, ChatChunk *out, QByteArray *textUtf8 = nullptr);

private:
    bool readChunk(QByteArrayView json, ChatChunk *out, QByteArray *textUtf8);

    QByteArray m_idRaw;
    QString m_id;
    QByteArray m_modelRaw;
    QString m_model;
};

} // namespace rostrum
