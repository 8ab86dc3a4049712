#pragma once

#include "debate/DebateRecord.h"

#include <QCoreApplication>
#include <QList>

#include <optional>

namespace rostrum {

// A new debate continued from a point of another ("Continue from here…"). Forking at transcript entry k shares
// entries [0, k] — the entry chosen included, with the moderator lines and interjections before it — and goes on
// from the first turn none of them finished, as a resumed debate would. Only the debaters' model, language and
// persona may change, and only the fork's own speeches follow the change: the shared ones are kept as spoken.
// The fork's cost starts at 0 (the shared speeches were paid for by the parent); its verdict and closing vote
// are its own.
class DebateFork
{
    Q_DECLARE_TR_FUNCTIONS(rostrum::DebateFork)
public:
    // Null with *error when entry `atSpeech` is not a finished entry of parent, or `debaters` does not seat the
    // same people on the same sides (size, side, human).
    static std::optional<DebateFork> make(const DebateRecord &parent, int atSpeech, const QList<Debater> &debaters,
                                          QString *error = nullptr);
    // How many entries a fork at `atSpeech` shares (atSpeech + 1), or -1 when that entry cannot be a fork point.
    static int sharedCount(const DebateRecord &parent, int atSpeech);
    // The debaters (indices into the spec) who speak after the fork point, in the order of their next turn.
    static QList<int> nextSpeakers(const DebateRecord &parent, int atSpeech);

    QString parentId;
    DebateSpec spec; // the parent's, with the changed debaters
    QList<Speech> shared; // the parent's entries [0, atSpeech]
    std::optional<AudienceVote> voteBefore; // the audience voted before the shared opening
};

} // namespace rostrum
