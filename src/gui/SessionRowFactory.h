#pragma once

#include "debate/DebateRecord.h"
#include "SessionListModel.h"
#include "TranscriptModel.h"

#include <QCoreApplication>

namespace rostrum {
struct DebateSummary;
} // namespace rostrum

namespace rostrum::gui {

// Turns core records into the rows the window's models show: a speech into a transcript row, a
// debate (on screen, just started, or listed from the database) into a session-list row. One
// place, so the transcript and the session list read a debate the same way wherever it comes from.
class SessionRowFactory
{
    Q_DECLARE_TR_FUNCTIONS(rostrum::gui::SessionRowFactory)
public:
    // A speech as the transcript shows it (its id is the speech's index).
    static SpeechRow speechRow(const Speech &speech);
    // A debate shown whole (opened or finished): with its speeches' text, so the list's search finds it.
    static SessionRow sessionRow(const DebateRecord &record);
    // A debate that has just started: listed at once, before its first speech.
    static SessionRow startedSessionRow(const DebateRecord &record);
    // A debate listed from the database (no text: the database search finds words spoken in it).
    static SessionRow sessionRow(const DebateSummary &summary);
};

} // namespace rostrum::gui
