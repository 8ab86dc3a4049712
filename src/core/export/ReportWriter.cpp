#include "ReportWriter.h"

namespace rostrum {

QString renderLine(const Line &line, const QStringList &patterns, QString (*escape)(const QString &),
                   const QString &separator)
{
    QStringList parts;
    for (const Span &s : line)
        parts << patterns.value(int(s.kind), QStringLiteral("%1")).arg(escape ? escape(s.text) : s.text);
    return parts.join(separator);
}

} // namespace rostrum
