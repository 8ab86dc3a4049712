#pragma once

#include <QIcon>

class QStyle;

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
    MoreHorizontal, // a toolbar's or menu bar's overflow
    MoreVertical,
    ClearText, // a line edit's clear button
};

QIcon glyphIcon(Glyph glyph);

// The application's style: the platform's own (QProxyStyle), with the glyphs above for the few
// standard icons every main window builds at startup (the toolbar's and menu bar's overflow
// buttons, the search fields' clear buttons), which the common style would otherwise find by
// searching the icon theme and decoding PNGs through every image plugin.
// base: the style to wrap (taken over), or null for the platform's default.
QStyle *createApplicationStyle(QStyle *base = nullptr);

// Rostrum's own icon (the window's and the taskbar's), drawn the same way in its fixed colours at
// every size a window manager asks for: no image file and no SVG plugin is needed.
QIcon applicationIcon();

} // namespace rostrum::gui
