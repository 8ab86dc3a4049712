#pragma once

#include "debate/CodeEvidence.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QMetaType>
#include <QString>

namespace rostrum {

// One entry of a transcript as the GUI, the store and the exports see it: a debater's speech, the
// moderator's introduction, or a user interjection.
struct Speech
{
    enum class Status { Streaming, Finished, Interrupted, Failed, Stopped };

    int index = 0; // position in the transcript (0-based, interjections included)
    int turn = -1; // index in the format's sequence; -1 for moderator lines and interjections
    int debater = -1; // index into DebateSpec::debaters; -1 when not a debater
    QString speaker; // display name
    QString side; // "pro" | "con" | "moderator" | "audience"
    QString role; // format role id ("opening", "cx"...), or "moderator", "interjection"
    int round = 0; // rebuttal round, 0 outside rounds
    QString model; // empty for a human or a user interjection
    QString language;
    bool human = false;

    QString text;
    QString thinking;
    Status status = Status::Streaming;
    QString error; // why it failed or stopped, for people
    QString finishReason;

    qint64 promptTokens = 0;
    qint64 completionTokens = 0;
    double costUsd = 0;
    int attempts = 0;
    bool cached = false;
    QList<Citation> citations;
    QDateTime started;
    QDateTime updated;

    bool isDebaterSpeech() const { return turn >= 0; }
    bool isDone() const { return status == Status::Finished; }

    static QString statusName(Status s); // streaming | finished | interrupted | failed | stopped
    static Status statusFromName(const QString &name);

    // The CLI's speech object: {"index","speaker","side","role","model","language","text","status",
    // "usage","cost_usd","citations":[{"lines","verified"}]} plus a few extra keys.
    QJsonObject toJson() const;
    static Speech fromJson(const QJsonObject &o);
    bool operator==(const Speech &) const = default;
};

} // namespace rostrum

Q_DECLARE_METATYPE(rostrum::Speech)
