#include "MarkdownExporter.h"

#include "debate/Prompts.h"

#include <QCoreApplication>
#include <QStringList>

namespace rostrum {

namespace {
QString tr(const char *s)
{
    return QCoreApplication::translate("rostrum::MarkdownExporter", s);
}

QString usd(double v)
{
    return QStringLiteral("$%1").arg(v, 0, 'f', 4);
}
QString roleNameIn(const Prompts *prompts, const QString &role)
{
    return prompts ? prompts->roleName(role) : role;
}

QString sideLabelIn(const Prompts *prompts, const QString &side)
{
    return prompts ? prompts->sideLabel(side) : side;
}
} // namespace

QString MarkdownExporter::toMarkdown(const DebateRecord &d)
{
    const auto prompts = Prompts::load(d.spec.language);
    const Prompts *p = prompts ? &*prompts : nullptr;
    QStringList out;
    appendSummary(out, d, p);
    if (d.voteBefore || d.voteAfter)
        appendVotes(out, d);
    if (!d.spec.code.isEmpty())
        appendCode(out, d.spec.code);
    appendTranscript(out, d, p);
    if (d.verdict)
        appendVerdict(out, *d.verdict, p);
    return out.join(QLatin1Char('\n'));
}

// Title, facts (format, language, status, cost, date) and the debaters.
void MarkdownExporter::appendSummary(QStringList &out, const DebateRecord &d, const Prompts *prompts)
{
    auto sideLabel = [prompts](const QString &side) {
        return sideLabelIn(prompts, side);
    };
    out << QStringLiteral("# %1").arg(d.spec.motion.simplified());
    out << QString();
    out << QStringLiteral("- %1: %2").arg(tr("Format"), prompts ? prompts->formatName(d.spec.format) : d.spec.format);
    out << QStringLiteral("- %1: %2").arg(tr("Language"), d.spec.language);
    out << QStringLiteral("- %1: %2").arg(tr("Status"), DebateRecord::statusName(d.status));
    if (!d.stopReason.isEmpty())
        out << QStringLiteral("- %1: %2").arg(tr("Stopped because"), d.stopReason);
    out << QStringLiteral("- %1: %2").arg(tr("Cost"), usd(d.costUsd));
    if (d.created.isValid())
        out << QStringLiteral("- %1: %2").arg(tr("Created"), d.created.toUTC().toString(Qt::ISODate));
    out << QString();

    out << QStringLiteral("## %1").arg(tr("Debaters"));
    out << QString();
    for (const Debater &db : d.spec.debaters) {
        QString line =
            QStringLiteral("- **%1** (%2)").arg(db.name.isEmpty() ? sideLabel(db.side) : db.name, sideLabel(db.side));
        line += db.human ? QStringLiteral(" — %1").arg(tr("human")) : QStringLiteral(" — `%1`").arg(db.model);
        if (!db.persona.isEmpty())
            line += QStringLiteral(": %1").arg(db.persona.simplified());
        out << line;
    }
    out << QString();
}

void MarkdownExporter::appendVotes(QStringList &out, const DebateRecord &d)
{
    out << QStringLiteral("## %1").arg(tr("Audience vote"));
    out << QString();
    auto voteLine = [](const QString &label, const AudienceVote &v) {
        return QStringLiteral("- %1: %2 for (%3%), %4 against (%5%), %6 undecided")
            .arg(label)
            .arg(v.forVotes)
            .arg(v.forShare(), 0, 'f', 1)
            .arg(v.againstVotes)
            .arg(v.againstShare(), 0, 'f', 1)
            .arg(v.undecided);
    };
    if (d.voteBefore)
        out << voteLine(tr("Before"), *d.voteBefore);
    if (d.voteAfter)
        out << voteLine(tr("After"), *d.voteAfter);
    if (const auto sw = d.swing())
        out << QStringLiteral("- %1: %2%3 points")
                   .arg(tr("Swing"), *sw >= 0 ? QStringLiteral("+") : QString())
                   .arg(*sw, 0, 'f', 1);
    out << QString();
}

// The code under review, in a fence longer than any run of backticks inside it.
void MarkdownExporter::appendCode(QStringList &out, const CodeInput &code)
{
    out << QStringLiteral("## %1").arg(tr("Code"));
    out << QString();
    if (!code.fileName.isEmpty())
        out << QStringLiteral("`%1`").arg(code.fileName) << QString();
    QString fence = QStringLiteral("```");
    while (code.text.contains(fence))
        fence += QLatin1Char('`');
    out << fence + code.language;
    QString text = code.text;
    if (text.endsWith(QLatin1Char('\n')))
        text.chop(1);
    out << text << fence << QString();
}

void MarkdownExporter::appendTranscript(QStringList &out, const DebateRecord &d, const Prompts *prompts)
{
    auto roleName = [prompts](const QString &role) {
        return roleNameIn(prompts, role);
    };
    auto sideLabel = [prompts](const QString &side) {
        return sideLabelIn(prompts, side);
    };
    out << QStringLiteral("## %1").arg(tr("Transcript"));
    out << QString();
    for (const Speech &s : d.speeches) {
        QString heading;
        if (s.role == QLatin1String("interjection"))
            heading = s.side == QLatin1String("audience") ? tr("Audience question") : tr("Moderator");
        else if (s.role == QLatin1String("moderator"))
            heading = tr("Moderator");
        else
            heading = QStringLiteral("%1 — %2 — %3").arg(s.speaker, sideLabel(s.side), roleName(s.role));
        out << QStringLiteral("### %1. %2").arg(s.index + 1).arg(heading);
        QStringList meta;
        if (!s.model.isEmpty())
            meta << QStringLiteral("`%1`").arg(s.model);
        if (s.human)
            meta << tr("human");
        if (s.status != Speech::Status::Finished)
            meta << QStringLiteral("**%1**").arg(Speech::statusName(s.status));
        if (s.costUsd > 0)
            meta << usd(s.costUsd);
        if (!meta.isEmpty())
            out << QString() << QStringLiteral("*%1*").arg(meta.join(QStringLiteral(" · ")));
        out << QString() << s.text.trimmed() << QString();
        if (!s.citations.isEmpty()) {
            QStringList cites;
            for (const Citation &c : s.citations)
                cites << QStringLiteral("%1 %2").arg(c.lines(), c.verified ? QStringLiteral("✓") : tr("✗ unverified"));
            out << QStringLiteral("%1: %2").arg(tr("Citations"), cites.join(QStringLiteral(", "))) << QString();
        }
    }
}

void MarkdownExporter::appendVerdict(QStringList &out, const Verdict &v, const Prompts *prompts)
{
    auto sideLabel = [prompts](const QString &side) {
        return sideLabelIn(prompts, side);
    };
    out << QStringLiteral("## %1").arg(tr("Verdict"));
    out << QString();
    if (!v.valid) {
        out << QStringLiteral("%1: %2").arg(tr("The judge gave no valid verdict"), v.error) << QString();
    } else {
        out << QStringLiteral("**%1: %2** (%3 %4/10)")
                   .arg(tr("Winner"), v.winner == QLatin1String("tie") ? tr("tie") : sideLabel(v.winner), tr("margin"))
                   .arg(v.margin, 0, 'g', 3);
        out << QString();
        out << QStringLiteral("| %1 | %2 | %3 |")
                   .arg(tr("Criterion"), sideLabel(QStringLiteral("pro")), sideLabel(QStringLiteral("con")));
        out << QStringLiteral("|---|---:|---:|");
        for (const Verdict::Score &sc : v.scores)
            out << QStringLiteral("| %1 | %2 | %3 |").arg(sc.criterion).arg(sc.pro).arg(sc.con);
        out << QString() << v.reasons.trimmed() << QString();
    }
}

} // namespace rostrum
