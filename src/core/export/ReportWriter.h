#pragma once

#include "debate/DebateSpec.h"
#include "debate/Speech.h"

#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

namespace rostrum {

// A run of text in one style: what a line of an export is made of.
struct Span
{
    enum class Kind { Plain, Strong, Code, Status };
    Kind kind = Kind::Plain;
    QString text;
};
using Line = QList<Span>;

// The line's spans, each put into its kind's pattern ("%1" stands for the text, after escape when
// given), joined with separator. patterns: Plain, Strong, Code, Status.
QString renderLine(const Line &line, const QStringList &patterns, QString (*escape)(const QString &) = nullptr,
                   const QString &separator = {});

// The shapes an exported debate is made of, in reading order (DebateReport says what goes in them);
// each text format renders them its own way.
class ReportWriter
{
public:
    virtual ~ReportWriter() = default;

    virtual void title(const QString &text, const QString &language) = 0;
    // Labelled facts about the whole document (format, status, cost...).
    virtual void facts(const QList<QPair<QString, QString>> &facts) = 0;
    virtual void section(const QString &heading) = 0;
    virtual void bullets(const QList<Line> &items) = 0;
    virtual void paragraph(const Line &line) = 0;
    // Free text: blank lines separate paragraphs.
    virtual void text(const QString &text) = 0;
    // The first column labels a row; the other columns are figures.
    virtual void table(const QStringList &header, const QList<QStringList> &rows) = 0;
    virtual void code(const CodeInput &code) = 0;
    // side: "pro", "con", "moderator" or "audience".
    virtual void beginSpeech(int number, const QString &heading, const QString &side, const Line &meta) = 0;
    virtual void citations(const QList<Citation> &citations) = 0;
    virtual void endSpeech() = 0;
    virtual QString finish() = 0;
};

} // namespace rostrum
