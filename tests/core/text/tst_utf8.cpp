#include "text/Utf8.h"

#include <QTest>

using namespace rostrum;

class TestUtf8 final : public QObject
{
    Q_OBJECT

private slots:
    // Every length boundary encodes as Qt's own encoder does.
    void matchesQt_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("ascii") << QStringLiteral("a\x7f");
        QTest::newRow("two bytes") << QString(QChar(0x80)) + QChar(0x7ff);
        QTest::newRow("three bytes") << QString(QChar(0x800)) + QChar(0xfffd) + QChar(0xffff);
        QTest::newRow("four bytes") << QString::fromUcs4(U"\U00010000\U0001F600\U0010FFFF");
        QTest::newRow("mixed") << QStringLiteral("déjà vu — 東京 🙂");
    }
    void matchesQt()
    {
        QFETCH(QString, text);
        std::string out;
        QVERIFY(!utf8::fromUtf16(text, out));
        QCOMPARE(QByteArray::fromStdString(out), text.toUtf8());
    }

    // A lone surrogate is U+FFFD (EF BF BD), as a browser's TextEncoder writes it; Qt writes '?'.
    void loneSurrogates()
    {
        const QString text = QStringLiteral("a") + QChar(0xD800) + QStringLiteral("b") + QChar(0xDC00);
        std::string out;
        QVERIFY(utf8::fromUtf16(text, out));
        QCOMPARE(QByteArray::fromStdString(out),
                 QByteArray("a\xEF\xBF\xBD"
                            "b\xEF\xBF\xBD"));
    }

    void nextAdvancesPastPairs()
    {
        const QString text = QString::fromUcs4(U"x\U0001F600y");
        const auto *u = reinterpret_cast<const char16_t *>(text.utf16());
        qsizetype i = 1;
        bool lone = false;
        QCOMPARE(utf8::next(u, text.size(), i, &lone), char32_t(0x1F600));
        QCOMPARE(i, 2);
        QVERIFY(!lone);
        const utf8::Encoded e = utf8::encode(0x1F600);
        QCOMPARE(QByteArray(e.bytes, e.size), QByteArray("\xF0\x9F\x98\x80"));
    }
};

QTEST_GUILESS_MAIN(TestUtf8)
#include "tst_utf8.moc"
