#include "MarkdownExporter.h"

#include "DebateReport.h"
#include "ReportWriter.h"

#include <QCoreApplication>
#include <QStringList>

namespace rostrum {

namespace {

QString inlineText(const Line &line, const QString &separator = {})
{
    static const QStringList patterns {QStringLiteral("%1"), QStringLiteral("**%1**"), QStringLiteral("`%1`"),
                                       QStringLiteral("**%1**")};
    return renderLine(line, patterns, nullptr, separator);
}

// Every block ends with a blank line.
class MarkdownWriter final : public ReportWriter
{
public:
    void title(const QString &text, const QString &) override
    {
        m_out << QStringLiteral("# %1").arg(text) << QString();
    }
    void facts(const QList<QPair<QString, QString>> &facts) override
    {
        for (const auto &[label, value] : facts)
            m_out << QStringLiteral("- %1: %2").arg(label, value);
        m_out << QString();
    }
    void section(const QString &heading) override { m_out << QStringLiteral("## %1").arg(heading) << QString(); }
    void bullets(const QList<Line> &items) override
    {
        for (const Line &item : items)
            m_out << QStringLiteral("- ") + inlineText(item);
        m_out << QString();
    }
    void paragraph(const Line &line) override { m_out << inlineText(line) << QString(); }
    void text(const QString &text) override { m_out << text.trimmed() << QString(); }
    void table(const QStringList &header, const QList<QStringList> &rows) override
    {
        auto row = [](const QStringList &cells) {
            return QStringLiteral("| %1 |").arg(cells.join(QStringLiteral(" | ")));
        };
        m_out << row(header);
        m_out << QStringLiteral("|---") + QStringLiteral("|---:").repeated(header.size() - 1) + QStringLiteral("|");
        for (const QStringList &cells : rows)
            m_out << row(cells);
        m_out << QString();
    }
    void code(const CodeInput &code) override
    {
        if (!code.fileName.isEmpty())
            m_out << QStringLiteral("`%1`").arg(code.fileName) << QString();
        // A fence longer than any run of backticks in the code.
        QString fence = QStringLiteral("```");
        while (code.text.contains(fence))
            fence += QLatin1Char('`');
        QString text = code.text;
        if (text.endsWith(QLatin1Char('\n')))
            text.chop(1);
        m_out << fence + code.language << text << fence << QString();
    }
    void beginSpeech(int number, const QString &heading, const QString &, const Line &meta) override
    {
        m_out << QStringLiteral("### %1. %2").arg(number).arg(heading) << QString();
        if (!meta.isEmpty())
            m_out << QStringLiteral("*%1*").arg(inlineText(meta, QStringLiteral(" · "))) << QString();
    }
    void citations(const QList<Citation> &citations) override
    {
        QStringList cites;
        for (const Citation &c : citations)
            cites << QStringLiteral("%1 %2").arg(
                c.lines(), c.verified ? QStringLiteral("✓") : MarkdownExporter::tr("✗ unverified"));
        m_out << QStringLiteral("%1: %2").arg(MarkdownExporter::tr("Citations"), cites.join(QStringLiteral(", ")))
              << QString();
    }
    void endSpeech() override { }
    QString finish() override { return m_out.join(QLatin1Char('\n')); }

private:
    QStringList m_out;
};

} // namespace

QString MarkdownExporter::toMarkdown(const DebateRecord &d)
{
    return DebateReport::render<MarkdownWriter>(d);
}

} // namespace rostrum
