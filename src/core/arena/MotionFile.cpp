#include "MotionFile.h"

#include "debate/Prompts.h"

#include <QFile>
#include <QRegularExpression>
#include <QSet>

namespace rostrum {

namespace {
struct LineResult
{
    std::optional<TournamentMotion> motion; // none: a blank or comment line
    QString error;
};

LineResult parseLine(const QString &raw, const QStringList &languages)
{
    const QString line = raw.trimmed();
    if (line.isEmpty() || line.startsWith(QLatin1Char('#')))
        return {};
    static const QRegularExpression prefix(QStringLiteral("^([a-z]{2,3}):\\s*(.*)$"));
    TournamentMotion motion {line, {}};
    const QRegularExpressionMatch m = prefix.match(line);
    if (m.hasMatch()) {
        const QString code = m.captured(1);
        if (!languages.contains(code))
            return {std::nullopt,
                    MotionFile::tr("unknown language \"%1\" (supported: %2)")
                        .arg(code, languages.join(QStringLiteral(", ")))};
        motion = {m.captured(2).trimmed(), code};
    }
    if (motion.text.isEmpty())
        return {std::nullopt, MotionFile::tr("the motion is empty")};
    if (motion.text.size() > MotionFile::kMaxMotionLength)
        return {std::nullopt,
                MotionFile::tr("the motion is longer than %1 characters").arg(MotionFile::kMaxMotionLength)};
    return {motion, {}};
}
} // namespace

MotionFile::Result MotionFile::parse(const QString &text)
{
    Result result;
    const QStringList languages = Prompts::availableLanguages();
    QSet<QString> seen;
    const QStringList lines = text.split(QLatin1Char('\n'));
    for (int i = 0; i < lines.size(); ++i) {
        const LineResult line = parseLine(lines.at(i), languages);
        if (!line.error.isEmpty()
            || (line.motion && seen.contains(line.motion->language + QLatin1Char('\n') + line.motion->text))) {
            result.error = tr("line %1: %2")
                               .arg(i + 1)
                               .arg(line.error.isEmpty() ? tr("this motion is already listed") : line.error);
            result.errorLine = i + 1;
            result.motions.clear();
            return result;
        }
        if (line.motion) {
            seen.insert(line.motion->language + QLatin1Char('\n') + line.motion->text);
            result.motions << *line.motion;
        }
    }
    if (result.motions.isEmpty())
        result.error = tr("no motion in the file (one motion a line; blank lines and # comments are skipped)");
    return result;
}

MotionFile::Result MotionFile::read(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        Result r;
        r.error = tr("cannot read %1: %2").arg(path, f.errorString());
        return r;
    }
    return parse(QString::fromUtf8(f.readAll()));
}

} // namespace rostrum
