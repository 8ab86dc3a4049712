#include "ApiError.h"

#include <QCoreApplication>

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
    const char *ctx = "ApiError";
    QString text;
    switch (errorClass) {
    case ErrorClass::None:
        return {};
    case ErrorClass::Auth:
        text = QCoreApplication::translate(
            ctx, "The API key was refused. Check it in Settings (or MISTRAL_API_KEY) and try again.");
        break;
    case ErrorClass::RateLimited:
        text = QCoreApplication::translate(ctx, "Rate limit reached. Rostrum waits for the limit window to reset.");
        break;
    case ErrorClass::Capacity:
        text = QCoreApplication::translate(
            ctx, "The service is at capacity for this model. Try again shortly or pick another model.");
        break;
    case ErrorClass::NoQuota:
        text = QCoreApplication::translate(ctx,
                                           "Your plan has no quota for this model, or payment is not activated. Check "
                                           "your plan in the Mistral console.");
        break;
    case ErrorClass::InvalidRequest:
        text = field.isEmpty()
            ? QCoreApplication::translate(ctx, "The API rejected the request.")
            : QCoreApplication::translate(ctx, "The API rejected the request: field \"%1\" is not valid.").arg(field);
        break;
    case ErrorClass::ContextOverflow:
        text = QCoreApplication::translate(ctx,
                                           "The conversation is too long for this model's context window. Shorten it "
                                           "or choose a model with a larger window.");
        break;
    case ErrorClass::Server:
        text = QCoreApplication::translate(ctx, "The server had an error (HTTP %1). Try again later.").arg(httpStatus);
        break;
    case ErrorClass::Network:
        text = QCoreApplication::translate(
            ctx, "Could not reach the API. Check your network connection and the endpoint URL.");
        break;
    case ErrorClass::Timeout:
        text =
            QCoreApplication::translate(ctx, "The API stopped answering (timeout). Try again, or raise the timeout.");
        break;
    case ErrorClass::StreamCut:
        text = QCoreApplication::translate(
            ctx, "The answer was cut off before it finished. The text received so far is kept.");
        break;
    case ErrorClass::StreamError:
        text = QCoreApplication::translate(
            ctx, "The model reported an error while answering. The text received so far is kept.");
        break;
    case ErrorClass::BadResponse:
        text = QCoreApplication::translate(ctx, "The server sent an answer Rostrum could not read.");
        break;
    case ErrorClass::Cancelled:
        text = QCoreApplication::translate(ctx, "Cancelled.");
        break;
    }
    if (!serverMessage.isEmpty() && errorClass != ErrorClass::Cancelled)
        text += QLatin1Char(' ') + QCoreApplication::translate(ctx, "Server said: %1").arg(serverMessage);
    return text;
}

} // namespace rostrum
