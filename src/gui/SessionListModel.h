#pragma once

#include <QAbstractListModel>
#include <QDateTime>

namespace rostrum::gui {

// One saved debate as the session list shows it (filled from the debate store's summaries).
struct SessionRow
{
    QString id;
    QString motion;
    QString language;
    QString format;
    QString status; // "running", "finished", "stopped", "failed"
    QDateTime createdAt;
    int speechCount = 0;
    double costUsd = 0.0;
    bool isCode = false;
    QString fullText; // the transcript's text, so the search box finds words spoken in the debate
    QString forkOf; // a fork: the debate it continues, listed under it
    int forkAt = 0; // entries shared with that debate
    int depth = 0; // set by the model: 0 for a debate of its own, 1 for a fork, 2 for a fork of a fork...
};

// Saved debates, newest first, each fork right under the debate it continues (newest fork first), indented and
// named as a fork so the list reads as a thread to the eye and to a screen reader. A fork whose parent is not
// listed stands on its own. Search goes through a QSortFilterProxyModel on SearchTextRole.
class SessionListModel : public QAbstractListModel
{
    Q_OBJECT
public:
    enum Role {
        SessionIdRole = Qt::UserRole + 1,
        MotionRole,
        LanguageRole,
        StatusRole,
        CreatedAtRole,
        SpeechCountRole,
        CostRole,
        SearchTextRole,
        ForkOfRole, // the parent's id, empty for a debate of its own
        DepthRole,
    };

    using QAbstractListModel::QAbstractListModel;

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

    void setSessions(QList<SessionRow> sessions);
    // Inserts or updates (by id) and keeps the list sorted newest first.
    void upsert(const SessionRow &session);
    void remove(const QString &id);
    int rowForId(const QString &id) const;
    const SessionRow &session(int row) const { return m_rows.at(row); }

private:
    static QList<SessionRow> threaded(QList<SessionRow> rows);
    QString forkLabel(const SessionRow &s) const;

    QList<SessionRow> m_rows;
};

} // namespace rostrum::gui
