#pragma once

#include "api/ChatChunk.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

namespace rostrum {

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
// chunk of a stream), so they are shared rather than decoded again for each chunk, and the bytes
// around the last chunk's text, so a chunk that differs only in its text is read by reading the text.
class FastChunkReader
{
public:
    // With textUtf8, the answer text is appended there as UTF-8 (out->textDelta stays empty), so a
    // caller can gather the text of many chunks and decode it once.
    bool read(QByteArrayView json, ChatChunk *out, QByteArray *textUtf8 = nullptr);

    // The same with the text always going to *textUtf8, answering the reader's own copy of the chunk
    // (valid until the next call) instead of copying it out; null when it cannot read the chunk.
    const ChatChunk *readInPlace(QByteArrayView json, QByteArray *textUtf8);

private:
    bool readChunk(QByteArrayView json, ChatChunk *out, QByteArray *textUtf8);
    bool readLikeTemplate(QByteArrayView json, QByteArray *textUtf8, QString *text);

    QByteArray m_idRaw;
    QString m_id;
    QByteArray m_modelRaw;
    QString m_model;
    bool m_hasTemplate = false;
    QByteArray m_prefix; // up to and with the opening quote of the last read chunk's text
    QByteArray m_suffix; // from its closing quote to the end
    ChatChunk m_template; // that chunk without its text
    ChatChunk m_last; // the last chunk readInPlace() read in full
};

} // namespace rostrum
