#include "ApiError.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QNetworkReply>
#include <QRegularExpression>

#include <algorithm>

namespace rostrum {

namespace {
struct ClassName
{
    ErrorClass cls;
    const char *name;
};
constexpr ClassName kNames[] = {
    {ErrorClass::None, "none"},
    {ErrorClass::Auth, "auth"},
    {ErrorClass::RateLimited, "rate_limited"},
    {ErrorClass::Capacity, "capacity"},
    {ErrorClass::NoQuota, "no_quota"},
    {ErrorClass::InvalidRequest, "invalid_request"},
    {ErrorClass::ContextOverflow, "context_overflow"},
    {ErrorClass::Server, "server"},
    {ErrorClass::Network, "network"},
    {ErrorClass::Timeout, "timeout"},
    {ErrorClass::StreamCut, "stream_cut"},
    {ErrorClass::StreamError, "stream_error"},
    {ErrorClass::BadResponse, "bad_response"},
    {ErrorClass::Cancelled, "cancelled"},
};
} // namespace

bool ApiError::isRetryable(ErrorClass c)
{
    switch (c) {
    case ErrorClass::RateLimited:
    case ErrorClass::Capacity:
    case ErrorClass::Server:
    case ErrorClass::Network:
    case ErrorClass::Timeout:
    case ErrorClass::StreamCut:
    case ErrorClass::StreamError:
        return true;
    default:
        return false;
    }
}

QString ApiError::className(ErrorClass c)
{
    for (const auto &n : kNames) {
        if (n.cls == c)
            return QString::fromLatin1(n.name);
    }
    return QStringLiteral("other");
}

ErrorClass ApiError::classFromName(const QString &name)
{
    for (const auto &n : kNames) {
        if (name == QLatin1String(n.name))
            return n.cls;
    }
    return ErrorClass::BadResponse;
}

QString ApiError::userMessage() const
{
    // A literal context on every call, so lupdate finds each message.
    QString text;
    switch (errorClass) {
    case ErrorClass::None:
        return {};
    case ErrorClass::Auth:
        text = QCoreApplication::translate(
            "ApiError", "The API key was refused. Check it in Settings (or MISTRAL_API_KEY) and try again.");
        break;
    case ErrorClass::RateLimited:
        text =
            QCoreApplication::translate("ApiError", "Rate limit reached. Rostrum waits for the limit window to reset.");
        break;
    case ErrorClass::Capacity:
        text = QCoreApplication::translate(
            "ApiError", "The service is at capacity for this model. Try again shortly or pick another model.");
        break;
    case ErrorClass::NoQuota:
        text = QCoreApplication::translate("ApiError",
                                           "Your plan has no quota for this model, or payment is not activated. Check "
                                           "your plan in the Mistral console.");
        break;
    case ErrorClass::InvalidRequest:
        if (code == QLatin1String("insecure_endpoint") || code == QLatin1String("unsafe_redirect"))
            return QCoreApplication::translate("ApiError", "Rostrum did not send the request: %1").arg(serverMessage);
        text = field.isEmpty()
            ? QCoreApplication::translate("ApiError", "The API rejected the request.")
            : QCoreApplication::translate("ApiError", "The API rejected the request: field \"%1\" is not valid.")
                  .arg(field);
        break;
    case ErrorClass::ContextOverflow:
        text = QCoreApplication::translate("ApiError",
                                           "The conversation is too long for this model's context window. Shorten it "
                                           "or choose a model with a larger window.");
        break;
    case ErrorClass::Server:
        text = QCoreApplication::translate("ApiError", "The server had an error (HTTP %1). Try again later.")
                   .arg(httpStatus);
        break;
    case ErrorClass::Network:
        text = tlsRefused
            ? QCoreApplication::translate("ApiError",
                                          "The server's TLS certificate was not accepted, so nothing was sent. "
                                          "Check the endpoint URL, the system clock and the installed CA "
                                          "certificates.")
            : QCoreApplication::translate(
                "ApiError", "Could not reach the API. Check your network connection and the endpoint URL.");
        break;
    case ErrorClass::Timeout:
        text = QCoreApplication::translate("ApiError",
                                           "The API stopped answering (timeout). Try again, or raise the timeout.");
        break;
    case ErrorClass::StreamCut:
        text = QCoreApplication::translate(
            "ApiError", "The answer was cut off before it finished. The text received so far is kept.");
        break;
    case ErrorClass::StreamError:
        text = QCoreApplication::translate(
            "ApiError", "The model reported an error while answering. The text received so far is kept.");
        break;
    case ErrorClass::BadResponse:
        text = QCoreApplication::translate("ApiError", "The server sent an answer Rostrum could not read.");
        break;
    case ErrorClass::Cancelled:
        text = QCoreApplication::translate("ApiError", "Cancelled.");
        break;
    }
    if (!serverMessage.isEmpty() && errorClass != ErrorClass::Cancelled)
        text += QLatin1Char(' ') + QCoreApplication::translate("ApiError", "Server said: %1").arg(serverMessage);
    return text;
}

} // namespace rostrum

// ---- classification -------------------------------------------------------------------------

namespace rostrum {

namespace {

QByteArray headerValue(const QList<std::pair<QByteArray, QByteArray>> &headers, QByteArrayView name)
{
    for (const auto &h : headers) {
        if (h.first.compare(name, Qt::CaseInsensitive) == 0)
            return h.second.trimmed();
    }
    return {};
}

struct Parsed
{
    QStringList messages;
    QString field;
    QString type;
    QString code;
    QString param;
};

QString locToField(const QJsonArray &loc)
{
    QStringList parts;
    for (qsizetype i = 0; i < loc.size(); ++i) {
        const QJsonValue v = loc.at(i);
        if (i == 0 && v.toString() == QLatin1String("body"))
            continue; // FastAPI prefixes request-body fields with "body"
        parts.append(v.isDouble() ? QString::number(v.toInteger()) : v.toString());
    }
    return parts.join(QLatin1Char('.'));
}

void readDetail(const QJsonValue &detail, Parsed *p);

// `message` may be a string, a JSON string holding an object, an object with "detail", or an array.
void readMessage(const QJsonValue &message, Parsed *p)
{
    if (message.isString()) {
        const QString s = message.toString().trimmed();
        if (s.startsWith(QLatin1Char('{')) || s.startsWith(QLatin1Char('['))) {
            QJsonParseError err;
            const QJsonDocument inner = QJsonDocument::fromJson(s.toUtf8(), &err);
            if (err.error == QJsonParseError::NoError) {
                if (inner.isObject()) {
                    const QJsonObject io = inner.object();
                    if (io.contains(QLatin1String("detail")))
                        readDetail(io.value(QLatin1String("detail")), p);
                    else if (io.contains(QLatin1String("message")))
                        readMessage(io.value(QLatin1String("message")), p);
                    return;
                }
                readDetail(QJsonValue(inner.array()), p);
                return;
            }
        }
        if (!s.isEmpty())
            p->messages.append(s);
    } else if (message.isObject()) {
        const QJsonObject o = message.toObject();
        if (o.contains(QLatin1String("detail")))
            readDetail(o.value(QLatin1String("detail")), p);
        else if (o.contains(QLatin1String("message")))
            readMessage(o.value(QLatin1String("message")), p);
    } else if (message.isArray()) {
        readDetail(message, p);
    }
}

// FastAPI's detail: a string, or a list of {loc, msg, type, input}.
void readDetail(const QJsonValue &detail, Parsed *p)
{
    if (detail.isString()) {
        p->messages.append(detail.toString());
        return;
    }
    const QJsonArray items = detail.toArray();
    for (const QJsonValue &v : items) {
        if (v.isString()) {
            p->messages.append(v.toString());
            continue;
        }
        const QJsonObject item = v.toObject();
        const QString field = locToField(item.value(QLatin1String("loc")).toArray());
        const QString msg = item.value(QLatin1String("msg")).toString();
        if (p->field.isEmpty())
            p->field = field;
        const QString line = field.isEmpty() ? msg : field + QStringLiteral(": ") + msg;
        if (!line.isEmpty() && !p->messages.contains(line))
            p->messages.append(line);
    }
}

QString scalarText(const QJsonValue &v)
{
    if (v.isString())
        return v.toString();
    if (v.isDouble())
        return QString::number(v.toInteger());
    return {};
}

Parsed parseBody(const QByteArray &body)
{
    Parsed p;
    const QByteArray trimmed = body.trimmed();
    if (trimmed.isEmpty())
        return p;
    QJsonParseError err;
    const QJsonDocument doc = QJsonDocument::fromJson(trimmed, &err);
    if (err.error == QJsonParseError::NoError && doc.isObject()) {
        const QJsonObject o = doc.object();
        // Prefer the structured detail when both are present (the "object":"Error" shape has both).
        if (o.contains(QLatin1String("detail")))
            readDetail(o.value(QLatin1String("detail")), &p);
        if (p.messages.isEmpty())
            readMessage(o.value(QLatin1String("message")), &p);
        if (p.messages.isEmpty() && o.value(QLatin1String("error")).isObject())
            readMessage(o.value(QLatin1String("error")).toObject().value(QLatin1String("message")), &p);
        else if (p.messages.isEmpty() && o.value(QLatin1String("error")).isString())
            p.messages.append(o.value(QLatin1String("error")).toString());
        p.type = o.value(QLatin1String("type")).toString();
        p.code = scalarText(o.value(QLatin1String("code")));
        p.param = o.value(QLatin1String("param")).toString();
        return p;
    }
    if (err.error == QJsonParseError::NoError && doc.isArray()) {
        readDetail(QJsonValue(doc.array()), &p);
        return p;
    }
    if (trimmed.startsWith('{') || trimmed.startsWith('['))
        return p; // truncated or broken JSON: nothing readable to show
    // Not JSON: an HTML error page from a proxy or CDN, or plain text. Keep one short readable line.
    QString text = QString::fromUtf8(trimmed);
    static const QRegularExpression title(QStringLiteral("<title>([^<]*)</title>"),
                                          QRegularExpression::CaseInsensitiveOption);
    const auto m = title.match(text);
    if (m.hasMatch()) {
        text = m.captured(1);
    } else if (text.startsWith(QLatin1Char('<'))) {
        static const QRegularExpression tags(QStringLiteral("<[^>]*>"));
        text.replace(tags, QStringLiteral(" "));
    }
    text = text.simplified();
    if (text.size() > 200)
        text = text.left(200) + QChar(0x2026);
    if (!text.isEmpty())
        p.messages.append(text);
    return p;
}

bool mentions(const QString &haystack, std::initializer_list<const char *> needles)
{
    for (const char *n : needles) {
        if (haystack.contains(QLatin1String(n), Qt::CaseInsensitive))
            return true;
    }
    return false;
}

bool isContextOverflow(const QString &text)
{
    return mentions(text,
                    {"context length", "context window", "context size", "maximum context", "too large", "too long",
                     "prompt is too", "exceeds the model", "exceed the model"})
        || (mentions(text, {"exceed"}) && mentions(text, {"token", "context"}));
}

// True if a limit header says this plan's allowance is zero: the 429 can never clear by waiting.
bool zeroQuota(const QList<std::pair<QByteArray, QByteArray>> &headers)
{
    for (const auto &h : headers) {
        const QByteArray name = h.first.toLower();
        if (!name.contains("ratelimit-limit-") && !name.contains("ratelimitbysize-limit-"))
            continue;
        if (!(name.endsWith("req-minute") || name.endsWith("month")))
            continue;
        bool ok = false;
        const qint64 v = h.second.trimmed().toLongLong(&ok);
        if (ok && v == 0)
            return true;
    }
    return false;
}

} // namespace

qint64 ApiError::parseRetryAfter(QByteArrayView value, const QDateTime &now)
{
    const QByteArray v = value.toByteArray().trimmed();
    if (v.isEmpty())
        return -1;
    bool ok = false;
    const double seconds = v.toDouble(&ok);
    if (ok)
        return seconds < 0 ? -1 : qint64(seconds * 1000.0);
    // HTTP-date: IMF-fixdate (RFC 2822 style), or the obsolete RFC 850 / asctime forms.
    const QString s = QString::fromLatin1(v);
    QDateTime when = QDateTime::fromString(s, Qt::RFC2822Date);
    if (!when.isValid()) {
        // Drop the weekday: Qt checks it against the date, and a two-digit year parses as 19xx.
        const QLocale c = QLocale::c();
        QString rest = s.simplified();
        if (rest.endsWith(QLatin1String(" GMT")))
            rest.chop(4);
        const qsizetype comma = rest.indexOf(QLatin1Char(','));
        rest = comma >= 0 ? rest.mid(comma + 1).trimmed() : rest.section(QLatin1Char(' '), 1);
        for (const char *fmt : {"dd MMM yyyy HH:mm:ss", "dd-MMM-yy HH:mm:ss", "MMM d HH:mm:ss yyyy"}) {
            when = c.toDateTime(rest, QLatin1String(fmt));
            if (when.isValid())
                break;
        }
        if (when.isValid()) {
            when.setTimeSpec(Qt::UTC);
            if (when.date().year() < 1970)
                when = when.addYears(100);
        }
    }
    if (!when.isValid())
        return -1;
    const QDateTime base = now.isValid() ? now : QDateTime::currentDateTimeUtc();
    return std::max<qint64>(0, base.msecsTo(when));
}

ApiError ApiError::make(ErrorClass c, const QString &message, int httpStatus)
{
    ApiError e;
    e.errorClass = c;
    e.serverMessage = message;
    e.httpStatus = httpStatus;
    return e;
}

ApiError ApiError::fromHttp(int status, const QList<std::pair<QByteArray, QByteArray>> &headers, const QByteArray &body,
                            const QDateTime &now)
{
    ApiError e;
    e.httpStatus = status;
    const Parsed p = parseBody(body);
    e.serverMessage = p.messages.join(QStringLiteral("; "));
    e.type = p.type;
    e.code = p.code;
    e.field = p.field.isEmpty() ? p.param : p.field;
    const QString all = e.serverMessage + QLatin1Char(' ') + e.type + QLatin1Char(' ') + e.code;

    if (status == 401 || status == 403) {
        e.errorClass = ErrorClass::Auth;
    } else if (status == 429) {
        if (zeroQuota(headers))
            e.errorClass = ErrorClass::NoQuota;
        else if (mentions(all, {"capacity", "overloaded", "overload"}))
            e.errorClass = ErrorClass::Capacity;
        else
            e.errorClass = ErrorClass::RateLimited;
    } else if (status == 408) {
        e.errorClass = ErrorClass::Timeout;
    } else if (status == 413) {
        e.errorClass = ErrorClass::ContextOverflow;
    } else if (status == 400 && isContextOverflow(e.serverMessage)) {
        e.errorClass = ErrorClass::ContextOverflow;
    } else if (status >= 400 && status < 500) {
        e.errorClass = ErrorClass::InvalidRequest;
    } else if (status >= 500 && status < 600) {
        e.errorClass = ErrorClass::Server;
    } else {
        e.errorClass = ErrorClass::BadResponse;
    }

    const QByteArray retryAfter = headerValue(headers, "retry-after");
    const QDateTime base = now.isValid() ? now : QDateTime::currentDateTimeUtc();
    e.retryAfterMs = parseRetryAfter(retryAfter, base);
    if (e.retryAfterMs < 0 && e.errorClass == ErrorClass::RateLimited) {
        // The 2025 gateway said when its window resets, in seconds.
        bool ok = false;
        const qint64 reset = headerValue(headers, "ratelimitbysize-reset").toLongLong(&ok);
        if (ok && reset >= 0)
            e.retryAfterMs = reset * 1000;
    }
    return e;
}

ApiError ApiError::fromNetwork(int networkError, const QString &detail)
{
    const auto code = static_cast<QNetworkReply::NetworkError>(networkError);
    ApiError e;
    e.serverMessage = detail;
    switch (code) {
    case QNetworkReply::NoError:
        e.errorClass = ErrorClass::None;
        break;
    case QNetworkReply::TimeoutError:
        e.errorClass = ErrorClass::Timeout;
        break;
    case QNetworkReply::OperationCanceledError:
        e.errorClass = ErrorClass::Cancelled;
        break;
    case QNetworkReply::ProtocolUnknownError:
    case QNetworkReply::ProtocolInvalidOperationError:
    case QNetworkReply::ProtocolFailure:
        e.errorClass = ErrorClass::BadResponse;
        break;
    case QNetworkReply::SslHandshakeFailedError:
        // The certificate (or the TLS setup) was refused: asking again meets the same certificate.
        e.errorClass = ErrorClass::Network;
        e.tlsRefused = true;
        break;
    default:
        // Refused, reset, DNS, proxy: nothing was answered.
        e.errorClass = ErrorClass::Network;
        break;
    }
    return e;
}

QString ApiError::debugText() const
{
    QString s = className();
    if (httpStatus > 0)
        s += QStringLiteral(" (HTTP %1)").arg(httpStatus);
    if (!code.isEmpty())
        s += QStringLiteral(" code=") + code;
    if (!field.isEmpty())
        s += QStringLiteral(" field=") + field;
    if (!serverMessage.isEmpty())
        s += QStringLiteral(": ") + serverMessage;
    return s;
}

} // namespace rostrum
