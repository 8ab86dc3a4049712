#pragma once

#include "api/ApiError.h"
#include "api/ChatRequest.h"
#include "api/ChatResult.h"

#include <QByteArray>
#include <QHash>
#include <QString>

namespace rostrum {

// What a result file says about one request: its answer, or why there is none.
struct BatchOutcome
{
    QString customId;
    bool ok = false;
    ChatResult result; // when ok
    ApiError error; // when not ok
};

// The JSONL of the Batch API: request lines in ({"custom_id","body"}), result lines out
// ({"id","custom_id","response":{"status_code","body"},"error"}), in any order.
class BatchLines
{
public:
    // One input line, newline included; the body is the chat request with stream off (a batch answer
    // comes whole).
    static QByteArray requestLine(const QString &customId, const ChatRequest &request);
    // A custom_id from the request's content alone: the same request rebuilt after a restart gets the same
    // id, so it can be matched to a job submitted before the restart.
    static QString contentId(const ChatRequest &request);

    // One outcome per custom_id of an output or error file. A success wins over a failure for the same id
    // (an error file may repeat lines of the output file). Lines that cannot be read are counted, not fatal.
    static QHash<QString, BatchOutcome> parseResults(const QByteArray &jsonl, int *unreadable = nullptr);
    // One result line; false when it is not a result line at all (no custom_id).
    static bool parseResultLine(const QJsonObject &line, BatchOutcome *out);
    // Adds `more` to `into`, a success replacing a failure, never the reverse.
    static void merge(QHash<QString, BatchOutcome> &into, const QHash<QString, BatchOutcome> &more);
};

} // namespace rostrum
