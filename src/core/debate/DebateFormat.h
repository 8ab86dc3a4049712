#pragma once

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace rostrum {

// One planned speech: which role it plays, for which side, in which rebuttal round (0 = outside rounds).
struct Turn
{
    int index = 0;
    QString role; // a role id the prompts know ("opening", "rebuttal", "ac", "cx"...)
    QString side; // "pro" | "con"
    int round = 0;
    bool operator==(const Turn &) const = default;
};

// A debate format as data (resources/formats/<id>.json): the order of speeches, with a block that
// repeats once per rebuttal round. Adding a format is adding a file plus its role texts in the prompts.
class DebateFormat
{
public:
    // Formats shipped as resources, sorted by id.
    static QStringList availableFormats();
    // Loads a shipped format; nullopt if unknown or malformed (the reason in *error).
    static std::optional<DebateFormat> load(const QString &id, QString *error = nullptr);
    // Parses a format document (for tests and user formats).
    static std::optional<DebateFormat> fromJson(const QByteArray &json, QString *error = nullptr);

    QString id() const { return m_id; }
    bool usesRounds() const { return m_usesRounds; }
    int defaultRounds() const { return m_defaultRounds; }
    int minRounds() const { return m_minRounds; }
    int maxRounds() const { return m_maxRounds; }
    bool audienceVote() const { return m_audienceVote; }
    bool requiresCode() const { return m_requiresCode; }
    // Every role id this format can produce (for checking that prompts cover it).
    QStringList roles() const;

    // The full sequence of speeches for a number of rebuttal rounds (ignored if the format has none).
    QList<Turn> turns(int rounds) const;

private:
    struct Step
    {
        QString role;
        QString side;
        bool repeated = false; // inside the per-round block
    };
    QString m_id;
    bool m_usesRounds = false;
    int m_defaultRounds = 0;
    int m_minRounds = 0;
    int m_maxRounds = 0;
    bool m_audienceVote = false;
    bool m_requiresCode = false;
    // The sequence with the repeat block marked; a block is a run of consecutive repeated steps.
    QList<QList<Step>> m_blocks;
    QList<bool> m_blockRepeats;
};

} // namespace rostrum
