#pragma once

#include "api/ApiError.h"
#include "flow/RetryPolicy.h"

#include <QJsonArray>
#include <QObject>
#include <QPointer>

namespace rostrum {

class ApiCall;
class Clock;
class MistralClient;

// Tells whether an API key works, in two steps:
//  1. GET /v1/models — costs nothing and says whether the key is valid;
//  2. a 1-token chat on the cheapest model available — says whether payment is activated and
//     the plan allows chat (a valid key on an unpaid plan passes step 1 and fails here).
// Network and server trouble are retried by RetryPolicy (waiting on the Clock, never sleeping)
// before they are reported. Used by `rostrum-cli key verify` and the Settings dialog.
class KeyVerifier : public QObject
{
    Q_OBJECT
public:
    enum class Outcome {
        Valid, // key valid, chat allowed
        InvalidKey, // 401/403 on /v1/models: wrong, revoked or missing key
        NoPayment, // key valid but chat refused: payment not activated, or no quota for the model
        Network, // no connection, DNS, TLS, timeout — after retries
        Server, // 5xx, overload, unreadable answers — after retries
    };
    Q_ENUM(Outcome)

    struct Result
    {
        Outcome outcome = Outcome::Network;
        QString probeModel; // the model the 1-token chat used (empty if it was not reached)
        int modelCount = 0; // how many models /v1/models listed
        int attempts = 0; // HTTP attempts in total
        ApiError error; // the last error, when not Valid
        QString message; // translated, for people: what happened and what to do
    };

    // client must already carry the key and base URL. Neither is owned.
    KeyVerifier(MistralClient *client, Clock *clock, QObject *parent = nullptr);

    void setRetryConfig(const RetryPolicy::Config &config) { m_policy.setConfig(config); }
    // Forces the probe model (default: the cheapest chat model the key can see).
    void setProbeModel(const QString &model) { m_forcedModel = model; }

    void verify();
    bool isRunning() const { return m_running; }

    // Stable names for scripts: valid, invalid_key, no_payment, network, server.
    static QString outcomeName(Outcome o);

    // The cheapest chat-capable model among a /v1/models "data" list, by the dated price order
    // (Ministral 3B, 8B, Small...); the first chat model otherwise; mistral-small-latest if none.
    static QString cheapestChatModel(const QJsonArray &models);

Q_SIGNALS:
    void progress(const QString &message);
    void finished(const rostrum::KeyVerifier::Result &result);

private:
    enum class Step { Models, Chat };
    void startStep();
    void onFailure(const ApiError &error);
    void finish(Outcome outcome, const ApiError &error = {});
    static Outcome classify(Step step, const ApiError &error);

    MistralClient *m_client;
    Clock *m_clock;
    RetryPolicy m_policy;
    QString m_forcedModel;
    QPointer<ApiCall> m_call;
    Step m_step = Step::Models;
    int m_failedAttempts = 0;
    qint64 m_previousDelay = 0;
    bool m_running = false;
    Result m_result;
};

} // namespace rostrum

Q_DECLARE_METATYPE(rostrum::KeyVerifier::Result)
