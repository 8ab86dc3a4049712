#pragma once

#include "debate/DebateRecord.h"

#include <QObject>

class QLabel;
class QLineEdit;
class QListView;

namespace rostrum {
class Database;
class DebateHistory;
} // namespace rostrum

namespace rostrum::gui {

class SessionFilterModel;
class SessionListModel;

// The session list's side of the window: reads the saved debates from the database (off the GUI
// thread, after the first frame), merges them with what the window holds in memory, filters them
// as the user types and asks the database for words spoken in them after a pause in typing.
// Until the history is in, the list says it is loading.
class HistoryController : public QObject
{
    Q_OBJECT
public:
    // list and search: the window's session list and its search field (not owned).
    HistoryController(QListView *list, QLineEdit *search, QObject *parent = nullptr);
    ~HistoryController() override;

    SessionListModel *sessions() const { return m_sessions; }
    // Null until open() with a database.
    DebateHistory *history() const { return m_history; }

    // Starts reading from db; without one (it could not be opened) the list just stops saying it is loading.
    void open(Database *db);
    // Reloads the list from the database; loaded follows.
    void reload();
    // Loads a saved debate with its speeches off the GUI thread; debateLoaded or debateMissing follows.
    void load(const QString &id);
    bool isLoading() const { return m_loading > 0; }

signals:
    void loaded(int count);
    // The database search for the list's search text has answered.
    void searched(const QString &text, int matches);
    // The user picked a debate in the list.
    void openRequested(const QString &id);
    void debateLoaded(const QString &id, const rostrum::DebateRecord &record);
    void debateMissing(const QString &id);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void search();

    QListView *m_list;
    QLineEdit *m_search;
    SessionListModel *m_sessions;
    SessionFilterModel *m_filter;
    QLabel *m_placeholder;
    DebateHistory *m_history = nullptr;
    quint64 m_searchTimer = 0;
    int m_loading = 0;
};

} // namespace rostrum::gui
