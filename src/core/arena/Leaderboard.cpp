#include "arena/Leaderboard.h"

#include <algorithm>

namespace rostrum {

const Leaderboard::Entry *Leaderboard::find(const QString &model) const
{
    const auto it = std::ranges::find(entries, model, &Entry::model);
    return it == entries.end() ? nullptr : &*it;
}

} // namespace rostrum
