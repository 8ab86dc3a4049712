#pragma once

#include <QMessageBox>

#include <optional>

namespace rostrum::gui {

// Every question and warning the GUI asks goes through here, so a test can pre-answer it
// instead of racing a modal dialog. In the app the calls show a real QMessageBox.
class MessageBoxes
{
public:
    static QMessageBox::StandardButton question(QWidget *parent, const QString &title, const QString &text,
                                                QMessageBox::StandardButtons buttons = QMessageBox::Yes
                                                    | QMessageBox::No,
                                                QMessageBox::StandardButton defaultButton = QMessageBox::No);
    static void warning(QWidget *parent, const QString &title, const QString &text);
    static void information(QWidget *parent, const QString &title, const QString &text);

    // Tests: the next boxes answer with these buttons, in order, without showing anything.
    static void setNextAnswers(QList<QMessageBox::StandardButton> answers);
    // Tests: boxes shown while answers were pre-set (title + text), to assert what the user saw.
    static QStringList shown();
    static void reset();

private:
    static std::optional<QMessageBox::StandardButton> takeAnswer(const QString &title, const QString &text);
};

} // namespace rostrum::gui
