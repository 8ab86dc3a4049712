#pragma once

#include "CodeHighlighter.h"

#include <QPlainTextEdit>
#include <QSet>

namespace rostrum::gui {

// The code under debate: read-only, line numbers in a gutter, syntax colours, and the lines the
// debaters cite tinted so a reader sees at a glance what the argument is about.
class CodePane : public QPlainTextEdit
{
    Q_OBJECT
public:
    explicit CodePane(QWidget *parent = nullptr);

    void setCode(const QString &code, CodeHighlighter::Language language);
    void setLanguage(CodeHighlighter::Language language);
    CodeHighlighter::Language language() const { return m_highlighter->language(); }
    CodeHighlighter *highlighter() const { return m_highlighter; }

    // 1-based line numbers, as debaters cite them ("line 12", "L12-L14").
    void setCitedLines(const QSet<int> &lines);
    QSet<int> citedLines() const { return m_cited; }
    int currentLine() const { return textCursor().blockNumber() + 1; }

    int lineNumberAreaWidth() const;
    void paintLineNumbers(QPaintEvent *event);

public slots:
    // Moves the cursor to the line, scrolls it to the middle and flashes it. Returns false when
    // the line does not exist (a debater cited a line past the end).
    bool jumpToLine(int line);

signals:
    void lineJumped(int line);

protected:
    void resizeEvent(QResizeEvent *event) override;
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    // The fixed-pitch font, set when the pane is first shown or given code: loading it (and its
    // fallbacks) is not worth delaying a window's first frame for a pane that starts hidden.
    void ensureCodeFont();
    void updateGutterWidth();
    void updateGutter(const QRect &rect, int dy);
    void refreshSelections();
    void applyPalette();

    QWidget *m_gutter = nullptr;
    CodeHighlighter *m_highlighter = nullptr;
    QSet<int> m_cited;
    int m_flashLine = -1;
    bool m_codeFontSet = false;
};

} // namespace rostrum::gui
