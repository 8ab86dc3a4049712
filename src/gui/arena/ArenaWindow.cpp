#include "arena/ArenaWindow.h"

#include "arena/ArenaMatrixModel.h"
#include "arena/ArenaRatingChart.h"
#include "arena/TournamentStore.h"
#include "store/DebateStore.h"

#include <QAction>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTableView>
#include <QTableWidget>
#include <QTabWidget>
#include <QVBoxLayout>

namespace rostrum::gui {

namespace {

// stretch: the column that takes the width left over (the model's or the motion's name).
QTableWidget *makeTable(const QStringList &headers, const QString &name, int stretch, QWidget *parent)
{
    auto *table = new QTableWidget(0, int(headers.size()), parent);
    table->setHorizontalHeaderLabels(headers);
    table->setAccessibleName(name);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    table->verticalHeader()->hide();
    table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    table->horizontalHeader()->setSectionResizeMode(stretch, QHeaderView::Stretch);
    table->setTabKeyNavigation(false); // Tab leaves the table; the arrows move inside it
    return table;
}

void setCell(QTableWidget *table, int row, int column, const QString &text, Qt::Alignment align = Qt::AlignLeft)
{
    auto *item = new QTableWidgetItem(text);
    item->setTextAlignment(align | Qt::AlignVCenter);
    table->setItem(row, column, item);
}

QString percent(std::optional<double> share)
{
    if (!share)
        return ArenaWindow::tr("n/a");
    return ArenaWindow::tr("%1%").arg(QLocale().toString(*share * 100, 'f', 0));
}

QString record(const GameTally::Record &r)
{
    return ArenaWindow::tr("%1–%2–%3").arg(r.wins).arg(r.losses).arg(r.ties);
}

QString entryStatus(TournamentEntry::Status status)
{
    switch (status) {
    case TournamentEntry::Status::Pending:
        return ArenaWindow::tr("pending");
    case TournamentEntry::Status::Running:
        return ArenaWindow::tr("running");
    case TournamentEntry::Status::Finished:
        return ArenaWindow::tr("finished");
    case TournamentEntry::Status::Stopped:
        return ArenaWindow::tr("stopped");
    }
    return {};
}

QString tournamentStatus(TournamentRecord::Status status)
{
    switch (status) {
    case TournamentRecord::Status::Running:
        return ArenaWindow::tr("Running");
    case TournamentRecord::Status::Finished:
        return ArenaWindow::tr("Finished");
    case TournamentRecord::Status::Interrupted:
        return ArenaWindow::tr("Interrupted");
    case TournamentRecord::Status::Stopped:
        return ArenaWindow::tr("Stopped");
    }
    return {};
}

QList<DebateRecord> finishedDebates(const TournamentRecord &record, const DebateStore &store)
{
    QList<DebateRecord> out;
    for (const TournamentEntry &e : record.debates) {
        if (e.status != TournamentEntry::Status::Finished || e.debateId.isEmpty())
            continue;
        if (std::optional<DebateRecord> d = store.load(e.debateId))
            out << *d;
    }
    return out;
}

} // namespace

ArenaWindow::ArenaWindow(QWidget *parent)
    : QWidget(parent)
{
    setWindowTitle(tr("Arena"));
    setAccessibleName(tr("Arena"));
    auto *top = new QHBoxLayout;
    auto *pickerLabel = new QLabel(tr("&Tournament:"), this);
    m_picker = new QComboBox(this);
    m_picker->setAccessibleName(tr("Tournament"));
    m_picker->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    pickerLabel->setBuddy(m_picker);
    auto *refreshButton = new QPushButton(tr("&Refresh"), this);
    refreshButton->setAccessibleName(tr("Refresh"));
    refreshButton->setToolTip(tr("Read the tournament again from the database (F5)"));
    top->addWidget(pickerLabel);
    top->addWidget(m_picker, 1);
    top->addWidget(refreshButton);
    m_summary = new QLabel(this);
    m_summary->setAccessibleName(tr("Tournament summary"));
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_summary->setWordWrap(true);
    m_tabs = new QTabWidget(this);
    m_tabs->setAccessibleName(tr("Arena views"));
    m_tabs->addTab(buildLeaderboardTab(), tr("&Leaderboard"));
    m_matrix = new ArenaMatrixModel(this);
    m_matrixView = new QTableView(this);
    m_matrixView->setModel(m_matrix);
    m_matrixView->setAccessibleName(tr("Head-to-head matrix"));
    m_matrixView->setToolTip(tr("Each cell: the row model's wins, losses and ties against the column model"));
    m_matrixView->setTabKeyNavigation(false);
    m_matrixView->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_tabs->addTab(m_matrixView, tr("&Head to head"));
    m_tabs->addTab(buildJudgesTab(), tr("&Judges"));
    m_tabs->addTab(buildDebatesTab(), tr("&Debates"));
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_summary);
    layout->addWidget(m_tabs, 1);

    auto *refreshAction = new QAction(tr("Refresh"), this);
    refreshAction->setShortcut(QKeySequence::Refresh);
    addAction(refreshAction);
    connect(refreshAction, &QAction::triggered, this, &ArenaWindow::refresh);
    connect(refreshButton, &QPushButton::clicked, this, &ArenaWindow::refresh);
    connect(m_picker, &QComboBox::activated, this, [this](int index) { load(m_picker->itemData(index).toString()); });
    resize(900, 640);
    setDatabase(nullptr);
}

QWidget *ArenaWindow::buildLeaderboardTab()
{
    auto *page = new QWidget(this);
    m_chart = new ArenaRatingChart(page);
    m_chart->setAccessibleName(tr("Ratings chart"));
    m_chart->setAccessibleDescription(tr("Each model's rating as a dot and its 95% interval as a bar"));
    m_board = makeTable({tr("Rank"), tr("Model"), tr("Rating"), tr("95% interval"), tr("Won–lost–tied"), tr("Games")},
                        tr("Leaderboard"), 1, page);
    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_chart, 3);
    layout->addWidget(m_board, 2);
    return page;
}

QWidget *ArenaWindow::buildJudgesTab()
{
    auto *page = new QWidget(this);
    m_kappa = new QLabel(page);
    m_kappa->setAccessibleName(tr("Agreement between the judges"));
    m_kappa->setContentsMargins(4, 4, 4, 4);
    m_judges = makeTable({tr("Judge"), tr("Verdicts"), tr("First-position win rate"), tr("Flip rate"),
                          tr("Agreement with the majority")},
                         tr("Judges"), 0, page);
    m_judges->setToolTip(tr("First-position win rate: how often the side read first won (50% is fair). "
                            "Flip rate: how often swapping the order changed the winner."));
    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_kappa);
    layout->addWidget(m_judges, 1);
    return page;
}

QWidget *ArenaWindow::buildDebatesTab()
{
    m_debates =
        makeTable({tr("#"), tr("Pro"), tr("Con"), tr("Motion"), tr("Status")}, tr("Tournament debates"), 3, this);
    m_debates->setToolTip(tr("Double-click or press Enter to open a debate in the main window"));
    connect(m_debates, &QTableWidget::cellActivated, this, [this](int row, int) { activateRow(row); });
    return m_debates;
}

void ArenaWindow::setDatabase(Database *db)
{
    m_db = db;
    refresh();
}

void ArenaWindow::refresh()
{
    const QString current = currentTournament();
    reloadList();
    const int index = m_picker->findData(current);
    m_picker->setCurrentIndex(index >= 0 ? index : 0);
    load(currentTournament());
}

void ArenaWindow::showTournament(const QString &id)
{
    const int index = m_picker->findData(id);
    if (index < 0)
        return;
    m_picker->setCurrentIndex(index);
    load(id);
}

QString ArenaWindow::currentTournament() const
{
    return m_picker->currentData().toString();
}

void ArenaWindow::reloadList()
{
    m_picker->clear();
    if (!m_db)
        return;
    QList<TournamentRecord> all = TournamentStore(m_db).list();
    std::sort(all.begin(), all.end(),
              [](const TournamentRecord &a, const TournamentRecord &b) { return a.created > b.created; });
    const QLocale locale;
    for (const TournamentRecord &r : std::as_const(all)) {
        const QString label = tr("%1 — %2 models, %3 debates (%4)")
                                  .arg(locale.toString(r.created.toLocalTime(), QLocale::ShortFormat))
                                  .arg(r.spec.models.size())
                                  .arg(r.spec.schedule().size()) // the list leaves the debates out
                                  .arg(r.id.left(8));
        m_picker->addItem(label, r.id);
    }
}

void ArenaWindow::load(const QString &id)
{
    std::optional<TournamentRecord> record;
    if (m_db && !id.isEmpty())
        record = TournamentStore(m_db).load(id);
    if (!record) {
        m_result = {};
        m_summary->setText(m_db ? tr("No tournament saved yet. Run one with “rostrum-cli tournament”.")
                                : tr("The database is not open."));
        fillLeaderboard();
        fillJudges();
        fillDebates({});
        return;
    }
    m_result = TournamentRatings::rate(*record, finishedDebates(*record, DebateStore(m_db)));
    showSummary(*record);
    fillLeaderboard();
    fillJudges();
    fillDebates(*record);
}

void ArenaWindow::showSummary(const TournamentRecord &record)
{
    const QLocale locale;
    QString text = tr("%1 — %2 of %3 debates finished, %4 games rated. Cost: $%5")
                       .arg(tournamentStatus(record.status))
                       .arg(record.finishedDebates())
                       .arg(record.debates.size())
                       .arg(m_result.games.size())
                       .arg(locale.toString(record.costUsd, 'f', 4));
    if (record.spec.budgetUsd)
        text += tr(" of a $%1 budget").arg(locale.toString(*record.spec.budgetUsd, 'f', 2));
    if (!record.stopReason.isEmpty())
        text += tr(". Stopped: %1").arg(record.stopReason);
    m_summary->setText(text);
}

void ArenaWindow::fillLeaderboard()
{
    const Leaderboard &board = m_result.board;
    m_chart->setLeaderboard(board);
    m_board->setRowCount(int(board.entries.size()));
    for (int i = 0; i < board.entries.size(); ++i) {
        const Leaderboard::Entry &e = board.entries.at(i);
        setCell(m_board, i, 0, QString::number(i + 1), Qt::AlignRight);
        setCell(m_board, i, 1, e.model);
        setCell(m_board, i, 2, QString::number(qRound(e.rating)), Qt::AlignRight);
        setCell(m_board, i, 3, tr("%1 – %2").arg(qRound(e.ciLow)).arg(qRound(e.ciHigh)), Qt::AlignCenter);
        setCell(m_board, i, 4, record(e.overall), Qt::AlignCenter);
        setCell(m_board, i, 5, QString::number(e.overall.games()), Qt::AlignRight);
    }
    m_matrix->setTally(board.tally);
}

void ArenaWindow::fillJudges()
{
    const JudgeStats &stats = m_result.judges;
    m_kappa->setText(
        stats.fleissKappa
            ? tr("Fleiss' κ (agreement between the judges): %1").arg(QLocale().toString(*stats.fleissKappa, 'f', 2))
            : tr("Fleiss' κ: n/a (needs at least two judges on the same debates)"));
    m_judges->setRowCount(int(stats.judges.size()));
    for (int i = 0; i < stats.judges.size(); ++i) {
        const JudgeStats::Judge &j = stats.judges.at(i);
        setCell(m_judges, i, 0, j.model);
        setCell(m_judges, i, 1, QString::number(j.verdicts), Qt::AlignRight);
        setCell(m_judges, i, 2, percent(j.firstPositionWinRate()), Qt::AlignRight);
        setCell(m_judges, i, 3, percent(j.flipRate()), Qt::AlignRight);
        setCell(m_judges, i, 4, percent(j.agreementWithMajority()), Qt::AlignRight);
    }
}

void ArenaWindow::fillDebates(const TournamentRecord &record)
{
    m_debates->setRowCount(int(record.debates.size()));
    for (int i = 0; i < record.debates.size(); ++i) {
        const TournamentEntry &e = record.debates.at(i);
        const int motion = e.debate.motion;
        setCell(m_debates, i, 0, QString::number(e.debate.index + 1), Qt::AlignRight);
        m_debates->item(i, 0)->setData(Qt::UserRole, e.debateId);
        setCell(m_debates, i, 1, e.debate.pro);
        setCell(m_debates, i, 2, e.debate.con);
        setCell(m_debates, i, 3,
                motion >= 0 && motion < record.spec.motions.size() ? record.spec.motions.at(motion).text : QString());
        setCell(m_debates, i, 4, entryStatus(e.status));
    }
}

void ArenaWindow::activateRow(int row)
{
    const QTableWidgetItem *item = m_debates->item(row, 0);
    const QString id = item ? item->data(Qt::UserRole).toString() : QString();
    if (!id.isEmpty())
        emit debateActivated(id);
}

} // namespace rostrum::gui
