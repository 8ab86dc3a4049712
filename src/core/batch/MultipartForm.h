#pragma once

#include <QByteArray>
#include <QString>

namespace rostrum {

// A multipart/form-data body (RFC 7578) built in memory: the HTTP stack of api/ sends byte bodies, so
// QHttpMultiPart (which only QNetworkAccessManager can serialise) does not fit it.
class MultipartForm
{
public:
    MultipartForm(); // a random boundary
    explicit MultipartForm(const QByteArray &boundary);

    void addField(const QString &name, const QString &value);
    void addFile(const QString &name, const QString &filename, const QByteArray &contentType,
                 const QByteArray &content);

    QByteArray contentType() const; // multipart/form-data; boundary=...
    QByteArray body() const; // the parts and the closing delimiter
    const QByteArray &boundary() const { return m_boundary; }

private:
    static QByteArray quoted(const QString &text);

    QByteArray m_boundary;
    QByteArray m_parts;
};

} // namespace rostrum
