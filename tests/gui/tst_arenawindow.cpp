#include "arena/ArenaHost.h"
#include "arena/ArenaMatrixModel.h"
#include "arena/ArenaRatingChart.h"
#include "arena/ArenaWindow.h"
#include "arena/TournamentStore.h"
#include "debate/JudgePanel.h"
#include "GuiTestBase.h"
#include "store/Database.h"
#include "store/DebateStore.h"

#include <QAbstractItemModelTester>
#include <QAbstractScrollArea>
#include <QComboBox>
#include <QLabel>
#include <QLineSeries>
#include <QMainWindow>
#include <QMenu>
#include <QMenuBar>
#include <QScatterSeries>
#include <QSignalSpy>
#include <QTableView>
#include <QTableWidget>
#include <QTabWidget>
#include <QTemporaryDir>

using namespace rostrum;
using namespace rostrum::gui;

// A tournament of three models on one motion (six debates), five of them finished with a
// two-judge panel's verdict, saved through the stores as the runner saves them; no network.
class TestArenaWindow final : public QObject
{
    Q_OBJECT

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
    TournamentRecord m_record;
    QList<DebateRecord> m_finished;

    static Verdict verdict(const QString &judge, const QString &winner)
    {
        Verdict v;
        v.model = judge;
        v.winner = winner;
        v.valid = true;
        return v;
    }

    void saveTournament()
    {
        TournamentSpec spec;
        spec.models = {QStringLiteral("alpha"), QStringLiteral("beta"), QStringLiteral("gamma")};
        spec.motions = {{QStringLiteral("Cities should ban cars"), {}}};
        spec.judges = {QStringLiteral("judge-1"), QStringLiteral("judge-2")};
        spec.budgetUsd = 1.0;
        m_record = TournamentRecord::create(spec);
        TournamentStore store(m_db.get());
        DebateStore debates(m_db.get());
        store.create(m_record);
        // Schedule: 0 alpha–beta, 1 beta–alpha, 2 alpha–gamma, 3 gamma–alpha, 4 beta–gamma, 5 gamma–beta.
        const QStringList first = {QStringLiteral("pro"), QStringLiteral("con"), QStringLiteral("pro"),
                                   QStringLiteral("pro"), QStringLiteral("pro")};
        const QStringList second = {QStringLiteral("pro"), QStringLiteral("con"), QStringLiteral("pro"),
                                    QStringLiteral("pro"), QStringLiteral("con")};
        for (int i = 0; i < 5; ++i) {
            DebateRecord d;
            d.id = QStringLiteral("deb-%1").arg(i);
            d.spec = spec.debateSpec(m_record.debates.at(i).debate);
            d.status = DebateRecord::Status::Finished;
            d.costUsd = 0.01;
            const JudgePanel panel = JudgePanel::decide(
                {verdict(QStringLiteral("judge-1"), first.at(i)), verdict(QStringLiteral("judge-2"), second.at(i))},
                false);
            d.panel = panel;
            d.verdict = verdict(QStringLiteral("judge-1"), panel.winner);
            debates.saveDebate(d);
            store.assignDebate(m_record.id, i, d.id);
            store.setDebateStatus(m_record.id, i, TournamentEntry::Status::Finished);
            m_finished << d;
        }
        m_db->flush();
    }

private slots:
    void initTestCase() { test::prepareOfflineGuiTest(); }

    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        m_db = std::make_unique<Database>();
        QVERIFY(m_db->open(m_dir->filePath(QStringLiteral("r.sqlite"))));
        m_finished.clear();
        saveTournament();
    }

    void cleanup()
    {
        m_db.reset();
        m_dir.reset();
    }

    void theLeaderboardIsSortedWithTheIntervalsTheRatingsGive()
    {
        ArenaWindow window;
        window.setDatabase(m_db.get());
        QCOMPARE(window.currentTournament(), m_record.id);
        const std::optional<TournamentRecord> loaded = TournamentStore(m_db.get()).load(m_record.id);
        QVERIFY(loaded);
        const TournamentRatings::Result expected = TournamentRatings::rate(*loaded, m_finished);
        const QList<Leaderboard::Entry> &entries = expected.board.entries;
        QCOMPARE(entries.size(), 3);
        QCOMPARE(entries.first().model, QStringLiteral("alpha")); // won three of its four games

        QTableWidget *board = window.leaderboardTable();
        QCOMPARE(board->rowCount(), 3);
        double previous = std::numeric_limits<double>::infinity();
        for (int i = 0; i < 3; ++i) {
            const Leaderboard::Entry &e = entries.at(i);
            QCOMPARE(board->item(i, 1)->text(), e.model);
            QCOMPARE(board->item(i, 2)->text(), QString::number(qRound(e.rating)));
            QCOMPARE(board->item(i, 3)->text(), QStringLiteral("%1 – %2").arg(qRound(e.ciLow)).arg(qRound(e.ciHigh)));
            QVERIFY(e.rating <= previous);
            previous = e.rating;
            QVERIFY(e.ciLow < e.rating && e.rating < e.ciHigh);
        }

        // The chart: a dot per model at its rating, one row per model from the top, and its interval as a bar.
        QScatterSeries *dots = window.chart()->ratings();
        QVERIFY(dots);
        QCOMPARE(dots->count(), 3);
        QCOMPARE(window.chart()->intervals().size(), 3);
        for (int i = 0; i < 3; ++i) {
            const Leaderboard::Entry &e = entries.at(i);
            QCOMPARE(dots->at(i), QPointF(e.rating, 3 - i));
            const QLineSeries *bar = window.chart()->intervals().at(i);
            QCOMPARE(bar->count(), 2);
            QCOMPARE(bar->at(0), QPointF(e.ciLow, 3 - i));
            QCOMPARE(bar->at(1), QPointF(e.ciHigh, 3 - i));
        }
    }

    void theMatrixCountsEachPairAndColoursItsShare()
    {
        ArenaWindow window;
        window.setDatabase(m_db.get());
        ArenaMatrixModel *matrix = window.matrixModel();
        QAbstractItemModelTester tester(matrix, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(matrix->rowCount(), 3);
        QCOMPARE(matrix->headerData(0, Qt::Horizontal).toString(), QStringLiteral("alpha"));
        // alpha beat beta twice; against gamma one win (debate 2), one loss (debate 3, both judges for gamma).
        QCOMPARE(matrix->index(0, 1).data().toString(), QStringLiteral("2–0–0"));
        QCOMPARE(matrix->index(1, 0).data().toString(), QStringLiteral("0–2–0"));
        QCOMPARE(matrix->index(0, 2).data().toString(), QStringLiteral("1–1–0"));
        QCOMPARE(matrix->index(0, 1).data(Qt::UserRole).toDouble(), 1.0);
        QCOMPARE(matrix->index(0, 2).data(Qt::UserRole).toDouble(), 0.5);
        QVERIFY(!matrix->index(1, 1).data(Qt::UserRole).isValid());
        const QColor winning = matrix->index(0, 1).data(Qt::BackgroundRole).value<QColor>();
        const QColor losing = matrix->index(1, 0).data(Qt::BackgroundRole).value<QColor>();
        QVERIFY(winning.isValid() && losing.isValid());
        QVERIFY(winning.greenF() > winning.redF());
        QVERIFY(losing.redF() > losing.greenF());
        QVERIFY(!matrix->index(0, 1).data(Qt::AccessibleTextRole).toString().isEmpty());
    }

    void theJudgesTableAndTheSummaryShowTheFigures()
    {
        ArenaWindow window;
        window.setDatabase(m_db.get());
        const JudgeStats &stats = window.result().judges;
        QCOMPARE(stats.judges.size(), 2);
        QTableWidget *judges = window.judgesTable();
        QCOMPARE(judges->rowCount(), 2);
        QCOMPARE(judges->item(0, 0)->text(), QStringLiteral("judge-1"));
        QCOMPARE(judges->item(0, 1)->text(), QString::number(stats.judges.at(0).verdicts));
        QCOMPARE(judges->item(0, 1)->text(), QStringLiteral("5"));
        // The panel split once (debate 4): judge-2 sided with the majority in four of the five debates at most.
        QVERIFY(stats.judges.at(1).agreementWithMajority().has_value());
        QVERIFY(judges->item(1, 4)->text().endsWith(QLatin1Char('%')));
        QVERIFY(stats.fleissKappa.has_value());
        const QList<QLabel *> labels = window.findChildren<QLabel *>();
        bool progress = false, kappa = false;
        for (const QLabel *label : labels) {
            progress = progress || label->text().contains(QStringLiteral("5 of 6 debates finished"));
            kappa = kappa || label->text().contains(QStringLiteral("Fleiss"));
        }
        QVERIFY(progress);
        QVERIFY(kappa);
    }

    void activatingADebateRowAsksForThatDebate()
    {
        ArenaWindow window;
        window.setDatabase(m_db.get());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QSignalSpy spy(&window, &ArenaWindow::debateActivated);
        QTableWidget *debates = window.debatesTable();
        QCOMPARE(debates->rowCount(), 6);
        auto *tabs = window.findChild<QTabWidget *>();
        QVERIFY(tabs);
        tabs->setCurrentWidget(debates);
        debates->setFocus();
        debates->setCurrentCell(3, 1);
        QTest::keyClick(debates, Qt::Key_Return);
        QCOMPARE(spy.count(), 1);
        QCOMPARE(spy.at(0).at(0).toString(), QStringLiteral("deb-3"));
        const QRect cell = debates->visualItemRect(debates->item(1, 1));
        QVERIFY(cell.isValid());
        // A double click is a press and release, then a second press that arrives as a double click.
        QTest::mouseClick(debates->viewport(), Qt::LeftButton, {}, cell.center());
        QCOMPARE(spy.count(), 1); // a single click only selects
        QTest::mouseDClick(debates->viewport(), Qt::LeftButton, {}, cell.center());
        QCOMPARE(spy.count(), 2);
        QCOMPARE(spy.at(1).at(0).toString(), QStringLiteral("deb-1"));
        debates->setCurrentCell(5, 1); // pending: no debate yet
        QTest::keyClick(debates, Qt::Key_Return);
        QCOMPARE(spy.count(), 2);
        const QString shot = qEnvironmentVariable("ROSTRUM_ARENA_SCREENSHOT");
        if (!shot.isEmpty()) {
            tabs->setCurrentIndex(qEnvironmentVariableIntValue("ROSTRUM_ARENA_TAB"));
            window.resize(1000, 720);
            QVERIFY(window.grab().save(shot));
        }
    }

    void theHostAddsTheViewActionAndPassesActivatedDebatesOn()
    {
        QMainWindow main;
        QMenu *view = main.menuBar()->addMenu(QStringLiteral("View"));
        ArenaHost host(&main, view);
        QVERIFY(view->actions().contains(host.action()));
        QCOMPARE(host.action()->shortcut(), QKeySequence(QStringLiteral("Ctrl+Shift+A")));
        host.attach(m_db.get());
        QVERIFY(!host.window());
        host.action()->trigger();
        QVERIFY(host.window());
        QCOMPARE(host.window()->currentTournament(), m_record.id);
        QSignalSpy spy(&host, &ArenaHost::debateActivated);
        emit host.window()->debateActivated(QStringLiteral("deb-2"));
        QCOMPARE(spy.count(), 1);
        QCOMPARE(spy.at(0).at(0).toString(), QStringLiteral("deb-2"));
    }

    void everyControlHasAnAccessibleName()
    {
        ArenaWindow window;
        window.setDatabase(m_db.get());
        const QList<QWidget *> widgets = window.findChildren<QWidget *>();
        for (const QWidget *w : widgets) {
            if (w->window() != &window) // the combo's popup list
                continue;
            if (w->focusPolicy() == Qt::NoFocus || qobject_cast<const QAbstractScrollArea *>(w->parentWidget()))
                continue;
            if (w->inherits("QTabBar") || w->inherits("QHeaderView") || w->inherits("QScrollBar"))
                continue;
            QVERIFY2(!w->accessibleName().isEmpty(), w->metaObject()->className());
        }
    }

    void withoutTournamentsTheWindowSaysSo()
    {
        ArenaWindow window;
        window.setDatabase(nullptr);
        QCOMPARE(window.leaderboardTable()->rowCount(), 0);
        QCOMPARE(window.debatesTable()->rowCount(), 0);
        QVERIFY(window.chart()->ratings());
        QCOMPARE(window.chart()->ratings()->count(), 0);
    }
};

QTEST_MAIN(TestArenaWindow)
#include "tst_arenawindow.moc"
