#include "debate/DebateFork.h"

#include "debate/DebatePlan.h"

#include <algorithm>

namespace rostrum {

namespace {
bool sameSeats(const QList<Debater> &a, const QList<Debater> &b)
{
    return std::equal(a.cbegin(), a.cend(), b.cbegin(), b.cend(),
                      [](const Debater &x, const Debater &y) { return x.side == y.side && x.human == y.human; });
}
} // namespace

int DebateFork::sharedCount(const DebateRecord &parent, int atSpeech)
{
    if (atSpeech < 0 || atSpeech >= parent.speeches.size())
        return -1;
    // A speech still streaming, cut or failed is not a point anyone heard whole.
    return parent.speeches.at(atSpeech).status == Speech::Status::Finished ? atSpeech + 1 : -1;
}

QList<int> DebateFork::nextSpeakers(const DebateRecord &parent, int atSpeech)
{
    const int count = sharedCount(parent, atSpeech);
    const std::optional<DebatePlan> plan = count < 0 ? std::nullopt : DebatePlan::make(parent.spec);
    if (!plan)
        return {};
    QList<int> out;
    for (int t = plan->turns.nextTurn(parent.speeches.first(count)); t < plan->turns.turnCount(); ++t) {
        const int debater = plan->turns.debaterFor(t);
        if (debater >= 0 && !out.contains(debater))
            out << debater;
    }
    return out;
}

std::optional<DebateFork> DebateFork::make(const DebateRecord &parent, int atSpeech, const QList<Debater> &debaters,
                                           QString *error)
{
    const int count = sharedCount(parent, atSpeech);
    const auto fail = [error](const QString &why) {
        if (error)
            *error = why;
        return std::nullopt;
    };
    if (parent.id.isEmpty())
        return fail(tr("Only a saved debate can be continued from one of its speeches."));
    if (count < 0)
        return fail(tr("Speech %1 is not a finished speech of this debate.").arg(atSpeech + 1));
    if (!sameSeats(parent.spec.debaters, debaters))
        return fail(tr("A fork keeps the debaters on their sides; only their model, language and persona change."));
    DebateFork fork;
    fork.parentId = parent.id;
    fork.spec = parent.spec;
    for (int i = 0; i < debaters.size(); ++i) {
        Debater &d = fork.spec.debaters[i];
        d.model = debaters.at(i).human ? QString() : debaters.at(i).model;
        d.language = debaters.at(i).language;
        d.persona = debaters.at(i).persona;
    }
    fork.shared = parent.speeches.first(count);
    fork.voteBefore = parent.voteBefore;
    return fork;
}

} // namespace rostrum
