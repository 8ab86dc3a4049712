#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

#include <optional>

namespace rostrum::test {

// A multipart/form-data body (RFC 7578) read the way a server does: the boundary from the Content-Type,
// each part's Content-Disposition name and filename, its Content-Type and its bytes. Independent of the
// client's MultipartForm, so the two cannot share a misunderstanding.
class MockMultipart
{
public:
    struct Part
    {
        QString name;
        QString filename; // empty for a plain field
        QByteArray contentType;
        QByteArray body;
    };

    // nullopt when the content type is not multipart/form-data with a boundary, or the body is malformed.
    static std::optional<QList<Part>> parse(const QByteArray &contentType, const QByteArray &body);
    static const Part *find(const QList<Part> &parts, const QString &name);

private:
    static QByteArray parameter(const QByteArray &headerValue, const QByteArray &name);
};

} // namespace rostrum::test
