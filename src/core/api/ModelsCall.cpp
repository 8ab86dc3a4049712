#include "ModelsCall.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace rostrum {

ModelsCall::ModelsCall(const ApiCallSetup &setup, QObject *parent)
    : ApiCall(setup, QByteArrayLiteral("GET"), {}, false, parent)
{
    startLater();
}

void ModelsCall::onBody(QByteArrayView bytes)
{
    m_body.append(bytes.data(), bytes.size());
}

void ModelsCall::onBodyEnd()
{
    QJsonParseError perr;
    const QJsonDocument doc = QJsonDocument::fromJson(m_body, &perr);
    const QJsonValue data = doc.object().value(QLatin1String("data"));
    if (!doc.isObject() || !data.isArray()) {
        fail(ApiError::make(ErrorClass::BadResponse,
                            perr.error != QJsonParseError::NoError
                                ? perr.errorString()
                                : QStringLiteral("no \"data\" array in the model list"),
                            httpStatus()));
        return;
    }
    m_models = data.toArray();
    succeed();
}

void ModelsCall::onSuccess()
{
    Q_EMIT finished(m_models);
}

void ModelsCall::onFailure(const ApiError &error)
{
    Q_EMIT failed(error);
}

} // namespace rostrum
