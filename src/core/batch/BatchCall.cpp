#include "batch/BatchCall.h"

#include <QJsonDocument>

namespace rostrum {

BatchCall::BatchCall(const ApiCallSetup &setup, const QByteArray &method, const QByteArray &body,
                     const QByteArray &contentType, Answer answer, QObject *parent)
    : ApiCall(setup, method, body, false, parent)
    , m_answer(answer)
{
    if (!contentType.isEmpty())
        setContentType(contentType);
    startLater();
}

void BatchCall::onBody(QByteArrayView bytes)
{
    m_body.append(bytes.data(), bytes.size());
}

void BatchCall::onBodyEnd()
{
    if (m_answer == Answer::JsonObject) {
        QJsonParseError perr;
        const QJsonDocument doc = QJsonDocument::fromJson(m_body, &perr);
        if (!doc.isObject()) {
            fail(ApiError::make(ErrorClass::BadResponse,
                                perr.error != QJsonParseError::NoError ? perr.errorString()
                                                                       : QStringLiteral("the answer is not an object"),
                                httpStatus()));
            return;
        }
        m_json = doc.object();
    }
    succeed();
}

void BatchCall::onSuccess()
{
    Q_EMIT finished(m_body, m_json);
}

void BatchCall::onFailure(const ApiError &error)
{
    Q_EMIT failed(error);
}

} // namespace rostrum
