#include "DebateExporter.h"

#include "HtmlExporter.h"
#include "JsonExporter.h"
#include "MarkdownExporter.h"

#include <QFileInfo>
#include <QSaveFile>

namespace rostrum {

DebateExporter::Kind DebateExporter::kindForPath(const QString &path)
{
    const QString ext = QFileInfo(path).suffix().toLower();
    if (ext == QLatin1String("md") || ext == QLatin1String("markdown"))
        return Kind::Markdown;
    if (ext == QLatin1String("html") || ext == QLatin1String("htm"))
        return Kind::Html;
    if (ext == QLatin1String("json"))
        return Kind::Json;
    return Kind::Unknown;
}

DebateRecord DebateExporter::withoutReasoning(DebateRecord debate)
{
    for (Speech &s : debate.speeches)
        s.thinking.clear();
    return debate;
}

bool DebateExporter::exportTo(const DebateRecord &whole, const QString &path, QString *error, bool includeReasoning)
{
    const DebateRecord debate = includeReasoning ? whole : withoutReasoning(whole);
    QByteArray bytes;
    switch (kindForPath(path)) {
    case Kind::Markdown:
        bytes = MarkdownExporter::toMarkdown(debate).toUtf8();
        break;
    case Kind::Html:
        bytes = HtmlExporter::toHtml(debate).toUtf8();
        break;
    case Kind::Json:
        bytes = JsonExporter::toJson(debate);
        break;
    case Kind::Unknown:
        if (error)
            *error = QStringLiteral("cannot tell the export format from \"%1\": use .md, .html or .json").arg(path);
        return false;
    }
    // QSaveFile: a crash or a full disk never leaves half an export behind.
    QSaveFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size() || !f.commit()) {
        if (error)
            *error = QStringLiteral("cannot write %1: %2").arg(path, f.errorString());
        return false;
    }
    return true;
}

} // namespace rostrum
