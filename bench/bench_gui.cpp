// Desktop app benchmarks (BENCHMARKS.md, "Desktop"), on the real MainWindow and DebateSession:
//   stream   the GUI thread's longest stall while two debates stream at TPS tokens/s each from a
//            MockMistralServer running on its own thread; a 1 ms probe timer measures how late the
//            event loop serves it (max, p99, p50 of the lateness). Also the app's CPU time (the
//            process's, less the server thread's) per streamed token (one SSE event per word).
//   open     opening a saved N-speech debate from the database (MainWindow::openSavedDebate:
//            speeches loaded on the worker thread, shown on the GUI thread), until the transcript
//            holds every row and the event loop has laid it out.
//   startup  main.cpp's steps (QApplication, translator, MainWindow, show) to the first paint of the
//            window; prints ms since the launcher's timestamp (BENCH_LAUNCH_NS) and VmRSS after 2 s idle.
#include "ApplicationSetup.h"
#include "DebateSession.h"
#include "FontWarmup.h"
#include "MainWindow.h"
#include "MockMistralServer.h"
#include "security/MemorySecretStore.h"
#include "session/AppServices.h"
#include "store/Database.h"
#include "store/DebateStore.h"
#include "TranscriptModel.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>
#include <QThread>
#include <QTimer>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <ctime>
#include <pthread.h>

using namespace rostrum;
using namespace rostrum::gui;

namespace {

qint64 cpuNs(clockid_t id)
{
    timespec ts {};
    clock_gettime(id, &ts);
    return qint64(ts.tv_sec) * 1000000000 + ts.tv_nsec;
}

qint64 realtimeNs()
{
    timespec ts {};
    clock_gettime(CLOCK_REALTIME, &ts);
    return qint64(ts.tv_sec) * 1000000000 + ts.tv_nsec;
}

long rssKb()
{
    QFile f(QStringLiteral("/proc/self/status"));
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : f.readAll().split('\n')) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').first().toLong();
    }
    return -1;
}

double percentile(QList<double> v, double p)
{
    if (v.isEmpty())
        return 0;
    std::sort(v.begin(), v.end());
    const qsizetype rank = qMax<qsizetype>(1, qsizetype(std::ceil(p / 100.0 * double(v.size()))));
    return v.at(rank - 1);
}

DebateSpec spec(const QString &motion)
{
    DebateSpec s;
    s.motion = motion;
    s.language = QStringLiteral("en");
    s.rounds = 3;
    s.maxTokens = 2000;
    s.debaters = {
        Debater {QStringLiteral("Pro"), QStringLiteral("pro"), {}, QStringLiteral("mistral-small-2603"), {}, false},
        Debater {QStringLiteral("Con"), QStringLiteral("con"), {}, QStringLiteral("mistral-small-2603"), {}, false}};
    return s;
}

// Paints happen on expose; the first one is "the window is up".
class FirstPaint : public QObject
{
public:
    qint64 atNs = 0;
    bool eventFilter(QObject *o, QEvent *e) override
    {
        if (!atNs && e->type() == QEvent::Paint && o->isWidgetType()) {
            atNs = realtimeNs();
            // For profiling the startup alone: leave as the first paint starts.
            if (qEnvironmentVariableIsSet("BENCH_QUIT_AT_FIRST_PAINT"))
                std::_Exit(0);
        }
        return false;
    }
};

int runStream(int tokensPerSecond, int seconds, int speechChars)
{
    // The server lives on its own thread so its pacing and writes do not load the GUI thread.
    QThread serverThread;
    QObject anchor; // runs the server's setup and teardown on its thread
    anchor.moveToThread(&serverThread);
    serverThread.start();
    test::MockMistralServer *server = nullptr;
    QUrl url;
    clockid_t serverCpu {};
    double charsPerToken = 0;
    QMetaObject::invokeMethod(
        &anchor,
        [&] {
            server = new test::MockMistralServer;
            server->setApiKey("bench-key");
            test::MockReply reply;
            QString text;
            for (int i = 0; text.size() < speechChars; ++i)
                text += QStringLiteral("Argument %1 holds because the evidence is clear and the cost is low. ").arg(i);
            // One event per word, so a streamed token is a known number of characters.
            QStringList words = text.split(QLatin1Char(' '), Qt::SkipEmptyParts);
            for (qsizetype i = 1; i < words.size(); ++i)
                words[i].prepend(QLatin1Char(' '));
            reply.pieces = words;
            charsPerToken = double(words.join(QString()).size()) / double(words.size());
            pthread_getcpuclockid(pthread_self(), &serverCpu);
            reply.tokensPerSecond = tokensPerSecond;
            server->setDefaultReply(reply);
            server->listen();
            url = server->baseUrl();
        },
        Qt::BlockingQueuedConnection);

    qputenv("ROSTRUM_BASE_URL", url.toString().toUtf8());
    qputenv("MISTRAL_API_KEY", "bench-key");
    MemorySecretStore s1, s2;
    MainWindow a(&s1), b(&s2);
    a.resize(1200, 800);
    b.resize(1200, 800);
    a.show();
    b.show();
    a.startDebate(spec(QStringLiteral("Cities should be car-free")));
    b.startDebate(spec(QStringLiteral("Remote work is better")));

    QList<double> lateMs;
    QElapsedTimer clock;
    qint64 last = -1;
    QTimer probe;
    probe.setTimerType(Qt::PreciseTimer);
    probe.setInterval(1);
    qint64 charsAtStart = -1;
    const auto chars = [&] {
        qint64 n = 0;
        for (MainWindow *w : {&a, &b})
            for (const Speech &s : w->debateSession()->record().speeches)
                n += s.text.size();
        return n;
    };
    QObject::connect(&probe, &QTimer::timeout, &probe, [&] {
        const qint64 now = clock.nsecsElapsed();
        if (last >= 0)
            lateMs.append(qMax(0.0, double(now - last) / 1e6 - 1.0));
        last = now;
    });
    // Measure once both are streaming.
    QElapsedTimer wait;
    wait.start();
    while (!(a.transcript()->rowCount() > 0 && b.transcript()->rowCount() > 0) && wait.elapsed() < 20000)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
    clock.start();
    charsAtStart = chars();
    const qint64 processCpu0 = cpuNs(CLOCK_PROCESS_CPUTIME_ID);
    const qint64 serverCpu0 = cpuNs(serverCpu);
    probe.start();
    QTimer::singleShot(seconds * 1000, qApp, &QCoreApplication::quit);
    qApp->exec();
    probe.stop();
    const double elapsed = double(clock.elapsed()) / 1000.0;
    const qint64 streamed = chars() - charsAtStart;
    const double appCpuMs =
        double((cpuNs(CLOCK_PROCESS_CPUTIME_ID) - processCpu0) - (cpuNs(serverCpu) - serverCpu0)) / 1e6;
    const double tokens = double(streamed) / charsPerToken;
    std::printf("stream: %d tok/s per debate, 2 debates, speeches of %d chars, %.1f s, %lld probe ticks, %lld chars "
                "shown (%.0f chars/s)\n",
                tokensPerSecond, speechChars, elapsed, static_cast<long long>(lateMs.size()),
                static_cast<long long>(streamed), double(streamed) / elapsed);
    std::printf("event-loop lateness: max %.2f ms, p99 %.2f ms, p50 %.3f ms\n", percentile(lateMs, 100),
                percentile(lateMs, 99), percentile(lateMs, 50));
    std::printf("app CPU (process less the server thread): %.0f ms = %.0f%% of a core; %.0f tokens shown, %.1f us "
                "per streamed token\n",
                appCpuMs, appCpuMs / 10.0 / elapsed, tokens, appCpuMs * 1000.0 / tokens);
    a.debateSession()->stop();
    b.debateSession()->stop();
    QMetaObject::invokeMethod(
        &anchor, [&] { delete server; }, Qt::BlockingQueuedConnection);
    serverThread.quit();
    serverThread.wait();
    return 0;
}

int runOpen(int speeches, int runs)
{
    QTemporaryDir dir;
    qputenv("ROSTRUM_DATA_DIR", dir.path().toUtf8());
    qputenv("ROSTRUM_BASE_URL", "http://127.0.0.1:1");
    {
        Database db;
        if (!db.open(Database::pathInDataDir(dir.path())))
            return 1;
        DebateStore store(&db);
        DebateRecord r;
        r.id = QStringLiteral("bench-2000");
        r.spec = spec(QStringLiteral("A very long debate"));
        r.status = DebateRecord::Status::Finished;
        r.created = r.updated = QDateTime::currentDateTimeUtc();
        store.saveDebate(r);
        for (int i = 0; i < speeches; ++i) {
            Speech s;
            s.index = i;
            s.turn = i;
            s.speaker = i % 2 ? QStringLiteral("Con") : QStringLiteral("Pro");
            s.side = i % 2 ? QStringLiteral("con") : QStringLiteral("pro");
            s.model = QStringLiteral("mistral-small-2603");
            s.status = Speech::Status::Finished;
            for (int k = 0; s.text.size() < 1200; ++k)
                s.text += QStringLiteral("Point %1 of speech %2: the **evidence** supports it. ").arg(k).arg(i);
            s.promptTokens = 900;
            s.completionTokens = 300;
            s.started = s.updated = r.created;
            store.saveSpeech(r.id, s);
        }
        db.flush();
    }
    MemorySecretStore secrets;
    MainWindow w(&secrets);
    w.resize(1200, 800);
    w.show();
    QList<double> totals, gui;
    for (int run = 0; run < runs; ++run) {
        w.transcript()->clear();
        QCoreApplication::processEvents();
        QElapsedTimer t;
        bool opened = false;
        qint64 guiNs = 0;
        QObject::connect(
            &w, &MainWindow::debateOpened, &w, [&] { opened = true; }, Qt::SingleShotConnection);
        t.start();
        w.openSavedDebate(QStringLiteral("bench-2000"));
        while (!opened)
            QCoreApplication::processEvents(QEventLoop::AllEvents | QEventLoop::WaitForMoreEvents, 5);
        // Let the view lay out and paint what it shows.
        QElapsedTimer g;
        g.start();
        QCoreApplication::processEvents();
        guiNs = g.nsecsElapsed();
        if (w.transcript()->rowCount() != speeches)
            return 2;
        totals.append(double(t.nsecsElapsed()) / 1e6);
        gui.append(double(guiNs) / 1e6);
    }
    std::printf(
        "open %d speeches, %d runs: total median %.1f ms (min %.1f, max %.1f); layout after it %.1f ms median\n",
        speeches, runs, percentile(totals, 50), percentile(totals, 0.0001), percentile(totals, 100),
        percentile(gui, 50));
    return 0;
}

// main.cpp's own steps, in its order, with its resources and translations.
int runStartup(int argc, char *argv[])
{
    const FontWarmup fonts;
    QApplication app(argc, argv);
    setUpApplication(app);
    FirstPaint paint;
    app.installEventFilter(&paint);
    MainWindow window;
    window.show();
    QTimer::singleShot(2000, &app, [&] {
        const qint64 launch = qEnvironmentVariable("BENCH_LAUNCH_NS").toLongLong();
        std::printf("rostrum first paint %.1f ms after launch, VmRSS %ld kB\n",
                    launch ? double(paint.atNs - launch) / 1e6 : -1.0, rssKb());
        app.quit();
    });
    return app.exec();
}

} // namespace

int main(int argc, char *argv[])
{
    const QByteArray mode = argc > 1 ? QByteArray(argv[1]) : QByteArray("stream");
    if (mode == "startup")
        return runStartup(argc, argv);
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("RostrumBench"));
    QApplication::setOrganizationName(QStringLiteral("RostrumBench"));
    if (mode == "stream")
        return runStream(argc > 2 ? atoi(argv[2]) : 1000, argc > 3 ? atoi(argv[3]) : 10,
                         argc > 4 ? atoi(argv[4]) : 3000);
    if (mode == "open")
        return runOpen(argc > 2 ? atoi(argv[2]) : 2000, argc > 3 ? atoi(argv[3]) : 5);
    std::fprintf(stderr,
                 "usage: bench_gui stream [tps] [seconds] [chars per speech] | open [speeches] [runs] | startup\n");
    return 64;
}
