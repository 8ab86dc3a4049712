#include "SpeechBody.h"

#include <QAbstractTextDocumentLayout>
#include <QRegularExpression>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocumentFragment>
#include <QTextFrame>
#include <QTextList>

namespace rostrum::gui {

namespace {

// QTextDocument::setMarkdown inside one edit block: outside one, every run of text the importer
// inserts makes the cursor itemize its whole paragraph again (quadratic in a long paragraph with
// many links or emphases: 23 ms instead of 0.7 ms for 8,000 characters). The result is the same.
void parseMarkdown(QTextDocument &doc, const QString &markdown)
{
    QTextCursor batch(&doc);
    batch.beginEditBlock();
    doc.setMarkdown(markdown);
    batch.endEditBlock();
}

// Whether a streaming speech can be laid out in pieces. Markdown lets later text change how earlier
// text reads in two ways only: a link reference definition ("[x]: url") gives meaning to links
// above it, and an HTML block (a comment, <pre>) may run over blank lines. Either anywhere sends
// the speech through the full parse.
bool canStreamInPieces(const QString &markdown)
{
    static const QRegularExpression risky(QStringLiteral("^ {0,3}(?:\\[[^\\]\\n]+\\]:|<)"),
                                          QRegularExpression::MultilineOption);
    return !risky.match(markdown).hasMatch();
}

// A line that opens or closes a code fence (``` or ~~~, up to three spaces in): its character and length.
bool fenceOf(QStringView line, QChar *ch, qsizetype *length, bool *bare)
{
    qsizetype i = 0;
    while (i < line.size() && i < 4 && line.at(i) == QLatin1Char(' '))
        ++i;
    if (i > 3 || i >= line.size() || (line.at(i) != QLatin1Char('`') && line.at(i) != QLatin1Char('~')))
        return false;
    const QChar c = line.at(i);
    qsizetype n = 0;
    while (i + n < line.size() && line.at(i + n) == c)
        ++n;
    if (n < 3)
        return false;
    *ch = c;
    *length = n;
    *bare = line.mid(i + n).trimmed().isEmpty(); // a closing fence has no info string
    return true;
}

// The start of the last line, at or after `from` (a line start outside any code fence), that opens
// a plain paragraph after a blank line: a letter in the first column, outside a code fence. The
// text before it is closed: nothing appended later changes how it reads (with canStreamInPieces),
// so it can stay laid out while the speech grows. `from` when there is no such line.
qsizetype lastClosedBoundary(const QString &md, qsizetype from)
{
    qsizetype best = from;
    bool inFence = false;
    QChar fenceChar;
    qsizetype fenceLength = 0;
    bool previousBlank = false;
    qsizetype pos = from;
    const qsizetype n = md.size();
    while (pos < n) {
        qsizetype end = md.indexOf(QLatin1Char('\n'), pos);
        if (end < 0)
            end = n;
        const QStringView line = QStringView(md).mid(pos, end - pos);
        QChar c;
        qsizetype length = 0;
        bool bare = false;
        if (fenceOf(line, &c, &length, &bare)) {
            if (!inFence) {
                inFence = true;
                fenceChar = c;
                fenceLength = length;
            } else if (c == fenceChar && length >= fenceLength && bare) {
                inFence = false;
            }
            previousBlank = false;
        } else {
            if (!inFence && previousBlank && !line.isEmpty() && line.front().isLetter())
                best = pos;
            previousBlank = !inFence && line.trimmed().isEmpty();
        }
        pos = end + 1;
    }
    return best;
}

} // namespace

SpeechBody::SpeechBody()
{
    m_doc->setUndoRedoEnabled(false); // edited in place while streaming: no undo history
}

SpeechBody::~SpeechBody() = default;

void SpeechBody::forgetPieces()
{
    m_inPieces = false;
    m_source.clear();
}

void SpeechBody::setWidth(int width, bool streaming)
{
    // The document keeps its width across edits: setting it again would lay out every paragraph anew.
    if (m_doc->textWidth() != width)
        m_doc->setTextWidth(width);
    if (m_inPieces && streaming)
        freezeLines();
}

QString SpeechBody::linkCitations(const QString &markdown)
{
    // "line 12", "lines 12-14", "ligne 12", "L12", "L12-L14" (not inside words or existing links).
    static const QRegularExpression re(
        QStringLiteral("(?<![\\w\\[/])((?:[Ll]ines?|[Ll]ignes?|[Zz]eilen?|[Ll][ií]neas?)\\s+(\\d{1,6})"
                       "(?:\\s*[-–]\\s*\\d{1,6})?|L(\\d{1,6})(?:\\s*[-–]\\s*L?\\d{1,6})?)(?![\\w\\]])"));
    QString out;
    qsizetype last = 0;
    auto it = re.globalMatch(markdown);
    while (it.hasNext()) {
        const auto m = it.next();
        const QString line = m.captured(2).isEmpty() ? m.captured(3) : m.captured(2);
        out += QStringView(markdown).mid(last, m.capturedStart() - last);
        out += QStringLiteral("[") + m.captured(1) + QStringLiteral("](rostrum-line:") + line + QStringLiteral(")");
        last = m.capturedEnd();
    }
    out += QStringView(markdown).mid(last);
    return out;
}

bool SpeechBody::setText(const QString &text, bool streaming, const QFont &font, const QString &highlight)
{
    // Set only when they differ: either setter lays the whole document out again.
    if (m_doc->defaultFont() != font)
        m_doc->setDefaultFont(font);
    if (m_doc->documentMargin() != 0)
        m_doc->setDocumentMargin(0);
    m_font = font;
    const bool sameHighlight = m_highlight == highlight;
    m_highlight = highlight;
    if (sameHighlight && !text.isEmpty() && text == m_source) {
        // Only the header or the footer changed (state, usage): the body shows this text already.
        m_inPieces = m_inPieces && streaming;
        return false;
    }
    const bool pieces = !text.isEmpty() && !m_noPieces && canStreamInPieces(text);
    if (pieces && m_inPieces && sameHighlight && text.size() >= m_stableChars
        && QStringView(text).left(m_stableChars) == QStringView(m_source).left(m_stableChars)) {
        // Only the open paragraph changed: the closed ones stay as they are laid out. When the
        // speech has just ended, its last words join the pieces, which read as the whole parse does.
        if (appendStreamed(text)) {
            m_inPieces = streaming;
            return true;
        }
        m_noPieces = true;
    }
    m_inPieces = false;
    m_split = false;
    m_stableChars = 0;
    m_stableBlocks = 0;
    m_frozenBlocks = 0;
    m_openIsParagraph = false;
    if (!streaming)
        m_noPieces = false;
    if (streaming && pieces && !m_noPieces) {
        m_doc->clear();
        m_inPieces = appendStreamed(text);
        if (m_inPieces)
            return false;
        m_noPieces = true;
        m_frozenBlocks = 0;
        m_openIsParagraph = false;
    }
    QString md = linkCitations(text);
    if (md.isEmpty() && streaming)
        md = QStringLiteral("*") + tr("Thinking…") + QStringLiteral("*");
    // Parsed into a document without a width, which is laid out once when it gets one: a document
    // with a width lays its paragraph out again after every run of text the parser inserts.
    auto doc = std::make_unique<QTextDocument>();
    doc->setUndoRedoEnabled(false);
    doc->setDefaultFont(m_doc->defaultFont());
    doc->setDocumentMargin(0);
    parseMarkdown(*doc, md);
    decorate(*doc, 0);
    m_doc = std::move(doc);
    m_source = text;
    return false;
}

void SpeechBody::truncateBody(int keepBlocks)
{
    if (keepBlocks >= m_doc->blockCount())
        return;
    if (keepBlocks <= 0) {
        m_doc->clear();
        return;
    }
    const QTextBlock last = m_doc->findBlockByNumber(keepBlocks - 1);
    QTextCursor c(m_doc.get());
    // In an edit block, and moved with setPosition (movePosition lays out the block it leaves), the
    // cursor costs nothing: the layout happens once, for the changed blocks, when the block ends.
    c.beginEditBlock();
    c.setPosition(last.position() + last.length() - 1);
    c.setPosition(m_doc->characterCount() - 1, QTextCursor::KeepAnchor);
    c.removeSelectedText();
    c.endEditBlock();
}

bool SpeechBody::appendStreamed(const QString &text)
{
    // The body holds source[0, stableChars) and maybe frozen lines of the open paragraph.
    // Paragraphs closed since then join the stable part, then the open one follows.
    const qsizetype boundary = lastClosedBoundary(text, m_stableChars);
    if (boundary > m_stableChars) {
        if (!appendOpen(text.mid(m_stableChars, boundary - m_stableChars)))
            return false;
        m_stableChars = boundary;
        m_stableBlocks = m_doc->blockCount();
        m_frozenBlocks = 0;
        m_openIsParagraph = false;
    }
    if (text.size() > m_stableChars) {
        if (!appendOpen(text.mid(m_stableChars)))
            return false;
    } else {
        truncateBody(m_stableBlocks);
        m_frozenBlocks = 0;
        m_openIsParagraph = false;
    }
    m_source = text;
    return true;
}

namespace {
// One paragraph of running text: what may be cut into blocks at line starts without changing a pixel.
bool isPlainParagraph(const QTextDocument &doc)
{
    if (doc.blockCount() != 1 || !doc.rootFrame()->childFrames().isEmpty())
        return false;
    const QTextBlock b = doc.firstBlock();
    const QTextBlockFormat f = b.blockFormat();
    return !b.textList() && f.headingLevel() == 0 && !f.nonBreakableLines()
        && !f.hasProperty(QTextFormat::BlockCodeFence) && !f.hasProperty(QTextFormat::BlockCodeLanguage)
        && f.alignment() == Qt::AlignLeft && f.textIndent() == 0;
}

QList<QTextLayout::FormatRange> clipped(const QList<QTextLayout::FormatRange> &formats, int length)
{
    QList<QTextLayout::FormatRange> out;
    for (QTextLayout::FormatRange r : formats) {
        if (r.start >= length)
            continue;
        r.length = qMin(r.length, length - r.start);
        out.append(r);
    }
    return out;
}
} // namespace

void SpeechBody::continueFrozen(QTextDocument &piece, const QList<QTextLayout::FormatRange> &formats)
{
    const int frozenLength = int(m_frozenText.size());
    // The frozen lines still read the same: lay out what follows them only, once, when the
    // edit block ends.
    QTextCursor from(&piece);
    from.beginEditBlock(); // no layout of the piece for the cursor's sake
    from.setPosition(frozenLength);
    from.setPosition(piece.characterCount() - 1, QTextCursor::KeepAnchor);
    const QTextDocumentFragment rest(from);
    from.endEditBlock();
    QTextBlockFormat continuation = piece.firstBlock().blockFormat();
    continuation.setTopMargin(0);
    QTextCursor c(m_doc.get());
    c.beginEditBlock();
    const QTextBlock open = m_doc->findBlockByNumber(m_stableBlocks + m_frozenBlocks);
    if (open.isValid()) {
        // Emptied and refilled, the open block is the only one laid out again (cutting at the
        // end of the last frozen block would lay that one out too).
        c.setPosition(open.position());
        c.setPosition(m_doc->characterCount() - 1, QTextCursor::KeepAnchor);
        c.removeSelectedText();
        c.setBlockFormat(continuation);
        c.setBlockCharFormat(piece.firstBlock().charFormat());
    } else {
        c.setPosition(m_doc->characterCount() - 1);
        c.insertBlock(continuation, piece.firstBlock().charFormat());
    }
    const int start = c.position();
    c.insertFragment(rest);
    decorate(*m_doc, start);
    c.endEditBlock();
    m_openIsParagraph = true;
    m_openFormats = formats;
}

bool SpeechBody::appendOpen(const QString &markdown)
{
    auto piece = std::make_unique<QTextDocument>();
    piece->setUndoRedoEnabled(false);
    piece->setDefaultFont(m_doc->defaultFont());
    piece->setDocumentMargin(0);
    parseMarkdown(*piece, linkCitations(markdown));
    const bool paragraph = isPlainParagraph(*piece);
    const QString paragraphText = paragraph ? piece->firstBlock().text() : QString();
    const int frozenLength = int(m_frozenText.size());

    if (m_frozenBlocks > 0) {
        const QList<QTextLayout::FormatRange> formats =
            paragraph ? piece->firstBlock().textFormats() : QList<QTextLayout::FormatRange>();
        if (paragraph && paragraphText.size() > frozenLength && paragraphText.startsWith(m_frozenText)
            && clipped(formats, frozenLength) == m_frozenFormats) {
            continueFrozen(*piece, formats);
            return true;
        }
        truncateBody(m_stableBlocks);
        m_frozenBlocks = 0;
    } else {
        truncateBody(m_stableBlocks);
    }
    m_frozenText.clear();
    m_frozenFormats.clear();
    m_openIsParagraph = paragraph;
    m_openFormats = paragraph ? piece->firstBlock().textFormats() : QList<QTextLayout::FormatRange>();

    if (m_doc->isEmpty()) {
        // The first piece is the document: taken as parsed, with the body's width.
        const qreal width = m_doc->textWidth();
        decorate(*piece, 0);
        m_doc = std::move(piece);
        if (width > 0)
            m_doc->setTextWidth(width);
        return true;
    }
    if (piece->isEmpty())
        return true;
    const QTextBlock first = piece->firstBlock();
    // A piece that opens with a list item or a table would not join the document as the whole parse
    // builds it (a new list, an extra block); such a speech takes the full parse.
    if (first.textList() || !piece->rootFrame()->childFrames().isEmpty())
        return false;
    QTextCursor c(m_doc.get());
    c.beginEditBlock();
    c.setPosition(m_doc->characterCount() - 1);
    // The piece's first block keeps its own formats (a heading after a paragraph stays a heading).
    c.insertBlock(first.blockFormat(), first.charFormat());
    const int start = c.position();
    c.insertFragment(QTextDocumentFragment(piece.get()));
    decorate(*m_doc, start);
    c.endEditBlock();
    return true;
}

void SpeechBody::freezeLines()
{
    // Laid out at the current width: keep the last two lines open, freeze the others once there are
    // enough of them to be worth a block.
    constexpr int kFreezeAt = 6;
    if (!m_openIsParagraph || m_doc->textWidth() <= 0)
        return;
    const QTextBlock open = m_doc->lastBlock();
    m_doc->documentLayout()->blockBoundingRect(open); // lays it out if it is not yet
    const QTextLayout *layout = open.layout();
    if (!layout || layout->lineCount() < kFreezeAt)
        return;
    const int cut = layout->lineAt(layout->lineCount() - 2).textStart();
    if (cut <= 0)
        return;
    const QTextBlockFormat format = open.blockFormat();
    QTextBlockFormat rest = format;
    rest.setTopMargin(0);
    const QTextCharFormat blockChars = open.charFormat();
    const int at = open.position() + cut;
    QTextCursor c(m_doc.get());
    c.beginEditBlock();
    c.setPosition(at);
    c.insertBlock(rest, blockChars);
    c.setPosition(at - 1);
    QTextBlockFormat head = format;
    head.setBottomMargin(0);
    c.setBlockFormat(head);
    c.endEditBlock();
    const QTextBlock frozen = m_doc->lastBlock().previous();
    m_frozenText += frozen.text();
    ++m_frozenBlocks;
    m_split = true;
    m_frozenFormats = clipped(m_openFormats, int(m_frozenText.size()));
}

void SpeechBody::decorate(QTextDocument &doc, int fromPosition)
{
    const QFont &base = m_font;
    QTextCursor batch(&doc);
    batch.beginEditBlock();
    // Speech headings stay modest: a card is not a page, and H1 at full size drowns the text.
    for (QTextBlock b = doc.findBlock(fromPosition); b.isValid(); b = b.next()) {
        if (b.blockFormat().headingLevel() <= 0)
            continue;
        QTextCursor c(b);
        c.setPosition(b.position() + b.length() - 1, QTextCursor::KeepAnchor);
        QTextCharFormat f;
        f.setProperty(QTextFormat::FontSizeAdjustment, 0);
        f.setFontPointSize(base.pointSizeF() * (b.blockFormat().headingLevel() <= 2 ? 1.15 : 1.05));
        f.setFontWeight(QFont::Bold);
        c.mergeCharFormat(f);
    }
    if (!m_highlight.isEmpty()) {
        QTextCharFormat mark;
        mark.setBackground(QColor(0xff, 0xd8, 0x4d, 170));
        QTextCursor c(&doc);
        c.setPosition(fromPosition);
        while (!(c = doc.find(m_highlight, c)).isNull())
            c.mergeCharFormat(mark);
    }
    batch.endEditBlock();
}

} // namespace rostrum::gui
