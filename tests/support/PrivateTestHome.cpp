// Linked into every test executable (cmake/RostrumTest.cmake): before main(), empties the private home ctest
// gives the test (ROSTRUM_TEST_HOME, where HOME and the XDG folders point) so no test sees a previous run's
// settings, database or cache. Run outside ctest (no ROSTRUM_TEST_HOME), it does nothing.
#include <QByteArray>
#include <QDir>
#include <QFile>
#include <QString>

#include <cstdio>
#include <cstdlib>

namespace {

const char *const kMarker = ".rostrum-test-home";

bool preparePrivateHome()
{
    const QByteArray path = qgetenv("ROSTRUM_TEST_HOME");
    if (path.isEmpty())
        return false;
    QDir home(QString::fromLocal8Bit(path));
    // Only a folder this code created (it carries the marker) is ever deleted, whatever the variable says.
    if (home.exists() && !home.isEmpty() && !home.exists(QLatin1String(kMarker))) {
        std::fprintf(stderr, "PrivateTestHome: %s is not a test home (no %s); refusing to empty it\n", path.constData(),
                     kMarker);
        std::exit(2);
    }
    home.removeRecursively();
    for (const char *sub : {"config", "data", "cache", "state"}) {
        if (!home.mkpath(QLatin1String(sub))) {
            std::fprintf(stderr, "PrivateTestHome: cannot create %s/%s\n", path.constData(), sub);
            std::exit(2);
        }
    }
    QFile marker(home.filePath(QLatin1String(kMarker)));
    return marker.open(QIODevice::WriteOnly);
}

[[maybe_unused]] const bool g_prepared = preparePrivateHome();

} // namespace
