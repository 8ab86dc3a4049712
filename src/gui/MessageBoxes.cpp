#include "MessageBoxes.h"

namespace rostrum::gui {

namespace {
QList<QMessageBox::StandardButton> s_answers;
QStringList s_shown;
bool s_scripted = false;
} // namespace

void MessageBoxes::setNextAnswers(QList<QMessageBox::StandardButton> answers)
{
    s_answers = std::move(answers);
    s_scripted = true;
}

QStringList MessageBoxes::shown()
{
    return s_shown;
}

void MessageBoxes::reset()
{
    s_answers.clear();
    s_shown.clear();
    s_scripted = false;
}

std::optional<QMessageBox::StandardButton> MessageBoxes::takeAnswer(const QString &title, const QString &text)
{
    if (!s_scripted)
        return std::nullopt;
    s_shown.append(title + QStringLiteral(": ") + text);
    return s_answers.isEmpty() ? QMessageBox::Ok : s_answers.takeFirst();
}

QMessageBox::StandardButton MessageBoxes::question(QWidget *parent, const QString &title, const QString &text,
                                                   QMessageBox::StandardButtons buttons,
                                                   QMessageBox::StandardButton defaultButton)
{
    if (auto answer = takeAnswer(title, text))
        return *answer;
    return QMessageBox::question(parent, title, text, buttons, defaultButton);
}

void MessageBoxes::warning(QWidget *parent, const QString &title, const QString &text)
{
    if (takeAnswer(title, text))
        return;
    QMessageBox::warning(parent, title, text);
}

void MessageBoxes::information(QWidget *parent, const QString &title, const QString &text)
{
    if (takeAnswer(title, text))
        return;
    QMessageBox::information(parent, title, text);
}

} // namespace rostrum::gui
