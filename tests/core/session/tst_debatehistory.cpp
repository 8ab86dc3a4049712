// The history the desktop app shows: listed, searched and loaded on the database's worker thread.
#include "session/DebateHistory.h"
#include "store/Database.h"
#include "store/DebateStore.h"

#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

using namespace rostrum;

namespace {
DebateRecord debate(const QString &id, const QString &motion, const QStringList &speeches, int minutesAgo)
{
    DebateRecord r;
    r.id = id;
    r.spec.motion = motion;
    r.spec.language = QStringLiteral("fr");
    r.status = DebateRecord::Status::Stopped;
    r.created = QDateTime::currentDateTimeUtc().addSecs(-60 * minutesAgo);
    r.updated = r.created;
    for (int i = 0; i < speeches.size(); ++i) {
        Speech s;
        s.index = i;
        s.turn = i;
        s.speaker = QStringLiteral("Debater %1").arg(i);
        s.side = i % 2 ? QStringLiteral("con") : QStringLiteral("pro");
        s.text = speeches.at(i);
        s.status = Speech::Status::Finished;
        r.speeches << s;
    }
    return r;
}
} // namespace

class TestDebateHistory final : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;

private slots:
    void initTestCase()
    {
        m_db = std::make_unique<Database>();
        QVERIFY(m_db->open(m_dir.filePath(QStringLiteral("h.sqlite"))));
        DebateStore store(m_db.get());
        const QList<DebateRecord> all = {
            debate(QStringLiteral("a1"), QStringLiteral("Public transport should be free"),
                   {QStringLiteral("Free buses cut pollution."), QStringLiteral("Someone still pays the driver.")}, 30),
            debate(QStringLiteral("b2"), QStringLiteral("Cities should ban cars"),
                   {QStringLiteral("Streets are for people."), QStringLiteral("Deliveries need 100% access.")}, 20),
            debate(QStringLiteral("c3"), QStringLiteral("Les transports publics devraient être gratuits"),
                   {QStringLiteral("La gratuité désengorge les centres-villes.")}, 10),
        };
        for (const DebateRecord &r : all) {
            store.saveDebate(r);
            for (const Speech &s : r.speeches)
                store.saveSpeech(r.id, s);
        }
        m_db->flush();
    }

    void listsOffTheCallingThread()
    {
        DebateHistory history(m_db.get());
        QList<DebateSummary> got;
        bool answered = false;
        QThread *answeredOn = nullptr;
        history.list(this, [&](const QList<DebateSummary> &list) {
            got = list;
            answered = true;
            answeredOn = QThread::currentThread();
        });
        // Nothing is answered synchronously: the query runs on the worker.
        QVERIFY(!answered);
        QTRY_VERIFY(answered);
        QCOMPARE(answeredOn, QThread::currentThread());
        QCOMPARE(got.size(), 3);
        QCOMPARE(got.first().id, QStringLiteral("a1"));
        QCOMPARE(got.at(1).speeches, 2);
        QCOMPARE(got.last().motion, QStringLiteral("Les transports publics devraient être gratuits"));
    }

    void search_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QStringList>("ids");
        QTest::newRow("motion word") << QStringLiteral("transport")
                                     << QStringList {QStringLiteral("a1"), QStringLiteral("c3")};
        QTest::newRow("motion, other case") << QStringLiteral("CITIES") << QStringList {QStringLiteral("b2")};
        QTest::newRow("spoken only") << QStringLiteral("pollution") << QStringList {QStringLiteral("a1")};
        QTest::newRow("accented speech") << QStringLiteral("gratuité") << QStringList {QStringLiteral("c3")};
        QTest::newRow("percent is literal") << QStringLiteral("100%") << QStringList {QStringLiteral("b2")};
        QTest::newRow("underscore is literal") << QStringLiteral("free_") << QStringList {};
        QTest::newRow("nothing") << QStringLiteral("zeppelin") << QStringList {};
        QTest::newRow("empty") << QStringLiteral("  ") << QStringList {};
    }

    void search()
    {
        QFETCH(QString, text);
        QFETCH(QStringList, ids);
        DebateHistory history(m_db.get());
        bool answered = false;
        QStringList got;
        history.search(text, this, [&](const QString &asked, const QStringList &found) {
            QCOMPARE(asked, text);
            got = found;
            answered = true;
        });
        QTRY_VERIFY(answered);
        QCOMPARE(got, ids);
    }

    void loadsSpeeches()
    {
        DebateHistory history(m_db.get());
        std::optional<DebateRecord> got;
        bool answered = false;
        history.load(QStringLiteral("b2"), this, [&](const std::optional<DebateRecord> &r) {
            got = r;
            answered = true;
        });
        QTRY_VERIFY(answered);
        QVERIFY(got);
        QCOMPARE(got->spec.motion, QStringLiteral("Cities should ban cars"));
        QCOMPARE(got->speeches.size(), 2);
        QCOMPARE(got->speeches.at(1).text, QStringLiteral("Deliveries need 100% access."));
        QCOMPARE(got->status, DebateRecord::Status::Stopped);

        answered = false;
        history.load(QStringLiteral("nope"), this, [&](const std::optional<DebateRecord> &r) {
            got = r;
            answered = true;
        });
        QTRY_VERIFY(answered);
        QVERIFY(!got);
    }

    void answerDroppedWhenContextIsGone()
    {
        DebateHistory history(m_db.get());
        bool answered = false;
        auto *context = new QObject;
        history.list(context, [&](const QList<DebateSummary> &) { answered = true; });
        delete context;
        m_db->flush();
        QCoreApplication::processEvents();
        QVERIFY(!answered);
    }

    // A fork keeps its link to its parent through the store: loaded whole, and listed so the window can show it
    // under its parent. A row whose extra JSON is not JSON (an older or hand-made row) still lists, unlinked.
    void forkLinkIsSavedLoadedAndListed()
    {
        DebateStore store(m_db.get());
        DebateRecord fork = debate(QStringLiteral("f4"), QStringLiteral("Cities should ban cars"),
                                   {QStringLiteral("Streets are for people."), QStringLiteral("Buses too.")}, 5);
        fork.forkOf = QStringLiteral("b2");
        fork.forkAt = 1;
        fork.costUsd = 0.125;
        store.saveDebate(fork);
        m_db->flush();
        QSqlQuery q(m_db->connection());
        QVERIFY(q.exec(QStringLiteral("INSERT INTO debates (id, motion, verdict_json, created, updated)"
                                      " VALUES ('odd', 'm', 'not json', 't', 't')")));

        const std::optional<DebateRecord> loaded = store.load(QStringLiteral("f4"));
        QVERIFY(loaded);
        QCOMPARE(loaded->forkOf, QStringLiteral("b2"));
        QCOMPARE(loaded->forkAt, 1);
        QCOMPARE(loaded->costUsd, 0.125);
        QVERIFY(store.load(QStringLiteral("b2"))->forkOf.isEmpty());

        QHash<QString, DebateSummary> listed;
        for (const DebateSummary &s : store.list())
            listed.insert(s.id, s);
        QVERIFY(listed.contains(QStringLiteral("odd")));
        QCOMPARE(listed.value(QStringLiteral("f4")).forkOf, QStringLiteral("b2"));
        QCOMPARE(listed.value(QStringLiteral("f4")).forkAt, 1);
        QCOMPARE(listed.value(QStringLiteral("f4")).costUsd, 0.125);
        QVERIFY(listed.value(QStringLiteral("b2")).forkOf.isEmpty());
        QVERIFY(listed.value(QStringLiteral("odd")).forkOf.isEmpty());
    }

    // The judge passes of a panel stopped mid-way are saved and loaded back for a resume; once the verdict is in
    // the row holds what it always did, and no judge pass.
    void judgePassesSoFarAreSavedUntilTheVerdict()
    {
        DebateStore store(m_db.get());
        DebateRecord r = debate(QStringLiteral("j5"), QStringLiteral("Juries should be abolished"),
                                {QStringLiteral("Juries err."), QStringLiteral("Judges err too.")}, 4);
        Verdict first;
        first.winner = QStringLiteral("pro");
        first.valid = true;
        first.model = QStringLiteral("mistral-large-latest");
        first.firstSide = QStringLiteral("con");
        first.costUsd = 0.0042;
        Verdict other = first;
        other.winner = QStringLiteral("con");
        other.firstSide = QStringLiteral("pro");
        r.judged = JudgeAnswers {{first}, {other}};
        store.saveDebate(r);
        m_db->flush();
        QCOMPARE(store.load(QStringLiteral("j5"))->judged, r.judged);

        r.judged = {};
        r.verdict = first;
        r.status = DebateRecord::Status::Finished;
        store.saveDebate(r);
        m_db->flush();
        QVERIFY(store.load(QStringLiteral("j5"))->judged.isEmpty());
        QSqlQuery q(m_db->connection());
        QVERIFY(q.exec(QStringLiteral("SELECT verdict_json FROM debates WHERE id = 'j5'")) && q.next());
        QVERIFY(!q.value(0).toString().contains(QStringLiteral("judged")));
    }
};

QTEST_GUILESS_MAIN(TestDebateHistory)
#include "tst_debatehistory.moc"
