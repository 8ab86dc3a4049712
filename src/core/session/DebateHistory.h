#pragma once

#include "debate/DebateRecord.h"
#include "store/DebateStore.h"

#include <QObject>
#include <QSqlDatabase>

#include <functional>
#include <optional>

namespace rostrum {

class Database;

// The saved debates, read off the calling (GUI) thread: every query runs on the Database's
// worker thread (Database::read) and answers on the Database's thread, unless context is gone.
class DebateHistory : public QObject
{
    Q_OBJECT
public:
    explicit DebateHistory(Database *db, QObject *parent = nullptr);

    using ListDone = std::function<void(const QList<DebateSummary> &debates)>;
    using SearchDone = std::function<void(const QString &text, const QStringList &ids)>;
    using LoadDone = std::function<void(const std::optional<DebateRecord> &debate)>;

    // Every saved debate, oldest first (DebateStore::list).
    void list(QObject *context, ListDone done);
    // The ids of the debates whose motion or any speech contains text (case-insensitive for
    // ASCII letters, as SQLite's LIKE; % and _ in text are literal). done gets text back so a
    // caller typing fast can drop answers to older queries.
    void search(const QString &text, QObject *context, SearchDone done);
    // One debate with all its speeches (DebateStore::load).
    void load(const QString &id, QObject *context, LoadDone done);

    // The same search on the given connection (the worker uses it; tests and benchmarks too).
    static QStringList searchIds(QSqlDatabase db, const QString &text);

private:
    Database *m_db;
};

} // namespace rostrum
