// DebateImport: a .json export read back is the same debate under a new id; anything else is refused, saying why.

#include "export/DebateImport.h"
#include "export/JsonExporter.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace rostrum;

namespace {
DebateRecord judgedDebate()
{
    DebateRecord r;
    r.id = QStringLiteral("orig-id");
    r.spec.motion = QStringLiteral("Cities should ban cars");
    r.spec.format = QStringLiteral("oxford");
    r.spec.debaters = {
        Debater {{}, QStringLiteral("pro"), QStringLiteral("an urbanist"), QStringLiteral("m-a"), {}, false},
        Debater {{}, QStringLiteral("con"), {}, QStringLiteral("m-b"), {}, false}};
    r.spec.setJudges({QStringLiteral("j-1"), QStringLiteral("j-2")});
    r.spec.judgeSwap = true;
    r.status = DebateRecord::Status::Finished;
    r.costUsd = 0.0321;
    r.rematchOf = QStringLiteral("other-db-id");
    r.created = QDateTime(QDate(2026, 3, 4), QTime(5, 6), Qt::UTC);
    for (int i = 0; i < 3; ++i) {
        Speech s;
        s.index = i;
        s.turn = i;
        s.debater = i % 2;
        s.side = i % 2 ? QStringLiteral("con") : QStringLiteral("pro");
        s.role = QStringLiteral("floor_rebuttal");
        s.speaker = i % 2 ? QStringLiteral("Con") : QStringLiteral("Pro");
        s.model = i % 2 ? QStringLiteral("m-b") : QStringLiteral("m-a");
        s.language = QStringLiteral("en");
        s.text = QStringLiteral("Speech %1.").arg(i);
        s.thinking = i == 1 ? QStringLiteral("hmm") : QString();
        s.status = Speech::Status::Finished;
        s.promptTokens = 100 + i;
        s.completionTokens = 50;
        s.costUsd = 0.001 * (i + 1);
        r.speeches << s;
    }
    Verdict a;
    a.valid = true;
    a.winner = QStringLiteral("pro");
    a.scores = {{QStringLiteral("evidence"), 7, 5}};
    a.reasons = QStringLiteral("Pro's data.");
    a.margin = 3;
    a.model = QStringLiteral("j-1");
    a.firstSide = QStringLiteral("con");
    a.consistent = true;
    a.costUsd = 0.004;
    Verdict b = a;
    b.model = QStringLiteral("j-2");
    b.firstSide = QStringLiteral("pro");
    JudgePanel p = JudgePanel::decide({a, b}, true);
    p.otherOrder = {a, b};
    r.panel = p;
    r.verdict = p.decision();
    r.voteBefore = AudienceVote {10, 20, 5};
    r.voteAfter = AudienceVote {20, 12, 3};
    return r;
}

// The export with what an import may change left out: ids and dates.
QJsonObject withoutIdsAndDates(QJsonObject o)
{
    for (const char *key : {"id", "created", "rematch_of"})
        o.remove(QLatin1String(key));
    QJsonArray speeches;
    for (const QJsonValue &v : o.value(QLatin1String("speeches")).toArray()) {
        QJsonObject s = v.toObject();
        s.remove(QLatin1String("started"));
        s.remove(QLatin1String("updated"));
        speeches.append(s);
    }
    o.insert(QStringLiteral("speeches"), speeches);
    return o;
}
} // namespace

class TestDebateImport final : public QObject
{
    Q_OBJECT

private slots:
    void exportImportExportIsTheSameDocument()
    {
        const DebateRecord original = judgedDebate();
        const QByteArray exported = JsonExporter::toJson(original);
        const QDateTime now(QDate(2026, 12, 7), QTime(12, 0), Qt::UTC);
        QString error;
        const std::optional<DebateRecord> imported = DebateImport::fromJson(exported, now, &error);
        QVERIFY2(imported, qPrintable(error));
        QVERIFY(imported->id != original.id);
        QVERIFY(!imported->id.isEmpty());
        QCOMPARE(imported->created, now);
        QVERIFY(imported->rematchOf.isEmpty());
        QCOMPARE(imported->speeches, original.speeches);
        QCOMPARE(imported->panel, original.panel);
        QCOMPARE(imported->costUsd, original.costUsd);
        const QJsonObject again = QJsonDocument::fromJson(JsonExporter::toJson(*imported)).object();
        QCOMPARE(withoutIdsAndDates(again), withoutIdsAndDates(QJsonDocument::fromJson(exported).object()));
    }

    // Mid-way when exported: nothing runs here, so it reads interrupted (and can be resumed).
    void aRunningDebateIsImportedInterrupted()
    {
        DebateRecord r = judgedDebate();
        r.status = DebateRecord::Status::Running;
        r.speeches.last().status = Speech::Status::Streaming;
        const auto imported = DebateImport::fromJson(JsonExporter::toJson(r), QDateTime::currentDateTimeUtc());
        QVERIFY(imported);
        QCOMPARE(imported->status, DebateRecord::Status::Interrupted);
        QCOMPARE(imported->speeches.last().status, Speech::Status::Interrupted);
    }

    void refusesWhatIsNotADebateExport_data()
    {
        QTest::addColumn<QByteArray>("document");
        QTest::addColumn<QString>("why");
        QJsonObject good = judgedDebate().toJson();
        auto without = [&good](const char *key) {
            QJsonObject o = good;
            o.remove(QLatin1String(key));
            return QJsonDocument(o).toJson();
        };
        auto with = [&good](const char *key, const QJsonValue &v) {
            QJsonObject o = good;
            o.insert(QLatin1String(key), v);
            return QJsonDocument(o).toJson();
        };
        QTest::newRow("not json") << QByteArray("{\"id\": ") << "not valid JSON";
        QTest::newRow("an array") << QByteArray("[1,2]") << "not a JSON object";
        QTest::newRow("a chat answer") << QByteArray(R"({"model":"m","text":"hi"})") << "no \"id\" field";
        QTest::newRow("no speeches") << without("speeches") << "no \"speeches\" field";
        QTest::newRow("speeches not a list") << with("speeches", 3) << "\"speeches\" is not a list";
        QTest::newRow("a speech without text")
            << with("speeches", QJsonArray {QJsonObject {{QStringLiteral("status"), QStringLiteral("finished")}}})
            << "speech 1 is not a speech";
        QTest::newRow("unknown status") << with("status", QStringLiteral("done")) << "status \"done\"";
        QTest::newRow("verdict a string") << with("verdict", QStringLiteral("pro")) << "\"verdict\"";
        QJsonObject spec = good.value(QLatin1String("spec")).toObject();
        spec.insert(QStringLiteral("format"), QStringLiteral("shouting-match"));
        QTest::newRow("spec that does not validate") << with("spec", spec) << "shouting-match";
    }
    void refusesWhatIsNotADebateExport()
    {
        QFETCH(QByteArray, document);
        QFETCH(QString, why);
        QString error;
        QVERIFY(!DebateImport::fromJson(document, QDateTime::currentDateTimeUtc(), &error));
        QVERIFY2(error.startsWith(QStringLiteral("This is not a Rostrum debate export: ")), qPrintable(error));
        QVERIFY2(error.contains(why), qPrintable(error));
        QVERIFY(!error.contains(QLatin1Char('\n')));
    }

    void unreadableFileSaysSo()
    {
        QString error;
        QVERIFY(
            !DebateImport::fromFile(QStringLiteral("/nonexistent/x.json"), QDateTime::currentDateTimeUtc(), &error));
        QVERIFY(error.contains(QStringLiteral("/nonexistent/x.json")));
    }
};

QTEST_GUILESS_MAIN(TestDebateImport)
#include "tst_debateimport.moc"
