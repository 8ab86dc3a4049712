// rostrum-cli debate with a judge panel (--judge repeated, --judge-swap) and rostrum-cli import, against the
// in-process MockMistralServer.

#include "CliRunner.h"
#include "MockMistralServer.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace rostrum::test;

namespace {
const QString kSmall = QStringLiteral("mistral-small-latest");
const QString kMedium = QStringLiteral("mistral-medium-latest");
const QString kLarge = QStringLiteral("mistral-large-latest");

QJsonObject readJson(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(f.readAll()).object();
}

// An export with what an import may change left out: ids and dates.
QJsonObject withoutIdsAndDates(QJsonObject o)
{
    for (const char *key : {"id", "created", "rematch_of"})
        o.remove(QLatin1String(key));
    QJsonArray speeches;
    for (const QJsonValue &v : o.value(QLatin1String("speeches")).toArray()) {
        QJsonObject s = v.toObject();
        s.remove(QLatin1String("started"));
        s.remove(QLatin1String("updated"));
        speeches.append(s);
    }
    o.insert(QStringLiteral("speeches"), speeches);
    return o;
}
} // namespace

class TestCliPanel final : public QObject
{
    Q_OBJECT

    using Result = CliRunner::Result;

    std::unique_ptr<MockMistralServer> m_server;
    std::unique_ptr<QTemporaryDir> m_dir;

    CliRunner cli(const QString &dataDir = {}) const
    {
        CliRunner c;
        c.setEnv(QStringLiteral("MISTRAL_API_KEY"), QStringLiteral("test-key"));
        c.setEnv(QStringLiteral("QT_LOGGING_RULES"), QStringLiteral("*.info=false;*.debug=false"));
        c.setLeadingArgs({QStringLiteral("--base-url"), m_server->baseUrl().toString(), QStringLiteral("--data-dir"),
                          dataDir.isEmpty() ? m_dir->path() : dataDir, QStringLiteral("--max-retries"),
                          QStringLiteral("1")});
        c.setTimeoutMs(90000);
        return c;
    }
    Result run(const QStringList &args, const QString &dataDir = {}) const { return cli(dataDir).run(args); }

    QList<RecordedRequest> judgeRequests() const
    {
        QList<RecordedRequest> out;
        for (const RecordedRequest &r : m_server->requests()) {
            if (r.isChat() && r.json.contains(QLatin1String("response_format")))
                out << r;
        }
        return out;
    }
    int chatCount() const
    {
        int n = 0;
        for (const RecordedRequest &r : m_server->requests())
            n += r.isChat() ? 1 : 0;
        return n;
    }
    static QStringList debate(const QStringList &more)
    {
        return QStringList {
                   QStringLiteral("debate"),   QStringLiteral("--motion"), QStringLiteral("Cities should ban cars"),
                   QStringLiteral("--rounds"), QStringLiteral("0"),        QStringLiteral("--max-tokens"),
                   QStringLiteral("80")}
        + more;
    }
    void scriptSpeechesThenVerdicts(const QStringList &winners)
    {
        for (int i = 0; i < 4; ++i)
            m_server->enqueue(MockReply::withText(QStringLiteral("Speech %1 of this debate.").arg(i)));
        for (const QString &w : winners)
            m_server->enqueue(MockReply::withText(
                QStringLiteral(R"({"winner":"%1","scores":[{"criterion":"evidence","pro":6,"con":5}],)"
                               R"("reasons":"%1 was closer to the point.","margin":2})")
                    .arg(w)));
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

    // The acceptance line: three judges, --json, exit 0, the panel as the contract says (and in the .json export).
    void threeJudgesPrintThePanel()
    {
        const QString out = m_dir->filePath(QStringLiteral("panel.json"));
        const Result r = run(QStringList {QStringLiteral("--json")}
                             + debate({QStringLiteral("--judge"), kSmall, QStringLiteral("--judge"), kMedium,
                                       QStringLiteral("--judge"), kLarge, QStringLiteral("--out"), out}));
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const QJsonObject doc = r.json();
        const QJsonObject panel = doc.value(QLatin1String("panel")).toObject();
        const QJsonArray judges = panel.value(QLatin1String("judges")).toArray();
        QCOMPARE(judges.size(), 3);
        const QStringList models {kSmall, kMedium, kLarge};
        for (int i = 0; i < 3; ++i) {
            const QJsonObject j = judges.at(i).toObject();
            QCOMPARE(j.value(QLatin1String("model")).toString(), models.at(i));
            QVERIFY2(j.value(QLatin1String("valid")).toBool(), qPrintable(j.value(QLatin1String("error")).toString()));
            QVERIFY(!j.value(QLatin1String("scores")).toArray().isEmpty());
            QVERIFY(!j.contains(QLatin1String("consistent")));
        }
        const QString winner = panel.value(QLatin1String("winner")).toString();
        QVERIFY(QStringList({QStringLiteral("pro"), QStringLiteral("con"), QStringLiteral("tie")}).contains(winner));
        const QJsonObject votes = panel.value(QLatin1String("votes")).toObject();
        QCOMPARE(votes.value(QLatin1String("pro")).toInt() + votes.value(QLatin1String("con")).toInt()
                     + votes.value(QLatin1String("tie")).toInt() + votes.value(QLatin1String("invalid")).toInt(),
                 3);
        QVERIFY(votes.value(QLatin1String("invalid")).isDouble());
        const double agreement = panel.value(QLatin1String("agreement")).toDouble(-1);
        QVERIFY(agreement >= 0 && agreement <= 1);
        QCOMPARE(doc.value(QLatin1String("verdict")).toObject().value(QLatin1String("winner")).toString(), winner);
        // One request per judge, each to its model, each costed.
        const QList<RecordedRequest> asked = judgeRequests();
        QCOMPARE(asked.size(), 3);
        for (int i = 0; i < 3; ++i)
            QCOMPARE(asked.at(i).json.value(QLatin1String("model")).toString(), models.at(i));
        QVERIFY(judges.at(2).toObject().value(QLatin1String("cost_usd")).toDouble() > 0);
        QCOMPARE(readJson(out).value(QLatin1String("panel")).toObject(), panel);
    }

    // Text output lists each judge's verdict and the majority; one judge keeps the document as it was.
    void textListsEachJudgeAndTheMajority()
    {
        scriptSpeechesThenVerdicts({QStringLiteral("pro"), QStringLiteral("con"), QStringLiteral("pro")});
        const Result r = run(debate({QStringLiteral("--judge"), kSmall, QStringLiteral("--judge"), kMedium,
                                     QStringLiteral("--judge"), kLarge}));
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY2(r.out.contains(QStringLiteral("== Judges ==")), qPrintable(r.out));
        QVERIFY(r.out.contains(QStringLiteral("%1: con (margin 2/10)").arg(kMedium)));
        QVERIFY(r.out.contains(QStringLiteral("majority: pro (pro 2, con 1, tie 0, invalid 0; agreement 67%)")));
        QVERIFY(r.out.contains(QStringLiteral("== Verdict ==\nwinner: pro")));

        scriptSpeechesThenVerdicts({QStringLiteral("con")});
        const Result one = run(QStringList {QStringLiteral("--json")} + debate({QStringLiteral("--judge"), kLarge}));
        QVERIFY2(one.exitCode == 0, qPrintable(one.err));
        QVERIFY(!one.json().contains(QLatin1String("panel")));
        const QJsonObject verdict = one.json().value(QLatin1String("verdict")).toObject();
        QCOMPARE(verdict.value(QLatin1String("winner")).toString(), QStringLiteral("con"));
        QVERIFY(!verdict.contains(QLatin1String("first_side")));
        QVERIFY(!one.json().value(QLatin1String("spec")).toObject().contains(QLatin1String("judges")));
    }

    // --judge-swap: each judge asked twice, the sides the other way round, its consistency recorded.
    void swapAsksEachJudgeTwice()
    {
        scriptSpeechesThenVerdicts({QStringLiteral("pro"), QStringLiteral("con")});
        const Result r = run(QStringList {QStringLiteral("--json")}
                             + debate({QStringLiteral("--judge"), kLarge, QStringLiteral("--judge-swap")}));
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QCOMPARE(judgeRequests().size(), 2);
        const QJsonObject panel = r.json().value(QLatin1String("panel")).toObject();
        const QJsonObject judge = panel.value(QLatin1String("judges")).toArray().first().toObject();
        QCOMPARE(judge.value(QLatin1String("consistent")), QJsonValue(false));
        QCOMPARE(panel.value(QLatin1String("winner")).toString(), QStringLiteral("tie"));
    }

    void sixJudgesAreABadUsage()
    {
        QStringList more;
        for (int i = 0; i < 6; ++i)
            more << QStringLiteral("--judge") << kSmall;
        const Result r = run(debate(more));
        QCOMPARE(r.exitCode, 2);
        QCOMPARE(r.err.trimmed().count(QLatin1Char('\n')), 0);
        QVERIFY2(r.err.contains(QStringLiteral("1 to 5 judges")), qPrintable(r.err));
        QCOMPARE(chatCount(), 0);
    }

    // export → import (another database) → export: the same document apart from ids and dates; no request.
    void importRoundTrip()
    {
        const QString first = m_dir->filePath(QStringLiteral("first.json"));
        const Result r = run(QStringList {QStringLiteral("--json")}
                             + debate({QStringLiteral("--judge"), kSmall, QStringLiteral("--judge"), kMedium,
                                       QStringLiteral("--out"), first}));
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const int requests = int(m_server->requests().size());

        const QString other = m_dir->filePath(QStringLiteral("other"));
        QVERIFY(QDir().mkpath(other));
        const Result imported = run({QStringLiteral("import"), first}, other);
        QVERIFY2(imported.exitCode == 0, qPrintable(imported.err));
        QVERIFY2(imported.out.startsWith(QStringLiteral("imported ")), qPrintable(imported.out));
        const QString id = imported.out.trimmed().mid(9);
        QVERIFY(id != r.json().value(QLatin1String("id")).toString());
        QCOMPARE(int(m_server->requests().size()), requests);

        const QString second = m_dir->filePath(QStringLiteral("second.json"));
        const Result ex = run({QStringLiteral("export"), id, QStringLiteral("--out"), second}, other);
        QVERIFY2(ex.exitCode == 0, qPrintable(ex.err));
        QCOMPARE(withoutIdsAndDates(readJson(second)), withoutIdsAndDates(readJson(first)));

        // --json prints the saved debate as debate --json does.
        const Result asJson = run({QStringLiteral("--json"), QStringLiteral("import"), first}, other);
        QVERIFY2(asJson.exitCode == 0, qPrintable(asJson.err));
        QCOMPARE(withoutIdsAndDates(asJson.json()), withoutIdsAndDates(readJson(first)));
    }

    // Not a debate export: exit 2, one line on stderr, nothing written.
    void importRefusesWhatIsNotAnExport()
    {
        const QString bad = m_dir->filePath(QStringLiteral("notes.json"));
        QFile f(bad);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(R"({"model":"mistral-small-latest","text":"hello"})");
        f.close();
        const QString fresh = m_dir->filePath(QStringLiteral("fresh"));
        QVERIFY(QDir().mkpath(fresh));
        const Result r = run({QStringLiteral("import"), bad}, fresh);
        QCOMPARE(r.exitCode, 2);
        QCOMPARE(r.err.trimmed().count(QLatin1Char('\n')), 0);
        QVERIFY2(r.err.contains(QStringLiteral("not a Rostrum debate export")), qPrintable(r.err));
        QVERIFY(r.out.isEmpty());
        QVERIFY(QDir(fresh).entryList(QDir::Files | QDir::NoDotAndDotDot).isEmpty());

        // Into a database with a debate in it: the list stays as it was.
        scriptSpeechesThenVerdicts({QStringLiteral("pro")});
        QCOMPARE(run(debate({QStringLiteral("--judge"), kLarge})).exitCode, 0);
        const QString before = run({QStringLiteral("--json"), QStringLiteral("list")}).out;
        QCOMPARE(run({QStringLiteral("import"), m_dir->filePath(QStringLiteral("missing.json"))}).exitCode, 2);
        QCOMPARE(run({QStringLiteral("import"), bad}).exitCode, 2);
        QCOMPARE(run({QStringLiteral("--json"), QStringLiteral("list")}).out, before);
    }
};

QTEST_GUILESS_MAIN(TestCliPanel)
#include "tst_cli_panel.moc"
