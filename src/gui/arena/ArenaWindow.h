#pragma once

#include "arena/TournamentRatings.h"
#include "arena/TournamentRecord.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QTableView;
class QTableWidget;
class QTabWidget;

namespace rostrum {
class Database;
}

namespace rostrum::gui {

class ArenaMatrixModel;
class ArenaRatingChart;

// A saved tournament at a glance: the leaderboard (chart with the 95% intervals and a table),
// the head-to-head matrix, the judges' figures, cost and progress, and the list of its debates
// (double-click or Enter asks the main window to open one). Reads the database on the GUI thread:
// a tournament is a few dozen rows and the user asked for it.
class ArenaWindow : public QWidget
{
    Q_OBJECT
public:
    explicit ArenaWindow(QWidget *parent = nullptr);

    // The database to read (not owned; null shows the empty state). Loads the tournament list.
    void setDatabase(Database *db);
    // Reloads the list of tournaments and the one shown (F5).
    void refresh();
    // Shows the tournament with this id (it must be in the combo).
    void showTournament(const QString &id);
    QString currentTournament() const;

    ArenaRatingChart *chart() const { return m_chart; }
    QTableWidget *leaderboardTable() const { return m_board; }
    QTableView *matrixView() const { return m_matrixView; }
    ArenaMatrixModel *matrixModel() const { return m_matrix; }
    QTableWidget *judgesTable() const { return m_judges; }
    QTableWidget *debatesTable() const { return m_debates; }
    const TournamentRatings::Result &result() const { return m_result; }

signals:
    void debateActivated(const QString &debateId);

private:
    QWidget *buildLeaderboardTab();
    QWidget *buildJudgesTab();
    QWidget *buildDebatesTab();
    void reloadList();
    void load(const QString &id);
    void showSummary(const TournamentRecord &record);
    void fillLeaderboard();
    void fillJudges();
    void fillDebates(const TournamentRecord &record);
    void activateRow(int row);

    Database *m_db = nullptr;
    QComboBox *m_picker = nullptr;
    QLabel *m_summary = nullptr;
    QTabWidget *m_tabs = nullptr;
    ArenaRatingChart *m_chart = nullptr;
    QTableWidget *m_board = nullptr;
    ArenaMatrixModel *m_matrix = nullptr;
    QTableView *m_matrixView = nullptr;
    QLabel *m_kappa = nullptr;
    QTableWidget *m_judges = nullptr;
    QTableWidget *m_debates = nullptr;
    TournamentRatings::Result m_result;
};

} // namespace rostrum::gui
