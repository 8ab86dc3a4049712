#include "tokens/SentencePieceTokenizer.h"

#include "tokens/TokenizerBlob.h"
#include "tokens/Utf8.h"

#include <QtEndian>

#include <cstring>

namespace rostrum {

namespace {

constexpr char32_t kSpaceMark = 0x2581; // "▁"

// The character a piece consists of, when it is exactly one well-formed UTF-8 character; else 0.
char32_t singleCharacter(const QByteArray &piece)
{
    const auto *p = reinterpret_cast<const uchar *>(piece.constData());
    const qsizetype n = piece.size();
    if (n == 1 && p[0] < 0x80)
        return p[0];
    int len = 0;
    char32_t c = 0;
    if (n >= 2 && (p[0] & 0xE0) == 0xC0) {
        len = 2;
        c = p[0] & 0x1F;
    } else if (n >= 3 && (p[0] & 0xF0) == 0xE0) {
        len = 3;
        c = p[0] & 0x0F;
    } else if (n >= 4 && (p[0] & 0xF8) == 0xF0) {
        len = 4;
        c = p[0] & 0x07;
    }
    if (len == 0 || len != n)
        return 0;
    for (int k = 1; k < len; ++k) {
        if ((p[k] & 0xC0) != 0x80)
            return 0;
        c = (c << 6) | (p[k] & 0x3F);
    }
    return c;
}

// A piece of the text while merging: a doubly linked list in a vector, with the merge it could make next.
struct MergeNode
{
    qint32 origPos;
    qint32 tokenId;
    qint32 prev;
    qint32 next;
    double prio;
    qint32 result;
    bool deleted;
};

// The binary heap the reference implementation uses, popping the smallest priority; ties break the way its sift
// up and down break them, so the same merge wins. Entries carry their priority (fixed once pushed) so
// comparisons do not chase nodes through memory.
class MergeHeap
{
public:
    void reserve(size_t n) { m_heap.reserve(n); }
    bool empty() const { return m_heap.empty(); }

    void push(double prio, qint32 node)
    {
        m_heap.push_back(Entry {prio, node});
        size_t i = m_heap.size() - 1;
        while (i > 0) {
            const size_t parent = ((i + 1) >> 1) - 1;
            if (!before(i, parent))
                break;
            std::swap(m_heap[i], m_heap[parent]);
            i = parent;
        }
    }

    qint32 pop()
    {
        const qint32 top = m_heap.front().node;
        const size_t bottom = m_heap.size() - 1;
        if (bottom > 0)
            std::swap(m_heap[0], m_heap[bottom]);
        m_heap.pop_back();
        size_t i = 0;
        const size_t n = m_heap.size();
        for (;;) {
            const size_t l = 2 * i + 1;
            const size_t r = 2 * i + 2;
            if (!((l < n && before(l, i)) || (r < n && before(r, i))))
                break;
            const size_t child = (r < n && before(r, l)) ? r : l;
            std::swap(m_heap[i], m_heap[child]);
            i = child;
        }
        return top;
    }

private:
    struct Entry
    {
        double prio;
        qint32 node;
    };
    bool before(size_t a, size_t b) const { return m_heap[a].prio < m_heap[b].prio; }

    std::vector<Entry> m_heap;
};

} // namespace

std::unique_ptr<SentencePieceTokenizer> SentencePieceTokenizer::fromBlob(const QByteArray &blob, const QString &name,
                                                                         QString *error)
{
    auto bad = [error](const QString &why) -> std::unique_ptr<SentencePieceTokenizer> {
        if (error)
            *error = why;
        return nullptr;
    };
    constexpr qsizetype header = 20;
    if (blob.size() < header || std::memcmp(blob.constData(), kSentencePieceMagic, 4) != 0)
        return bad(QStringLiteral("not a SentencePiece tokenizer resource"));
    const char *d = blob.constData();
    if (qFromLittleEndian<quint32>(d + 4) != kBlobFormatVersion)
        return bad(QStringLiteral("unsupported SentencePiece resource format"));
    const quint32 vocab = qFromLittleEndian<quint32>(d + 8);
    const quint32 merges = qFromLittleEndian<quint32>(d + 12);
    const quint32 total = qFromLittleEndian<quint32>(d + 16);
    if (vocab < 259 || vocab > 65535
        || quint64(blob.size()) != quint64(header) + vocab + total + quint64(merges) * kSentencePieceMergeRecordSize)
        return bad(QStringLiteral("truncated SentencePiece resource"));

    std::unique_ptr<SentencePieceTokenizer> t(new SentencePieceTokenizer);
    t->m_name = name;
    const auto *lengths = reinterpret_cast<const uchar *>(d + header);
    const char *bytes = d + header + vocab;
    t->m_pieces.reserve(vocab);
    t->m_idOfPiece.reserve(vocab);
    qsizetype off = 0;
    for (quint32 i = 0; i < vocab; ++i) {
        QByteArray piece(bytes + off, lengths[i]);
        off += lengths[i];
        t->m_idOfPiece.insert(piece, int(i));
        if (const char32_t c = singleCharacter(piece))
            t->m_idOfChar.insert(c, int(i));
        t->m_pieces.push_back(std::move(piece));
    }
    for (int b = 0; b < 256; ++b) {
        const QByteArray hex = "<0x" + QByteArray::number(b, 16).toUpper().rightJustified(2, '0') + '>';
        t->m_idOfByte[size_t(b)] = t->m_idOfPiece.value(hex, -1);
    }
    t->m_unk = t->m_idOfPiece.value(QByteArrayLiteral("<unk>"), 0);

    const char *m = bytes + total;
    t->m_merges.reserve(merges);
    for (quint32 k = 0; k < merges; ++k) {
        const char *r = m + size_t(k) * kSentencePieceMergeRecordSize;
        const auto left = qFromLittleEndian<quint16>(r);
        const auto right = qFromLittleEndian<quint16>(r + 2);
        const auto result = qFromLittleEndian<quint16>(r + 4);
        const auto priority = qFromLittleEndian<quint32>(r + 6);
        if (left >= vocab || right >= vocab || result >= vocab)
            return bad(QStringLiteral("SentencePiece resource has a bad merge"));
        t->m_merges.insert((quint32(left) << 16) | right, Merge {priority, result});
    }
    return t;
}

QList<int> SentencePieceTokenizer::encode(const QString &text) const
{
    if (text.isEmpty())
        return {};
    return merge(initialIds(text), double(text.size()));
}

// One id per character of "▁" + text (spaces as "▁"); characters without a piece become byte pieces.
QList<int> SentencePieceTokenizer::initialIds(const QString &text) const
{
    QList<int> initial;
    initial.reserve(text.size() + 1);
    // lookup is false for a lone surrogate: the reference finds no piece for it and writes U+FFFD's bytes.
    auto addChar = [&](char32_t c, bool lookup) {
        const int id = lookup ? m_idOfChar.value(c, 0) : 0;
        if (id > 0) {
            initial.append(id);
            return;
        }
        char buf[Utf8::kMaxBytes];
        const int n = Utf8::encode(c, buf);
        for (int k = 0; k < n; ++k) {
            const int b = m_idOfByte[uchar(buf[k])];
            if (b >= 0)
                initial.append(b);
            else if (!initial.isEmpty())
                initial.last() = m_unk;
        }
    };
    addChar(kSpaceMark, true);
    const auto *u = reinterpret_cast<const char16_t *>(text.utf16());
    const qsizetype len = text.size();
    for (qsizetype i = 0; i < len; ++i) {
        char32_t c = u[i];
        bool lookup = true;
        if (c >= 0xD800 && c < 0xDC00 && i + 1 < len && u[i + 1] >= 0xDC00 && u[i + 1] < 0xE000) {
            c = 0x10000 + ((c - 0xD800) << 10) + (u[i + 1] - 0xDC00);
            ++i;
        } else if (c >= 0xD800 && c < 0xE000) {
            c = 0xFFFD;
            lookup = false;
        } else if (c == U' ') {
            c = kSpaceMark;
        }
        addChar(c, lookup);
    }
    return initial;
}

// The merges. The order matters when merges compete, so this follows the reference exactly: a merge's priority
// is its rank plus (position / text length), taken from a binary heap that pops the smallest; merged neighbours
// are replaced by fresh nodes and stale heap entries are skipped.
QList<int> SentencePieceTokenizer::merge(const QList<int> &initial, double textLength) const
{
    std::vector<MergeNode> nodes;
    nodes.reserve(size_t(initial.size()) * 2);
    MergeHeap heap;
    heap.reserve(size_t(initial.size()));
    auto addToQueue = [&](qint32 left) {
        MergeNode &a = nodes[size_t(left)];
        if (a.next < 0)
            return;
        const auto it = m_merges.constFind((quint32(a.tokenId) << 16) | quint32(nodes[size_t(a.next)].tokenId));
        if (it == m_merges.constEnd())
            return;
        a.prio = double(it->priority) + double(a.origPos) / textLength;
        a.result = it->result;
        heap.push(a.prio, left);
    };
    auto newNode = [&](qint32 origPos, qint32 tokenId, qint32 prev, qint32 next) {
        nodes.push_back(MergeNode {origPos, tokenId, prev, next, 0.0, -1, false});
        return qint32(nodes.size() - 1);
    };

    qint32 first = newNode(0, initial.at(0), -1, -1);
    qint32 last = first;
    for (qsizetype i = 1; i < initial.size(); ++i) {
        const qint32 node = newNode(qint32(i), initial.at(i), last, -1);
        nodes[size_t(last)].next = node;
        addToQueue(last);
        last = node;
    }

    while (!heap.empty()) {
        const qint32 left = heap.pop();
        if (nodes[size_t(left)].deleted || nodes[size_t(left)].next < 0
            || nodes[size_t(nodes[size_t(left)].next)].deleted)
            continue;
        nodes[size_t(left)].deleted = true;
        nodes[size_t(nodes[size_t(left)].next)].deleted = true;
        if (nodes[size_t(left)].prev >= 0) {
            const qint32 oldPrev = nodes[size_t(left)].prev;
            nodes[size_t(oldPrev)].deleted = true;
            const MergeNode copy = nodes[size_t(oldPrev)];
            const qint32 fresh = newNode(copy.origPos, copy.tokenId, copy.prev, copy.next);
            nodes[size_t(left)].prev = fresh;
            if (copy.prev >= 0)
                nodes[size_t(copy.prev)].next = fresh;
            else
                first = fresh;
        }
        const MergeNode merged = nodes[size_t(left)];
        const qint32 result = newNode(merged.origPos, merged.result, merged.prev, nodes[size_t(merged.next)].next);
        if (merged.prev >= 0) {
            nodes[size_t(merged.prev)].next = result;
            addToQueue(merged.prev);
        } else {
            first = result;
        }
        if (nodes[size_t(result)].next >= 0) {
            nodes[size_t(nodes[size_t(result)].next)].prev = result;
            addToQueue(result);
        }
    }

    QList<int> ids;
    ids.reserve(initial.size());
    for (qint32 i = first; i >= 0; i = nodes[size_t(i)].next)
        ids.append(nodes[size_t(i)].tokenId);
    return ids;
}

QByteArray SentencePieceTokenizer::decode(const QList<int> &ids) const
{
    QByteArray out;
    static const QByteArray mark = QStringLiteral("\u2581").toUtf8();
    for (int id : ids) {
        if (id < 0 || size_t(id) >= m_pieces.size())
            continue;
        const QByteArray &p = m_pieces[size_t(id)];
        if (p.size() == 6 && p.startsWith("<0x") && p.endsWith('>')) {
            out.append(char(p.mid(3, 2).toInt(nullptr, 16)));
            continue;
        }
        if ((p.startsWith('<') && p.endsWith('>')) || (p.startsWith('[') && p.endsWith(']') && id < 1000))
            continue; // control pieces
        QByteArray text = p;
        text.replace(mark, " ");
        out.append(text);
    }
    if (out.startsWith(' '))
        out.remove(0, 1);
    return out;
}

int SentencePieceTokenizer::specialId(SpecialToken token) const
{
    auto id = [this](const char *piece) {
        return m_idOfPiece.value(QByteArray(piece), -1);
    };
    switch (token) {
    case SpecialToken::Unknown:
        return id("<unk>");
    case SpecialToken::Bos:
        return id("<s>");
    case SpecialToken::Eos:
        return id("</s>");
    case SpecialToken::BeginInst:
        return id("[INST]");
    case SpecialToken::EndInst:
        return id("[/INST]");
    case SpecialToken::BeginTools:
        return id("[AVAILABLE_TOOLS]");
    case SpecialToken::EndTools:
        return id("[/AVAILABLE_TOOLS]");
    case SpecialToken::BeginToolResults:
        return id("[TOOL_RESULTS]");
    case SpecialToken::EndToolResults:
        return id("[/TOOL_RESULTS]");
    case SpecialToken::ToolCalls:
        return id("[TOOL_CALLS]");
    case SpecialToken::BeginSystem:
        return id("[SYSTEM_PROMPT]");
    case SpecialToken::EndSystem:
        return id("[/SYSTEM_PROMPT]");
    case SpecialToken::ToolContent:
        return id("[TOOL_CONTENT]");
    case SpecialToken::Args:
        return id("[ARGS]");
    case SpecialToken::CallId:
        return id("[CALL_ID]");
    }
    return -1;
}

} // namespace rostrum
