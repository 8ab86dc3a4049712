#include "GlyphIcons.h"

#include <QApplication>
#include <QImage>
#include <QPalette>
#include <QPixmap>
#include <QStyle>
#include <QTest>

#include <memory>

using namespace rostrum::gui;

namespace {

const QList<Glyph> kAll = {Glyph::NewDebate, Glyph::Open,           Glyph::Start,        Glyph::Pause,
                           Glyph::Stop,      Glyph::Regenerate,     Glyph::Export,       Glyph::Settings,
                           Glyph::Resume,    Glyph::MoreHorizontal, Glyph::MoreVertical, Glyph::ClearText};

struct Ink
{
    int covered = 0; // pixels with any opacity
    QColor strongest; // the colour of the most opaque pixel
};

Ink inkOf(const QPixmap &pixmap)
{
    const QImage image = pixmap.toImage().convertToFormat(QImage::Format_ARGB32);
    Ink ink;
    int bestAlpha = 0;
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x) {
            const QRgb px = image.pixel(x, y);
            if (qAlpha(px) > 0)
                ++ink.covered;
            if (qAlpha(px) > bestAlpha) {
                bestAlpha = qAlpha(px);
                ink.strongest = QColor(qRed(px), qGreen(px), qBlue(px));
            }
        }
    }
    return ink;
}

bool near(const QColor &a, const QColor &b)
{
    return qAbs(a.red() - b.red()) <= 8 && qAbs(a.green() - b.green()) <= 8 && qAbs(a.blue() - b.blue()) <= 8;
}

} // namespace

class TestGlyphIcons final : public QObject
{
    Q_OBJECT

private slots:
    void init() { QApplication::setPalette(QPalette(Qt::white)); }

    void everyGlyphDrawsAtEverySize_data()
    {
        QTest::addColumn<int>("glyph");
        QTest::addColumn<int>("side");
        QTest::addColumn<qreal>("scale");
        for (Glyph g : kAll) {
            for (int side : {16, 24, 32}) {
                for (qreal scale : {1.0, 2.0}) {
                    QTest::addRow("glyph %d, %d px, x%.0f", int(g), side, scale) << int(g) << side << scale;
                }
            }
        }
    }

    void everyGlyphDrawsAtEverySize()
    {
        QFETCH(int, glyph);
        QFETCH(int, side);
        QFETCH(qreal, scale);
        const QIcon icon = glyphIcon(Glyph(glyph));
        QVERIFY(!icon.isNull());
        const QPixmap pm = icon.pixmap(QSize(side, side), scale);
        // Sharp on high DPI: drawn at the device's pixels, not scaled up from the logical size.
        QCOMPARE(pm.size(), QSize(side, side) * scale);
        QCOMPARE(pm.devicePixelRatio(), scale);
        const Ink ink = inkOf(pm);
        const int area = pm.width() * pm.height();
        // A shape, neither empty nor a filled square.
        QVERIFY2(ink.covered > area / 20, qPrintable(QStringLiteral("covers %1 of %2").arg(ink.covered).arg(area)));
        QVERIFY2(ink.covered < area * 9 / 10, qPrintable(QStringLiteral("covers %1 of %2").arg(ink.covered).arg(area)));
    }

    void followsThePaletteAndDisabledState()
    {
        QPalette light(Qt::white);
        light.setColor(QPalette::Active, QPalette::WindowText, QColor(20, 20, 20));
        light.setColor(QPalette::Disabled, QPalette::WindowText, QColor(160, 160, 160));
        QApplication::setPalette(light);
        const QIcon icon = glyphIcon(Glyph::Settings);
        QVERIFY(near(inkOf(icon.pixmap(QSize(32, 32), 1.0)).strongest, QColor(20, 20, 20)));
        QVERIFY(near(inkOf(icon.pixmap(QSize(32, 32), 1.0, QIcon::Disabled)).strongest, QColor(160, 160, 160)));

        // A dark palette: the same icon object draws in the new text colour (nothing stale cached).
        QPalette dark(QColor(40, 40, 40));
        dark.setColor(QPalette::Active, QPalette::WindowText, QColor(235, 235, 235));
        QApplication::setPalette(dark);
        QVERIFY(near(inkOf(icon.pixmap(QSize(32, 32), 1.0)).strongest, QColor(235, 235, 235)));
    }

    void startAndStopKeepTheirColoursUntilDisabled()
    {
        const QColor start = inkOf(glyphIcon(Glyph::Start).pixmap(QSize(32, 32), 1.0)).strongest;
        const QColor stop = inkOf(glyphIcon(Glyph::Stop).pixmap(QSize(32, 32), 1.0)).strongest;
        QVERIFY2(start.green() > start.red() + 40, qPrintable(start.name()));
        QVERIFY2(stop.red() > stop.green() + 40, qPrintable(stop.name()));
        const QColor disabled = QApplication::palette().color(QPalette::Disabled, QPalette::WindowText);
        QVERIFY(near(inkOf(glyphIcon(Glyph::Stop).pixmap(QSize(32, 32), 1.0, QIcon::Disabled)).strongest, disabled));
    }

    void applicationIconOffersTheUsualSizes()
    {
        const QIcon icon = applicationIcon();
        // A window manager is given the sizes the engine offers: none would mean no window icon.
        QVERIFY(icon.availableSizes().contains(QSize(32, 32)));
        QVERIFY(icon.availableSizes().contains(QSize(128, 128)));
        const QPixmap pm = icon.pixmap(QSize(64, 64), 1.0);
        // The logo's dark rounded square in the middle.
        const QColor middle = pm.toImage().pixelColor(32, 12);
        QVERIFY2(middle.alpha() == 255, qPrintable(middle.name(QColor::HexArgb)));
    }

    void styleDrawsItsStandardIconsAndLeavesTheRest()
    {
        std::unique_ptr<QStyle> style(createApplicationStyle());
        for (auto sp : {QStyle::SP_ToolBarHorizontalExtensionButton, QStyle::SP_ToolBarVerticalExtensionButton,
                        QStyle::SP_LineEditClearButton}) {
            const QIcon icon = style->standardIcon(sp);
            QVERIFY(!icon.isNull());
            // The glyph itself, drawn at the size asked.
            const Glyph expected = sp == QStyle::SP_LineEditClearButton ? Glyph::ClearText
                : sp == QStyle::SP_ToolBarVerticalExtensionButton       ? Glyph::MoreVertical
                                                                        : Glyph::MoreHorizontal;
            QCOMPARE(icon.pixmap(QSize(20, 20), 1.0).toImage(),
                     glyphIcon(expected).pixmap(QSize(20, 20), 1.0).toImage());
        }
        // Everything else is the platform style's own.
        QVERIFY(!style->standardIcon(QStyle::SP_DialogOkButton).isNull());
        QVERIFY(style->pixelMetric(QStyle::PM_ToolBarIconSize) > 0);
    }
};

QTEST_MAIN(TestGlyphIcons)
#include "tst_glyphicons.moc"
