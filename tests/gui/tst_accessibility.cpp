// What a screen reader is told: walks the Qt accessibility tree (QAccessible::queryAccessibleInterface,
// then child() recursively) of the main window with its menus, the setup dialog and the settings, and fails
// on any interactive element (buttons, edits, combos, check boxes, spin boxes, views, tabs, menu and tool bar
// entries) without a name. Transcript items must carry speaker, side and text.
#include "arena/ArenaWindow.h"
#include "DebateSetupDialog.h"
#include "GuiTestBase.h"
#include "MainWindow.h"
#include "security/MemorySecretStore.h"
#include "SettingsDialog.h"

#include <QAccessible>
#include <QAccessibleInterface>
#include <QApplication>
#include <QListView>
#include <QMenu>
#include <QTest>

using namespace rostrum;
using namespace rostrum::gui;
using namespace rostrum::test;

namespace {

bool isInteractive(QAccessible::Role role)
{
    switch (role) {
    case QAccessible::PushButton:
    case QAccessible::CheckBox:
    case QAccessible::RadioButton:
    case QAccessible::ComboBox:
    case QAccessible::SpinBox:
    case QAccessible::EditableText:
    case QAccessible::Slider:
    case QAccessible::Dial:
    case QAccessible::ButtonMenu:
    case QAccessible::ButtonDropDown:
    case QAccessible::ButtonDropGrid:
    case QAccessible::HotkeyField:
    case QAccessible::List:
    case QAccessible::Tree:
    case QAccessible::Table:
    case QAccessible::PageTab:
    case QAccessible::MenuItem:
    case QAccessible::Link:
        return true;
    default:
        return false;
    }
}

QString describe(QAccessibleInterface *iface)
{
    QObject *o = iface->object();
    return QStringLiteral("%1 \"%2\" (role %3)")
        .arg(o ? QString::fromLatin1(o->metaObject()->className()) : QStringLiteral("item"),
             o ? o->objectName() : QString())
        .arg(int(iface->role()), 0, 16);
}

// The unnamed interactive elements under iface, with the path to each.
void collectUnnamed(QAccessibleInterface *iface, const QString &path, QStringList *unnamed, int *interactive,
                    int depth = 0)
{
    if (!iface || !iface->isValid() || depth > 40)
        return;
    const QString here = path + QStringLiteral(" > ") + describe(iface);
    if (isInteractive(iface->role())) {
        ++*interactive;
        if (iface->text(QAccessible::Name).trimmed().isEmpty())
            unnamed->append(here);
    }
    // A combo box's popup list and a view's cells are named by their data; what matters is the control.
    if (iface->role() == QAccessible::ComboBox || iface->role() == QAccessible::List
        || iface->role() == QAccessible::Table || iface->role() == QAccessible::Tree)
        return;
    for (int i = 0; i < iface->childCount(); ++i)
        collectUnnamed(iface->child(i), here, unnamed, interactive, depth + 1);
}

QStringList unnamedIn(QWidget *top, int *interactive)
{
    QStringList unnamed;
    collectUnnamed(QAccessible::queryAccessibleInterface(top), QString::fromLatin1(top->metaObject()->className()),
                   &unnamed, interactive);
    // Menus are windows of their own: not children in the tree, but read as the user opens them.
    for (QMenu *menu : top->findChildren<QMenu *>())
        collectUnnamed(QAccessible::queryAccessibleInterface(menu), QStringLiteral("menu ") + menu->title(), &unnamed,
                       interactive);
    return unnamed;
}

ArenaWindow *visibleArenaWindow()
{
    for (QWidget *w : QApplication::topLevelWidgets()) {
        if (auto *arena = qobject_cast<ArenaWindow *>(w); arena && arena->isVisible())
            return arena;
    }
    return nullptr;
}

DebateRecord sampleDebate()
{
    DebateRecord r;
    r.id = QStringLiteral("a11y");
    r.spec.motion = QStringLiteral("Cities should ban cars");
    r.spec.debaters = {Debater {QStringLiteral("Ada"), QStringLiteral("pro"), {}, {}, {}, false},
                       Debater {QStringLiteral("Ben"), QStringLiteral("con"), {}, {}, {}, true}};
    r.status = DebateRecord::Status::Finished;
    Speech s;
    s.index = 0, s.turn = 0, s.debater = 0, s.speaker = QStringLiteral("Ada"), s.side = QStringLiteral("pro");
    s.role = QStringLiteral("opening"), s.text = QStringLiteral("Streets belong to people."),
    s.status = Speech::Status::Finished;
    r.speeches.append(s);
    return r;
}

} // namespace

class TestAccessibility final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { prepareOfflineGuiTest(); }

    void mainWindowSetupAndSettingsNameEveryControl()
    {
        MemorySecretStore secrets;
        MainWindow w(&secrets);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        w.showDebate(sampleDebate());
        int interactive = 0;
        QStringList unnamed = unnamedIn(&w, &interactive);
        // The walk reaches the window's own controls, the lectern's and the tool bar's (a walk that finds
        // nothing proves nothing).
        QVERIFY2(interactive > 30, qPrintable(QString::number(interactive)));

        TRIGGER_ACTION(&w, "actionNewDebate");
        auto *setup = waitForDialog<DebateSetupDialog>(&w);
        QVERIFY(setup);
        int inSetup = 0;
        unnamed += unnamedIn(setup, &inSetup);
        QVERIFY(inSetup > 15);
        setup->reject();

        TRIGGER_ACTION(&w, "actionSettings");
        auto *settings = waitForDialog<SettingsDialog>(&w);
        QVERIFY(settings);
        int inSettings = 0;
        unnamed += unnamedIn(settings, &inSettings);
        QVERIFY(inSettings > 10);
        settings->reject();

        // The Arena window (View → Arena), empty or not: its picker, buttons, tabs and tables.
        TRIGGER_ACTION(&w, "actionArena");
        ArenaWindow *arena = nullptr;
        QTRY_VERIFY((arena = visibleArenaWindow()) != nullptr);
        int inArena = 0;
        unnamed += unnamedIn(arena, &inArena);
        QVERIFY2(inArena >= 5, qPrintable(QString::number(inArena)));
        arena->close();

        for (const QString &path : unnamed)
            qWarning("no accessible name: %s", qPrintable(path));
        QVERIFY2(unnamed.isEmpty(),
                 qPrintable(QStringLiteral("%1 unnamed controls (listed above)").arg(unnamed.size())));
    }

    void transcriptItemsSaySpeakerSideAndText()
    {
        MemorySecretStore secrets;
        MainWindow w(&secrets);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        w.showDebate(sampleDebate());
        auto *view = child<QListView>(&w, "transcriptView");
        QAccessibleInterface *list = QAccessible::queryAccessibleInterface(view);
        QVERIFY(list);
        QCOMPARE(list->text(QAccessible::Name), QStringLiteral("Transcript"));
        QVERIFY(list->childCount() >= 1);
        QAccessibleInterface *item = nullptr;
        for (int i = 0; i < list->childCount() && !item; ++i) {
            if (list->child(i)->role() == QAccessible::ListItem || list->child(i)->role() == QAccessible::Cell)
                item = list->child(i);
        }
        QVERIFY(item);
        const QString name = item->text(QAccessible::Name);
        QVERIFY2(name.contains(QStringLiteral("Ada")), qPrintable(name));
        QVERIFY2(name.contains(QStringLiteral("for")), qPrintable(name));
        QVERIFY2(name.contains(QStringLiteral("Streets belong to people.")), qPrintable(name));
    }
};

QTEST_MAIN(TestAccessibility)
#include "tst_accessibility.moc"
