#pragma once

#include <QString>

#include <string>

namespace rostrum::utf8 {

// The UTF-8 bytes of one code point.
struct Encoded
{
    char bytes[4];
    int size;
};

inline Encoded encode(char32_t c)
{
    if (c < 0x80)
        return {{char(c)}, 1};
    if (c < 0x800)
        return {{char(0xC0 | (c >> 6)), char(0x80 | (c & 0x3F))}, 2};
    if (c < 0x10000)
        return {{char(0xE0 | (c >> 12)), char(0x80 | ((c >> 6) & 0x3F)), char(0x80 | (c & 0x3F))}, 3};
    return {{char(0xF0 | (c >> 18)), char(0x80 | ((c >> 12) & 0x3F)), char(0x80 | ((c >> 6) & 0x3F)),
             char(0x80 | (c & 0x3F))},
            4};
}

// The code point at u[i] of a UTF-16 text of n units, advancing i past a surrogate pair. A lone
// surrogate reads as U+FFFD (as a browser's TextEncoder writes it) and sets *lone.
inline char32_t next(const char16_t *u, qsizetype n, qsizetype &i, bool *lone = nullptr)
{
    const char32_t c = u[i];
    if (c < 0xD800 || c >= 0xE000)
        return c;
    if (c < 0xDC00 && i + 1 < n && u[i + 1] >= 0xDC00 && u[i + 1] < 0xE000) {
        ++i;
        return 0x10000 + ((c - 0xD800) << 10) + (u[i] - 0xDC00);
    }
    if (lone)
        *lone = true;
    return 0xFFFD;
}

// Whole-text UTF-8 into out, lone surrogates written as U+FFFD (QString::toUtf8 writes '?').
// Returns whether the text had a lone surrogate.
bool fromUtf16(const QString &text, std::string &out);

} // namespace rostrum::utf8
