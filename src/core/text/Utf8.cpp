#include "text/Utf8.h"

namespace rostrum::utf8 {

bool fromUtf16(const QString &text, std::string &out)
{
    const auto *u = reinterpret_cast<const char16_t *>(text.utf16());
    const qsizetype n = text.size();
    out.clear();
    out.reserve(size_t(n) * 3);
    bool lone = false;
    for (qsizetype i = 0; i < n; ++i) {
        const Encoded e = encode(next(u, n, i, &lone));
        out.append(e.bytes, size_t(e.size));
    }
    return lone;
}

} // namespace rostrum::utf8
