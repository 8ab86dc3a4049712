#pragma once

#include "text/Utf8.h"

#include <QByteArray>
#include <QString>

#include <bit>
#include <cstring>
#include <string>

// The strict one-pass JSON reader under FastChunkReader (kept apart so each file stays readable).
// Internal to the api module.
namespace rostrum::strictjson {

// Deeper documents go to the general parser (which has its own, larger limit).
inline constexpr int kMaxDepth = 64;

inline bool isCont(unsigned char c)
{
    return (c & 0xC0) == 0x80;
}

// Length of the valid UTF-8 sequence starting at p (a byte >= 0x80), or 0 if it is not valid:
// overlong forms, UTF-16 surrogates and code points past U+10FFFF are refused.
inline int utf8SequenceLength(const unsigned char *p, const unsigned char *end)
{
    const unsigned char c = p[0];
    const auto avail = end - p;
    if (c >= 0xC2 && c <= 0xDF)
        return avail >= 2 && isCont(p[1]) ? 2 : 0;
    if (c >= 0xE0 && c <= 0xEF) {
        if (avail < 3 || !isCont(p[1]) || !isCont(p[2]))
            return 0;
        if (c == 0xE0 && p[1] < 0xA0)
            return 0; // overlong
        if (c == 0xED && p[1] > 0x9F)
            return 0; // surrogate
        return 3;
    }
    if (c >= 0xF0 && c <= 0xF4) {
        if (avail < 4 || !isCont(p[1]) || !isCont(p[2]) || !isCont(p[3]))
            return 0;
        if (c == 0xF0 && p[1] < 0x90)
            return 0; // overlong
        if (c == 0xF4 && p[1] > 0x8F)
            return 0; // past U+10FFFF
        return 4;
    }
    return 0;
}

inline int hexValue(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

// A strict JSON reader over one buffer. Every member answers false for input it does not accept;
// the caller then gives up and leaves the document to the general parser.
class Reader
{
public:
    Reader(const char *begin, const char *end)
        : m_p(reinterpret_cast<const unsigned char *>(begin))
        , m_end(reinterpret_cast<const unsigned char *>(end))
    { }

    void skipWs()
    {
        while (m_p < m_end && (*m_p == ' ' || *m_p == '\n' || *m_p == '\r' || *m_p == '\t'))
            ++m_p;
    }
    bool eat(char c)
    {
        // Servers send compact JSON: look at the byte before looking for whitespace.
        if (m_p < m_end && *m_p == static_cast<unsigned char>(c)) {
            ++m_p;
            return true;
        }
        skipWs();
        if (m_p < m_end && *m_p == static_cast<unsigned char>(c)) {
            ++m_p;
            return true;
        }
        return false;
    }
    bool peek(char c)
    {
        if (m_p < m_end && *m_p == static_cast<unsigned char>(c))
            return true;
        skipWs();
        return m_p < m_end && *m_p == static_cast<unsigned char>(c);
    }
    const char *pos() const { return reinterpret_cast<const char *>(m_p); }
    // Where the delta's content string was: its opening and closing quotes (null if none).
    const char *contentOpen = nullptr;
    const char *contentClose = nullptr;

    bool atEnd()
    {
        skipWs();
        return m_p == m_end;
    }

    // An object key without escapes (what every server sends); a key with escapes gives up.
    bool key(QByteArrayView *out)
    {
        if (!eat('"'))
            return false;
        const unsigned char *start = m_p;
        if (!scanPlain() || *m_p != '"')
            return false; // an escape in a key, or invalid input
        *out = QByteArrayView(reinterpret_cast<const char *>(start), m_p - start);
        ++m_p;
        return eat(':');
    }

    // A string value, decoded into *out when out is not null.
    bool string(QString *out)
    {
        QByteArrayView raw;
        if (plainString(&raw)) {
            // The common case: no escapes, so the bytes between the quotes are the text.
            if (out)
                *out = QString::fromUtf8(raw);
            return true;
        }
        if (!out)
            return stringUtf8(nullptr);
        QByteArray buf;
        if (!stringUtf8(&buf))
            return false;
        *out = QString::fromUtf8(buf);
        return true;
    }

    // A string value appended to *out as UTF-8 with escapes decoded (null: only checked).
    bool stringUtf8(QByteArray *out)
    {
        if (!eat('"'))
            return false;
        const unsigned char *start = m_p;
        if (!scanPlain())
            return false;
        if (*m_p == '"') {
            if (out)
                out->append(reinterpret_cast<const char *>(start), m_p - start);
            ++m_p;
            return true;
        }
        return escapedRest(start, out);
    }

    // A string's raw bytes (between the quotes) when they need no decoding; false (and the reader
    // back at the opening quote) when they do or are invalid. Lets a caller reuse what it decoded before.
    bool plainString(QByteArrayView *raw)
    {
        if (!eat('"'))
            return false;
        const unsigned char *start = m_p;
        if (!scanPlain() || *m_p != '"') {
            m_p = start - 1; // back to the quote: the caller reads the string the long way
            return false;
        }
        *raw = QByteArrayView(reinterpret_cast<const char *>(start), m_p - start);
        ++m_p;
        return true;
    }

    bool skipValue(int depth)
    {
        skipWs();
        if (m_p == m_end)
            return false;
        switch (*m_p) {
        case '{':
            if (depth >= kMaxDepth)
                return false;
            ++m_p;
            if (eat('}'))
                return true;
            do {
                if (!skipKey() || !skipValue(depth + 1))
                    return false;
            } while (eat(','));
            return eat('}');
        case '[':
            if (depth >= kMaxDepth)
                return false;
            ++m_p;
            if (eat(']'))
                return true;
            do {
                if (!skipValue(depth + 1))
                    return false;
            } while (eat(','));
            return eat(']');
        case '"':
            return string(nullptr);
        case 't':
            return literal("true");
        case 'f':
            return literal("false");
        case 'n':
            return literal("null");
        default:
            return number();
        }
    }

    bool literal(const char *word)
    {
        skipWs();
        const auto n = qsizetype(std::char_traits<char>::length(word));
        if (m_end - m_p < n || std::char_traits<char>::compare(reinterpret_cast<const char *>(m_p), word, size_t(n)))
            return false;
        m_p += n;
        return true;
    }

private:
    // Advances over plain string bytes (printable ASCII other than '"' and '\\', and valid UTF-8) and
    // stops at '"' or '\\' (true) or at anything invalid or the end of input (false).
    bool scanPlain()
    {
        while (m_p < m_end) {
            // Runs of printable ASCII are the bulk: test eight bytes at a time and jump straight
            // to the first one that needs a look.
            while (m_end - m_p >= 8) {
                const quint64 special = specialBytes(load8(m_p));
                if (special == 0) {
                    m_p += 8;
                    continue;
                }
                m_p += std::countr_zero(special) / 8;
                break;
            }
            if (m_p == m_end)
                return false;
            const unsigned char c = *m_p;
            if (c >= 0x20 && c < 0x80 && c != '"' && c != '\\') {
                ++m_p;
                continue;
            }
            if (c == '"' || c == '\\')
                return true;
            if (c < 0x80)
                return false; // a raw control character
            const int n = utf8SequenceLength(m_p, m_end);
            if (n == 0)
                return false;
            m_p += n;
        }
        return false;
    }
    static quint64 load8(const unsigned char *p)
    {
        quint64 v;
        std::memcpy(&v, p, 8); // little-endian: the first byte is the lowest
        return v;
    }
    // The high bit of each of eight bytes that is a control character, non-ASCII, '"' or '\\'
    // (the classic "has a zero byte" test on v and on v xor the quote and backslash patterns).
    // Borrows can mark a byte after a real hit, never before one: the lowest mark is exact.
    static quint64 specialBytes(quint64 v)
    {
        constexpr quint64 ones = 0x0101010101010101ULL;
        constexpr quint64 highs = 0x8080808080808080ULL;
        const quint64 below20 = (v - ones * 0x20) & ~v;
        const quint64 quote = v ^ (ones * '"');
        const quint64 backslash = v ^ (ones * '\\');
        const quint64 isQuote = (quote - ones) & ~quote;
        const quint64 isBackslash = (backslash - ones) & ~backslash;
        return (below20 | isQuote | isBackslash | v) & highs;
    }

    // Keys skipped inside ignored values may hold escapes or any UTF-8: read them as strings.
    bool skipKey() { return string(nullptr) && eat(':'); }

    // Numbers the general parser stores without doubt: JSON grammar, no exponent, short. Longer or
    // exponent forms (which may overflow a double, which the general parser refuses) give up.
    bool number()
    {
        const unsigned char *start = m_p;
        if (m_p < m_end && *m_p == '-')
            ++m_p;
        if (m_p == m_end || *m_p < '0' || *m_p > '9')
            return false;
        if (*m_p == '0') {
            ++m_p;
        } else {
            while (m_p < m_end && *m_p >= '0' && *m_p <= '9')
                ++m_p;
        }
        if (m_p < m_end && *m_p == '.') {
            ++m_p;
            if (m_p == m_end || *m_p < '0' || *m_p > '9')
                return false;
            while (m_p < m_end && *m_p >= '0' && *m_p <= '9')
                ++m_p;
        }
        if (m_p < m_end && (*m_p == 'e' || *m_p == 'E'))
            return false;
        return m_p - start <= 18;
    }

    // The string has an escape: appends its UTF-8 from `start` to *buf (null: only checks it).
    bool escapedRest(const unsigned char *start, QByteArray *buf)
    {
        if (buf)
            buf->append(reinterpret_cast<const char *>(start), m_p - start);
        while (m_p < m_end) {
            // Plain stretches are copied whole; escapes are decoded one by one.
            const unsigned char *run = m_p;
            if (!scanPlain())
                return false;
            if (buf)
                buf->append(reinterpret_cast<const char *>(run), m_p - run);
            if (*m_p == '"') {
                ++m_p;
                return true;
            }
            char32_t cp = 0;
            if (!escape(&cp))
                return false;
            if (buf) {
                const utf8::Encoded e = utf8::encode(cp);
                buf->append(e.bytes, e.size);
            }
        }
        return false;
    }

    // One escape at m_p (the backslash). \u0000 and lone surrogates give up.
    bool escape(char32_t *cp)
    {
        if (m_end - m_p < 2)
            return false;
        const unsigned char e = m_p[1];
        m_p += 2;
        switch (e) {
        case '"':
            *cp = '"';
            return true;
        case '\\':
            *cp = '\\';
            return true;
        case '/':
            *cp = '/';
            return true;
        case 'b':
            *cp = '\b';
            return true;
        case 'f':
            *cp = '\f';
            return true;
        case 'n':
            *cp = '\n';
            return true;
        case 'r':
            *cp = '\r';
            return true;
        case 't':
            *cp = '\t';
            return true;
        case 'u': {
            int hi = 0;
            if (!hex4(&hi) || hi == 0)
                return false;
            if (hi >= 0xDC00 && hi <= 0xDFFF)
                return false;
            if (hi >= 0xD800 && hi <= 0xDBFF) {
                int lo = 0;
                if (m_end - m_p < 2 || m_p[0] != '\\' || m_p[1] != 'u')
                    return false;
                m_p += 2;
                if (!hex4(&lo) || lo < 0xDC00 || lo > 0xDFFF)
                    return false;
                *cp = 0x10000 + ((char32_t(hi) - 0xD800) << 10) + (char32_t(lo) - 0xDC00);
                return true;
            }
            *cp = char32_t(hi);
            return true;
        }
        default:
            return false;
        }
    }

    bool hex4(int *v)
    {
        if (m_end - m_p < 4)
            return false;
        int r = 0;
        for (int i = 0; i < 4; ++i) {
            const int h = hexValue(char(m_p[i]));
            if (h < 0)
                return false;
            r = r * 16 + h;
        }
        m_p += 4;
        *v = r;
        return true;
    }

    const unsigned char *m_p;
    const unsigned char *m_end;
};

} // namespace rostrum::strictjson
