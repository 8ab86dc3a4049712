#pragma once

#include "tokens/Tokenizer.h"

#include <QHash>

#include <array>
#include <memory>
#include <vector>

namespace rostrum {

// SentencePiece-BPE (Mistral v1/v3 vocabularies) as the reference implementation runs it: the whole text with
// a "▁" dummy prefix and spaces written "▁", one piece per character (else UTF-8 byte pieces <0xXX>), then
// merges by priority, equal merges from the left.
class SentencePieceTokenizer final : public Tokenizer
{
public:
    // Builds a tokenizer from an "RSPM" blob (see TokenizerBlob.h). Returns nullptr and sets error on bad data.
    static std::unique_ptr<SentencePieceTokenizer> fromBlob(const QByteArray &blob, const QString &name,
                                                            QString *error = nullptr);

    QString name() const override { return m_name; }
    int vocabSize() const override { return int(m_pieces.size()); }
    QList<int> encode(const QString &text) const override;
    QByteArray decode(const QList<int> &ids) const override;
    int specialId(SpecialToken token) const override;

    // Id of a piece (UTF-8), or -1.
    int pieceId(const QByteArray &piece) const { return m_idOfPiece.value(piece, -1); }

private:
    SentencePieceTokenizer() = default;

    QList<int> initialIds(const QString &text) const;
    QList<int> merge(const QList<int> &initial, double textLength) const;

    struct Merge
    {
        quint32 priority;
        quint16 result;
    };

    QString m_name;
    std::vector<QByteArray> m_pieces;
    QHash<QByteArray, int> m_idOfPiece;
    QHash<char32_t, int> m_idOfChar; // pieces that are exactly one character
    std::array<int, 256> m_idOfByte {};
    QHash<quint32, Merge> m_merges; // (left << 16 | right) -> merge
    int m_unk = 0;
};

} // namespace rostrum
