#pragma once

#include <QMutex>
#include <QObject>
#include <QSqlDatabase>
#include <QStringList>
#include <QThread>
#include <QVariant>
#include <QWaitCondition>

#include <functional>

namespace rostrum {

// The one SQLite database of Rostrum (debates, speeches, requests, response cache).
//
// - WAL journal, foreign keys on, a busy timeout so the app and the CLI can share the file.
// - schema_version + ordered migrations (see Migrations.h for how to add one).
// - One connection per thread (a QSqlDatabase may only be used by the thread that opened it):
//   connection() gives the calling thread's own.
// - Writes go through write(): a worker thread runs them in transactions, in the order they were
//   queued, so the GUI thread never waits on the disk.
class Database final : public QObject
{
    Q_OBJECT
public:
    using WriteFn = std::function<bool(QSqlDatabase &db)>;
    using ReadFn = std::function<QVariant(QSqlDatabase &db)>;

    explicit Database(QObject *parent = nullptr);
    // Finishes the queued writes, then stops the writer thread and closes the connections.
    ~Database() override;

    static QString defaultFileName() { return QStringLiteral("rostrum.sqlite"); }
    // <dataDir>/rostrum.sqlite
    static QString pathInDataDir(const QString &dataDir);
    // The schema version this build creates and understands.
    static int latestVersion();

    // Opens (creating the file and its folder) and migrates to latestVersion(). Call once, from
    // the thread that owns this object. On failure returns false and lastError() says why; a
    // database written by a newer Rostrum is refused rather than damaged.
    bool open(const QString &filePath);
    bool isOpen() const { return m_open; }
    QString filePath() const { return m_path; }
    QString lastError() const { return m_lastError; }
    // The version recorded in schema_version (0 for an empty file).
    int schemaVersion() const;

    // The calling thread's connection, opened on first use with the same pragmas. For reads on
    // that thread; write() for writes.
    QSqlDatabase connection() const;

    // Queues fn for the writer thread, inside one transaction: committed when fn returns true,
    // rolled back otherwise (and writeFailed is emitted). done, if given, runs afterwards on this
    // object's thread with the outcome, unless context was destroyed meanwhile.
    void write(WriteFn fn, QObject *context = nullptr, std::function<void(bool ok)> done = {});

    // Runs fn on the writer thread (after the writes queued before it), for bulk reads off the
    // GUI thread; done gets the result on this object's thread unless context is gone.
    void read(ReadFn fn, QObject *context, std::function<void(const QVariant &)> done);

    // Blocks until every queued write and read has run. For shutdown, the CLI and tests; never
    // call it on the GUI thread while it is responsive to the user.
    void flush();
    int pendingJobs() const;

signals:
    void writeFailed(const QString &message);

private:
    QString connectionName(QThread *thread) const;
    bool configure(QSqlDatabase &db, QString *error) const;
    bool migrate(QSqlDatabase &db);
    void enqueue(std::function<void()> job);
    void jobDone();

    QString m_path;
    QString m_lastError;
    bool m_open = false;
    quint64 m_serial = 0;
    QThread m_writerThread;
    QObject *m_writer = nullptr; // lives in m_writerThread

    mutable QMutex m_mutex;
    QWaitCondition m_idle;
    int m_pending = 0;
    mutable QStringList m_connectionNames;
};

} // namespace rostrum
