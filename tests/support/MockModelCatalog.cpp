#include "MockModelCatalog.h"

#include <QJsonObject>
#include <QStringList>

namespace rostrum::test {

QJsonArray MockModelCatalog::defaultModels()
{
    // A small, current-looking catalogue (docs snapshot 2026-08); each alias is also its own entry,
    // as the real GET /v1/models answers.
    struct Card
    {
        const char *id;
        QStringList aliases;
        int context;
        bool vision, fim, reasoning;
        const char *deprecation; // retirement date, or nullptr
        const char *replacement;
        const char *description;
    };
    const QList<Card> cards = {
        {"mistral-large-2512",
         {QStringLiteral("mistral-large-latest")},
         262144,
         true,
         false,
         false,
         nullptr,
         nullptr,
         "Mistral Large 3, our flagship open-weight multimodal model."},
        {"mistral-medium-3-5",
         {QStringLiteral("mistral-medium-3"), QStringLiteral("mistral-medium-latest")},
         262144,
         true,
         false,
         false,
         nullptr,
         nullptr,
         "Mistral Medium 3.5."},
        {"mistral-medium-2508",
         {},
         131072,
         true,
         false,
         false,
         "2026-08-31T12:00:00Z",
         "mistral-medium-latest",
         "Update on Mistral Medium 3 with improved capabilities."},
        {"mistral-small-2603",
         {QStringLiteral("mistral-small-latest")},
         262144,
         true,
         false,
         false,
         nullptr,
         nullptr,
         "Mistral Small 4."},
        {"codestral-2508",
         {QStringLiteral("codestral-latest")},
         256000,
         false,
         true,
         false,
         nullptr,
         nullptr,
         "Our cutting-edge language model for coding released August 2025."},
        {"ministral-8b-2512",
         {QStringLiteral("ministral-8b-latest")},
         262144,
         true,
         false,
         false,
         nullptr,
         nullptr,
         "Ministral 3 8B."},
        {"ministral-3b-2512",
         {QStringLiteral("ministral-3b-latest")},
         262144,
         true,
         false,
         false,
         nullptr,
         nullptr,
         "Ministral 3 3B."},
        {"open-mistral-nemo-2407",
         {QStringLiteral("open-mistral-nemo")},
         131072,
         false,
         false,
         false,
         "2026-07-31T12:00:00Z",
         "ministral-14b-latest",
         "Mistral Nemo 12B."},
        {"magistral-medium-2509",
         {QStringLiteral("magistral-medium-latest")},
         131072,
         true,
         false,
         true,
         "2026-07-31T12:00:00Z",
         "mistral-medium-latest",
         "Magistral Medium 1.2, a reasoning model."},
    };
    QJsonArray data;
    for (const Card &card : cards) {
        const QString base = QString::fromLatin1(card.id);
        const QJsonObject capabilities {{QStringLiteral("completion_chat"), true},
                                        {QStringLiteral("function_calling"), true},
                                        {QStringLiteral("completion_fim"), card.fim},
                                        {QStringLiteral("fine_tuning"), false},
                                        {QStringLiteral("vision"), card.vision},
                                        {QStringLiteral("reasoning"), card.reasoning},
                                        {QStringLiteral("ocr"), false},
                                        {QStringLiteral("classification"), false},
                                        {QStringLiteral("moderation"), false},
                                        {QStringLiteral("audio"), false}};
        QStringList ids {base};
        ids += card.aliases;
        for (const QString &id : std::as_const(ids)) {
            QJsonArray aliases;
            for (const QString &other : std::as_const(ids)) {
                if (other != id)
                    aliases.append(other);
            }
            data.append(QJsonObject {
                {QStringLiteral("id"), id},
                {QStringLiteral("object"), QStringLiteral("model")},
                {QStringLiteral("created"), 1767094366},
                {QStringLiteral("owned_by"), QStringLiteral("mistralai")},
                {QStringLiteral("capabilities"), capabilities},
                {QStringLiteral("name"), base},
                {QStringLiteral("description"), QString::fromUtf8(card.description)},
                {QStringLiteral("max_context_length"), card.context},
                {QStringLiteral("aliases"), aliases},
                {QStringLiteral("deprecation"),
                 card.deprecation ? QJsonValue(QString::fromLatin1(card.deprecation)) : QJsonValue()},
                {QStringLiteral("deprecation_replacement_model"),
                 card.replacement ? QJsonValue(QString::fromLatin1(card.replacement)) : QJsonValue()},
                {QStringLiteral("default_model_temperature"), card.reasoning ? 0.7 : 0.3},
                {QStringLiteral("type"), QStringLiteral("base")},
            });
        }
    }
    return data;
}

} // namespace rostrum::test
