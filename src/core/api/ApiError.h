#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QMetaType>
#include <QString>

#include <utility>

namespace rostrum {

// The one error taxonomy of the wire. Every failure a user can meet maps to one class;
// the class decides whether a retry can help.
enum class ErrorClass {
    None,
    Auth, // 401/403: wrong, missing or revoked key
    RateLimited, // 429 "rate_limited" (code 1300): retry after the window
    Capacity, // 429 service tier capacity / overloaded: retry later
    NoQuota, // 429 with a zero limit: the plan has no quota for this model (permanent)
    InvalidRequest, // 400/404/422: the request itself is wrong (permanent)
    ContextOverflow, // 400 because the prompt does not fit the model's window (permanent)
    Server, // 5xx
    Network, // connection refused/reset, DNS, TLS
    Timeout, // stalled or too slow
    StreamCut, // stream ended without [DONE] or finish_reason
    StreamError, // finish_reason "error" in the stream
    BadResponse, // the server said something we cannot parse
    Cancelled, // the user cancelled
};

struct ApiError
{
    ErrorClass errorClass = ErrorClass::None;
    int httpStatus = 0; // 0 when no HTTP status was received
    QString code; // the server's code ("1300", "unknown_model"), if any
    QString type; // the server's type ("invalid_request_error"), if any
    QString serverMessage; // the server's own words, flattened to one readable line
    QString field; // for validation errors: the offending field ("messages.0.name")
    qint64 retryAfterMs = -1; // from Retry-After or rate-limit reset headers; -1 = not given
    // A network failure that the same request cannot get past (the server's TLS certificate was
    // refused): still class network, but never retried, and explained as such.
    bool tlsRefused = false;

    bool isError() const { return errorClass != ErrorClass::None; }
    bool isRetryable() const { return !tlsRefused && isRetryable(errorClass); }
    static bool isRetryable(ErrorClass c);

    // Stable machine name ("rate_limited", "auth", ...) used in JSON, SQL and metrics.
    static QString className(ErrorClass c);
    static ErrorClass classFromName(const QString &name);
    QString className() const { return className(errorClass); }

    // Translated, actionable sentence for people: what happened and what to do.
    QString userMessage() const;

    // Classifies an HTTP error answer. Robust to every body shape observed from the API (message as
    // string / object / JSON string, bare {"detail":[...]}, {"detail":"..."}, empty, HTML).
    // `now` is the wall time Retry-After dates are measured against (invalid: the system clock).
    static ApiError fromHttp(int status, const QList<std::pair<QByteArray, QByteArray>> &headers,
                             const QByteArray &body, const QDateTime &now = {});
    // Classifies a transport failure (no HTTP answer). `networkError` is a QNetworkReply::NetworkError, passed
    // as its value so that every user of ApiError does not compile QtNetwork's reply header.
    static ApiError fromNetwork(int networkError, const QString &detail = {});
    // An error of a given class with a message (cancel, cut stream, refused URL...).
    static ApiError make(ErrorClass c, const QString &message = {}, int httpStatus = 0);
    // Retry-After as delay-seconds or an HTTP-date; -1 if absent or unreadable; never negative otherwise.
    static qint64 parseRetryAfter(QByteArrayView value, const QDateTime &now);
    // One readable line for logs: "rate_limited (HTTP 429): Rate limit exceeded".
    QString debugText() const;
};

} // namespace rostrum

Q_DECLARE_METATYPE(rostrum::ApiError)
