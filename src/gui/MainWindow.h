#pragma once

#include <QMainWindow>

#include <memory>

namespace Ui {
class MainWindow;
}

namespace rostrum::gui {

class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

public slots:
    void showAbout();

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void restoreWindowState();
    void saveWindowState();

    std::unique_ptr<Ui::MainWindow> m_ui;
};

} // namespace rostrum::gui
