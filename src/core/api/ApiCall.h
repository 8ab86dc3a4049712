#pragma once

#include "api/ApiError.h"
#include "clock/Clock.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QNetworkReply>
#include <QObject>
#include <QPointer>
#include <QUrl>

#include <utility>

class QNetworkAccessManager;

namespace rostrum {

class HttpStream;

using RawHeaders = QList<std::pair<QByteArray, QByteArray>>;

// What a call needs from its client, copied at creation so a call is unaffected by later settings.
struct ApiCallSetup
{
    // Its proxy settings route the requests; its HttpConnectionPool keeps connections alive.
    QNetworkAccessManager *nam = nullptr;
    Clock *clock = nullptr;
    QUrl url; // full endpoint URL
    QString apiKey;
    qint64 stallTimeoutMs = 0; // 0 = none
    qint64 totalTimeoutMs = 0; // 0 = none
    QByteArray userAgent;
};

// One HTTP exchange with the API: sends, follows redirects safely, enforces stall and total
// timeouts on the injected Clock, classifies failures, and records timing. ChatCall and
// ModelsCall read the body. Owned by the caller (deleteLater() after ended()).
class ApiCall : public QObject
{
    Q_OBJECT
public:
    ~ApiCall() override;

    bool isRunning() const { return m_running; }
    const ApiError &error() const { return m_error; }
    int httpStatus() const { return m_status; }
    const RawHeaders &responseHeaders() const { return m_headers; }
    QByteArray responseHeader(QByteArrayView nameCaseInsensitive) const;
    QUrl url() const { return m_setup.url; }

    // Timing on the call's Clock. -1 until known.
    qint64 sentAtMs() const { return m_sentAtMs; }
    qint64 headersAfterMs() const; // from send to the status line
    qint64 latencyMs() const; // from send to the end (success or failure)
    quint64 bytesReceived() const { return m_bytes; }

    // The raw x-model-deprecation-timestamp header and its parsed time (invalid if absent/unreadable).
    QByteArray deprecationHeader() const { return m_deprecation; }
    QDateTime deprecationTime() const;

public Q_SLOTS:
    // Stops the exchange; the call ends with ErrorClass::Cancelled (keeping anything received).
    void cancel();

Q_SIGNALS:
    // The status line and headers arrived (success and error alike) — the rate limiter learns from them.
    void headersReceived(int status, const rostrum::RawHeaders &headers);
    // The response carried x-model-deprecation-timestamp: the model is going away on that date.
    void modelDeprecated(const QByteArray &timestamp, const QDateTime &removal);
    // Emitted once, after the subclass's finished/failed signal.
    void ended();

protected:
    ApiCall(const ApiCallSetup &setup, QByteArray method, QByteArray body, bool streaming, QObject *parent);

    // Starts on the next event-loop turn so the caller can connect first.
    void startLater();

    // Subclass hooks. onBody gets every slice of a 2xx body as it arrives.
    virtual void onBody(QByteArrayView bytes) = 0;
    // The 2xx body ended normally; the subclass calls succeed() or fail().
    virtual void onBodyEnd() = 0;
    // The connection broke during a 2xx body (default: fail with the network error).
    virtual void onBodyBroken(const ApiError &networkError);
    // The call succeeded; the subclass emits its finished signal.
    virtual void onSuccess() = 0;
    // The call failed (HTTP error, network, timeout, cancel); the subclass emits its failed signal.
    virtual void onFailure(const ApiError &error) = 0;

    // Ends the call successfully / with an error (idempotent: the first end wins). Both release the
    // connection, run the subclass hook, then emit ended().
    void succeed();
    void fail(const ApiError &error);
    // Checks the request before anything is sent; a non-empty reason fails the call at start.
    void setPreflightError(const ApiError &error) { m_preflight = error; }
    // The Content-Type of a non-empty body (application/json unless set; a multipart upload sets its own).
    void setContentType(const QByteArray &type) { m_contentType = type; }
    Clock *clock() const { return m_setup.clock; }
    qint64 firstBodyByteMs() const { return m_firstBodyAtMs; }

private:
    void start();
    void send(const QUrl &url);
    void onReplyHeaders();
    void onReplyBody(QByteArrayView bytes);
    void onReplyFinished();
    void onReplyFailed(QNetworkReply::NetworkError error, const QString &message);
    bool handleRedirect();
    void onStallCheck();
    void disarmTimers();
    void releaseReply(bool abort);
    bool markEnded();

    ApiCallSetup m_setup;
    QByteArray m_method;
    QByteArray m_body;
    QByteArray m_contentType = QByteArrayLiteral("application/json");
    bool m_streaming = false;
    QPointer<Clock> m_clockAlive; // a call may outlive the clock (owned elsewhere) at shutdown
    QUrl m_currentUrl;
    bool m_sendAuth = true;
    int m_redirectsLeft = 5;
    QPointer<HttpStream> m_reply;
    bool m_running = false;
    bool m_headersSeen = false;
    bool m_isError = false; // status >= 400: body is collected for ApiError
    QByteArray m_errorBody;
    int m_status = 0;
    RawHeaders m_headers;
    QByteArray m_deprecation;
    ApiError m_error;
    ApiError m_preflight;
    bool m_started = false;
    qint64 m_sentAtMs = -1;
    qint64 m_headersAtMs = -1;
    qint64 m_firstBodyAtMs = -1;
    qint64 m_endAtMs = -1;
    quint64 m_bytes = 0;
    Clock::TimerId m_stallTimer = 0;
    Clock::TimerId m_totalTimer = 0;
    qint64 m_lastByteAtMs = -1;
};

} // namespace rostrum
