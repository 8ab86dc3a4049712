#include "ApiCall.h"

#include "ApiLogging.h"
#include "MistralClient.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>

namespace rostrum {

namespace {
// An error body larger than this is not an API error message; keep the start only.
constexpr qsizetype kMaxErrorBody = 256 * 1024;
// How much of a response the network thread may read ahead of this thread (see send()).
constexpr qint64 kReadBufferBytes = 256 * 1024;
// The most handed to onBody() at once.
constexpr qint64 kReadSliceBytes = 64 * 1024;

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
    QNetworkRequest req(url);
    // Redirects are followed by hand (handleRedirect) so the key never leaves for another origin.
    req.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    req.setAttribute(QNetworkRequest::CacheLoadControlAttribute, QNetworkRequest::AlwaysNetwork);
    req.setAttribute(QNetworkRequest::CacheSaveControlAttribute, false);
    req.setRawHeader("User-Agent", m_setup.userAgent);
    req.setRawHeader("Accept",
                     m_streaming ? QByteArrayLiteral("text/event-stream") : QByteArrayLiteral("application/json"));
    if (!m_body.isEmpty())
        req.setRawHeader("Content-Type", "application/json");
    if (m_sendAuth && !m_setup.apiKey.isEmpty())
        req.setRawHeader("Authorization", "Bearer " + m_setup.apiKey.toUtf8());

    qCDebug(lcApi) << m_method << url.toDisplayString(QUrl::RemoveUserInfo);
    QNetworkReply *reply = m_body.isEmpty() && m_method == "GET"
        ? m_setup.nam->get(req)
        : m_setup.nam->sendCustomRequest(req, m_method, m_body);
    m_reply = reply;
    // Bounded buffering: without a limit the network thread reads as fast as the socket delivers and
    // queues it all for this thread, so a fast stream read by a busy GUI could pile up megabytes.
    reply->setReadBufferSize(kReadBufferBytes);
    connect(reply, &QNetworkReply::metaDataChanged, this, &ApiCall::onReplyMetaData);
    connect(reply, &QNetworkReply::readyRead, this, &ApiCall::onReplyReadyRead);
    connect(reply, &QNetworkReply::finished, this, &ApiCall::onReplyFinished);
    // No sslErrors handler on purpose: a TLS error is never ignored, the reply fails with it.

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

void ApiCall::onReplyMetaData()
{
    QNetworkReply *reply = m_reply;
    if (!reply || m_headersSeen || !m_running)
        return;
    const QVariant statusVar = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute);
    if (!statusVar.isValid())
        return;
    const int status = statusVar.toInt();
    m_lastByteAtMs = clock()->nowMs();
    if (status >= 300 && status < 400 && status != 304) {
        handleRedirect();
        return;
    }
    m_headersSeen = true;
    m_status = status;
    m_headersAtMs = clock()->nowMs();
    m_headers = reply->rawHeaderPairs();
    m_isError = status < 200 || status >= 300;
    m_deprecation = reply->rawHeader("x-model-deprecation-timestamp");
    qCDebug(lcApi) << "status" << status << "after" << headersAfterMs() << "ms";
    Q_EMIT headersReceived(status, m_headers);
    if (!m_deprecation.isEmpty() && m_running)
        Q_EMIT modelDeprecated(m_deprecation, deprecationTime());
}

bool ApiCall::handleRedirect()
{
    QNetworkReply *reply = m_reply;
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QUrl location = reply->attribute(QNetworkRequest::RedirectionTargetAttribute).toUrl();
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

void ApiCall::onReplyReadyRead()
{
    QNetworkReply *reply = m_reply;
    if (!reply || !m_running || !m_headersSeen)
        return;
    // Read in slices into one reused buffer: a fresh readAll() per read allocates (and page-faults
    // in) a new block each time, which costs more than parsing the bytes on a fast stream.
    while (m_reply == reply && m_running) {
        const qint64 available = qMin(reply->bytesAvailable(), kReadSliceBytes);
        if (available <= 0)
            return;
        m_readBuffer.resize(qsizetype(available));
        const qint64 got = reply->read(m_readBuffer.data(), available);
        if (got <= 0)
            return;
        const QByteArrayView bytes(m_readBuffer.constData(), qsizetype(got));
        m_bytes += quint64(got);
        m_lastByteAtMs = clock()->nowMs();
        if (m_isError) {
            if (m_errorBody.size() < kMaxErrorBody)
                m_errorBody.append(bytes.first(qMin(bytes.size(), kMaxErrorBody - m_errorBody.size())));
            continue;
        }
        if (m_firstBodyAtMs < 0)
            m_firstBodyAtMs = m_lastByteAtMs;
        onBody(bytes);
    }
}

void ApiCall::onReplyFinished()
{
    QNetworkReply *reply = m_reply;
    if (!reply || !m_running)
        return;
    if (!m_headersSeen) {
        const QVariant statusVar = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute);
        if (statusVar.isValid() && reply->error() == QNetworkReply::NoError) {
            onReplyMetaData(); // a reply whose metadata arrived only with the end
            if (!m_running || m_reply != reply)
                return; // redirected or failed
        }
    }
    if (m_headersSeen && reply->bytesAvailable() > 0)
        onReplyReadyRead();
    if (!m_running)
        return;
    const QNetworkReply::NetworkError err = reply->error();
    const QString errText = reply->errorString();
    if (!m_headersSeen) {
        fail(ApiError::fromNetwork(err == QNetworkReply::NoError ? QNetworkReply::ProtocolFailure : err, errText));
        return;
    }
    if (m_isError) {
        fail(ApiError::fromHttp(m_status, m_headers, m_errorBody, clock()->wallTime()));
        return;
    }
    // Qt reports 2xx transport errors (reset, closed mid-body) here.
    if (err != QNetworkReply::NoError) {
        onBodyBroken(ApiError::fromNetwork(err, errText));
        return;
    }
    onBodyEnd();
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
    QNetworkReply *reply = m_reply;
    m_reply = nullptr;
    if (!reply)
        return;
    disconnect(reply, nullptr, this, nullptr);
    if (abort && reply->isRunning())
        reply->abort();
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
