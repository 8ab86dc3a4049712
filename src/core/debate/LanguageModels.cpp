#include "LanguageModels.h"

namespace rostrum {

LanguageModels::LanguageModels()
    : m_table {{QStringLiteral("en"), QStringLiteral("mistral-medium-latest")},
               {QStringLiteral("fr"), QStringLiteral("mistral-large-latest")},
               {QStringLiteral("de"), QStringLiteral("mistral-large-latest")},
               {QStringLiteral("es"), QStringLiteral("mistral-large-latest")},
               {QStringLiteral("it"), QStringLiteral("mistral-large-latest")},
               {QStringLiteral("pt"), QStringLiteral("mistral-large-latest")},
               {QStringLiteral("code"), QStringLiteral("codestral-latest")}}
    , m_judge(QStringLiteral("mistral-large-latest"))
{ }

QString LanguageModels::modelFor(const QString &language, bool codeDebate) const
{
    if (codeDebate)
        return m_table.value(QStringLiteral("code"));
    return m_table.value(language, m_table.value(QStringLiteral("en")));
}

void LanguageModels::setOverride(const QString &languageOrCode, const QString &model)
{
    if (!model.isEmpty())
        m_table.insert(languageOrCode, model);
}

} // namespace rostrum
