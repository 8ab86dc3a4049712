#include "HistoryController.h"

#include "clock/Clock.h"
#include "session/DebateHistory.h"
#include "SessionFilterModel.h"
#include "SessionListModel.h"
#include "SessionRowFactory.h"

#include <QEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListView>

namespace rostrum::gui {

HistoryController::HistoryController(QListView *list, QLineEdit *searchField, QObject *parent)
    : QObject(parent)
    , m_list(list)
    , m_search(searchField)
    , m_sessions(new SessionListModel(this))
    , m_filter(new SessionFilterModel(this))
{
    m_filter->setSourceModel(m_sessions);
    m_list->setModel(m_filter);
    m_list->setTextElideMode(Qt::ElideRight);
    m_list->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_list->setUniformItemSizes(true);

    connect(m_search, &QLineEdit::textChanged, this, [this](const QString &text) {
        // The motion and this window's text filter at once; the database search waits for a pause in typing.
        m_filter->setText(text);
        if (m_searchTimer)
            Clock::system()->cancel(m_searchTimer);
        m_searchTimer = Clock::system()->callLater(200, this, [this] {
            m_searchTimer = 0;
            search();
        });
    });
    const auto open = [this](const QModelIndex &index) {
        emit openRequested(index.data(SessionListModel::SessionIdRole).toString());
    };
    connect(m_list, &QAbstractItemView::activated, this, open);
    connect(m_list, &QAbstractItemView::clicked, this, open);
    // Until the history has been read (after the first frame, off the GUI thread).
    m_placeholder = new QLabel(tr("Loading saved debates…"), m_list->viewport());
    m_placeholder->setObjectName(QStringLiteral("historyPlaceholder"));
    m_placeholder->setAlignment(Qt::AlignHCenter | Qt::AlignTop);
    m_placeholder->setForegroundRole(QPalette::PlaceholderText);
    m_placeholder->setContentsMargins(6, 12, 6, 6);
    m_placeholder->setWordWrap(true);
    m_placeholder->setGeometry(m_list->viewport()->rect());
    m_list->viewport()->installEventFilter(this);
    connect(this, &HistoryController::loaded, m_placeholder, &QWidget::hide);
}

HistoryController::~HistoryController()
{
    if (m_searchTimer)
        Clock::system()->cancel(m_searchTimer);
}

bool HistoryController::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::Resize && watched == m_list->viewport())
        m_placeholder->setGeometry(m_list->viewport()->rect());
    return QObject::eventFilter(watched, event);
}

void HistoryController::open(Database *db)
{
    if (!db) {
        m_placeholder->hide();
        return;
    }
    m_history = new DebateHistory(db, this);
    reload();
}

void HistoryController::reload()
{
    if (!m_history)
        return;
    m_history->list(this, [this](const QList<DebateSummary> &saved) {
        QList<SessionRow> rows;
        rows.reserve(saved.size());
        for (const DebateSummary &d : saved)
            rows.append(SessionRowFactory::sessionRow(d));
        // What this window holds in memory (the debate on screen, with its text) stays as it is.
        for (int i = 0; i < m_sessions->rowCount(); ++i) {
            const SessionRow &mine = m_sessions->session(i);
            const auto it =
                std::find_if(rows.begin(), rows.end(), [&mine](const SessionRow &r) { return r.id == mine.id; });
            if (it == rows.end())
                rows.append(mine);
            else if (!mine.fullText.isEmpty())
                it->fullText = mine.fullText;
        }
        const int count = int(saved.size());
        m_sessions->setSessions(std::move(rows));
        emit loaded(count);
    });
}

void HistoryController::search()
{
    const QString text = m_search->text().trimmed();
    if (!m_history || text.isEmpty())
        return;
    m_history->search(text, this, [this](const QString &asked, const QStringList &ids) {
        m_filter->setMatchingIds(asked, ids);
        emit searched(asked, int(ids.size()));
    });
}

void HistoryController::load(const QString &id)
{
    if (!m_history)
        return;
    ++m_loading;
    m_history->load(id, this, [this, id](const std::optional<DebateRecord> &record) {
        --m_loading;
        if (record)
            emit debateLoaded(id, *record);
        else
            emit debateMissing(id);
    });
}

} // namespace rostrum::gui
