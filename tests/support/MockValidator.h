#pragma once

#include <QByteArray>
#include <QJsonArray>
#include <QJsonObject>

namespace rostrum::test {

// Checks a chat completion request body the way the real API's schema does
// (ChatCompletionRequest in Mistral's OpenAPI spec, additionalProperties: false everywhere).
// Every problem becomes one pydantic-style entry {type, loc, msg, input[, ctx]}; any entry
// means a 422 in the real envelope.
class MockValidator
{
public:
    struct Result
    {
        int status = 0; // 0 = valid
        QByteArray body;
        QJsonArray details;
        bool ok() const { return status == 0; }
    };

    static Result validateChat(const QByteArray &rawBody);

    // {"object":"error","message":{"detail":details},"type":"invalid_request_error","param":null,"code":null}
    static QByteArray envelope422(const QJsonArray &details);
    static QJsonObject detail(const QString &type, const QJsonArray &loc, const QString &msg, const QJsonValue &input,
                              const QJsonObject &ctx = {});

    static const QStringList &allowedTopLevelFields();

private:
    static void checkMessages(const QJsonValue &messages, QJsonArray &details);
    static void checkMessage(const QJsonValue &message, int index, bool last, QJsonArray &details);
    static void checkNumber(const QJsonObject &body, const QString &field, bool integer, double min, double max,
                            bool exclusiveMin, QJsonArray &details);
    static void checkBool(const QJsonObject &body, const QString &field, QJsonArray &details);
    static void checkEnum(const QJsonObject &body, const QString &field, const QStringList &values,
                          QJsonArray &details);
    static void checkResponseFormat(const QJsonValue &format, QJsonArray &details);
};

} // namespace rostrum::test
