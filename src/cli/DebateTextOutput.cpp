#include "DebateTextOutput.h"

#include "debate/DebateEngine.h"

namespace rostrum::cli {

namespace {

QString judgeLine(const Verdict &v)
{
    QString line = QStringLiteral("%1: ").arg(v.model);
    if (!v.valid)
        return line + QStringLiteral("no valid verdict (%1)").arg(v.error);
    line += QStringLiteral("%1 (margin %2/10)").arg(v.winner).arg(v.margin);
    if (!v.firstSide.isEmpty())
        line += QStringLiteral(", read %1 first").arg(v.firstSide);
    if (v.consistent)
        line += *v.consistent ? QStringLiteral(", consistent when the order was swapped")
                              : QStringLiteral(", inconsistent: its winner flipped when the order was swapped");
    return line;
}

void printPanel(QTextStream &out, const JudgePanel &p)
{
    out << "\n== Judges ==\n";
    for (const Verdict &v : p.judges)
        out << judgeLine(v) << "\n";
    out << QStringLiteral("majority: %1 (pro %2, con %3, tie %4, invalid %5; agreement %6%)\n")
               .arg(p.winner)
               .arg(p.proVotes)
               .arg(p.conVotes)
               .arg(p.tieVotes)
               .arg(p.invalidVotes)
               .arg(qRound(p.agreement * 100));
    out.flush();
}

} // namespace

void printTranscript(CliContext &ctx, DebateEngine &engine)
{
    QTextStream &out = ctx.out();
    QObject::connect(&engine, &DebateEngine::speechStarted, &engine, [&out](int, const Speech &s) {
        QString header;
        if (s.role == QLatin1String("interjection") || s.role == QLatin1String("moderator"))
            header = QStringLiteral("== %1 ==").arg(s.speaker);
        else
            header = QStringLiteral("== %1 (%2, %3) — %4 ==").arg(s.speaker, s.side, s.role, s.model);
        out << "\n" << header << "\n";
        if (!s.text.isEmpty())
            out << s.text;
        out.flush();
    });
    QObject::connect(&engine, &DebateEngine::speechDelta, &engine, [&out](int, const QString &text) {
        out << text;
        out.flush();
    });
    QObject::connect(&engine, &DebateEngine::speechFinished, &engine, [&out](int, const Speech &s) {
        out << "\n";
        for (const Citation &c : s.citations)
            out << "  [" << c.lines() << (c.verified ? " verified" : " unverified") << "]\n";
        out.flush();
    });
    QObject::connect(&engine, &DebateEngine::panelReady, &engine, [&out](const JudgePanel &p) { printPanel(out, p); });
    QObject::connect(&engine, &DebateEngine::verdictReady, &engine, [&out](const Verdict &v) {
        if (v.valid)
            out << "\n== Verdict ==\nwinner: " << v.winner << " (margin " << v.margin << "/10)\n" << v.reasons << "\n";
        else
            out << "\n== Verdict ==\n" << v.error << "\n";
        out.flush();
    });
}

} // namespace rostrum::cli
