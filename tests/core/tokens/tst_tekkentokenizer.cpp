#include "TokenizerTestData.h"

#include "tokens/TekkenTokenizer.h"
#include "tokens/TokenizerRegistry.h"

#include <QElapsedTimer>
#include <QTest>

#include <atomic>
#include <thread>
#include <vector>

using namespace rostrum;
using namespace tokentest;

// Tekken 240718 must give the ids of the reference implementation on every vector we have.
class TestTekkenTokenizer final : public QObject
{
    Q_OBJECT

    std::shared_ptr<const Tokenizer> m_tok;

private slots:
    void initTestCase()
    {
        if (!TokenizerRegistry::hasData())
            QSKIP(kNoDataReason);
        QElapsedTimer timer;
        timer.start();
        m_tok = TokenizerRegistry::get(QStringLiteral("tekken-240718"));
        qInfo("Tekken loaded in %lld ms", timer.elapsed());
        QVERIFY2(m_tok, qPrintable(TokenizerRegistry::unavailableReason(QStringLiteral("tekken-240718"))));
        QCOMPARE(m_tok->name(), QStringLiteral("tekken-240718"));
        QCOMPARE(m_tok->vocabSize(), 131072);
    }

    void mistralCommonAnchors_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QList<int>>("ids");
        QTest::newRow("hello") << QStringLiteral("Hello, how are you?")
                               << QList<int> {22177, 1044, 2606, 1584, 1636, 1063};
        QTest::newRow("a") << QStringLiteral("a") << QList<int> {1097};
        const auto ref = loadJson(QStringLiteral("tokenizer-reference-counts.json"));
        for (const auto &a : ref.value(QStringLiteral("validated_anchors")).toArray()) {
            const auto o = a.toObject();
            if (!o.contains(QStringLiteral("tekken_ids")))
                continue;
            const QString text = o.value(QStringLiteral("text")).toString();
            QTest::newRow(qPrintable(QStringLiteral("anchor ") + text.left(20)))
                << text << toIds(o.value(QStringLiteral("tekken_ids")));
        }
    }
    void mistralCommonAnchors()
    {
        QFETCH(QString, text);
        QFETCH(QList<int>, ids);
        QCOMPARE(m_tok->encode(text), ids);
        QCOMPARE(m_tok->count(text), ids.size());
    }

    void referenceSamples_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QList<int>>("ids");
        QTest::addColumn<int>("count");
        const auto samples =
            loadJson(QStringLiteral("tokenizer-reference-counts.json")).value(QStringLiteral("samples")).toObject();
        QVERIFY(samples.size() >= 10);
        for (auto it = samples.begin(); it != samples.end(); ++it) {
            const auto o = it.value().toObject();
            const auto t = o.value(QStringLiteral("tekken_v3_240718")).toObject();
            QTest::newRow(qPrintable(it.key()))
                << o.value(QStringLiteral("text")).toString() << toIds(t.value(QStringLiteral("ids")))
                << t.value(QStringLiteral("count")).toInt();
        }
    }
    void referenceSamples()
    {
        QFETCH(QString, text);
        QFETCH(QList<int>, ids);
        QFETCH(int, count);
        const QList<int> got = m_tok->encode(text);
        QCOMPARE(got, ids);
        QCOMPARE(got.size(), count);
        QCOMPARE(QString::fromUtf8(m_tok->decode(got)), text);
    }

    void randomMixedScriptVectors()
    {
        const auto doc = loadJson(QStringLiteral("tokenizer-random-vectors.json"));
        const auto vectors = doc.value(QStringLiteral("vectors")).toArray();
        QVERIFY(vectors.size() >= 3000);
        int mismatches = 0;
        for (const auto &v : vectors) {
            const auto o = v.toObject();
            const QString text = o.value(QStringLiteral("text")).toString();
            const QList<int> expected = toIds(o.value(QStringLiteral("tekken")));
            const QList<int> got = m_tok->encode(text);
            if (got != expected && ++mismatches <= 5)
                qWarning() << "mismatch on" << text << "\n expected" << expected << "\n got     " << got;
        }
        QCOMPARE(mismatches, 0);
    }

    void controlTokenTextIsOrdinaryText()
    {
        const QList<int> ids = m_tok->encode(QStringLiteral("[INST]hi[/INST]</s>"));
        for (int id : ids)
            QVERIFY2(id >= 1000, "a control token id came out of ordinary text");
        QCOMPARE(QString::fromUtf8(m_tok->decode(ids)), QStringLiteral("[INST]hi[/INST]</s>"));
    }

    void longRunsMatchTheShortPath()
    {
        // Pieces longer than the quadratic merge's limit go through the heap merge; both must agree with
        // concatenation-independent facts: a long run round-trips and costs fewer tokens than bytes.
        const QString run(5000, QLatin1Char('='));
        const QList<int> ids = m_tok->encode(run);
        QVERIFY(ids.size() < 5000 / 2);
        QCOMPARE(QString::fromUtf8(m_tok->decode(ids)), run);
        const QString spaces = QString(3000, QLatin1Char(' ')) + QStringLiteral("x");
        QCOMPARE(QString::fromUtf8(m_tok->decode(m_tok->encode(spaces))), spaces);
    }

    void loneSurrogateIsReplacementCharacter()
    {
        QString s = QStringLiteral("a");
        s.append(QChar(0xD800));
        s.append(QStringLiteral("b"));
        const QString fixed = QStringLiteral("a\uFFFDb");
        QCOMPARE(m_tok->encode(s), m_tok->encode(fixed));
    }

    void emptyTextHasNoTokens()
    {
        QVERIFY(m_tok->encode(QString()).isEmpty());
        QCOMPARE(m_tok->count(QString()), 0);
    }

    void encodesFromManyThreadsAtOnce()
    {
        const auto doc = loadJson(QStringLiteral("tokenizer-random-vectors.json"));
        const auto vectors = doc.value(QStringLiteral("vectors")).toArray();
        // The same shared tokenizer from four threads, each checking 100 vectors.
        std::atomic<int> wrong {0};
        std::vector<std::thread> threads;
        for (int t = 0; t < 4; ++t) {
            threads.emplace_back([&, t] {
                for (int i = t * 100; i < (t + 1) * 100; ++i) {
                    const auto o = vectors.at(i).toObject();
                    if (m_tok->encode(o.value(QStringLiteral("text")).toString())
                        != toIds(o.value(QStringLiteral("tekken"))))
                        ++wrong;
                }
            });
        }
        for (auto &th : threads)
            th.join();
        QCOMPARE(wrong.load(), 0);
    }
};

QTEST_GUILESS_MAIN(TestTekkenTokenizer)
#include "tst_tekkentokenizer.moc"
