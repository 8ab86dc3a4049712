// rostrum-cli tournament / ratings against the in-process MockMistralServer: the whole schedule runs and is saved,
// a kill -9 and --resume repeat no paid request, the budget cap and usage errors end with the contract's codes.

#include "CliRunner.h"
#include "MockAnswerGenerator.h"
#include "MockMistralServer.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace rostrum::test;

class TestCliTournament final : public QObject
{
    Q_OBJECT

    using Result = CliRunner::Result;

    static constexpr int kSpeeches = 6; // classic, one rebuttal round
    static constexpr int kJudges = 2; // judge requests per debate: the two-judge panel, no order swap

    std::unique_ptr<MockMistralServer> m_server;
    std::unique_ptr<QTemporaryDir> m_dir;

    CliRunner cli() const
    {
        CliRunner c;
        c.setEnv(QStringLiteral("MISTRAL_API_KEY"), QStringLiteral("test-key"));
        c.setEnv(QStringLiteral("QT_LOGGING_RULES"), QStringLiteral("*.info=false;*.debug=false"));
        // High explicit rates: the adaptive start (one request a second) and the mock's per-minute limit would make
        // 96 requests take minutes.
        // No response cache: the mock's answers repeat, so judges would often be answered from it, and the tests
        // count what is sent.
        c.setLeadingArgs({QStringLiteral("--base-url"), m_server->baseUrl().toString(), QStringLiteral("--data-dir"),
                          m_dir->path(), QStringLiteral("--max-retries"), QStringLiteral("1"), QStringLiteral("--rps"),
                          QStringLiteral("50"), QStringLiteral("--rpm"), QStringLiteral("100000"),
                          QStringLiteral("--no-cache")});
        c.setTimeoutMs(240000);
        return c;
    }

    Result run(const QStringList &args) const { return cli().run(args); }

    // The Batch API's jobs polled every pollMs: the mock's jobs move one step a poll (QUEUED -> RUNNING, half the
    // requests answered, all answered and SUCCESS).
    CliRunner batchCli(int pollMs = 20) const
    {
        CliRunner c = cli();
        c.setEnv(QStringLiteral("ROSTRUM_BATCH_POLL_MS"), QString::number(pollMs));
        return c;
    }

    QString motionsFile() const
    {
        const QString path = m_dir->filePath(QStringLiteral("motions.txt"));
        QFile f(path);
        if (f.open(QIODevice::WriteOnly))
            f.write("# two motions, one in French\nCities should ban cars\n\nfr: Le télétravail est un droit\n");
        return path;
    }

    QStringList tournamentArgs() const
    {
        return {QStringLiteral("tournament"),
                QStringLiteral("--models"),
                QStringLiteral("mistral-small-latest,mistral-medium-latest,ministral-8b-latest"),
                QStringLiteral("--motions"),
                motionsFile(),
                QStringLiteral("--judge"),
                QStringLiteral("mistral-large-latest"),
                QStringLiteral("--judge"),
                QStringLiteral("magistral-medium-latest")};
    }

    QList<RecordedRequest> chatRequests() const
    {
        QList<RecordedRequest> out;
        for (const RecordedRequest &r : m_server->requests()) {
            if (r.isChat())
                out << r;
        }
        return out;
    }

    static bool isJudge(const RecordedRequest &r) { return r.json.contains(QLatin1String("response_format")); }

    static bool isPrefixContinuation(const RecordedRequest &r)
    {
        const QJsonObject last = r.json.value(QLatin1String("messages")).toArray().last().toObject();
        return last.value(QLatin1String("prefix")).toBool();
    }

    // One value of the test's database (opened apart from the CLI's connection, closed again).
    QVariant scalar(const QString &sql) const
    {
        QVariant v;
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("probe"));
            db.setDatabaseName(m_dir->filePath(QStringLiteral("rostrum.sqlite")));
            if (db.open()) {
                QSqlQuery q(db);
                if (q.exec(sql) && q.next())
                    v = q.value(0);
            }
        }
        QSqlDatabase::removeDatabase(QStringLiteral("probe"));
        return v;
    }

    // The checks every complete run of the 3 × 2 tournament passes.
    static void checkComplete(const QJsonObject &doc)
    {
        QCOMPARE(doc.value(QLatin1String("status")).toString(), QStringLiteral("finished"));
        QCOMPARE(doc.value(QLatin1String("debates")).toInt(), 12);
        QVERIFY(doc.value(QLatin1String("cost_usd")).toDouble() > 0);
        const QJsonArray schedule = doc.value(QLatin1String("schedule")).toArray();
        QCOMPARE(schedule.size(), 12);
        for (const QJsonValue &v : schedule) {
            QCOMPARE(v.toObject().value(QLatin1String("status")).toString(), QStringLiteral("finished"));
            QVERIFY(!v.toObject().value(QLatin1String("debate_id")).toString().isEmpty());
        }
        QVERIFY(doc.value(QLatin1String("ratings")).isObject());
    }

    // Starts the batch tournament and kills it while round 3's job is on the server: created, half its requests
    // answered (and paid for). Returns the tournament's id.
    QString killBatchTournamentMidRound3()
    {
        QProcess p;
        // Slow polls, so the kill lands between two of them.
        if (!batchCli(300).start(p, tournamentArgs() << QStringLiteral("--batch")))
            return {};
        const bool reached = QTest::qWaitFor(
            [this] {
                return m_server->batch().jobsCreated() >= 3
                    && m_server->batch().pollsOf(m_server->batch().jobIds().at(2)) >= 2;
            },
            120000);
        p.kill();
        p.waitForFinished(10000);
        if (!reached)
            return {};
        return scalar(QStringLiteral("SELECT id FROM tournaments")).toString();
    }

    // The resumed tournament finished, every request paid for once, none live, and round 3's job followed to its
    // end rather than sent again.
    void checkBatchResume(const QString &id)
    {
        const Result r =
            batchCli().run({QStringLiteral("--json"), QStringLiteral("tournament"), QStringLiteral("--resume"), id});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        checkComplete(r.json());
        QCOMPARE(m_server->batch().paidRequests(), 12 * (kSpeeches + kJudges));
        QCOMPARE(int(m_server->batch().uploadedLines().size()), 12 * (kSpeeches + kJudges));
        QCOMPARE(m_server->chatRequestCount(), 0);
        QVERIFY(m_server->batch().pollsOf(m_server->batch().jobIds().at(2)) > 2);
        QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM tournament_batch_jobs")).toInt(),
                 m_server->batch().jobsCreated());
    }

private slots:
    void init()
    {
        m_server = std::make_unique<MockMistralServer>();
        QVERIFY(m_server->listen());
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
    }

    void cleanup()
    {
        m_server.reset();
        m_dir.reset();
    }

    void liveTournamentRunsTheWholeScheduleAndSavesEveryDebate()
    {
        const Result r = run(QStringList {QStringLiteral("--json")} + tournamentArgs());
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const QJsonObject doc = r.json();
        checkComplete(doc);
        // Progress went to stderr: the plan, each debate as it started and ended.
        QVERIFY2(r.err.contains(QStringLiteral("3 models × 2 motions = 12 debates")), qPrintable(r.err));
        QVERIFY(r.err.contains(QStringLiteral("Cost preview: $")));
        QVERIFY(r.err.contains(QStringLiteral("[12/12 done]")));

        // Every pair on every motion twice, sides swapped; each debate saved with its speeches and verdict.
        const QJsonArray schedule = doc.value(QLatin1String("schedule")).toArray();
        QSet<QString> matchups;
        for (const QJsonValue &v : schedule) {
            const QJsonObject e = v.toObject();
            matchups.insert(e.value(QLatin1String("motion")).toString() + QLatin1Char('|')
                            + e.value(QLatin1String("pro")).toString() + QLatin1Char('|')
                            + e.value(QLatin1String("con")).toString());
        }
        QCOMPARE(matchups.size(), 12);
        const QJsonArray list =
            QJsonDocument::fromJson(run({QStringLiteral("list"), QStringLiteral("--json")}).out.toUtf8()).array();
        QCOMPARE(list.size(), 12);
        for (const QJsonValue &v : list) {
            QCOMPARE(v.toObject().value(QLatin1String("status")).toString(), QStringLiteral("finished"));
            QCOMPARE(v.toObject().value(QLatin1String("speeches")).toInt(), kSpeeches);
        }
        // Each debate was judged by the two-judge panel: both verdicts and the majority are saved with it.
        const QString firstDebate = schedule.first().toObject().value(QLatin1String("debate_id")).toString();
        const QString exported = m_dir->filePath(QStringLiteral("first.json"));
        QCOMPARE(run({QStringLiteral("export"), firstDebate, QStringLiteral("--out"), exported}).exitCode, 0);
        QFile f(exported);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QJsonObject panel =
            QJsonDocument::fromJson(f.readAll()).object().value(QLatin1String("panel")).toObject();
        const QJsonArray panelJudges = panel.value(QLatin1String("judges")).toArray();
        QCOMPARE(panelJudges.size(), 2);
        QCOMPARE(panelJudges.at(0).toObject().value(QLatin1String("model")).toString(),
                 QStringLiteral("mistral-large-latest"));
        QCOMPARE(panelJudges.at(1).toObject().value(QLatin1String("model")).toString(),
                 QStringLiteral("magistral-medium-latest"));
        QVERIFY(panel.contains(QLatin1String("winner")));

        // The French motion was debated in French.
        QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM debates WHERE language = 'fr'")).toInt(), 6);

        // One request per speech and per judge of each debate, nothing more.
        const QList<RecordedRequest> requests = chatRequests();
        const auto judges = std::count_if(requests.cbegin(), requests.cend(), isJudge);
        QCOMPARE(int(requests.size() - judges), 12 * kSpeeches);
        QCOMPARE(int(judges), 12 * kJudges);

        // The tournament's cost is its debates' costs.
        const double sum = scalar(QStringLiteral("SELECT SUM(cost_usd) FROM debates")).toDouble();
        QVERIFY(qAbs(doc.value(QLatin1String("cost_usd")).toDouble() - sum) < 1e-9);

        // Asking again for a finished tournament sends nothing.
        const qsizetype before = m_server->chatRequestCount();
        const Result again = run({QStringLiteral("--json"), QStringLiteral("tournament"), QStringLiteral("--resume"),
                                  doc.value(QLatin1String("id")).toString().left(8)});
        QCOMPARE(again.exitCode, 0);
        QCOMPARE(m_server->chatRequestCount(), before);
        QCOMPARE(again.json().value(QLatin1String("id")), doc.value(QLatin1String("id")));
    }

    void killedMidTournamentResumesWithoutRepeatingAPaidRequest()
    {
        // The first debater speech from the 17th request on streams slowly enough to be killed in the middle.
        auto slowGiven = std::make_shared<bool>(false);
        m_server->setReplyProvider([slowGiven](int index, const RecordedRequest &r) -> std::optional<MockReply> {
            if (index < 17 || isJudge(r) || *slowGiven)
                return std::nullopt;
            *slowGiven = true;
            MockReply slow;
            slow.completionTokens = 400;
            slow.tokensPerSecond = 40;
            return slow;
        });
        // A cap makes the tournament run one debate at a time, so only the slow request is in flight at the kill.
        QProcess p;
        QVERIFY(cli().start(p, tournamentArgs() << QStringLiteral("--budget") << QStringLiteral("100")));
        QTRY_VERIFY_WITH_TIMEOUT(
            scalar(QStringLiteral("SELECT COUNT(*) FROM speeches WHERE status = 'streaming' AND length(text) > 20"))
                    .toInt()
                == 1,
            120000);
        p.kill();
        QVERIFY(p.waitForFinished(10000));
        const int firstRun = int(chatRequests().size());
        QCOMPARE(firstRun, 18);
        const QString partial =
            scalar(QStringLiteral("SELECT text FROM speeches WHERE status = 'streaming'")).toString();
        const QString id = scalar(QStringLiteral("SELECT id FROM tournaments")).toString();
        QVERIFY(!id.isEmpty());
        QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM tournament_debates WHERE status = 'finished'")).toInt(),
                 2);

        const Result r = run({QStringLiteral("--json"), QStringLiteral("tournament"), QStringLiteral("--resume"), id});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY2(r.err.contains(QStringLiteral("Resuming tournament")), qPrintable(r.err));
        checkComplete(r.json());

        // Both runs together asked what one uninterrupted run asks, plus one request: the speech cut by the kill,
        // continued from its saved text (prefix) rather than asked again. No finished speech or verdict was
        // asked twice.
        const QList<RecordedRequest> all = chatRequests();
        QCOMPARE(int(all.size()), 12 * (kSpeeches + kJudges) + 1);
        QList<RecordedRequest> continued;
        for (int i = firstRun; i < all.size(); ++i) {
            if (isPrefixContinuation(all.at(i)))
                continued << all.at(i);
        }
        QCOMPARE(continued.size(), 1);
        QCOMPARE(continued.first()
                     .json.value(QLatin1String("messages"))
                     .toArray()
                     .last()
                     .toObject()
                     .value(QLatin1String("content")),
                 QJsonValue(partial));
        QCOMPARE(isPrefixContinuation(all.at(firstRun)), true); // the cut debate is the one resumed first
    }

    void batchTournamentCostsHalfTheLiveOne()
    {
        // The same tokens both ways: the API's prompt cache, which the mock's batch lines do not get, is off; and
        // each judge model always gives the same verdict (the mock's verdicts otherwise follow the judge's prompt,
        // where the sides come in an order drawn from the debate's id, new in each run).
        m_server->setPromptCaching(false);
        m_server->setReplyProvider([](int, const RecordedRequest &r) -> std::optional<MockReply> {
            if (!isJudge(r))
                return std::nullopt;
            QJsonObject same = r.json;
            same.insert(QStringLiteral("messages"),
                        QJsonArray {QJsonObject {{QStringLiteral("role"), QStringLiteral("user")},
                                                 {QStringLiteral("content"), r.json.value(QLatin1String("model"))}}});
            return MockReply::withText(MockAnswerGenerator::structuredAnswer(same));
        });
        const Result live = run(QStringList {QStringLiteral("--json")} + tournamentArgs());
        QVERIFY2(live.exitCode == 0, qPrintable(live.err));
        checkComplete(live.json());
        const qsizetype liveRequests = m_server->chatRequestCount();
        QCOMPARE(int(liveRequests), 12 * (kSpeeches + kJudges));
        QCOMPARE(m_server->batch().jobsCreated(), 0);

        // The same tournament on the Batch API, in a data folder of its own.
        const auto liveDir = std::exchange(m_dir, std::make_unique<QTemporaryDir>());
        const Result batch =
            batchCli().run(QStringList {QStringLiteral("--json")} + tournamentArgs() << QStringLiteral("--batch"));
        QVERIFY2(batch.exitCode == 0, qPrintable(batch.err));
        checkComplete(batch.json());
        QVERIFY2(batch.err.contains(QStringLiteral("on the Batch API")), qPrintable(batch.err));
        QVERIFY2(batch.err.contains(QStringLiteral("round 1: 12 requests sent as batch job")), qPrintable(batch.err));
        // Progress from the jobs' counters: half a round's requests answered at one poll, all at the next.
        QVERIFY2(batch.err.contains(QStringLiteral("batch: 6/12 requests done, 0 failed")), qPrintable(batch.err));

        // Nothing went to the live endpoint; every request was one line of a job, paid once.
        QCOMPARE(m_server->chatRequestCount(), liveRequests);
        QCOMPARE(m_server->batch().paidRequests(), 12 * (kSpeeches + kJudges));
        QCOMPARE(int(m_server->batch().uploadedLines().size()), 12 * (kSpeeches + kJudges));
        // The twelve debates move in step: one job a round, a round per speech and per judge.
        QCOMPARE(m_server->batch().jobsCreated(), kSpeeches + kJudges);
        QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM tournament_batch_jobs")).toInt(), kSpeeches + kJudges);

        // Rostrum's own figures: the batch tournament costs half the live one, the same speeches and verdicts.
        const double liveUsd = live.json().value(QLatin1String("cost_usd")).toDouble();
        const double batchUsd = batch.json().value(QLatin1String("cost_usd")).toDouble();
        QVERIFY(batchUsd > 0);
        QVERIFY2(qAbs(batchUsd * 2 - liveUsd) < 1e-9,
                 qPrintable(QStringLiteral("batch $%1, live $%2").arg(batchUsd, 0, 'g', 12).arg(liveUsd, 0, 'g', 12)));
        // The usage table holds each request at the batch price: usage sums to the same figure.
        const double usageUsd = scalar(QStringLiteral("SELECT SUM(cost_usd) FROM requests")).toDouble();
        QVERIFY2(qAbs(usageUsd - batchUsd) < 1e-9, qPrintable(QString::number(usageUsd, 'g', 12)));
    }

    void aBatchJobThatFailsHalfwaySendsTheRestAsTheNextRound()
    {
        // The first job answers half its requests, then ends FAILED.
        MockBatchScript failing;
        failing.end = MockBatchScript::End::Fail;
        m_server->batch().enqueueScript(failing);
        const Result r =
            batchCli().run(QStringList {QStringLiteral("--json")} + tournamentArgs() << QStringLiteral("--batch"));
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        checkComplete(r.json());
        // The six unanswered requests went out again with the next round (the six answered debates' next speeches),
        // so those debates end one round later: one job more, and still every request answered and paid once.
        QCOMPARE(m_server->batch().jobsCreated(), kSpeeches + kJudges + 1);
        QCOMPARE(m_server->batch().paidRequests(), 12 * (kSpeeches + kJudges));
        QVERIFY2(r.err.contains(QStringLiteral("round 2: 12 requests sent as batch job")), qPrintable(r.err));
        QCOMPARE(m_server->chatRequestCount(), 0);
    }

    void batchTournamentKilledMidJobResumesFromTheJob()
    {
        const QString id = killBatchTournamentMidRound3();
        QVERIFY(!id.isEmpty());
        QCOMPARE(m_server->batch().jobsCreated(), 3);
        QCOMPARE(m_server->batch().paidRequests(), 2 * 12 + 6);
        QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM tournament_batch_jobs")).toInt(), 3);
        checkBatchResume(id);
    }

    void aJobCreatedButNotSavedBeforeTheKillIsFoundOnResume()
    {
        const QString id = killBatchTournamentMidRound3();
        QVERIFY(!id.isEmpty());
        // As if the kill had come between the server creating round 3's job and its row being committed.
        scalar(QStringLiteral("DELETE FROM tournament_batch_jobs WHERE round = 3"));
        QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM tournament_batch_jobs")).toInt(), 2);
        // The resume finds it by its metadata among the account's jobs and adopts it.
        checkBatchResume(id);
    }

    void ratingsJsonHasTheContractsShape()
    {
        const Result none = run({QStringLiteral("ratings")});
        QCOMPARE(none.exitCode, 2);
        QVERIFY(none.err.contains(QStringLiteral("no tournament yet")));

        const Result t = run(QStringList {QStringLiteral("--json")} + tournamentArgs());
        QVERIFY2(t.exitCode == 0, qPrintable(t.err));
        const QString id = t.json().value(QLatin1String("id")).toString();
        const Result r = run({QStringLiteral("ratings"), QStringLiteral("--json")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const QJsonObject doc = r.json();
        QCOMPARE(doc.value(QLatin1String("tournament")).toString(), id);
        QCOMPARE(doc.value(QLatin1String("debates")).toInt(), 12);
        // Every model rated, best first, each with its record over the 8 debates it argued (2 opponents × 2 sides
        // × 2 motions) and its interval around its rating.
        const QJsonArray models = doc.value(QLatin1String("models")).toArray();
        QCOMPARE(models.size(), 3);
        double previous = 1e9;
        double mean = 0;
        for (const QJsonValue &v : models) {
            const QJsonObject m = v.toObject();
            for (const char *key : {"model", "rating", "ci_low", "ci_high", "wins", "losses", "ties", "win_rate_as_pro",
                                    "win_rate_as_con"})
                QVERIFY2(m.contains(QLatin1String(key)), key);
            const double rating = m.value(QLatin1String("rating")).toDouble();
            QVERIFY(rating <= previous);
            previous = rating;
            mean += rating / 3;
            QVERIFY(m.value(QLatin1String("ci_low")).toDouble() <= rating + 1e-9);
            QVERIFY(m.value(QLatin1String("ci_high")).toDouble() >= rating - 1e-9);
            QCOMPARE(m.value(QLatin1String("wins")).toInt() + m.value(QLatin1String("losses")).toInt()
                         + m.value(QLatin1String("ties")).toInt(),
                     8);
        }
        QVERIFY(qAbs(mean - 1500) < 1e-6);
        const QJsonArray judges = doc.value(QLatin1String("judges")).toArray();
        QCOMPARE(judges.size(), 2); // each judge of the panel
        for (const QJsonValue &v : judges) {
            for (const char *key : {"model", "first_position_win_rate", "flip_rate", "agreement_with_majority"})
                QVERIFY2(v.toObject().contains(QLatin1String(key)), key);
        }
        QVERIFY(doc.value(QLatin1String("judges")).isArray());
        QVERIFY(doc.contains(QLatin1String("fleiss_kappa")));
        // The tournament's own document carries the same ratings.
        QCOMPARE(t.json().value(QLatin1String("ratings")).toObject(), doc);
        // By id (a prefix is enough), and an unknown id is a usage error.
        QCOMPARE(run({QStringLiteral("ratings"), QStringLiteral("--json"), id.left(6)}).json(), doc);
        QCOMPARE(run({QStringLiteral("ratings"), QStringLiteral("nope")}).exitCode, 2);
    }

    void theBudgetCapStopsBeforeARequestCouldCrossIt()
    {
        const Result r = run(QStringList {QStringLiteral("--json")} + tournamentArgs()
                             << QStringLiteral("--budget") << QStringLiteral("0.01"));
        QCOMPARE(r.exitCode, 4);
        QVERIFY2(r.err.contains(QStringLiteral("--resume")), qPrintable(r.err));
        const QJsonObject doc = r.json();
        QCOMPARE(doc.value(QLatin1String("status")).toString(), QStringLiteral("stopped"));
        QVERIFY(doc.value(QLatin1String("debates")).toInt() < 12);
        QVERIFY(doc.value(QLatin1String("cost_usd")).toDouble() <= 0.01);
        QVERIFY(scalar(QStringLiteral("SELECT SUM(cost_usd) FROM debates")).toDouble() <= 0.01);
        // Judges answered in the debate the cap stopped: a stop between the panel's two judges leaves one answered,
        // saved with the debate as it answered.
        const QList<RecordedRequest> firstRun = chatRequests();
        const int judgedBeforeStop = int(std::count_if(firstRun.cbegin(), firstRun.cend(), isJudge))
            - kJudges * doc.value(QLatin1String("debates")).toInt();
        QVERIFY(judgedBeforeStop >= 0 && judgedBeforeStop < kJudges);

        // A larger cap continues it; the cap stopped the debate before its request, so no speech is asked twice.
        const Result more =
            run({QStringLiteral("--json"), QStringLiteral("tournament"), QStringLiteral("--resume"),
                 doc.value(QLatin1String("id")).toString(), QStringLiteral("--budget"), QStringLiteral("100")});
        QVERIFY2(more.exitCode == 0, qPrintable(more.err));
        checkComplete(more.json());
        // Nor is a judge: the one that answered before the stop is not asked again.
        const QList<RecordedRequest> all = chatRequests();
        QCOMPARE(int(all.size()), 12 * (kSpeeches + kJudges));
        QCOMPARE(int(all.size() - std::count_if(all.cbegin(), all.cend(), isJudge)), 12 * kSpeeches);
        QStringList judgeOfDebate; // the debate's id (its prompt cache key) and the judge's model
        for (const RecordedRequest &q : all) {
            if (isJudge(q))
                judgeOfDebate << q.json.value(QLatin1String("prompt_cache_key")).toString() + QLatin1Char('/')
                        + q.json.value(QLatin1String("model")).toString();
        }
        judgeOfDebate.removeDuplicates();
        QCOMPARE(int(judgeOfDebate.size()), 12 * kJudges);
    }

    void usageErrorsExitWith2_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("message");
        QTest::newRow("no motions") << QStringList {QStringLiteral("tournament"), QStringLiteral("--models"),
                                                    QStringLiteral("a,b")}
                                    << QStringLiteral("--motions FILE is required");
        QTest::newRow("one model") << QStringList {QStringLiteral("--models"), QStringLiteral("a")}
                                   << QStringLiteral("at least two models");
        QTest::newRow("bad line") << QStringList {QStringLiteral("BADFILE")}
                                  << QStringLiteral("line 2: unknown language");
        QTest::newRow("resume with models") << QStringList {QStringLiteral("--resume"), QStringLiteral("x"),
                                                            QStringLiteral("--models"), QStringLiteral("a,b")}
                                            << QStringLiteral("only --budget");
        QTest::newRow("unknown option") << QStringList {QStringLiteral("--frobnicate")}
                                        << QStringLiteral("unknown option");
        QTest::newRow("unknown tournament") << QStringList {QStringLiteral("--resume"), QStringLiteral("nope")}
                                            << QStringLiteral("no saved tournament");
    }

    void usageErrorsExitWith2()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, message);
        QStringList full;
        if (args.first() == QLatin1String("tournament")) {
            full = args;
        } else if (args.first() == QLatin1String("BADFILE")) {
            const QString path = m_dir->filePath(QStringLiteral("bad.txt"));
            QFile f(path);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("A motion\nxx: unknown\n");
            f.close();
            full = {QStringLiteral("tournament"), QStringLiteral("--models"), QStringLiteral("a,b"),
                    QStringLiteral("--motions"), path};
        } else if (args.first() == QLatin1String("--models")) {
            full = QStringList {QStringLiteral("tournament"), QStringLiteral("--motions"), motionsFile()} + args;
        } else {
            full = QStringList {QStringLiteral("tournament")} + args;
        }
        const Result r = run(full);
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(message), qPrintable(r.err));
        QCOMPARE(m_server->chatRequestCount(), 0);
    }
};

QTEST_GUILESS_MAIN(TestCliTournament)
#include "tst_cli_tournament.moc"
