#pragma once

#include "api/ApiCall.h"

#include <QJsonObject>

namespace rostrum {

// One exchange with the files or batch endpoints, on the same wire as the chat calls (key, redirect safety,
// stall and total timeouts, error classification by ApiCall). Made by BatchClient; owned by the caller
// (deleteLater() after ended()). Ends with exactly one of finished() / failed(), then ended().
class BatchCall final : public ApiCall
{
    Q_OBJECT
public:
    enum class Answer { JsonObject, Bytes }; // what a 2xx body must be

    BatchCall(const ApiCallSetup &setup, const QByteArray &method, const QByteArray &body,
              const QByteArray &contentType, Answer answer, QObject *parent);

    const QByteArray &body() const { return m_body; }
    // The answer as a JSON object (Answer::JsonObject), empty otherwise.
    const QJsonObject &json() const { return m_json; }

Q_SIGNALS:
    void finished(const QByteArray &body, const QJsonObject &json);
    void failed(const rostrum::ApiError &error);

private:
    void onBody(QByteArrayView bytes) final;
    void onBodyEnd() final;
    void onSuccess() final;
    void onFailure(const ApiError &error) final;

    Answer m_answer;
    QByteArray m_body;
    QJsonObject m_json;
};

} // namespace rostrum
