#include "TranscriptDelegate.h"

#include "SpeechBody.h"
#include "TranscriptModel.h"

#include <QAbstractItemView>
#include <QAbstractTextDocumentLayout>
#include <QApplication>
#include <QMouseEvent>
#include <QPainter>
#include <QPainterPath>
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

// A speech's body with its reasoning above it, set apart as a quote, when the reader opened it.
QString bodyMarkdown(const QModelIndex &index, bool reasoningShown)
{
    const QString text = index.data(TranscriptModel::MarkdownRole).toString();
    const QString reasoning = index.data(TranscriptModel::ReasoningRole).toString();
    if (!reasoningShown || reasoning.isEmpty())
        return text;
    QStringList quoted;
    const QStringList lines = reasoning.split(QLatin1Char('\n'));
    for (const QString &line : lines)
        quoted << QStringLiteral("> ") + line;
    return quoted.join(QLatin1Char('\n')) + QStringLiteral("\n\n") + text;
}

// Where a row's button goes: a speech's reasoning toggle under its header, a card's action at its foot.
bool buttonOnTop(const QModelIndex &index)
{
    return index.data(TranscriptModel::KindRole).toInt() == int(SpeechRow::Kind::Speech);
}

bool hasButton(const QModelIndex &index)
{
    return !index.data(TranscriptModel::ActionRole).toString().isEmpty()
        || !index.data(TranscriptModel::ReasoningRole).toString().isEmpty();
}

} // namespace

struct TranscriptDelegate::Layout
{
    quint64 revision = 0;
    int width = -1;
    QString highlight;
    SpeechBody body;
    QString header;
    QString meta;
    QString footer;
    QStringList badges;
    int flags = 0;
    int headerHeight = 0;
    int footerHeight = 0;
    int buttonHeight = 0; // the row's button (reasoning toggle, card action), a widget over the card
    bool buttonOnTop = false;
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
    return SpeechBody::linkCitations(markdown);
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
    const bool resplit = l.body.isSplitAtLines() && l.width != width;
    if (resplit)
        l.body.forgetPieces();
    if (l.revision != revision || l.highlight != m_highlight || resplit) {
        const int flags = index.data(TranscriptModel::FlagsRole).toInt();
        const bool reasoningShown = index.data(TranscriptModel::ReasoningShownRole).toBool();
        if (l.body.setText(bodyMarkdown(index, reasoningShown), (flags & SpeechRow::Streaming) && !reasoningShown, base,
                           m_highlight))
            ++m_incrementalUpdates;
        l.flags = flags;
        l.badges = badgeTexts(flags);
        l.header = index.data(TranscriptModel::SpeakerRole).toString();
        l.meta = metaText(index);
        l.footer = footerText(index, flags);
        l.buttonHeight = hasButton(index) ? QFontMetrics(base).height() + 16 : 0;
        l.buttonOnTop = buttonOnTop(index);
        l.revision = revision;
        l.highlight = m_highlight;
    }
    l.body.setWidth(width, l.flags & SpeechRow::Streaming);
    l.width = width;
    QFont bold = base;
    bold.setBold(true);
    l.headerHeight = QFontMetrics(bold).height() + 6;
    QFont small = base;
    small.setPointSizeF(base.pointSizeF() * 0.9);
    l.footerHeight = l.footer.isEmpty() ? 0 : QFontMetrics(small).height() + 6;
    l.height = kOuter * 2 + kPad * 2 + l.headerHeight + int(std::ceil(l.body.document()->size().height()))
        + l.footerHeight + (l.buttonHeight ? l.buttonHeight + 6 : 0);
    return l;
}

QString TranscriptDelegate::metaText(const QModelIndex &index)
{
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
    return meta.join(QStringLiteral(" · "));
}

QString TranscriptDelegate::footerText(const QModelIndex &index, int flags)
{
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
    return foot.join(QStringLiteral(" · "));
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

const QTextDocument *TranscriptDelegate::bodyDocument(const QModelIndex &index) const
{
    return index.isValid() ? layoutFor(index, contentWidth()).body.document() : nullptr;
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
    paintCard(painter, option, card, index.data(TranscriptModel::SideKeyRole).toString());

    const qreal left = card.left() + kStripe + kPad;
    qreal y = card.top() + kPad;
    paintHeader(painter, option, l, card);
    QFont small = option.font;
    small.setPointSizeF(option.font.pointSizeF() * 0.9);
    const QFontMetrics sfm(small);

    y += l.headerHeight;
    if (l.buttonOnTop && l.buttonHeight)
        y += l.buttonHeight + 6;
    QTextDocument *body = l.body.document();
    painter->save();
    painter->translate(left, y);
    QAbstractTextDocumentLayout::PaintContext ctx;
    ctx.palette = pal;
    ctx.palette.setColor(QPalette::Text, pal.color(QPalette::Text));
    ctx.clip = QRectF(0, 0, body->textWidth(), body->size().height());
    // A long speech is taller than the view: draw only the lines that can be seen.
    if (painter->device() == m_view->viewport())
        ctx.clip &= QRectF(m_view->viewport()->rect()).translated(-left, -y);
    body->documentLayout()->draw(painter, ctx);
    painter->restore();
    y += body->size().height();

    if (!l.footer.isEmpty()) {
        painter->setFont(small);
        painter->setPen((l.flags & SpeechRow::Error) ? (dark ? QColor(0xf0, 0x6b, 0x6b) : QColor(0xc0, 0x1c, 0x28))
                                                     : pal.color(QPalette::PlaceholderText));
        painter->drawText(QPointF(left, y + 6 + sfm.ascent()), l.footer);
    }
    painter->restore();
}

void TranscriptDelegate::paintCard(QPainter *painter, const QStyleOptionViewItem &option, const QRectF &card,
                                   const QString &sideKey)
{
    const QPalette &pal = option.palette;
    const bool dark = pal.color(QPalette::Base).lightness() < 128;
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
    painter->fillRect(QRectF(card.left(), card.top(), kStripe, card.height()), sideColor(sideKey, dark));
    painter->restore();
}

void TranscriptDelegate::paintHeader(QPainter *painter, const QStyleOptionViewItem &option, const Layout &l,
                                     const QRectF &card)
{
    const QPalette &pal = option.palette;
    const bool dark = pal.color(QPalette::Base).lightness() < 128;
    const qreal left = card.left() + kStripe + kPad;
    const qreal y = card.top() + kPad;
    QFont bold = option.font;
    bold.setBold(true);
    painter->setFont(bold);
    painter->setPen(pal.color(QPalette::Text));
    const QFontMetrics bfm(bold);
    painter->drawText(QPointF(left, y + bfm.ascent()), l.header);
    const qreal x = left + bfm.horizontalAdvance(l.header) + 10;

    QFont small = option.font;
    small.setPointSizeF(option.font.pointSizeF() * 0.9);
    const QFontMetrics sfm(small);
    painter->setFont(small);
    painter->setPen(pal.color(QPalette::PlaceholderText));
    painter->drawText(QPointF(x, y + bfm.ascent()), l.meta);

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
}

bool TranscriptDelegate::editorEvent(QEvent *event, QAbstractItemModel *model, const QStyleOptionViewItem &option,
                                     const QModelIndex &index)
{
    if (event->type() == QEvent::MouseButtonRelease || event->type() == QEvent::MouseMove) {
        auto *me = static_cast<QMouseEvent *>(event);
        Layout &l = layoutFor(index, contentWidth());
        const QPointF origin(option.rect.left() + kOuter + kStripe + kPad,
                             option.rect.top() + kOuter + kPad + l.headerHeight
                                 + (l.buttonOnTop && l.buttonHeight ? l.buttonHeight + 6 : 0));
        const QString anchor = l.body.document()->documentLayout()->anchorAt(me->position() - origin);
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
    if (editor->objectName() == QLatin1String(kRowButtonName)) {
        // The row's button sits in the space the card keeps for it: under the header, or at the card's foot.
        const int left = option.rect.left() + kOuter + kStripe + kPad;
        const int top = l.buttonOnTop ? option.rect.top() + kOuter + kPad + l.headerHeight
                                      : option.rect.bottom() - kOuter - kPad - l.buttonHeight + 1;
        const int width = qMin(editor->sizeHint().width(), option.rect.width() - 2 * (kOuter + kPad) - kStripe);
        editor->setGeometry(left, top, width, l.buttonHeight);
        return;
    }
    const QRect r = option.rect.adjusted(kOuter + kStripe + kPad, kOuter + kPad + l.headerHeight, -kOuter - kPad,
                                         -kOuter - kPad - l.footerHeight);
    editor->setGeometry(r);
}

} // namespace rostrum::gui
