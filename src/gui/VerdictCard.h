#pragma once

#include "debate/DebateRecord.h"
#include "debate/RematchComparison.h"
#include "TranscriptModel.h"

#include <QCoreApplication>

namespace rostrum::gui {

// The cards the transcript shows after the speeches, built from core records: the judge's verdict
// (winner, margin, the scores of both sides side by side, reasons, the judge's model and cost; what
// was wrong when it is not valid) and a rematch compared with its original. Each card carries a
// plain-text reading for assistive technology and the status bar.
class VerdictCard
{
    Q_DECLARE_TR_FUNCTIONS(rostrum::gui::VerdictCard)
public:
    static constexpr const char *kVerdictId = "verdict";
    static constexpr const char *kRematchId = "rematch";

    // The verdict card of record (its verdict must be set).
    static SpeechRow verdictRow(const DebateRecord &record);
    // One sentence: who won and by how much, or why there is no valid verdict.
    static QString headline(const DebateRecord &record);
    // The comparison card of a rematch that has ended.
    static SpeechRow rematchRow(const RematchComparison &comparison);
    // The comparison's sentence in the reader's language (the CLI's wording).
    static QString rematchSummary(const RematchComparison &comparison);

    // What the judge's requests cost: the debate's cost less its speeches' (the judge's are the only
    // requests charged to the debate and to no speech).
    static double judgeCost(const DebateRecord &record);
    // "for", "against", "a tie" in the reader's language.
    static QString sideName(const QString &side);
};

} // namespace rostrum::gui
