#pragma once

#include "api/ApiCall.h"

#include <QJsonArray>

namespace rostrum {

// GET /v1/models. Free of token cost, so it doubles as an API-key check.
class ModelsCall : public ApiCall
{
    Q_OBJECT
public:
    // The "data" array of the answer (one object per model id; aliases appear as entries too).
    const QJsonArray &models() const { return m_models; }

Q_SIGNALS:
    void finished(const QJsonArray &models);
    void failed(const rostrum::ApiError &error);

protected:
    void onBody(QByteArrayView bytes) override;
    void onBodyEnd() override;
    void onSuccess() override;
    void onFailure(const ApiError &error) override;

private:
    friend class MistralClient;
    ModelsCall(const ApiCallSetup &setup, QObject *parent);

    QByteArray m_body;
    QJsonArray m_models;
};

} // namespace rostrum
