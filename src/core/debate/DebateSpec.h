#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace rostrum {

// One seat at the table. side is "pro" or "con" in every format (formats only rename them in prompts).
struct Debater
{
    QString name; // shown in the transcript ("Pro", "Ada"...); defaulted from the side when empty
    QString side; // "pro" | "con"
    QString persona; // free text: who this debater is ("a pragmatic economist"); may be empty
    QString model; // a model id or alias; empty = the default for the language (DebateDefaults)
    QString language; // empty = the debate's language; set for a cross-lingual debate
    bool human = false; // a person types this side's speeches

    QJsonObject toJson() const;
    static Debater fromJson(const QJsonObject &o);
    bool operator==(const Debater &) const = default;
};

// Code under debate (code-review format, or any debate with --code). Kept byte for byte: never
// sanitised, never re-encoded beyond UTF-8.
struct CodeInput
{
    QString text;
    QString fileName; // "main.cpp"; may be empty for a paste
    QString language; // "cpp", "python"...; guessed from the file name when empty

    bool isEmpty() const { return text.isEmpty(); }
    int lineCount() const;
    QJsonObject toJson() const;
    static CodeInput fromJson(const QJsonObject &o);
    static QString languageForFileName(const QString &fileName);
    bool operator==(const CodeInput &) const = default;
};

// Everything needed to run (or re-run) a debate. Validated before it is stored or started.
struct DebateSpec
{
    QString motion;
    QString language = QStringLiteral("en");
    QString format = QStringLiteral("classic");
    int rounds = 1; // rebuttal rounds, for formats that repeat them
    QList<Debater> debaters; // 2..4, at least one per side
    QString moderatorModel; // empty = no AI moderator
    QString judgeModel; // empty = no judge; with a panel, the first judge (what old debates saved)
    // The judges' models, 1..kMaxJudges, in order. setJudges() keeps a single judge in judgeModel alone (a saved
    // spec then reads back equal); read the panel with judgeModels().
    QStringList judges;
    bool judgeSwap = false; // ask every judge a second time with the sides presented the other way round
    int maxTokens = 600; // per speech
    std::optional<double> budgetUsd; // hard cap; none = unlimited
    double temperature = 0.7;
    CodeInput code;

    static constexpr int kMinDebaters = 2;
    static constexpr int kMaxDebaters = 4;
    static constexpr int kMaxRounds = 10;
    static constexpr int kMaxJudges = 5;

    // Human-readable problems, one sentence each; empty when the spec can run.
    QStringList validate() const;
    bool isValid() const { return validate().isEmpty(); }

    // The debater who gives a side's n-th speech (0-based): a side's debaters take turns.
    int debaterFor(const QString &side, int nthOfSide) const;
    // The same debate with every debater on the other side (a rematch): models, personas and languages stay
    // with their debaters.
    DebateSpec withSidesSwapped() const;
    QString languageOf(int debaterIndex) const;
    // The judges who judge this debate, in order: `judges`, or judgeModel alone; empty without a judge.
    QStringList judgeModels() const;
    // Sets the panel (judgeModel becomes its first judge, as old readers expect).
    void setJudges(const QStringList &models);
    // A panel of two or more, or an order swap: the debate's record carries a JudgePanel.
    bool hasPanel() const { return judgeModels().size() > 1 || (judgeSwap && !judgeModels().isEmpty()); }

    QJsonObject toJson() const;
    static DebateSpec fromJson(const QJsonObject &o);
    bool operator==(const DebateSpec &) const = default;
};

} // namespace rostrum
