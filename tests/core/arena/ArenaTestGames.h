#pragma once

#include "arena/ArenaGame.h"

#include <QList>
#include <QString>

namespace rostrum::test {

// One debate of a test tournament: pro against con, the panel's winner, and what each judge read.
inline ArenaGame game(const char *pro, const char *con, ArenaGame::Outcome winner,
                      const QList<ArenaGame::JudgeVote> &judges = {})
{
    ArenaGame g;
    g.pro = QString::fromLatin1(pro);
    g.con = QString::fromLatin1(con);
    g.winner = winner;
    g.judges = judges;
    return g;
}

} // namespace rostrum::test
