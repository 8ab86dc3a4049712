#include "TokenizerTestData.h"

#include "tokens/TokenizerRegistry.h"

#include <QTest>

using namespace rostrum;
using namespace tokentest;

// SentencePiece-BPE v1 and v3 must give the reference implementation's ids.
class TestSentencePieceTokenizer final : public QObject
{
    Q_OBJECT

    std::shared_ptr<const Tokenizer> m_v1, m_v3;

private slots:
    void initTestCase()
    {
        if (!TokenizerRegistry::hasData())
            QSKIP(kNoDataReason);
        m_v1 = TokenizerRegistry::get(QStringLiteral("spm-v1"));
        m_v3 = TokenizerRegistry::get(QStringLiteral("spm-v3"));
        QVERIFY(m_v1 && m_v3);
        QCOMPARE(m_v1->vocabSize(), 32000);
        QCOMPARE(m_v3->vocabSize(), 32768);
    }

    void referenceSamples_data()
    {
        QTest::addColumn<QString>("vocab");
        QTest::addColumn<QString>("text");
        QTest::addColumn<QList<int>>("ids");
        const auto samples =
            loadJson(QStringLiteral("tokenizer-reference-counts.json")).value(QStringLiteral("samples")).toObject();
        QVERIFY(samples.size() >= 10);
        for (auto it = samples.begin(); it != samples.end(); ++it) {
            const auto o = it.value().toObject();
            for (const char *vocab : {"spm_v1", "spm_v3"}) {
                QTest::newRow(qPrintable(it.key() + QLatin1Char(' ') + QLatin1String(vocab)))
                    << QString::fromLatin1(vocab) << o.value(QStringLiteral("text")).toString()
                    << toIds(o.value(QLatin1String(vocab)).toObject().value(QStringLiteral("ids")));
            }
        }
    }
    void referenceSamples()
    {
        QFETCH(QString, vocab);
        QFETCH(QString, text);
        QFETCH(QList<int>, ids);
        const auto &tok = vocab == QLatin1String("spm_v1") ? m_v1 : m_v3;
        const QList<int> got = tok->encode(text);
        QCOMPARE(got, ids);
        QCOMPARE(tok->count(text), ids.size());
        QCOMPARE(QString::fromUtf8(tok->decode(got)), text);
    }

    void mistralCommonAnchor()
    {
        // mistral-common tests/test_tokenize_v3.py, SentencePiece v3.
        QCOMPARE(m_v3->encode(QStringLiteral("SYSTEM\n\nc")), (QList<int> {17889, 23294, 781, 781, 29485}));
    }

    void randomMixedScriptVectors()
    {
        const auto vectors =
            loadJson(QStringLiteral("tokenizer-random-vectors.json")).value(QStringLiteral("vectors")).toArray();
        int checked = 0, mismatches = 0;
        for (const auto &v : vectors) {
            const auto o = v.toObject();
            if (!o.contains(QStringLiteral("spm_v3")))
                continue;
            ++checked;
            const QString text = o.value(QStringLiteral("text")).toString();
            const QList<int> expected = toIds(o.value(QStringLiteral("spm_v3")));
            const QList<int> got = m_v3->encode(text);
            if (got != expected && ++mismatches <= 5)
                qWarning() << "mismatch on" << text << "\n expected" << expected << "\n got     " << got;
        }
        QVERIFY(checked >= 500);
        QCOMPARE(mismatches, 0);
    }

    void controlTokensAreVocabularyPieces()
    {
        QCOMPARE(m_v3->specialId(SpecialToken::Bos), 1);
        QCOMPARE(m_v3->specialId(SpecialToken::Eos), 2);
        QCOMPARE(m_v3->specialId(SpecialToken::BeginInst), 3);
        QCOMPARE(m_v3->specialId(SpecialToken::EndInst), 4);
        QCOMPARE(m_v1->specialId(SpecialToken::BeginInst), -1); // v1 writes [INST] as text
        for (int id : m_v3->encode(QStringLiteral("[INST] hello [/INST]")))
            QVERIFY(id > 4);
    }
};

QTEST_GUILESS_MAIN(TestSentencePieceTokenizer)
#include "tst_sentencepiecetokenizer.moc"
