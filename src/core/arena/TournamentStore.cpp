#include "TournamentStore.h"

#include "store/Database.h"
#include "store/DebateStore.h"
#include "store/SqlRow.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>

namespace rostrum {

namespace {
QString iso(const QDateTime &t)
{
    return (t.isValid() ? t : QDateTime::currentDateTimeUtc()).toUTC().toString(Qt::ISODateWithMs);
}

bool upsertTournament(QSqlDatabase &db, const TournamentRecord &r, const QString &spec, qint64 pid)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("INSERT INTO tournaments (id, spec_json, status, stop_reason, created, updated, pid)"
                             " VALUES (?,?,?,?,?,?,?) ON CONFLICT(id) DO UPDATE SET spec_json=excluded.spec_json,"
                             " status=excluded.status, stop_reason=excluded.stop_reason, updated=excluded.updated,"
                             " pid=excluded.pid"));
    bindInOrder(q, r.id, spec, TournamentRecord::statusName(r.status), r.stopReason, iso(r.created),
                iso(QDateTime::currentDateTimeUtc()), pid);
    return q.exec();
}

// Rows of SELECT id, spec_json, status, stop_reason, created, updated, pid, cost.
TournamentRecord readTournament(const QSqlQuery &q)
{
    TournamentRecord r;
    r.id = q.value(0).toString();
    r.spec = TournamentSpec::fromJson(QJsonDocument::fromJson(q.value(1).toString().toUtf8()).object());
    r.status = TournamentRecord::statusFromName(q.value(2).toString());
    if (r.status == TournamentRecord::Status::Running && !DebateStore::processAlive(q.value(6).toLongLong()))
        r.status = TournamentRecord::Status::Interrupted;
    r.stopReason = q.value(3).toString();
    r.created = QDateTime::fromString(q.value(4).toString(), Qt::ISODateWithMs);
    r.updated = QDateTime::fromString(q.value(5).toString(), Qt::ISODateWithMs);
    r.costUsd = q.value(7).toDouble();
    return r;
}

const char *kSelectTournament =
    "SELECT t.id, t.spec_json, t.status, t.stop_reason, t.created, t.updated, t.pid,"
    " (SELECT COALESCE(SUM(d.cost_usd), 0) FROM tournament_debates s JOIN debates d ON d.id = s.debate_id"
    "  WHERE s.tournament_id = t.id) FROM tournaments t";
} // namespace

TournamentStore::TournamentStore(Database *db)
    : m_db(db)
{ }

void TournamentStore::create(const TournamentRecord &record, QObject *context, Done done)
{
    const QString spec = QString::fromUtf8(QJsonDocument(record.spec.toJson()).toJson(QJsonDocument::Compact));
    const qint64 pid = QCoreApplication::applicationPid();
    m_db->write(
        [=](QSqlDatabase &db) {
            if (!upsertTournament(db, record, spec, pid))
                return false;
            QSqlQuery q(db);
            q.prepare(QStringLiteral("INSERT OR REPLACE INTO tournament_debates (tournament_id, idx, motion_idx,"
                                     " pro_model, con_model, debate_id, status) VALUES (?,?,?,?,?,?,?)"));
            for (const TournamentEntry &e : record.debates) {
                bindInOrder(q, record.id, e.debate.index, e.debate.motion, e.debate.pro, e.debate.con,
                            e.debateId.isEmpty() ? QVariant() : QVariant(e.debateId),
                            TournamentEntry::statusName(e.status));
                if (!q.exec())
                    return false;
            }
            return true;
        },
        context, std::move(done));
}

void TournamentStore::saveTournament(const TournamentRecord &record, QObject *context, Done done)
{
    const QString spec = QString::fromUtf8(QJsonDocument(record.spec.toJson()).toJson(QJsonDocument::Compact));
    const qint64 pid = QCoreApplication::applicationPid();
    m_db->write([=](QSqlDatabase &db) { return upsertTournament(db, record, spec, pid); }, context, std::move(done));
}

void TournamentStore::assignDebate(const QString &tournamentId, int index, const QString &debateId, QObject *context,
                                   Done done)
{
    m_db->write(
        [=](QSqlDatabase &db) {
            QSqlQuery q(db);
            q.prepare(QStringLiteral("UPDATE tournament_debates SET debate_id = ?, status = 'running'"
                                     " WHERE tournament_id = ? AND idx = ?"));
            bindInOrder(q, debateId, tournamentId, index);
            return q.exec() && q.numRowsAffected() == 1;
        },
        context, std::move(done));
}

void TournamentStore::setDebateStatus(const QString &tournamentId, int index, TournamentEntry::Status status)
{
    const QString name = TournamentEntry::statusName(status);
    m_db->write([=](QSqlDatabase &db) {
        QSqlQuery q(db);
        q.prepare(QStringLiteral("UPDATE tournament_debates SET status = ? WHERE tournament_id = ? AND idx = ?"));
        bindInOrder(q, name, tournamentId, index);
        return q.exec();
    });
}

void TournamentStore::addBatchJob(const QString &tournamentId, const TournamentBatchJob &job, QObject *context,
                                  Done done)
{
    const QString now = iso(QDateTime::currentDateTimeUtc());
    const QString ids =
        QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(job.customIds)).toJson(QJsonDocument::Compact));
    m_db->write(
        [=](QSqlDatabase &db) {
            QSqlQuery q(db);
            q.prepare(QStringLiteral("INSERT OR IGNORE INTO tournament_batch_jobs (tournament_id, round, job_id,"
                                     " custom_ids, created) VALUES (?,?,?,?,?)"));
            bindInOrder(q, tournamentId, job.round, job.jobId, ids, now);
            return q.exec();
        },
        context, std::move(done));
}

std::optional<TournamentRecord> TournamentStore::load(const QString &id) const
{
    QSqlDatabase db = m_db->connection();
    // Each query of one tournament's rows, bound to its id; false when it cannot run.
    auto select = [&db, &id](QSqlQuery &q, const QString &sql) {
        q = QSqlQuery(db);
        q.prepare(sql);
        q.addBindValue(id);
        return q.exec();
    };
    QSqlQuery q, s, b;
    if (!select(q, QString::fromLatin1(kSelectTournament) + QStringLiteral(" WHERE t.id = ?")) || !q.next())
        return std::nullopt;
    TournamentRecord r = readTournament(q);
    if (!select(s,
                QStringLiteral("SELECT idx, motion_idx, pro_model, con_model, debate_id, status"
                               " FROM tournament_debates WHERE tournament_id = ? ORDER BY idx"))
        || !select(b,
                   QStringLiteral("SELECT round, job_id, custom_ids FROM tournament_batch_jobs WHERE tournament_id = ?"
                                  " ORDER BY round, created")))
        return std::nullopt;
    while (s.next()) {
        TournamentEntry e;
        readColumns(s, 0, e.debate.index, e.debate.motion, e.debate.pro, e.debate.con, e.debateId);
        e.status = TournamentEntry::statusFromName(s.value(5).toString());
        r.debates << e;
    }
    while (b.next()) {
        TournamentBatchJob j;
        readColumns(b, 0, j.round, j.jobId);
        for (const QJsonValue &v : QJsonDocument::fromJson(b.value(2).toString().toUtf8()).array())
            j.customIds << v.toString();
        r.batchJobs << j;
    }
    return r;
}

QList<TournamentRecord> TournamentStore::list() const
{
    QSqlQuery q(m_db->connection());
    QList<TournamentRecord> out;
    if (!q.exec(QString::fromLatin1(kSelectTournament) + QStringLiteral(" ORDER BY t.created, t.rowid")))
        return out;
    while (q.next())
        out << readTournament(q);
    return out;
}

QString TournamentStore::latestId() const
{
    QSqlQuery q(m_db->connection());
    if (q.exec(QStringLiteral("SELECT id FROM tournaments ORDER BY created DESC, rowid DESC LIMIT 1")) && q.next())
        return q.value(0).toString();
    return {};
}

QString TournamentStore::resolveId(const QString &idOrPrefix) const
{
    if (idOrPrefix.isEmpty())
        return {};
    QSqlQuery q(m_db->connection());
    q.prepare(QStringLiteral("SELECT id FROM tournaments WHERE substr(id, 1, ?) = ? LIMIT 2"));
    bindInOrder(q, int(idOrPrefix.size()), idOrPrefix);
    if (!q.exec() || !q.next())
        return {};
    const QString id = q.value(0).toString();
    return q.next() ? QString() : id;
}

QString TournamentStore::tournamentOf(const QString &debateId) const
{
    QSqlQuery q(m_db->connection());
    q.prepare(QStringLiteral("SELECT tournament_id FROM tournament_debates WHERE debate_id = ? LIMIT 1"));
    q.addBindValue(debateId);
    if (q.exec() && q.next())
        return q.value(0).toString();
    return {};
}

} // namespace rostrum
