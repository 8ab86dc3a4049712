#include "CodePane.h"

#include <QFontDatabase>
#include <QSignalSpy>
#include <QTest>
#include <QTextBlock>
#include <QTextLayout>

using namespace rostrum::gui;
using Lang = CodeHighlighter::Language;
using Token = CodeHighlighter::Token;

class TestCodePane final : public QObject
{
    Q_OBJECT

    // The colour the highlighter gave the first character of `word` on `line` (1-based).
    static QColor colourOf(CodePane &pane, int line, const QString &word)
    {
        const QTextBlock block = pane.document()->findBlockByNumber(line - 1);
        const int pos = int(block.text().indexOf(word));
        if (pos < 0)
            return {};
        const auto formats = block.layout()->formats();
        for (const auto &range : formats) {
            if (pos >= range.start && pos < range.start + range.length)
                return range.format.foreground().color();
        }
        return {};
    }

private slots:
    void codeIsShownInTheFixedPitchFont()
    {
        // The platform's fixed-pitch font (QFontInfo cannot tell: fontconfig does not mark every
        // monospace font as such), given code while hidden (a debate opened before the pane is
        // shown), and shown empty.
        CodePane withCode;
        withCode.setCode(QStringLiteral("int main() {}\n"), Lang::Cpp);
        QCOMPARE(withCode.font().family(), QFontDatabase::systemFont(QFontDatabase::FixedFont).family());
        CodePane shown;
        shown.show();
        QVERIFY(QTest::qWaitForWindowExposed(&shown));
        QCOMPARE(shown.font().family(), QFontDatabase::systemFont(QFontDatabase::FixedFont).family());
        // The gutter is measured in that font: three digits and a margin.
        QCOMPARE(shown.lineNumberAreaWidth(), 12 + 3 * QFontMetrics(shown.font()).horizontalAdvance(QLatin1Char('9')));
    }

    void languageFromFileName_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<Lang>("language");
        QTest::newRow("cpp") << QStringLiteral("main.cpp") << Lang::Cpp;
        QTest::newRow("header") << QStringLiteral("a/b/Widget.H") << Lang::Cpp;
        QTest::newRow("python") << QStringLiteral("tool.py") << Lang::Python;
        QTest::newRow("ts") << QStringLiteral("app.tsx") << Lang::TypeScript;
        QTest::newRow("js") << QStringLiteral("index.mjs") << Lang::JavaScript;
        QTest::newRow("java") << QStringLiteral("Main.java") << Lang::Java;
        QTest::newRow("go") << QStringLiteral("main.go") << Lang::Go;
        QTest::newRow("rust") << QStringLiteral("lib.rs") << Lang::Rust;
        QTest::newRow("shell") << QStringLiteral("build.sh") << Lang::Shell;
        QTest::newRow("sql") << QStringLiteral("schema.sql") << Lang::Sql;
        QTest::newRow("unknown") << QStringLiteral("notes.txt") << Lang::PlainText;
    }
    void languageFromFileName()
    {
        QFETCH(QString, file);
        QFETCH(Lang, language);
        QCOMPARE(CodeHighlighter::languageFromFileName(file), language);
    }

    void highlight_data()
    {
        QTest::addColumn<Lang>("language");
        QTest::addColumn<QString>("code");
        QTest::addColumn<int>("line");
        QTest::addColumn<QString>("word");
        QTest::addColumn<Token>("token");
        QTest::newRow("cpp keyword") << Lang::Cpp << QStringLiteral("int main() {\n  return 0; // done\n}") << 2
                                     << QStringLiteral("return") << Token::Keyword;
        QTest::newRow("cpp comment") << Lang::Cpp << QStringLiteral("int main() {\n  return 0; // done\n}") << 2
                                     << QStringLiteral("// done") << Token::Comment;
        QTest::newRow("cpp block comment spans lines")
            << Lang::Cpp << QStringLiteral("/* start\n still comment\n end */ int x;") << 2 << QStringLiteral("still")
            << Token::Comment;
        QTest::newRow("cpp after block comment")
            << Lang::Cpp << QStringLiteral("/* a\n */ int x;") << 2 << QStringLiteral("int") << Token::Type;
        QTest::newRow("cpp string keeps shift operators")
            << Lang::Cpp << QStringLiteral("std::cout << \"a << b\";") << 1 << QStringLiteral("\"a") << Token::String;
        QTest::newRow("python def") << Lang::Python << QStringLiteral("def f(x):\n    return x # why") << 1
                                    << QStringLiteral("def") << Token::Keyword;
        QTest::newRow("python comment") << Lang::Python << QStringLiteral("def f(x):\n    return x # why") << 2
                                        << QStringLiteral("# why") << Token::Comment;
        QTest::newRow("python docstring") << Lang::Python << QStringLiteral("\"\"\"Doc\nmore\n\"\"\"\nx = 1") << 2
                                          << QStringLiteral("more") << Token::String;
        QTest::newRow("js template") << Lang::JavaScript << QStringLiteral("const s = `hi ${x}`;") << 1
                                     << QStringLiteral("`hi") << Token::String;
        QTest::newRow("go func") << Lang::Go << QStringLiteral("func main() {}") << 1 << QStringLiteral("func")
                                 << Token::Keyword;
        QTest::newRow("rust macro") << Lang::Rust << QStringLiteral("fn main() { println!(\"x\"); }") << 1
                                    << QStringLiteral("fn") << Token::Keyword;
        QTest::newRow("shell variable") << Lang::Shell << QStringLiteral("echo \"$HOME\"\nx=$PATH") << 2
                                        << QStringLiteral("$PATH") << Token::Type;
        QTest::newRow("sql any case") << Lang::Sql << QStringLiteral("Select * FROM t -- all") << 1
                                      << QStringLiteral("FROM") << Token::Keyword;
        QTest::newRow("java annotation") << Lang::Java << QStringLiteral("@Override\npublic void run() {}") << 1
                                         << QStringLiteral("@Override") << Token::Preprocessor;
    }
    void highlight()
    {
        QFETCH(Lang, language);
        QFETCH(QString, code);
        QFETCH(int, line);
        QFETCH(QString, word);
        QFETCH(Token, token);
        CodePane pane;
        pane.setCode(code, language);
        QCOMPARE(colourOf(pane, line, word), pane.highlighter()->formatFor(token).foreground().color());
    }

    void plainTextHasNoColours()
    {
        CodePane pane;
        pane.setCode(QStringLiteral("return 0; // nothing"), Lang::PlainText);
        QVERIFY(!colourOf(pane, 1, QStringLiteral("return")).isValid());
    }

    void jumpsToCitedLine()
    {
        CodePane pane;
        pane.resize(400, 200);
        pane.show();
        QString code;
        for (int i = 1; i <= 300; ++i)
            code += QStringLiteral("int line%1 = %1;\n").arg(i);
        pane.setCode(code, Lang::Cpp);
        pane.setCitedLines({120, 121});
        QCOMPARE(pane.extraSelections().size(), 2);
        QSignalSpy spy(&pane, &CodePane::lineJumped);
        QVERIFY(pane.jumpToLine(250));
        QCOMPARE(pane.currentLine(), 250);
        QCOMPARE(spy.count(), 1);
        QVERIFY(pane.cursorForPosition(QPoint(4, 4)).blockNumber() > 200);
        // cited lines plus the flash of the jumped-to line
        QCOMPARE(pane.extraSelections().size(), 3);
        QVERIFY(!pane.jumpToLine(0));
        QVERIFY(!pane.jumpToLine(10000));
        QCOMPARE(pane.currentLine(), 250);
    }

    void gutterWidensWithLineCount()
    {
        CodePane pane;
        pane.setCode(QStringLiteral("a\nb"), Lang::PlainText);
        const int narrow = pane.lineNumberAreaWidth();
        pane.setCode(QString(QStringLiteral("x\n")).repeated(20000), Lang::PlainText);
        QVERIFY(pane.lineNumberAreaWidth() > narrow);
    }
};

QTEST_MAIN(TestCodePane)
#include "tst_codepane.moc"
