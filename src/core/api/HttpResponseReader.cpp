#include "HttpResponseReader.h"

#include <QString>

#include <cstring>

namespace rostrum {

namespace {
// A chunk-size line longer than this (extensions included) is not one a server sends.
constexpr qsizetype kMaxChunkLine = 4096;

QByteArrayView trimmed(QByteArrayView v)
{
    while (!v.isEmpty() && (v.front() == ' ' || v.front() == '\t'))
        v = v.sliced(1);
    while (!v.isEmpty() && (v.back() == ' ' || v.back() == '\t'))
        v.chop(1);
    return v;
}

// True if the comma-separated list `value` holds `token` (case-insensitive).
bool hasToken(QByteArrayView value, QByteArrayView token)
{
    while (!value.isEmpty()) {
        const qsizetype comma = value.indexOf(',');
        const QByteArrayView item = trimmed(comma < 0 ? value : value.first(comma));
        if (item.compare(token, Qt::CaseInsensitive) == 0)
            return true;
        value = comma < 0 ? QByteArrayView() : value.sliced(comma + 1);
    }
    return false;
}

QByteArrayView lastToken(QByteArrayView value)
{
    const qsizetype comma = value.lastIndexOf(',');
    return trimmed(comma < 0 ? value : value.sliced(comma + 1));
}
} // namespace

void HttpBodySlice::clear()
{
    m_first = {};
    m_buffer.resize(0); // keeps the capacity
    m_joined = false;
}

void HttpBodySlice::add(QByteArrayView piece)
{
    if (piece.isEmpty())
        return;
    if (m_first.isEmpty()) {
        m_first = piece;
        return;
    }
    if (!m_joined) {
        m_buffer.append(m_first.data(), m_first.size());
        m_joined = true;
    }
    m_buffer.append(piece.data(), piece.size());
}

void HttpResponseReader::reset(bool headRequest)
{
    *this = HttpResponseReader();
    m_head = headRequest;
}

void HttpResponseReader::fail(const QString &why)
{
    if (m_state == State::Failed || m_state == State::Done)
        return;
    m_state = State::Failed;
    m_error = why;
}

bool HttpResponseReader::takeLine(const char *&p, const char *end, QByteArrayView *line)
{
    const auto *nl = static_cast<const char *>(std::memchr(p, '\n', size_t(end - p)));
    const qsizetype limit = m_state == State::Body ? kMaxChunkLine : kMaxHeaderBytes;
    if (!nl) {
        m_line.append(p, end - p);
        p = end;
        if (m_line.size() > limit)
            fail(QStringLiteral("the server sent an over-long line"));
        return false;
    }
    QByteArrayView v(p, nl - p);
    p = nl + 1;
    if (!m_line.isEmpty()) {
        m_line.append(v.data(), v.size());
        v = m_line; // valid until the next takeLine, which starts by clearing it
    }
    if (v.size() > limit) {
        fail(QStringLiteral("the server sent an over-long line"));
        return false;
    }
    if (!v.isEmpty() && v.back() == '\r')
        v.chop(1);
    *line = v;
    return true;
}

qsizetype HttpResponseReader::feed(QByteArrayView in, HttpBodySlice &body)
{
    const char *p = in.data();
    const char *const end = p + in.size();
    while (p < end && (m_state == State::StatusLine || m_state == State::Headers || m_state == State::Body)) {
        if (m_state == State::Body) {
            if (m_framing == Framing::Chunked) {
                readChunked(p, end, body);
                continue;
            }
            qint64 n = end - p;
            if (m_framing == Framing::Length)
                n = qMin(n, m_remaining);
            body.add(QByteArrayView(p, qsizetype(n)));
            p += n;
            m_bodyBytes += quint64(n);
            if (m_framing == Framing::Length && (m_remaining -= n) == 0)
                m_state = State::Done;
            continue;
        }
        const bool hadCut = !m_line.isEmpty();
        QByteArrayView line;
        if (!takeLine(p, end, &line))
            continue;
        m_headerBytes += line.size() + 2;
        bool ok = m_headerBytes <= kMaxHeaderBytes;
        if (!ok)
            fail(QStringLiteral("the response headers are too large"));
        else if (m_state == State::StatusLine)
            ok = line.isEmpty() || statusLine(line); // blank lines before a status line are skipped
        else if (line.isEmpty())
            ok = headersDone();
        else
            ok = headerLine(line);
        if (hadCut)
            m_line.resize(0);
        if (!ok)
            break;
    }
    return p - in.data();
}

bool HttpResponseReader::statusLine(QByteArrayView line)
{
    // HTTP/1.x SP 3DIGIT [SP reason]
    if (line.size() < 12 || !line.startsWith("HTTP/1.") || line[8] != ' ') {
        fail(QStringLiteral("the server did not answer in HTTP/1.1"));
        return false;
    }
    int status = 0;
    for (int i = 9; i < 12; ++i) {
        if (line[i] < '0' || line[i] > '9') {
            fail(QStringLiteral("the server sent an unreadable status line"));
            return false;
        }
        status = status * 10 + (line[i] - '0');
    }
    m_http10 = line[7] == '0';
    m_status = status;
    m_headers.clear();
    m_state = State::Headers;
    return true;
}

bool HttpResponseReader::headerLine(QByteArrayView line)
{
    if (line.front() == ' ' || line.front() == '\t') {
        // An obsolete folded continuation: part of the previous value.
        if (m_headers.isEmpty()) {
            fail(QStringLiteral("the server sent an unreadable header"));
            return false;
        }
        m_headers.last().second += ' ' + trimmed(line).toByteArray();
        return true;
    }
    const qsizetype colon = line.indexOf(':');
    if (colon <= 0 || line.first(colon).contains(' ') || line.first(colon).contains('\t')) {
        fail(QStringLiteral("the server sent an unreadable header"));
        return false;
    }
    m_headers.append({line.first(colon).toByteArray(), trimmed(line.sliced(colon + 1)).toByteArray()});
    return true;
}

bool HttpResponseReader::headersDone()
{
    if (m_status >= 100 && m_status < 200 && m_status != 101) {
        m_state = State::StatusLine; // interim (100 Continue, 103 Early Hints): the real answer follows
        return true;
    }
    bool chunked = false;
    bool hasEncoding = false;
    qint64 length = -1;
    m_keepAlive = !m_http10;
    for (const auto &[name, value] : std::as_const(m_headers)) {
        if (name.compare("transfer-encoding", Qt::CaseInsensitive) == 0) {
            hasEncoding = true;
            chunked = lastToken(value).compare("chunked", Qt::CaseInsensitive) == 0;
        } else if (name.compare("content-length", Qt::CaseInsensitive) == 0) {
            bool ok = false;
            const qint64 n = value.toLongLong(&ok);
            if (!ok || n < 0 || (length >= 0 && n != length) || value.contains('+')) {
                fail(QStringLiteral("the server sent an invalid Content-Length"));
                return false;
            }
            length = n;
        } else if (name.compare("connection", Qt::CaseInsensitive) == 0) {
            if (hasToken(value, "close"))
                m_keepAlive = false;
            else if (hasToken(value, "keep-alive"))
                m_keepAlive = true;
        }
    }
    if (m_head || m_status == 204 || m_status == 304) {
        m_framing = Framing::None;
        m_state = State::Done;
        return true;
    }
    if (hasEncoding)
        m_framing = chunked ? Framing::Chunked : Framing::UntilClose; // Transfer-Encoding wins over a length
    else if (length >= 0)
        m_framing = Framing::Length;
    else
        m_framing = Framing::UntilClose;
    m_remaining = length;
    m_chunkStep = ChunkStep::Size;
    m_state = m_framing == Framing::Length && length == 0 ? State::Done : State::Body;
    return true;
}

void HttpResponseReader::readChunked(const char *&p, const char *end, HttpBodySlice &body)
{
    while (p < end && m_state == State::Body) {
        if (m_chunkStep == ChunkStep::Data) {
            const qint64 n = qMin<qint64>(end - p, m_remaining);
            body.add(QByteArrayView(p, qsizetype(n)));
            p += n;
            m_bodyBytes += quint64(n);
            if ((m_remaining -= n) == 0)
                m_chunkStep = ChunkStep::DataEnd;
            continue;
        }
        const bool hadCut = !m_line.isEmpty();
        QByteArrayView line;
        if (!takeLine(p, end, &line))
            return;
        if (m_chunkStep == ChunkStep::Size) {
            chunkSizeLine(line);
        } else if (m_chunkStep == ChunkStep::DataEnd) {
            if (line.isEmpty())
                m_chunkStep = ChunkStep::Size;
            else
                fail(QStringLiteral("the server sent a malformed chunk"));
        } else if (line.isEmpty()) { // the blank line after the trailers
            m_state = State::Done;
        } else if ((m_headerBytes += line.size() + 2) > kMaxHeaderBytes) {
            fail(QStringLiteral("the response trailers are too large"));
        }
        if (hadCut)
            m_line.resize(0);
    }
}

bool HttpResponseReader::chunkSizeLine(QByteArrayView line)
{
    const qsizetype semicolon = line.indexOf(';');
    const QByteArrayView digits = trimmed(semicolon < 0 ? line : line.first(semicolon));
    qint64 size = 0;
    if (digits.isEmpty() || digits.size() > 15) {
        fail(QStringLiteral("the server sent a malformed chunk size"));
        return false;
    }
    for (const char c : digits) {
        const int v = c >= '0' && c <= '9' ? c - '0'
            : c >= 'a' && c <= 'f'         ? c - 'a' + 10
            : c >= 'A' && c <= 'F'         ? c - 'A' + 10
                                           : -1;
        if (v < 0) {
            fail(QStringLiteral("the server sent a malformed chunk size"));
            return false;
        }
        size = size * 16 + v;
    }
    m_remaining = size;
    m_chunkStep = size == 0 ? ChunkStep::Trailers : ChunkStep::Data;
    return true;
}

void HttpResponseReader::closed()
{
    if (m_state == State::Body && m_framing == Framing::UntilClose) {
        m_state = State::Done;
        return;
    }
    fail(QStringLiteral("the connection closed before the end of the response"));
}

} // namespace rostrum
