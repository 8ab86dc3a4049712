#include "arena/TournamentStore.h"
#include "store/Database.h"
#include "store/DebateStore.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace rostrum;

class TestTournamentStore final : public QObject
{
    Q_OBJECT

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;

    static TournamentSpec spec()
    {
        TournamentSpec s;
        s.models = {QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c")};
        s.motions = {{QStringLiteral("M1"), {}}, {QStringLiteral("M2"), QStringLiteral("fr")}};
        s.judges = {QStringLiteral("j1"), QStringLiteral("j2")};
        s.budgetUsd = 2.5;
        return s;
    }

private slots:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        m_db = std::make_unique<Database>();
        QVERIFY(m_db->open(m_dir->filePath(QStringLiteral("r.sqlite"))));
    }

    void cleanup()
    {
        m_db.reset();
        m_dir.reset();
    }

    void createStoresTheWholeScheduleAndLoadReadsItBack()
    {
        TournamentStore store(m_db.get());
        const TournamentRecord r = TournamentRecord::create(spec());
        QCOMPARE(r.debates.size(), 12);
        bool committed = false;
        store.create(r, this, [&](bool ok) { committed = ok; });
        m_db->flush();
        QTRY_VERIFY(committed);
        const std::optional<TournamentRecord> loaded = store.load(r.id);
        QVERIFY(loaded);
        QCOMPARE(loaded->spec, r.spec);
        QCOMPARE(loaded->status, TournamentRecord::Status::Running); // this process is alive
        QCOMPARE(loaded->debates, r.debates);
        QCOMPARE(loaded->costUsd, 0.0);
        QCOMPARE(store.latestId(), r.id);
        QCOMPARE(store.resolveId(r.id.left(8)), r.id);
        QCOMPARE(store.resolveId(QStringLiteral("zz")), QString());
    }

    void debateIdsStatusesCostsAndBatchJobsAreKept()
    {
        TournamentStore store(m_db.get());
        DebateStore debates(m_db.get());
        TournamentRecord r = TournamentRecord::create(spec());
        store.create(r);
        store.assignDebate(r.id, 3, QStringLiteral("deb-3"));
        store.assignDebate(r.id, 4, QStringLiteral("deb-4"));
        store.setDebateStatus(r.id, 3, TournamentEntry::Status::Finished);
        store.addBatchJob(r.id, {0, QStringLiteral("job-a"), {}});
        store.addBatchJob(r.id, {1, QStringLiteral("job-b"), {QStringLiteral("c1"), QStringLiteral("c2")}});
        store.addBatchJob(r.id, {1, QStringLiteral("job-b"), {}}); // stored once
        DebateRecord d;
        d.id = QStringLiteral("deb-3");
        d.spec = r.spec.debateSpec(r.debates.at(3).debate);
        d.costUsd = 0.25;
        debates.saveDebate(d);
        d.id = QStringLiteral("deb-4");
        d.costUsd = 0.5;
        debates.saveDebate(d);
        d.id = QStringLiteral("elsewhere"); // a debate of no tournament costs it nothing
        debates.saveDebate(d);
        m_db->flush();

        const std::optional<TournamentRecord> loaded = store.load(r.id);
        QVERIFY(loaded);
        QCOMPARE(loaded->debates.at(3).debateId, QStringLiteral("deb-3"));
        QCOMPARE(loaded->debates.at(3).status, TournamentEntry::Status::Finished);
        QCOMPARE(loaded->debates.at(4).status, TournamentEntry::Status::Running);
        QCOMPARE(loaded->debates.at(5).debateId, QString());
        QCOMPARE(loaded->debates.at(5).status, TournamentEntry::Status::Pending);
        QCOMPARE(loaded->costUsd, 0.75);
        QCOMPARE(
            loaded->batchJobs,
            (QList<TournamentBatchJob> {{0, QStringLiteral("job-a"), {}},
                                        {1, QStringLiteral("job-b"), {QStringLiteral("c1"), QStringLiteral("c2")}}}));
        QCOMPARE(store.tournamentOf(QStringLiteral("deb-4")), r.id);
        QCOMPARE(store.tournamentOf(QStringLiteral("elsewhere")), QString());
    }

    void aRunningTournamentOfADeadProcessReadsInterrupted()
    {
        TournamentStore store(m_db.get());
        TournamentRecord r = TournamentRecord::create(spec());
        store.create(r);
        m_db->flush();
        QSqlQuery q(m_db->connection());
        // No process has pid 0x7ffffffe on Linux (pid_max is at most 2^22).
        QVERIFY(q.exec(QStringLiteral("UPDATE tournaments SET pid = 2147483646")));
        QCOMPARE(store.load(r.id)->status, TournamentRecord::Status::Interrupted);
        r.status = TournamentRecord::Status::Stopped;
        r.stopReason = QStringLiteral("budget");
        store.saveTournament(r);
        m_db->flush();
        const std::optional<TournamentRecord> loaded = store.load(r.id);
        QCOMPARE(loaded->status, TournamentRecord::Status::Stopped);
        QCOMPARE(loaded->stopReason, QStringLiteral("budget"));
    }

    void listAndLatestFollowCreationOrder()
    {
        TournamentStore store(m_db.get());
        QCOMPARE(store.latestId(), QString());
        TournamentRecord a = TournamentRecord::create(spec());
        TournamentRecord b = TournamentRecord::create(spec());
        b.created = a.created.addSecs(1);
        store.create(a);
        store.create(b);
        m_db->flush();
        QCOMPARE(store.latestId(), b.id);
        const QList<TournamentRecord> all = store.list();
        QCOMPARE(all.size(), 2);
        QCOMPARE(all.at(0).id, a.id);
        QCOMPARE(all.at(1).id, b.id);
        QVERIFY(all.at(0).debates.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestTournamentStore)
#include "tst_tournamentstore.moc"
