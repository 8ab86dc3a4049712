// GuiTestBase's triggerAction must fail the test that asks for a disabled or missing action, not
// trigger nothing and let the test go on. Each scenario runs a small test object in a child
// process (a failure there must not fail this test run), whose exit code and output are checked.
#include "GuiTestBase.h"

#include <QApplication>
#include <QProcess>

using namespace rostrum::test;

namespace {

// The test object the child runs: triggers one action on a window, then prints a marker that
// shows whether the test function went on after TRIGGER_ACTION.
class TriggerScenario final : public QObject
{
    Q_OBJECT
public:
    explicit TriggerScenario(QByteArray scenario)
        : m_scenario(std::move(scenario))
    { }

private slots:
    void trigger()
    {
        QWidget window;
        auto *action = new QAction(QStringLiteral("Act"), &window);
        action->setObjectName(QStringLiteral("actionAct"));
        action->setEnabled(m_scenario != "disabled");
        int triggered = 0;
        connect(action, &QAction::triggered, &window, [&triggered] { ++triggered; });
        TRIGGER_ACTION(&window, m_scenario == "missing" ? "actionOther" : "actionAct");
        QCOMPARE(triggered, 1);
        qInfo("went on after the action");
    }

private:
    QByteArray m_scenario;
};

} // namespace

class TestGuiTestBase final : public QObject
{
    Q_OBJECT

    struct Run
    {
        int exitCode = -1;
        QString output;
    };

    static Run runScenario(const QString &name)
    {
        QProcess child;
        child.setProcessChannelMode(QProcess::MergedChannels);
        child.start(QCoreApplication::applicationFilePath(), {QStringLiteral("--scenario"), name});
        if (!child.waitForFinished(60000))
            return {};
        return {child.exitCode(), QString::fromUtf8(child.readAll())};
    }

private slots:
    void anEnabledActionIsTriggered()
    {
        const Run run = runScenario(QStringLiteral("enabled"));
        QVERIFY2(run.exitCode == 0, qPrintable(run.output));
        QVERIFY(run.output.contains(QStringLiteral("went on after the action")));
    }

    void aDisabledActionFailsTheTest()
    {
        const Run run = runScenario(QStringLiteral("disabled"));
        QVERIFY2(run.exitCode == 1, qPrintable(run.output));
        QVERIFY2(run.output.contains(QStringLiteral("action actionAct is disabled")), qPrintable(run.output));
        QVERIFY(!run.output.contains(QStringLiteral("went on after the action")));
    }

    void aMissingActionFailsTheTest()
    {
        const Run run = runScenario(QStringLiteral("missing"));
        QVERIFY2(run.exitCode == 1, qPrintable(run.output));
        QVERIFY2(run.output.contains(QStringLiteral("action actionOther does not exist")), qPrintable(run.output));
        QVERIFY(!run.output.contains(QStringLiteral("went on after the action")));
    }
};

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    if (argc == 3 && qstrcmp(argv[1], "--scenario") == 0) {
        TriggerScenario scenario(argv[2]);
        char *childArgv[] = {argv[0]};
        return QTest::qExec(&scenario, 1, childArgv);
    }
    TestGuiTestBase test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_guitestbase.moc"
