#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <utility>

namespace rostrum::test {

// One HTTP request exactly as the mock server received it.
struct RecordedRequest
{
    QByteArray method; // "POST"
    QByteArray path; // "/v1/chat/completions" (with any query string)
    QList<std::pair<QByteArray, QByteArray>> headers; // in arrival order, names as sent
    QByteArray body;
    QJsonObject json; // the body parsed as a JSON object, empty if it was not one
    qint64 receivedAtMs = 0; // on the server's clock

    // First header with this name (case-insensitive), or an empty array.
    QByteArray header(const QByteArray &nameCaseInsensitive) const;
    bool isChat() const;
    bool isStream() const { return json.value(QLatin1String("stream")).toBool(); }
    QString promptCacheKey() const { return json.value(QLatin1String("prompt_cache_key")).toString(); }
};

} // namespace rostrum::test
