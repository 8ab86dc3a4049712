#include "export/DebateExporter.h"
#include "export/HtmlExporter.h"
#include "export/JsonExporter.h"
#include "export/MarkdownExporter.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace rostrum;

class TestExporters final : public QObject
{
    Q_OBJECT

    static DebateRecord sample()
    {
        DebateRecord r;
        r.id = QStringLiteral("d1");
        r.spec.motion = QStringLiteral("<script>alert(1)</script> & more");
        r.spec.format = QStringLiteral("oxford");
        r.spec.debaters = {Debater {{}, QStringLiteral("pro"), {}, QStringLiteral("mistral-small-latest"), {}, false},
                           Debater {{}, QStringLiteral("con"), {}, QStringLiteral("mistral-small-latest"), {}, false}};
        r.spec.code =
            CodeInput {QStringLiteral("std::cout << a >> b;\n"), QStringLiteral("m.cpp"), QStringLiteral("cpp")};
        r.status = DebateRecord::Status::Finished;
        r.costUsd = 0.0123;
        r.created = QDateTime(QDate(2026, 1, 2), QTime(3, 4), Qt::UTC);
        for (int i = 0; i < 2; ++i) {
            Speech s;
            s.index = i;
            s.turn = i;
            s.side = i ? QStringLiteral("con") : QStringLiteral("pro");
            s.role = i ? QStringLiteral("opposition_opening") : QStringLiteral("proposition_opening");
            s.speaker = i ? QStringLiteral("Con") : QStringLiteral("Pro");
            s.model = QStringLiteral("mistral-small-latest");
            s.text = QStringLiteral("Speech %1 says <b>bold</b> things.\n\nSecond paragraph.").arg(i);
            s.status = Speech::Status::Finished;
            Citation c;
            c.startLine = 1;
            c.endLine = i ? 9 : 1;
            c.verified = i == 0;
            s.citations << c;
            r.speeches << s;
        }
        Verdict v;
        v.valid = true;
        v.winner = QStringLiteral("con");
        v.scores = {{QStringLiteral("clarity"), 6, 8}};
        v.reasons = QStringLiteral("Con was clearer.");
        v.margin = 2;
        r.verdict = v;
        r.voteBefore = AudienceVote {30, 50, 20};
        r.voteAfter = AudienceVote {45, 45, 10};
        return r;
    }

    // The sample judged by a panel of three with the order swap: two for con (one of them flipped), one invalid.
    static DebateRecord panelSample()
    {
        DebateRecord r = sample();
        Verdict a = *r.verdict;
        a.model = QStringLiteral("judge-a");
        a.firstSide = QStringLiteral("pro");
        a.consistent = true;
        a.costUsd = 0.002;
        Verdict b = a;
        b.model = QStringLiteral("judge-b");
        b.firstSide = QStringLiteral("con");
        b.consistent = false;
        Verdict c;
        c.model = QStringLiteral("judge-c");
        c.error = QStringLiteral("\"margin\" must be a number from 0 to 10");
        JudgePanel p = JudgePanel::decide({a, b, c}, true);
        p.otherOrder = {a, b, c};
        r.panel = p;
        r.verdict = p.decision();
        return r;
    }

private slots:
    // The verdict card: winner, margin, both sides' scores side by side, reasons, the judge's model and cost, the
    // audience's swing; a panel's judges with their order and consistency, the votes and the agreement.
    void verdictCardInMarkdownAndHtml()
    {
        DebateRecord one = sample();
        one.verdict->model = QStringLiteral("mistral-large-latest");
        one.verdict->costUsd = 0.0042;
        const QString md = MarkdownExporter::toMarkdown(one);
        QVERIFY(md.contains(QStringLiteral("**Winner: Con** (margin 2/10)")));
        QVERIFY(md.contains(QStringLiteral("| Criterion | Pro | Con |")));
        QVERIFY(md.contains(QStringLiteral("Con was clearer.")));
        QVERIFY(md.contains(QStringLiteral("Judged by `mistral-large-latest` · $0.0042")));
        QVERIFY(md.contains(QStringLiteral("Audience swing: +15.0 points for the motion")));
        QVERIFY(!md.contains(QStringLiteral("## Judges")));

        const DebateRecord panel = panelSample();
        const QString pmd = MarkdownExporter::toMarkdown(panel);
        QVERIFY2(pmd.contains(QStringLiteral("## Judges")), qPrintable(pmd));
        QVERIFY(pmd.contains(QStringLiteral("| judge-a | Con | 2 | Pro | consistent | $0.0020 |")));
        QVERIFY(pmd.contains(QStringLiteral("| judge-b | Con | 2 | Con | inconsistent | $0.0020 |")));
        QVERIFY(pmd.contains(QStringLiteral("| judge-c | invalid | – | – | – | $0.0000 |")));
        QVERIFY(pmd.contains(QStringLiteral("- `judge-c`: \"margin\" must be a number from 0 to 10")));
        // b flipped: a tie vote, level with a's vote for con.
        QVERIFY(pmd.contains(QStringLiteral("**Votes**: Pro 0 · Con 1 · tie 1 · invalid 1 — agreement 50%")));
        QVERIFY(pmd.contains(QStringLiteral("**Winner: tie**")));
        QVERIFY(pmd.contains(QStringLiteral("Judged by `judge-a, judge-b, judge-c` · $0.0040")));

        const QString html = HtmlExporter::toHtml(panel);
        QVERIFY(html.contains(QStringLiteral("judge-b")));
        QVERIFY(html.contains(QStringLiteral("inconsistent")));
        QVERIFY(html.contains(QStringLiteral("agreement 50%")));
        QVERIFY(html.contains(QStringLiteral("&quot;margin&quot; must be a number")));
    }

    // A verdict that failed validation says so, with what was wrong, and who judged.
    void invalidVerdictSaysWhatWasWrong()
    {
        DebateRecord r = sample();
        Verdict v;
        v.model = QStringLiteral("mistral-large-latest");
        v.error = QStringLiteral("The judge's verdict was invalid even after one repair: \"winner\" must be \"pro\"");
        r.verdict = v;
        const QString md = MarkdownExporter::toMarkdown(r);
        QVERIFY(md.contains(QStringLiteral("**The judge gave no valid verdict**: The judge's verdict was invalid even "
                                           "after one repair: \"winner\" must be \"pro\"")));
        QVERIFY(md.contains(QStringLiteral("Judged by `mistral-large-latest`")));
        QVERIFY(!md.contains(QStringLiteral("Winner:")));
    }

    void jsonExportCarriesThePanel()
    {
        const DebateRecord r = panelSample();
        const QJsonObject o = QJsonDocument::fromJson(JsonExporter::toJson(r)).object();
        const QJsonObject panel = o.value(QLatin1String("panel")).toObject();
        QCOMPARE(panel.value(QLatin1String("judges")).toArray().size(), 3);
        QCOMPARE(panel.value(QLatin1String("winner")).toString(), QStringLiteral("tie"));
        QCOMPARE(panel.value(QLatin1String("votes")).toObject().value(QLatin1String("invalid")).toInt(), 1);
        QCOMPARE(DebateRecord::fromJson(o).panel, r.panel);
        QVERIFY(!QJsonDocument::fromJson(JsonExporter::toJson(sample())).object().contains(QLatin1String("panel")));
    }

    void markdownHasEverySpeechAndTheVerdict()
    {
        const QString md = MarkdownExporter::toMarkdown(sample());
        QVERIFY(md.contains(QStringLiteral("Speech 0 says")));
        QVERIFY(md.contains(QStringLiteral("Speech 1 says")));
        QVERIFY(md.contains(QStringLiteral("opening speech for the proposition")));
        QVERIFY(md.contains(QStringLiteral("| clarity | 6 | 8 |")));
        QVERIFY(md.contains(QStringLiteral("Swing: +15.0 points")));
        QVERIFY(md.contains(QStringLiteral("L1-L9 ✗ unverified")));
        QVERIFY(md.contains(QStringLiteral("std::cout << a >> b;")));
    }

    void htmlIsSelfContainedAndEscaped()
    {
        const QString html = HtmlExporter::toHtml(sample());
        QVERIFY(html.startsWith(QStringLiteral("<!DOCTYPE html>")));
        QVERIFY(html.contains(QStringLiteral("<style>")));
        QVERIFY(!html.contains(QStringLiteral("<script")));
        QVERIFY(!html.contains(QStringLiteral("<b>bold</b>")));
        QVERIFY(html.contains(QStringLiteral("&lt;script&gt;alert(1)&lt;/script&gt; &amp; more")));
        QVERIFY(html.contains(QStringLiteral("std::cout &lt;&lt; a &gt;&gt; b;")));
        QVERIFY(!html.contains(QStringLiteral("src=")) && !html.contains(QStringLiteral("href=")));
        QCOMPARE(html.count(QStringLiteral("<section class=\"speech")), 2);
    }

    void jsonIsTheCliDocumentAndRoundTrips()
    {
        const DebateRecord r = sample();
        const QJsonObject o = QJsonDocument::fromJson(JsonExporter::toJson(r)).object();
        for (const char *key : {"id", "motion", "language", "format", "status", "cost_usd", "speeches", "verdict"})
            QVERIFY2(o.contains(QLatin1String(key)), key);
        const QJsonObject s = o.value(QLatin1String("speeches")).toArray().first().toObject();
        for (const char *key : {"index", "speaker", "side", "role", "model", "language", "text", "status", "usage",
                                "cost_usd", "citations"})
            QVERIFY2(s.contains(QLatin1String(key)), key);
        const DebateRecord back = DebateRecord::fromJson(o);
        QCOMPARE(back.speeches, r.speeches);
        QCOMPARE(back.spec, r.spec);
        QCOMPARE(back.verdict->winner, QStringLiteral("con"));
        QCOMPARE(*back.swing(), 15.0);
    }

    void exportPicksTheFormatByExtension()
    {
        QTemporaryDir dir;
        QString error;
        QVERIFY(DebateExporter::exportTo(sample(), dir.filePath(QStringLiteral("a.md")), &error));
        QVERIFY(DebateExporter::exportTo(sample(), dir.filePath(QStringLiteral("a.html")), &error));
        QVERIFY(DebateExporter::exportTo(sample(), dir.filePath(QStringLiteral("a.json")), &error));
        QVERIFY(!DebateExporter::exportTo(sample(), dir.filePath(QStringLiteral("a.pdf")), &error));
        QVERIFY(error.contains(QStringLiteral(".md, .html or .json")));
    }
};

QTEST_GUILESS_MAIN(TestExporters)
#include "tst_exporters.moc"
