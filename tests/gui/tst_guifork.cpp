// "Continue from here…" through the real window against the mock Mistral server: a finished debate, the
// transcript's context menu on its second speech, the fork dialog with the next speaker's model changed, and the
// fork's first request, which must hear exactly what the parent's speaker heard at that point.
#include "DebateSession.h"
#include "ForkDialog.h"
#include "GuiTestBase.h"
#include "MainWindow.h"
#include "MockMistralServer.h"
#include "models/ModelCatalog.h"
#include "security/MemorySecretStore.h"
#include "SessionListModel.h"
#include "TranscriptModel.h"

#include <QApplication>
#include <QComboBox>
#include <QContextMenuEvent>
#include <QJsonArray>
#include <QListView>
#include <QMenu>
#include <QPushButton>
#include <QTest>

using namespace rostrum;
using namespace rostrum::gui;
using namespace rostrum::test;

class TestGuiFork final : public QObject
{
    Q_OBJECT

    MockMistralServer m_server;

    static QJsonArray messagesOf(const RecordedRequest &r) { return r.json.value(QLatin1String("messages")).toArray(); }
    QList<RecordedRequest> chats() const
    {
        QList<RecordedRequest> out;
        for (const RecordedRequest &r : m_server.requests()) {
            if (r.isChat())
                out << r;
        }
        return out;
    }

    // A classic debate without rebuttals (pro opens, con opens, con closes, pro closes), run to its end.
    static bool runParent(MainWindow &w)
    {
        DebateSpec spec;
        spec.motion = QStringLiteral("Homework should be abolished");
        spec.rounds = 0;
        spec.maxTokens = 120;
        spec.debaters = {Debater {{}, QStringLiteral("pro"), {}, QStringLiteral("mistral-small-2603"), {}, false},
                         Debater {{}, QStringLiteral("con"), {}, QStringLiteral("mistral-small-2603"), {}, false}};
        w.startDebate(spec);
        return QTest::qWaitFor(
            [&w] {
                return !w.debateSession()->isActive() && w.currentDebate().status == DebateRecord::Status::Finished;
            },
            30000);
    }

private slots:
    void initTestCase()
    {
        QVERIFY(prepareMockServerGuiTest(m_server));
        // Every answer says which request it was, so each speech is told apart from the others.
        m_server.setReplyProvider([](int chatIndex, const RecordedRequest &) -> std::optional<MockReply> {
            MockReply r;
            r.text = QStringLiteral("Speech answer number %1, with its own argument.").arg(chatIndex);
            return r;
        });
    }

    void continueFromHereForksWithTheChangedModel()
    {
        MemorySecretStore secrets;
        MainWindow w(&secrets);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QVERIFY(runParent(w));
        const DebateRecord parent = w.currentDebate();
        QCOMPARE(parent.speeches.size(), 4);
        QTRY_COMPARE(w.transcript()->rowCount(), 4);
        const QList<RecordedRequest> parentChats = chats();
        QCOMPARE(parentChats.size(), 4);

        // The context menu on the second speech, as a right click opens it.
        auto *view = child<QListView>(&w, "transcriptView");
        const QRect second = view->visualRect(w.transcript()->index(1));
        QVERIFY(second.isValid());
        QContextMenuEvent menuEvent(QContextMenuEvent::Mouse, second.center(),
                                    view->viewport()->mapToGlobal(second.center()));
        QApplication::sendEvent(view->viewport(), &menuEvent);
        QMenu *menu = nullptr;
        QTRY_VERIFY((menu = qobject_cast<QMenu *>(QApplication::activePopupWidget())));
        QCOMPARE(view->currentIndex().row(), 1);
        QAction *fork = findAction(&w, "actionContinueFromHere");
        QVERIFY(fork && menu->actions().contains(fork));
        QVERIFY(fork->isEnabled());
        QTest::mouseClick(menu, Qt::LeftButton, {}, menu->actionGeometry(fork).center());

        // The dialog offers the next speaker (con, who closes) first; their model changes.
        auto *dialog = waitForDialog<ForkDialog>(&w);
        QVERIFY(dialog);
        QCOMPARE(dialog->atSpeech(), 1);
        auto *model = child<QComboBox>(dialog, "forkModel1");
        QVERIFY(!model->accessibleName().isEmpty());
        const QString large = w.catalog()->resolve(QStringLiteral("mistral-large-latest"));
        QVERIFY(!large.isEmpty());
        const int largeIndex = model->findData(large);
        QVERIFY(largeIndex >= 0);
        model->setCurrentIndex(largeIndex);
        QTest::mouseClick(child<QPushButton>(dialog, "forkStart"), Qt::LeftButton);

        // The fork's first request hears exactly what the parent's third speaker heard: the same messages.
        QTRY_VERIFY_WITH_TIMEOUT(chats().size() >= 5, 15000);
        const RecordedRequest first = chats().at(4);
        QCOMPARE(first.json.value(QLatin1String("model")).toString(), large);
        QCOMPARE(messagesOf(first), messagesOf(parentChats.at(2)));
        const QString sent = QString::fromUtf8(first.body);
        QVERIFY(sent.contains(parent.speeches.at(0).text));
        QVERIFY(sent.contains(parent.speeches.at(1).text));
        QVERIFY(!sent.contains(parent.speeches.at(2).text));
        QVERIFY(!sent.contains(parent.speeches.at(3).text));

        // It runs to its end in the window; it pays only for its own two speeches.
        QTRY_VERIFY_WITH_TIMEOUT(!w.debateSession()->isActive(), 30000);
        const DebateRecord forked = w.debateSession()->record();
        QCOMPARE(forked.forkOf, parent.id);
        QCOMPARE(forked.forkAt, 2);
        QCOMPARE(forked.speeches.size(), 4);
        QCOMPARE(forked.speeches.at(2).model, large);
        QCOMPARE(forked.costUsd, forked.speeches.at(2).costUsd + forked.speeches.at(3).costUsd);
        QVERIFY(forked.costUsd > 0);

        // The session list shows the fork right under its parent, named as a fork, with its own cost.
        SessionListModel *list = w.sessions();
        const int parentRow = list->rowForId(parent.id);
        QVERIFY(parentRow >= 0);
        QCOMPARE(list->rowForId(forked.id), parentRow + 1);
        const QModelIndex row = list->index(parentRow + 1);
        QCOMPARE(row.data(SessionListModel::ForkOfRole).toString(), parent.id);
        QCOMPARE(row.data(SessionListModel::DepthRole).toInt(), 1);
        QCOMPARE(row.data(SessionListModel::CostRole).toDouble(), forked.costUsd);
        QVERIFY(row.data(Qt::DisplayRole).toString().contains(QStringLiteral("Fork from speech 2")));
        QVERIFY(row.data(Qt::AccessibleTextRole).toString().contains(parent.spec.motion));
        QCOMPARE(list->index(parentRow).data(SessionListModel::CostRole).toDouble(), parent.costUsd);

        // From the keyboard: the current speech of the fork on screen, Ctrl+Shift+N, and the dialog offers it.
        w.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&w));
        view->setFocus();
        view->setCurrentIndex(w.transcript()->index(2));
        QTRY_VERIFY(fork->isEnabled());
        QTest::keySequence(view, QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N));
        auto *again = waitForDialog<ForkDialog>(&w);
        QVERIFY(again);
        QCOMPARE(again->atSpeech(), 2);
        QTRY_COMPARE(QApplication::focusWidget(), child<QComboBox>(again, "forkModel0")); // pro closes next
        again->reject();

        // The keyboard's context menu (Menu key) offers the same action for the current speech.
        QContextMenuEvent keyMenu(QContextMenuEvent::Keyboard, QPoint(4, 4), view->mapToGlobal(QPoint(4, 4)));
        QApplication::sendEvent(view, &keyMenu);
        QMenu *keyboardMenu = nullptr;
        QTRY_VERIFY((keyboardMenu = qobject_cast<QMenu *>(QApplication::activePopupWidget())));
        QVERIFY(keyboardMenu->actions().contains(fork));
        QCOMPARE(view->currentIndex().row(), 2);
        keyboardMenu->close();
    }
};

QTEST_MAIN(TestGuiFork)
#include "tst_guifork.moc"
