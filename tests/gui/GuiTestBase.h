#pragma once

// What the GUI tests share: a clean environment, finding children by objectName, triggering an
// action the way a user can (never a disabled one), and waiting for a dialog a test opened.

#include "MessageBoxes.h"

#include <QAction>
#include <QStandardPaths>
#include <QTest>
#include <QWidget>

#include <source_location>

#if __has_include("MockMistralServer.h")
#include "MockMistralServer.h"
#endif

namespace rostrum::test {

// Test-mode paths, no pre-answered message box left over, and neither the developer's API key
// nor endpoint: a window built now sees Mistral's endpoint with no key.
inline void prepareOfflineGuiTest()
{
    QStandardPaths::setTestModeEnabled(true);
    qunsetenv("MISTRAL_API_KEY");
    qunsetenv("ROSTRUM_BASE_URL");
    rostrum::gui::MessageBoxes::reset();
}

#if __has_include("MockMistralServer.h")
// Test-mode paths and the desktop app pointed at server (listening after this), with its key in
// the environment. Generous limits in the headers, so a scripted 429 teaches the limiter nothing
// stricter. False when the server cannot listen.
inline bool prepareMockServerGuiTest(MockMistralServer &server)
{
    QStandardPaths::setTestModeEnabled(true);
    rostrum::gui::MessageBoxes::reset();
    if (!server.listen())
        return false;
    server.setApiKey("test-key");
    server.setLimits(600, 10000000);
    qputenv("ROSTRUM_BASE_URL", server.baseUrl().toString().toUtf8());
    qputenv("MISTRAL_API_KEY", "test-key");
    return true;
}
#endif

// The child of parent named name; the test run stops when there is none (every later step needs it).
template<typename T> T *child(const QObject *parent, const char *name)
{
    auto *found = parent->findChild<T *>(QString::fromLatin1(name));
    if (!found)
        qFatal("no child %s", name);
    return found;
}

// Null when root has no action named name.
inline QAction *findAction(const QObject *root, const char *name)
{
    return root->findChild<QAction *>(QString::fromLatin1(name));
}

// Triggers action as a user could: fails the running test instead when it is missing or disabled
// (QAction::trigger on a disabled action does nothing, and the test would go on as if it had run).
// Returns whether it was triggered; TRIGGER_ACTION returns from the test function when not.
inline bool triggerAction(QAction *action, const char *name,
                          std::source_location where = std::source_location::current())
{
    if (!action || !action->isEnabled()) {
        const QByteArray message =
            QByteArray("action ") + name + (action ? " is disabled: the user could not trigger it" : " does not exist");
        QTest::qFail(message.constData(), where.file_name(), int(where.line()));
        return false;
    }
    action->trigger();
    return true;
}

inline bool triggerAction(const QObject *root, const char *name,
                          std::source_location where = std::source_location::current())
{
    return triggerAction(findAction(root, name), name, where);
}

// The dialog of type T that root opened, once it is on screen; null (and a failed test) when none is open.
template<typename T> T *waitForDialog(const QObject *root, std::source_location where = std::source_location::current())
{
    auto *dialog = root->findChild<T *>();
    if (!dialog) {
        QTest::qFail("no dialog opened", where.file_name(), int(where.line()));
        return nullptr;
    }
    if (!QTest::qWaitForWindowExposed(dialog)) {
        QTest::qFail("the dialog never showed", where.file_name(), int(where.line()));
        return nullptr;
    }
    return dialog;
}

} // namespace rostrum::test

// In a test function: triggers the action named name under root, or fails the test and returns.
#define TRIGGER_ACTION(root, name)                                                                                     \
    do {                                                                                                               \
        if (!::rostrum::test::triggerAction(root, name))                                                               \
            return;                                                                                                    \
    } while (false)
