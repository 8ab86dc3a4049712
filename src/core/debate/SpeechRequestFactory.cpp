#include "debate/SpeechRequestFactory.h"

#include "debate/Verdict.h"
#include "security/ToolSchema.h"

#include <QCoreApplication>

namespace rostrum {

SpeechRequestFactory::SpeechRequestFactory(const DebateSpec &spec, const PromptBuilder &builder)
    : m_spec(spec)
    , m_builder(builder)
{ }

ChatRequest SpeechRequestFactory::base(const QString &model, int maxTokens, double temperature) const
{
    ChatRequest request;
    request.model = model;
    request.temperature = temperature;
    request.maxTokens = maxTokens;
    request.stream = true;
    request.promptCacheKey = m_promptCacheKey;
    return request;
}

std::optional<ChatRequest> SpeechRequestFactory::speech(int debater, const QString &model, QString *error) const
{
    ChatRequest request = base(model, m_spec.maxTokens, m_spec.temperature);
    if (m_spec.code.isEmpty())
        return request;
    const QJsonObject tool = CodeEvidence::citeLinesTool(
        m_builder.promptsFor(m_spec.languageOf(debater)).text(QStringLiteral("cite_tool_description")));
    // No function definition leaves without passing the schema check the API would apply.
    const ToolSchema::Result check = ToolSchema::validateFunction(tool);
    if (!check.ok()) {
        if (error)
            *error =
                QCoreApplication::translate("rostrum::DebateEngine", "The cite_lines tool definition is not valid: %1")
                    .arg(check.message());
        return std::nullopt;
    }
    const QJsonObject fn = tool.value(QLatin1String("function")).toObject();
    request.tools << ToolDefinition {fn.value(QLatin1String("name")).toString(),
                                     fn.value(QLatin1String("description")).toString(),
                                     fn.value(QLatin1String("parameters")).toObject(), false};
    request.toolChoice = QStringLiteral("auto");
    return request;
}

SpeechRequestFactory::MessageBuilder SpeechRequestFactory::speechMessages(const Turn &turn, int debater,
                                                                          const QList<Speech> &heard,
                                                                          const QString &prefix) const
{
    return [builder = m_builder, turn, debater, heard, prefix](const QString &summary, int summarized) {
        QList<ChatMessage> m = builder.speechMessages(turn, debater, heard, summary, summarized);
        if (!prefix.isEmpty())
            m << ChatMessage::assistant(prefix, true);
        return m;
    };
}

ChatRequest SpeechRequestFactory::moderator() const
{
    ChatRequest request = base(m_spec.moderatorModel, kModeratorMaxTokens, m_spec.temperature);
    request.messages = m_builder.moderatorMessages();
    return request;
}

ChatRequest SpeechRequestFactory::judge(const QString &model) const
{
    // A verdict should not depend on the dice: temperature 0 (which also makes it cacheable).
    ChatRequest request = base(model, kJudgeMaxTokens, 0.0);
    ResponseFormat rf;
    rf.type = ResponseFormat::Type::JsonSchema;
    rf.name = QStringLiteral("verdict");
    rf.schema = Verdict::schema();
    rf.strict = true;
    request.responseFormat = rf;
    return request;
}

ChatRequest SpeechRequestFactory::resample(const QString &model) const
{
    return base(model, m_spec.maxTokens, m_spec.temperature);
}

ChatRequest SpeechRequestFactory::followUp(const QString &model, const QList<ChatMessage> &messages) const
{
    ChatRequest request = base(model, m_spec.maxTokens, m_spec.temperature);
    request.messages = messages;
    return request;
}

} // namespace rostrum
