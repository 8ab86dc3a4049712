#pragma once

#include <QCoreApplication>
#include <QFont>
#include <QTextDocument>
#include <QTextLayout>

#include <memory>

namespace rostrum::gui {

// The laid-out markdown of one speech, as the transcript draws it. A streaming speech grows at its
// end: its closed paragraphs stay laid out and only the open last one is parsed and laid out
// again, and the finished lines of a long open paragraph move into blocks of their own that are
// laid out once. Whatever the path, the document reads as the full parse of the text would.
class SpeechBody
{
    Q_DECLARE_TR_FUNCTIONS(rostrum::gui::SpeechBody)
public:
    SpeechBody();
    ~SpeechBody();

    // Shows text (markdown) in font with highlight tinted. Returns true when only the open
    // paragraph was laid out again (the closed ones stayed as they were).
    bool setText(const QString &text, bool streaming, const QFont &font, const QString &highlight);
    // Lays the document out at width; a streaming speech then freezes its finished lines.
    void setWidth(int width, bool streaming);
    // Blocks cut at line starts only hold at the width they were cut at: another width parses anew.
    bool isSplitAtLines() const { return m_split; }
    void forgetPieces();

    QTextDocument *document() const { return m_doc.get(); }

    // Markdown with "line 12" / "lines 3-5" / "L7" turned into rostrum-line: links.
    static QString linkCitations(const QString &markdown);

private:
    bool appendStreamed(const QString &text);
    bool appendOpen(const QString &markdown);
    void continueFrozen(QTextDocument &piece, const QList<QTextLayout::FormatRange> &formats);
    void truncateBody(int keepBlocks);
    void freezeLines();
    void decorate(QTextDocument &doc, int fromPosition);

    std::unique_ptr<QTextDocument> m_doc = std::make_unique<QTextDocument>();
    QFont m_font;
    QString m_highlight;
    // A streaming speech is laid out in pieces: source[0, stableChars) is closed paragraphs, the
    // document's first stableBlocks blocks; the rest (the open paragraph) is parsed again each frame.
    bool m_inPieces = false;
    bool m_noPieces = false; // the speech once started a piece with a list or table: full parse until it ends
    QString m_source;
    qsizetype m_stableChars = 0;
    int m_stableBlocks = 0;
    // A long open paragraph: its finished lines move into blocks of their own (frozenBlocks, after
    // the stable ones), laid out once; only its last lines are laid out again each frame. Line
    // breaking is greedy, so a block that starts where a line started breaks exactly as the whole
    // paragraph does, and with no margin between the blocks the lines sit where they would.
    int m_frozenBlocks = 0;
    QString m_frozenText; // their text: the start of the open paragraph's text
    QList<QTextLayout::FormatRange> m_frozenFormats; // the paragraph's formats over frozenText
    bool m_split = false; // some paragraph of the document is cut into blocks at line starts
    bool m_openIsParagraph = false; // the last block is the open paragraph, alone in its piece
    QList<QTextLayout::FormatRange> m_openFormats; // that paragraph's formats as last parsed
};

} // namespace rostrum::gui
