#include "HtmlExporter.h"

#include "DebateReport.h"
#include "ReportWriter.h"

#include <QCoreApplication>
#include <QStringList>

namespace rostrum {

namespace {
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

QString inlineHtml(const Line &line, const QString &separator = {})
{
    static const QStringList patterns {QStringLiteral("%1"), QStringLiteral("<b>%1</b>"),
                                       QStringLiteral("<code>%1</code>"),
                                       QStringLiteral("<span class=\"status\">%1</span>")};
    return renderLine(line, patterns, esc, separator);
}

// A self-contained page: inline style, no script, no link to anything outside it.
class HtmlWriter final : public ReportWriter
{
public:
    void title(const QString &text, const QString &language) override
    {
        m_out << QStringLiteral("<!DOCTYPE html>");
        m_out << QStringLiteral("<html lang=\"%1\"><head><meta charset=\"utf-8\">").arg(esc(language));
        m_out << QStringLiteral("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">");
        m_out << QStringLiteral("<title>%1</title>").arg(esc(text));
        m_out << QStringLiteral("<style>%1</style></head><body>").arg(QString::fromUtf8(kCss));
        m_out << QStringLiteral("<h1>%1</h1>").arg(esc(text));
    }
    void facts(const QList<QPair<QString, QString>> &facts) override
    {
        QStringList items;
        for (const auto &[label, value] : facts)
            items << QStringLiteral("%1: %2").arg(esc(label), esc(value));
        m_out << QStringLiteral("<p class=\"meta\">%1</p>").arg(items.join(QStringLiteral(" · ")));
    }
    void section(const QString &heading) override { m_out << QStringLiteral("<h2>%1</h2>").arg(esc(heading)); }
    void bullets(const QList<Line> &items) override
    {
        m_out << QStringLiteral("<ul>");
        for (const Line &item : items)
            m_out << QStringLiteral("<li>%1</li>").arg(inlineHtml(item));
        m_out << QStringLiteral("</ul>");
    }
    void paragraph(const Line &line) override { m_out << QStringLiteral("<p>%1</p>").arg(inlineHtml(line)); }
    void text(const QString &text) override { m_out << paragraphs(text); }
    void table(const QStringList &header, const QList<QStringList> &rows) override
    {
        QString head;
        for (const QString &h : header)
            head += QStringLiteral("<th>%1</th>").arg(esc(h));
        m_out << QStringLiteral("<table><tr>%1</tr>").arg(head);
        for (const QStringList &cells : rows) {
            QString row = QStringLiteral("<th>%1</th>").arg(esc(cells.value(0)));
            for (qsizetype i = 1; i < cells.size(); ++i)
                row += QStringLiteral("<td class=\"n\">%1</td>").arg(esc(cells[i]));
            m_out << QStringLiteral("<tr>%1</tr>").arg(row);
        }
        m_out << QStringLiteral("</table>");
    }
    void code(const CodeInput &code) override
    {
        if (!code.fileName.isEmpty())
            m_out << QStringLiteral("<p><code>%1</code></p>").arg(esc(code.fileName));
        m_out << QStringLiteral("<pre><code>%1</code></pre>").arg(esc(code.text));
    }
    void beginSpeech(int number, const QString &heading, const QString &side, const Line &meta) override
    {
        m_out << QStringLiteral("<section class=\"speech %1\"><h3>%2. %3</h3>").arg(side).arg(number).arg(esc(heading));
        if (!meta.isEmpty())
            m_out << QStringLiteral("<div class=\"meta\">%1</div>").arg(inlineHtml(meta, QStringLiteral(" · ")));
    }
    void citations(const QList<Citation> &citations) override
    {
        QStringList cites;
        for (const Citation &c : citations)
            cites << QStringLiteral("<span class=\"cite %1\" title=\"%2\">%3 %4</span>")
                         .arg(c.verified ? QStringLiteral("ok") : QStringLiteral("bad"),
                              esc(c.verified ? HtmlExporter::tr("verified against the code") : c.reason),
                              esc(c.lines()), c.verified ? QStringLiteral("✓") : QStringLiteral("✗"));
        m_out << QStringLiteral("<div>%1</div>").arg(cites.join(QString()));
    }
    void endSpeech() override { m_out << QStringLiteral("</section>"); }
    QString finish() override
    {
        m_out << QStringLiteral("</body></html>");
        return m_out.join(QLatin1Char('\n'));
    }

private:
    QStringList m_out;
};

} // namespace

QString HtmlExporter::toHtml(const DebateRecord &d)
{
    return DebateReport::render<HtmlWriter>(d);
}

} // namespace rostrum
