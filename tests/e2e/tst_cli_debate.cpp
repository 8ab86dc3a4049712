// rostrum-cli debate / list / export against the in-process MockMistralServer: the recorded
// requests show what each speech asked for, the CLI's JSON shows what was saved.

#include "CliRunner.h"
#include "MockMistralServer.h"

#include <QDir>
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

class TestCliDebate final : public QObject
{
    Q_OBJECT

    using Result = CliRunner::Result;

    std::unique_ptr<MockMistralServer> m_server;
    std::unique_ptr<QTemporaryDir> m_dir;

    QStringList base() const
    {
        return {QStringLiteral("--base-url"),    m_server->baseUrl().toString(),
                QStringLiteral("--data-dir"),    m_dir->path(),
                QStringLiteral("--max-retries"), QStringLiteral("1")};
    }

    // rostrum-cli against the in-process mock (this process's event loop serves it while the CLI runs).
    CliRunner cli() const
    {
        CliRunner c;
        c.setEnv(QStringLiteral("MISTRAL_API_KEY"), QStringLiteral("test-key"));
        c.setEnv(QStringLiteral("QT_LOGGING_RULES"), QStringLiteral("*.info=false;*.debug=false"));
        c.setLeadingArgs(base());
        c.setTimeoutMs(90000);
        return c;
    }

    Result run(const QStringList &args) const { return cli().run(args); }

    QList<RecordedRequest> chatRequests() const
    {
        QList<RecordedRequest> out;
        for (const RecordedRequest &r : m_server->requests()) {
            if (r.isChat())
                out << r;
        }
        return out;
    }

    static QString systemOf(const RecordedRequest &r)
    {
        return r.json.value(QLatin1String("messages"))
            .toArray()
            .first()
            .toObject()
            .value(QLatin1String("content"))
            .toString();
    }

    static QString lastUserOf(const RecordedRequest &r)
    {
        const QJsonArray m = r.json.value(QLatin1String("messages")).toArray();
        for (qsizetype i = m.size() - 1; i >= 0; --i) {
            if (m.at(i).toObject().value(QLatin1String("role")).toString() == QLatin1String("user"))
                return m.at(i).toObject().value(QLatin1String("content")).toString();
        }
        return {};
    }

    static bool isJudge(const RecordedRequest &r) { return r.json.contains(QLatin1String("response_format")); }

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

    void eachFormat_data()
    {
        QTest::addColumn<QString>("format");
        QTest::addColumn<QStringList>("roles");
        QTest::addColumn<QString>("firstInstruction");
        QTest::newRow("classic") << QStringLiteral("classic")
                                 << QStringList {QStringLiteral("opening"),  QStringLiteral("opening"),
                                                 QStringLiteral("rebuttal"), QStringLiteral("rebuttal"),
                                                 QStringLiteral("closing"),  QStringLiteral("closing")}
                                 << QStringLiteral("Present your case: define the key terms");
        QTest::newRow("oxford") << QStringLiteral(
            "oxford") << QStringList {QStringLiteral("proposition_opening"), QStringLiteral("opposition_opening"),
                                      QStringLiteral("floor_rebuttal"),      QStringLiteral("floor_rebuttal"),
                                      QStringLiteral("summation"),           QStringLiteral("summation")}
                                << QStringLiteral("Open the case for the motion before the audience");
        QTest::newRow("lincoln-douglas")
            << QStringLiteral("lincoln-douglas")
            << QStringList {QStringLiteral("ac"),  QStringLiteral("cx"), QStringLiteral("nc"), QStringLiteral("cx"),
                            QStringLiteral("1ar"), QStringLiteral("nr"), QStringLiteral("2ar")}
            << QStringLiteral("Present the affirmative case: state a value and a criterion");
        QTest::newRow("code-review") << QStringLiteral("code-review")
                                     << QStringList {QStringLiteral("proposal"),       QStringLiteral("critique"),
                                                     QStringLiteral("review_reply"),   QStringLiteral("review_reply"),
                                                     QStringLiteral("review_closing"), QStringLiteral("review_closing")}
                                     << QStringLiteral("Defend the code as written");
    }

    void eachFormat()
    {
        QFETCH(QString, format);
        QFETCH(QStringList, roles);
        QFETCH(QString, firstInstruction);
        QStringList args {QStringLiteral("--json"),       QStringLiteral("debate"),
                          QStringLiteral("--motion"),     QStringLiteral("Tabs are better than spaces"),
                          QStringLiteral("--format"),     format,
                          QStringLiteral("--max-tokens"), QStringLiteral("120"),
                          QStringLiteral("--out"),        m_dir->filePath(QStringLiteral("export.md"))};
        if (format == QLatin1String("code-review")) {
            QFile code(m_dir->filePath(QStringLiteral("a.cpp")));
            QVERIFY(code.open(QIODevice::WriteOnly));
            code.write("int main() {\n  return 0;\n}\n");
            code.close();
            args << QStringLiteral("--code") << code.fileName();
        }
        if (format == QLatin1String("oxford"))
            args << QStringLiteral("--votes-before") << QStringLiteral("30,50,20") << QStringLiteral("--votes-after")
                 << QStringLiteral("45,45,10");
        const Result r = run(args);
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const QJsonObject doc = r.json();
        QCOMPARE(doc.value(QLatin1String("status")).toString(), QStringLiteral("finished"));
        QCOMPARE(doc.value(QLatin1String("format")).toString(), format);
        const QJsonArray speeches = doc.value(QLatin1String("speeches")).toArray();
        QCOMPARE(speeches.size(), roles.size());
        for (int i = 0; i < roles.size(); ++i) {
            const QJsonObject s = speeches.at(i).toObject();
            QCOMPARE(s.value(QLatin1String("index")).toInt(), i);
            QCOMPARE(s.value(QLatin1String("role")).toString(), roles.at(i));
            QCOMPARE(s.value(QLatin1String("status")).toString(), QStringLiteral("finished"));
            QVERIFY(!s.value(QLatin1String("text")).toString().isEmpty());
            QVERIFY(s.value(QLatin1String("usage")).toObject().value(QLatin1String("completion_tokens")).toInt() > 0);
        }

        // One request per speech, in order, each with its role's instruction; then the judge.
        const QList<RecordedRequest> requests = chatRequests();
        QCOMPARE(requests.size(), roles.size() + 1);
        QVERIFY(lastUserOf(requests.first()).contains(firstInstruction));
        for (int i = 0; i < roles.size(); ++i) {
            QVERIFY(!isJudge(requests.at(i)));
            QVERIFY(systemOf(requests.at(i)).contains(QStringLiteral("Speak only in English")));
            QVERIFY2(
                lastUserOf(requests.at(i)).contains(QStringLiteral("speech %1 of %2").arg(i + 1).arg(roles.size())),
                qPrintable(lastUserOf(requests.at(i))));
        }
        const RecordedRequest judge = requests.last();
        QVERIFY(isJudge(judge));
        QCOMPARE(judge.json.value(QLatin1String("response_format")).toObject().value(QLatin1String("type")).toString(),
                 QStringLiteral("json_schema"));
        const QJsonObject verdict = doc.value(QLatin1String("verdict")).toObject();
        QVERIFY2(verdict.value(QLatin1String("valid")).toBool(),
                 qPrintable(verdict.value(QLatin1String("error")).toString()));
        QVERIFY(QStringList({QStringLiteral("pro"), QStringLiteral("con"), QStringLiteral("tie")})
                    .contains(verdict.value(QLatin1String("winner")).toString()));
        QVERIFY(!verdict.value(QLatin1String("scores")).toArray().isEmpty());

        // The export holds every speech; `export` reproduces it from the database.
        QFile md(m_dir->filePath(QStringLiteral("export.md")));
        QVERIFY(md.open(QIODevice::ReadOnly));
        const QString markdown = QString::fromUtf8(md.readAll());
        for (const QJsonValue &s : speeches)
            QVERIFY(markdown.contains(s.toObject().value(QLatin1String("text")).toString().trimmed()));
        const QString id = doc.value(QLatin1String("id")).toString();
        const Result ex =
            run({QStringLiteral("export"), id, QStringLiteral("--out"), m_dir->filePath(QStringLiteral("e.html"))});
        QCOMPARE(ex.exitCode, 0);
        QFile html(m_dir->filePath(QStringLiteral("e.html")));
        QVERIFY(html.open(QIODevice::ReadOnly));
        const QString page = QString::fromUtf8(html.readAll());
        for (const QJsonValue &s : speeches)
            QVERIFY(
                page.contains(s.toObject().value(QLatin1String("text")).toString().trimmed().left(40).toHtmlEscaped()));
        if (format == QLatin1String("oxford")) {
            const Result js =
                run({QStringLiteral("export"), id, QStringLiteral("--out"), m_dir->filePath(QStringLiteral("e.json"))});
            QFile jf(m_dir->filePath(QStringLiteral("e.json")));
            QVERIFY(jf.open(QIODevice::ReadOnly));
            const QJsonObject saved = QJsonDocument::fromJson(jf.readAll()).object();
            QCOMPARE(
                saved.value(QLatin1String("audience_vote")).toObject().value(QLatin1String("swing_points")).toDouble(),
                15.0);
        }
    }

    void frenchDebateCarriesFrenchPrompts()
    {
        const Result r = run({QStringLiteral("--json"), QStringLiteral("debate"), QStringLiteral("--motion"),
                              QStringLiteral("Le télétravail est l'avenir"), QStringLiteral("--language"),
                              QStringLiteral("fr"), QStringLiteral("--rounds"), QStringLiteral("0"),
                              QStringLiteral("--no-judge"), QStringLiteral("--max-tokens"), QStringLiteral("100")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const QList<RecordedRequest> requests = chatRequests();
        QCOMPARE(requests.size(), 4);
        for (const RecordedRequest &q : requests) {
            QVERIFY(systemOf(q).contains(QStringLiteral("Exprimez-vous uniquement en français")));
            QVERIFY(lastUserOf(q).contains(QStringLiteral("C'est à vous : discours")));
            // The language default: French goes to Large.
            QCOMPARE(q.json.value(QLatin1String("model")).toString(), QStringLiteral("mistral-large-latest"));
        }
        QVERIFY(lastUserOf(requests.first()).startsWith(QStringLiteral("C'est à vous : discours 1 sur 4")));
        QVERIFY(lastUserOf(requests.first()).contains(QStringLiteral("Présentez votre thèse")));
        // Later speakers hear what came before under French labels.
        QVERIFY(lastUserOf(requests.at(1)).contains(QStringLiteral("[Pour — Pour — déclaration d'ouverture]")));
    }

    void codeIsByteIdenticalAndWrongCitationsAreUnverified()
    {
        const QByteArray line = "    std::cout << a >> b;";
        QFile code(m_dir->filePath(QStringLiteral("shift.cpp")));
        QVERIFY(code.open(QIODevice::WriteOnly));
        code.write("#include <iostream>\nint main() {\n    int a = 1, b = 0;\n" + line + "\n}\n");
        code.close();
        m_server->enqueue(MockReply::withText(QStringLiteral("Line L4 streams a then shifts; L40-L42 is dead code.")));
        const Result r = run({QStringLiteral("--json"), QStringLiteral("debate"), QStringLiteral("--motion"),
                              QStringLiteral("This code is correct"), QStringLiteral("--format"),
                              QStringLiteral("code-review"), QStringLiteral("--rounds"), QStringLiteral("0"),
                              QStringLiteral("--no-judge"), QStringLiteral("--code"), code.fileName()});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const QList<RecordedRequest> requests = chatRequests();
        QCOMPARE(requests.size(), 4);
        for (const RecordedRequest &q : requests) {
            QVERIFY(systemOf(q).contains(QString::fromUtf8(line)));
            QCOMPARE(q.json.value(QLatin1String("model")).toString(), QStringLiteral("codestral-latest"));
            QVERIFY(q.json.value(QLatin1String("tools")).toArray().size() == 1);
        }
        QVERIFY(requests.first().body.contains("std::cout << a >> b;"));
        const QJsonArray cites = r.json()
                                     .value(QLatin1String("speeches"))
                                     .toArray()
                                     .first()
                                     .toObject()
                                     .value(QLatin1String("citations"))
                                     .toArray();
        QCOMPARE(cites.size(), 2);
        QCOMPARE(cites.at(0).toObject().value(QLatin1String("lines")).toString(), QStringLiteral("L4"));
        QCOMPARE(cites.at(0).toObject().value(QLatin1String("verified")).toBool(), true);
        QCOMPARE(cites.at(1).toObject().value(QLatin1String("lines")).toString(), QStringLiteral("L40-L42"));
        QCOMPARE(cites.at(1).toObject().value(QLatin1String("verified")).toBool(), false);

        // Checked citations are the debate's function calls: two made, the verified one succeeded.
        const Result usage = run({QStringLiteral("--json"), QStringLiteral("usage")});
        QVERIFY2(usage.exitCode == 0, qPrintable(usage.err));
        const QJsonObject calls =
            usage.json().value(QLatin1String("total")).toObject().value(QLatin1String("function_calls")).toObject();
        QCOMPARE(calls.value(QLatin1String("called")).toInt(), 2);
        QCOMPARE(calls.value(QLatin1String("succeeded")).toInt(), 1);
        const QJsonArray models = usage.json().value(QLatin1String("models")).toArray();
        QCOMPARE(models.size(), 1);
        QCOMPARE(models.first().toObject().value(QLatin1String("requests")).toInt(), 4);
    }

    // A rematch swaps the debaters' sides and says whether the verdict followed the side or the argument.
    void rematchSwapsSidesAndComparesVerdicts()
    {
        auto script = [this](const QString &winner) {
            for (int i = 0; i < 4; ++i)
                m_server->enqueue(MockReply::withText(QStringLiteral("Speech %1 of this debate.").arg(i)));
            m_server->enqueue(MockReply::withText(
                QStringLiteral(R"({"winner":"%1","scores":[{"criterion":"evidence","pro":6,"con":6}],)"
                               R"("reasons":"Closer to the point.","margin":2})")
                    .arg(winner)));
        };
        script(QStringLiteral("con"));
        const Result first = run({QStringLiteral("--json"), QStringLiteral("debate"), QStringLiteral("--motion"),
                                  QStringLiteral("Cities should ban cars"), QStringLiteral("--rounds"),
                                  QStringLiteral("0"), QStringLiteral("--pro"), QStringLiteral("mistral-small-latest"),
                                  QStringLiteral("--con"), QStringLiteral("mistral-medium-latest"),
                                  QStringLiteral("--pro-persona"), QStringLiteral("an urbanist")});
        QVERIFY2(first.exitCode == 0, qPrintable(first.err));
        const QString id = first.json().value(QLatin1String("id")).toString();
        QVERIFY(!id.isEmpty());
        QVERIFY(!first.json().contains(QLatin1String("rematch")));

        // The con debater (medium) now argues for the motion and wins: the judge followed the argument.
        m_server->clearRequests();
        script(QStringLiteral("pro"));
        const Result second =
            run({QStringLiteral("--json"), QStringLiteral("debate"), QStringLiteral("--rematch"), id});
        QVERIFY2(second.exitCode == 0, qPrintable(second.err));
        const QJsonObject doc = second.json();
        QVERIFY(doc.value(QLatin1String("id")).toString() != id);
        QCOMPARE(doc.value(QLatin1String("rematch_of")).toString(), id);
        QCOMPARE(doc.value(QLatin1String("motion")).toString(), QStringLiteral("Cities should ban cars"));
        const QJsonObject opening = doc.value(QLatin1String("speeches")).toArray().first().toObject();
        QCOMPARE(opening.value(QLatin1String("side")).toString(), QStringLiteral("pro"));
        QCOMPARE(opening.value(QLatin1String("model")).toString(), QStringLiteral("mistral-medium-latest"));
        // The persona went with its debater, now on the con side.
        const QList<RecordedRequest> requests = chatRequests();
        QCOMPARE(requests.first().json.value(QLatin1String("model")).toString(),
                 QStringLiteral("mistral-medium-latest"));
        QVERIFY(!systemOf(requests.first()).contains(QStringLiteral("an urbanist")));
        QVERIFY(systemOf(requests.at(1)).contains(QStringLiteral("an urbanist")));
        const QJsonObject cmp = doc.value(QLatin1String("rematch")).toObject();
        QCOMPARE(cmp.value(QLatin1String("of")).toString(), id);
        QCOMPARE(cmp.value(QLatin1String("outcome")).toString(), QStringLiteral("followed_argument"));
        QCOMPARE(cmp.value(QLatin1String("original_winner")).toObject().value(QLatin1String("side")).toString(),
                 QStringLiteral("con"));
        QCOMPARE(cmp.value(QLatin1String("winner")).toObject().value(QLatin1String("side")).toString(),
                 QStringLiteral("pro"));
        QCOMPARE(cmp.value(QLatin1String("winner")).toObject().value(QLatin1String("models")).toArray(),
                 QJsonArray {QStringLiteral("mistral-medium-latest")});

        // Again, but the con side wins again: the judge followed the side. Shown in the text output too.
        script(QStringLiteral("con"));
        const Result third = run({QStringLiteral("debate"), QStringLiteral("--rematch"), id.left(8)});
        QVERIFY2(third.exitCode == 0, qPrintable(third.err));
        QVERIFY2(third.out.contains(QStringLiteral("== Rematch of %1 ==").arg(id)), qPrintable(third.out));
        QVERIFY(third.out.contains(QStringLiteral("the verdict followed the side.")));

        // A rematch takes its spec from the saved debate only.
        const Result bad = run({QStringLiteral("debate"), QStringLiteral("--rematch"), id, QStringLiteral("--motion"),
                                QStringLiteral("Something else")});
        QCOMPARE(bad.exitCode, 2);
        const Result missing = run({QStringLiteral("debate"), QStringLiteral("--rematch"), QStringLiteral("nope")});
        QCOMPARE(missing.exitCode, 2);
    }

    void budgetCapBelowThePreviewStopsWithExitFour()
    {
        const QStringList args {
            QStringLiteral("debate"),       QStringLiteral("--motion"), QStringLiteral("Budgets matter"),
            QStringLiteral("--max-tokens"), QStringLiteral("200"),      QStringLiteral("--budget"),
            QStringLiteral("0.004")};
        const Result r = run(args);
        QCOMPARE(r.exitCode, 4);
        QVERIFY2(r.err.contains(QStringLiteral("Budget cap reached")), qPrintable(r.err));
        const QRegularExpression preview(QStringLiteral("Cost preview: \\$([0-9.]+) – \\$([0-9.]+)"));
        const auto m = preview.match(r.err);
        QVERIFY(m.hasMatch());
        QVERIFY(m.captured(2).toDouble() > 0.004); // the cap is below the preview's worst case
        const Result list = run({QStringLiteral("list"), QStringLiteral("--json")});
        const QJsonArray debates = QJsonDocument::fromJson(list.out.toUtf8()).array();
        QCOMPARE(debates.size(), 1);
        const QJsonObject d = debates.first().toObject();
        QCOMPARE(d.value(QLatin1String("status")).toString(), QStringLiteral("stopped"));
        const int saved = d.value(QLatin1String("speeches")).toInt();
        QVERIFY2(saved >= 1 && saved < 6, qPrintable(QString::number(saved)));
        QCOMPARE(chatRequests().size(), saved); // nothing was sent past the cap
        QVERIFY(d.value(QLatin1String("cost_usd")).toDouble() <= 0.004);
    }

    void killedMidSpeechResumesWithoutRepeating()
    {
        // The third speech streams slowly enough to be killed in the middle.
        m_server->setReplyProvider([](int index, const RecordedRequest &) -> std::optional<MockReply> {
            if (index != 2)
                return std::nullopt;
            MockReply slow;
            slow.completionTokens = 400;
            slow.tokensPerSecond = 40;
            return slow;
        });
        QProcess p;
        QVERIFY(cli().start(p,
                            {QStringLiteral("debate"), QStringLiteral("--motion"), QStringLiteral("Resumes work"),
                             QStringLiteral("--max-tokens"), QStringLiteral("500"), QStringLiteral("--no-judge")}));

        // Wait until the slow speech has text in the database, then kill the process outright.
        const QString dbPath = m_dir->filePath(QStringLiteral("rostrum.sqlite"));
        auto partialText = [&]() -> QString {
            QString text;
            {
                QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("probe"));
                db.setDatabaseName(dbPath);
                if (db.open()) {
                    QSqlQuery q(db);
                    if (q.exec(QStringLiteral("SELECT text FROM speeches WHERE idx = 2")) && q.next())
                        text = q.value(0).toString();
                }
            }
            QSqlDatabase::removeDatabase(QStringLiteral("probe"));
            return text;
        };
        QTRY_VERIFY_WITH_TIMEOUT(partialText().size() > 20, 60000);
        p.kill();
        QVERIFY(p.waitForFinished(10000));
        const QString partial = partialText();
        {
            // The kill left a sound database: SQLite's own check passes on it.
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("integrity"));
            db.setDatabaseName(dbPath);
            QVERIFY(db.open());
            QSqlQuery q(db);
            QVERIFY(q.exec(QStringLiteral("PRAGMA integrity_check")) && q.next());
            QCOMPARE(q.value(0).toString(), QStringLiteral("ok"));
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("integrity"));

        Result list = run({QStringLiteral("list"), QStringLiteral("--json")});
        const QJsonObject before = QJsonDocument::fromJson(list.out.toUtf8()).array().first().toObject();
        QCOMPARE(before.value(QLatin1String("status")).toString(), QStringLiteral("interrupted"));
        const QString id = before.value(QLatin1String("id")).toString();
        const int requestsBefore = int(chatRequests().size());
        QCOMPARE(requestsBefore, 3);
        QStringList firstTwo;
        {
            // What the first two speeches said before the kill.
            const Result ex =
                run({QStringLiteral("export"), id, QStringLiteral("--out"), m_dir->filePath(QStringLiteral("b.json"))});
            QCOMPARE(ex.exitCode, 0);
            QFile f(m_dir->filePath(QStringLiteral("b.json")));
            QVERIFY(f.open(QIODevice::ReadOnly));
            const QJsonArray s =
                QJsonDocument::fromJson(f.readAll()).object().value(QLatin1String("speeches")).toArray();
            QCOMPARE(s.size(), 3);
            QCOMPARE(s.at(2).toObject().value(QLatin1String("status")).toString(), QStringLiteral("interrupted"));
            // The interrupted speech holds the text up to its last save.
            QCOMPARE(s.at(2).toObject().value(QLatin1String("text")).toString(), partial);
            firstTwo << s.at(0).toObject().value(QLatin1String("text")).toString()
                     << s.at(1).toObject().value(QLatin1String("text")).toString();
        }

        const Result r = run({QStringLiteral("--json"), QStringLiteral("debate"), QStringLiteral("--resume"), id});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const QJsonArray speeches = r.json().value(QLatin1String("speeches")).toArray();
        QCOMPARE(speeches.size(), 6);
        QCOMPARE(speeches.at(0).toObject().value(QLatin1String("text")).toString(), firstTwo.at(0));
        QCOMPARE(speeches.at(1).toObject().value(QLatin1String("text")).toString(), firstTwo.at(1));
        QVERIFY(speeches.at(2).toObject().value(QLatin1String("text")).toString().startsWith(partial));
        for (const QJsonValue &s : speeches)
            QCOMPARE(s.toObject().value(QLatin1String("status")).toString(), QStringLiteral("finished"));

        // After the restart: the cut speech continued with a prefix, then the three left; the
        // finished speeches were never asked again.
        const QList<RecordedRequest> all = chatRequests();
        QCOMPARE(all.size() - requestsBefore, 4);
        const QJsonArray resumed = all.at(requestsBefore).json.value(QLatin1String("messages")).toArray();
        const QJsonObject last = resumed.last().toObject();
        QCOMPARE(last.value(QLatin1String("role")).toString(), QStringLiteral("assistant"));
        QCOMPARE(last.value(QLatin1String("prefix")).toBool(), true);
        QCOMPARE(last.value(QLatin1String("content")).toString(), partial);
        for (int i = requestsBefore + 1; i < all.size(); ++i) {
            const QString lastUser = lastUserOf(all.at(i));
            QVERIFY2(lastUser.contains(QStringLiteral("speech %1 of 6").arg(i - requestsBefore + 3)),
                     qPrintable(lastUser));
        }
    }
};

QTEST_GUILESS_MAIN(TestCliDebate)
#include "tst_cli_debate.moc"
