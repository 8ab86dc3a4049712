#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

namespace rostrum {

// The control tokens a chat template needs. Their ids depend on the tokenizer.
enum class SpecialToken {
    Unknown,
    Bos,
    Eos,
    BeginInst,
    EndInst,
    BeginTools,
    EndTools,
    BeginToolResults,
    EndToolResults,
    ToolCalls,
    BeginSystem,
    EndSystem,
    ToolContent,
    Args,
    CallId,
};

// A Mistral tokenizer: text in, token ids out, exactly as the model sees them. Immutable once loaded,
// so one instance serves every thread at once (encode() is const and keeps no shared state).
class Tokenizer
{
public:
    virtual ~Tokenizer() = default;

    // "tekken-240718", "spm-v3", "spm-v1".
    virtual QString name() const = 0;
    virtual int vocabSize() const = 0;

    // Ids of text as ordinary text (never BOS/EOS, and "[INST]" written in the text stays text).
    virtual QList<int> encode(const QString &text) const = 0;
    // Number of tokens of encode(text), without building the id list where the tokenizer can.
    virtual qsizetype count(const QString &text) const { return encode(text).size(); }
    // UTF-8 bytes of ids; control tokens are skipped. For round-trip checks and debugging.
    virtual QByteArray decode(const QList<int> &ids) const = 0;
    // Id of a control token, or -1 when this vocabulary has none.
    virtual int specialId(SpecialToken token) const = 0;

protected:
    Tokenizer() = default;
    Q_DISABLE_COPY_MOVE(Tokenizer)
};

} // namespace rostrum
