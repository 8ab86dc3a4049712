#pragma once

#include <QHash>
#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <optional>

namespace rostrum {

// The words Rostrum says to models, per language (resources/prompts/<lang>.json): the debater's
// system prompt, one instruction per format role, the judge's, summariser's and moderator's texts.
// Templates use {name} placeholders, filled in one pass so user text containing braces stays as is.
class Prompts
{
public:
    static QStringList availableLanguages(); // sorted codes: de, en, es, fr, it, pt
    static std::optional<Prompts> load(const QString &language, QString *error = nullptr);
    static std::optional<Prompts> fromJson(const QByteArray &json, QString *error = nullptr);

    // Replaces {key} by vars[key] in one left-to-right pass; unknown placeholders are left alone.
    static QString fill(const QString &tmpl, const QHash<QString, QString> &vars);

    QString language() const { return m_language; }
    QString languageName() const;
    QString sideName(const QString &side) const; // "for" / "pour": fits "argue {side} the motion"
    QString sideLabel(const QString &side) const; // "Pro" / "Pour": a speaker's tag in the transcript
    QString formatName(const QString &format) const;
    bool hasRole(const QString &role) const;
    QString roleName(const QString &role) const;
    QString roleInstruction(const QString &role) const;

    // A top-level template ("system", "turn", "code_intro"...); empty if missing.
    QString text(const QString &key) const;
    // A template of a section ("judge", "summarizer", "moderator").
    QString sectionText(const QString &section, const QString &key) const;
    QStringList judgeCriteria() const;

private:
    QString m_language;
    QJsonObject m_doc;
};

} // namespace rostrum
