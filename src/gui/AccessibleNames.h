#pragma once

class QWidget;

namespace rostrum::gui {

// Names the helpers Qt adds to our widgets without a name a screen reader can say: the clear button of a
// line edit, the tool bar's overflow button. Call on a window once its widgets exist.
class AccessibleNames
{
public:
    static void complete(QWidget *root);
};

} // namespace rostrum::gui
