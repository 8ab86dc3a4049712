#include "HtmlExporter.h"

#include "debate/Prompts.h"

#include <QCoreApplication>
#include <QStringList>

namespace rostrum {

namespace {
QString tr(const char *s)
{
    return QCoreApplication::translate("rostrum::HtmlExporter", s);
}

QString esc(const QString &s)
{
    return s.toHtmlEscaped();
}

// Paragraphs from blank lines, line breaks kept; everything escaped first.
QString paragraphs(const QString &text)
{
    QStringList out;
    const QStringList paras = text.trimmed().split(QStringLiteral("\n\n"));
    for (const QString &p : paras) {
        if (!p.trimmed().isEmpty())
            out << QStringLiteral("<p>%1</p>").arg(esc(p.trimmed()).replace(QLatin1Char('\n'), QStringLiteral("<br>")));
    }
    return out.join(QLatin1Char('\n'));
}

const char *kCss = R"(
body{font:16px/1.6 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;max-width:46rem;margin:2rem auto;padding:0 1rem;color:#1d1d1f;background:#fff}
h1{font-size:1.8rem;line-height:1.25}h2{margin-top:2.2rem;border-bottom:1px solid #ddd;padding-bottom:.2rem}
.meta{color:#555;font-size:.9rem}.speech{margin:1.4rem 0;padding:.8rem 1rem;border-left:4px solid #999;background:#fafafa;border-radius:4px}
.speech.pro{border-color:#2f6fdf}.speech.con{border-color:#d9534f}.speech.moderator,.speech.audience{border-color:#8a8a8a;background:#f3f3f3}
.speech h3{margin:.1rem 0 .4rem;font-size:1.05rem}.status{font-weight:bold;color:#b35900}
.cite{display:inline-block;margin:.1rem .3rem 0 0;padding:0 .4rem;border-radius:3px;font:13px monospace}
.cite.ok{background:#e3f4e1;color:#1e6b1a}.cite.bad{background:#fde2e1;color:#a0231d}
pre{background:#f5f5f7;padding:.8rem;overflow:auto;border-radius:4px;font:13px/1.45 ui-monospace,Menlo,Consolas,monospace}
table{border-collapse:collapse;margin:.6rem 0}td,th{border:1px solid #ddd;padding:.25rem .6rem;text-align:left}td.n{text-align:right}
@media (prefers-color-scheme:dark){body{background:#161618;color:#e8e8ea}.speech{background:#222226}pre{background:#222226}.meta{color:#aaa}td,th{border-color:#444}}
)";
QString roleNameIn(const Prompts *prompts, const QString &role)
{
    return prompts ? prompts->roleName(role) : role;
}

QString sideLabelIn(const Prompts *prompts, const QString &side)
{
    return prompts ? prompts->sideLabel(side) : side;
}
} // namespace

QString HtmlExporter::toHtml(const DebateRecord &d)
{
    const auto prompts = Prompts::load(d.spec.language);
    const Prompts *p = prompts ? &*prompts : nullptr;
    QStringList h;
    appendSummary(h, d, p);
    if (d.voteBefore || d.voteAfter)
        appendVotes(h, d);
    if (!d.spec.code.isEmpty())
        appendCode(h, d.spec.code);
    appendTranscript(h, d, p);
    if (d.verdict)
        appendVerdict(h, *d.verdict, p);
    h << QStringLiteral("</body></html>");
    return h.join(QLatin1Char('\n'));
}

// The document's head, the title, facts (format, language, status, cost) and the debaters.
void HtmlExporter::appendSummary(QStringList &h, const DebateRecord &d, const Prompts *prompts)
{
    auto sideLabel = [prompts](const QString &side) {
        return sideLabelIn(prompts, side);
    };
    h << QStringLiteral("<!DOCTYPE html>");
    h << QStringLiteral("<html lang=\"%1\"><head><meta charset=\"utf-8\">").arg(esc(d.spec.language));
    h << QStringLiteral("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">");
    h << QStringLiteral("<title>%1</title>").arg(esc(d.spec.motion.simplified()));
    h << QStringLiteral("<style>%1</style></head><body>").arg(QString::fromUtf8(kCss));
    h << QStringLiteral("<h1>%1</h1>").arg(esc(d.spec.motion.simplified()));
    h << QStringLiteral("<p class=\"meta\">%1 · %2 · %3 · $%4</p>")
             .arg(esc(prompts ? prompts->formatName(d.spec.format) : d.spec.format), esc(d.spec.language),
                  esc(DebateRecord::statusName(d.status)))
             .arg(d.costUsd, 0, 'f', 4);
    if (!d.stopReason.isEmpty())
        h << QStringLiteral("<p class=\"status\">%1</p>").arg(esc(d.stopReason));

    h << QStringLiteral("<h2>%1</h2><ul>").arg(tr("Debaters"));
    for (const Debater &db : d.spec.debaters)
        h << QStringLiteral("<li><b>%1</b> (%2) — %3%4</li>")
                 .arg(esc(db.name.isEmpty() ? sideLabel(db.side) : db.name), esc(sideLabel(db.side)),
                      db.human ? tr("human") : QStringLiteral("<code>%1</code>").arg(esc(db.model)),
                      db.persona.isEmpty() ? QString() : QStringLiteral(": ") + esc(db.persona.simplified()));
    h << QStringLiteral("</ul>");
}

void HtmlExporter::appendVotes(QStringList &h, const DebateRecord &d)
{
    h << QStringLiteral("<h2>%1</h2><table><tr><th></th><th>%2</th><th>%3</th><th>%4</th></tr>")
             .arg(tr("Audience vote"), tr("For"), tr("Against"), tr("Undecided"));
    auto row = [](const QString &label, const AudienceVote &v) {
        return QStringLiteral("<tr><th>%1</th><td class=\"n\">%2 (%3%)</td><td class=\"n\">%4 (%5%)</td><td "
                              "class=\"n\">%6</td></tr>")
            .arg(label)
            .arg(v.forVotes)
            .arg(v.forShare(), 0, 'f', 1)
            .arg(v.againstVotes)
            .arg(v.againstShare(), 0, 'f', 1)
            .arg(v.undecided);
    };
    if (d.voteBefore)
        h << row(tr("Before"), *d.voteBefore);
    if (d.voteAfter)
        h << row(tr("After"), *d.voteAfter);
    h << QStringLiteral("</table>");
    if (const auto sw = d.swing())
        h << QStringLiteral("<p><b>%1: %2%3</b> %4</p>")
                 .arg(tr("Swing"), *sw >= 0 ? QStringLiteral("+") : QString())
                 .arg(*sw, 0, 'f', 1)
                 .arg(tr("points"));
}

void HtmlExporter::appendCode(QStringList &h, const CodeInput &code)
{
    h << QStringLiteral("<h2>%1</h2>").arg(tr("Code"));
    if (!code.fileName.isEmpty())
        h << QStringLiteral("<p><code>%1</code></p>").arg(esc(code.fileName));
    h << QStringLiteral("<pre><code>%1</code></pre>").arg(esc(code.text));
}

void HtmlExporter::appendTranscript(QStringList &h, const DebateRecord &d, const Prompts *prompts)
{
    auto roleName = [prompts](const QString &role) {
        return roleNameIn(prompts, role);
    };
    auto sideLabel = [prompts](const QString &side) {
        return sideLabelIn(prompts, side);
    };
    h << QStringLiteral("<h2>%1</h2>").arg(tr("Transcript"));
    for (const Speech &s : d.speeches) {
        QString heading;
        if (s.role == QLatin1String("interjection"))
            heading = s.side == QLatin1String("audience") ? tr("Audience question") : tr("Moderator");
        else if (s.role == QLatin1String("moderator"))
            heading = tr("Moderator");
        else
            heading = QStringLiteral("%1 — %2 — %3").arg(s.speaker, sideLabel(s.side), roleName(s.role));
        const QString cls = QStringList {QStringLiteral("pro"), QStringLiteral("con"), QStringLiteral("moderator"),
                                         QStringLiteral("audience")}
                                .contains(s.side)
            ? s.side
            : QStringLiteral("moderator");
        h << QStringLiteral("<section class=\"speech %1\"><h3>%2. %3</h3>").arg(cls).arg(s.index + 1).arg(esc(heading));
        QStringList meta;
        if (!s.model.isEmpty())
            meta << QStringLiteral("<code>%1</code>").arg(esc(s.model));
        if (s.human)
            meta << tr("human");
        if (s.status != Speech::Status::Finished)
            meta << QStringLiteral("<span class=\"status\">%1</span>").arg(esc(Speech::statusName(s.status)));
        if (!meta.isEmpty())
            h << QStringLiteral("<div class=\"meta\">%1</div>").arg(meta.join(QStringLiteral(" · ")));
        h << paragraphs(s.text);
        if (!s.citations.isEmpty()) {
            QStringList cites;
            for (const Citation &c : s.citations)
                cites << QStringLiteral("<span class=\"cite %1\" title=\"%2\">%3 %4</span>")
                             .arg(c.verified ? QStringLiteral("ok") : QStringLiteral("bad"),
                                  esc(c.verified ? tr("verified against the code") : c.reason), esc(c.lines()),
                                  c.verified ? QStringLiteral("✓") : QStringLiteral("✗"));
            h << QStringLiteral("<div>%1</div>").arg(cites.join(QString()));
        }
        h << QStringLiteral("</section>");
    }
}

void HtmlExporter::appendVerdict(QStringList &h, const Verdict &v, const Prompts *prompts)
{
    auto sideLabel = [prompts](const QString &side) {
        return sideLabelIn(prompts, side);
    };
    h << QStringLiteral("<h2>%1</h2>").arg(tr("Verdict"));
    if (!v.valid) {
        h << QStringLiteral("<p class=\"status\">%1: %2</p>").arg(tr("The judge gave no valid verdict"), esc(v.error));
    } else {
        h << QStringLiteral("<p><b>%1: %2</b> (%3 %4/10)</p>")
                 .arg(tr("Winner"), esc(v.winner == QLatin1String("tie") ? tr("tie") : sideLabel(v.winner)),
                      tr("margin"))
                 .arg(v.margin, 0, 'g', 3);
        h << QStringLiteral("<table><tr><th>%1</th><th>%2</th><th>%3</th></tr>")
                 .arg(tr("Criterion"), esc(sideLabel(QStringLiteral("pro"))), esc(sideLabel(QStringLiteral("con"))));
        for (const Verdict::Score &sc : v.scores)
            h << QStringLiteral("<tr><td>%1</td><td class=\"n\">%2</td><td class=\"n\">%3</td></tr>")
                     .arg(esc(sc.criterion))
                     .arg(sc.pro)
                     .arg(sc.con);
        h << QStringLiteral("</table>") << paragraphs(v.reasons);
    }
}

} // namespace rostrum
