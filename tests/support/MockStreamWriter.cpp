#include "MockStreamWriter.h"

#include <QTcpSocket>
#include <QTimer>

#include <algorithm>

namespace rostrum::test {

namespace {
// How much may wait in the socket's buffer before the writer waits for bytesWritten().
constexpr qint64 HighWater = 512 * 1024;

QList<int> sortedPositive(const QList<int> &offsets)
{
    QList<int> out;
    for (int offset : offsets) {
        if (offset > 0)
            out.append(offset);
    }
    std::sort(out.begin(), out.end());
    out.erase(std::unique(out.begin(), out.end()), out.end());
    return out;
}
} // namespace

MockStreamWriter::MockStreamWriter(QTcpSocket *socket, QByteArray head, Source source, const MockReply &timing,
                                   Options options, QObject *parent)
    : QObject(parent)
    , m_socket(socket)
    , m_head(std::move(head))
    , m_source(std::move(source))
    , m_timing(timing)
    , m_options(options)
    , m_offsets(sortedPositive(timing.splitOffsets))
    , m_chunkOffsets(sortedPositive(timing.chunkOffsets))
{
    connect(socket, &QTcpSocket::bytesWritten, this, &MockStreamWriter::pump);
    connect(socket, &QTcpSocket::disconnected, this, [this] {
        if (m_done)
            return;
        m_done = true;
        emit finished(false);
    });
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
    // Cut the bytes at every split offset and chunk offset they span. A piece after a split
    // offset waits sliceGapMs so the client's socket sees it as a separate read; a chunk offset
    // only starts a new HTTP chunk, in the same write.
    qsizetype start = 0;
    while (start < bytes.size()) {
        const qint64 at = m_bodyPos + start;
        const bool gap = !m_offsets.isEmpty() && m_offsets.first() == at;
        if (gap)
            m_offsets.removeFirst();
        if (!m_chunkOffsets.isEmpty() && m_chunkOffsets.first() == at)
            m_chunkOffsets.removeFirst();
        qint64 end = m_bodyPos + bytes.size();
        if (!m_offsets.isEmpty() && m_offsets.first() < end)
            end = m_offsets.first();
        if (!m_chunkOffsets.isEmpty() && m_chunkOffsets.first() < end)
            end = m_chunkOffsets.first();
        m_segments.append({bytes.mid(start, end - at), gap});
        start = end - m_bodyPos;
    }
    m_bodyPos += bytes.size();
}

void MockStreamWriter::writeSegment(const QByteArray &bytes)
{
    if (bytes.isEmpty())
        return; // an empty chunk would end a chunked body
    if (!m_options.chunked) {
        m_socket->write(bytes);
        return;
    }
    m_socket->write(QByteArray::number(bytes.size(), 16) + m_timing.chunkExtension + "\r\n" + bytes + "\r\n");
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
        writeSegment(segment.bytes);
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

void MockStreamWriter::flushPending()
{
    if (m_pending.isEmpty())
        return;
    queueBody(m_pending);
    m_pending.clear();
    m_pendingUnits = 0;
}

void MockStreamWriter::addUnit(const Unit &unit)
{
    if (unit.paced)
        ++m_pacedEvents;
    if (unit.dataEvent)
        ++m_dataEvents;
    if (m_timing.eventsPerChunk <= 1) {
        queueBody(unit.bytes);
        return;
    }
    m_pending += unit.bytes;
    if (++m_pendingUnits >= m_timing.eventsPerChunk)
        flushPending();
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
            flushPending();
            if (drainSegments())
                cut();
            return;
        }
        if (m_timing.stallAfterEvents >= 0 && m_dataEvents >= m_timing.stallAfterEvents) {
            flushPending();
            if (!drainSegments())
                return;
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
        std::optional<Unit> unit = m_sourceDone ? std::nullopt : m_source();
        if (!unit) {
            m_sourceDone = true;
            flushPending();
            if (drainSegments())
                endBody();
            return;
        }
        if (unit->paced && m_timing.tokensPerSecond > 0) {
            // Schedule against the start of the body so timer jitter does not accumulate.
            const qint64 due = m_pacedEvents * 1000 / m_timing.tokensPerSecond;
            const qint64 wait = due - m_paceClock.elapsed();
            if (wait > 0) {
                flushPending();
                if (!drainSegments()) {
                    // A gap is pending first; the unit waits its turn after it.
                    m_waitingTimer = true;
                    QTimer::singleShot(std::max<qint64>(wait, m_timing.sliceGapMs), this, [this, u = *unit] {
                        m_waitingTimer = false;
                        addUnit(u);
                        pump();
                    });
                    return;
                }
                m_waitingTimer = true;
                m_socket->flush();
                QTimer::singleShot(wait, this, [this, u = *unit] {
                    m_waitingTimer = false;
                    addUnit(u);
                    pump();
                });
                return;
            }
        }
        written += unit->bytes.size();
        addUnit(*unit);
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

void MockStreamWriter::endBody()
{
    if (m_done)
        return;
    m_done = true;
    if (m_options.chunked) {
        QByteArray last = "0" + m_timing.chunkExtension + "\r\n";
        for (const auto &[name, value] : std::as_const(m_timing.trailers))
            last += name + ": " + value + "\r\n";
        m_socket->write(last + "\r\n");
    }
    m_socket->flush();
    if (m_options.closeAtEnd)
        m_socket->disconnectFromHost(); // after pending bytes are written
    emit finished(!m_options.closeAtEnd);
}

void MockStreamWriter::cut()
{
    if (m_done)
        return;
    m_done = true;
    m_socket->flush();
    m_socket->disconnectFromHost();
    emit finished(false);
}

} // namespace rostrum::test
