#pragma once

#include "debate/DebatePersistence.h"

#include <QHash>

namespace rostrum::test {

// What the engine saved, kept in memory: the last saved header and each speech's last save.
class MemoryDebateStore final : public DebatePersistence
{
public:
    void saveDebate(const DebateRecord &d) override
    {
        debate = d;
        ++debateSaves;
    }
    void saveSpeech(const QString &, const Speech &s) override { speeches[s.index] = s; }
    DebateRecord debate;
    QHash<int, Speech> speeches;
    int debateSaves = 0;
};

} // namespace rostrum::test
