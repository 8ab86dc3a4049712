// Runs three short debates on several models against a running rostrum-mock-server, then opens
// the dashboard in its own window and saves it as a PNG (QWidget::grab). Used by
// scripts/screenshot-dashboard. Usage: dashboard-screenshot BASE_URL OUT.png
// It refuses (exit 1, nothing saved) to capture a dashboard that does not show what the debates did:
// every model they used, with requests and cost, and charts that finished updating.
#include "api/MistralClient.h"
#include "AppTranslator.h"
#include "clock/Clock.h"
#include "dashboard/DashboardHost.h"
#include "dashboard/DashboardWidget.h"
#include "debate/DebateEngine.h"
#include "flow/ChatService.h"
#include "flow/RateLimiter.h"
#include "flow/RequestScheduler.h"
#include "models/ModelCatalog.h"
#include "store/DashboardLoader.h"
#include "store/Database.h"
#include "store/DebateStore.h"
#include "store/UsageStore.h"
#include "usage/UsageTracker.h"

#include <QApplication>
#include <QMainWindow>
#include <QNetworkAccessManager>
#include <QTemporaryDir>
#include <QTimer>

#include <algorithm>
#include <cstdio>
#include <memory>

using namespace rostrum;

namespace {
// Empty if the dashboard shows every model of the debates with requests and cost; else what is wrong.
QString whatIsMissing(const DashboardData &data, const QList<QStringList> &pairs)
{
    if (data.total.requests <= 0 || data.total.costUsd <= 0.0)
        return QStringLiteral("no requests or no cost in the range");
    for (const QStringList &pair : pairs) {
        for (const QString &model : pair) {
            const auto it = std::find_if(data.models.cbegin(), data.models.cend(),
                                         [&model](const DashboardModelFigures &m) { return m.model == model; });
            if (it == data.models.cend())
                return QStringLiteral("%1 is missing").arg(model);
            if (it->requests <= 0 || it->costUsd <= 0.0)
                return QStringLiteral("%1 shows no requests or no cost").arg(model);
        }
    }
    if (data.cumulativeSpend.isEmpty())
        return QStringLiteral("no spend over time");
    return {};
}
} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    rostrum::gui::AppTranslator::install(app); // the interface language follows LANG, as in the app
    if (argc < 3) {
        std::fprintf(stderr, "usage: dashboard-screenshot BASE_URL OUT.png\n");
        return 2;
    }
    const QUrl base(QString::fromLocal8Bit(argv[1]));
    const QString outPath = QString::fromLocal8Bit(argv[2]);

    QTemporaryDir dir;
    Database db;
    if (!db.open(dir.filePath(QStringLiteral("rostrum.sqlite")))) {
        std::fprintf(stderr, "cannot open the database: %s\n", qPrintable(db.lastError()));
        return 1;
    }
    DebateStore debates(&db);
    Clock *clock = Clock::system();
    QNetworkAccessManager nam;
    MistralClient client(&nam, clock);
    client.setBaseUrl(base);
    client.setApiKey(QStringLiteral("test-key"));
    RateLimiter limiter(clock);
    RateLimiter::Overrides limits; // known limits, so the gauges have something to measure against
    limits.requestsPerSecond = 20;
    limits.requestsPerMinute = 120;
    limits.tokensPerMinute = 500000;
    limiter.setOverrides(limits);
    RequestScheduler scheduler(clock, &limiter);
    ChatService chat(&client, clock, &limiter, &scheduler);
    RetryPolicy::Config retry = chat.retryPolicy().config();
    retry.baseMs = 200;
    retry.capMs = 2000;
    chat.retryPolicy().setConfig(retry);
    ModelCatalog catalog;
    catalog.loadDefaults(dir.path(), dir.filePath(QStringLiteral("none.json")));
    UsageTracker tracker(&catalog);
    UsageStore usage(&db);
    QObject::connect(&chat, &ChatService::requestFinished, &tracker, &UsageTracker::record);
    QObject::connect(&tracker, &UsageTracker::recorded, &usage, &UsageStore::record);

    QMainWindow window;
    auto *host = new gui::DashboardHost(&window, nullptr);
    host->attach(&db, &tracker, &limiter, clock);

    const QList<QStringList> pairs = {
        {QStringLiteral("mistral-small-latest"), QStringLiteral("mistral-large-latest")},
        {QStringLiteral("codestral-latest"), QStringLiteral("mistral-medium-latest")},
        {QStringLiteral("mistral-small-latest"), QStringLiteral("magistral-medium-latest")},
    };
    const QStringList motions = {QStringLiteral("Cities should ban cars from their centres"),
                                 QStringLiteral("Static typing makes teams faster"),
                                 QStringLiteral("Remote work is better for everyone")};
    std::vector<std::unique_ptr<DebateEngine>> engines;
    int running = 0;
    for (int i = 0; i < pairs.size(); ++i) {
        DebateSpec spec;
        spec.motion = motions.at(i);
        spec.maxTokens = 300;
        spec.budgetUsd = 0.05;
        Debater pro;
        pro.side = QStringLiteral("pro");
        pro.model = pairs.at(i).at(0);
        Debater con;
        con.side = QStringLiteral("con");
        con.model = pairs.at(i).at(1);
        spec.debaters = {pro, con};
        auto engine =
            std::make_unique<DebateEngine>(DebateEngine::Services {&chat, clock, &catalog, nullptr, &debates});
        QString error;
        if (!engine->start(spec, &error)) {
            std::fprintf(stderr, "cannot start a debate: %s\n", qPrintable(error));
            return 1;
        }
        ++running;
        QObject::connect(engine.get(), &DebateEngine::finished, &app, [&running] { --running; });
        if (i == pairs.size() - 1)
            host->setCurrentDebate(engine->record().id, *spec.budgetUsd);
        engines.push_back(std::move(engine));
    }

    gui::DashboardWidget *shown = nullptr;
    QTimer poll;
    poll.setInterval(200);
    QObject::connect(&poll, &QTimer::timeout, &app, [&] {
        if (running > 0 || shown)
            return;
        host->showWindow();
        shown = host->windowWidget();
        shown->resize(1280, 960);
        shown->setRange(DashboardRange::Today);
        QObject::connect(host->loader(), &DashboardLoader::loaded, shown, [&, shown] {
            // The charts update one per event-loop pass: grab once they are all current and painted.
            auto *settle = new QTimer(shown);
            settle->setInterval(100);
            QObject::connect(settle, &QTimer::timeout, shown, [&, shown, settle] {
                if (shown->isUpdatingCharts())
                    return;
                settle->stop();
                const QString problem = whatIsMissing(shown->shownData(), pairs);
                if (!problem.isEmpty()) {
                    std::fprintf(stderr, "not saving the screenshot: %s\n", qPrintable(problem));
                    QCoreApplication::exit(1);
                    return;
                }
                const bool ok = shown->grab().save(outPath);
                std::fprintf(stdout, "%s %s (%lld requests)\n", ok ? "saved" : "could not save", qPrintable(outPath),
                             static_cast<long long>(shown->shownData().total.requests));
                db.flush();
                QCoreApplication::exit(ok ? 0 : 1);
            });
            settle->start();
        });
    });
    poll.start();
    QTimer::singleShot(180000, &app, [] {
        std::fprintf(stderr, "timed out\n");
        QCoreApplication::exit(1);
    });
    return app.exec();
}
