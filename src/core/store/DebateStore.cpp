#include "DebateStore.h"

#include "store/Database.h"
#include "store/SqlRow.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>

#ifdef Q_OS_UNIX
#include <cerrno>
#include <csignal>
#endif

namespace rostrum {

namespace {
QString iso(const QDateTime &t)
{
    return (t.isValid() ? t : QDateTime::currentDateTimeUtc()).toUTC().toString(Qt::ISODateWithMs);
}

QString compact(const QJsonValue &v)
{
    if (v.isObject())
        return QString::fromUtf8(QJsonDocument(v.toObject()).toJson(QJsonDocument::Compact));
    if (v.isArray())
        return QString::fromUtf8(QJsonDocument(v.toArray()).toJson(QJsonDocument::Compact));
    return {};
}

QJsonObject objectFrom(const QString &text)
{
    return QJsonDocument::fromJson(text.toUtf8()).object();
}
} // namespace

DebateStore::DebateStore(Database *db)
    : m_db(db)
{ }

bool DebateStore::processAlive(qint64 pid)
{
    if (pid <= 0)
        return false;
    if (pid == QCoreApplication::applicationPid())
        return true;
#ifdef Q_OS_UNIX
    // Signal 0 checks existence without sending anything; EPERM means it exists under another user.
    return ::kill(pid_t(pid), 0) == 0 || errno == EPERM;
#else
    return true; // elsewhere, trust the stored status
#endif
}

void DebateStore::saveDebate(const DebateRecord &d)
{
    QJsonObject extra {{QStringLiteral("verdict"), d.verdict ? QJsonValue(d.verdict->toJson()) : QJsonValue()}};
    const QJsonObject full = d.toJson();
    if (full.contains(QLatin1String("audience_vote")))
        extra.insert(QStringLiteral("audience_vote"), full.value(QLatin1String("audience_vote")));
    if (d.panel)
        extra.insert(QStringLiteral("panel"), d.panel->toJson());
    if (!d.judged.isEmpty())
        extra.insert(QStringLiteral("judged"), d.judged.toJson());
    if (!d.stopReason.isEmpty())
        extra.insert(QStringLiteral("stop_reason"), d.stopReason);
    if (!d.rematchOf.isEmpty())
        extra.insert(QStringLiteral("rematch_of"), d.rematchOf);
    if (!d.forkOf.isEmpty()) {
        extra.insert(QStringLiteral("fork_of"), d.forkOf);
        extra.insert(QStringLiteral("fork_at"), d.forkAt);
    }
    const QString spec = compact(d.spec.toJson());
    const QString extraText = compact(extra);
    const QString created = iso(d.created);
    const QString now = iso(QDateTime::currentDateTimeUtc());
    const qint64 pid = QCoreApplication::applicationPid();
    const DebateRecord record = d;
    m_db->write([=](QSqlDatabase &db) {
        QSqlQuery q(db);
        q.prepare(QStringLiteral(
            "INSERT INTO debates (id, motion, language, format, status, spec_json, verdict_json, cost_usd, created,"
            " updated, pid, heartbeat) VALUES (?,?,?,?,?,?,?,?,?,?,?,?)"
            " ON CONFLICT(id) DO UPDATE SET motion=excluded.motion, language=excluded.language,"
            " format=excluded.format, status=excluded.status, spec_json=excluded.spec_json,"
            " verdict_json=excluded.verdict_json, cost_usd=excluded.cost_usd, updated=excluded.updated,"
            " pid=excluded.pid, heartbeat=excluded.heartbeat"));
        bindInOrder(q, record.id, record.spec.motion, record.spec.language, record.spec.format,
                    DebateRecord::statusName(record.status), spec, extraText, record.costUsd, created, now, pid, now);
        if (!q.exec())
            return false;
        QSqlQuery p(db);
        p.prepare(QStringLiteral("INSERT OR REPLACE INTO participants (debate_id, idx, name, side, persona, model,"
                                 " language) VALUES (?,?,?,?,?,?,?)"));
        for (int i = 0; i < record.spec.debaters.size(); ++i) {
            const Debater &b = record.spec.debaters.at(i);
            bindInOrder(p, record.id, i, b.name.isEmpty() ? b.side : b.name, b.side, b.persona,
                        b.human ? QString() : b.model, record.spec.languageOf(i));
            if (!p.exec())
                return false;
        }
        return true;
    });
}

void DebateStore::saveSpeech(const QString &debateId, const Speech &s)
{
    QJsonArray cites;
    for (const Citation &c : s.citations)
        cites.append(c.toJson());
    // Fields without a column ride along with the citations.
    const QJsonObject detail {{QStringLiteral("citations"), cites},
                              {QStringLiteral("turn"), s.turn},
                              {QStringLiteral("debater"), s.debater},
                              {QStringLiteral("round"), s.round},
                              {QStringLiteral("human"), s.human},
                              {QStringLiteral("error"), s.error},
                              {QStringLiteral("finish_reason"), s.finishReason},
                              {QStringLiteral("attempts"), s.attempts}};
    const QString detailText = compact(detail);
    const QString now = iso(QDateTime::currentDateTimeUtc());
    const Speech speech = s;
    m_db->write([=](QSqlDatabase &db) {
        QSqlQuery q(db);
        q.prepare(QStringLiteral(
            "INSERT OR REPLACE INTO speeches (debate_id, idx, speaker, side, role, model, language, text, thinking,"
            " status, prompt_tokens, completion_tokens, cost_usd, citations_json, started, updated)"
            " VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)"));
        bindInOrder(q, debateId, speech.index, speech.speaker, speech.side, speech.role, speech.model, speech.language,
                    speech.text, speech.thinking, Speech::statusName(speech.status), speech.promptTokens,
                    speech.completionTokens, speech.costUsd, detailText, iso(speech.started), now);
        if (!q.exec())
            return false;
        QSqlQuery h(db);
        h.prepare(QStringLiteral("UPDATE debates SET heartbeat = ? WHERE id = ?"));
        bindInOrder(h, now, debateId);
        return h.exec();
    });
}

DebateRecord::Status DebateStore::effectiveStatus(const QString &stored, qint64 pid) const
{
    const DebateRecord::Status s = DebateRecord::statusFromName(stored);
    if (s == DebateRecord::Status::Running && !processAlive(pid))
        return DebateRecord::Status::Interrupted;
    return s;
}

std::optional<DebateRecord> DebateStore::load(const QString &id) const
{
    QSqlDatabase db = m_db->connection();
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT id, status, spec_json, verdict_json, cost_usd, created, updated, pid"
                             " FROM debates WHERE id = ?"));
    q.addBindValue(id);
    if (!q.exec() || !q.next())
        return std::nullopt;
    DebateRecord r;
    r.id = q.value(0).toString();
    r.status = effectiveStatus(q.value(1).toString(), q.value(7).toLongLong());
    r.spec = DebateSpec::fromJson(objectFrom(q.value(2).toString()));
    const QJsonObject extra = objectFrom(q.value(3).toString());
    if (extra.value(QLatin1String("verdict")).isObject())
        r.verdict = Verdict::fromJson(extra.value(QLatin1String("verdict")).toObject());
    if (extra.value(QLatin1String("panel")).isObject())
        r.panel = JudgePanel::fromJson(extra.value(QLatin1String("panel")).toObject());
    r.judged = JudgeAnswers::fromJson(extra.value(QLatin1String("judged")).toObject());
    const QJsonObject votes = extra.value(QLatin1String("audience_vote")).toObject();
    if (votes.value(QLatin1String("before")).isObject())
        r.voteBefore = AudienceVote::fromJson(votes.value(QLatin1String("before")).toObject());
    if (votes.value(QLatin1String("after")).isObject())
        r.voteAfter = AudienceVote::fromJson(votes.value(QLatin1String("after")).toObject());
    r.stopReason = extra.value(QLatin1String("stop_reason")).toString();
    r.rematchOf = extra.value(QLatin1String("rematch_of")).toString();
    r.forkOf = extra.value(QLatin1String("fork_of")).toString();
    r.forkAt = r.forkOf.isEmpty() ? 0 : extra.value(QLatin1String("fork_at")).toInt();
    r.costUsd = q.value(4).toDouble();
    r.created = QDateTime::fromString(q.value(5).toString(), Qt::ISODateWithMs);
    r.updated = QDateTime::fromString(q.value(6).toString(), Qt::ISODateWithMs);

    QSqlQuery s(db);
    s.prepare(QStringLiteral("SELECT idx, speaker, side, role, model, language, text, thinking, status,"
                             " prompt_tokens, completion_tokens, cost_usd, citations_json, started, updated"
                             " FROM speeches WHERE debate_id = ? ORDER BY idx"));
    s.addBindValue(id);
    if (!s.exec())
        return std::nullopt;
    while (s.next()) {
        Speech sp;
        readColumns(s, 0, sp.index, sp.speaker, sp.side, sp.role, sp.model, sp.language, sp.text, sp.thinking);
        sp.status = Speech::statusFromName(s.value(8).toString());
        readColumns(s, 9, sp.promptTokens, sp.completionTokens, sp.costUsd);
        const QJsonObject detail = objectFrom(s.value(12).toString());
        for (const QJsonValue &c : detail.value(QLatin1String("citations")).toArray())
            sp.citations << Citation::fromJson(c.toObject());
        sp.turn = detail.value(QLatin1String("turn")).toInt(-1);
        sp.debater = detail.value(QLatin1String("debater")).toInt(-1);
        sp.round = detail.value(QLatin1String("round")).toInt();
        sp.human = detail.value(QLatin1String("human")).toBool();
        sp.error = detail.value(QLatin1String("error")).toString();
        sp.finishReason = detail.value(QLatin1String("finish_reason")).toString();
        sp.attempts = detail.value(QLatin1String("attempts")).toInt();
        sp.started = QDateTime::fromString(s.value(13).toString(), Qt::ISODateWithMs);
        sp.updated = QDateTime::fromString(s.value(14).toString(), Qt::ISODateWithMs);
        // A speech caught mid-stream by a dead process is interrupted, whatever the row says.
        if (sp.status == Speech::Status::Streaming && r.status != DebateRecord::Status::Running)
            sp.status = Speech::Status::Interrupted;
        r.speeches << sp;
    }
    return r;
}

QList<DebateSummary> DebateStore::list() const
{
    QList<DebateSummary> out;
    QSqlQuery q(m_db->connection());
    if (!q.exec(
            QStringLiteral("SELECT d.id, d.motion, d.language, d.format, d.status, d.cost_usd, d.created, d.pid,"
                           " (SELECT COUNT(*) FROM speeches s WHERE s.debate_id = d.id),"
                           " CASE WHEN json_valid(d.verdict_json) THEN json_extract(d.verdict_json, '$.fork_of') END,"
                           " CASE WHEN json_valid(d.verdict_json) THEN json_extract(d.verdict_json, '$.fork_at') END"
                           " FROM debates d ORDER BY d.created, d.rowid")))
        return out;
    while (q.next()) {
        DebateSummary s;
        readColumns(q, 0, s.id, s.motion, s.language, s.format);
        s.status = effectiveStatus(q.value(4).toString(), q.value(7).toLongLong());
        s.costUsd = q.value(5).toDouble();
        s.created = QDateTime::fromString(q.value(6).toString(), Qt::ISODateWithMs);
        s.speeches = q.value(8).toInt();
        readColumns(q, 9, s.forkOf, s.forkAt);
        out << s;
    }
    return out;
}

QString DebateStore::resolveId(const QString &idOrPrefix) const
{
    if (idOrPrefix.isEmpty())
        return {};
    QSqlQuery q(m_db->connection());
    q.prepare(QStringLiteral("SELECT id FROM debates WHERE id = ? OR substr(id, 1, ?) = ? LIMIT 2"));
    bindInOrder(q, idOrPrefix, idOrPrefix.size(), idOrPrefix);
    if (!q.exec())
        return {};
    QStringList found;
    while (q.next())
        found << q.value(0).toString();
    if (found.contains(idOrPrefix))
        return idOrPrefix;
    return found.size() == 1 ? found.first() : QString();
}

} // namespace rostrum
