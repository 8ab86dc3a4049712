#include "debate/DebateSpec.h"

#include <QJsonArray>
#include <QTest>

using namespace rostrum;

class TestDebateSpec final : public QObject
{
    Q_OBJECT

    static DebateSpec good()
    {
        DebateSpec s;
        s.motion = QStringLiteral("Cities should ban cars from their centres");
        s.debaters = {Debater {{}, QStringLiteral("pro"), {}, QStringLiteral("mistral-small-latest"), {}, false},
                      Debater {{}, QStringLiteral("con"), {}, QStringLiteral("mistral-small-latest"), {}, false}};
        return s;
    }

private slots:
    void goodSpecIsValid() { QVERIFY2(good().isValid(), qPrintable(good().validate().join(QLatin1Char('\n')))); }

    void problems_data()
    {
        QTest::addColumn<int>("mutation");
        QTest::addColumn<QString>("expected");
        QTest::newRow("empty motion") << 0 << QStringLiteral("motion is empty");
        QTest::newRow("unknown language") << 1 << QStringLiteral("\"xx\" is not supported");
        QTest::newRow("unknown format") << 2 << QStringLiteral("format \"parliamentary\" is unknown");
        QTest::newRow("one debater") << 3 << QStringLiteral("2 to 4 debaters, not 1");
        QTest::newRow("five debaters") << 4 << QStringLiteral("2 to 4 debaters, not 5");
        QTest::newRow("one side only") << 5 << QStringLiteral("Both sides need a debater");
        QTest::newRow("bad side") << 6 << QStringLiteral("side is \"pro\" or \"con\"");
        QTest::newRow("tiny speech") << 7 << QStringLiteral("between 50 and 32000, not 10");
        QTest::newRow("zero budget") << 8 << QStringLiteral("budget cap must be a positive amount");
        QTest::newRow("code review without code") << 9 << QStringLiteral("paste some code");
        QTest::newRow("too many rounds") << 10 << QStringLiteral("0 to 5 rebuttal rounds, not 9");
        QTest::newRow("all human") << 11 << QStringLiteral("must be an AI model");
        QTest::newRow("debater language") << 12 << QStringLiteral("speaks \"klingon\"");
    }

    void problems()
    {
        QFETCH(int, mutation);
        QFETCH(QString, expected);
        DebateSpec s = good();
        switch (mutation) {
        case 0:
            s.motion = QStringLiteral("   ");
            break;
        case 1:
            s.language = QStringLiteral("xx");
            break;
        case 2:
            s.format = QStringLiteral("parliamentary");
            break;
        case 3:
            s.debaters.removeLast();
            break;
        case 4:
            for (int i = 0; i < 3; ++i)
                s.debaters << s.debaters.first();
            break;
        case 5:
            s.debaters[1].side = QStringLiteral("pro");
            break;
        case 6:
            s.debaters[1].side = QStringLiteral("against");
            break;
        case 7:
            s.maxTokens = 10;
            break;
        case 8:
            s.budgetUsd = 0.0;
            break;
        case 9:
            s.format = QStringLiteral("code-review");
            break;
        case 10:
            s.rounds = 9;
            break;
        case 11:
            s.debaters[0].human = s.debaters[1].human = true;
            break;
        case 12:
            s.debaters[0].language = QStringLiteral("klingon");
            break;
        }
        const QStringList problems = s.validate();
        QVERIFY(!s.isValid());
        QVERIFY2(problems.join(QLatin1Char('\n')).contains(expected), qPrintable(problems.join(QLatin1Char('\n'))));
    }

    void jsonRoundTripKeepsEverything()
    {
        DebateSpec s = good();
        s.language = QStringLiteral("fr");
        s.format = QStringLiteral("code-review");
        s.rounds = 2;
        s.debaters[0].persona = QStringLiteral("a sceptical {side} engineer");
        s.debaters[1].language = QStringLiteral("de");
        s.debaters << Debater {QStringLiteral("Ada"), QStringLiteral("con"), {}, {}, {}, true};
        s.judgeModel = QStringLiteral("mistral-large-latest");
        s.budgetUsd = 0.25;
        s.maxTokens = 900;
        s.code = CodeInput {QStringLiteral("int main() { std::cout << a >> b; }\n"), QStringLiteral("m.cpp"),
                            QStringLiteral("cpp")};
        const DebateSpec back = DebateSpec::fromJson(s.toJson());
        QCOMPARE(back, s);
        QVERIFY(!DebateSpec::fromJson(good().toJson()).budgetUsd.has_value());
    }

    // A panel: at most five judges, each named; "judge_model" stays the first judge for old readers, and a single
    // judge writes the document exactly as before (no "judges", no "judge_swap").
    void judgePanelValidatesAndRoundTrips()
    {
        DebateSpec s = good();
        s.setJudges({QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c")});
        s.judgeSwap = true;
        QVERIFY(s.isValid());
        QCOMPARE(s.judgeModel, QStringLiteral("a"));
        QVERIFY(s.hasPanel());
        const QJsonObject o = s.toJson();
        QCOMPARE(o.value(QLatin1String("judge_model")).toString(), QStringLiteral("a"));
        QCOMPARE(o.value(QLatin1String("judges")).toArray().size(), 3);
        const DebateSpec back = DebateSpec::fromJson(o);
        QCOMPARE(back, s);
        QCOMPARE(back.judgeModels(), (QStringList {QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c")}));

        s.setJudges(QStringList(6, QStringLiteral("x")));
        QVERIFY(s.validate().join(QLatin1Char(' ')).contains(QStringLiteral("1 to 5 judges, not 6")));
        s.setJudges({QStringLiteral("a"), QString()});
        QVERIFY(s.validate().join(QLatin1Char(' ')).contains(QStringLiteral("Every judge needs a model")));
        s.setJudges({});
        QVERIFY(s.validate().join(QLatin1Char(' ')).contains(QStringLiteral("choose a judge")));

        DebateSpec one = good();
        one.setJudges({QStringLiteral("solo")});
        one.judgeSwap = false;
        QVERIFY(!one.hasPanel());
        const QJsonObject single = one.toJson();
        QVERIFY(!single.contains(QLatin1String("judges")));
        QVERIFY(!single.contains(QLatin1String("judge_swap")));
        QCOMPARE(single.value(QLatin1String("judge_model")).toString(), QStringLiteral("solo"));
        QCOMPARE(DebateSpec::fromJson(single), one);
    }

    void sideDebatersTakeTurns()
    {
        DebateSpec s = good();
        s.debaters << Debater {QStringLiteral("Pro two"), QStringLiteral("pro"), {}, {}, {}, false};
        QCOMPARE(s.debaterFor(QStringLiteral("pro"), 0), 0);
        QCOMPARE(s.debaterFor(QStringLiteral("pro"), 1), 2);
        QCOMPARE(s.debaterFor(QStringLiteral("pro"), 2), 0);
        QCOMPARE(s.debaterFor(QStringLiteral("con"), 5), 1);
    }

    void codeLinesAndLanguage()
    {
        QCOMPARE((CodeInput {QStringLiteral("a\nb\n"), {}, {}}.lineCount()), 2);
        QCOMPARE((CodeInput {QStringLiteral("a\nb"), {}, {}}.lineCount()), 2);
        QCOMPARE(CodeInput::languageForFileName(QStringLiteral("src/x.hpp")), QStringLiteral("cpp"));
        QCOMPARE(CodeInput::languageForFileName(QStringLiteral("x.py")), QStringLiteral("python"));
    }
};

QTEST_GUILESS_MAIN(TestDebateSpec)
#include "tst_debatespec.moc"
