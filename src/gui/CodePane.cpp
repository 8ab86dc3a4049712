#include "CodePane.h"

#include <QFontDatabase>
#include <QPainter>
#include <QTextBlock>
#include <QTimer>

namespace rostrum::gui {

namespace {

// The gutter is a plain widget that asks its pane to paint; keeping it private avoids another class pair.
class Gutter final : public QWidget
{
public:
    explicit Gutter(CodePane *pane)
        : QWidget(pane)
        , m_pane(pane)
    {
        setObjectName(QStringLiteral("codeLineNumbers"));
    }
    QSize sizeHint() const override { return {m_pane->lineNumberAreaWidth(), 0}; }

protected:
    void paintEvent(QPaintEvent *event) override { m_pane->paintLineNumbers(event); }

private:
    CodePane *m_pane;
};

bool isDark(const QPalette &palette)
{
    return palette.color(QPalette::Base).lightness() < 128;
}

} // namespace

CodePane::CodePane(QWidget *parent)
    : QPlainTextEdit(parent)
    , m_gutter(new Gutter(this))
    , m_highlighter(new CodeHighlighter(document()))
{
    setObjectName(QStringLiteral("codePane"));
    setAccessibleName(tr("Code under debate"));
    setReadOnly(true);
    setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    setLineWrapMode(QPlainTextEdit::NoWrap);
    setPlaceholderText(tr("Paste or open code in the debate setup to discuss it here."));

    connect(this, &QPlainTextEdit::blockCountChanged, this, &CodePane::updateGutterWidth);
    connect(this, &QPlainTextEdit::updateRequest, this, &CodePane::updateGutter);
    connect(this, &QPlainTextEdit::cursorPositionChanged, this, &CodePane::refreshSelections);
    updateGutterWidth();
    applyPalette();
}

void CodePane::ensureCodeFont()
{
    if (m_codeFontSet)
        return;
    m_codeFontSet = true;
    setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    updateGutterWidth();
}

void CodePane::showEvent(QShowEvent *event)
{
    ensureCodeFont();
    QPlainTextEdit::showEvent(event);
}

void CodePane::setCode(const QString &code, CodeHighlighter::Language language)
{
    ensureCodeFont();
    m_highlighter->setLanguage(language);
    setPlainText(code);
    refreshSelections();
}

void CodePane::setLanguage(CodeHighlighter::Language language)
{
    m_highlighter->setLanguage(language);
}

void CodePane::setCitedLines(const QSet<int> &lines)
{
    m_cited = lines;
    refreshSelections();
    m_gutter->update();
}

bool CodePane::jumpToLine(int line)
{
    const QTextBlock block = document()->findBlockByNumber(line - 1);
    if (line < 1 || !block.isValid())
        return false;
    QTextCursor cursor(block);
    setTextCursor(cursor);
    centerCursor();
    m_flashLine = line;
    refreshSelections();
    // The flash fades after a moment so it does not look like a permanent selection.
    QTimer::singleShot(1200, this, [this, line] {
        if (m_flashLine == line) {
            m_flashLine = -1;
            refreshSelections();
        }
    });
    emit lineJumped(line);
    return true;
}

int CodePane::lineNumberAreaWidth() const
{
    int digits = 1;
    for (int max = qMax(1, blockCount()); max >= 10; max /= 10)
        ++digits;
    digits = qMax(digits, 3);
    return 12 + fontMetrics().horizontalAdvance(QLatin1Char('9')) * digits;
}

void CodePane::updateGutterWidth()
{
    setViewportMargins(lineNumberAreaWidth(), 0, 0, 0);
}

void CodePane::updateGutter(const QRect &rect, int dy)
{
    if (dy)
        m_gutter->scroll(0, dy);
    else
        m_gutter->update(0, rect.y(), m_gutter->width(), rect.height());
    if (rect.contains(viewport()->rect()))
        updateGutterWidth();
}

void CodePane::resizeEvent(QResizeEvent *event)
{
    QPlainTextEdit::resizeEvent(event);
    const QRect cr = contentsRect();
    m_gutter->setGeometry(QRect(cr.left(), cr.top(), lineNumberAreaWidth(), cr.height()));
}

void CodePane::changeEvent(QEvent *event)
{
    QPlainTextEdit::changeEvent(event);
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::ApplicationPaletteChange)
        applyPalette();
}

void CodePane::applyPalette()
{
    m_highlighter->setDarkPalette(isDark(palette()));
    refreshSelections();
}

void CodePane::paintLineNumbers(QPaintEvent *event)
{
    QPainter painter(m_gutter);
    const QPalette pal = palette();
    painter.fillRect(event->rect(), pal.color(QPalette::AlternateBase));
    QTextBlock block = firstVisibleBlock();
    int top = qRound(blockBoundingGeometry(block).translated(contentOffset()).top());
    int bottom = top + qRound(blockBoundingRect(block).height());
    const int current = textCursor().blockNumber();
    while (block.isValid() && top <= event->rect().bottom()) {
        if (block.isVisible() && bottom >= event->rect().top()) {
            const int line = block.blockNumber() + 1;
            QFont f = font();
            f.setBold(m_cited.contains(line) || block.blockNumber() == current);
            painter.setFont(f);
            painter.setPen(m_cited.contains(line) ? pal.color(QPalette::Highlight)
                                                  : pal.color(QPalette::PlaceholderText));
            painter.drawText(0, top, m_gutter->width() - 6, fontMetrics().height(), Qt::AlignRight,
                             QString::number(line));
        }
        block = block.next();
        top = bottom;
        bottom = top + qRound(blockBoundingRect(block).height());
    }
}

void CodePane::refreshSelections()
{
    QList<QTextEdit::ExtraSelection> selections;
    QColor cited = palette().color(QPalette::Highlight);
    cited.setAlpha(isDark(palette()) ? 70 : 45);
    for (int line : std::as_const(m_cited)) {
        const QTextBlock block = document()->findBlockByNumber(line - 1);
        if (!block.isValid())
            continue;
        QTextEdit::ExtraSelection sel;
        sel.format.setBackground(cited);
        sel.format.setProperty(QTextFormat::FullWidthSelection, true);
        sel.cursor = QTextCursor(block);
        selections.append(sel);
    }
    if (m_flashLine > 0) {
        const QTextBlock block = document()->findBlockByNumber(m_flashLine - 1);
        if (block.isValid()) {
            QTextEdit::ExtraSelection sel;
            QColor flash = palette().color(QPalette::Highlight);
            flash.setAlpha(140);
            sel.format.setBackground(flash);
            sel.format.setProperty(QTextFormat::FullWidthSelection, true);
            sel.cursor = QTextCursor(block);
            selections.append(sel);
        }
    }
    setExtraSelections(selections);
}

} // namespace rostrum::gui
