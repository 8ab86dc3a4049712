#pragma once

class QApplication;

namespace rostrum::gui {

// What the rostrum binary does to its QApplication before it builds a window: the log redaction,
// the names QSettings and the desktop use and the interface language (the window icon follows the
// first frame: MainWindow sets it). The
// startup benchmark calls the same function, so it measures what the application does.
void setUpApplication(QApplication &app);

} // namespace rostrum::gui
