#pragma once

#include "debate/DebateRecord.h"

#include <QObject>
#include <QSet>

class QAction;
class QLineEdit;
class QListView;
class QPersistentModelIndex;
class QPushButton;

namespace rostrum::gui {

class TranscriptDelegate;
class TranscriptModel;
struct SpeechRow;

// The transcript view of the window: its model and delegate, following the newest text while the
// reader is at the bottom, the search field's highlight and Find Next, Copy as Markdown, and a
// whole debate put on screen at once.
class TranscriptController : public QObject
{
    Q_OBJECT
public:
    // view and search: the window's transcript list and its search field (not owned).
    TranscriptController(QListView *view, QLineEdit *search, QObject *parent = nullptr);

    TranscriptModel *model() const { return m_model; }

    struct Shown
    {
        qint64 tokens = 0; // prompt and completion tokens of the speeches (a fork's own ones)
        QSet<int> citedLines; // the code lines the speeches cite
    };
    // Replaces the transcript with record's speeches, and its verdict card when it has a verdict.
    Shown show(const DebateRecord &record);
    // Puts a card (verdict, rematch) after the speeches, replacing the card with the same id. Returns its row.
    int showCard(const SpeechRow &card);
    // Tells assistive technology that the card at row is new (an alert on its row) and makes it current.
    void announce(int row);
    // The button inside the row's card (reasoning toggle or card action); null when it has none.
    QPushButton *rowButton(int row) const;

    // An action on one speech: offered by the transcript's context menu (for the speech under the pointer,
    // which becomes the current one) and acting on the current speech (its shortcut, a menu).
    void addSpeechAction(QAction *action);
    // The transcript index of the current speech (its SpeechIdRole), or -1 without one.
    int currentSpeech() const;

public slots:
    // Selects the next speech containing the search text; message when there is none.
    void findNext();
    // Copies the selected speeches (or the current one) as Markdown; message says how many.
    void copySelection();

signals:
    // The current speech changed (the speech actions may enable).
    void currentSpeechChanged(int index);
    // A citation in a speech was clicked: the code pane shows that line.
    void citationActivated(int line);
    void message(const QString &text, int timeoutMs);
    // A card's button was pressed: cardId is the card row's id (VerdictCard::kVerdictId, kRematchId).
    void cardActionTriggered(const QString &cardId);

protected:
    // The speech actions' context menu, for the mouse and the keyboard alike.
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    // Gives every row that needs one its button (an index widget placed by the delegate), in rows first..last.
    void syncButtons(int first, int last);
    void orderButtons();
    void onRowButton(const QPersistentModelIndex &index);

    QListView *m_view;
    QLineEdit *m_search;
    TranscriptModel *m_model;
    TranscriptDelegate *m_delegate;
    QList<QAction *> m_speechActions;
};

} // namespace rostrum::gui
