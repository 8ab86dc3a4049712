#include "KeyVerifier.h"

#include "api/ChatRequest.h"
#include "api/MistralClient.h"
#include "clock/Clock.h"

#include "SecurityLogging.h"

namespace rostrum {

KeyVerifier::KeyVerifier(MistralClient *client, Clock *clock, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_clock(clock ? clock : Clock::system())
{ }

QString KeyVerifier::outcomeName(Outcome o)
{
    switch (o) {
    case Outcome::Valid:
        return QStringLiteral("valid");
    case Outcome::InvalidKey:
        return QStringLiteral("invalid_key");
    case Outcome::NoPayment:
        return QStringLiteral("no_payment");
    case Outcome::Network:
        return QStringLiteral("network");
    case Outcome::Server:
        return QStringLiteral("server");
    }
    return QStringLiteral("server");
}

QString KeyVerifier::cheapestChatModel(const QJsonArray &models)
{
    // Cheapest families first, from the dated price table (USD per million tokens in/out, 2026-08).
    static const QStringList byPrice = {QStringLiteral("ministral-3b"), QStringLiteral("ministral-8b"),
                                        QStringLiteral("open-mistral-nemo"), QStringLiteral("mistral-small"),
                                        QStringLiteral("ministral-14b")};
    QStringList chat;
    for (const QJsonValue &v : models) {
        const QJsonObject m = v.toObject();
        const QJsonValue caps = m.value(QLatin1String("capabilities"));
        // A model without a capabilities object is assumed to chat (older answers lack it).
        if (caps.isObject() && !caps.toObject().value(QLatin1String("completion_chat")).toBool())
            continue;
        chat << m.value(QLatin1String("id")).toString();
    }
    for (const QString &family : byPrice) {
        QString dated;
        for (const QString &id : std::as_const(chat)) {
            if (!id.startsWith(family))
                continue;
            if (id.endsWith(QLatin1String("-latest")))
                return id; // the alias outlives dated versions
            if (dated.isEmpty())
                dated = id;
        }
        if (!dated.isEmpty())
            return dated;
    }
    return chat.isEmpty() ? QStringLiteral("mistral-small-latest") : chat.first();
}

void KeyVerifier::verify()
{
    if (m_running)
        return;
    m_running = true;
    m_result = Result();
    m_step = Step::Models;
    m_failedAttempts = 0;
    m_previousDelay = 0;
    startStep();
}

void KeyVerifier::startStep()
{
    ++m_result.attempts;
    if (m_step == Step::Models) {
        emit progress(tr("Checking the key with GET /v1/models (free)…"));
        ModelsCall *call = m_client->listModels(this);
        m_call = call;
        connect(call, &ModelsCall::finished, this, [this, call](const QJsonArray &models) {
            call->deleteLater();
            m_result.modelCount = int(models.size());
            m_result.probeModel = m_forcedModel.isEmpty() ? cheapestChatModel(models) : m_forcedModel;
            m_step = Step::Chat;
            m_failedAttempts = 0;
            m_previousDelay = 0;
            startStep();
        });
        connect(call, &ModelsCall::failed, this, [this, call](const ApiError &e) {
            call->deleteLater();
            onFailure(e);
        });
        return;
    }

    emit progress(tr("Checking that chat is allowed with a 1-token request to %1…").arg(m_result.probeModel));
    ChatRequest request;
    request.model = m_result.probeModel;
    request.messages = {ChatMessage::user(QStringLiteral("ping"))};
    request.maxTokens = 1;
    request.stream = false;
    ChatCall *call = m_client->chat(request, this);
    m_call = call;
    connect(call, &ChatCall::finished, this, [this, call](const ChatResult &) {
        call->deleteLater();
        finish(Outcome::Valid);
    });
    connect(call, &ChatCall::failed, this, [this, call](const ApiError &e, const ChatResult &) {
        call->deleteLater();
        onFailure(e);
    });
}

void KeyVerifier::onFailure(const ApiError &error)
{
    const Outcome outcome = classify(m_step, error);
    if (outcome == Outcome::Network || outcome == Outcome::Server) {
        ++m_failedAttempts;
        const RetryPolicy::Decision d = m_policy.decide(m_failedAttempts, error, m_previousDelay);
        if (d.retry) {
            m_previousDelay = d.delayMs;
            qCInfo(lcSecurity) << "key check:" << error.className() << "- retrying in" << d.delayMs << "ms";
            emit progress(
                tr("%1 — trying again in %2 s").arg(error.userMessage()).arg(double(d.delayMs) / 1000.0, 0, 'f', 1));
            m_clock->callLater(d.delayMs, this, [this] { startStep(); });
            return;
        }
    }
    finish(outcome, error);
}

KeyVerifier::Outcome KeyVerifier::classify(Step step, const ApiError &error)
{
    switch (error.errorClass) {
    case ErrorClass::Auth:
        // /v1/models refusing the key: the key is wrong. The models list accepting it but chat
        // refusing it: the key is fine, the account may not chat (payment not activated).
        return step == Step::Models ? Outcome::InvalidKey : Outcome::NoPayment;
    case ErrorClass::NoQuota:
        return Outcome::NoPayment;
    case ErrorClass::Network:
    case ErrorClass::Timeout:
    case ErrorClass::Cancelled:
        return Outcome::Network;
    case ErrorClass::InvalidRequest:
        // 402 Payment Required lands here when the server uses it.
        if (error.httpStatus == 402)
            return Outcome::NoPayment;
        return Outcome::Server;
    default:
        return Outcome::Server;
    }
}

void KeyVerifier::finish(Outcome outcome, const ApiError &error)
{
    m_running = false;
    m_result.outcome = outcome;
    m_result.error = error;
    switch (outcome) {
    case Outcome::Valid:
        m_result.message = tr("The key is valid and chat is allowed (%1 models listed; 1-token test on %2).")
                               .arg(m_result.modelCount)
                               .arg(m_result.probeModel);
        break;
    case Outcome::InvalidKey:
        m_result.message = tr("The API key was refused (HTTP %1): it is wrong, revoked or expired. Create a key at "
                              "console.mistral.ai and store it with \"rostrum-cli key set\".")
                               .arg(error.httpStatus);
        break;
    case Outcome::NoPayment:
        m_result.message = tr("The key is valid, but chat with %1 was refused (HTTP %2): payment is not activated or "
                              "the plan has no quota for this model. Activate payments or choose a plan in the Mistral "
                              "console (Workspace → Billing).")
                               .arg(m_result.probeModel)
                               .arg(error.httpStatus);
        break;
    case Outcome::Network:
        m_result.message = tr("Could not reach the API after %1 attempts: %2 Check the connection, proxy and base URL.")
                               .arg(m_result.attempts)
                               .arg(error.userMessage());
        break;
    case Outcome::Server:
        m_result.message = tr("The API server had trouble after %1 attempts (HTTP %2): %3 Try again later.")
                               .arg(m_result.attempts)
                               .arg(error.httpStatus)
                               .arg(error.userMessage());
        break;
    }
    emit finished(m_result);
}

} // namespace rostrum
