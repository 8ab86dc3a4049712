#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QList>

#include <functional>

namespace rostrum {

// One server-sent event. `data` is the raw bytes of its data lines joined with '\n' (decoding is
// left to the consumer, so a UTF-8 character split across network reads is never decoded in halves).
struct SseEvent
{
    QByteArray event; // the "event:" field, empty for the default "message"
    QByteArray data;
    QByteArray id;

    bool isDone() const { return data == "[DONE]"; }
};

// A complete event handed to a sink during feed(): the views are valid only during the call.
struct SseEventView
{
    QByteArrayView event;
    QByteArrayView data;
    QByteArrayView id;

    bool isDone() const { return data == "[DONE]"; }
};

// Incremental text/event-stream parser (WHATWG rules): feed() any slices of the body; complete
// events come out of takeEvent() in order. Handles CRLF, LF, CR and mixed line endings (also a
// CRLF split across feeds), ':' comments, several data lines per event, a leading BOM, unknown
// fields (ignored). Complete lines are parsed straight from the fed bytes; only a line cut by the
// end of a feed is kept, in one buffer reused from feed to feed.
class SseParser
{
public:
    // A line longer than this is a broken or hostile stream: the parser stops and reports it.
    static constexpr qsizetype kMaxLineBytes = 64 * 1024 * 1024;

    void feed(QByteArrayView bytes);
    // Hands each event to `sink` as soon as it is complete instead of queueing it; a one-line event
    // (every event of a chat stream) is not copied. The sink answers false to stop: the rest of
    // `bytes` is dropped (the consumer has given up on the stream).
    using Sink = std::function<bool(const SseEventView &)>;
    void feed(QByteArrayView bytes, const Sink &sink);
    bool hasEvent() const { return m_head < m_events.size(); }
    SseEvent takeEvent();
    // Moves all pending events out.
    QList<SseEvent> takeEvents();

    // True once an event with data "[DONE]" was parsed.
    bool sawDone() const { return m_sawDone; }
    // True if a line exceeded kMaxLineBytes; the parser ignores further input.
    bool overflowed() const { return m_overflow; }
    // Bytes received but not yet part of a complete event (an event cut by end of stream).
    qsizetype pendingBytes() const { return (m_buf.size() - m_pos) + m_data.size(); }
    quint64 eventCount() const { return m_eventCount; }
    void reset();

private:
    // Processes the complete lines in [begin, end); answers how many bytes they took.
    qsizetype parseLines(const char *begin, const char *end);
    void keepTail();
    void feedBytes(QByteArrayView bytes);
    void materializeData();
    void appendData(QByteArrayView value);
    void processLine(const char *begin, qsizetype len);
    void dispatch();

    QByteArray m_buf; // unconsumed input starts at m_pos
    qsizetype m_pos = 0;
    bool m_skipLf = false; // the last line ended in CR: an LF at the start of the next feed belongs to it
    bool m_bomChecked = false;
    bool m_overflow = false;
    bool m_sawDone = false;
    bool m_hasData = false;
    bool m_stopped = false; // the sink answered false during this feed
    const Sink *m_sink = nullptr; // set during feed(bytes, sink)
    QByteArrayView m_dataView; // the only data line so far, in the bytes being parsed (not copied yet)
    QByteArray m_data;
    QByteArray m_event;
    QByteArray m_id;
    QList<SseEvent> m_events;
    qsizetype m_head = 0;
    quint64 m_eventCount = 0;
};

} // namespace rostrum
