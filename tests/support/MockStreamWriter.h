#pragma once

#include "MockReply.h"

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>

#include <functional>
#include <optional>

class QTcpSocket;

namespace rostrum::test {

// Delivers one HTTP response on a socket with the framing and timing faults a MockReply asks for:
// first-byte delay, pacing, stalls, a cut after N data events, body slices written separately at
// given byte offsets, HTTP chunk boundaries at given offsets, several events coalesced into one
// chunk, chunk extensions and trailers. The body comes from a Source, pulled one unit at a time,
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

    struct Options
    {
        bool chunked = false; // Transfer-Encoding: chunked; otherwise the bytes go out as they are
        bool closeAtEnd = true; // close once the body is out (close-delimited, or "Connection: close")
    };

    MockStreamWriter(QTcpSocket *socket, QByteArray head, Source source, const MockReply &timing, Options options,
                     QObject *parent = nullptr);

    void start();
    qint64 bodyBytesWritten() const { return m_bodyPos; }
    int dataEventsWritten() const { return m_dataEvents; }

Q_SIGNALS:
    // The response is over. reusable: it ended cleanly and the connection stays open for the next
    // request (keep-alive); otherwise the connection is closed or closing.
    void finished(bool reusable);

private:
    struct Segment
    {
        QByteArray bytes;
        bool gapBefore = false;
    };
    void writeHead();
    void pump();
    void pumpOnce();
    void addUnit(const Unit &unit);
    void flushPending();
    void queueBody(const QByteArray &bytes);
    void writeSegment(const QByteArray &bytes);
    bool drainSegments(); // true when every queued segment has been written
    void endBody(); // the last chunk and trailers, then keep-alive or close
    void cut(); // close mid-body, no terminating chunk
    bool alive() const;

    QPointer<QTcpSocket> m_socket;
    QByteArray m_head;
    Source m_source;
    MockReply m_timing;
    Options m_options;
    QList<Segment> m_segments;
    QList<int> m_offsets; // sorted split offsets still ahead of m_bodyPos (a write gap before each)
    QList<int> m_chunkOffsets; // sorted chunk boundaries still ahead of m_bodyPos (no gap)
    QByteArray m_pending; // coalesced units not yet queued
    int m_pendingUnits = 0;
    qint64 m_bodyPos = 0;
    int m_dataEvents = 0;
    qint64 m_pacedEvents = 0;
    QElapsedTimer m_paceClock;
    bool m_waitingGap = false;
    bool m_waitingTimer = false;
    bool m_stalled = false;
    bool m_sourceDone = false;
    bool m_done = false;
    bool m_pumping = false;
};

} // namespace rostrum::test
