#include "MistralClient.h"

#include "ApiLogging.h"
#include "RostrumVersion.h"

#include <QHostAddress>

namespace rostrum {

MistralClient::MistralClient(QNetworkAccessManager *nam, Clock *clock, QObject *parent)
    : QObject(parent)
    , m_nam(nam)
    , m_clock(clock ? clock : Clock::system())
{ }

void MistralClient::setBaseUrl(const QUrl &url)
{
    m_baseUrl = url;
}

void MistralClient::setApiKey(const QString &key)
{
    m_apiKey = key.trimmed();
}

void MistralClient::setStallTimeoutMs(qint64 ms)
{
    m_stallMs = std::max<qint64>(0, ms);
}

void MistralClient::setTotalTimeoutMs(qint64 ms)
{
    m_totalMs = std::max<qint64>(0, ms);
}

QUrl MistralClient::endpoint(const QString &path) const
{
    QUrl url = m_baseUrl;
    QString base = url.path();
    while (base.endsWith(QLatin1Char('/')))
        base.chop(1);
    if (!base.endsWith(QLatin1String("/v1")))
        base += QLatin1String("/v1");
    url.setPath(base + QLatin1Char('/') + path);
    return url;
}

bool MistralClient::isSafeForKey(const QUrl &url, QString *why)
{
    const QString scheme = url.scheme().toLower();
    if (scheme == QLatin1String("https"))
        return true;
    if (scheme == QLatin1String("http")) {
        const QString host = url.host().toLower();
        const QHostAddress addr(host);
        if (host == QLatin1String("localhost") || host.endsWith(QLatin1String(".localhost"))
            || (!addr.isNull() && addr.isLoopback()))
            return true;
        if (why)
            *why = QStringLiteral("refusing to send the API key over plain http to %1: use https (plain http is "
                                  "only allowed to this machine)")
                       .arg(url.host());
        return false;
    }
    if (why)
        *why = QStringLiteral("unsupported URL scheme \"%1\" for the API endpoint").arg(url.scheme());
    return false;
}

QByteArray MistralClient::userAgent()
{
    return QByteArrayLiteral("Rostrum/") + QByteArray(kVersion);
}

ApiCallSetup MistralClient::setupFor(const QString &path) const
{
    ApiCallSetup s;
    s.nam = m_nam;
    s.clock = m_clock;
    s.url = endpoint(path);
    s.apiKey = m_apiKey;
    s.stallTimeoutMs = m_stallMs;
    s.totalTimeoutMs = m_totalMs;
    s.userAgent = userAgent();
    return s;
}

ChatCall *MistralClient::chat(const ChatRequest &request, QObject *parent)
{
    return new ChatCall(setupFor(QStringLiteral("chat/completions")), request, parent);
}

ModelsCall *MistralClient::listModels(QObject *parent)
{
    return new ModelsCall(setupFor(QStringLiteral("models")), parent);
}

} // namespace rostrum
