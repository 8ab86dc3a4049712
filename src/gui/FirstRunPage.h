#pragma once

#include <QObject>

namespace Ui {
class MainWindow;
}

namespace rostrum::gui {

class ApiKeyFlow;

// The welcome page that asks for an API key, in the window's central stack: shown when Mistral's
// endpoint has no key (at startup, after Settings change, or as a debate starts), it saves the
// pasted key through ApiKeyFlow, and steps aside for Later or a custom endpoint. It stays out of
// the stack until first shown, so the first frame does not lay out its text.
class FirstRunPage : public QObject
{
    Q_OBJECT
public:
    // ui: the window's form; keys: the key flow it answers and uses (neither owned).
    FirstRunPage(Ui::MainWindow *ui, ApiKeyFlow *keys, QObject *parent = nullptr);

    void show();
    // Back to the empty page if this page is showing (the endpoint may not need a key any more).
    void leave();

signals:
    // Use a custom endpoint instead: the Settings dialog.
    void settingsRequested();
    void message(const QString &text, int timeoutMs);

private:
    void save();

    Ui::MainWindow *m_ui;
    ApiKeyFlow *m_keys;
};

} // namespace rostrum::gui
