#include "debate/Verdict.h"

#include <QJsonArray>
#include <QTest>

using namespace rostrum;

class TestVerdict final : public QObject
{
    Q_OBJECT
private slots:
    void validVerdictParses()
    {
        QStringList problems;
        const Verdict v =
            Verdict::parse(QStringLiteral(R"({"winner":"con","scores":[{"criterion":"evidence","pro":6,"con":8.5}],)"
                                          R"("reasons":"Con answered every point.","margin":3})"),
                           &problems);
        QVERIFY2(v.valid, qPrintable(problems.join(QLatin1Char(';'))));
        QCOMPARE(v.winner, QStringLiteral("con"));
        QCOMPARE(v.scores.size(), 1);
        QCOMPARE(v.scores.first().con, 8.5);
        QCOMPARE(v.margin, 3.0);
        QCOMPARE(Verdict::fromJson(v.toJson()).winner, v.winner);
    }

    void fencedJsonIsAccepted()
    {
        const Verdict v = Verdict::parse(
            QStringLiteral("```json\n{\"winner\":\"tie\",\"scores\":[{\"criterion\":\"c\",\"pro\":5,\"con\":5}],"
                           "\"reasons\":\"even\",\"margin\":0}\n```"),
            nullptr);
        QVERIFY(v.valid);
    }

    void invalidVerdicts_data()
    {
        QTest::addColumn<QString>("answer");
        QTest::addColumn<QString>("problem");
        QTest::newRow("not json") << QStringLiteral("Con wins, clearly.") << QStringLiteral("not a JSON object");
        QTest::newRow("bad winner") << QStringLiteral(
            R"({"winner":"Con","scores":[{"criterion":"c","pro":1,"con":2}],"reasons":"r","margin":1})")
                                    << QStringLiteral("\"winner\" must be");
        QTest::newRow("score out of range") << QStringLiteral(
            R"({"winner":"pro","scores":[{"criterion":"c","pro":11,"con":2}],"reasons":"r","margin":1})")
                                            << QStringLiteral("scores[0].pro must be a number from 0 to 10");
        QTest::newRow("no scores") << QStringLiteral(R"({"winner":"pro","scores":[],"reasons":"r","margin":1})")
                                   << QStringLiteral("non-empty array");
        QTest::newRow("missing margin") << QStringLiteral(
            R"({"winner":"pro","scores":[{"criterion":"c","pro":1,"con":2}],"reasons":"r"})")
                                        << QStringLiteral("\"margin\"");
        QTest::newRow("empty reasons") << QStringLiteral(
            R"({"winner":"pro","scores":[{"criterion":"c","pro":1,"con":2}],"reasons":" ","margin":1})")
                                       << QStringLiteral("\"reasons\"");
    }

    void invalidVerdicts()
    {
        QFETCH(QString, answer);
        QFETCH(QString, problem);
        QStringList problems;
        const Verdict v = Verdict::parse(answer, &problems);
        QVERIFY(!v.valid);
        QVERIFY2(v.error.contains(problem), qPrintable(v.error));
        QCOMPARE(v.raw, answer);
        QVERIFY(!problems.isEmpty());
    }

    void schemaRequiresEveryField()
    {
        const QJsonObject s = Verdict::schema();
        QCOMPARE(s.value(QLatin1String("required")).toArray().size(), 4);
        QCOMPARE(s.value(QLatin1String("additionalProperties")).toBool(true), false);
    }
};

QTEST_GUILESS_MAIN(TestVerdict)
#include "tst_verdict.moc"
