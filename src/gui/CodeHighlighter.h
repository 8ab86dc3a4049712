#pragma once

#include <QList>
#include <QRegularExpression>
#include <QSyntaxHighlighter>
#include <QTextCharFormat>

namespace rostrum::gui {

// Rule-based highlighting for the languages people paste into code debates. Rules are regular
// expressions per language; block comments are tracked across lines with the block state.
class CodeHighlighter : public QSyntaxHighlighter
{
    Q_OBJECT
public:
    enum class Language { PlainText, Cpp, Python, JavaScript, TypeScript, Java, Go, Rust, Shell, Sql };
    Q_ENUM(Language)

    explicit CodeHighlighter(QTextDocument *document);

    void setLanguage(Language language);
    Language language() const { return m_language; }
    // Colours follow the palette: darker ink on light backgrounds, lighter on dark ones.
    void setDarkPalette(bool dark);

    static Language languageFromFileName(const QString &fileName);
    static Language languageFromName(const QString &name); // "cpp", "python", "ts", ...
    static QString languageName(Language language);
    static QList<Language> allLanguages();

    enum class Token { Keyword, Type, String, Comment, Number, Preprocessor, Function };
    // The format used for a token kind (tests compare it against what a line got).
    QTextCharFormat formatFor(Token token) const;

protected:
    void highlightBlock(const QString &text) override;

private:
    struct Rule
    {
        QRegularExpression pattern;
        Token token;
    };
    void rebuildRules();
    void rebuildFormats();

    Language m_language = Language::PlainText;
    bool m_dark = false;
    QList<Rule> m_rules;
    QRegularExpression m_blockStart;
    QRegularExpression m_blockEnd;
    QTextCharFormat m_formats[7];
};

} // namespace rostrum::gui
