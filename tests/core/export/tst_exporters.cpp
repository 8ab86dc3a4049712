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

private slots:
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
