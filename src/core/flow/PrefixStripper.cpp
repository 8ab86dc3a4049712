#include "PrefixStripper.h"

namespace rostrum {

PrefixStripper::PrefixStripper(QString prefix)
    : m_prefix(std::move(prefix))
    , m_passing(m_prefix.isEmpty())
{ }

QString PrefixStripper::feed(const QString &delta)
{
    if (m_passing)
        return delta;
    m_held += delta;
    if (m_held.size() >= m_prefix.size()) {
        m_passing = true;
        QString out = std::exchange(m_held, {});
        return out.startsWith(m_prefix) ? out.mid(m_prefix.size()) : out;
    }
    if (!m_prefix.startsWith(m_held)) {
        m_passing = true;
        return std::exchange(m_held, {});
    }
    return {};
}

QString PrefixStripper::strip(const QString &prefix, const QString &answer)
{
    if (prefix.isEmpty())
        return answer;
    if (answer.startsWith(prefix))
        return answer.mid(prefix.size());
    if (prefix.startsWith(answer))
        return {}; // only a partial repeat arrived
    return answer;
}

} // namespace rostrum
