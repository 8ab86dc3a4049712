#include "CodeEvidence.h"

#include "debate/JsonFields.h"

#include <QJsonDocument>
#include <QRegularExpression>

namespace rostrum {

namespace {
QString squeeze(const QString &s)
{
    return s.simplified();
}
} // namespace

QString Citation::lines() const
{
    if (endLine <= startLine)
        return QStringLiteral("L%1").arg(startLine);
    return QStringLiteral("L%1-L%2").arg(startLine).arg(endLine);
}

QJsonObject Citation::toJson() const
{
    QJsonObject o {
        {QStringLiteral("lines"), lines()}, {QStringLiteral("verified"), verified}, {QStringLiteral("source"), source}};
    insertIfSet(o, QStringLiteral("quote"), quote);
    insertIfSet(o, QStringLiteral("reason"), reason);
    return o;
}

Citation Citation::fromJson(const QJsonObject &o)
{
    Citation c;
    static const QRegularExpression re(QStringLiteral("^L(\\d+)(?:-L(\\d+))?$"));
    const auto m = re.match(o.value(QLatin1String("lines")).toString());
    if (m.hasMatch()) {
        c.startLine = m.captured(1).toInt();
        c.endLine = m.captured(2).isEmpty() ? c.startLine : m.captured(2).toInt();
    }
    c.verified = o.value(QLatin1String("verified")).toBool();
    c.source = o.value(QLatin1String("source")).toString();
    c.quote = o.value(QLatin1String("quote")).toString();
    c.reason = o.value(QLatin1String("reason")).toString();
    return c;
}

CodeEvidence::CodeEvidence(const QString &code)
{
    if (code.isEmpty())
        return;
    m_lines = code.split(QLatin1Char('\n'));
    // A trailing newline ends the last line; it does not start another.
    if (code.endsWith(QLatin1Char('\n')))
        m_lines.removeLast();
    for (QString &l : m_lines) {
        if (l.endsWith(QLatin1Char('\r')))
            l.chop(1);
    }
}

QString CodeEvidence::line(int oneBased) const
{
    if (oneBased < 1 || oneBased > m_lines.size())
        return {};
    return m_lines.at(oneBased - 1);
}

QList<Citation> CodeEvidence::parseReferences(const QString &speech)
{
    // L12, L12-L20, L12-20, L12–L20 (en dash), L12 - L20; not inside a word ("HTML5" or "URL1").
    static const QRegularExpression re(
        QStringLiteral("(?<![\\w])L(\\d{1,7})(?:\\s*[-\\x{2013}\\x{2014}]\\s*L?(\\d{1,7}))?(?![\\w])"));
    QList<Citation> out;
    auto it = re.globalMatch(speech);
    while (it.hasNext()) {
        const auto m = it.next();
        Citation c;
        c.source = QStringLiteral("text");
        c.startLine = m.captured(1).toInt();
        c.endLine = m.captured(2).isEmpty() ? c.startLine : m.captured(2).toInt();
        bool seen = false;
        for (const Citation &o : std::as_const(out))
            seen = seen || (o.startLine == c.startLine && o.endLine == c.endLine);
        if (!seen)
            out << c;
    }
    return out;
}

Citation CodeEvidence::parseToolCall(const QString &argumentsJson)
{
    Citation c;
    c.source = QStringLiteral("tool");
    const QJsonDocument doc = QJsonDocument::fromJson(argumentsJson.toUtf8());
    if (!doc.isObject()) {
        c.reason = QStringLiteral("the cite_lines arguments are not a JSON object");
        return c;
    }
    const QJsonObject o = doc.object();
    auto number = [&o](const char *key) {
        const QJsonValue v = o.value(QLatin1String(key));
        // Models sometimes send numbers as strings; accept both.
        return v.isString() ? v.toString().toInt() : v.toInt();
    };
    c.startLine = number("start");
    c.endLine = o.contains(QLatin1String("end")) ? number("end") : c.startLine;
    c.quote = o.value(QLatin1String("quote")).toString();
    return c;
}

Citation CodeEvidence::verify(Citation c) const
{
    c.verified = false;
    if (c.startLine < 1) {
        if (c.reason.isEmpty())
            c.reason = QStringLiteral("no line number");
        return c;
    }
    if (c.endLine < c.startLine) {
        c.reason = QStringLiteral("the range ends before it starts");
        return c;
    }
    if (c.endLine > lineCount()) {
        c.reason = QStringLiteral("the code has only %1 lines").arg(lineCount());
        return c;
    }
    if (!c.quote.trimmed().isEmpty()) {
        const QString cited = squeeze(m_lines.mid(c.startLine - 1, c.endLine - c.startLine + 1).join(QLatin1Char(' ')));
        if (!cited.contains(squeeze(c.quote))) {
            c.reason = QStringLiteral("the quoted text is not in %1").arg(c.lines());
            return c;
        }
    }
    c.verified = true;
    c.reason.clear();
    return c;
}

QList<Citation> CodeEvidence::verifyAll(QList<Citation> cs) const
{
    for (Citation &c : cs)
        c = verify(c);
    return cs;
}

QJsonObject CodeEvidence::citeLinesTool(const QString &description)
{
    const QJsonObject params {
        {QStringLiteral("type"), QStringLiteral("object")},
        {QStringLiteral("properties"),
         QJsonObject {
             {QStringLiteral("start"),
              QJsonObject {{QStringLiteral("type"), QStringLiteral("integer")},
                           {QStringLiteral("description"), QStringLiteral("first cited line, counting from 1")}}},
             {QStringLiteral("end"),
              QJsonObject {{QStringLiteral("type"), QStringLiteral("integer")},
                           {QStringLiteral("description"), QStringLiteral("last cited line (inclusive)")}}},
             {QStringLiteral("quote"),
              QJsonObject {{QStringLiteral("type"), QStringLiteral("string")},
                           {QStringLiteral("description"), QStringLiteral("the cited code, verbatim (optional)")}}}}},
        {QStringLiteral("required"), QJsonArray {QStringLiteral("start"), QStringLiteral("end")}}};
    return {{QStringLiteral("type"), QStringLiteral("function")},
            {QStringLiteral("function"),
             QJsonObject {{QStringLiteral("name"), QStringLiteral("cite_lines")},
                          {QStringLiteral("description"), description},
                          {QStringLiteral("parameters"), params}}}};
}

} // namespace rostrum
