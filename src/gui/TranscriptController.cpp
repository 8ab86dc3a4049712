#include "TranscriptController.h"

#include "SessionRowFactory.h"
#include "TranscriptDelegate.h"
#include "TranscriptModel.h"
#include "VerdictCard.h"

#include <QAccessible>

#include <QClipboard>
#include <QContextMenuEvent>
#include <QGuiApplication>
#include <QLineEdit>
#include <QListView>
#include <QMenu>
#include <QPushButton>
#include <QScrollBar>

namespace rostrum::gui {

TranscriptController::TranscriptController(QListView *view, QLineEdit *search, QObject *parent)
    : QObject(parent)
    , m_view(view)
    , m_search(search)
    , m_model(new TranscriptModel(this))
    , m_delegate(new TranscriptDelegate(view))
{
    m_view->setModel(m_model);
    m_view->setItemDelegate(m_delegate);
    m_view->setLayoutMode(QListView::Batched);
    m_view->setBatchSize(50);
    m_view->setResizeMode(QListView::Adjust);
    m_view->setWordWrap(true);
    connect(m_delegate, &TranscriptDelegate::citationActivated, this, &TranscriptController::citationActivated);
    // Follow the newest text while the reader is at the bottom; leave them alone when they scrolled up.
    connect(m_model, &QAbstractItemModel::rowsInserted, this, [this] {
        auto *bar = m_view->verticalScrollBar();
        if (bar->value() >= bar->maximum() - 4)
            QMetaObject::invokeMethod(m_view, &QAbstractItemView::scrollToBottom, Qt::QueuedConnection);
    });
    connect(m_model, &QAbstractItemModel::rowsInserted, this,
            [this](const QModelIndex &, int first, int last) { syncButtons(first, last); });
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] { syncButtons(0, m_model->rowCount() - 1); });
    connect(m_model, &QAbstractItemModel::dataChanged, this,
            [this](const QModelIndex &tl, const QModelIndex &br) { syncButtons(tl.row(), br.row()); });
    connect(m_search, &QLineEdit::textChanged, m_delegate, &TranscriptDelegate::setHighlightTerm);
    connect(m_search, &QLineEdit::returnPressed, this, &TranscriptController::findNext);
    // The mouse's context menu reaches the viewport, the keyboard's (Menu key, Shift+F10) the focused view.
    m_view->viewport()->installEventFilter(this);
    m_view->installEventFilter(this);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this] { emit currentSpeechChanged(currentSpeech()); });
    // A speech that finishes streaming under the cursor may become one the actions apply to.
    connect(m_model, &QAbstractItemModel::dataChanged, this, [this](const QModelIndex &from, const QModelIndex &to) {
        const int row = m_view->currentIndex().row();
        if (row >= from.row() && row <= to.row())
            emit currentSpeechChanged(currentSpeech());
    });
}

void TranscriptController::addSpeechAction(QAction *action)
{
    m_speechActions.append(action);
    m_view->addAction(action); // its shortcut works while the transcript has the focus
}

int TranscriptController::currentSpeech() const
{
    bool ok = false;
    const int index = m_view->currentIndex().data(TranscriptModel::SpeechIdRole).toString().toInt(&ok);
    return ok ? index : -1;
}

bool TranscriptController::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() != QEvent::ContextMenu || m_speechActions.isEmpty()
        || (watched != m_view && watched != m_view->viewport()))
        return QObject::eventFilter(watched, event);
    auto *e = static_cast<QContextMenuEvent *>(event);
    // With the mouse: the speech under the pointer becomes the current one. From the keyboard: the current one.
    const QModelIndex index = e->reason() == QContextMenuEvent::Mouse && watched == m_view->viewport()
        ? m_view->indexAt(e->pos())
        : m_view->currentIndex();
    if (!index.isValid())
        return true;
    m_view->setCurrentIndex(index);
    const QRect rect = m_view->visualRect(index);
    const QPoint at = e->reason() == QContextMenuEvent::Mouse
        ? e->globalPos()
        : m_view->viewport()->mapToGlobal(QPoint(rect.left() + 16, qMax(rect.top(), 0) + 16));
    auto *menu = new QMenu(m_view);
    menu->setObjectName(QStringLiteral("transcriptContextMenu"));
    menu->setAttribute(Qt::WA_DeleteOnClose);
    menu->addActions(m_view->actions()); // the speech actions, and the window's (copy, rematch, ask again)
    menu->popup(at);
    return true;
}

TranscriptController::Shown TranscriptController::show(const DebateRecord &record)
{
    Shown shown;
    QList<SpeechRow> rows;
    rows.reserve(record.speeches.size());
    for (const Speech &s : record.speeches) {
        rows.append(SessionRowFactory::speechRow(s));
        if (s.index >= record.forkAt) // a fork's shared speeches were counted in its parent
            shown.tokens += s.promptTokens + s.completionTokens;
        for (const Citation &c : s.citations) {
            for (int line = c.startLine; line <= c.endLine && line - c.startLine < 500; ++line)
                shown.citedLines.insert(line);
        }
    }
    if (record.verdict)
        rows.append(VerdictCard::verdictRow(record));
    m_delegate->clearCache();
    m_model->setSpeeches(std::move(rows));
    return shown;
}

int TranscriptController::showCard(const SpeechRow &card)
{
    const int row = m_model->rowForId(card.id);
    if (row >= 0) {
        m_model->updateSpeech(row, card);
        return row;
    }
    return m_model->appendSpeech(card);
}

void TranscriptController::announce(int row)
{
    const QModelIndex index = m_model->index(row);
    if (!index.isValid())
        return;
    m_view->setCurrentIndex(index);
    m_view->scrollTo(index, QAbstractItemView::PositionAtBottom);
    // An alert on the row: screen readers read its accessible text (the card's whole reading).
    QAccessibleEvent alert(m_view, QAccessible::Alert);
    alert.setChild(row);
    QAccessible::updateAccessibility(&alert);
}

QPushButton *TranscriptController::rowButton(int row) const
{
    return qobject_cast<QPushButton *>(m_view->indexWidget(m_model->index(row)));
}

void TranscriptController::syncButtons(int first, int last)
{
    bool created = false;
    for (int row = qMax(0, first); row <= last && row < m_model->rowCount(); ++row) {
        const QModelIndex index = m_model->index(row);
        const QString action = index.data(TranscriptModel::ActionRole).toString();
        const bool reasoning = !index.data(TranscriptModel::ReasoningRole).toString().isEmpty();
        auto *button = qobject_cast<QPushButton *>(m_view->indexWidget(index));
        if (action.isEmpty() && !reasoning) {
            if (button)
                m_view->setIndexWidget(index, nullptr);
            continue;
        }
        const QString text = !action.isEmpty()                         ? action
            : index.data(TranscriptModel::ReasoningShownRole).toBool() ? tr("Hide reasoning")
                                                                       : tr("Show reasoning");
        if (!button) {
            button = new QPushButton(text);
            button->setObjectName(QLatin1String(TranscriptDelegate::kRowButtonName));
            button->setAutoDefault(false);
            const QPersistentModelIndex at(index);
            connect(button, &QPushButton::clicked, this, [this, at] { onRowButton(at); });
            m_view->setIndexWidget(index, button);
            created = true;
        }
        button->setText(text);
        // The button's name says whose it is: several speeches may each have "Show reasoning".
        button->setAccessibleName(text);
        button->setAccessibleDescription(index.data(TranscriptModel::SpeakerRole).toString());
    }
    if (created)
        orderButtons();
}

void TranscriptController::orderButtons()
{
    // Tab goes from the transcript to its buttons in reading order, then on to what follows the view.
    QWidget *previous = m_view;
    for (int row = 0; row < m_model->rowCount(); ++row) {
        if (QWidget *button = m_view->indexWidget(m_model->index(row))) {
            QWidget::setTabOrder(previous, button);
            previous = button;
        }
    }
}

void TranscriptController::onRowButton(const QPersistentModelIndex &index)
{
    if (!index.isValid())
        return;
    const QString action = index.data(TranscriptModel::ActionRole).toString();
    if (!action.isEmpty()) {
        emit cardActionTriggered(index.data(TranscriptModel::SpeechIdRole).toString());
        return;
    }
    const bool shown = !index.data(TranscriptModel::ReasoningShownRole).toBool();
    m_model->setReasoningShown(index.row(), shown);
    emit message(shown ? tr("Reasoning shown.") : tr("Reasoning hidden."), 2000);
}

void TranscriptController::findNext()
{
    const QString needle = m_search->text();
    const QModelIndex current = m_view->currentIndex();
    const int row = m_model->find(needle, current.isValid() ? current.row() : -1);
    if (row < 0) {
        emit message(tr("“%1” is not in the transcript.").arg(needle), 3000);
        return;
    }
    const QModelIndex idx = m_model->index(row);
    m_view->setCurrentIndex(idx);
    m_view->scrollTo(idx, QAbstractItemView::PositionAtCenter);
}

void TranscriptController::copySelection()
{
    QList<int> rows;
    const auto selected = m_view->selectionModel()->selectedIndexes();
    for (const QModelIndex &i : selected)
        rows.append(i.row());
    if (rows.isEmpty() && m_view->currentIndex().isValid())
        rows.append(m_view->currentIndex().row());
    if (rows.isEmpty())
        return;
    QGuiApplication::clipboard()->setText(m_model->markdownForRows(rows));
    emit message(tr("Copied %n speeches.", nullptr, int(rows.size())), 3000);
}

} // namespace rostrum::gui
