#include "MockStreamWriter.h"

#include <QTcpSocket>
#include <QTimer>

#include <algorithm>

namespace rostrum::test {

namespace {
// How much may wait in the socket's buffer before the writer waits for bytesWritten().
constexpr qint64 HighWater = 512 * 1024;
} // namespace

MockStreamWriter::MockStreamWriter(QTcpSocket *socket, QByteArray head, Source source, const MockReply &timing,
                                   QObject *parent)
    : QObject(parent)
    , m_socket(socket)
    , m_head(std::move(head))
    , m_source(std::move(source))
    , m_timing(timing)
{
    for (int offset : timing.splitOffsets) {
        if (offset > 0)
            m_offsets.append(offset);
    }
    std::sort(m_offsets.begin(), m_offsets.end());
    m_offsets.erase(std::unique(m_offsets.begin(), m_offsets.end()), m_offsets.end());
    connect(socket, &QTcpSocket::bytesWritten, this, &MockStreamWriter::pump);
    connect(socket, &QTcpSocket::disconnected, this, [this] { finish(false); });
}

bool MockStreamWriter::alive() const
{
    return !m_done && m_socket && m_socket->state() == QAbstractSocket::ConnectedState;
}

void MockStreamWriter::start()
{
    if (m_timing.firstByteDelayMs > 0)
        QTimer::singleShot(m_timing.firstByteDelayMs, this, &MockStreamWriter::writeHead);
    else
        writeHead();
}

void MockStreamWriter::writeHead()
{
    if (!alive())
        return;
    m_paceClock.start();
    m_socket->write(m_head);
    m_socket->flush();
    pump();
}

void MockStreamWriter::queueBody(const QByteArray &bytes)
{
    // Cut the unit at every split offset it spans; each piece after a cut waits sliceGapMs so the
    // client's socket sees it as a separate read.
    qsizetype start = 0;
    while (start < bytes.size()) {
        const bool gap = !m_offsets.isEmpty() && m_offsets.first() == m_bodyPos + start;
        if (gap)
            m_offsets.removeFirst();
        qsizetype end = bytes.size();
        if (!m_offsets.isEmpty() && m_offsets.first() < m_bodyPos + end)
            end = m_offsets.first() - m_bodyPos;
        m_segments.append({bytes.mid(start, end - start), gap});
        start = end;
    }
    m_bodyPos += bytes.size();
}

bool MockStreamWriter::drainSegments()
{
    while (!m_segments.isEmpty()) {
        Segment &segment = m_segments.first();
        if (segment.gapBefore) {
            segment.gapBefore = false;
            m_socket->flush();
            m_waitingGap = true;
            QTimer::singleShot(std::max(1, m_timing.sliceGapMs), this, [this] {
                m_waitingGap = false;
                pump();
            });
            return false;
        }
        m_socket->write(segment.bytes);
        m_segments.removeFirst();
    }
    return true;
}

void MockStreamWriter::pump()
{
    // flush() can emit bytesWritten() synchronously, which calls pump() again: one pump at a
    // time, and none while a gap, a pacing timer or a stall is pending.
    if (!alive() || m_pumping || m_waitingGap || m_waitingTimer || m_stalled)
        return;
    m_pumping = true;
    pumpOnce();
    m_pumping = false;
}

void MockStreamWriter::pumpOnce()
{
    if (!drainSegments())
        return;
    qint64 written = 0;
    while (alive()) {
        if (m_socket->bytesToWrite() > HighWater)
            return; // bytesWritten() resumes
        if (m_timing.cutAfterEvents >= 0 && m_dataEvents >= m_timing.cutAfterEvents) {
            finish(true);
            return;
        }
        if (m_timing.stallAfterEvents >= 0 && m_dataEvents >= m_timing.stallAfterEvents) {
            m_stalled = true;
            m_socket->flush();
            if (m_timing.stallMs > 0) {
                QTimer::singleShot(m_timing.stallMs, this, [this] {
                    m_timing.stallAfterEvents = -1;
                    m_stalled = false;
                    pump();
                });
            }
            return; // stallMs <= 0: hang until the client gives up
        }
        std::optional<Unit> unit = m_source();
        if (!unit) {
            finish(true);
            return;
        }
        if (unit->paced && m_timing.tokensPerSecond > 0) {
            // Schedule against the start of the body so timer jitter does not accumulate.
            const qint64 due = m_pacedEvents * 1000 / m_timing.tokensPerSecond;
            const qint64 wait = due - m_paceClock.elapsed();
            if (wait > 0) {
                m_waitingTimer = true;
                m_socket->flush();
                QTimer::singleShot(wait, this, [this, u = *unit] {
                    m_waitingTimer = false;
                    ++m_pacedEvents;
                    if (u.dataEvent)
                        ++m_dataEvents;
                    queueBody(u.bytes);
                    pump();
                });
                return;
            }
        }
        if (unit->paced)
            ++m_pacedEvents;
        if (unit->dataEvent)
            ++m_dataEvents;
        written += unit->bytes.size();
        queueBody(unit->bytes);
        if (!drainSegments())
            return;
        if (written > HighWater / 4) {
            // Let the event loop breathe; bytesWritten() brings us back.
            m_socket->flush();
            if (m_socket->bytesToWrite() > 0)
                return;
            written = 0;
        }
    }
}

void MockStreamWriter::finish(bool closeNow)
{
    if (m_done)
        return;
    m_done = true;
    if (closeNow && m_socket && m_socket->state() == QAbstractSocket::ConnectedState) {
        m_socket->flush();
        m_socket->disconnectFromHost(); // after pending bytes are written
    }
    emit finished();
}

} // namespace rostrum::test
