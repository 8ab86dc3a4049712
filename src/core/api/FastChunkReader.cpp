#include "FastChunkReader.h"

#include "ChatChunk.h"
#include "StrictJsonReader.h"

#include <QByteArray>
#include <QString>

#include <bit>
#include <cstring>
#include <string>

namespace rostrum {

namespace {

using strictjson::Reader;

template<qsizetype N> bool keyIs(QByteArrayView k, const char (&name)[N])
{
    return k.size() == N - 1 && std::memcmp(k.data(), name, N - 1) == 0;
}

bool sameBytes(QByteArrayView a, const QByteArray &b)
{
    return a.size() == b.size() && std::memcmp(a.data(), b.constData(), size_t(a.size())) == 0;
}

// Reads an object, calling onMember(key) with the reader at each member's value; onMember answers
// false to give up. Duplicate keys are refused by the callers through once().
template<typename OnMember> bool readObject(Reader &r, OnMember &&onMember)
{
    if (!r.eat('{'))
        return false;
    if (r.eat('}'))
        return true;
    do {
        QByteArrayView k;
        if (!r.key(&k) || !onMember(k))
            return false;
    } while (r.eat(','));
    return r.eat('}');
}

// False the second time: a key that comes twice is the general parser's to judge.
bool once(bool *seen)
{
    if (*seen)
        return false;
    *seen = true;
    return true;
}

// A string (read by readString) or null.
template<typename ReadString> bool stringOrNull(Reader &r, ReadString &&readString)
{
    return r.peek('"') ? readString() : r.literal("null");
}

// "content" of a delta: a string or null. An array (thinking and text parts) gives up. The text
// goes to *textUtf8 when it is given, else to c->textDelta.
bool readDelta(Reader &r, ChatChunk *c, QByteArray *textUtf8)
{
    bool seenContent = false;
    return readObject(r, [&](QByteArrayView k) {
        if (keyIs(k, "content")) {
            return once(&seenContent) && stringOrNull(r, [&] {
                       r.contentOpen = r.pos();
                       if (!(textUtf8 ? r.stringUtf8(textUtf8) : r.string(&c->textDelta)))
                           return false;
                       r.contentClose = r.pos() - 1;
                       return true;
                   });
        }
        if (keyIs(k, "tool_calls"))
            return r.literal("null");
        return r.skipValue(3);
    });
}

bool readChoice(Reader &r, ChatChunk *c, QByteArray *textUtf8)
{
    bool seenDelta = false;
    bool seenFinish = false;
    return readObject(r, [&](QByteArrayView k) {
        if (keyIs(k, "delta"))
            return once(&seenDelta) && readDelta(r, c, textUtf8);
        if (keyIs(k, "finish_reason"))
            return once(&seenFinish) && stringOrNull(r, [&] { return r.string(&c->finishReason); });
        if (keyIs(k, "message"))
            return false; // a whole message in a chunk: the general parser's business
        return r.skipValue(2);
    });
}

// A string the reader saw before as `raw` (decoded as `text`) is shared instead of decoded again.
bool readRemembered(Reader &r, QByteArray *raw, QString *text, QString *out)
{
    QByteArrayView bytes;
    if (!r.plainString(&bytes))
        return r.string(out); // escapes (or invalid input, which fails there)
    if (!sameBytes(bytes, *raw)) {
        *raw = bytes.toByteArray();
        *text = QString::fromUtf8(bytes);
    }
    *out = *text;
    return true;
}

bool readChoices(Reader &r, ChatChunk *c, QByteArray *textUtf8)
{
    if (!r.eat('[') || r.peek(']'))
        return false; // no choices: an error object or a usage-only chunk
    if (!readChoice(r, c, textUtf8))
        return false;
    while (r.eat(',')) {
        if (!r.skipValue(2))
            return false;
    }
    return r.eat(']');
}

} // namespace

bool FastChunkReader::read(QByteArrayView json, ChatChunk *out, QByteArray *textUtf8)
{
    QString text;
    if (m_hasTemplate && readLikeTemplate(json, textUtf8, textUtf8 ? nullptr : &text)) {
        *out = m_template;
        out->textDelta = std::move(text);
        return true;
    }
    // What this chunk appended to *textUtf8 is taken back if the chunk turns out not to be readable.
    const qsizetype textMark = textUtf8 ? textUtf8->size() : 0;
    if (readChunk(json, out, textUtf8))
        return true;
    if (textUtf8)
        textUtf8->resize(textMark);
    return false;
}

const ChatChunk *FastChunkReader::readInPlace(QByteArrayView json, QByteArray *textUtf8)
{
    if (m_hasTemplate && readLikeTemplate(json, textUtf8, nullptr))
        return &m_template;
    const qsizetype textMark = textUtf8->size();
    if (readChunk(json, &m_last, textUtf8))
        return &m_last;
    textUtf8->resize(textMark);
    return nullptr;
}

bool FastChunkReader::readLikeTemplate(QByteArrayView json, QByteArray *textUtf8, QString *text)
{
    // The chunks of a stream differ only in their text: when everything before the text's opening
    // quote and from its closing quote on is byte for byte the last chunk's, a parser reading this
    // chunk goes through the same states, so only the text needs reading.
    const qsizetype pre = m_prefix.size();
    const qsizetype post = m_suffix.size();
    if (json.size() < pre + post || std::memcmp(json.data(), m_prefix.constData(), size_t(pre)) != 0
        || std::memcmp(json.data() + json.size() - post, m_suffix.constData(), size_t(post)) != 0)
        return false;
    const char *open = json.data() + pre - 1;
    const char *close = json.data() + json.size() - post;
    Reader r(open, close + 1);
    const qsizetype textMark = textUtf8 ? textUtf8->size() : 0;
    if (!(textUtf8 ? r.stringUtf8(textUtf8) : r.string(text)) || r.pos() != close + 1) {
        // The text's own closing quote is elsewhere: not the same shape after all.
        if (textUtf8)
            textUtf8->resize(textMark);
        return false;
    }
    return true;
}

bool FastChunkReader::readChunk(QByteArrayView json, ChatChunk *out, QByteArray *textUtf8)
{
    Reader r(json.data(), json.data() + json.size());
    ChatChunk c;
    bool seenId = false;
    bool seenModel = false;
    bool seenChoices = false;
    bool seenUsage = false;
    const bool read = readObject(r, [&](QByteArrayView k) {
        if (keyIs(k, "id"))
            return once(&seenId) && readRemembered(r, &m_idRaw, &m_id, &c.id);
        if (keyIs(k, "model"))
            return once(&seenModel) && readRemembered(r, &m_modelRaw, &m_model, &c.model);
        if (keyIs(k, "choices"))
            return once(&seenChoices) && readChoices(r, &c, textUtf8);
        if (keyIs(k, "usage"))
            return once(&seenUsage) && r.literal("null"); // usage comes on the last chunk: general parser
        return r.skipValue(1);
    });
    if (!read)
        return false;
    if (!r.atEnd() || !seenChoices)
        return false;
    if (r.contentOpen) {
        m_prefix = QByteArray(json.data(), r.contentOpen - json.data() + 1);
        m_suffix = QByteArray(r.contentClose, json.data() + json.size() - r.contentClose);
        m_template = c;
        m_template.textDelta.clear();
        m_hasTemplate = true;
    }
    *out = std::move(c);
    return true;
}

} // namespace rostrum
