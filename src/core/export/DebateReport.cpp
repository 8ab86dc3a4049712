#include "DebateReport.h"

#include "debate/Prompts.h"
#include "ReportWriter.h"

#include <QCoreApplication>

namespace rostrum {

namespace {

QString usd(double v)
{
    return QStringLiteral("$%1").arg(v, 0, 'f', 4);
}

Span plain(const QString &text)
{
    return {Span::Kind::Plain, text};
}

// The debate's own language names sides, roles and the format; without its prompts, the raw keys.
class Labels
{
public:
    explicit Labels(const QString &language)
        : m_prompts(Prompts::load(language))
    { }
    QString side(const QString &side) const { return m_prompts ? m_prompts->sideLabel(side) : side; }
    QString role(const QString &role) const { return m_prompts ? m_prompts->roleName(role) : role; }
    QString format(const QString &format) const { return m_prompts ? m_prompts->formatName(format) : format; }

private:
    std::optional<Prompts> m_prompts;
};

void writeFacts(const DebateRecord &d, const Labels &labels, ReportWriter &w)
{
    QList<QPair<QString, QString>> facts {{DebateReport::tr("Format"), labels.format(d.spec.format)},
                                          {DebateReport::tr("Language"), d.spec.language},
                                          {DebateReport::tr("Status"), DebateRecord::statusName(d.status)}};
    if (!d.stopReason.isEmpty())
        facts.append({DebateReport::tr("Stopped because"), d.stopReason});
    facts.append({DebateReport::tr("Cost"), usd(d.costUsd)});
    if (d.created.isValid())
        facts.append({DebateReport::tr("Created"), d.created.toUTC().toString(Qt::ISODate)});
    w.facts(facts);
}

void writeDebaters(const DebateRecord &d, const Labels &labels, ReportWriter &w)
{
    QList<Line> items;
    for (const Debater &db : d.spec.debaters) {
        Line line {{Span::Kind::Strong, db.name.isEmpty() ? labels.side(db.side) : db.name},
                   plain(QStringLiteral(" (%1) — ").arg(labels.side(db.side)))};
        line.append(db.human ? plain(DebateReport::tr("human")) : Span {Span::Kind::Code, db.model});
        if (!db.persona.isEmpty())
            line.append(plain(QStringLiteral(": ") + db.persona.simplified()));
        items.append(line);
    }
    w.section(DebateReport::tr("Debaters"));
    w.bullets(items);
}

void writeVotes(const DebateRecord &d, ReportWriter &w)
{
    if (!d.voteBefore && !d.voteAfter)
        return;
    auto row = [](const QString &label, const AudienceVote &v) {
        return QStringList {label, QStringLiteral("%1 (%2%)").arg(v.forVotes).arg(v.forShare(), 0, 'f', 1),
                            QStringLiteral("%1 (%2%)").arg(v.againstVotes).arg(v.againstShare(), 0, 'f', 1),
                            QString::number(v.undecided)};
    };
    QList<QStringList> rows;
    if (d.voteBefore)
        rows.append(row(DebateReport::tr("Before"), *d.voteBefore));
    if (d.voteAfter)
        rows.append(row(DebateReport::tr("After"), *d.voteAfter));
    w.section(DebateReport::tr("Audience vote"));
    w.table({QString(), DebateReport::tr("For"), DebateReport::tr("Against"), DebateReport::tr("Undecided")}, rows);
    if (const auto sw = d.swing()) {
        const QString figure =
            QStringLiteral("%1%2").arg(*sw >= 0 ? QStringLiteral("+") : QString()).arg(*sw, 0, 'f', 1);
        w.paragraph({{Span::Kind::Strong, DebateReport::tr("Swing: %1 points").arg(figure)}});
    }
}

void writeCode(const DebateRecord &d, ReportWriter &w)
{
    if (d.spec.code.isEmpty())
        return;
    w.section(DebateReport::tr("Code"));
    w.code(d.spec.code);
}

QString speechHeading(const Speech &s, const Labels &labels)
{
    if (s.role == QLatin1String("interjection"))
        return s.side == QLatin1String("audience") ? DebateReport::tr("Audience question")
                                                   : DebateReport::tr("Moderator");
    if (s.role == QLatin1String("moderator"))
        return DebateReport::tr("Moderator");
    return QStringLiteral("%1 — %2 — %3").arg(s.speaker, labels.side(s.side), labels.role(s.role));
}

void writeTranscript(const DebateRecord &d, const Labels &labels, ReportWriter &w)
{
    static const QStringList kSides {QStringLiteral("pro"), QStringLiteral("con"), QStringLiteral("moderator"),
                                     QStringLiteral("audience")};
    w.section(DebateReport::tr("Transcript"));
    for (const Speech &s : d.speeches) {
        Line meta;
        if (!s.model.isEmpty())
            meta.append({Span::Kind::Code, s.model});
        if (s.human)
            meta.append(plain(DebateReport::tr("human")));
        if (s.status != Speech::Status::Finished)
            meta.append({Span::Kind::Status, Speech::statusName(s.status)});
        if (s.costUsd > 0)
            meta.append(plain(usd(s.costUsd)));
        w.beginSpeech(s.index + 1, speechHeading(s, labels), kSides.contains(s.side) ? s.side : kSides[2], meta);
        w.text(s.text);
        if (!s.citations.isEmpty())
            w.citations(s.citations);
        w.endSpeech();
    }
}

QString winnerName(const QString &winner, const Labels &labels)
{
    return winner == QLatin1String("tie") ? DebateReport::tr("tie") : labels.side(winner);
}

QString number(double v)
{
    return QString::number(v, 'g', 3);
}

// Who judged and what it cost; a verdict that needed its repair says so.
Line judgedBy(const Verdict &v)
{
    Line line {plain(DebateReport::tr("Judged by") + QLatin1Char(' ')), {Span::Kind::Code, v.model}};
    if (v.costUsd > 0)
        line.append(plain(QStringLiteral(" · ") + usd(v.costUsd)));
    if (v.repaired)
        line.append(plain(QStringLiteral(" · ") + DebateReport::tr("valid after one repair")));
    return line;
}

void writeSwing(const DebateRecord &d, ReportWriter &w)
{
    if (const auto sw = d.swing())
        w.paragraph({plain(
            DebateReport::tr("Audience swing: %1 points for the motion")
                .arg(QStringLiteral("%1%2").arg(*sw >= 0 ? QStringLiteral("+") : QString()).arg(*sw, 0, 'f', 1)))});
}

// Each judge of a panel: its winner, margin, the order it read the sides in, whether the order swap changed
// its mind, its cost; then the votes and the agreement, and what was wrong with a judge's invalid verdict.
void writePanel(const JudgePanel &p, const Labels &labels, ReportWriter &w)
{
    w.section(DebateReport::tr("Judges"));
    QList<QStringList> rows;
    QList<Line> problems;
    for (const Verdict &j : p.judges) {
        const QString consistency = !j.consistent ? QStringLiteral("–")
            : *j.consistent                       ? DebateReport::tr("consistent")
                                                  : DebateReport::tr("inconsistent");
        rows.append({j.model, j.valid ? winnerName(j.winner, labels) : DebateReport::tr("invalid"),
                     j.valid ? number(j.margin) : QStringLiteral("–"),
                     j.firstSide.isEmpty() ? QStringLiteral("–") : labels.side(j.firstSide), consistency,
                     usd(j.costUsd)});
        if (!j.valid)
            problems.append({{Span::Kind::Code, j.model}, plain(QStringLiteral(": ") + j.error)});
    }
    w.table({DebateReport::tr("Judge"), DebateReport::tr("Winner"), DebateReport::tr("Margin"),
             DebateReport::tr("Read first"), DebateReport::tr("Order swap"), DebateReport::tr("Cost")},
            rows);
    if (!problems.isEmpty())
        w.bullets(problems);
    w.paragraph({{Span::Kind::Strong, DebateReport::tr("Votes")},
                 plain(QStringLiteral(": %1 %2 · %3 %4 · %5 %6 · %7 %8 — %9")
                           .arg(labels.side(QStringLiteral("pro")))
                           .arg(p.proVotes)
                           .arg(labels.side(QStringLiteral("con")))
                           .arg(p.conVotes)
                           .arg(DebateReport::tr("tie"))
                           .arg(p.tieVotes)
                           .arg(DebateReport::tr("invalid"))
                           .arg(p.invalidVotes)
                           .arg(DebateReport::tr("agreement %1%").arg(qRound(p.agreement * 100))))});
}

// The verdict card: winner and margin, the scores of both sides side by side, the reasons, who judged and what
// it cost; a verdict that failed validation says what was wrong. Then the panel and the audience's swing.
void writeVerdict(const DebateRecord &d, const Labels &labels, ReportWriter &w)
{
    if (!d.verdict)
        return;
    const Verdict &v = *d.verdict;
    w.section(DebateReport::tr("Verdict"));
    if (!v.valid) {
        w.paragraph({{Span::Kind::Status, DebateReport::tr("The judge gave no valid verdict")},
                     plain(QStringLiteral(": ") + v.error)});
        w.paragraph(judgedBy(v));
    } else {
        w.paragraph({{Span::Kind::Strong, DebateReport::tr("Winner: %1").arg(winnerName(v.winner, labels))},
                     plain(QStringLiteral(" (%1 %2/10)").arg(DebateReport::tr("margin"), number(v.margin)))});
        QList<QStringList> rows;
        for (const Verdict::Score &sc : v.scores)
            rows.append({sc.criterion, number(sc.pro), number(sc.con)});
        w.table({DebateReport::tr("Criterion"), labels.side(QStringLiteral("pro")), labels.side(QStringLiteral("con"))},
                rows);
        w.text(v.reasons);
        w.paragraph(judgedBy(v));
    }
    if (d.panel)
        writePanel(*d.panel, labels, w);
    writeSwing(d, w);
}

} // namespace

void DebateReport::write(const DebateRecord &d, ReportWriter &w)
{
    const Labels labels(d.spec.language);
    w.title(d.spec.motion.simplified(), d.spec.language);
    writeFacts(d, labels, w);
    writeDebaters(d, labels, w);
    writeVotes(d, w);
    writeCode(d, w);
    writeTranscript(d, labels, w);
    writeVerdict(d, labels, w);
}

} // namespace rostrum
