#pragma once

class QApplication;

namespace rostrum::gui {

// What the rostrum binary does to its QApplication before it builds a window: the log redaction,
// the names QSettings and the desktop use, the window icon, the style (the platform's, with
// Rostrum's glyphs for a few standard icons) and the interface language. The
// startup benchmark calls the same function, so it measures what the application does.
void setUpApplication(QApplication &app);

} // namespace rostrum::gui
