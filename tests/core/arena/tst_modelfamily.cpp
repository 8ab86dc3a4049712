#include "arena/ModelFamily.h"

#include <QTest>

using namespace rostrum;

class TestModelFamily final : public QObject
{
    Q_OBJECT

private slots:
    void family_data()
    {
        QTest::addColumn<QString>("model");
        QTest::addColumn<QString>("family");
        QTest::newRow("date") << "mistral-large-2411"
                              << "mistral-large";
        QTest::newRow("latest") << "mistral-large-latest"
                                << "mistral-large";
        QTest::newRow("case") << "Mistral-Large-2407"
                              << "mistral-large";
        QTest::newRow("size class is kept") << "mistral-small-2503"
                                            << "mistral-small";
        QTest::newRow("size and date") << "ministral-8b-2410"
                                       << "ministral";
        QTest::newRow("size only") << "open-mistral-7b"
                                   << "open-mistral";
        QTest::newRow("mixture size") << "open-mixtral-8x22b"
                                      << "open-mixtral";
        QTest::newRow("date only") << "codestral-2501"
                                   << "codestral";
        QTest::newRow("fractional size") << "qwen2.5-0.5b"
                                         << "qwen2.5";
        QTest::newRow("version") << "mistral-7b-instruct-v0.3"
                                 << "mistral-7b-instruct";
        QTest::newRow("iso date") << "gpt-4o-2024-08-06"
                                  << "gpt-4o";
        QTest::newRow("eight digit date") << "claude-3-5-sonnet-20241022"
                                          << "claude-3-5-sonnet";
        QTest::newRow("single digit is a name") << "gpt-4"
                                                << "gpt-4";
        QTest::newRow("bare name") << "codestral"
                                   << "codestral";
        QTest::newRow("first segment stays") << "2411"
                                             << "2411";
        QTest::newRow("fine-tune") << "ft:open-mistral-7b:587a6b29:20240514:7e773925"
                                   << "open-mistral";
    }
    void family()
    {
        QFETCH(QString, model);
        QFETCH(QString, family);
        QCOMPARE(ModelFamily::of(model), family);
    }

    void same()
    {
        QVERIFY(ModelFamily::same(QStringLiteral("mistral-large-2411"), QStringLiteral("mistral-large-latest")));
        QVERIFY(!ModelFamily::same(QStringLiteral("mistral-large-2411"), QStringLiteral("mistral-small-2503")));
    }
};

QTEST_GUILESS_MAIN(TestModelFamily)
#include "tst_modelfamily.moc"
