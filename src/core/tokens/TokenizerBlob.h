#pragma once

#include <QtGlobal>

namespace rostrum {

// The embedded tokenizer resources, written at build time by rostrum-tokpack and read by the tokenizers.
// All integers are little-endian.
//
// Tekken ("RTEK"): u32 format, u32 n, u32 numSpecial, u32 totalBytes,
//   u32 rank[n], u8 length[n], bytes[totalBytes] -- the n byte strings sorted bytewise, with their ranks.
//   Token id = rank + numSpecial.
// SentencePiece-BPE ("RSPM"): u32 format, u32 vocabSize, u32 mergeCount, u32 totalBytes,
//   u8 length[vocabSize], bytes[totalBytes] -- the pieces (UTF-8) in id order,
//   then mergeCount x {u16 left, u16 right, u16 result, u32 priority} (lower priority merges first).
inline constexpr char kTekkenMagic[4] = {'R', 'T', 'E', 'K'};
inline constexpr char kSentencePieceMagic[4] = {'R', 'S', 'P', 'M'};
inline constexpr quint32 kBlobFormatVersion = 1;
inline constexpr int kTekkenNumSpecialTokens = 1000;
inline constexpr int kSentencePieceMergeRecordSize = 10;

// The pre-tokenisation pattern exactly as tekken_240718.json states it (used to check the data).
inline constexpr char kTekkenDataPattern[] =
    R"([^\r\n\p{L}\p{N}]?[\p{Lu}\p{Lt}\p{Lm}\p{Lo}\p{M}]*[\p{Ll}\p{Lm}\p{Lo}\p{M}]+|[^\r\n\p{L}\p{N}]?[\p{Lu}\p{Lt}\p{Lm}\p{Lo}\p{M}]+[\p{Ll}\p{Lm}\p{Lo}\p{M}]*|\p{N}| ?[^\s\p{L}\p{N}]+[\r\n/]*|\s*[\r\n]+|\s+(?!\S)|\s+)";

// The same pattern with \s written as \p{White_Space}: Mistral's reference engines (Rust fancy-regex, Python
// regex) read \s as the Unicode White_Space property, which PCRE2 only does for this spelling.
inline constexpr char kTekkenPattern[] =
    R"([^\r\n\p{L}\p{N}]?[\p{Lu}\p{Lt}\p{Lm}\p{Lo}\p{M}]*[\p{Ll}\p{Lm}\p{Lo}\p{M}]+|[^\r\n\p{L}\p{N}]?[\p{Lu}\p{Lt}\p{Lm}\p{Lo}\p{M}]+[\p{Ll}\p{Lm}\p{Lo}\p{M}]*|\p{N}| ?[^\p{White_Space}\p{L}\p{N}]+[\r\n/]*|\p{White_Space}*[\r\n]+|\p{White_Space}+(?!\P{White_Space})|\p{White_Space}+)";

} // namespace rostrum
