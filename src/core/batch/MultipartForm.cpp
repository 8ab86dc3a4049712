#include "batch/MultipartForm.h"

#include <QUuid>

namespace rostrum {

MultipartForm::MultipartForm()
    : MultipartForm("rostrum-" + QUuid::createUuid().toByteArray(QUuid::Id128))
{ }

MultipartForm::MultipartForm(const QByteArray &boundary)
    : m_boundary(boundary)
{ }

QByteArray MultipartForm::quoted(const QString &text)
{
    // RFC 7578 4.2: quotes and line breaks in a name are percent-encoded, the rest is sent as UTF-8.
    QByteArray out = text.toUtf8();
    out.replace('%', "%25").replace('"', "%22").replace('\r', "%0D").replace('\n', "%0A");
    return '"' + out + '"';
}

void MultipartForm::addField(const QString &name, const QString &value)
{
    m_parts += "--" + m_boundary + "\r\nContent-Disposition: form-data; name=" + quoted(name) + "\r\n\r\n"
        + value.toUtf8() + "\r\n";
}

void MultipartForm::addFile(const QString &name, const QString &filename, const QByteArray &contentType,
                            const QByteArray &content)
{
    m_parts += "--" + m_boundary + "\r\nContent-Disposition: form-data; name=" + quoted(name)
        + "; filename=" + quoted(filename) + "\r\nContent-Type: " + contentType + "\r\n\r\n" + content + "\r\n";
}

QByteArray MultipartForm::contentType() const
{
    return "multipart/form-data; boundary=" + m_boundary;
}

QByteArray MultipartForm::body() const
{
    return m_parts + "--" + m_boundary + "--\r\n";
}

} // namespace rostrum
