// The budget preview is the same in both fronts: the setup dialog, wired as the desktop app wires it (the token
// counter of AppServices), shows what `rostrum-cli debate` prints for the same spec, to the cent, and both count
// the prompts exactly when this build has the tokenizer data.

#include "DebateSetupDialog.h"

#include "clock/ManualClock.h"
#include "models/ModelCatalog.h"
#include "session/AppServices.h"
#include "tokens/TokenizerRegistry.h"

#include <QLabel>
#include <QProcess>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>

using namespace rostrum;
using namespace rostrum::gui;

class TestCostPreviewParity final : public QObject
{
    Q_OBJECT

    static qint64 cents(double usd) { return std::llround(usd * 100); }

    // The CLI's arguments for a spec. A budget far below any request stops the debate before the first one is
    // sent, so nothing needs a server. The preview is the "Cost preview:" line on stderr.
    static QStringList cliArguments(const DebateSpec &s, const QString &dataDir)
    {
        return {QStringLiteral("--base-url"),   QStringLiteral("http://127.0.0.1:9"),
                QStringLiteral("--data-dir"),   dataDir,
                QStringLiteral("debate"),       QStringLiteral("--json"),
                QStringLiteral("--motion"),     s.motion,
                QStringLiteral("--language"),   s.language,
                QStringLiteral("--format"),     s.format,
                QStringLiteral("--rounds"),     QString::number(s.rounds),
                QStringLiteral("--max-tokens"), QString::number(s.maxTokens),
                QStringLiteral("--pro"),        s.debaters.at(0).model,
                QStringLiteral("--con"),        s.debaters.at(1).model,
                QStringLiteral("--judge"),      s.judgeModel,
                QStringLiteral("--budget"),     QStringLiteral("0.0000001")};
    }

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void dialogShowsTheCliPreviewToTheCent()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        ModelCatalog catalog;
        QVERIFY(catalog.loadShipped());
        ManualClock clock;
        AppServices services(&clock, AppServices::Options {dir.path(), false, true}, &catalog);

        DebateSpec s;
        s.motion = QStringLiteral("Cities should ban cars from their centres");
        s.language = QStringLiteral("en");
        s.format = QStringLiteral("classic");
        s.rounds = 2;
        s.maxTokens = 400;
        // Models whose tokenizer the catalog says is exactly the one this build has.
        s.judgeModel = QStringLiteral("ministral-14b-2512");
        const QString small = QStringLiteral("ministral-8b-2512");
        QVERIFY(catalog.find(small) && catalog.find(small)->tokenizerExact);
        QVERIFY(catalog.find(s.judgeModel) && catalog.find(s.judgeModel)->tokenizerExact);
        s.debaters = {Debater {{}, QStringLiteral("pro"), {}, small, {}, false},
                      Debater {{}, QStringLiteral("con"), {}, small, {}, false}};

        DebateSetupDialog dialog(&catalog);
        dialog.setTokenCounter(services.tokens()); // as MainWindow::newDebate does
        dialog.setSpec(s);
        const DebateSpec shown = dialog.spec();
        QCOMPARE(shown.debaters.at(0).model, small);
        QCOMPARE(shown.judgeModel, s.judgeModel);
        const CostPreview gui = dialog.costPreview();
        QVERIFY(gui.known);
        QVERIFY(gui.highUsd > gui.lowUsd);

        QProcess p;
        auto env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("MISTRAL_API_KEY"), QStringLiteral("test-key"));
        p.setProcessEnvironment(env);
        QSignalSpy done(&p, &QProcess::finished);
        p.start(QStringLiteral(ROSTRUM_CLI_PATH), cliArguments(shown, dir.path()));
        QTRY_COMPARE_WITH_TIMEOUT(done.count(), 1, 60000);
        const QString err = QString::fromUtf8(p.readAllStandardError());
        QCOMPARE(p.exitCode(), 4); // stopped by the budget, as meant
        const QRegularExpression line(
            QStringLiteral("Cost preview: \\$([0-9.]+) – \\$([0-9.]+) for ([0-9]+) requests.*, prompts (counted "
                           "exactly|estimated)"));
        const QRegularExpressionMatch cli = line.match(err);
        QVERIFY2(cli.hasMatch(), qPrintable(err));
        QCOMPARE(cli.captured(3).toInt(), gui.requests);
        QCOMPARE(cents(cli.captured(1).toDouble()), cents(gui.lowUsd));
        QCOMPARE(cents(cli.captured(2).toDouble()), cents(gui.highUsd));
        // Not just rounded alike: the same figures, as far as the CLI prints them.
        QCOMPARE(cli.captured(1), QString::number(gui.lowUsd, 'f', 4));
        QCOMPARE(cli.captured(2), QString::number(gui.highUsd, 'f', 4));
        // The dialog's text shows those figures.
        const QString text = dialog.findChild<QLabel *>(QStringLiteral("costPreviewLabel"))->text();
        QVERIFY2(text.contains(QString::number(gui.highUsd, 'f', gui.highUsd < 0.1 ? 4 : 2)), qPrintable(text));

        const bool cliExact = cli.captured(4) == QLatin1String("counted exactly");
        QCOMPARE(cliExact, gui.exact);
        if (!TokenizerRegistry::hasData())
            QSKIP("no tokenizer data in this build: both fronts estimate (checked equal above)");
        QVERIFY(gui.exact);
        QVERIFY(cliExact);
    }
};

QTEST_MAIN(TestCostPreviewParity)
#include "tst_costpreviewparity.moc"
