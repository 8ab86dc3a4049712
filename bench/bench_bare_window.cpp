// The baseline of bench_gui startup: an empty QMainWindow built with the same flags, shown the same
// way; prints ms from the launcher's timestamp (BENCH_LAUNCH_NS) to the first paint, and VmRSS after 2 s.
#include <QApplication>
#include <QFile>
#include <QMainWindow>
#include <QTimer>

#include <cstdio>
#include <ctime>

namespace {
qint64 realtimeNs()
{
    timespec ts {};
    clock_gettime(CLOCK_REALTIME, &ts);
    return qint64(ts.tv_sec) * 1000000000 + ts.tv_nsec;
}

class FirstPaint : public QObject
{
public:
    qint64 atNs = 0;
    bool eventFilter(QObject *o, QEvent *e) override
    {
        if (!atNs && e->type() == QEvent::Paint && o->isWidgetType())
            atNs = realtimeNs();
        return false;
    }
};
} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    FirstPaint paint;
    app.installEventFilter(&paint);
    QMainWindow window;
    window.resize(1200, 800);
    window.show();
    QTimer::singleShot(2000, &app, [&] {
        long rss = -1;
        QFile f(QStringLiteral("/proc/self/status"));
        if (f.open(QIODevice::ReadOnly)) {
            for (const QByteArray &line : f.readAll().split('\n'))
                if (line.startsWith("VmRSS:"))
                    rss = line.mid(6).trimmed().split(' ').first().toLong();
        }
        const qint64 launch = qEnvironmentVariable("BENCH_LAUNCH_NS").toLongLong();
        std::printf("bare first paint %.1f ms after launch, VmRSS %ld kB\n",
                    launch ? double(paint.atNs - launch) / 1e6 : -1.0, rss);
        app.quit();
    });
    return app.exec();
}
