#pragma once

#include "debate/DebateRecord.h"

#include <QObject>
#include <QSet>

class QLineEdit;
class QListView;

namespace rostrum::gui {

class TranscriptDelegate;
class TranscriptModel;

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
        qint64 tokens = 0; // prompt and completion tokens of all speeches
        QSet<int> citedLines; // the code lines the speeches cite
    };
    // Replaces the transcript with record's speeches.
    Shown show(const DebateRecord &record);

public slots:
    // Selects the next speech containing the search text; message when there is none.
    void findNext();
    // Copies the selected speeches (or the current one) as Markdown; message says how many.
    void copySelection();

signals:
    // A citation in a speech was clicked: the code pane shows that line.
    void citationActivated(int line);
    void message(const QString &text, int timeoutMs);

private:
    QListView *m_view;
    QLineEdit *m_search;
    TranscriptModel *m_model;
    TranscriptDelegate *m_delegate;
};

} // namespace rostrum::gui
