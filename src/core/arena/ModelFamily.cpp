#include "arena/ModelFamily.h"

#include <QRegularExpression>
#include <QStringList>

namespace rostrum {

namespace {

bool isSuffix(const QString &segment)
{
    static const QRegularExpression suffix(QStringLiteral(
        "^(?:latest|\\d{4}|\\d{6}|\\d{8}|v\\d+(?:\\.\\d+)*|\\d+(?:\\.\\d+)?[bm]|\\d+x\\d+(?:\\.\\d+)?b)$"));
    return suffix.match(segment).hasMatch();
}

} // namespace

QString ModelFamily::of(const QString &modelId)
{
    QString id = modelId.trimmed().toLower();
    if (id.startsWith(QLatin1String("ft:")))
        id = id.section(QLatin1Char(':'), 1, 1);
    QStringList segments = id.split(QLatin1Char('-'));
    // A "yyyy-mm-dd" date is three segments: the month and day are dropped here, the year below.
    static const QRegularExpression twoDigits(QStringLiteral("^\\d{2}$"));
    static const QRegularExpression year(QStringLiteral("^\\d{4}$"));
    while (segments.size() > 1) {
        const qsizetype last = segments.size() - 1;
        if (last >= 3 && twoDigits.match(segments.at(last)).hasMatch()
            && twoDigits.match(segments.at(last - 1)).hasMatch() && year.match(segments.at(last - 2)).hasMatch()) {
            segments.resize(last - 1);
            continue;
        }
        if (!isSuffix(segments.at(last)))
            break;
        segments.removeLast();
    }
    return segments.join(QLatin1Char('-'));
}

} // namespace rostrum
