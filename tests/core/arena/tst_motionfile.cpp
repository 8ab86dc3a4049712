#include "arena/MotionFile.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace rostrum;

class TestMotionFile final : public QObject
{
    Q_OBJECT

private slots:
    void parsesMotionsLanguagesCommentsAndBlankLines()
    {
        const MotionFile::Result r = MotionFile::parse(QStringLiteral("# motions for Monday\n"
                                                                      "\n"
                                                                      "Cities should ban cars\r\n"
                                                                      "  fr: Le télétravail devrait être un droit  \n"
                                                                      "   # an indented comment\n"
                                                                      "Resolved: remote work is a right\n"
                                                                      "de:Tempolimit jetzt\n"));
        QVERIFY2(r.ok(), qPrintable(r.error));
        QCOMPARE(r.motions.size(), 4);
        QCOMPARE(r.motions.at(0), (TournamentMotion {QStringLiteral("Cities should ban cars"), {}}));
        QCOMPARE(r.motions.at(1),
                 (TournamentMotion {QStringLiteral("Le télétravail devrait être un droit"), QStringLiteral("fr")}));
        // Not a language prefix: the whole line is the motion, in the tournament's language.
        QCOMPARE(r.motions.at(2), (TournamentMotion {QStringLiteral("Resolved: remote work is a right"), {}}));
        QCOMPARE(r.motions.at(3), (TournamentMotion {QStringLiteral("Tempolimit jetzt"), QStringLiteral("de")}));
    }

    void badLinesAreErrorsWithTheirLineNumber_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("line");
        QTest::addColumn<QString>("message");
        QTest::newRow("unknown language")
            << QStringLiteral("A motion\n\nxx: Ein Antrag\n") << 3 << QStringLiteral("unknown language \"xx\"");
        QTest::newRow("empty after prefix")
            << QStringLiteral("# c\nfr:   \n") << 2 << QStringLiteral("the motion is empty");
        QTest::newRow("duplicate") << QStringLiteral("Same motion\nOther\n  Same motion\n") << 3
                                   << QStringLiteral("already listed");
        QTest::newRow("too long") << QStringLiteral("ok\n")
                + QString(MotionFile::kMaxMotionLength + 1, QLatin1Char('x'))
                                  << 2 << QStringLiteral("longer than");
    }

    void badLinesAreErrorsWithTheirLineNumber()
    {
        QFETCH(QString, text);
        QFETCH(int, line);
        QFETCH(QString, message);
        const MotionFile::Result r = MotionFile::parse(text);
        QVERIFY(!r.ok());
        QCOMPARE(r.errorLine, line);
        QVERIFY2(r.error.startsWith(QStringLiteral("line %1: ").arg(line)), qPrintable(r.error));
        QVERIFY2(r.error.contains(message), qPrintable(r.error));
        QVERIFY(r.motions.isEmpty());
    }

    void theSameTextInTwoLanguagesIsTwoMotions()
    {
        const MotionFile::Result r = MotionFile::parse(QStringLiteral("Ciao\nit: Ciao\n"));
        QVERIFY2(r.ok(), qPrintable(r.error));
        QCOMPARE(r.motions.size(), 2);
    }

    void aFileWithoutMotionsIsAnError()
    {
        const MotionFile::Result r = MotionFile::parse(QStringLiteral("# only a comment\n\n"));
        QVERIFY(!r.ok());
        QCOMPARE(r.errorLine, 0);
        QVERIFY(r.error.contains(QStringLiteral("no motion")));
    }

    void readsAFileAndReportsAnUnreadableOne()
    {
        QTemporaryDir dir;
        QFile f(dir.filePath(QStringLiteral("m.txt")));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("es: Las ciudades deberían prohibir los coches\n");
        f.close();
        const MotionFile::Result r = MotionFile::read(f.fileName());
        QVERIFY2(r.ok(), qPrintable(r.error));
        QCOMPARE(r.motions.first().language, QStringLiteral("es"));
        const MotionFile::Result missing = MotionFile::read(dir.filePath(QStringLiteral("none.txt")));
        QVERIFY(!missing.ok());
        QVERIFY(missing.error.contains(QStringLiteral("cannot read")));
    }
};

QTEST_GUILESS_MAIN(TestMotionFile)
#include "tst_motionfile.moc"
