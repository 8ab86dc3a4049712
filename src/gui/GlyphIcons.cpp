#include "GlyphIcons.h"

#include <QGuiApplication>
#include <QIconEngine>
#include <QPainter>
#include <QPainterPath>
#include <QPalette>
#include <QPixmapCache>
#include <QProxyStyle>
#include <QtMath>

namespace rostrum::gui {

namespace {

// Colours that read on light and dark backgrounds alike, for the two actions that change a
// debate's course.
constexpr QRgb kGo = 0xff2f9e58;
constexpr QRgb kHalt = 0xffd2453a;

QColor inkFor(QIcon::Mode mode)
{
    const QPalette palette = QGuiApplication::palette();
    if (mode == QIcon::Disabled)
        return palette.color(QPalette::Disabled, QPalette::WindowText);
    if (mode == QIcon::Selected)
        return palette.color(QPalette::Active, QPalette::HighlightedText);
    return palette.color(QPalette::Active, QPalette::WindowText);
}

// The accent of a coloured glyph, faded with the text when the action is disabled.
QColor accentFor(QRgb accent, QIcon::Mode mode)
{
    if (mode == QIcon::Disabled)
        return inkFor(mode);
    if (mode == QIcon::Selected)
        return inkFor(mode);
    return QColor::fromRgba(accent);
}

// A path of straight strokes through points, closed back to the first when asked.
enum PathEnd { Open, Closed };
QPainterPath polyline(std::initializer_list<QPointF> points, PathEnd end = Open)
{
    QPainterPath path;
    path.moveTo(*points.begin());
    for (auto it = points.begin() + 1; it != points.end(); ++it)
        path.lineTo(*it);
    if (end == Closed)
        path.closeSubpath();
    return path;
}

// The glyphs with more than a few strokes, in the same 24 x 24 box as drawGlyph.
void drawNewDebate(QPainter &p)
{
    const QPainterPath page = polyline({{6, 3}, {14, 3}, {19, 8}, {19, 21}, {6, 21}}, Closed);
    p.drawPath(page);
    p.drawPolyline(QPolygonF({QPointF(14, 3), QPointF(14, 8), QPointF(19, 8)}));
    p.drawLine(QPointF(12.5, 11.5), QPointF(12.5, 17.5));
    p.drawLine(QPointF(9.5, 14.5), QPointF(15.5, 14.5));
}

void drawOpen(QPainter &p)
{
    const QPainterPath folder = polyline({{3, 19}, {3, 5}, {9, 5}, {11, 7.5}, {19, 7.5}, {19, 10}});
    p.drawPath(folder);
    const QPainterPath flap = polyline({{3, 19}, {6.5, 10.5}, {21.5, 10.5}, {18, 19}}, Closed);
    p.drawPath(flap);
}

void drawRegenerate(QPainter &p, const QColor &ink)
{
    // Most of a circle run clockwise from twelve o'clock, an arrowhead where it stops.
    const QRectF ring(4.5, 4.5, 15, 15);
    const qreal span = 290;
    p.drawArc(ring, 90 * 16, int(-span * 16));
    const qreal theta = qDegreesToRadians(90.0 - span);
    const QPointF end(12 + 7.5 * qCos(theta), 12 - 7.5 * qSin(theta));
    const QPointF along(qSin(theta), qCos(theta)); // clockwise, in screen coordinates
    const QPointF radial(qCos(theta), -qSin(theta));
    p.setPen(Qt::NoPen);
    p.setBrush(ink);
    p.drawPolygon(QPolygonF({end + along * 3.6, end + radial * 3.4, end - radial * 3.4}));
}

void drawSettings(QPainter &p, const QColor &ink)
{
    // A gear: eight teeth around a ring, a hole in the middle.
    p.setPen(Qt::NoPen);
    p.setBrush(ink);
    QPainterPath gear;
    gear.setFillRule(Qt::OddEvenFill);
    for (int i = 0; i < 8; ++i) {
        QTransform t;
        t.translate(12, 12);
        t.rotate(i * 45.0);
        QPainterPath tooth;
        tooth.addRoundedRect(QRectF(-2, -10.5, 4, 5), 0.8, 0.8);
        gear = gear.united(t.map(tooth));
    }
    QPainterPath body;
    body.addEllipse(QPointF(12, 12), 7, 7);
    gear = gear.united(body);
    QPainterPath hole;
    hole.addEllipse(QPointF(12, 12), 3, 3);
    p.drawPath(gear.subtracted(hole));
}

void drawClearText(QPainter &p, const QColor &ink)
{
    // A filled disc with a cross cut out of it.
    p.setPen(Qt::NoPen);
    p.setBrush(ink);
    QPainterPath disc;
    disc.addEllipse(QPointF(12, 12), 9, 9);
    QPainterPathStroker stroker(QPen(Qt::black, 2.2, Qt::SolidLine, Qt::RoundCap));
    QPainterPath lines = polyline({{8.5, 8.5}, {15.5, 15.5}});
    lines.moveTo(15.5, 8.5);
    lines.lineTo(8.5, 15.5);
    p.drawPath(disc.subtracted(stroker.createStroke(lines)));
}

// Draws into a 24 x 24 box; the painter is scaled to the icon's size.
void drawGlyph(QPainter &p, Glyph glyph, QIcon::Mode mode)
{
    const QColor ink = inkFor(mode);
    QPen pen(ink, 1.8, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin);
    p.setPen(pen);
    p.setBrush(Qt::NoBrush);
    switch (glyph) {
    case Glyph::NewDebate:
        drawNewDebate(p);
        break;
    case Glyph::Open:
        drawOpen(p);
        break;
    case Glyph::Start: {
        const QColor go = accentFor(kGo, mode);
        p.setPen(QPen(go, 1.8, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
        p.setBrush(go);
        p.drawPolygon(QPolygonF({QPointF(7, 4.5), QPointF(19.5, 12), QPointF(7, 19.5)}));
        break;
    }
    case Glyph::Pause:
        p.setPen(Qt::NoPen);
        p.setBrush(ink);
        p.drawRoundedRect(QRectF(6, 4.5, 4, 15), 1.2, 1.2);
        p.drawRoundedRect(QRectF(14, 4.5, 4, 15), 1.2, 1.2);
        break;
    case Glyph::Stop: {
        const QColor halt = accentFor(kHalt, mode);
        p.setPen(Qt::NoPen);
        p.setBrush(halt);
        p.drawRoundedRect(QRectF(5.5, 5.5, 13, 13), 2, 2);
        break;
    }
    case Glyph::Regenerate:
        drawRegenerate(p, ink);
        break;
    case Glyph::Export: {
        p.drawPolyline(QPolygonF({QPointF(4, 13), QPointF(4, 20), QPointF(20, 20), QPointF(20, 13)}));
        p.drawLine(QPointF(12, 15.5), QPointF(12, 3.5));
        p.drawPolyline(QPolygonF({QPointF(7.5, 8), QPointF(12, 3.5), QPointF(16.5, 8)}));
        break;
    }
    case Glyph::Settings:
        drawSettings(p, ink);
        break;
    case Glyph::MoreVertical:
        // The horizontal chevrons turned a quarter clockwise about the middle.
        p.translate(12, 12);
        p.rotate(90);
        p.translate(-12, -12);
        [[fallthrough]];
    case Glyph::MoreHorizontal:
        p.drawPolyline(QPolygonF({QPointF(6, 7), QPointF(11, 12), QPointF(6, 17)}));
        p.drawPolyline(QPolygonF({QPointF(13, 7), QPointF(18, 12), QPointF(13, 17)}));
        break;
    case Glyph::ClearText:
        drawClearText(p, ink);
        break;
    case Glyph::Resume: {
        const QColor go = accentFor(kGo, mode);
        p.setPen(Qt::NoPen);
        p.setBrush(ink);
        p.drawRoundedRect(QRectF(4.5, 5, 3.2, 14), 1, 1);
        p.setPen(QPen(go, 1.8, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
        p.setBrush(go);
        p.drawPolygon(QPolygonF({QPointF(11, 5), QPointF(20.5, 12), QPointF(11, 19)}));
        break;
    }
    }
}

// The application's logo (packaging/icons/io.github.rostrum.Rostrum.svg) in its 128-unit box: two
// speech bubbles on a rounded square.
void drawLogo(QPainter &p)
{
    p.scale(24.0 / 128.0, 24.0 / 128.0);
    p.setPen(Qt::NoPen);
    p.setBrush(QColor(0x2b, 0x3a, 0x67));
    p.drawRoundedRect(QRectF(4, 4, 120, 120), 24, 24);
    QPainterPath speaker;
    speaker.addRoundedRect(QRectF(14, 38, 72, 38), 10, 10);
    QPainterPath speakerTail;
    speakerTail.addPolygon(QPolygonF({QPointF(50, 75), QPointF(36, 88), QPointF(36, 75)}));
    p.setBrush(QColor(0xff, 0x8a, 0x3d));
    p.drawPath(speaker.united(speakerTail));
    QPainterPath reply;
    reply.addRoundedRect(QRectF(56, 58, 56, 32), 8, 8);
    QPainterPath replyTail;
    replyTail.addPolygon(QPolygonF({QPointF(86, 89), QPointF(98, 100), QPointF(98, 89)}));
    p.setBrush(QColor(0xf4, 0xf1, 0xe8));
    p.drawPath(reply.united(replyTail));
    p.setBrush(QColor(0x2b, 0x3a, 0x67));
    for (qreal x : {34.0, 50.0, 66.0})
        p.drawEllipse(QPointF(x, 57), 4, 4);
}

constexpr int kLogo = -1; // the engine's "glyph" for the logo

class GlyphIconEngine final : public QIconEngine
{
public:
    explicit GlyphIconEngine(int glyph)
        : m_glyph(glyph)
    { }

    void paint(QPainter *painter, const QRect &rect, QIcon::Mode mode, QIcon::State) override
    {
        painter->save();
        painter->setRenderHint(QPainter::Antialiasing);
        // A square in the middle of the rect, the glyph scaled from its 24-unit box.
        const qreal side = qMin(rect.width(), rect.height());
        painter->translate(rect.x() + (rect.width() - side) / 2.0, rect.y() + (rect.height() - side) / 2.0);
        painter->scale(side / 24.0, side / 24.0);
        if (m_glyph == kLogo)
            drawLogo(*painter);
        else
            drawGlyph(*painter, Glyph(m_glyph), mode);
        painter->restore();
    }

    QPixmap pixmap(const QSize &size, QIcon::Mode mode, QIcon::State state) override
    {
        return scaledPixmap(size, mode, state, 1.0);
    }

    // QIcon passes the size in device pixels already (the logical size times scale).
    QPixmap scaledPixmap(const QSize &pixels, QIcon::Mode mode, QIcon::State state, qreal scale) override
    {
        if (pixels.isEmpty())
            return {};
        // Keyed by colour too, so a palette change draws the icons again; stored with its ratio.
        const QString key = QStringLiteral("rostrum-glyph-%1-%2x%3@%4-%5-%6")
                                .arg(m_glyph)
                                .arg(pixels.width())
                                .arg(pixels.height())
                                .arg(scale)
                                .arg(int(mode))
                                .arg(inkFor(mode).rgba(), 0, 16);
        QPixmap pm;
        if (!QPixmapCache::find(key, &pm)) {
            pm = QPixmap(pixels);
            pm.fill(Qt::transparent);
            QPainter painter(&pm);
            paint(&painter, QRect(QPoint(0, 0), pixels), mode, state);
            painter.end();
            pm.setDevicePixelRatio(scale);
            QPixmapCache::insert(key, pm);
        }
        return pm;
    }

    // The sizes a window manager is offered for the window icon (any size can be drawn).
    QList<QSize> availableSizes(QIcon::Mode, QIcon::State) override
    {
        return {QSize(16, 16), QSize(24, 24), QSize(32, 32), QSize(48, 48), QSize(64, 64), QSize(128, 128)};
    }

    QIconEngine *clone() const override { return new GlyphIconEngine(m_glyph); }
    QString key() const override { return QStringLiteral("rostrum-glyph"); }
    bool isNull() override { return false; }

private:
    int m_glyph;
};

} // namespace

QIcon glyphIcon(Glyph glyph)
{
    return QIcon(new GlyphIconEngine(int(glyph)));
}

QIcon applicationIcon()
{
    return QIcon(new GlyphIconEngine(kLogo));
}

class GlyphStyle final : public QProxyStyle
{
public:
    explicit GlyphStyle(QStyle *base)
        : QProxyStyle(base)
    { }

    QIcon standardIcon(StandardPixmap icon, const QStyleOption *option, const QWidget *widget) const override
    {
        switch (icon) {
        case SP_ToolBarHorizontalExtensionButton:
            return glyphIcon(Glyph::MoreHorizontal);
        case SP_ToolBarVerticalExtensionButton:
            return glyphIcon(Glyph::MoreVertical);
        case SP_LineEditClearButton:
            return glyphIcon(Glyph::ClearText);
        default:
            return QProxyStyle::standardIcon(icon, option, widget);
        }
    }
};

QStyle *createApplicationStyle(QStyle *base)
{
    return new GlyphStyle(base);
}

} // namespace rostrum::gui
