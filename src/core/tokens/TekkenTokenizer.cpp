#include "tokens/TekkenTokenizer.h"

#include "tokens/TokenizerBlob.h"
#include "tokens/Utf8.h"

#include <QtEndian>

#include <algorithm>
#include <cstring>
#include <limits>
#include <queue>
#include <unordered_map>

namespace rostrum {

namespace {

constexpr size_t kShortPiece = 48; // up to here the quadratic tiktoken merge beats a heap

// UTF-8 length of the UTF-16 unit at u[i]; advances i past a surrogate pair. A lone surrogate counts as
// U+FFFD (3 bytes), as the reference implementation's TextEncoder writes it.
inline int utf8Length(const char16_t *u, qsizetype n, qsizetype &i)
{
    const char16_t c = u[i];
    if (c < 0x80)
        return 1;
    if (c < 0x800)
        return 2;
    if (c >= 0xD800 && c < 0xDC00 && i + 1 < n && u[i + 1] >= 0xDC00 && u[i + 1] < 0xE000) {
        ++i;
        return 4;
    }
    return 3;
}

// Whole-text UTF-8, with lone surrogates written as U+FFFD (QString::toUtf8 would write '?').
void toUtf8(const QString &text, std::string &out, bool &hadLoneSurrogate)
{
    const auto *u = reinterpret_cast<const char16_t *>(text.utf16());
    const qsizetype n = text.size();
    out.clear();
    out.reserve(size_t(n) * 3);
    hadLoneSurrogate = false;
    for (qsizetype i = 0; i < n; ++i) {
        char32_t c = u[i];
        if (c >= 0xD800 && c < 0xE000) {
            if (c < 0xDC00 && i + 1 < n && u[i + 1] >= 0xDC00 && u[i + 1] < 0xE000) {
                c = 0x10000 + ((c - 0xD800) << 10) + (u[i + 1] - 0xDC00);
                ++i;
            } else {
                c = 0xFFFD;
                hadLoneSurrogate = true;
            }
        }
        char buf[Utf8::kMaxBytes];
        out.append(buf, size_t(Utf8::encode(c, buf)));
    }
}

} // namespace

quint64 TekkenTokenizer::hashBytes(const char *p, size_t n)
{
    quint64 h = 0x9E3779B97F4A7C15ull ^ (n * 0xFF51AFD7ED558CCDull);
    while (n >= 8) {
        quint64 v;
        std::memcpy(&v, p, 8);
        h = (h ^ v) * 0xC4CEB9FE1A85EC53ull;
        h ^= h >> 29;
        p += 8;
        n -= 8;
    }
    quint64 v = 0;
    std::memcpy(&v, p, n);
    h = (h ^ v) * 0xC4CEB9FE1A85EC53ull;
    h ^= h >> 32;
    h *= 0xFF51AFD7ED558CCDull;
    h ^= h >> 29;
    return h;
}

std::unique_ptr<TekkenTokenizer> TekkenTokenizer::fromBlob(const QByteArray &blob, const QString &name, QString *error)
{
    auto bad = [error](const QString &why) -> std::unique_ptr<TekkenTokenizer> {
        if (error)
            *error = why;
        return nullptr;
    };
    constexpr qsizetype header = 20;
    if (blob.size() < header || std::memcmp(blob.constData(), kTekkenMagic, 4) != 0)
        return bad(QStringLiteral("not a Tekken tokenizer resource"));
    const char *d = blob.constData();
    if (qFromLittleEndian<quint32>(d + 4) != kBlobFormatVersion)
        return bad(QStringLiteral("unsupported Tekken resource format"));
    const quint32 n = qFromLittleEndian<quint32>(d + 8);
    const quint32 numSpecial = qFromLittleEndian<quint32>(d + 12);
    const quint32 total = qFromLittleEndian<quint32>(d + 16);
    if (n < 256 || n > (1u << 24) || numSpecial > 100000
        || quint64(blob.size()) != quint64(header) + quint64(n) * 5 + total)
        return bad(QStringLiteral("truncated Tekken resource"));

    std::unique_ptr<TekkenTokenizer> t(new TekkenTokenizer);
    t->m_name = name;
    t->m_blob = blob; // implicitly shared: the bytes stay where the resource put them
    t->m_count = n;
    t->m_numSpecial = int(numSpecial);
    const char *ranks = t->m_blob.constData() + header;
    const auto *lengths = reinterpret_cast<const uchar *>(ranks + size_t(n) * 4);
    t->m_bytes = reinterpret_cast<const char *>(lengths + n);

    t->m_rankOfEntry.resize(n);
    t->m_offsetOfEntry.resize(size_t(n) + 1);
    t->m_entryOfRank.assign(n, std::numeric_limits<quint32>::max());
    quint32 offset = 0;
    for (quint32 i = 0; i < n; ++i) {
        const quint32 rank = qFromLittleEndian<quint32>(ranks + size_t(i) * 4);
        if (rank >= n || t->m_entryOfRank[rank] != std::numeric_limits<quint32>::max())
            return bad(QStringLiteral("Tekken resource has a bad rank table"));
        t->m_rankOfEntry[i] = rank;
        t->m_entryOfRank[rank] = i;
        t->m_offsetOfEntry[i] = offset;
        offset += lengths[i];
    }
    t->m_offsetOfEntry[n] = offset;
    if (offset != total)
        return bad(QStringLiteral("Tekken resource lengths do not add up"));

    size_t capacity = 1;
    while (capacity < size_t(n) * 2)
        capacity <<= 1;
    t->m_table.assign(capacity, Slot {});
    t->m_mask = capacity - 1;
    for (quint32 i = 0; i < n; ++i) {
        const char *p = t->m_bytes + t->m_offsetOfEntry[i];
        const size_t len = t->m_offsetOfEntry[i + 1] - t->m_offsetOfEntry[i];
        const quint64 h = hashBytes(p, len);
        size_t s = h & t->m_mask;
        while (t->m_table[s].entryPlusOne != 0)
            s = (s + 1) & t->m_mask;
        t->m_table[s] = Slot {quint32(h >> 32), i + 1};
    }

    t->m_pattern.setPattern(QString::fromLatin1(kTekkenPattern));
    t->m_pattern.setPatternOptions(QRegularExpression::UseUnicodePropertiesOption);
    t->m_pattern.optimize();
    if (!t->m_pattern.isValid())
        return bad(QStringLiteral("Tekken pattern rejected: %1").arg(t->m_pattern.errorString()));
    return t;
}

int TekkenTokenizer::rankOf(std::string_view bytes) const
{
    const quint64 h = hashBytes(bytes.data(), bytes.size());
    const auto tag = quint32(h >> 32);
    size_t s = h & m_mask;
    for (;;) {
        const Slot &slot = m_table[s];
        if (slot.entryPlusOne == 0)
            return -1;
        if (slot.tag == tag) {
            const quint32 e = slot.entryPlusOne - 1;
            const quint32 off = m_offsetOfEntry[e];
            const size_t len = m_offsetOfEntry[e + 1] - off;
            if (len == bytes.size() && std::memcmp(m_bytes + off, bytes.data(), len) == 0)
                return int(m_rankOfEntry[e]);
        }
        s = (s + 1) & m_mask;
    }
}

void TekkenTokenizer::bytePairEncode(std::string_view piece, std::vector<int> &out) const
{
    if (piece.size() > kShortPiece) {
        bytePairEncodeLong(piece, out);
        return;
    }
    // tiktoken's merge: parts are boundaries; rank[i] is the rank of the bytes from part i to part i+2.
    constexpr int none = std::numeric_limits<int>::max();
    struct Part
    {
        quint32 start;
        int rank;
    };
    Part parts[kShortPiece + 1];
    size_t count = piece.size() + 1;
    auto pairRank = [&](size_t i) {
        if (i + 2 >= count)
            return none;
        const int r = rankOf(piece.substr(parts[i].start, parts[i + 2].start - parts[i].start));
        return r < 0 ? none : r;
    };
    for (size_t i = 0; i < count; ++i)
        parts[i] = Part {quint32(i), none};
    for (size_t i = 0; i + 2 < count; ++i)
        parts[i].rank = pairRank(i);
    while (count > 2) {
        int best = none;
        size_t at = 0;
        for (size_t i = 0; i + 1 < count; ++i) {
            if (parts[i].rank < best) {
                best = parts[i].rank;
                at = i;
            }
        }
        if (best == none)
            break;
        std::memmove(&parts[at + 1], &parts[at + 2], (count - at - 2) * sizeof(Part));
        --count;
        parts[at].rank = pairRank(at);
        if (at > 0)
            parts[at - 1].rank = pairRank(at - 1);
    }
    for (size_t i = 0; i + 1 < count; ++i)
        out.push_back(rankOf(piece.substr(parts[i].start, parts[i + 1].start - parts[i].start)));
}

void TekkenTokenizer::bytePairEncodeLong(std::string_view piece, std::vector<int> &out) const
{
    // Same merge order as the quadratic loop (lowest rank, leftmost first), with a heap and lazy invalidation,
    // so a 100 kB run of one character does not take seconds.
    const auto n = qint32(piece.size());
    struct Node
    {
        qint32 start, prev, next;
        quint32 version;
        bool alive;
    };
    std::vector<Node> nodes(static_cast<size_t>(n));
    for (qint32 i = 0; i < n; ++i)
        nodes[size_t(i)] = Node {i, i - 1, i + 1 < n ? i + 1 : -1, 0, true};
    auto end = [&](qint32 i) {
        return nodes[size_t(i)].next < 0 ? n : nodes[size_t(nodes[size_t(i)].next)].start;
    };
    struct Entry
    {
        int rank;
        qint32 start;
        qint32 node;
        quint32 version;
        bool operator>(const Entry &o) const { return rank != o.rank ? rank > o.rank : start > o.start; }
    };
    std::priority_queue<Entry, std::vector<Entry>, std::greater<>> heap;
    auto push = [&](qint32 i) {
        const Node &a = nodes[size_t(i)];
        if (a.next < 0)
            return;
        const int r = rankOf(piece.substr(size_t(a.start), size_t(end(a.next) - a.start)));
        if (r >= 0)
            heap.push(Entry {r, a.start, i, a.version});
    };
    for (qint32 i = 0; i + 1 < n; ++i)
        push(i);
    while (!heap.empty()) {
        const Entry e = heap.top();
        heap.pop();
        Node &a = nodes[size_t(e.node)];
        if (!a.alive || a.version != e.version || a.next < 0)
            continue;
        Node &b = nodes[size_t(a.next)];
        b.alive = false;
        a.next = b.next;
        if (a.next >= 0)
            nodes[size_t(a.next)].prev = e.node;
        ++a.version;
        if (a.prev >= 0) {
            ++nodes[size_t(a.prev)].version;
            push(a.prev);
        }
        push(e.node);
    }
    for (qint32 i = 0; i >= 0; i = nodes[size_t(i)].next)
        out.push_back(rankOf(piece.substr(size_t(nodes[size_t(i)].start), size_t(end(i) - nodes[size_t(i)].start))));
}

template<typename Sink> void TekkenTokenizer::run(const QString &input, Sink &&sink) const
{
    if (input.isEmpty())
        return;
    std::string utf8;
    bool loneSurrogate = false;
    toUtf8(input, utf8, loneSurrogate);
    // PCRE2 refuses invalid UTF-16; the bytes already say U+FFFD, so let the regex see the same character.
    QString cleaned;
    if (loneSurrogate) {
        cleaned = QString::fromUtf8(utf8.data(), qsizetype(utf8.size()));
    }
    const QString &text = loneSurrogate ? cleaned : input;
    const auto *u = reinterpret_cast<const char16_t *>(text.utf16());
    const qsizetype n = text.size();

    // Pieces repeat a lot in real text (words, indentation): remember what each one became, for this call.
    std::unordered_map<std::string_view, std::pair<quint32, quint32>> cache;
    std::vector<int> ranks;
    std::vector<int> scratch;

    qsizetype pos16 = 0;
    size_t pos8 = 0;
    auto advanceTo = [&](qsizetype target) {
        for (; pos16 < target; ++pos16)
            pos8 += size_t(utf8Length(u, n, pos16));
    };
    auto emitPiece = [&](size_t from8, size_t to8) {
        const std::string_view piece(utf8.data() + from8, to8 - from8);
        if (piece.empty())
            return;
        const int whole = rankOf(piece);
        if (whole >= 0) {
            sink(whole + m_numSpecial);
            return;
        }
        const auto hit = cache.find(piece);
        if (hit != cache.end()) {
            for (quint32 k = 0; k < hit->second.second; ++k)
                sink(ranks[hit->second.first + k] + m_numSpecial);
            return;
        }
        scratch.clear();
        bytePairEncode(piece, scratch);
        cache.emplace(piece, std::make_pair(quint32(ranks.size()), quint32(scratch.size())));
        ranks.insert(ranks.end(), scratch.begin(), scratch.end());
        for (int r : scratch)
            sink(r + m_numSpecial);
    };

    auto it = m_pattern.globalMatch(text);
    while (it.hasNext()) {
        const auto m = it.next();
        const qsizetype start = m.capturedStart();
        const qsizetype length = m.capturedLength();
        if (start > pos16) { // the pattern covers every character; this only guards against surprises
            const size_t from8 = pos8;
            advanceTo(start);
            emitPiece(from8, pos8);
        }
        const size_t from8 = pos8;
        advanceTo(start + length);
        emitPiece(from8, pos8);
    }
    if (pos16 < n) {
        const size_t from8 = pos8;
        advanceTo(n);
        emitPiece(from8, pos8);
    }
}

QList<int> TekkenTokenizer::encode(const QString &text) const
{
    QList<int> ids;
    ids.reserve(text.size() / 3 + 1);
    run(text, [&ids](int id) { ids.append(id); });
    return ids;
}

qsizetype TekkenTokenizer::count(const QString &text) const
{
    qsizetype n = 0;
    run(text, [&n](int) { ++n; });
    return n;
}

QByteArray TekkenTokenizer::decode(const QList<int> &ids) const
{
    QByteArray out;
    for (int id : ids) {
        const int rank = id - m_numSpecial;
        if (rank < 0 || quint32(rank) >= m_count)
            continue;
        const quint32 e = m_entryOfRank[size_t(rank)];
        out.append(m_bytes + m_offsetOfEntry[e], qsizetype(m_offsetOfEntry[e + 1] - m_offsetOfEntry[e]));
    }
    return out;
}

int TekkenTokenizer::specialId(SpecialToken token) const
{
    // Tekken's fixed control-token ids (mistral-common's Tekkenizer special tokens).
    switch (token) {
    case SpecialToken::Unknown:
        return 0;
    case SpecialToken::Bos:
        return 1;
    case SpecialToken::Eos:
        return 2;
    case SpecialToken::BeginInst:
        return 3;
    case SpecialToken::EndInst:
        return 4;
    case SpecialToken::BeginTools:
        return 5;
    case SpecialToken::EndTools:
        return 6;
    case SpecialToken::BeginToolResults:
        return 7;
    case SpecialToken::EndToolResults:
        return 8;
    case SpecialToken::ToolCalls:
        return 9;
    case SpecialToken::BeginSystem:
        return 17;
    case SpecialToken::EndSystem:
        return 18;
    case SpecialToken::ToolContent:
        return 19;
    case SpecialToken::Args:
        return 32;
    case SpecialToken::CallId:
        return 33;
    }
    return -1;
}

} // namespace rostrum
