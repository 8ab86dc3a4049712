#pragma once

namespace rostrum::gui {

// Loads the system's fonts on a thread of its own while the application starts.
//
// The first text a window draws makes Qt read fontconfig's configuration (tens of XML files) and
// caches, then list every installed font into its font database: 5-10 ms before the first frame
// can be drawn, none of it needing the GUI thread. Construct one of these at the top of main(),
// before QApplication: the thread reads the configuration while the platform plugin loads, then
// fills Qt's font database (whose functions are thread-safe) once applicationStarted() says
// QApplication exists, while MainWindow loads its data. MainWindow waits for it (wait()) before it
// builds its widgets. Where Qt does not use fontconfig, or ROSTRUM_NO_FONT_WARMUP is set (to
// measure without it), nothing is started.
class FontWarmup
{
public:
    FontWarmup();
    ~FontWarmup(); // waits; call it while the QApplication still exists
    FontWarmup(const FontWarmup &) = delete;
    FontWarmup &operator=(const FontWarmup &) = delete;

    // QApplication exists: the thread may use Qt's font database.
    static void applicationStarted();
    // Returns once the thread is done; at once when none was started. GUI thread only.
    static void wait();
};

} // namespace rostrum::gui
