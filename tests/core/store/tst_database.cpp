#include "store/Database.h"
#include "store/Migrations.h"

#include <QSignalSpy>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <atomic>

using namespace rostrum;

class TestDatabase final : public QObject
{
    Q_OBJECT

    static QString scalar(QSqlDatabase db, const QString &sql)
    {
        QSqlQuery q(db);
        if (!q.exec(sql) || !q.next())
            return QStringLiteral("<error: %1>").arg(q.lastError().text());
        return q.value(0).toString();
    }

    static QStringList tables(QSqlDatabase db)
    {
        QSqlQuery q(db);
        q.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name"));
        QStringList names;
        while (q.next())
            names << q.value(0).toString();
        return names;
    }

private slots:
    void migratesAnEmptyFileToTheLatestSchema()
    {
        QTemporaryDir dir;
        Database db;
        QVERIFY2(db.open(Database::pathInDataDir(dir.filePath(QStringLiteral("nested/data")))),
                 qPrintable(db.lastError()));
        QCOMPARE(db.schemaVersion(), Database::latestVersion());
        QVERIFY(Database::latestVersion() >= 1);
        const QStringList t = tables(db.connection());
        for (const char *name :
             {"debates", "participants", "speeches", "requests", "request_errors", "response_cache", "schema_version"})
            QVERIFY2(t.contains(QLatin1String(name)), name);
        QCOMPARE(scalar(db.connection(), QStringLiteral("PRAGMA integrity_check")), QStringLiteral("ok"));
    }

    void walAndForeignKeysAreOn()
    {
        QTemporaryDir dir;
        Database db;
        QVERIFY(db.open(dir.filePath(QStringLiteral("r.sqlite"))));
        QCOMPARE(scalar(db.connection(), QStringLiteral("PRAGMA journal_mode")), QStringLiteral("wal"));
        QCOMPARE(scalar(db.connection(), QStringLiteral("PRAGMA foreign_keys")), QStringLiteral("1"));

        // A speech of a debate that does not exist is refused.
        QSqlQuery q(db.connection());
        QVERIFY(!q.exec(QStringLiteral("INSERT INTO speeches (debate_id, idx, text) VALUES ('nope', 0, 'x')")));

        // Deleting a debate takes its speeches with it.
        QVERIFY(
            q.exec(QStringLiteral("INSERT INTO debates (id, motion, created, updated) VALUES ('d1', 'm', 't', 't')")));
        QVERIFY(q.exec(QStringLiteral("INSERT INTO speeches (debate_id, idx, text) VALUES ('d1', 0, 'x')")));
        QVERIFY(q.exec(QStringLiteral("DELETE FROM debates WHERE id = 'd1'")));
        QCOMPARE(scalar(db.connection(), QStringLiteral("SELECT COUNT(*) FROM speeches")), QStringLiteral("0"));
    }

    void statusValuesAreChecked()
    {
        QTemporaryDir dir;
        Database db;
        QVERIFY(db.open(dir.filePath(QStringLiteral("r.sqlite"))));
        QSqlQuery q(db.connection());
        QVERIFY(!q.exec(QStringLiteral(
            "INSERT INTO debates (id, motion, status, created, updated) VALUES ('d1', 'm', 'weird', 't', 't')")));
        QVERIFY(q.exec(QStringLiteral(
            "INSERT INTO debates (id, motion, status, created, updated) VALUES ('d1', 'm', 'interrupted', 't', 't')")));
    }

    void reopeningKeepsDataAndDoesNotMigrateAgain()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("r.sqlite"));
        {
            Database db;
            QVERIFY(db.open(path));
            QSqlQuery q(db.connection());
            QVERIFY(q.exec(
                QStringLiteral("INSERT INTO debates (id, motion, created, updated) VALUES ('d1', 'm', 't', 't')")));
        }
        Database db;
        QVERIFY2(db.open(path), qPrintable(db.lastError()));
        QCOMPARE(db.schemaVersion(), Database::latestVersion());
        QCOMPARE(scalar(db.connection(), QStringLiteral("SELECT COUNT(*) FROM schema_version")),
                 QString::number(migrations().size()));
        QCOMPARE(scalar(db.connection(), QStringLiteral("SELECT motion FROM debates WHERE id = 'd1'")),
                 QStringLiteral("m"));
    }

    void version1DataIsRolledUpByMigration2()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("r.sqlite"));
        {
            // Make a version-1 database with requests in it: what an older build left behind.
            Database db;
            QVERIFY(db.open(path));
            QSqlQuery q(db.connection());
            for (const char *sql :
                 {"DROP TABLE tournament_batch_jobs", "DROP TABLE tournament_debates", "DROP TABLE tournaments",
                  "DROP TRIGGER requests_rollup_prompt_cache",
                  "ALTER TABLE requests DROP COLUMN prompt_cache_saved_usd", "DROP TRIGGER requests_rollup",
                  "DROP TRIGGER request_errors_rollup", "DROP TABLE usage_daily", "DROP TABLE usage_daily_errors",
                  "DROP INDEX requests_latency_by_model", "DROP INDEX requests_ttft_by_model",
                  "DROP INDEX requests_latency", "DROP INDEX requests_ttft",
                  "DELETE FROM schema_version WHERE version > 1",
                  "INSERT INTO requests (model, started_ms, prompt_tokens, status) VALUES ('m', 86400000, 10, 'ok')",
                  "INSERT INTO requests (model, started_ms, prompt_tokens, status) VALUES ('m', 86400001, 5, 'ok')",
                  "INSERT INTO request_errors VALUES (1, 1, 'server')"})
                QVERIFY2(q.exec(QString::fromLatin1(sql)), sql);
            QCOMPARE(db.schemaVersion(), 1);
        }
        Database db;
        QVERIFY2(db.open(path), qPrintable(db.lastError()));
        QCOMPARE(db.schemaVersion(), Database::latestVersion());
        QCOMPARE(scalar(db.connection(),
                        QStringLiteral("SELECT day || ' ' || requests || ' ' || prompt_tokens FROM usage_daily")),
                 QStringLiteral("1970-01-02 2 15"));
        QCOMPARE(scalar(db.connection(), QStringLiteral("SELECT error_class || ' ' || n FROM usage_daily_errors")),
                 QStringLiteral("server 1"));
        // And the triggers keep it up to date from now on.
        QSqlQuery q(db.connection());
        QVERIFY(q.exec(QStringLiteral(
            "INSERT INTO requests (model, started_ms, prompt_tokens, status) VALUES ('m', 86400002, 1, 'ok')")));
        QCOMPARE(scalar(db.connection(), QStringLiteral("SELECT prompt_tokens FROM usage_daily")),
                 QStringLiteral("16"));
    }

    void version2DataGetsThePromptCacheFiguresOfMigration3()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("r.sqlite"));
        {
            // A version-2 database whose requests had cached prompt tokens (stored since version 1).
            Database db;
            QVERIFY(db.open(path));
            QSqlQuery q(db.connection());
            for (const char *sql :
                 {"DROP TABLE tournament_batch_jobs", "DROP TABLE tournament_debates", "DROP TABLE tournaments",
                  "DROP TRIGGER requests_rollup_prompt_cache",
                  "ALTER TABLE requests DROP COLUMN prompt_cache_saved_usd",
                  "ALTER TABLE usage_daily DROP COLUMN cached_prompt_tokens",
                  "ALTER TABLE usage_daily DROP COLUMN prompt_cache_saved_usd",
                  "DELETE FROM schema_version WHERE version > 2",
                  "INSERT INTO requests (model, started_ms, prompt_tokens, cached_prompt_tokens, status)"
                  " VALUES ('m', 86400000, 100, 60, 'ok')",
                  "INSERT INTO requests (model, started_ms, prompt_tokens, cached_prompt_tokens, status)"
                  " VALUES ('m', 86400001, 50, 20, 'ok')",
                  "INSERT INTO requests (model, started_ms, prompt_tokens, cached_prompt_tokens, status)"
                  " VALUES ('m', 172800000, 10, 0, 'ok')"})
                QVERIFY2(q.exec(QString::fromLatin1(sql)), sql);
            QCOMPARE(db.schemaVersion(), 2);
        }
        Database db;
        QVERIFY2(db.open(path), qPrintable(db.lastError()));
        QCOMPARE(db.schemaVersion(), Database::latestVersion());
        const QString perDay =
            QStringLiteral("SELECT group_concat(day || ' ' || requests || ' ' || cached_prompt_tokens"
                           " || ' ' || prompt_cache_saved_usd, '; ') FROM"
                           " (SELECT * FROM usage_daily ORDER BY day, model)");
        // What older rows saved is not known (they were priced at the full input price): 0, never a guess.
        QCOMPARE(scalar(db.connection(), perDay), QStringLiteral("1970-01-02 2 80 0.0; 1970-01-03 1 0 0.0"));
        // From now on the rollup follows every request, a cache hit excepted.
        QSqlQuery q(db.connection());
        QVERIFY(q.exec(QStringLiteral("INSERT INTO requests (model, started_ms, prompt_tokens, cached_prompt_tokens,"
                                      " prompt_cache_saved_usd, status) VALUES ('m', 86400002, 40, 30, 0.25, 'ok')")));
        QVERIFY(q.exec(QStringLiteral("INSERT INTO requests (model, started_ms, cached_prompt_tokens, cached, status)"
                                      " VALUES ('m', 86400003, 30, 1, 'ok')")));
        QVERIFY(q.exec(QStringLiteral("INSERT INTO requests (model, started_ms, prompt_tokens, cached_prompt_tokens,"
                                      " prompt_cache_saved_usd, status) VALUES ('n', 86400004, 40, 10, 0.5, 'ok')")));
        QCOMPARE(scalar(db.connection(), perDay),
                 QStringLiteral("1970-01-02 3 110 0.25; 1970-01-02 1 10 0.5; 1970-01-03 1 0 0.0"));
    }

    void aVersion3DatabaseGainsTheTournamentTablesAndKeepsItsDebates()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("r.sqlite"));
        {
            // What a build before the tournaments left behind: schema 3 with a debate in it.
            Database db;
            QVERIFY(db.open(path));
            QSqlQuery q(db.connection());
            for (const char *sql : {"DROP TABLE tournament_batch_jobs", "DROP TABLE tournament_debates",
                                    "DROP TABLE tournaments", "DELETE FROM schema_version WHERE version > 3",
                                    "INSERT INTO debates (id, motion, created, updated) VALUES ('d1', 'm', 'x', 'x')"})
                QVERIFY2(q.exec(QString::fromLatin1(sql)), sql);
            QCOMPARE(db.schemaVersion(), 3);
            QVERIFY(!tables(db.connection()).contains(QStringLiteral("tournaments")));
        }
        Database db;
        QVERIFY2(db.open(path), qPrintable(db.lastError()));
        QCOMPARE(db.schemaVersion(), Database::latestVersion());
        const QStringList names = tables(db.connection());
        for (const char *t : {"tournaments", "tournament_debates", "tournament_batch_jobs"})
            QVERIFY2(names.contains(QString::fromLatin1(t)), t);
        QCOMPARE(scalar(db.connection(), QStringLiteral("SELECT motion FROM debates WHERE id = 'd1'")),
                 QStringLiteral("m"));
        // A scheduled debate's status is checked like a debate's.
        QSqlQuery q(db.connection());
        QVERIFY(q.exec(QStringLiteral("INSERT INTO tournaments (id, spec_json, created, updated)"
                                      " VALUES ('t', '{}', 'x', 'x')")));
        QVERIFY(!q.exec(QStringLiteral("INSERT INTO tournament_debates (tournament_id, idx, motion_idx, pro_model,"
                                       " con_model, status) VALUES ('t', 0, 0, 'a', 'b', 'bogus')")));
    }

    void aDatabaseFromANewerVersionIsRefused()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("r.sqlite"));
        {
            Database db;
            QVERIFY(db.open(path));
            QSqlQuery q(db.connection());
            QVERIFY(q.exec(QStringLiteral("INSERT INTO schema_version VALUES (%1, 'future', 't')")
                               .arg(Database::latestVersion() + 1)));
        }
        Database db;
        QVERIFY(!db.open(path));
        QVERIFY(db.lastError().contains(QStringLiteral("newer")));
    }

    void writesRunOffTheCallingThreadInTransactions()
    {
        QTemporaryDir dir;
        Database db;
        QVERIFY(db.open(dir.filePath(QStringLiteral("r.sqlite"))));
        std::atomic<bool> offThread {false};
        QThread *caller = QThread::currentThread();
        QList<bool> outcomes;
        db.write(
            [&](QSqlDatabase &c) {
                offThread = QThread::currentThread() != caller;
                QSqlQuery q(c);
                return q.exec(
                    QStringLiteral("INSERT INTO debates (id, motion, created, updated) VALUES ('a', 'm', 't', 't')"));
            },
            this, [&](bool ok) { outcomes << ok; });
        // A failing write rolls back everything it did.
        QSignalSpy failed(&db, &Database::writeFailed);
        db.write(
            [](QSqlDatabase &c) {
                QSqlQuery q(c);
                q.exec(
                    QStringLiteral("INSERT INTO debates (id, motion, created, updated) VALUES ('b', 'm', 't', 't')"));
                return false;
            },
            this, [&](bool ok) { outcomes << ok; });
        db.flush();
        QVERIFY(offThread);
        QTRY_COMPARE(outcomes, (QList<bool> {true, false}));
        QTRY_COMPARE(failed.size(), 1);
        QCOMPARE(scalar(db.connection(), QStringLiteral("SELECT group_concat(id) FROM debates")), QStringLiteral("a"));
    }

    void readsDeliverTheirResultBack()
    {
        QTemporaryDir dir;
        Database db;
        QVERIFY(db.open(dir.filePath(QStringLiteral("r.sqlite"))));
        db.write([](QSqlDatabase &c) {
            QSqlQuery q(c);
            return q.exec(
                QStringLiteral("INSERT INTO debates (id, motion, created, updated) VALUES ('a', 'm', 't', 't')"));
        });
        QVariant got;
        db.read(
            [](QSqlDatabase &c) {
                QSqlQuery q(c);
                q.exec(QStringLiteral("SELECT COUNT(*) FROM debates"));
                return q.next() ? q.value(0) : QVariant();
            },
            this, [&](const QVariant &v) { got = v; });
        QTRY_COMPARE(got.toInt(), 1);
    }

    void eachThreadGetsItsOwnConnection()
    {
        QTemporaryDir dir;
        Database db;
        QVERIFY(db.open(dir.filePath(QStringLiteral("r.sqlite"))));
        QString mainName = db.connection().connectionName();
        QString otherName;
        QString otherCount;
        QThread *t = QThread::create([&] {
            QSqlDatabase c = db.connection();
            otherName = c.connectionName();
            QSqlQuery q(c);
            otherCount = q.exec(QStringLiteral("SELECT COUNT(*) FROM debates")) && q.next() ? q.value(0).toString()
                                                                                            : QStringLiteral("error");
        });
        t->start();
        QVERIFY(t->wait(30000));
        delete t;
        QVERIFY(!otherName.isEmpty());
        QVERIFY(otherName != mainName);
        QCOMPARE(otherCount, QStringLiteral("0"));
    }
};

QTEST_GUILESS_MAIN(TestDatabase)
#include "tst_database.moc"
