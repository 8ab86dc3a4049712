#include "CodeHighlighter.h"

#include <QFileInfo>

#include <utility>

namespace rostrum::gui {

namespace {

QString wordsPattern(const char *words)
{
    return QStringLiteral("\\b(?:") + QString::fromLatin1(words).replace(QLatin1Char(' '), QLatin1Char('|'))
        + QStringLiteral(")\\b");
}

using Token = CodeHighlighter::Token;

// The rules of one language, in painting order (later rules paint over earlier ones, so strings and
// comments come last), and the markers of its multi-line block, if it has one.
struct RuleSet
{
    QList<std::pair<QRegularExpression, Token>> rules;
    QRegularExpression blockStart;
    QRegularExpression blockEnd;

    void add(const QString &pattern, Token token,
             QRegularExpression::PatternOptions options = QRegularExpression::NoPatternOption)
    {
        rules.append({QRegularExpression(pattern, options), token});
    }
    void cBlock()
    {
        blockStart = QRegularExpression(QStringLiteral("/\\*"));
        blockEnd = QRegularExpression(QStringLiteral("\\*/"));
    }
};

QString numberPattern()
{
    return QStringLiteral("\\b(?:0[xX][0-9a-fA-F_]+|[0-9][0-9_]*(?:\\.[0-9_]+)?(?:[eE][+-]?[0-9]+)?)"
                          "[uUlLfF]*\\b");
}

QString callPattern()
{
    return QStringLiteral("\\b[A-Za-z_][A-Za-z0-9_]*(?=\\s*\\()");
}

QString doubleQuotedPattern()
{
    return QStringLiteral("\"(?:[^\"\\\\]|\\\\.)*\"");
}

QString singleQuotedPattern()
{
    return QStringLiteral("'(?:[^'\\\\]|\\\\.)*'");
}

QString slashCommentPattern()
{
    return QStringLiteral("//[^\n]*");
}

RuleSet cppRules()
{
    RuleSet set;
    set.add(callPattern(), Token::Function);
    set.add(wordsPattern("alignas alignof auto break case catch class const consteval constexpr constinit const_cast "
                         "continue co_await co_return co_yield decltype default delete do dynamic_cast else enum "
                         "explicit export extern false final for friend goto if inline mutable namespace new noexcept "
                         "nullptr operator override private protected public register reinterpret_cast return "
                         "sizeof static static_assert static_cast struct switch template this throw true try typedef "
                         "typeid typename union using virtual volatile while"),
            Token::Keyword);
    set.add(wordsPattern("bool char char8_t char16_t char32_t double float int long short signed unsigned void "
                         "wchar_t size_t int8_t int16_t int32_t int64_t uint8_t uint16_t uint32_t uint64_t std string "
                         "vector"),
            Token::Type);
    set.add(numberPattern(), Token::Number);
    set.add(QStringLiteral("^\\s*#\\s*[a-z]+\\b[^\n]*"), Token::Preprocessor);
    set.add(doubleQuotedPattern(), Token::String);
    set.add(singleQuotedPattern(), Token::String);
    set.add(slashCommentPattern(), Token::Comment);
    set.cBlock();
    return set;
}

RuleSet pythonRules()
{
    RuleSet set;
    set.add(callPattern(), Token::Function);
    set.add(wordsPattern("and as assert async await break class continue def del elif else except False finally for "
                         "from global if import in is lambda None nonlocal not or pass raise return True try while "
                         "with yield match case self"),
            Token::Keyword);
    set.add(wordsPattern("int float str bytes list dict set tuple bool object type len range print"), Token::Type);
    set.add(numberPattern(), Token::Number);
    set.add(QStringLiteral("^\\s*@[A-Za-z_.]+"), Token::Preprocessor);
    set.add(doubleQuotedPattern(), Token::String);
    set.add(singleQuotedPattern(), Token::String);
    set.add(QStringLiteral("#[^\n]*"), Token::Comment);
    set.blockStart = QRegularExpression(QStringLiteral("\"\"\""));
    set.blockEnd = QRegularExpression(QStringLiteral("\"\"\""));
    return set;
}

// TypeScript shares JavaScript's rules: its extra keywords are in the list.
RuleSet javaScriptRules()
{
    RuleSet set;
    set.add(callPattern(), Token::Function);
    set.add(wordsPattern("async await break case catch class const continue debugger default delete do else export "
                         "extends false finally for from function if import in instanceof let new null of return "
                         "static super switch this throw true try typeof undefined var void while with yield "
                         "interface type enum implements namespace readonly private public protected as"),
            Token::Keyword);
    set.add(wordsPattern("string number boolean any unknown never object Array Promise Map Set"), Token::Type);
    set.add(numberPattern(), Token::Number);
    set.add(doubleQuotedPattern(), Token::String);
    set.add(singleQuotedPattern(), Token::String);
    set.add(QStringLiteral("`(?:[^`\\\\]|\\\\.)*`"), Token::String);
    set.add(slashCommentPattern(), Token::Comment);
    set.cBlock();
    return set;
}

RuleSet javaRules()
{
    RuleSet set;
    set.add(callPattern(), Token::Function);
    set.add(wordsPattern("abstract assert break case catch class const continue default do else enum extends final "
                         "finally for goto if implements import instanceof interface native new package private "
                         "protected public return static strictfp super switch synchronized this throw throws "
                         "transient try volatile while var record true false null"),
            Token::Keyword);
    set.add(wordsPattern("boolean byte char double float int long short void String Object List Map"), Token::Type);
    set.add(numberPattern(), Token::Number);
    set.add(QStringLiteral("@[A-Za-z_]+"), Token::Preprocessor);
    set.add(doubleQuotedPattern(), Token::String);
    set.add(singleQuotedPattern(), Token::String);
    set.add(slashCommentPattern(), Token::Comment);
    set.cBlock();
    return set;
}

RuleSet goRules()
{
    RuleSet set;
    set.add(callPattern(), Token::Function);
    set.add(wordsPattern("break case chan const continue default defer else fallthrough for func go goto if import "
                         "interface map package range return select struct switch type var nil true false iota"),
            Token::Keyword);
    set.add(wordsPattern("bool byte complex64 complex128 error float32 float64 int int8 int16 int32 int64 rune "
                         "string uint uint8 uint16 uint32 uint64 uintptr any"),
            Token::Type);
    set.add(numberPattern(), Token::Number);
    set.add(doubleQuotedPattern(), Token::String);
    set.add(QStringLiteral("`[^`]*`"), Token::String);
    set.add(slashCommentPattern(), Token::Comment);
    set.cBlock();
    return set;
}

RuleSet rustRules()
{
    RuleSet set;
    set.add(callPattern(), Token::Function);
    set.add(QStringLiteral("\\b[a-z_][a-z0-9_]*!"), Token::Preprocessor);
    set.add(wordsPattern("as async await break const continue crate dyn else enum extern false fn for if impl in let "
                         "loop match mod move mut pub ref return self Self static struct super trait true type "
                         "unsafe use where while"),
            Token::Keyword);
    set.add(wordsPattern("bool char f32 f64 i8 i16 i32 i64 i128 isize u8 u16 u32 u64 u128 usize str String Vec "
                         "Option Result Box"),
            Token::Type);
    set.add(numberPattern(), Token::Number);
    set.add(QStringLiteral("#!?\\[[^\\]]*\\]"), Token::Preprocessor);
    set.add(doubleQuotedPattern(), Token::String);
    set.add(slashCommentPattern(), Token::Comment);
    set.cBlock();
    return set;
}

RuleSet shellRules()
{
    RuleSet set;
    set.add(wordsPattern("if then else elif fi case esac for while until do done in function return local export "
                         "readonly declare set unset shift exit"),
            Token::Keyword);
    set.add(wordsPattern("echo printf cd test read source eval exec trap"), Token::Function);
    set.add(QStringLiteral("\\$\\{?[A-Za-z_][A-Za-z0-9_]*\\}?|\\$[0-9@#?*$!-]"), Token::Type);
    set.add(numberPattern(), Token::Number);
    set.add(doubleQuotedPattern(), Token::String);
    set.add(QStringLiteral("'[^']*'"), Token::String);
    set.add(QStringLiteral("(?:^|\\s)#[^\n]*"), Token::Comment);
    return set;
}

// SQL keywords and types are matched in any case.
RuleSet sqlRules()
{
    RuleSet set;
    set.add(wordsPattern("select from where and or not insert into values update set delete create table "
                         "index view drop alter add column primary key foreign references join inner left "
                         "right outer full on group by order having limit offset as distinct union all "
                         "case when then else end is null like in between exists begin commit rollback "
                         "transaction with asc desc default unique check"),
            Token::Keyword, QRegularExpression::CaseInsensitiveOption);
    set.add(wordsPattern("integer int text real blob varchar char boolean date timestamp numeric"), Token::Type,
            QRegularExpression::CaseInsensitiveOption);
    set.add(numberPattern(), Token::Number);
    set.add(singleQuotedPattern(), Token::String);
    set.add(QStringLiteral("--[^\n]*"), Token::Comment);
    set.cBlock();
    return set;
}

} // namespace

CodeHighlighter::CodeHighlighter(QTextDocument *document)
    : QSyntaxHighlighter(document)
{
    rebuildFormats();
}

void CodeHighlighter::setLanguage(Language language)
{
    if (language == m_language && !m_rules.isEmpty())
        return;
    m_language = language;
    rebuildRules();
    rehighlight();
}

void CodeHighlighter::setDarkPalette(bool dark)
{
    m_dark = dark;
    rebuildFormats();
    rehighlight();
}

QTextCharFormat CodeHighlighter::formatFor(Token token) const
{
    return m_formats[int(token)];
}

void CodeHighlighter::rebuildFormats()
{
    // Two hand-picked palettes with enough contrast against the base colour (WCAG AA for body text).
    const auto make = [](QColor color, bool bold = false, bool italic = false) {
        QTextCharFormat f;
        f.setForeground(color);
        if (bold)
            f.setFontWeight(QFont::Bold);
        f.setFontItalic(italic);
        return f;
    };
    if (m_dark) {
        m_formats[int(Token::Keyword)] = make(QColor(0xc6, 0x8a, 0xff), true);
        m_formats[int(Token::Type)] = make(QColor(0x4e, 0xc9, 0xb0));
        m_formats[int(Token::String)] = make(QColor(0xe6, 0xa1, 0x6c));
        m_formats[int(Token::Comment)] = make(QColor(0x8b, 0x94, 0x9e), false, true);
        m_formats[int(Token::Number)] = make(QColor(0xb5, 0xce, 0xa8));
        m_formats[int(Token::Preprocessor)] = make(QColor(0xd7, 0xba, 0x7d));
        m_formats[int(Token::Function)] = make(QColor(0x79, 0xc0, 0xff));
    } else {
        m_formats[int(Token::Keyword)] = make(QColor(0x7a, 0x1f, 0xa2), true);
        m_formats[int(Token::Type)] = make(QColor(0x00, 0x6b, 0x75));
        m_formats[int(Token::String)] = make(QColor(0xa3, 0x15, 0x15));
        m_formats[int(Token::Comment)] = make(QColor(0x5c, 0x63, 0x70), false, true);
        m_formats[int(Token::Number)] = make(QColor(0x09, 0x86, 0x58));
        m_formats[int(Token::Preprocessor)] = make(QColor(0x80, 0x50, 0x00));
        m_formats[int(Token::Function)] = make(QColor(0x1f, 0x4f, 0xb5));
    }
}

void CodeHighlighter::rebuildRules()
{
    RuleSet set;
    switch (m_language) {
    case Language::PlainText:
        break;
    case Language::Cpp:
        set = cppRules();
        break;
    case Language::Python:
        set = pythonRules();
        break;
    case Language::JavaScript:
    case Language::TypeScript:
        set = javaScriptRules();
        break;
    case Language::Java:
        set = javaRules();
        break;
    case Language::Go:
        set = goRules();
        break;
    case Language::Rust:
        set = rustRules();
        break;
    case Language::Shell:
        set = shellRules();
        break;
    case Language::Sql:
        set = sqlRules();
        break;
    }
    m_rules.clear();
    for (const auto &[pattern, token] : std::as_const(set.rules))
        m_rules.append({pattern, token});
    m_blockStart = set.blockStart;
    m_blockEnd = set.blockEnd;
}

void CodeHighlighter::highlightBlock(const QString &text)
{
    for (const Rule &rule : std::as_const(m_rules)) {
        auto it = rule.pattern.globalMatch(text);
        while (it.hasNext()) {
            const auto match = it.next();
            setFormat(int(match.capturedStart()), int(match.capturedLength()), m_formats[int(rule.token)]);
        }
    }

    setCurrentBlockState(0);
    if (!m_blockStart.isValid() || m_blockStart.pattern().isEmpty())
        return;
    const QTextCharFormat &blockFormat =
        m_language == Language::Python ? m_formats[int(Token::String)] : m_formats[int(Token::Comment)];
    // The opening marker is skipped before looking for the closing one (Python's """ opens and closes alike).
    const qsizetype openLength = m_blockStart.pattern().remove(QLatin1Char('\\')).length();
    bool continuing = previousBlockState() == 1;
    qsizetype start = 0;
    if (!continuing) {
        const auto m = m_blockStart.match(text);
        start = m.hasMatch() ? m.capturedStart() : -1;
    }
    while (start >= 0) {
        const auto end = m_blockEnd.match(text, start + (continuing ? 0 : openLength));
        continuing = false;
        qsizetype length;
        if (!end.hasMatch()) {
            setCurrentBlockState(1);
            length = text.length() - start;
        } else {
            length = end.capturedEnd() - start;
        }
        setFormat(int(start), int(length), blockFormat);
        if (!end.hasMatch())
            break;
        const auto next = m_blockStart.match(text, start + length);
        start = next.hasMatch() ? next.capturedStart() : -1;
    }
}

CodeHighlighter::Language CodeHighlighter::languageFromFileName(const QString &fileName)
{
    const QString suffix = QFileInfo(fileName).suffix().toLower();
    return languageFromName(suffix);
}

CodeHighlighter::Language CodeHighlighter::languageFromName(const QString &name)
{
    const QString n = name.trimmed().toLower();
    static const QList<std::pair<QStringList, Language>> table = {
        {{QStringLiteral("c"), QStringLiteral("cpp"), QStringLiteral("c++"), QStringLiteral("cc"),
          QStringLiteral("cxx"), QStringLiteral("h"), QStringLiteral("hpp"), QStringLiteral("hh"),
          QStringLiteral("hxx")},
         Language::Cpp},
        {{QStringLiteral("py"), QStringLiteral("python"), QStringLiteral("pyw")}, Language::Python},
        {{QStringLiteral("js"), QStringLiteral("javascript"), QStringLiteral("mjs"), QStringLiteral("cjs"),
          QStringLiteral("jsx")},
         Language::JavaScript},
        {{QStringLiteral("ts"), QStringLiteral("typescript"), QStringLiteral("tsx")}, Language::TypeScript},
        {{QStringLiteral("java")}, Language::Java},
        {{QStringLiteral("go"), QStringLiteral("golang")}, Language::Go},
        {{QStringLiteral("rs"), QStringLiteral("rust")}, Language::Rust},
        {{QStringLiteral("sh"), QStringLiteral("bash"), QStringLiteral("zsh"), QStringLiteral("shell")},
         Language::Shell},
        {{QStringLiteral("sql")}, Language::Sql},
    };
    for (const auto &[names, language] : table) {
        if (names.contains(n))
            return language;
    }
    return Language::PlainText;
}

QString CodeHighlighter::languageName(Language language)
{
    switch (language) {
    case Language::PlainText:
        return tr("Plain text");
    case Language::Cpp:
        return QStringLiteral("C/C++");
    case Language::Python:
        return QStringLiteral("Python");
    case Language::JavaScript:
        return QStringLiteral("JavaScript");
    case Language::TypeScript:
        return QStringLiteral("TypeScript");
    case Language::Java:
        return QStringLiteral("Java");
    case Language::Go:
        return QStringLiteral("Go");
    case Language::Rust:
        return QStringLiteral("Rust");
    case Language::Shell:
        return QStringLiteral("Shell");
    case Language::Sql:
        return QStringLiteral("SQL");
    }
    return {};
}

QList<CodeHighlighter::Language> CodeHighlighter::allLanguages()
{
    return {Language::PlainText, Language::Cpp, Language::Python, Language::JavaScript, Language::TypeScript,
            Language::Java,      Language::Go,  Language::Rust,   Language::Shell,      Language::Sql};
}

} // namespace rostrum::gui
