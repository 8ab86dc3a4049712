#include "TranscriptDelegate.h"

#include "TranscriptModel.h"

#include <QAbstractItemView>
#include <QAbstractTextDocumentLayout>
#include <QApplication>
#include <QMouseEvent>
#include <QPainter>
#include <QPainterPath>
#include <QRegularExpression>
#include <QTextBlock>
#include <QTextBrowser>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextDocumentFragment>
#include <QTextFrame>
#include <QTextLayout>
#include <QTextList>

namespace rostrum::gui {

namespace {

constexpr int kOuter = 6; // space between cards
constexpr int kPad = 12; // inside a card
constexpr int kStripe = 4; // the side's colour bar

QColor sideColor(const QString &side, bool dark)
{
    const QString s = side.toLower();
    // The untranslated side decides the colour ("pro"/"con"); the English words remain for rows
    // built without a side key.
    if (s == QLatin1String("pro") || s == QLatin1String("for") || s == QLatin1String("proposition"))
        return dark ? QColor(0x5b, 0x9b, 0xf0) : QColor(0x1f, 0x6f, 0xd1);
    if (s == QLatin1String("con") || s == QLatin1String("against") || s == QLatin1String("opposition"))
        return dark ? QColor(0xf0, 0x8a, 0x4b) : QColor(0xc4, 0x58, 0x12);
    if (s == QLatin1String("judge"))
        return dark ? QColor(0xb3, 0x8b, 0xf0) : QColor(0x7a, 0x3d, 0xc8);
    return dark ? QColor(0x9a, 0xa4, 0xaf) : QColor(0x6a, 0x73, 0x7d);
}

QString formatCost(double usd)
{
    return QStringLiteral("$") + QString::number(usd, 'f', usd < 0.01 ? 4 : 2);
}

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

struct TranscriptDelegate::Layout
{
    Layout() { body->setUndoRedoEnabled(false); } // edited in place while streaming: no undo history

    quint64 revision = 0;
    int width = -1;
    QString highlight;
    std::unique_ptr<QTextDocument> body = std::make_unique<QTextDocument>();
    // A streaming speech is laid out in pieces: source[0, stableChars) is closed paragraphs, the
    // body's first stableBlocks blocks; the rest (the open paragraph) is parsed again each frame.
    bool inPieces = false;
    bool noPieces = false; // the speech once started a piece with a list or table: full parse until it ends
    QString source;
    qsizetype stableChars = 0;
    int stableBlocks = 0;
    // A long open paragraph: its finished lines move into blocks of their own (frozenBlocks, after
    // the stable ones), laid out once; only its last lines are laid out again each frame. Line
    // breaking is greedy, so a block that starts where a line started breaks exactly as the whole
    // paragraph does, and with no margin between the blocks the lines sit where they would.
    int frozenBlocks = 0;
    QString frozenText; // their text: the start of the open paragraph's text
    QList<QTextLayout::FormatRange> frozenFormats; // the paragraph's formats over frozenText
    bool split = false; // some paragraph of the body is cut into blocks at line starts
    bool openIsParagraph = false; // the body's last block is the open paragraph, alone in its piece
    QList<QTextLayout::FormatRange> openFormats; // that paragraph's formats as last parsed
    QString header;
    QString meta;
    QString footer;
    QStringList badges;
    int flags = 0;
    int headerHeight = 0;
    int footerHeight = 0;
    int height = 0;
};

TranscriptDelegate::TranscriptDelegate(QAbstractItemView *view)
    : QStyledItemDelegate(view)
    , m_view(view)
{ }

TranscriptDelegate::~TranscriptDelegate() = default;

void TranscriptDelegate::setHighlightTerm(const QString &term)
{
    if (term == m_highlight)
        return;
    m_highlight = term;
    m_view->viewport()->update();
}

void TranscriptDelegate::clearCache()
{
    m_cache.clear();
}

int TranscriptDelegate::contentWidth() const
{
    return qMax(200, m_view->viewport()->width() - 2 * kOuter - 2 * kPad - kStripe);
}

QString TranscriptDelegate::linkCitations(const QString &markdown)
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

QStringList TranscriptDelegate::badgeTexts(int flags)
{
    QStringList out;
    if (flags & SpeechRow::Streaming)
        out << tr("streaming");
    if (flags & SpeechRow::Retrying)
        out << tr("retrying");
    if (flags & SpeechRow::Interrupted)
        out << tr("interrupted");
    if (flags & SpeechRow::Cached)
        out << tr("cached");
    if (flags & SpeechRow::Error)
        out << tr("error");
    return out;
}

TranscriptDelegate::Layout &TranscriptDelegate::layoutFor(const QModelIndex &index, int width) const
{
    QString key = index.data(TranscriptModel::SpeechIdRole).toString();
    if (key.isEmpty())
        key = QStringLiteral("#") + QString::number(index.row());
    auto &slot = m_cache[key];
    if (!slot)
        slot = std::make_shared<Layout>();
    Layout &l = *slot;
    const quint64 revision = index.data(TranscriptModel::RevisionRole).toULongLong();
    if (l.revision == revision && l.width == width && l.highlight == m_highlight)
        return l;

    const QFont base = m_view->font();
    // Blocks cut at line starts only hold at the width they were cut at: another width parses anew.
    const bool resplit = l.split && l.width != width;
    if (resplit) {
        l.inPieces = false;
        l.source.clear();
    }
    if (l.revision != revision || l.highlight != m_highlight || resplit) {
        // Set only when they differ: either setter lays the whole document out again.
        if (l.body->defaultFont() != base)
            l.body->setDefaultFont(base);
        if (l.body->documentMargin() != 0)
            l.body->setDocumentMargin(0);
        const int flags = index.data(TranscriptModel::FlagsRole).toInt();
        setBody(l, index.data(TranscriptModel::MarkdownRole).toString(), flags & SpeechRow::Streaming);
        l.flags = flags;
        l.badges = badgeTexts(flags);
        l.header = index.data(TranscriptModel::SpeakerRole).toString();
        QStringList meta;
        for (int role :
             {int(TranscriptModel::SideRole), int(TranscriptModel::ModelRole), int(TranscriptModel::LanguageRole)}) {
            const QString v = index.data(role).toString();
            if (!v.isEmpty())
                meta << v;
        }
        const int round = index.data(TranscriptModel::RoundRole).toInt();
        if (round > 0)
            meta.prepend(tr("round %1").arg(round));
        l.meta = meta.join(QStringLiteral(" · "));

        QStringList foot;
        const int tokens = index.data(TranscriptModel::PromptTokensRole).toInt()
            + index.data(TranscriptModel::CompletionTokensRole).toInt();
        if (tokens > 0)
            foot << tr("%n tokens", nullptr, tokens);
        if (tokens > 0 || (flags & SpeechRow::Cached)) {
            foot << (index.data(TranscriptModel::CostKnownRole).toBool()
                         ? formatCost(index.data(TranscriptModel::CostRole).toDouble())
                         : tr("cost unknown"));
        }
        const qint64 latency = index.data(TranscriptModel::LatencyRole).toLongLong();
        if (latency >= 0)
            foot << tr("%1 s").arg(double(latency) / 1000.0, 0, 'f', 1);
        const QString err = index.data(TranscriptModel::ErrorTextRole).toString();
        if ((flags & SpeechRow::Error) && !err.isEmpty())
            foot.prepend(err);
        const qint64 retryIn = index.data(TranscriptModel::RetryInRole).toLongLong();
        if ((flags & SpeechRow::Retrying) && retryIn >= 0)
            foot.prepend(tr("retrying in %n s", nullptr, int((retryIn + 999) / 1000)));
        l.footer = foot.join(QStringLiteral(" · "));
        l.revision = revision;
        l.highlight = m_highlight;
    }
    // The document keeps its width across edits: setting it again would lay out every paragraph anew.
    if (l.body->textWidth() != width)
        l.body->setTextWidth(width);
    l.width = width;
    if (l.inPieces && (l.flags & SpeechRow::Streaming))
        freezeLines(l);
    QFont bold = base;
    bold.setBold(true);
    l.headerHeight = QFontMetrics(bold).height() + 6;
    QFont small = base;
    small.setPointSizeF(base.pointSizeF() * 0.9);
    l.footerHeight = l.footer.isEmpty() ? 0 : QFontMetrics(small).height() + 6;
    l.height = kOuter * 2 + kPad * 2 + l.headerHeight + int(std::ceil(l.body->size().height())) + l.footerHeight;
    return l;
}

void TranscriptDelegate::setBody(Layout &l, const QString &text, bool streaming) const
{
    const bool sameHighlight = l.highlight == m_highlight;
    if (sameHighlight && !text.isEmpty() && text == l.source) {
        // Only the header or the footer changed (state, usage): the body shows this text already.
        l.inPieces = l.inPieces && streaming;
        return;
    }
    const bool pieces = !text.isEmpty() && !l.noPieces && canStreamInPieces(text);
    if (pieces && l.inPieces && sameHighlight && text.size() >= l.stableChars
        && QStringView(text).left(l.stableChars) == QStringView(l.source).left(l.stableChars)) {
        // Only the open paragraph changed: the closed ones stay as they are laid out. When the
        // speech has just ended, its last words join the pieces, which read as the whole parse does.
        if (appendStreamed(l, text)) {
            ++m_incrementalUpdates;
            l.inPieces = streaming;
            return;
        }
        l.noPieces = true;
    }
    l.inPieces = false;
    l.split = false;
    l.stableChars = 0;
    l.stableBlocks = 0;
    l.frozenBlocks = 0;
    l.openIsParagraph = false;
    if (!streaming)
        l.noPieces = false;
    if (streaming && pieces && !l.noPieces) {
        l.body->clear();
        l.inPieces = appendStreamed(l, text);
        if (l.inPieces)
            return;
        l.noPieces = true;
        l.frozenBlocks = 0;
        l.openIsParagraph = false;
    }
    QString md = linkCitations(text);
    if (md.isEmpty() && streaming)
        md = QStringLiteral("*") + tr("Thinking…") + QStringLiteral("*");
    // Parsed into a document without a width, which is laid out once when it gets one: a document
    // with a width lays its paragraph out again after every run of text the parser inserts.
    auto doc = std::make_unique<QTextDocument>();
    doc->setUndoRedoEnabled(false);
    doc->setDefaultFont(l.body->defaultFont());
    doc->setDocumentMargin(0);
    parseMarkdown(*doc, md);
    decorate(*doc, 0);
    l.body = std::move(doc);
    l.source = text;
}

void TranscriptDelegate::truncateBody(Layout &l, int keepBlocks) const
{
    if (keepBlocks >= l.body->blockCount())
        return;
    if (keepBlocks <= 0) {
        l.body->clear();
        return;
    }
    const QTextBlock last = l.body->findBlockByNumber(keepBlocks - 1);
    QTextCursor c(l.body.get());
    // In an edit block, and moved with setPosition (movePosition lays out the block it leaves), the
    // cursor costs nothing: the layout happens once, for the changed blocks, when the block ends.
    c.beginEditBlock();
    c.setPosition(last.position() + last.length() - 1);
    c.setPosition(l.body->characterCount() - 1, QTextCursor::KeepAnchor);
    c.removeSelectedText();
    c.endEditBlock();
}

bool TranscriptDelegate::appendStreamed(Layout &l, const QString &text) const
{
    // The body holds source[0, stableChars) and maybe frozen lines of the open paragraph.
    // Paragraphs closed since then join the stable part, then the open one follows.
    const qsizetype boundary = lastClosedBoundary(text, l.stableChars);
    if (boundary > l.stableChars) {
        if (!appendOpen(l, text.mid(l.stableChars, boundary - l.stableChars)))
            return false;
        l.stableChars = boundary;
        l.stableBlocks = l.body->blockCount();
        l.frozenBlocks = 0;
        l.openIsParagraph = false;
    }
    if (text.size() > l.stableChars) {
        if (!appendOpen(l, text.mid(l.stableChars)))
            return false;
    } else {
        truncateBody(l, l.stableBlocks);
        l.frozenBlocks = 0;
        l.openIsParagraph = false;
    }
    l.source = text;
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

bool TranscriptDelegate::appendOpen(Layout &l, const QString &markdown) const
{
    auto piece = std::make_unique<QTextDocument>();
    piece->setUndoRedoEnabled(false);
    piece->setDefaultFont(l.body->defaultFont());
    piece->setDocumentMargin(0);
    parseMarkdown(*piece, linkCitations(markdown));
    const bool paragraph = isPlainParagraph(*piece);
    const QString paragraphText = paragraph ? piece->firstBlock().text() : QString();
    const int frozenLength = int(l.frozenText.size());

    if (l.frozenBlocks > 0) {
        const QList<QTextLayout::FormatRange> formats =
            paragraph ? piece->firstBlock().textFormats() : QList<QTextLayout::FormatRange>();
        if (paragraph && paragraphText.size() > frozenLength && paragraphText.startsWith(l.frozenText)
            && clipped(formats, frozenLength) == l.frozenFormats) {
            // The frozen lines still read the same: lay out what follows them only, once, when the
            // edit block ends.
            QTextCursor from(piece.get());
            from.beginEditBlock(); // no layout of the piece for the cursor's sake
            from.setPosition(frozenLength);
            from.setPosition(piece->characterCount() - 1, QTextCursor::KeepAnchor);
            const QTextDocumentFragment rest(from);
            from.endEditBlock();
            QTextBlockFormat continuation = piece->firstBlock().blockFormat();
            continuation.setTopMargin(0);
            QTextCursor c(l.body.get());
            c.beginEditBlock();
            const QTextBlock open = l.body->findBlockByNumber(l.stableBlocks + l.frozenBlocks);
            if (open.isValid()) {
                // Emptied and refilled, the open block is the only one laid out again (cutting at the
                // end of the last frozen block would lay that one out too).
                c.setPosition(open.position());
                c.setPosition(l.body->characterCount() - 1, QTextCursor::KeepAnchor);
                c.removeSelectedText();
                c.setBlockFormat(continuation);
                c.setBlockCharFormat(piece->firstBlock().charFormat());
            } else {
                c.setPosition(l.body->characterCount() - 1);
                c.insertBlock(continuation, piece->firstBlock().charFormat());
            }
            const int start = c.position();
            c.insertFragment(rest);
            decorate(*l.body, start);
            c.endEditBlock();
            l.openIsParagraph = true;
            l.openFormats = formats;
            return true;
        }
        truncateBody(l, l.stableBlocks);
        l.frozenBlocks = 0;
    } else {
        truncateBody(l, l.stableBlocks);
    }
    l.frozenText.clear();
    l.frozenFormats.clear();
    l.openIsParagraph = paragraph;
    l.openFormats = paragraph ? piece->firstBlock().textFormats() : QList<QTextLayout::FormatRange>();

    if (l.body->isEmpty()) {
        // The first piece is the document: taken as parsed, with the body's width.
        const qreal width = l.body->textWidth();
        decorate(*piece, 0);
        l.body = std::move(piece);
        if (width > 0)
            l.body->setTextWidth(width);
        return true;
    }
    if (piece->isEmpty())
        return true;
    const QTextBlock first = piece->firstBlock();
    // A piece that opens with a list item or a table would not join the document as the whole parse
    // builds it (a new list, an extra block); such a speech takes the full parse.
    if (first.textList() || !piece->rootFrame()->childFrames().isEmpty())
        return false;
    QTextCursor c(l.body.get());
    c.beginEditBlock();
    c.setPosition(l.body->characterCount() - 1);
    // The piece's first block keeps its own formats (a heading after a paragraph stays a heading).
    c.insertBlock(first.blockFormat(), first.charFormat());
    const int start = c.position();
    c.insertFragment(QTextDocumentFragment(piece.get()));
    decorate(*l.body, start);
    c.endEditBlock();
    return true;
}

void TranscriptDelegate::freezeLines(Layout &l) const
{
    // Laid out at the current width: keep the last two lines open, freeze the others once there are
    // enough of them to be worth a block.
    constexpr int kFreezeAt = 6;
    if (!l.openIsParagraph || l.body->textWidth() <= 0)
        return;
    const QTextBlock open = l.body->lastBlock();
    l.body->documentLayout()->blockBoundingRect(open); // lays it out if it is not yet
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
    QTextCursor c(l.body.get());
    c.beginEditBlock();
    c.setPosition(at);
    c.insertBlock(rest, blockChars);
    c.setPosition(at - 1);
    QTextBlockFormat head = format;
    head.setBottomMargin(0);
    c.setBlockFormat(head);
    c.endEditBlock();
    const QTextBlock frozen = l.body->lastBlock().previous();
    l.frozenText += frozen.text();
    ++l.frozenBlocks;
    l.split = true;
    l.frozenFormats = clipped(l.openFormats, int(l.frozenText.size()));
}

void TranscriptDelegate::decorate(QTextDocument &doc, int fromPosition) const
{
    const QFont base = m_view->font();
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

const QTextDocument *TranscriptDelegate::bodyDocument(const QModelIndex &index) const
{
    return index.isValid() ? layoutFor(index, contentWidth()).body.get() : nullptr;
}

QSize TranscriptDelegate::sizeHint(const QStyleOptionViewItem &, const QModelIndex &index) const
{
    const Layout &l = layoutFor(index, contentWidth());
    return {m_view->viewport()->width(), l.height};
}

void TranscriptDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    Layout &l = layoutFor(index, contentWidth());
    const QPalette &pal = option.palette;
    const bool dark = pal.color(QPalette::Base).lightness() < 128;
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);

    const QRectF card = QRectF(option.rect).adjusted(kOuter, kOuter, -kOuter, -kOuter);
    QPainterPath path;
    path.addRoundedRect(card, 8, 8);
    QColor fill = pal.color(QPalette::Base);
    const bool selected = option.state & QStyle::State_Selected;
    if (selected) {
        QColor h = pal.color(QPalette::Highlight);
        h.setAlpha(dark ? 60 : 35);
        painter->fillPath(path, fill);
        fill = h;
    }
    painter->fillPath(path, fill);
    QColor border = pal.color(QPalette::Mid);
    if (selected || (option.state & QStyle::State_HasFocus))
        border = pal.color(QPalette::Highlight);
    painter->setPen(QPen(border, 1));
    painter->drawPath(path);

    // The side's colour, so a reader can follow who speaks without reading the header.
    painter->save();
    painter->setClipPath(path);
    painter->fillRect(QRectF(card.left(), card.top(), kStripe, card.height()),
                      sideColor(index.data(TranscriptModel::SideKeyRole).toString(), dark));
    painter->restore();

    const qreal left = card.left() + kStripe + kPad;
    qreal y = card.top() + kPad;
    QFont bold = option.font;
    bold.setBold(true);
    painter->setFont(bold);
    painter->setPen(pal.color(QPalette::Text));
    const QFontMetrics bfm(bold);
    painter->drawText(QPointF(left, y + bfm.ascent()), l.header);
    qreal x = left + bfm.horizontalAdvance(l.header) + 10;

    QFont small = option.font;
    small.setPointSizeF(option.font.pointSizeF() * 0.9);
    const QFontMetrics sfm(small);
    painter->setFont(small);
    painter->setPen(pal.color(QPalette::PlaceholderText));
    painter->drawText(QPointF(x, y + bfm.ascent()), l.meta);
    x += sfm.horizontalAdvance(l.meta) + 10;

    // Badges: right-aligned pills.
    qreal bx = card.right() - kPad;
    for (qsizetype i = l.badges.size() - 1; i >= 0; --i) {
        const QString &b = l.badges.at(i);
        const qreal w = sfm.horizontalAdvance(b) + 14;
        const QRectF pill(bx - w, y, w, sfm.height() + 2);
        bx -= w + 6;
        QColor c = pal.color(QPalette::Highlight);
        if (b == tr("error") || b == tr("interrupted"))
            c = dark ? QColor(0xf0, 0x6b, 0x6b) : QColor(0xc0, 0x1c, 0x28);
        else if (b == tr("retrying"))
            c = dark ? QColor(0xe5, 0xb5, 0x4b) : QColor(0x9a, 0x67, 0x00);
        else if (b == tr("cached"))
            c = dark ? QColor(0x6b, 0xc4, 0x8b) : QColor(0x1a, 0x7f, 0x37);
        QColor bg = c;
        bg.setAlpha(dark ? 70 : 40);
        painter->setPen(Qt::NoPen);
        painter->setBrush(bg);
        painter->drawRoundedRect(pill, pill.height() / 2, pill.height() / 2);
        painter->setPen(c);
        painter->drawText(pill, Qt::AlignCenter, b);
    }

    y += l.headerHeight;
    painter->save();
    painter->translate(left, y);
    QAbstractTextDocumentLayout::PaintContext ctx;
    ctx.palette = pal;
    ctx.palette.setColor(QPalette::Text, pal.color(QPalette::Text));
    ctx.clip = QRectF(0, 0, l.body->textWidth(), l.body->size().height());
    // A long speech is taller than the view: draw only the lines that can be seen.
    if (painter->device() == m_view->viewport())
        ctx.clip &= QRectF(m_view->viewport()->rect()).translated(-left, -y);
    l.body->documentLayout()->draw(painter, ctx);
    painter->restore();
    y += l.body->size().height();

    if (!l.footer.isEmpty()) {
        painter->setFont(small);
        painter->setPen((l.flags & SpeechRow::Error) ? (dark ? QColor(0xf0, 0x6b, 0x6b) : QColor(0xc0, 0x1c, 0x28))
                                                     : pal.color(QPalette::PlaceholderText));
        painter->drawText(QPointF(left, y + 6 + sfm.ascent()), l.footer);
    }
    painter->restore();
}

bool TranscriptDelegate::editorEvent(QEvent *event, QAbstractItemModel *model, const QStyleOptionViewItem &option,
                                     const QModelIndex &index)
{
    if (event->type() == QEvent::MouseButtonRelease || event->type() == QEvent::MouseMove) {
        auto *me = static_cast<QMouseEvent *>(event);
        Layout &l = layoutFor(index, contentWidth());
        const QPointF origin(option.rect.left() + kOuter + kStripe + kPad,
                             option.rect.top() + kOuter + kPad + l.headerHeight);
        const QString anchor = l.body->documentLayout()->anchorAt(me->position() - origin);
        const bool isCitation = anchor.startsWith(QLatin1String("rostrum-line:"));
        if (event->type() == QEvent::MouseMove) {
            m_view->viewport()->setCursor(isCitation ? Qt::PointingHandCursor : Qt::ArrowCursor);
        } else if (isCitation && me->button() == Qt::LeftButton) {
            emit citationActivated(anchor.mid(13).toInt());
            return true;
        }
    }
    return QStyledItemDelegate::editorEvent(event, model, option, index);
}

QWidget *TranscriptDelegate::createEditor(QWidget *parent, const QStyleOptionViewItem &, const QModelIndex &) const
{
    auto *browser = new QTextBrowser(parent);
    browser->setObjectName(QStringLiteral("speechTextBrowser"));
    browser->setAccessibleName(tr("Speech text"));
    browser->setOpenLinks(false);
    browser->setFrameShape(QFrame::NoFrame);
    auto *self = const_cast<TranscriptDelegate *>(this); // createEditor is const; the signal is not
    connect(browser, &QTextBrowser::anchorClicked, self, [self](const QUrl &url) {
        if (url.scheme() == QLatin1String("rostrum-line"))
            emit self->citationActivated(url.path().toInt());
    });
    return browser;
}

void TranscriptDelegate::setEditorData(QWidget *editor, const QModelIndex &index) const
{
    if (auto *browser = qobject_cast<QTextBrowser *>(editor)) {
        browser->document()->setDocumentMargin(0);
        browser->setMarkdown(linkCitations(index.data(TranscriptModel::MarkdownRole).toString()));
    }
}

void TranscriptDelegate::updateEditorGeometry(QWidget *editor, const QStyleOptionViewItem &option,
                                              const QModelIndex &index) const
{
    const Layout &l = layoutFor(index, contentWidth());
    const QRect r = option.rect.adjusted(kOuter + kStripe + kPad, kOuter + kPad + l.headerHeight, -kOuter - kPad,
                                         -kOuter - kPad - l.footerHeight);
    editor->setGeometry(r);
}

} // namespace rostrum::gui
