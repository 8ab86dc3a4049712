#include "MockErrorBodies.h"

#include "MockValidator.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace rostrum::test {

namespace {
QByteArray jsonString(const QString &s)
{
    const QByteArray a = QJsonDocument(QJsonArray {s}).toJson(QJsonDocument::Compact);
    return a.mid(1, a.size() - 2);
}

QJsonArray sampleDetails()
{
    return {MockValidator::detail(QStringLiteral("extra_forbidden"),
                                  {QStringLiteral("body"), QStringLiteral("max_completion_tokens")},
                                  QStringLiteral("Extra inputs are not permitted"), 32000)};
}
} // namespace

QByteArray MockErrorBodies::extraForbidden(const QString &field, const QJsonValue &input)
{
    return MockValidator::envelope422(
        {MockValidator::detail(QStringLiteral("extra_forbidden"), {QStringLiteral("body"), field},
                               QStringLiteral("Extra inputs are not permitted"), input)});
}

QByteArray MockErrorBodies::unknownModel(const QString &model)
{
    return "{\"object\":\"error\",\"message\":" + jsonString(QStringLiteral("Invalid model: ") + model)
        + ",\"type\":\"invalid_request_error\",\"param\":\"model\",\"code\":\"unknown_model\"}";
}

QByteArray MockErrorBodies::contextOverflow(int promptTokens, int contextLength)
{
    const QString message =
        QStringLiteral("Prompt contains %1 tokens, too large for model with %2 maximum context length")
            .arg(promptTokens)
            .arg(contextLength);
    return "{\"object\":\"error\",\"message\":" + jsonString(message)
        + ",\"type\":\"invalid_request_error\",\"param\":null,\"code\":\"3051\"}";
}

QByteArray MockErrorBodies::notFound()
{
    return QByteArrayLiteral("{\"detail\":\"Not Found\"}");
}

QByteArray MockErrorBodies::methodNotAllowed()
{
    return QByteArrayLiteral("{\"detail\":\"Method Not Allowed\"}");
}

int MockErrorBodies::statusOf(ErrorShape shape)
{
    switch (shape) {
    case ErrorShape::Unauthorized401Message:
    case ErrorShape::Unauthorized401Detail:
    case ErrorShape::Unauthorized401Empty:
        return 401;
    case ErrorShape::RateLimited429:
    case ErrorShape::RateLimited429Legacy:
    case ErrorShape::Capacity429:
    case ErrorShape::NoQuota429:
        return 429;
    case ErrorShape::ExtraForbidden422:
    case ErrorShape::Validation422StringMessage:
    case ErrorShape::Validation422Bare:
    case ErrorShape::Validation422CapitalError:
        return 422;
    case ErrorShape::UnknownModel400:
    case ErrorShape::ContextOverflow400:
        return 400;
    case ErrorShape::Internal500:
        return 500;
    case ErrorShape::BadGateway502:
        return 502;
    case ErrorShape::Unavailable503:
        return 503;
    }
    return 500;
}

QByteArray MockErrorBodies::body(ErrorShape shape)
{
    switch (shape) {
    case ErrorShape::Unauthorized401Message:
        return QByteArrayLiteral("{\"message\":\"Unauthorized\",\"request_id\":\"c61f2f15feca71626a990e3740f99245\"}");
    case ErrorShape::Unauthorized401Detail:
        return QByteArrayLiteral("{\"detail\":\"Unauthorized\"}");
    case ErrorShape::Unauthorized401Empty:
        return {};
    case ErrorShape::RateLimited429:
    case ErrorShape::NoQuota429:
        return QByteArrayLiteral("{\"object\":\"error\",\"message\":\"Rate limit exceeded\",\"type\":\"rate_limited\","
                                 "\"param\":null,\"code\":\"1300\",\"raw_status_code\":429}");
    case ErrorShape::RateLimited429Legacy:
        return QByteArrayLiteral("{\"message\":\"Requests rate limit exceeded\"}");
    case ErrorShape::Capacity429:
        // continuedev/continue#6185 (2025-06): the capacity error uses the generic type and no code.
        return QByteArrayLiteral("{\"object\":\"error\",\"message\":\"Service tier capacity exceeded for this model.\","
                                 "\"type\":\"invalid_request_error\",\"param\":null,\"code\":null}");
    case ErrorShape::ExtraForbidden422:
        return MockValidator::envelope422(sampleDetails());
    case ErrorShape::Validation422StringMessage: {
        const QByteArray inner = "{\"detail\":" + QJsonDocument(sampleDetails()).toJson(QJsonDocument::Compact) + '}';
        return "{\"object\":\"error\",\"message\":" + jsonString(QString::fromUtf8(inner))
            + ",\"type\":\"internal_error_proxy\",\"param\":null,\"code\":\"1000\"}";
    }
    case ErrorShape::Validation422Bare:
        return "{\"detail\":"
            + QJsonDocument(QJsonArray {MockValidator::detail(QStringLiteral("extra_forbidden"),
                                                              {QStringLiteral("body"), QStringLiteral("store")},
                                                              QStringLiteral("Extra inputs are not permitted"), false)})
                  .toJson(QJsonDocument::Compact)
            + '}';
    case ErrorShape::Validation422CapitalError: {
        const QByteArray details = QJsonDocument(sampleDetails()).toJson(QJsonDocument::Compact);
        return "{\"object\":\"Error\",\"detail\":" + details + ",\"message\":" + details
            + ",\"type\":\"invalid_request_error\",\"code\":3001}";
    }
    case ErrorShape::UnknownModel400:
        return unknownModel(QStringLiteral("mistral-imaginary-latest"));
    case ErrorShape::ContextOverflow400:
        return contextOverflow(140000, 131072);
    case ErrorShape::Internal500:
        return QByteArrayLiteral(
            "{\"object\":\"error\",\"message\":\"Internal server error\",\"type\":\"internal_error\","
            "\"param\":null,\"code\":\"1000\"}");
    case ErrorShape::BadGateway502:
        return QByteArrayLiteral(
            "<html>\r\n<head><title>502 Bad Gateway</title></head>\r\n<body>\r\n<center><h1>502 "
            "Bad Gateway</h1></center>\r\n<hr><center>cloudflare</center>\r\n</body>\r\n</html>\r\n");
    case ErrorShape::Unavailable503:
        return QByteArrayLiteral(
            "{\"object\":\"error\",\"message\":\"Service unavailable\",\"type\":\"internal_error\","
            "\"param\":null,\"code\":\"1000\"}");
    }
    return {};
}

} // namespace rostrum::test
