#include "SseParser.h"

#include <cstring>

namespace rostrum {

namespace {
// Finds the first CR or LF in [p, end). memchr (vectorised by libc) beats a byte loop; the next LF
// and the next CR are cached across lines, so a stream without CRs is searched for one only once
// per feed and each line costs one search for its LF.
const char *findEol(const char *p, const char *end, const char **nextLf, const char **nextCr)
{
    if (!*nextLf || *nextLf < p) {
        const auto *nl = static_cast<const char *>(std::memchr(p, '\n', size_t(end - p)));
        *nextLf = nl ? nl : end;
    }
    if (!*nextCr || *nextCr < p) {
        const auto *cr = static_cast<const char *>(std::memchr(p, '\r', size_t(end - p)));
        *nextCr = cr ? cr : end;
    }
    return *nextCr < *nextLf ? *nextCr : *nextLf;
}
} // namespace

void SseParser::feed(QByteArrayView bytes)
{
    m_sink = nullptr;
    m_stopped = false;
    feedBytes(bytes);
}

void SseParser::feed(QByteArrayView bytes, const Sink &sink)
{
    m_sink = &sink;
    m_stopped = false;
    feedBytes(bytes);
    m_sink = nullptr;
}

void SseParser::feedBytes(QByteArrayView bytes)
{
    if (m_overflow || bytes.isEmpty())
        return;
    if (!m_bomChecked) {
        // The first bytes go through the buffer until it is known whether a BOM starts the stream.
        m_buf.append(bytes.data(), bytes.size());
        const char *const base = m_buf.constData();
        const char *const end = base + m_buf.size();
        const char *p = base + m_pos;
        if (end - p < 3 && std::memcmp(p, "\xEF\xBB\xBF", size_t(end - p)) == 0)
            return;
        if (end - p >= 3 && std::memcmp(p, "\xEF\xBB\xBF", 3) == 0)
            p += 3;
        m_bomChecked = true;
        m_pos = (p - base) + parseLines(p, end);
        keepTail();
        return;
    }
    if (m_pos < m_buf.size()) {
        // A line cut by the previous read waits in the buffer: complete it with the bytes up to the
        // first line end, then go on from there without copying.
        const char *nextLf = nullptr;
        const char *nextCr = nullptr;
        const char *eol = findEol(bytes.data(), bytes.data() + bytes.size(), &nextLf, &nextCr);
        if (eol == bytes.data() + bytes.size()) {
            m_buf.append(bytes.data(), bytes.size());
            keepTail();
            return;
        }
        const qsizetype head = eol - bytes.data() + 1;
        m_buf.append(bytes.data(), head);
        parseLines(m_buf.constData() + m_pos, m_buf.constData() + m_buf.size());
        bytes = bytes.sliced(head);
    }
    // Nothing waits: parse straight from the caller's bytes and keep only an unfinished last line.
    m_buf.resize(0); // keeps the capacity
    m_pos = 0;
    const qsizetype used = parseLines(bytes.data(), bytes.data() + bytes.size());
    m_buf.append(bytes.data() + used, bytes.size() - used);
    keepTail();
}

qsizetype SseParser::parseLines(const char *begin, const char *end)
{
    const char *p = begin;
    if (m_skipLf && p < end) {
        if (*p == '\n')
            ++p;
        m_skipLf = false;
    }
    const char *nextLf = nullptr;
    const char *nextCr = nullptr;
    while (p < end && !m_stopped) {
        const char *eol = findEol(p, end, &nextLf, &nextCr);
        if (eol == end)
            break;
        processLine(p, eol - p);
        if (*eol == '\r') {
            if (eol + 1 < end) {
                p = eol + (eol[1] == '\n' ? 2 : 1);
            } else {
                m_skipLf = true; // the LF of a CRLF may come with the next feed
                p = eol + 1;
            }
        } else {
            p = eol + 1;
        }
    }
    // A data line not dispatched yet points into bytes that are about to go: copy it now.
    materializeData();
    if (m_stopped)
        return end - begin; // the consumer gave up: nothing more of these bytes is wanted
    return p - begin;
}

void SseParser::materializeData()
{
    if (m_dataView.data()) {
        m_data = m_dataView.toByteArray();
        m_dataView = QByteArrayView();
    }
}

void SseParser::keepTail()
{
    // Compact what was consumed, but only when it is worth a move: amortised O(1).
    if (m_pos > 0 && (m_pos >= m_buf.size() || m_pos > 4096)) {
        m_buf.remove(0, m_pos);
        m_pos = 0;
    }
    if (m_buf.size() - m_pos > kMaxLineBytes) {
        m_overflow = true;
        m_buf.clear();
        m_pos = 0;
    }
}

void SseParser::processLine(const char *begin, qsizetype len)
{
    if (len == 0) {
        dispatch();
        return;
    }
    if (begin[0] == ':')
        return; // comment (keep-alive)
    if (len >= 5 && std::memcmp(begin, "data:", 5) == 0) {
        // Nearly every line of a chat stream.
        const char *value = begin + 5;
        if (value < begin + len && *value == ' ')
            ++value;
        appendData(QByteArrayView(value, begin + len - value));
        return;
    }
    const char *colon = static_cast<const char *>(std::memchr(begin, ':', size_t(len)));
    const QByteArrayView field(begin, colon ? colon - begin : len);
    const char *value = colon ? colon + 1 : begin + len;
    const char *lineEnd = begin + len;
    if (value < lineEnd && *value == ' ')
        ++value;
    const QByteArrayView v(value, lineEnd - value);

    if (field == "data") {
        appendData(v); // "data" without a colon: an empty value
    } else if (field == "event") {
        m_event = v.toByteArray();
    } else if (field == "id") {
        if (!v.contains('\0'))
            m_id = v.toByteArray();
    }
    // "retry" and unknown fields are ignored: reconnection is flow/'s business, not the parser's.
}

void SseParser::appendData(QByteArrayView v)
{
    if (!m_hasData && m_sink) {
        // Usually the event's only data line: keep a view; copied only if it must outlive the bytes.
        m_dataView = v.data() ? v : QByteArrayView("", 0);
    } else {
        materializeData();
        if (m_hasData)
            m_data.append('\n');
        m_data.append(v.data(), v.size());
    }
    m_hasData = true;
}

void SseParser::dispatch()
{
    if (!m_hasData) {
        // An event without data is not dispatched; its event type is forgotten.
        m_event.clear();
        return;
    }
    ++m_eventCount;
    if (m_sink) {
        SseEventView view;
        view.event = m_event;
        view.data = m_dataView.data() ? m_dataView : QByteArrayView(m_data);
        view.id = m_id;
        if (view.isDone())
            m_sawDone = true;
        const bool goOn = (*m_sink)(view);
        m_dataView = QByteArrayView();
        m_data.resize(0);
        m_event.clear();
        m_hasData = false;
        if (!goOn)
            m_stopped = true;
        return;
    }
    SseEvent ev;
    ev.event = std::move(m_event);
    ev.data = std::move(m_data);
    ev.id = m_id;
    m_event = QByteArray();
    m_data = QByteArray();
    m_hasData = false;
    if (ev.isDone())
        m_sawDone = true;
    if (m_head > 0 && m_head == m_events.size()) {
        m_events.clear();
        m_head = 0;
    }
    m_events.append(std::move(ev));
}

SseEvent SseParser::takeEvent()
{
    if (m_head >= m_events.size())
        return {};
    SseEvent ev = std::move(m_events[m_head++]);
    if (m_head == m_events.size()) {
        m_events.clear();
        m_head = 0;
    }
    return ev;
}

QList<SseEvent> SseParser::takeEvents()
{
    QList<SseEvent> out;
    if (m_head == 0) {
        out.swap(m_events);
    } else {
        out.reserve(m_events.size() - m_head);
        for (qsizetype i = m_head; i < m_events.size(); ++i)
            out.append(std::move(m_events[i]));
        m_events.clear();
    }
    m_head = 0;
    return out;
}

void SseParser::reset()
{
    *this = SseParser();
}

} // namespace rostrum
