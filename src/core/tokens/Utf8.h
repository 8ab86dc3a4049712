#pragma once

namespace rostrum {

// The tokenizers' one UTF-8 encoder: both work on code points and need their bytes (byte-fallback pieces, the
// Tekken byte string), in hot loops where a QString round trip per character would cost too much.
struct Utf8
{
    static constexpr int kMaxBytes = 4;

    // Writes code point c (a scalar value: surrogates already paired or replaced) into out, which has room for
    // kMaxBytes; returns how many bytes it wrote.
    static int encode(char32_t c, char *out)
    {
        if (c < 0x80) {
            out[0] = char(c);
            return 1;
        }
        if (c < 0x800) {
            out[0] = char(0xC0 | (c >> 6));
            out[1] = char(0x80 | (c & 0x3F));
            return 2;
        }
        if (c < 0x10000) {
            out[0] = char(0xE0 | (c >> 12));
            out[1] = char(0x80 | ((c >> 6) & 0x3F));
            out[2] = char(0x80 | (c & 0x3F));
            return 3;
        }
        out[0] = char(0xF0 | (c >> 18));
        out[1] = char(0x80 | ((c >> 12) & 0x3F));
        out[2] = char(0x80 | ((c >> 6) & 0x3F));
        out[3] = char(0x80 | (c & 0x3F));
        return 4;
    }
};

} // namespace rostrum
