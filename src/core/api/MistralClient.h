#pragma once

#include "api/ChatCall.h"
#include "api/ChatRequest.h"
#include "api/ModelsCall.h"
#include "clock/Clock.h"

#include <QObject>
#include <QUrl>

class QNetworkAccessManager;

namespace rostrum {

// The wire: builds HTTP requests for the Mistral API on the caller's QNetworkAccessManager.
// It holds no queue and never retries — flow/ decides when a request may go and whether to retry.
class MistralClient : public QObject
{
    Q_OBJECT
public:
    MistralClient(QNetworkAccessManager *nam, Clock *clock, QObject *parent = nullptr);

    static QUrl defaultBaseUrl() { return QUrl(QStringLiteral("https://api.mistral.ai")); }

    void setBaseUrl(const QUrl &url); // e.g. https://api.mistral.ai (a trailing /v1 is accepted)
    QUrl baseUrl() const { return m_baseUrl; }
    void setApiKey(const QString &key);
    bool hasApiKey() const { return !m_apiKey.isEmpty(); }
    void setStallTimeoutMs(qint64 ms); // no byte for this long -> timeout (default 60 s; 0 = off)
    qint64 stallTimeoutMs() const { return m_stallMs; }
    void setTotalTimeoutMs(qint64 ms); // whole exchange (default 300 s; 0 = off)
    qint64 totalTimeoutMs() const { return m_totalMs; }

    // The caller owns the returned call (delete it, or deleteLater() after ended()). The call starts on
    // the next event-loop turn, so connect to it right away. Never null.
    ChatCall *chat(const ChatRequest &request, QObject *parent = nullptr);
    ModelsCall *listModels(QObject *parent = nullptr);

    // The full endpoint for a path under /v1 ("chat/completions").
    QUrl endpoint(const QString &path) const;

    // Whether an API key may be sent to this URL: https, or http to a loopback host only.
    static bool isSafeForKey(const QUrl &url, QString *why = nullptr);

    static QByteArray userAgent();

    // Everything a call to `path` under /v1 needs (endpoint, key, timeouts, clock): for the calls other
    // modules define on this wire (batch/).
    ApiCallSetup setupFor(const QString &path) const;

private:
    QNetworkAccessManager *m_nam;
    Clock *m_clock;
    QUrl m_baseUrl = defaultBaseUrl();
    QString m_apiKey;
    qint64 m_stallMs = 60000;
    qint64 m_totalMs = 300000;
};

} // namespace rostrum
