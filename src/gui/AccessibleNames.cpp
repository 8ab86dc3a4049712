#include "AccessibleNames.h"

#include <QCoreApplication>
#include <QLineEdit>
#include <QToolBar>
#include <QToolButton>

namespace rostrum::gui {

void AccessibleNames::complete(QWidget *root)
{
    for (QLineEdit *edit : root->findChildren<QLineEdit *>()) {
        for (QToolButton *button : edit->findChildren<QToolButton *>(Qt::FindDirectChildrenOnly)) {
            if (button->accessibleName().isEmpty())
                button->setAccessibleName(QCoreApplication::translate("rostrum::gui::AccessibleNames", "Clear"));
        }
    }
    for (QToolBar *bar : root->findChildren<QToolBar *>()) {
        for (QToolButton *button : bar->findChildren<QToolButton *>(QStringLiteral("qt_toolbar_ext_button")))
            button->setAccessibleName(QCoreApplication::translate("rostrum::gui::AccessibleNames", "More tools"));
    }
}

} // namespace rostrum::gui
