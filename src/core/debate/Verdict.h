#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace rostrum {

// The judge's decision, read from its json_schema answer.
struct Verdict
{
    struct Score
    {
        QString criterion;
        double pro = 0;
        double con = 0;
        bool operator==(const Score &) const = default;
    };

    QString winner; // "pro" | "con" | "tie"
    QList<Score> scores;
    QString reasons;
    double margin = 0; // 0 (tie) .. 10 (rout)

    bool valid = false;
    bool repaired = false; // valid only after one repair round
    QString error; // why it is invalid (after the repair), for the user
    QString model;
    QString raw; // the judge's last answer, verbatim
    double costUsd = 0; // what this judge's requests cost (repair and order swap included)
    // Which side's speeches the judge read first ("pro" | "con"); empty: the transcript in speaking order.
    QString firstSide;
    // With an order swap: whether the judge named the same winner with the sides presented the other way round.
    std::optional<bool> consistent;

    // The json_schema the judge must follow (sent as response_format).
    static QJsonObject schema();
    // Parses and validates an answer. Returns a Verdict with valid=false and every problem in
    // *problems when it does not conform (not JSON, missing fields, out-of-range scores...).
    static Verdict parse(const QString &answer, QStringList *problems);

    QJsonObject toJson() const;
    static Verdict fromJson(const QJsonObject &o);
    bool operator==(const Verdict &) const = default;
};

} // namespace rostrum
