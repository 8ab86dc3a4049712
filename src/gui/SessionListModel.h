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
};

// Saved debates, newest first. Search goes through a QSortFilterProxyModel on SearchTextRole.
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
    QList<SessionRow> m_rows;
};

} // namespace rostrum::gui
