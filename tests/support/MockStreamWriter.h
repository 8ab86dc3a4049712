#pragma once

#include "MockReply.h"

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>

#include <functional>
#include <optional>

class QTcpSocket;

namespace rostrum::test {

// Delivers one HTTP response on a socket with the timing faults a MockReply asks for:
// first-byte delay, pacing, stalls, a cut after N data events, and body slices written
// separately at given byte offsets. The body comes from a Source, pulled one unit at a time,
// so a 200k-token stream is generated as it is sent and never held in memory whole.
// Timing is real time (QTimer): these faults exist to exercise the client's own timeouts.
class MockStreamWriter : public QObject
{
    Q_OBJECT
public:
    struct Unit
    {
        QByteArray bytes;
        bool dataEvent = false; // counts for stallAfterEvents / cutAfterEvents
        bool paced = false; // a content event: spaced by tokensPerSecond
    };
    using Source = std::function<std::optional<Unit>()>;

    MockStreamWriter(QTcpSocket *socket, QByteArray head, Source source, const MockReply &timing,
                     QObject *parent = nullptr);

    void start();
    qint64 bodyBytesWritten() const { return m_bodyPos; }
    int dataEventsWritten() const { return m_dataEvents; }

Q_SIGNALS:
    void finished();

private:
    struct Segment
    {
        QByteArray bytes;
        bool gapBefore = false;
    };
    void writeHead();
    void pump();
    void pumpOnce();
    void queueBody(const QByteArray &bytes);
    bool drainSegments(); // true when every queued segment has been written
    void finish(bool closeNow);
    bool alive() const;

    QPointer<QTcpSocket> m_socket;
    QByteArray m_head;
    Source m_source;
    MockReply m_timing;
    QList<Segment> m_segments;
    QList<int> m_offsets; // sorted split offsets still ahead of m_bodyPos
    qint64 m_bodyPos = 0;
    int m_dataEvents = 0;
    qint64 m_pacedEvents = 0;
    QElapsedTimer m_paceClock;
    bool m_waitingGap = false;
    bool m_waitingTimer = false;
    bool m_stalled = false;
    bool m_done = false;
    bool m_pumping = false;
};

} // namespace rostrum::test
