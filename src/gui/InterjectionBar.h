#pragma once

#include <QWidget>

class QComboBox;
class QLineEdit;
class QPushButton;

namespace rostrum::gui {

// The line under the transcript while a debate runs: a question or remark put to the next speaker,
// as the moderator or from the audience. Enter (or Interject) sends it; the engine saves it and asks
// the next speaker to address it.
class InterjectionBar : public QWidget
{
    Q_OBJECT
public:
    explicit InterjectionBar(QWidget *parent = nullptr);

    void focusLine();
    QString text() const;
    bool fromAudience() const;

signals:
    void interjected(const QString &text, bool asAudience);

private:
    void send();

    QLineEdit *m_line;
    QComboBox *m_as;
    QPushButton *m_send;
};

} // namespace rostrum::gui
