#pragma once

#include <QHash>
#include <QStyledItemDelegate>

#include <memory>

class QAbstractItemView;
class QTextDocument;

namespace rostrum::gui {

// Paints one speech as a card: a header (speaker, side, model, language, state badges), the
// speech's markdown (a SpeechBody), and a footer (tokens, cost, latency). Laid-out speeches are
// cached per row revision and width, so only a changed row is laid out again; a streaming speech
// lays out its open paragraph only, so a frame costs the same for a 40,000-character speech as for
// a short one.
// Citations such as "line 12" become links; clicking one emits citationActivated(12).
class TranscriptDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    // The objectName of a row's button (an index widget the delegate places inside the card).
    static constexpr const char *kRowButtonName = "transcriptRowButton";

    explicit TranscriptDelegate(QAbstractItemView *view);
    ~TranscriptDelegate() override;

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

    // A read-only text browser over the speech, so part of it can be selected and copied.
    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    void setEditorData(QWidget *editor, const QModelIndex &index) const override;
    void setModelData(QWidget *, QAbstractItemModel *, const QModelIndex &) const override { }
    void updateEditorGeometry(QWidget *editor, const QStyleOptionViewItem &option,
                              const QModelIndex &index) const override;

    // Search: matches are tinted in every visible speech.
    void setHighlightTerm(const QString &term);
    QString highlightTerm() const { return m_highlight; }

    // Markdown with "line 12" / "lines 3-5" / "L7" turned into rostrum-line: links.
    static QString linkCitations(const QString &markdown);
    // The badges shown for a flags value, translated, in display order.
    static QStringList badgeTexts(int flags);
    void clearCache();

    // The laid-out body of a row (what paint() draws), for tests and diagnostics.
    const QTextDocument *bodyDocument(const QModelIndex &index) const;
    // How many times a streaming row was updated by re-laying-out its open paragraph only.
    int incrementalUpdates() const { return m_incrementalUpdates; }

signals:
    void citationActivated(int line);

protected:
    bool editorEvent(QEvent *event, QAbstractItemModel *model, const QStyleOptionViewItem &option,
                     const QModelIndex &index) override;

private:
    struct Layout;
    Layout &layoutFor(const QModelIndex &index, int width) const;
    static QString metaText(const QModelIndex &index);
    static QString footerText(const QModelIndex &index, int flags);
    static void paintCard(QPainter *painter, const QStyleOptionViewItem &option, const QRectF &card,
                          const QString &sideKey);
    static void paintHeader(QPainter *painter, const QStyleOptionViewItem &option, const Layout &l, const QRectF &card);
    int contentWidth() const;

    QAbstractItemView *m_view;
    QString m_highlight;
    mutable QHash<QString, std::shared_ptr<Layout>> m_cache;
    mutable int m_incrementalUpdates = 0;
};

} // namespace rostrum::gui
