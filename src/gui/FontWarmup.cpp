#include "FontWarmup.h"

#include <QCoreApplication>
#include <QFontDatabase>
#include <QStringList>

#if defined(Q_OS_UNIX) && !defined(Q_OS_DARWIN)
#include <dlfcn.h>
#endif

#include <clocale>
#include <condition_variable>
#include <mutex>
#include <thread>

namespace rostrum::gui {

namespace {

struct Warmup
{
    // exit() before anything waited (a main() that leaves early): the thread ends, then the process.
    ~Warmup()
    {
        if (!thread.joinable())
            return;
        {
            std::lock_guard lock(mutex);
            cancelled = true;
        }
        changed.notify_all();
        thread.join();
    }

    std::thread thread;
    std::mutex mutex;
    std::condition_variable changed;
    bool applicationExists = false;
    bool cancelled = false;
};

Warmup &state()
{
    static Warmup warmup;
    return warmup;
}

void run(int (*fcInit)())
{
    // fontconfig's configuration and caches: the part that needs no Qt. FcInit is thread-safe.
    fcInit();
    Warmup &w = state();
    {
        std::unique_lock lock(w.mutex);
        w.changed.wait(lock, [&w] { return w.applicationExists || w.cancelled; });
        if (w.cancelled)
            return;
    }
    // Qt's font database, filled under its own lock: a GUI thread that needs it meanwhile waits
    // for this instead of doing it again. (Measuring a text here as well gained nothing: Qt keeps
    // the fonts it loads per thread.)
    QFontDatabase::families();
}

} // namespace

FontWarmup::FontWarmup()
{
#if defined(Q_OS_UNIX) && !defined(Q_OS_DARWIN)
    // Qt's GUI library already loaded fontconfig when Qt uses it: look the function up there rather
    // than link it, so nothing is loaded that Qt would not load, and nothing runs where Qt does not.
    using FcInitFn = int (*)();
    auto fcInit = reinterpret_cast<FcInitFn>(dlsym(RTLD_DEFAULT, "FcInit"));
    Warmup &w = state();
    if (!fcInit || w.thread.joinable() || qEnvironmentVariableIsSet("ROSTRUM_NO_FONT_WARMUP"))
        return;
    w.applicationExists = false;
    w.cancelled = false;
    // QCoreApplication sets the C locale from the environment while the thread parses numbers in
    // fontconfig's files: set it first, so that its call changes nothing under the thread's feet.
    std::setlocale(LC_ALL, "");
    w.thread = std::thread(run, fcInit);
#endif
}

FontWarmup::~FontWarmup()
{
    {
        std::lock_guard lock(state().mutex);
        state().cancelled = true;
    }
    state().changed.notify_all();
    wait();
}

void FontWarmup::applicationStarted()
{
    Warmup &w = state();
    if (!w.thread.joinable())
        return;
    // The thread uses Qt's font database from now on: an application that is destroyed before
    // anything waited for it (an early return from main) waits for it first.
    qAddPostRoutine(&FontWarmup::wait);
    {
        std::lock_guard lock(w.mutex);
        w.applicationExists = true;
    }
    w.changed.notify_all();
}

void FontWarmup::wait()
{
    Warmup &w = state();
    if (!w.thread.joinable())
        return;
    {
        // Nobody said QApplication exists: the thread has nothing more to do.
        std::lock_guard lock(w.mutex);
        if (!w.applicationExists)
            w.cancelled = true;
    }
    w.changed.notify_all();
    w.thread.join();
}

} // namespace rostrum::gui
