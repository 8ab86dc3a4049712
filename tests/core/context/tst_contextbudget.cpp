#include "context/ContextBudget.h"

#include "tokens/TokenizerRegistry.h"

#include <QJsonObject>
#include <QTest>

using namespace rostrum;

// Fitting a debate into a small window: system prompt and motion stay, the newest turns stay, the middle is
// marked for one summary.
class TestContextBudget final : public QObject
{
    Q_OBJECT

    static QJsonObject msg(const char *role, const QString &content)
    {
        return QJsonObject {{QStringLiteral("role"), QString::fromLatin1(role)}, {QStringLiteral("content"), content}};
    }

    static QJsonArray debate(int turns)
    {
        QJsonArray a;
        a.append(msg("system", QStringLiteral("You are the proposition in a formal debate. Be concise.")));
        a.append(msg("user", QStringLiteral("Motion: This House would tax sugary drinks.")));
        for (int i = 0; i < turns; ++i) {
            a.append(msg("assistant",
                         QStringLiteral("Speech %1: the evidence on consumption shows a clear effect, "
                                        "and the revenue funds public health programmes.")
                             .arg(i)));
            a.append(
                msg("user", QStringLiteral("Rebuttal %1: the tax is regressive and substitution undoes it.").arg(i)));
        }
        return a;
    }

    // Both with the real tokenizer (when the build has it) and with the heuristic.
    static QList<TokenizerChoice> choices()
    {
        QList<TokenizerChoice> list {ModelTokenizers::fromName(QStringLiteral("heuristic"))};
        if (TokenizerRegistry::hasData())
            list.append(ModelTokenizers::forModel(QStringLiteral("open-mistral-nemo")));
        return list;
    }

private slots:
    void everythingFitsInALargeWindow()
    {
        TokenCounter counter;
        ContextBudget budget(counter);
        for (const auto &choice : choices()) {
            const auto messages = debate(3);
            const auto p = budget.plan(messages, choice, 32000, 1000);
            QCOMPARE(p.budget, 32000 * 9 / 10 - 1000);
            QVERIFY(!p.needsSummary());
            QCOMPARE(p.kept.size(), messages.size());
            QVERIFY(p.fits);
            QCOMPARE(p.keptTokens, p.originalTokens);
            QCOMPARE(budget.apply(p, QString()), messages);
        }
    }

    void smallWindowKeepsSystemMotionAndNewestTurns()
    {
        TokenCounter counter;
        ContextBudget budget(counter);
        budget.setSummaryReserve(60);
        for (const auto &choice : choices()) {
            const auto messages = debate(20); // 42 messages, ~1,200 tokens
            const auto p = budget.plan(messages, choice, 600, 100); // budget 440
            QVERIFY(p.originalTokens > p.budget);
            QVERIFY(p.needsSummary());
            QVERIFY(p.fits);
            QCOMPARE(p.kept.mid(0, 2), (QList<int> {0, 1})); // system prompt and motion
            QCOMPARE(p.kept.last(), int(messages.size()) - 1); // the newest turn
            QCOMPARE(p.summarised.first(), 2); // the oldest speech goes first
            // Kept ∪ summarised = everything, no overlap; the kept tail is contiguous and newest.
            QCOMPARE(p.kept.size() + p.summarised.size(), int(messages.size()));
            for (int i : p.summarised)
                QVERIFY(!p.kept.contains(i));
            QCOMPARE(p.summarised.last() + 1, p.kept.at(2));
            QVERIFY(p.keptTokens + p.summaryReserve <= p.budget + 0);
            QVERIFY(p.summarisedTokens > 0);
            // As many turns as fit: adding the next-older one would cross the budget.
            QJsonArray oneMore;
            QList<int> more = p.kept;
            more.insert(2, p.summarised.last());
            for (int i : more)
                oneMore.append(messages.at(i));
            oneMore.insert(2, budget.summaryMessage(QString()));
            QVERIFY(counter.countMessages(oneMore, choice).count + p.summaryReserve > p.budget);

            const QJsonArray slice = p.sliceToSummarise();
            QCOMPARE(slice.size(), p.summarised.size());
            QCOMPARE(slice.first(), messages.at(2));

            const QJsonArray final =
                budget.apply(p, QStringLiteral("Both sides argued about revenue and regressivity."));
            QCOMPARE(final.size(), p.kept.size() + 1);
            QCOMPARE(final.at(0), messages.at(0));
            QCOMPARE(final.at(1), messages.at(1));
            QCOMPARE(final.at(2).toObject().value(QStringLiteral("role")).toString(), QStringLiteral("system"));
            QVERIFY(final.at(2)
                        .toObject()
                        .value(QStringLiteral("content"))
                        .toString()
                        .contains(QStringLiteral("regressivity")));
            QCOMPARE(final.last(), messages.last());
            QVERIFY(counter.countMessages(final, choice).count <= p.budget);
        }
    }

    void exactCountsWhenTheDataIsThere()
    {
        if (!TokenizerRegistry::hasData())
            QSKIP("this build has no tokenizer data (scripts/fetch-tokenizer-data, then reconfigure)");
        TokenCounter counter;
        ContextBudget budget(counter);
        const auto p = budget.plan(debate(2), QStringLiteral("open-mistral-nemo"), 4000, 100);
        QCOMPARE(p.tokenizer, QStringLiteral("tekken-240718"));
        QVERIFY(p.exact);
        const auto h = budget.plan(debate(2), ModelTokenizers::fromName(QStringLiteral("heuristic")), 4000, 100);
        QCOMPARE(h.tokenizer, QStringLiteral("heuristic"));
        QVERIFY(!h.exact);
    }

    void reportsWhenEvenTheNewestTurnCannotFit()
    {
        TokenCounter counter;
        ContextBudget budget(counter);
        QJsonArray messages = debate(2);
        messages.append(msg("user", QString(4000, QLatin1Char('x'))));
        const auto p = budget.plan(messages, ModelTokenizers::fromName(QStringLiteral("heuristic")), 500, 100);
        QVERIFY(!p.fits);
        QCOMPARE(p.kept.last(), int(messages.size()) - 1);
        QVERIFY(p.needsSummary());
    }
};

QTEST_GUILESS_MAIN(TestContextBudget)
#include "tst_contextbudget.moc"
