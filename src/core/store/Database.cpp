#include "Database.h"

#include "Migrations.h"
#include "store/StoreLogging.h"

#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QPointer>
#include <QSqlError>
#include <QSqlQuery>

#include <atomic>

namespace rostrum {

namespace {
std::atomic<quint64> g_nextSerial {1};

bool exec(QSqlDatabase &db, const QString &sql, QString *error)
{
    QSqlQuery q(db);
    if (!q.exec(sql)) {
        if (error)
            *error = QStringLiteral("%1 (%2)").arg(q.lastError().text(), sql.left(80));
        return false;
    }
    return true;
}
} // namespace

Database::Database(QObject *parent)
    : QObject(parent)
    , m_serial(g_nextSerial++)
{
    m_writerThread.setObjectName(QStringLiteral("rostrum-db-writer"));
}

Database::~Database()
{
    if (m_writer) {
        flush();
        // The writer's connection must be closed by the thread that opened it.
        const QString name = connectionName(&m_writerThread);
        QMetaObject::invokeMethod(
            m_writer,
            [name] {
                QSqlDatabase::database(name, false).close();
                QSqlDatabase::removeDatabase(name);
            },
            Qt::BlockingQueuedConnection);
        m_writerThread.quit();
        m_writerThread.wait();
        delete m_writer;
        m_writer = nullptr;
    }
    // Connections of threads other than this one and the writer are closed here too: by now no
    // job can be using them.
    QMutexLocker lock(&m_mutex);
    const QString own = connectionName(QThread::currentThread());
    const QString writer = connectionName(&m_writerThread);
    for (const QString &name : std::as_const(m_connectionNames)) {
        if (name == writer)
            continue;
        if (name == own)
            QSqlDatabase::database(name, false).close();
        QSqlDatabase::removeDatabase(name);
    }
}

QString Database::pathInDataDir(const QString &dataDir)
{
    return QDir(dataDir).filePath(defaultFileName());
}

int Database::latestVersion()
{
    return migrations().isEmpty() ? 0 : migrations().constLast().version;
}

bool Database::open(const QString &filePath)
{
    if (m_open)
        return true;
    if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QSQLITE"))) {
        m_lastError = QStringLiteral("the Qt SQLite driver (QSQLITE) is not installed");
        return false;
    }
    m_path = QFileInfo(filePath).absoluteFilePath();
    if (!QDir().mkpath(QFileInfo(m_path).absolutePath())) {
        m_lastError = QStringLiteral("cannot create the folder of %1").arg(m_path);
        return false;
    }
    QSqlDatabase db = connection();
    if (!db.isOpen()) {
        m_lastError = QStringLiteral("cannot open %1: %2").arg(m_path, db.lastError().text());
        return false;
    }
    if (!migrate(db))
        return false;

    m_writer = new QObject;
    m_writer->moveToThread(&m_writerThread);
    m_writerThread.start();
    m_open = true;
    return true;
}

bool Database::configure(QSqlDatabase &db, QString *error) const
{
    // WAL lets readers (the GUI, `rostrum-cli list`) read while a writer saves a speech, and a
    // commit survives a killed process. NORMAL sync is durable against process death in WAL mode.
    // The busy timeout lets the desktop app and the CLI share the file without spurious errors.
    return exec(db, QStringLiteral("PRAGMA busy_timeout = 5000"), error)
        && exec(db, QStringLiteral("PRAGMA journal_mode = WAL"), error)
        && exec(db, QStringLiteral("PRAGMA synchronous = NORMAL"), error)
        && exec(db, QStringLiteral("PRAGMA foreign_keys = ON"), error);
}

QString Database::connectionName(QThread *thread) const
{
    return QStringLiteral("rostrum-db-%1-%2").arg(m_serial).arg(quintptr(thread), 0, 16);
}

QSqlDatabase Database::connection() const
{
    const QString name = connectionName(QThread::currentThread());
    if (QSqlDatabase::contains(name)) {
        QSqlDatabase db = QSqlDatabase::database(name, false);
        if (!db.isOpen())
            db.open();
        return db;
    }
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
    db.setDatabaseName(m_path);
    {
        QMutexLocker lock(&m_mutex);
        m_connectionNames.append(name);
    }
    if (!db.open()) {
        qCWarning(lcStore) << "cannot open" << m_path << db.lastError().text();
        return db;
    }
    QString error;
    if (!configure(db, &error))
        qCWarning(lcStore) << "cannot configure the database connection:" << error;
    return db;
}

int Database::schemaVersion() const
{
    QSqlDatabase db = connection();
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("SELECT MAX(version) FROM schema_version")) || !q.next())
        return 0;
    return q.value(0).toInt();
}

bool Database::migrate(QSqlDatabase &db)
{
    if (!exec(db,
              QStringLiteral("CREATE TABLE IF NOT EXISTS schema_version ("
                             " version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied TEXT NOT NULL)"),
              &m_lastError))
        return false;
    const int current = schemaVersion();
    if (current > latestVersion()) {
        m_lastError = QStringLiteral("%1 was written by a newer Rostrum (schema %2; this one knows %3): "
                                     "update Rostrum or use another --data-dir")
                          .arg(m_path)
                          .arg(current)
                          .arg(latestVersion());
        return false;
    }
    for (const Migration &m : migrations()) {
        if (m.version <= current)
            continue;
        if (!db.transaction()) {
            m_lastError = db.lastError().text();
            return false;
        }
        bool ok = true;
        for (const QString &sql : m.statements) {
            if (!exec(db, sql, &m_lastError)) {
                ok = false;
                break;
            }
        }
        if (ok) {
            QSqlQuery q(db);
            q.prepare(QStringLiteral("INSERT INTO schema_version (version, name, applied) VALUES (?, ?, ?)"));
            q.addBindValue(m.version);
            q.addBindValue(QString::fromUtf8(m.name));
            q.addBindValue(QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs));
            ok = q.exec();
            if (!ok)
                m_lastError = q.lastError().text();
        }
        if (!ok || !db.commit()) {
            db.rollback();
            m_lastError = QStringLiteral("migration %1 (%2) failed: %3")
                              .arg(m.version)
                              .arg(QString::fromUtf8(m.name), m_lastError);
            return false;
        }
        qCInfo(lcStore) << "database migrated to version" << m.version << m.name;
    }
    return true;
}

void Database::enqueue(std::function<void()> job)
{
    {
        QMutexLocker lock(&m_mutex);
        ++m_pending;
    }
    QMetaObject::invokeMethod(m_writer, std::move(job), Qt::QueuedConnection);
}

void Database::jobDone()
{
    QMutexLocker lock(&m_mutex);
    if (--m_pending == 0)
        m_idle.wakeAll();
}

void Database::write(WriteFn fn, QObject *context, std::function<void(bool)> done)
{
    if (!m_open) {
        qCWarning(lcStore) << "write on a database that is not open";
        if (done)
            QMetaObject::invokeMethod(
                this, [done] { done(false); }, Qt::QueuedConnection);
        return;
    }
    const bool hasContext = context != nullptr;
    QPointer<QObject> guard(context);
    enqueue([this, fn = std::move(fn), done = std::move(done), guard, hasContext] {
        QSqlDatabase db = connection();
        QString error;
        bool ok = db.isOpen() && db.transaction();
        if (ok) {
            ok = fn(db);
            if (ok && !db.commit()) {
                ok = false;
                error = db.lastError().text();
            }
            if (!ok) {
                if (error.isEmpty())
                    error = QStringLiteral("a write was rolled back");
                db.rollback();
            }
        } else {
            error = db.lastError().text();
        }
        if (!ok) {
            qCWarning(lcStore) << "write failed:" << error;
            QMetaObject::invokeMethod(
                this, [this, error] { emit writeFailed(error); }, Qt::QueuedConnection);
        }
        if (done) {
            QMetaObject::invokeMethod(
                this,
                [done, guard, hasContext, ok] {
                    if (!hasContext || guard)
                        done(ok);
                },
                Qt::QueuedConnection);
        }
        jobDone();
    });
}

void Database::read(ReadFn fn, QObject *context, std::function<void(const QVariant &)> done)
{
    if (!m_open) {
        if (done)
            QMetaObject::invokeMethod(
                this, [done] { done(QVariant()); }, Qt::QueuedConnection);
        return;
    }
    const bool hasContext = context != nullptr;
    QPointer<QObject> guard(context);
    enqueue([this, fn = std::move(fn), done = std::move(done), guard, hasContext] {
        QSqlDatabase db = connection();
        const QVariant result = fn(db);
        if (done) {
            QMetaObject::invokeMethod(
                this,
                [done, guard, hasContext, result] {
                    if (!hasContext || guard)
                        done(result);
                },
                Qt::QueuedConnection);
        }
        jobDone();
    });
}

void Database::flush()
{
    if (QThread::currentThread() == &m_writerThread)
        return; // would wait for itself
    QMutexLocker lock(&m_mutex);
    while (m_pending > 0)
        m_idle.wait(&m_mutex);
}

int Database::pendingJobs() const
{
    QMutexLocker lock(&m_mutex);
    return m_pending;
}

} // namespace rostrum
