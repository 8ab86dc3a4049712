#include "store/SymbolOrigin.h"

#include <QFileInfo>
#include <QTest>

using rostrum::SymbolOrigin;

// The dynamic-linker seam under DashboardQuery's fast path: on POSIX systems it must name the library a function
// lives in and tell whether a library resolves a symbol to that same code; elsewhere it answers "unknown".
class TestSymbolOrigin final : public QObject
{
    Q_OBJECT

private slots:
    void namesTheLibraryOfAFunction()
    {
#if defined(Q_OS_UNIX)
        const QString file = SymbolOrigin::fileOf(reinterpret_cast<const void *>(&qVersion));
        QVERIFY2(QFileInfo(file).fileName().startsWith(QLatin1String("libQt6Core")), qPrintable(file));
#else
        QVERIFY(SymbolOrigin::fileOf(reinterpret_cast<const void *>(&qVersion)).isEmpty());
#endif
    }

    void resolvesASymbolThroughALoadedLibrary()
    {
        const QString qtCore = SymbolOrigin::fileOf(reinterpret_cast<const void *>(&qVersion));
#if defined(Q_OS_UNIX)
        QVERIFY(SymbolOrigin::resolvesToSameBinary(qtCore, "qVersion", reinterpret_cast<const void *>(&qVersion)));
        // QtCore's qVersion is not code of this executable, and QtCore has no such symbol at all.
        QVERIFY(!SymbolOrigin::resolvesToSameBinary(
            qtCore, "qVersion", reinterpret_cast<const void *>(&TestSymbolOrigin::staticMetaObject)));
        QVERIFY(!SymbolOrigin::resolvesToSameBinary(qtCore, "no_such_symbol_in_qt",
                                                    reinterpret_cast<const void *>(&qVersion)));
#endif
        // A library that is not loaded is never loaded by the question.
        QVERIFY(!SymbolOrigin::resolvesToSameBinary(QStringLiteral("/nonexistent/libnothing.so"), "qVersion",
                                                    reinterpret_cast<const void *>(&qVersion)));
    }
};

QTEST_GUILESS_MAIN(TestSymbolOrigin)
#include "tst_symbolorigin.moc"
