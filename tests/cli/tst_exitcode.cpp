#include "ExitCode.h"

#include "api/ApiError.h"

#include <QTest>

using namespace rostrum;
using namespace rostrum::cli;

// Every way a request can end maps to the exit code docs/CLI.md promises, for every command alike.
class TestExitCode final : public QObject
{
    Q_OBJECT

private slots:
    void mapsEveryErrorClass_data()
    {
        QTest::addColumn<ErrorClass>("errorClass");
        QTest::addColumn<int>("code");
        QTest::newRow("none") << ErrorClass::None << 0;
        QTest::newRow("auth") << ErrorClass::Auth << 3;
        QTest::newRow("no quota") << ErrorClass::NoQuota << 7;
        QTest::newRow("cancelled") << ErrorClass::Cancelled << 6;
        QTest::newRow("invalid request") << ErrorClass::InvalidRequest << 2;
        QTest::newRow("context overflow") << ErrorClass::ContextOverflow << 2;
        QTest::newRow("rate limited") << ErrorClass::RateLimited << 5;
        QTest::newRow("capacity") << ErrorClass::Capacity << 5;
        QTest::newRow("server") << ErrorClass::Server << 5;
        QTest::newRow("network") << ErrorClass::Network << 5;
        QTest::newRow("timeout") << ErrorClass::Timeout << 5;
        QTest::newRow("stream cut") << ErrorClass::StreamCut << 5;
        QTest::newRow("stream error") << ErrorClass::StreamError << 5;
        QTest::newRow("bad response") << ErrorClass::BadResponse << 5;
    }

    void mapsEveryErrorClass()
    {
        QFETCH(ErrorClass, errorClass);
        QFETCH(int, code);
        QCOMPARE(int(exitCodeFor(errorClass)), code);
        QCOMPARE(int(exitCodeFor(ApiError::make(errorClass))), code);
    }
};

QTEST_GUILESS_MAIN(TestExitCode)
#include "tst_exitcode.moc"
