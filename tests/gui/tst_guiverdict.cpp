// The verdict card in the real window against the mock server: shown after the speeches with the
// winner, the margin, both sides' scores, the reasons, the judge's model and cost; readable and
// announced through the accessibility interface; a verdict that failed validation says what was
// wrong and offers to ask the judge again.
#include "DebateSession.h"
#include "GuiTestBase.h"
#include "MainWindow.h"
#include "MockMistralServer.h"
#include "security/MemorySecretStore.h"
#include "StudioTestSupport.h"
#include "TranscriptModel.h"
#include "VerdictCard.h"

#include <QAccessible>
#include <QListView>
#include <QPushButton>
#include <QStatusBar>
#include <QTest>

using namespace rostrum;
using namespace rostrum::gui;
using namespace rostrum::test;

namespace {
struct Alert
{
    QObject *object = nullptr;
    int child = -1;
    QString name;
};
QList<Alert> g_alerts;

void recordAlerts(QAccessibleEvent *event)
{
    if (event->type() != QAccessible::Alert)
        return;
    QAccessibleInterface *iface = event->accessibleInterface();
    g_alerts.append({event->object(), event->child(), iface ? iface->text(QAccessible::Name) : QString()});
}

// The accessible text of the transcript row that starts with prefix, through the view's accessibility tree.
QString accessibleRow(QListView *view, const QString &prefix)
{
    QAccessibleInterface *list = QAccessible::queryAccessibleInterface(view);
    if (!list)
        return {};
    for (int i = 0; i < list->childCount(); ++i) {
        QAccessibleInterface *item = list->child(i);
        const QString name = item ? item->text(QAccessible::Name) : QString();
        if (name.startsWith(prefix))
            return name;
    }
    return {};
}

QPushButton *buttonNamed(QWidget *root, const QString &text)
{
    const auto buttons = root->findChildren<QPushButton *>(QStringLiteral("transcriptRowButton"));
    for (QPushButton *b : buttons) {
        if (b->text() == text)
            return b;
    }
    return nullptr;
}
} // namespace

class TestGuiVerdict final : public QObject
{
    Q_OBJECT

    MockMistralServer m_server;

    static bool finished(MainWindow &w)
    {
        return !w.debateSession()->isActive() && w.currentDebate().status == DebateRecord::Status::Finished
            && w.currentDebate().verdict.has_value();
    }

private slots:
    void initTestCase()
    {
        QVERIFY(prepareMockServerGuiTest(m_server));
        QAccessible::installUpdateHandler(recordAlerts);
        QAccessible::setActive(true);
    }

    void init()
    {
        m_server.clearRequests();
        g_alerts.clear();
        m_server.setDefaultReply(MockReply::withText(QStringLiteral("Cars make centres loud and dangerous.")));
    }

    void verdictCardIsShownReadAndAnnounced()
    {
        scriptJudge(m_server, [](int) { return verdictJson(QStringLiteral("pro")); });
        MemorySecretStore secrets;
        MainWindow w(&secrets);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        w.startDebate(judgedDebate(QStringLiteral("Cities should ban cars from their centres")));
        QTRY_VERIFY_WITH_TIMEOUT(finished(w), 30000);

        // The card is the transcript's last row, after the speeches.
        TranscriptModel *t = w.transcript();
        const int row = t->rowCount() - 1;
        QCOMPARE(t->speech(row).kind, SpeechRow::Kind::Verdict);
        QCOMPARE(row, int(w.currentDebate().speeches.size()));
        const QString card = t->speech(row).text;
        QVERIFY2(card.contains(QStringLiteral("the side for the motion wins, margin 6.5 of 10")), qPrintable(card));
        QVERIFY(card.contains(QStringLiteral("| evidence | 8 | 5 |")));
        QVERIFY(card.contains(QStringLiteral("| rebuttal | 7 | 6 |")));
        QVERIFY(card.contains(QStringLiteral("answered every objection")));
        QVERIFY(card.contains(QStringLiteral("Judged by mistral-large-2512 · judge's cost $")));
        QVERIFY(VerdictCard::judgeCost(w.currentDebate()) > 0);

        // Read through the accessibility tree of the transcript, as a screen reader does.
        auto *view = child<QListView>(&w, "transcriptView");
        const QString spoken = accessibleRow(view, QStringLiteral("Verdict."));
        QVERIFY2(spoken.contains(QStringLiteral("evidence: for 8, against 5.")), qPrintable(spoken));
        QVERIFY(spoken.contains(QStringLiteral("Reasons: The winning side answered every objection")));
        // Announced once finished: the card becomes the current item, the status bar says the verdict, and
        // where an accessibility bridge is active (not on the offscreen platform) an alert goes out on its row.
        QCOMPARE(view->currentIndex().row(), row);
        QVERIFY(w.statusBar()->currentMessage().contains(QStringLiteral("the side for the motion wins")));
        if (QAccessible::isActive()) {
            QTRY_VERIFY(!g_alerts.isEmpty());
            QCOMPARE(g_alerts.last().object, view);
            QCOMPARE(g_alerts.last().child, row);
            QVERIFY(g_alerts.last().name.startsWith(QStringLiteral("Verdict.")));
        }
        // A valid verdict has no button.
        QVERIFY(!buttonNamed(&w, QStringLiteral("Ask the judge again")));
        QVERIFY(!findAction(&w, "actionRejudge")->isEnabled());
    }

    void invalidVerdictSaysWhatWasWrong()
    {
        // The judge answers prose twice (the first try and the repair).
        scriptJudge(m_server, [](int n) {
            return n < 2 ? QStringLiteral("I think the proposition won, clearly.") : verdictJson(QStringLiteral("con"));
        });
        MemorySecretStore secrets;
        MainWindow w(&secrets);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        w.startDebate(judgedDebate(QStringLiteral("Homework should be abolished")));
        QTRY_VERIFY_WITH_TIMEOUT(finished(w), 30000);
        QVERIFY(!w.currentDebate().verdict->valid);

        TranscriptModel *t = w.transcript();
        const int row = t->rowCount() - 1;
        QCOMPARE(t->speech(row).kind, SpeechRow::Kind::Verdict);
        const QString card = t->speech(row).text;
        QVERIFY2(card.contains(QStringLiteral("The judge's verdict is not valid: ")), qPrintable(card));
        QVERIFY(card.contains(QStringLiteral("not a JSON object")));
        QVERIFY(card.contains(QStringLiteral("I think the proposition won, clearly.")));
        QVERIFY(t->speech(row).flags & SpeechRow::Error);
        QPushButton *again = buttonNamed(&w, QStringLiteral("Ask the judge again"));
        QVERIFY(again);
        QTRY_VERIFY(again->isVisible());
        QVERIFY(accessibleRow(child<QListView>(&w, "transcriptView"), QStringLiteral("Verdict."))
                    .contains(QStringLiteral("not valid")));
        QVERIFY(findAction(&w, "actionRejudge")->isEnabled());

        // Ask the judge again: one new request, and its valid verdict replaces the card.
        const int requests = m_server.chatRequestCount();
        const double spent = w.currentDebate().costUsd;
        g_alerts.clear();
        QTest::mouseClick(again, Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(finished(w) && w.currentDebate().verdict->valid, 30000);
        QCOMPARE(m_server.chatRequestCount(), requests + 1);
        QVERIFY(isJudgeRequest(m_server.lastRequest()));
        QVERIFY(w.currentDebate().costUsd > spent); // a new, costed request
        QCOMPARE(t->rowCount(), row + 1); // replaced, not added
        QCOMPARE(t->speech(row).kind, SpeechRow::Kind::Verdict);
        QVERIFY(t->speech(row).text.contains(QStringLiteral("the side against the motion wins")));
        QVERIFY(!(t->speech(row).flags & SpeechRow::Error));
        QTRY_VERIFY(!buttonNamed(&w, QStringLiteral("Ask the judge again")));
        QVERIFY(w.statusBar()->currentMessage().contains(QStringLiteral("the side against the motion wins")));
        if (QAccessible::isActive()) {
            QTRY_VERIFY(!g_alerts.isEmpty());
            QVERIFY(g_alerts.last().name.contains(QStringLiteral("the side against the motion wins")));
        }
        QVERIFY(!findAction(&w, "actionRejudge")->isEnabled());
    }

    void threeJudgePanelListsEachVerdictAndTheMajority()
    {
        // Two judges give it to con, one to pro: con wins two to one.
        scriptJudge(m_server,
                    [](int n) { return verdictJson(n == 1 ? QStringLiteral("pro") : QStringLiteral("con")); });
        MemorySecretStore secrets;
        MainWindow w(&secrets);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        DebateSpec spec = judgedDebate(QStringLiteral("Museums should be free"));
        const QStringList judges {QStringLiteral("mistral-large-2512"), QStringLiteral("mistral-medium-2508"),
                                  QStringLiteral("ministral-8b-2512")};
        spec.setJudges(judges);
        w.startDebate(spec);
        QTRY_VERIFY_WITH_TIMEOUT(finished(w), 30000);
        QVERIFY(w.currentDebate().panel.has_value());

        TranscriptModel *t = w.transcript();
        const int row = t->rowCount() - 1;
        QCOMPARE(t->speech(row).kind, SpeechRow::Kind::Verdict);
        const QString card = t->speech(row).text;
        QVERIFY2(card.contains(QStringLiteral("Panel verdict: the side against the motion wins, 2 of 3 judges.")),
                 qPrintable(card));
        QVERIFY(card.contains(QStringLiteral("Votes: 1 for, 2 against, 0 tie, 0 not valid · agreement 67%")));
        QVERIFY(card.contains(QStringLiteral("| 1. mistral-large-2512 | against, margin 6.5 |")));
        QVERIFY(card.contains(QStringLiteral("| 2. mistral-medium-2508 | for, margin 6.5 |")));
        QVERIFY(card.contains(QStringLiteral("| 3. ministral-8b-2512 | against, margin 6.5 |")));
        QCOMPARE(t->speech(row).model, judges.join(QStringLiteral(", ")));
        const QString spoken = accessibleRow(child<QListView>(&w, "transcriptView"), QStringLiteral("Verdict."));
        QVERIFY2(spoken.contains(QStringLiteral("Judge 2. mistral-medium-2508: for, margin 6.5.")), qPrintable(spoken));
        QVERIFY(w.statusBar()->currentMessage().contains(QStringLiteral("2 of 3 judges")));
    }
};

QTEST_MAIN(TestGuiVerdict)
#include "tst_guiverdict.moc"
