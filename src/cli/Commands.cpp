#include "Commands.h"

namespace rostrum::cli {

int runChat(CliContext &ctx);
int runBatch(CliContext &ctx);
int runDebate(CliContext &ctx);
int runTournament(CliContext &ctx);
int runRatings(CliContext &ctx);
int runList(CliContext &ctx);
int runExport(CliContext &ctx);
int runImport(CliContext &ctx);
int runKey(CliContext &ctx);

int runTokens(CliContext &ctx);
int runUsage(CliContext &ctx);
int runModels(CliContext &ctx);

const QList<Command> &commands()
{
    static const QList<Command> list = {
        {"chat",
         "chat [--model M] [--system TEXT] [--temperature T] [--max-tokens N] [--seed N] [--no-stream] [PROMPT | -]",
         runChat},
        {"batch", "batch --input FILE.jsonl [--output FILE.jsonl] [--concurrency N]", runBatch},
        {"debate",
         "debate --motion TEXT [--language CODE] [--format NAME] [--rounds N] [--pro MODEL] [--con MODEL]\n"
         "         [[--judge MODEL]... [--judge-swap] | --no-judge]\n"
         "         [--code FILE] [--budget USD] [--max-tokens N] [--out FILE] [--resume ID]\n"
         "         [--rematch ID] [--moderator MODEL] [--pro-persona TEXT] [--con-persona TEXT] [--pro-language CODE]\n"
         "         [--con-language CODE] [--votes-before F,A,U] [--votes-after F,A,U]",
         runDebate},
        {"tournament",
         "tournament --models A,B[,C...] --motions FILE [--judge MODEL]... [--judge-swap] [--rounds N]\n"
         "         [--language CODE] [--budget USD] [--batch] [--resume ID]",
         runTournament},
        {"ratings", "ratings [TOURNAMENT_ID] [--json]", runRatings},
        {"list", "list [--json]", runList},
        {"export", "export ID --out FILE", runExport},
        {"import", "import FILE [--json]", runImport},
        {"usage", "usage [--json] [--since YYYY-MM-DD]", runUsage},
        {"models", "models [--refresh] [--json]", runModels},
        {"tokens", "tokens [--model M] [--chat] [--ids] [--json] [FILE | -]", runTokens},
        {"key", "key set | key verify [--model M] | key status | key clear", runKey},
    };
    return list;
}

const Command *findCommand(const QString &name)
{
    for (const auto &c : commands()) {
        if (name == QLatin1String(c.name))
            return &c;
    }
    return nullptr;
}

} // namespace rostrum::cli
