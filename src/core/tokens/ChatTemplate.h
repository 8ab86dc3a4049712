#pragma once

#include "tokens/Tokenizer.h"

#include <QJsonArray>
#include <QJsonValue>
#include <QList>
#include <QString>

#include <optional>

namespace rostrum {

// How a chat request becomes the token ids the model reads (mistral-common's instruct tokenizers):
//   v1  "<s>[INST] sys\n\nuser [/INST]" written as text, system prompt before the first user message;
//   v3  <s>[INST]user[/INST]assistant</s>..., all system messages joined before the LAST user message,
//       tools as [AVAILABLE_TOOLS]json[/AVAILABLE_TOOLS] before the last [INST];
//   v7  system messages stay in place as [SYSTEM_PROMPT]...[/SYSTEM_PROMPT];
//   v11 tool calls as [TOOL_CALLS]name[CALL_ID]id[ARGS]json; v13 tools before the FIRST user message, no ids.
// Messages are the API's JSON objects: role, content (string or text chunks), tool_calls, tool_call_id, prefix.
class ChatTemplate
{
public:
    enum class Version { V1, V3, V7, V11, V13 };

    struct Result
    {
        QList<int> ids;
        // A control token this vocabulary lacks was counted as one token (the count is right, its id is not).
        bool approximate = false;
    };

    static Result encode(const Tokenizer &tokenizer, Version version, const QJsonArray &messages,
                         const QJsonArray &tools = {});

    static QString versionName(Version version); // "v1", "v3", ...
    static std::optional<Version> versionFromName(const QString &name);

    // The text of a message's content: a string as is, text chunks joined by "\n\n" (others ignored).
    static QString contentText(const QJsonValue &content);
    // JSON the way Python's json.dumps(ensure_ascii=False) writes it (", " and ": "), which is what the model saw.
    static QString pythonJson(const QJsonValue &value);
};

} // namespace rostrum
