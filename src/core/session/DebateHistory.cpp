#include "DebateHistory.h"

#include "store/Database.h"

#include <QSqlQuery>

#include <memory>

namespace rostrum {

DebateHistory::DebateHistory(Database *db, QObject *parent)
    : QObject(parent)
    , m_db(db)
{ }

// The results travel in a shared holder rather than a QVariant: the reader fills it on the worker
// thread, and the queued answer that follows hands it to done on this thread.
void DebateHistory::list(QObject *context, ListDone done)
{
    auto out = std::make_shared<QList<DebateSummary>>();
    Database *db = m_db;
    m_db->read(
        [db, out](QSqlDatabase &) {
            *out = DebateStore(db).list();
            return QVariant();
        },
        context, [out, done = std::move(done)](const QVariant &) { done(*out); });
}

void DebateHistory::search(const QString &text, QObject *context, SearchDone done)
{
    auto out = std::make_shared<QStringList>();
    m_db->read(
        [text, out](QSqlDatabase &db) {
            *out = searchIds(db, text);
            return QVariant();
        },
        context, [text, out, done = std::move(done)](const QVariant &) { done(text, *out); });
}

void DebateHistory::load(const QString &id, QObject *context, LoadDone done)
{
    auto out = std::make_shared<std::optional<DebateRecord>>();
    Database *db = m_db;
    m_db->read(
        [db, id, out](QSqlDatabase &) {
            *out = DebateStore(db).load(id);
            return QVariant();
        },
        context, [out, done = std::move(done)](const QVariant &) { done(*out); });
}

QStringList DebateHistory::searchIds(QSqlDatabase db, const QString &text)
{
    QStringList ids;
    const QString needle = text.trimmed();
    if (needle.isEmpty())
        return ids;
    QString escaped = needle;
    escaped.replace(QLatin1Char('\\'), QStringLiteral("\\\\"))
        .replace(QLatin1Char('%'), QStringLiteral("\\%"))
        .replace(QLatin1Char('_'), QStringLiteral("\\_"));
    const QString pattern = QLatin1Char('%') + escaped + QLatin1Char('%');
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT d.id FROM debates d WHERE d.motion LIKE ? ESCAPE '\\'"
                             " OR EXISTS (SELECT 1 FROM speeches s WHERE s.debate_id = d.id"
                             "            AND s.text LIKE ? ESCAPE '\\')"
                             " ORDER BY d.created"));
    q.addBindValue(pattern);
    q.addBindValue(pattern);
    if (!q.exec())
        return ids;
    while (q.next())
        ids << q.value(0).toString();
    return ids;
}

} // namespace rostrum
