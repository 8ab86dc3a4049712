#pragma once

#include <QHash>
#include <QString>

namespace rostrum {

// The default model for a debater by language (English → Medium; French, German, Spanish → Large;
// code → Codestral), with current API aliases. Italian and Portuguese follow the other non-English
// languages. Every entry can be
// overridden (settings, the catalog's "selection", or per debater in the spec).
class LanguageModels
{
public:
    LanguageModels();

    QString modelFor(const QString &language, bool codeDebate) const;
    QString judgeModel() const { return m_judge; }
    void setOverride(const QString &languageOrCode, const QString &model); // "code" for code debates
    void setJudgeModel(const QString &model) { m_judge = model; }
    QHash<QString, QString> table() const { return m_table; }

private:
    QHash<QString, QString> m_table;
    QString m_judge;
};

} // namespace rostrum
