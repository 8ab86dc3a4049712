#pragma once

#include <QIcon>

namespace rostrum::gui {

// Rostrum's toolbar and menu icons, drawn as vector shapes at whatever size and pixel ratio they
// are shown, in the palette's text colour (so they follow light and dark themes). Nothing is read
// from disk and no icon theme is searched, which keeps them out of the window's startup time.
enum class Glyph {
    NewDebate,
    Open,
    Start,
    Pause,
    Stop,
    Regenerate,
    Export,
    Settings,
    Resume,
};

QIcon glyphIcon(Glyph glyph);

} // namespace rostrum::gui
