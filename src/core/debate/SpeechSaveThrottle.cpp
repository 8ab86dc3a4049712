#include "debate/SpeechSaveThrottle.h"

namespace rostrum {

SpeechSaveThrottle::SpeechSaveThrottle(Clock *clock, QObject *context, qint64 intervalMs, std::function<void()> save)
    : m_clock(clock)
    , m_context(context)
    , m_intervalMs(intervalMs)
    , m_save(std::move(save))
{ }

SpeechSaveThrottle::~SpeechSaveThrottle()
{
    cancel();
}

void SpeechSaveThrottle::changed()
{
    m_dirty = true;
    if (m_timer)
        return;
    m_timer = m_clock->callLater(m_intervalMs, m_context, [this] {
        m_timer = 0;
        if (m_dirty)
            m_save();
    });
}

void SpeechSaveThrottle::cancel()
{
    if (m_timer)
        m_clock->cancel(m_timer);
    m_timer = 0;
}

} // namespace rostrum
