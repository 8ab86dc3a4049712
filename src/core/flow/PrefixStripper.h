#pragma once

#include <QString>

namespace rostrum {

// A resumed answer (a final assistant message with prefix: true) starts by repeating the prefix:
// Mistral's own examples print content[len(prefix):]. This removes that repeat from a stream of
// deltas, holding back only while the text can still be the repeat, so the reader sees each
// character once. If the model does not repeat (the text diverges), everything passes as is.
class PrefixStripper
{
public:
    explicit PrefixStripper(QString prefix = {});

    // Returns what may be shown of this delta (possibly empty).
    QString feed(const QString &delta);
    // The stream ended: anything still held back was a (partial) repeat of the prefix.
    void finish() { m_held.clear(); }
    bool passing() const { return m_passing; }

    // The same rule on a whole answer.
    static QString strip(const QString &prefix, const QString &answer);

private:
    QString m_prefix;
    QString m_held;
    bool m_passing = false;
};

} // namespace rostrum
