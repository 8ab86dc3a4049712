#include "debate/DebateFormat.h"
#include "debate/Prompts.h"

#include <QTest>

using namespace rostrum;

class TestDebateFormat final : public QObject
{
    Q_OBJECT

    static QString sequence(const QList<Turn> &turns)
    {
        QStringList parts;
        for (const Turn &t : turns)
            parts << t.side + QLatin1Char(':') + t.role;
        return parts.join(QLatin1Char(' '));
    }

private slots:
    void shipsTheFourFormats()
    {
        QCOMPARE(DebateFormat::availableFormats(),
                 (QStringList {QStringLiteral("classic"), QStringLiteral("code-review"),
                               QStringLiteral("lincoln-douglas"), QStringLiteral("oxford")}));
    }

    void sequences_data()
    {
        QTest::addColumn<QString>("format");
        QTest::addColumn<int>("rounds");
        QTest::addColumn<QString>("expected");
        QTest::newRow("classic, no rounds")
            << QStringLiteral("classic") << 0 << QStringLiteral("pro:opening con:opening con:closing pro:closing");
        QTest::newRow("classic, 2 rounds") << QStringLiteral("classic") << 2
                                           << QStringLiteral("pro:opening con:opening pro:rebuttal con:rebuttal "
                                                             "pro:rebuttal con:rebuttal con:closing pro:closing");
        QTest::newRow("oxford, 1 round") << QStringLiteral("oxford") << 1
                                         << QStringLiteral(
                                                "pro:proposition_opening con:opposition_opening pro:floor_rebuttal "
                                                "con:floor_rebuttal con:summation pro:summation");
        QTest::newRow("lincoln-douglas ignores rounds")
            << QStringLiteral("lincoln-douglas") << 3
            << QStringLiteral("pro:ac con:cx con:nc pro:cx pro:1ar con:nr pro:2ar");
        QTest::newRow("code review, 1 round")
            << QStringLiteral("code-review") << 1
            << QStringLiteral(
                   "pro:proposal con:critique pro:review_reply con:review_reply con:review_closing pro:review_closing");
    }

    void sequences()
    {
        QFETCH(QString, format);
        QFETCH(int, rounds);
        QFETCH(QString, expected);
        const auto fmt = DebateFormat::load(format);
        QVERIFY(fmt);
        const QList<Turn> turns = fmt->turns(rounds);
        QCOMPARE(sequence(turns), expected);
        for (int i = 0; i < turns.size(); ++i)
            QCOMPARE(turns.at(i).index, i);
    }

    void roundNumbersMarkTheRepeatedBlock()
    {
        const auto turns = DebateFormat::load(QStringLiteral("classic"))->turns(2);
        QCOMPARE(turns.at(0).round, 0);
        QCOMPARE(turns.at(2).round, 1);
        QCOMPARE(turns.at(4).round, 2);
        QCOMPARE(turns.at(6).round, 0);
    }

    void flags()
    {
        QVERIFY(DebateFormat::load(QStringLiteral("oxford"))->audienceVote());
        QVERIFY(!DebateFormat::load(QStringLiteral("classic"))->audienceVote());
        QVERIFY(DebateFormat::load(QStringLiteral("code-review"))->requiresCode());
        QVERIFY(!DebateFormat::load(QStringLiteral("lincoln-douglas"))->usesRounds());
    }

    void malformedFormatsAreRefusedWithAReason()
    {
        QString error;
        QVERIFY(!DebateFormat::fromJson("[]", &error));
        QVERIFY(!error.isEmpty());
        QVERIFY(!DebateFormat::fromJson(R"({"id":"x","sequence":[{"role":"a","side":"maybe"}]})", &error));
        QVERIFY(error.contains(QStringLiteral("pro or con")));
        QVERIFY(!DebateFormat::fromJson(R"({"id":"x","sequence":[{"repeat":"rounds","speeches":[]}]})", &error));
        QVERIFY(!DebateFormat::load(QStringLiteral("../prompts/en"), &error));
    }

    // Every role of every format must have a name and an instruction in every language.
    void everyRoleHasPromptsInEveryLanguage()
    {
        const QStringList languages = Prompts::availableLanguages();
        QVERIFY(languages.size() >= 6);
        for (const QString &f : DebateFormat::availableFormats()) {
            const auto fmt = DebateFormat::load(f);
            for (const QString &lang : languages) {
                const auto p = Prompts::load(lang);
                QVERIFY(p);
                for (const QString &role : fmt->roles())
                    QVERIFY2(p->hasRole(role), qPrintable(lang + QLatin1Char('/') + f + QLatin1Char('/') + role));
                QVERIFY2(p->formatName(f) != f || lang == QLatin1String("xx"), qPrintable(lang + QLatin1Char('/') + f));
            }
        }
    }
};

QTEST_GUILESS_MAIN(TestDebateFormat)
#include "tst_debateformat.moc"
