#include "MainWindow.h"

#include <QAction>
#include <QLabel>
#include <QMessageBox>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTest>
#include <QTimer>

using namespace rostrum::gui;

class TestMainWindow final : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void showsTitleEmptyTranscriptAndStatus()
    {
        MainWindow w;
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QVERIFY(w.windowTitle().contains(QStringLiteral("Rostrum")));
        auto *empty = w.findChild<QLabel *>(QStringLiteral("emptyLabel"));
        QVERIFY(empty);
        QVERIFY(empty->isVisible());
        QCOMPARE(w.statusBar()->currentMessage(), QStringLiteral("Ready"));
    }

    void aboutBoxShowsTheVersion()
    {
        MainWindow w;
        w.show();
        QString seen;
        QTimer::singleShot(0, this, [&] {
            auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
            if (box) {
                seen = box->text();
                box->accept();
            }
        });
        w.findChild<QAction *>(QStringLiteral("actionAbout"))->trigger();
        QVERIFY(seen.contains(QStringLiteral("Rostrum 0.")));
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
