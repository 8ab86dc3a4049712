#include "ApiCall.h"

#include "ApiLogging.h"
#include "MistralClient.h"

#include "HttpConnectionPool.h"
#include "HttpStream.h"

namespace rostrum {

namespace {
// An error body larger than this is not an API error message; keep the start only.
constexpr qsizetype kMaxErrorBody = 256 * 1024;

bool sameOrigin(const QUrl &a, const QUrl &b)
{
    return a.scheme() == b.scheme() && a.host().compare(b.host(), Qt::CaseInsensitive) == 0
        && a.port(a.scheme() == QLatin1String("https") ? 443 : 80)
        == b.port(b.scheme() == QLatin1String("https") ? 443 : 80);
}
} // namespace

ApiCall::ApiCall(const ApiCallSetup &setup, QByteArray method, QByteArray body, bool streaming, QObject *parent)
    : QObject(parent)
    , m_setup(setup)
    , m_method(std::move(method))
    , m_body(std::move(body))
    , m_streaming(streaming)
    , m_clockAlive(setup.clock)
    , m_currentUrl(setup.url)
{
    m_running = true;
}

ApiCall::~ApiCall()
{
    disarmTimers();
    releaseReply(true);
}

void ApiCall::startLater()
{
    // Queued, not a timer: the caller connects to the call first, then the event loop sends it.
    QMetaObject::invokeMethod(this, &ApiCall::start, Qt::QueuedConnection);
}

void ApiCall::start()
{
    if (!m_running || m_started)
        return;
    m_started = true;
    m_sentAtMs = clock()->nowMs();
    if (m_preflight.isError()) {
        fail(m_preflight);
        return;
    }
    QString why;
    if (!m_setup.apiKey.isEmpty() && !MistralClient::isSafeForKey(m_setup.url, &why)) {
        ApiError e = ApiError::make(ErrorClass::InvalidRequest, why);
        e.code = QStringLiteral("insecure_endpoint");
        fail(e);
        return;
    }
    if (m_setup.totalTimeoutMs > 0) {
        m_totalTimer = clock()->callLater(m_setup.totalTimeoutMs, this, [this] {
            m_totalTimer = 0;
            fail(ApiError::make(ErrorClass::Timeout,
                                QStringLiteral("no complete answer within %1 s").arg(m_setup.totalTimeoutMs / 1000.0)));
        });
    }
    send(m_setup.url);
}

void ApiCall::send(const QUrl &url)
{
    m_currentUrl = url;
    HttpStream::Request req;
    req.method = m_method;
    req.url = url;
    req.body = m_body;
    // Redirects are followed by hand (handleRedirect) so the key never leaves for another origin.
    req.headers = {
        {"User-Agent", m_setup.userAgent},
        {"Accept", m_streaming ? QByteArrayLiteral("text/event-stream") : QByteArrayLiteral("application/json")}};
    if (!m_body.isEmpty())
        req.headers.emplaceBack("Content-Type", m_contentType);
    if (m_sendAuth && !m_setup.apiKey.isEmpty())
        req.headers.emplaceBack("Authorization", "Bearer " + m_setup.apiKey.toUtf8());

    qCDebug(lcApi) << m_method << url.toDisplayString(QUrl::RemoveUserInfo);
    auto *reply = new HttpStream(HttpConnectionPool::forManager(m_setup.nam), this);
    m_reply = reply;
    connect(reply, &HttpStream::headersReceived, this, &ApiCall::onReplyHeaders);
    connect(reply, &HttpStream::bodyReceived, this, &ApiCall::onReplyBody);
    connect(reply, &HttpStream::finished, this, &ApiCall::onReplyFinished);
    connect(reply, &HttpStream::failed, this, &ApiCall::onReplyFailed);
    reply->start(req);

    m_lastByteAtMs = clock()->nowMs();
    if (m_setup.stallTimeoutMs > 0 && m_stallTimer == 0)
        m_stallTimer = clock()->callLater(m_setup.stallTimeoutMs, this, [this] { onStallCheck(); });
}

void ApiCall::onStallCheck()
{
    m_stallTimer = 0;
    if (!m_running)
        return;
    // One timer per call, re-armed for the remainder instead of on every read: reads are frequent.
    const qint64 idle = clock()->nowMs() - m_lastByteAtMs;
    if (idle < m_setup.stallTimeoutMs) {
        m_stallTimer = clock()->callLater(m_setup.stallTimeoutMs - idle, this, [this] { onStallCheck(); });
        return;
    }
    qCInfo(lcApi) << "no data for" << idle << "ms, giving up";
    fail(ApiError::make(ErrorClass::Timeout, QStringLiteral("no data for %1 s").arg(idle / 1000.0)));
}

void ApiCall::onReplyHeaders()
{
    HttpStream *reply = m_reply;
    if (!reply || m_headersSeen || !m_running)
        return;
    const int status = reply->status();
    m_lastByteAtMs = clock()->nowMs();
    if (status >= 300 && status < 400 && status != 304) {
        handleRedirect();
        return;
    }
    m_headersSeen = true;
    m_status = status;
    m_headersAtMs = clock()->nowMs();
    m_headers = reply->headers();
    m_isError = status < 200 || status >= 300;
    m_deprecation = responseHeader("x-model-deprecation-timestamp");
    qCDebug(lcApi) << "status" << status << "after" << headersAfterMs() << "ms";
    Q_EMIT headersReceived(status, m_headers);
    if (!m_deprecation.isEmpty() && m_running)
        Q_EMIT modelDeprecated(m_deprecation, deprecationTime());
}

bool ApiCall::handleRedirect()
{
    HttpStream *reply = m_reply;
    const int status = reply->status();
    QByteArray locationHeader;
    for (const auto &h : reply->headers()) {
        if (h.first.compare("location", Qt::CaseInsensitive) == 0) {
            locationHeader = h.second;
            break;
        }
    }
    const QUrl location = QUrl::fromEncoded(locationHeader);
    const QUrl target = m_currentUrl.resolved(location);
    auto refuse = [&](const QString &why) {
        ApiError e = ApiError::make(ErrorClass::InvalidRequest, why, status);
        e.code = QStringLiteral("unsafe_redirect");
        fail(e);
        return false;
    };
    if (!location.isValid() || location.isEmpty())
        return refuse(QStringLiteral("the server redirected (HTTP %1) without a location").arg(status));
    if (--m_redirectsLeft < 0)
        return refuse(QStringLiteral("too many redirects"));
    const QString scheme = target.scheme();
    if (scheme != QLatin1String("https") && scheme != QLatin1String("http"))
        return refuse(QStringLiteral("redirect to an unsupported scheme: %1").arg(scheme));
    if (m_currentUrl.scheme() == QLatin1String("https") && scheme != QLatin1String("https"))
        return refuse(QStringLiteral("refused a redirect from https to plain http (%1)")
                          .arg(target.toDisplayString(QUrl::RemoveUserInfo | QUrl::RemovePath)));
    // 307/308 keep method and body. 301/302/303 would turn a POST into a GET, which means nothing
    // for this API, so only a GET follows them.
    const bool keepsMethod = status == 307 || status == 308;
    if (!keepsMethod && m_method != "GET")
        return refuse(QStringLiteral("the server redirected the request to %1; set that as the endpoint URL")
                          .arg(target.toDisplayString(QUrl::RemoveUserInfo)));
    if (!sameOrigin(m_currentUrl, target)) {
        // The key was given for one origin only: never forward Authorization elsewhere.
        m_sendAuth = false;
        qCInfo(lcApi) << "cross-origin redirect: continuing without the API key";
    } else if (m_sendAuth && !m_setup.apiKey.isEmpty() && !MistralClient::isSafeForKey(target)) {
        return refuse(QStringLiteral("refused a redirect that would send the API key over plain http"));
    }
    releaseReply(true);
    send(target);
    return true;
}

void ApiCall::onReplyBody(QByteArrayView bytes)
{
    if (!m_reply || !m_running || !m_headersSeen)
        return;
    m_bytes += quint64(bytes.size());
    m_lastByteAtMs = clock()->nowMs();
    if (m_isError) {
        if (m_errorBody.size() < kMaxErrorBody)
            m_errorBody.append(bytes.first(qMin(bytes.size(), kMaxErrorBody - m_errorBody.size())));
        return;
    }
    if (m_firstBodyAtMs < 0)
        m_firstBodyAtMs = m_lastByteAtMs;
    onBody(bytes);
}

void ApiCall::onReplyFinished()
{
    if (!m_reply || !m_running)
        return;
    if (!m_headersSeen) {
        fail(ApiError::fromNetwork(QNetworkReply::ProtocolFailure, QStringLiteral("the response ended early")));
        return;
    }
    if (m_isError) {
        fail(ApiError::fromHttp(m_status, m_headers, m_errorBody, clock()->wallTime()));
        return;
    }
    onBodyEnd();
}

void ApiCall::onReplyFailed(QNetworkReply::NetworkError error, const QString &message)
{
    if (!m_reply || !m_running)
        return;
    if (!m_headersSeen) {
        fail(ApiError::fromNetwork(error, message));
        return;
    }
    if (m_isError) {
        // The error body was cut: what arrived still says what went wrong.
        fail(ApiError::fromHttp(m_status, m_headers, m_errorBody, clock()->wallTime()));
        return;
    }
    // A 2xx body broken by the transport (reset, closed mid-body).
    onBodyBroken(ApiError::fromNetwork(error, message));
}

void ApiCall::onBodyBroken(const ApiError &networkError)
{
    fail(networkError);
}

void ApiCall::cancel()
{
    if (!m_running)
        return;
    fail(ApiError::make(ErrorClass::Cancelled));
}

bool ApiCall::markEnded()
{
    if (!m_running)
        return false;
    m_running = false;
    m_endAtMs = clock()->nowMs();
    if (m_sentAtMs < 0)
        m_sentAtMs = m_endAtMs;
    disarmTimers();
    releaseReply(true);
    return true;
}

void ApiCall::succeed()
{
    if (!markEnded())
        return;
    onSuccess();
    Q_EMIT ended();
}

void ApiCall::fail(const ApiError &error)
{
    if (!markEnded())
        return;
    m_error = error;
    if (m_error.httpStatus == 0)
        m_error.httpStatus = m_status;
    qCInfo(lcApi).noquote() << "failed:" << m_error.debugText();
    onFailure(m_error);
    Q_EMIT ended();
}

void ApiCall::disarmTimers()
{
    if (!m_clockAlive) {
        m_stallTimer = m_totalTimer = 0;
        return;
    }
    if (m_stallTimer)
        clock()->cancel(m_stallTimer);
    if (m_totalTimer)
        clock()->cancel(m_totalTimer);
    m_stallTimer = 0;
    m_totalTimer = 0;
}

void ApiCall::releaseReply(bool abort)
{
    HttpStream *reply = m_reply;
    m_reply = nullptr;
    if (!reply)
        return;
    disconnect(reply, nullptr, this, nullptr);
    if (abort && reply->isRunning())
        reply->abort();
    // Possibly inside one of its signals: deleted once that has returned.
    reply->deleteLater();
}

QByteArray ApiCall::responseHeader(QByteArrayView name) const
{
    for (const auto &h : m_headers) {
        if (h.first.compare(name, Qt::CaseInsensitive) == 0)
            return h.second;
    }
    return {};
}

qint64 ApiCall::headersAfterMs() const
{
    return m_headersAtMs < 0 || m_sentAtMs < 0 ? -1 : m_headersAtMs - m_sentAtMs;
}

qint64 ApiCall::latencyMs() const
{
    return m_endAtMs < 0 || m_sentAtMs < 0 ? -1 : m_endAtMs - m_sentAtMs;
}

QDateTime ApiCall::deprecationTime() const
{
    const QByteArray v = m_deprecation.trimmed();
    if (v.isEmpty())
        return {};
    bool ok = false;
    const qint64 secs = v.toLongLong(&ok);
    if (ok)
        return QDateTime::fromSecsSinceEpoch(secs, Qt::UTC);
    QDateTime t = QDateTime::fromString(QString::fromLatin1(v), Qt::ISODateWithMs);
    if (!t.isValid())
        t = QDateTime::fromString(QString::fromLatin1(v), Qt::RFC2822Date);
    return t.isValid() ? t.toUTC() : QDateTime();
}

} // namespace rostrum
