#include "arena/ArenaGame.h"

#include <array>

namespace rostrum {

namespace {
// Indexed by Outcome.
constexpr std::array<QStringView, 3> OutcomeNames = {u"pro", u"con", u"tie"};
} // namespace

std::optional<ArenaGame::Outcome> ArenaGame::outcomeFromString(QStringView text)
{
    for (size_t k = 0; k < OutcomeNames.size(); ++k) {
        if (OutcomeNames[k] == text)
            return Outcome(k);
    }
    return std::nullopt;
}

QString ArenaGame::outcomeName(Outcome outcome)
{
    return OutcomeNames.at(size_t(outcome)).toString();
}

} // namespace rostrum
