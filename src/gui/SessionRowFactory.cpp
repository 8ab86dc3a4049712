#include "SessionRowFactory.h"

#include "store/DebateStore.h"

namespace rostrum::gui {

SpeechRow SessionRowFactory::speechRow(const Speech &s)
{
    SpeechRow r;
    r.id = QString::number(s.index);
    r.round = s.round;
    r.speaker = s.speaker;
    if (s.side == QLatin1String("pro"))
        r.side = tr("for");
    else if (s.side == QLatin1String("con"))
        r.side = tr("against");
    else if (s.side == QLatin1String("audience"))
        r.side = tr("audience"); // an interjection from the floor
    else if (s.side == QLatin1String("moderator"))
        r.side = tr("moderator");
    else
        r.side = s.side;
    r.sideKey = s.side;
    r.model = s.model;
    r.language = s.language;
    r.text = s.text;
    r.reasoning = s.thinking;
    switch (s.status) {
    case Speech::Status::Streaming:
        r.flags |= SpeechRow::Streaming;
        break;
    case Speech::Status::Interrupted:
    case Speech::Status::Stopped:
        r.flags |= SpeechRow::Interrupted;
        break;
    case Speech::Status::Failed:
        r.flags |= SpeechRow::Error;
        break;
    case Speech::Status::Finished:
        break;
    }
    if (s.cached)
        r.flags |= SpeechRow::Cached;
    r.errorText = s.error;
    r.promptTokens = int(s.promptTokens);
    r.completionTokens = int(s.completionTokens);
    r.costUsd = s.costUsd;
    if (s.started.isValid() && s.updated.isValid() && s.status != Speech::Status::Streaming)
        r.latencyMs = s.started.msecsTo(s.updated);
    return r;
}

SessionRow SessionRowFactory::sessionRow(const DebateRecord &record)
{
    SessionRow session;
    session.id = record.id.isEmpty() ? record.spec.motion : record.id;
    session.motion = record.spec.motion;
    session.language = record.spec.language;
    session.format = record.spec.format;
    session.status = DebateRecord::statusName(record.status);
    session.createdAt = record.created;
    session.speechCount = int(record.speeches.size());
    session.costUsd = record.costUsd;
    session.isCode = !record.spec.code.isEmpty();
    session.forkOf = record.forkOf;
    session.forkAt = record.forkAt;
    QStringList text;
    for (const Speech &s : record.speeches)
        text.append(s.text);
    session.fullText = text.join(QLatin1Char('\n'));
    return session;
}

SessionRow SessionRowFactory::startedSessionRow(const DebateRecord &record)
{
    SessionRow row;
    row.id = record.id;
    row.motion = record.spec.motion;
    row.language = record.spec.language;
    row.format = record.spec.format;
    row.status = DebateRecord::statusName(record.status);
    row.createdAt = record.created.isValid() ? record.created : QDateTime::currentDateTimeUtc();
    row.isCode = !record.spec.code.isEmpty();
    row.forkOf = record.forkOf;
    row.forkAt = record.forkAt;
    row.speechCount = int(record.speeches.size()); // a fork starts with the speeches it shares
    return row;
}

SessionRow SessionRowFactory::sessionRow(const DebateSummary &d)
{
    SessionRow r;
    r.id = d.id;
    r.motion = d.motion;
    r.language = d.language;
    r.format = d.format;
    r.status = DebateRecord::statusName(d.status);
    r.createdAt = d.created;
    r.speechCount = d.speeches;
    r.costUsd = d.costUsd;
    r.forkOf = d.forkOf;
    r.forkAt = d.forkAt;
    return r;
}

} // namespace rostrum::gui
