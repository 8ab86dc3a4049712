// Acceptance test of the dashboard: a short debate against the mock server with one scripted 429
// and one scripted 500; the dashboard (dock of a main window, fed from SQLite off the GUI thread)
// must show the debate's requests, its cost, and one error in each of the two classes.
#include "MockMistralServer.h"

#include "api/MistralClient.h"
#include "clock/Clock.h"
#include "dashboard/DashboardCharts.h"
#include "dashboard/DashboardHost.h"
#include "dashboard/DashboardTableModel.h"
#include "dashboard/DashboardWidget.h"
#include "debate/DebateEngine.h"
#include "flow/ChatService.h"
#include "flow/RateLimiter.h"
#include "flow/RequestScheduler.h"
#include "GuiTestBase.h"
#include "models/ModelCatalog.h"
#include "store/DashboardLoader.h"
#include "store/Database.h"
#include "store/DebateStore.h"
#include "store/UsageStore.h"
#include "usage/UsageTracker.h"

#include <QBarSet>
#include <QDockWidget>
#include <QLineSeries>
#include <QMainWindow>
#include <QNetworkAccessManager>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace rostrum;
using namespace rostrum::gui;
using rostrum::test::ErrorShape;
using rostrum::test::MockMistralServer;
using rostrum::test::MockReply;

class TestDashboardDebate final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void debateWithA429AndA500()
    {
        const QString model = QStringLiteral("mistral-small-latest");
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        Database db;
        QVERIFY2(db.open(dir.filePath(QStringLiteral("rostrum.sqlite"))), qPrintable(db.lastError()));
        DebateStore debates(&db);

        MockMistralServer server;
        QVERIFY(server.listen());
        server.enqueue(MockReply::error(429, ErrorShape::RateLimited429));
        server.enqueue(MockReply::error(500, ErrorShape::Internal500));
        // A real delay before every answer: on the keep-alive wire a local answer can take under a
        // millisecond, and the latency chart below must have something measured to show.
        MockReply answer;
        answer.firstByteDelayMs = 5;
        server.setDefaultReply(answer);

        Clock *clock = Clock::system();
        QNetworkAccessManager nam;
        MistralClient client(&nam, clock);
        client.setBaseUrl(server.baseUrl());
        client.setApiKey(QStringLiteral("test-key"));
        RateLimiter limiter(clock);
        // Without rate-limit headers a 429 would teach "one request per minute"; explicit limits
        // win over what is learned, so the test does not wait a real minute per speech.
        RateLimiter::Overrides limits;
        limits.requestsPerSecond = 100;
        limits.requestsPerMinute = 1000;
        limits.tokensPerMinute = 10000000;
        limiter.setOverrides(limits);
        RequestScheduler scheduler(clock, &limiter);
        ChatService chat(&client, clock, &limiter, &scheduler);
        RetryPolicy::Config retry = chat.retryPolicy().config();
        retry.baseMs = 20; // short real waits: the retries are what is tested, not their length
        retry.capMs = 100;
        chat.retryPolicy().setConfig(retry);

        ModelCatalog catalog;
        QVERIFY(catalog.loadDefaults(dir.path(), dir.filePath(QStringLiteral("none.json"))));
        UsageTracker tracker(&catalog);
        UsageStore usage(&db);
        connect(&chat, &ChatService::requestFinished, &tracker, &UsageTracker::record);
        connect(&tracker, &UsageTracker::recorded, &usage, &UsageStore::record);

        QMainWindow window;
        auto *host = new DashboardHost(&window, nullptr);
        host->attach(&db, &tracker, &limiter, clock);
        host->loader()->setThrottleMs(50);
        window.show();
        TRIGGER_ACTION(host->toggleAction(), "toggleDashboard"); // View → Dashboard
        QVERIFY(host->dock()->isVisible());
        DashboardWidget *dash = host->dockWidget();

        DebateSpec spec;
        spec.motion = QStringLiteral("Cities should ban cars from their centres");
        spec.format = QStringLiteral("classic");
        spec.maxTokens = 200;
        spec.budgetUsd = 1.0;
        Debater pro;
        pro.side = QStringLiteral("pro");
        pro.model = model;
        Debater con = pro;
        con.side = QStringLiteral("con");
        spec.debaters = {pro, con};
        DebateEngine engine({&chat, clock, &catalog, nullptr, &debates});
        QString error;
        QVERIFY2(engine.start(spec, &error), qPrintable(error));
        host->setCurrentDebate(engine.record().id, *spec.budgetUsd);
        dash->setRange(DashboardRange::ThisDebate);

        QTRY_COMPARE_WITH_TIMEOUT(engine.state(), DebateEngine::State::Finished, 60000);
        const int speeches = int(engine.record().speeches.size());
        QCOMPARE(speeches, 6);
        QCOMPARE(server.chatRequestCount(), speeches + 2); // two attempts were retried
        const double cost = tracker.total().costUsd;
        QVERIFY(cost > 0);

        // The dashboard catches up by itself (throttled refreshes from the tracker's signals).
        QTRY_COMPARE_WITH_TIMEOUT(dash->shownData().total.requests, qint64(speeches), 20000);
        const DashboardData &data = dash->shownData();
        QCOMPARE(data.filter.range, DashboardRange::ThisDebate);
        QVERIFY(!dash->isShowingEmptyState());
        QCOMPARE(data.models.size(), 1);
        QVERIFY(qAbs(data.total.costUsd - cost) < 1e-9);
        QVERIFY(qAbs(data.debateCostUsd - cost) < 1e-9);

        // The series behind the charts (refilled one chart per event-loop pass).
        QTRY_VERIFY(!dash->isUpdatingCharts());
        DashboardCharts *charts = dash->charts();
        QCOMPARE(charts->categories(DashboardCharts::Errors), QStringList {model});
        int rateLimited = -1;
        int server500 = -1;
        int others = 0;
        const QList<QBarSet *> errorSets = charts->barSets(DashboardCharts::Errors);
        QCOMPARE(errorSets.size(), kErrorBucketCount);
        for (int b = 0; b < errorSets.size(); ++b) {
            const int n = int(errorSets.at(b)->at(0));
            if (ErrorBucket(b) == ErrorBucket::RateLimited)
                rateLimited = n;
            else if (ErrorBucket(b) == ErrorBucket::Server)
                server500 = n;
            else
                others += n;
        }
        QCOMPARE(rateLimited, 1);
        QCOMPARE(server500, 1);
        QCOMPARE(others, 0);
        QVERIFY(qAbs(charts->barSets(DashboardCharts::Cost).at(0)->at(0) - cost) < 1e-9);
        QLineSeries *line = charts->spendLine(model);
        QVERIFY(line);
        QVERIFY(line->count() >= 2);
        QVERIFY(qAbs(line->points().constLast().y() - cost) < 1e-9);
        QVERIFY(charts->barSets(DashboardCharts::Latency).at(0)->at(0) >= 5); // p50 latency measured

        // The table shows the same numbers.
        DashboardTableModel *table = dash->tableModel();
        QCOMPARE(table->rowCount(), 2); // the model and "All models"
        QCOMPARE(table->index(0, DashboardTableModel::Requests).data(Qt::UserRole).toLongLong(), qint64(speeches));
        QCOMPARE(table->index(0, DashboardTableModel::ErrorsRateLimited).data(Qt::UserRole).toLongLong(), 1);
        QCOMPARE(table->index(0, DashboardTableModel::ErrorsServer).data(Qt::UserRole).toLongLong(), 1);
        QCOMPARE(table->index(0, DashboardTableModel::Retries).data(Qt::UserRole).toLongLong(), 2);

        // Its own window shows the same loader's numbers.
        host->showWindow();
        QVERIFY(host->windowWidget());
        QCOMPARE(host->windowWidget()->shownData().total.requests, qint64(speeches));
        db.flush();
    }
};

QTEST_MAIN(TestDashboardDebate)
#include "tst_dashboarddebate.moc"
