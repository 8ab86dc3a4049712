#pragma once

#include <QByteArray>
#include <QElapsedTimer>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QTcpSocket>

#include <utility>

namespace rostrum::test {

// A deliberately dumb HTTP client for testing the mock itself: it sends bytes on a QTcpSocket
// and keeps exactly what came back, read by read, with arrival times. No Mistral client code.
class RawHttpClient : public QObject
{
    Q_OBJECT
public:
    explicit RawHttpClient(quint16 port, QObject *parent = nullptr);

    void post(const QByteArray &path, const QByteArray &body, const QByteArray &key = "test-key",
              const QList<std::pair<QByteArray, QByteArray>> &extraHeaders = {});
    void postJson(const QJsonObject &body, const QByteArray &key = "test-key");
    void get(const QByteArray &path, const QByteArray &key = "test-key");
    void sendRaw(const QByteArray &bytes);
    void abort() { m_socket.abort(); }

    bool finished() const { return m_closed; }
    QByteArray raw() const { return m_raw; }
    QList<QByteArray> reads() const { return m_reads; }
    QList<qint64> readTimesMs() const { return m_readTimes; } // since the request was sent

    int status() const;
    QByteArray head() const;
    QByteArray body() const;
    qsizetype headLength() const; // bytes up to and including the blank line
    QByteArray header(const QByteArray &name) const;
    QJsonObject json() const; // body as a JSON object
    // The JSON payloads of the data: events (CRLF or LF endings), without [DONE].
    QList<QJsonObject> events() const;
    bool sawDone() const;

private:
    QTcpSocket m_socket;
    QByteArray m_raw;
    QList<QByteArray> m_reads;
    QList<qint64> m_readTimes;
    QElapsedTimer m_sinceSend;
    bool m_closed = false;
};

} // namespace rostrum::test
