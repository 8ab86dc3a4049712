// The budget preview is the same in both fronts: the setup dialog, wired as the desktop app wires it (the token
// counter of AppServices), shows what `rostrum-cli debate` prints for the same spec, to the cent, and both count
// the prompts exactly when this build has the tokenizer data.

#include "DebateSetupDialog.h"

#include "clock/ManualClock.h"
#include "models/ModelCatalog.h"
#include "session/AppServices.h"
#include "tokens/TokenizerRegistry.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QProcess>
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
    // sent, so nothing needs a server; --json prints the record with its cost_preview.
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
        const QByteArray err = p.readAllStandardError();
        QCOMPARE(p.exitCode(), 4); // stopped by the budget, as meant
        const QJsonObject cli =
            QJsonDocument::fromJson(p.readAllStandardOutput()).object().value(QLatin1String("cost_preview")).toObject();
        QVERIFY2(!cli.isEmpty(), err.constData());
        QCOMPARE(cli.value(QLatin1String("requests")).toInt(), gui.requests);
        QCOMPARE(cents(cli.value(QLatin1String("low_usd")).toDouble()), cents(gui.lowUsd));
        QCOMPARE(cents(cli.value(QLatin1String("high_usd")).toDouble()), cents(gui.highUsd));
        // Not just rounded alike: the same figures.
        QVERIFY(std::abs(cli.value(QLatin1String("high_usd")).toDouble() - gui.highUsd) < 1e-9);
        QVERIFY(std::abs(cli.value(QLatin1String("low_usd")).toDouble() - gui.lowUsd) < 1e-9);
        // The dialog's text shows those figures.
        const QString text = dialog.findChild<QLabel *>(QStringLiteral("costPreviewLabel"))->text();
        QVERIFY2(text.contains(QString::number(gui.highUsd, 'f', gui.highUsd < 0.1 ? 4 : 2)), qPrintable(text));

        QCOMPARE(cli.value(QLatin1String("exact")).toBool(), gui.exact);
        if (!TokenizerRegistry::hasData())
            QSKIP("no tokenizer data in this build: both fronts estimate (checked equal above)");
        QVERIFY(gui.exact);
        QVERIFY(cli.value(QLatin1String("exact")).toBool());
    }
};

QTEST_MAIN(TestCostPreviewParity)
#include "tst_costpreviewparity.moc"
