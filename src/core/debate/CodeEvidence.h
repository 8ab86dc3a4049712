#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace rostrum {

// One line reference a debater made, checked against the code.
struct Citation
{
    int startLine = 0;
    int endLine = 0;
    QString quote; // text the debater says those lines contain (tool calls only); may be empty
    QString source; // "text" (an L12-L20 reference in the speech) or "tool" (a cite_lines call)
    bool verified = false;
    QString reason; // why it is not verified; empty when verified

    QString lines() const; // "L12" or "L12-L20"
    QJsonObject toJson() const; // {"lines","verified"} plus details
    static Citation fromJson(const QJsonObject &o);
    bool operator==(const Citation &) const = default;
};

// The code a debate argues about, split into lines, and the checks on what debaters cite from it.
class CodeEvidence
{
public:
    explicit CodeEvidence(const QString &code = {});

    int lineCount() const { return int(m_lines.size()); }
    QString line(int oneBased) const;

    // Every L12 / L12-L20 / L12–20 reference in a speech, in order, duplicates removed.
    static QList<Citation> parseReferences(const QString &speech);
    // The arguments of a cite_lines tool call (a JSON string): {"start":12,"end":20,"quote":"..."}.
    // A malformed call gives a citation with startLine 0 (it will not verify).
    static Citation parseToolCall(const QString &argumentsJson);

    // Marks a citation verified when its lines exist and, if it quotes, the quote is in those lines
    // (whitespace runs compared as one space, so re-indented quotes still match).
    Citation verify(Citation c) const;
    QList<Citation> verifyAll(QList<Citation> cs) const;

    // The function definition offered to debaters as a tool.
    static QJsonObject citeLinesTool(const QString &description);

private:
    QStringList m_lines;
};

} // namespace rostrum
