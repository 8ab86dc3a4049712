#pragma once

#include "tokens/Tokenizer.h"

#include <QRegularExpression>

#include <memory>
#include <string_view>
#include <vector>

namespace rostrum {

// Tekken: tiktoken-style byte-level BPE over ~130k ranks (id = rank + 1000). Text is split by the Tekken
// regex (PCRE2 through QRegularExpression), each piece is looked up whole, else merged pairwise by lowest rank.
class TekkenTokenizer final : public Tokenizer
{
public:
    // Builds a tokenizer from an "RTEK" blob (see TokenizerBlob.h). Returns nullptr and sets error on bad data.
    static std::unique_ptr<TekkenTokenizer> fromBlob(const QByteArray &blob, const QString &name,
                                                     QString *error = nullptr);

    QString name() const override { return m_name; }
    int vocabSize() const override { return int(m_count) + m_numSpecial; }
    QList<int> encode(const QString &text) const override;
    qsizetype count(const QString &text) const override;
    QByteArray decode(const QList<int> &ids) const override;
    int specialId(SpecialToken token) const override;

    // Rank of a byte string, or -1 when it is not a token.
    int rankOf(std::string_view bytes) const;

private:
    TekkenTokenizer() = default;

    template<typename Sink> void run(const QString &text, Sink &&sink) const;
    void bytePairEncode(std::string_view piece, std::vector<int> &out) const;
    void bytePairEncodeLong(std::string_view piece, std::vector<int> &out) const;
    static quint64 hashBytes(const char *p, size_t n);

    QString m_name;
    QByteArray m_blob;
    quint32 m_count = 0;
    int m_numSpecial = 0;
    std::vector<quint32> m_rankOfEntry; // by sorted entry index
    std::vector<quint32> m_offsetOfEntry; // into m_bytes, by sorted entry index (+1 sentinel)
    std::vector<quint32> m_entryOfRank; // rank -> sorted entry index, for decode
    const char *m_bytes = nullptr;
    struct Slot
    {
        quint32 tag = 0; // upper hash bits, to skip most memcmp on collisions
        quint32 entryPlusOne = 0; // 0 = empty
    };
    std::vector<Slot> m_table;
    quint64 m_mask = 0;
    QRegularExpression m_pattern;
};

} // namespace rostrum
