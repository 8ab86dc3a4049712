#include "DebateSpec.h"

#include "DebateFormat.h"
#include "Prompts.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonArray>
#include <QSet>

namespace rostrum {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("rostrum::DebateSpec", text);
}
} // namespace

QJsonObject Debater::toJson() const
{
    QJsonObject o {{QStringLiteral("name"), name},
                   {QStringLiteral("side"), side},
                   {QStringLiteral("persona"), persona},
                   {QStringLiteral("model"), model},
                   {QStringLiteral("language"), language}};
    if (human)
        o.insert(QStringLiteral("human"), true);
    return o;
}

Debater Debater::fromJson(const QJsonObject &o)
{
    Debater d;
    d.name = o.value(QLatin1String("name")).toString();
    d.side = o.value(QLatin1String("side")).toString();
    d.persona = o.value(QLatin1String("persona")).toString();
    d.model = o.value(QLatin1String("model")).toString();
    d.language = o.value(QLatin1String("language")).toString();
    d.human = o.value(QLatin1String("human")).toBool(false);
    return d;
}

int CodeInput::lineCount() const
{
    if (text.isEmpty())
        return 0;
    int n = int(text.count(QLatin1Char('\n')));
    // A final line without a newline still counts; a trailing newline does not open a new line.
    if (!text.endsWith(QLatin1Char('\n')))
        ++n;
    return n;
}

QJsonObject CodeInput::toJson() const
{
    return {{QStringLiteral("text"), text},
            {QStringLiteral("file_name"), fileName},
            {QStringLiteral("language"), language}};
}

CodeInput CodeInput::fromJson(const QJsonObject &o)
{
    CodeInput c;
    c.text = o.value(QLatin1String("text")).toString();
    c.fileName = o.value(QLatin1String("file_name")).toString();
    c.language = o.value(QLatin1String("language")).toString();
    return c;
}

QString CodeInput::languageForFileName(const QString &fileName)
{
    static const QList<QPair<QStringList, QString>> table = {
        {{QStringLiteral("cpp"), QStringLiteral("cc"), QStringLiteral("cxx"), QStringLiteral("hpp"),
          QStringLiteral("hh"), QStringLiteral("hxx"), QStringLiteral("h")},
         QStringLiteral("cpp")},
        {{QStringLiteral("c")}, QStringLiteral("c")},
        {{QStringLiteral("py")}, QStringLiteral("python")},
        {{QStringLiteral("js"), QStringLiteral("mjs")}, QStringLiteral("javascript")},
        {{QStringLiteral("ts")}, QStringLiteral("typescript")},
        {{QStringLiteral("rs")}, QStringLiteral("rust")},
        {{QStringLiteral("go")}, QStringLiteral("go")},
        {{QStringLiteral("java")}, QStringLiteral("java")},
        {{QStringLiteral("kt")}, QStringLiteral("kotlin")},
        {{QStringLiteral("cs")}, QStringLiteral("csharp")},
        {{QStringLiteral("rb")}, QStringLiteral("ruby")},
        {{QStringLiteral("php")}, QStringLiteral("php")},
        {{QStringLiteral("sh"), QStringLiteral("bash")}, QStringLiteral("bash")},
        {{QStringLiteral("sql")}, QStringLiteral("sql")},
        {{QStringLiteral("swift")}, QStringLiteral("swift")},
    };
    const QString suffix = QFileInfo(fileName).suffix().toLower();
    for (const auto &row : table) {
        if (row.first.contains(suffix))
            return row.second;
    }
    return suffix.isEmpty() ? QStringLiteral("text") : suffix;
}

QStringList DebateSpec::validate() const
{
    QStringList problems;
    if (motion.trimmed().isEmpty())
        problems << tr("The motion is empty: say what the debate is about.");
    else if (motion.size() > 2000)
        problems << tr("The motion is longer than 2000 characters: state it in a sentence or two.");

    const QStringList languages = Prompts::availableLanguages();
    if (!languages.contains(language))
        problems << tr("The language \"%1\" is not supported (supported: %2).")
                        .arg(language, languages.join(QStringLiteral(", ")));

    const QStringList formats = DebateFormat::availableFormats();
    std::optional<DebateFormat> fmt;
    if (!formats.contains(format)) {
        problems << tr("The format \"%1\" is unknown (known: %2).").arg(format, formats.join(QStringLiteral(", ")));
    } else {
        fmt = DebateFormat::load(format);
        if (fmt && fmt->usesRounds() && (rounds < fmt->minRounds() || rounds > fmt->maxRounds()))
            problems << tr("The %1 format takes %2 to %3 rebuttal rounds, not %4.")
                            .arg(format)
                            .arg(fmt->minRounds())
                            .arg(fmt->maxRounds())
                            .arg(rounds);
        if (fmt && fmt->requiresCode() && code.isEmpty())
            problems << tr("The %1 format debates code: paste some code or give a file.").arg(format);
    }

    if (debaters.size() < kMinDebaters || debaters.size() > kMaxDebaters)
        problems << tr("A debate needs 2 to 4 debaters, not %1.").arg(debaters.size());
    QSet<QString> sides;
    int humans = 0;
    for (int i = 0; i < debaters.size(); ++i) {
        const Debater &d = debaters.at(i);
        if (d.side != QLatin1String("pro") && d.side != QLatin1String("con"))
            problems << tr("Debater %1 has side \"%2\": a side is \"pro\" or \"con\".").arg(i + 1).arg(d.side);
        else
            sides.insert(d.side);
        if (!d.language.isEmpty() && !languages.contains(d.language))
            problems << tr("Debater %1 speaks \"%2\", which is not a supported language.").arg(i + 1).arg(d.language);
        if (d.persona.size() > 2000)
            problems << tr("Debater %1's persona is longer than 2000 characters.").arg(i + 1);
        if (d.human)
            ++humans;
    }
    if (debaters.size() >= kMinDebaters && sides.size() < 2)
        problems << tr("Both sides need a debater: at least one \"pro\" and one \"con\".");
    if (humans > 0 && humans == debaters.size())
        problems << tr("At least one debater must be an AI model.");

    const QStringList panel = judgeModels();
    if (panel.size() > kMaxJudges)
        problems << tr("A debate takes 1 to %1 judges, not %2.").arg(kMaxJudges).arg(panel.size());
    if (panel.contains(QString()))
        problems << tr("Every judge needs a model.");
    if (judgeSwap && panel.isEmpty())
        problems << tr("The order swap asks the judges again: choose a judge.");

    if (maxTokens < 50 || maxTokens > 32000)
        problems << tr("The speech length (max tokens) must be between 50 and 32000, not %1.").arg(maxTokens);
    if (budgetUsd && !(*budgetUsd > 0.0))
        problems << tr("The budget cap must be a positive amount in USD.");
    if (temperature < 0.0 || temperature > 1.5)
        problems << tr("The temperature must be between 0 and 1.5.");
    return problems;
}

int DebateSpec::debaterFor(const QString &side, int nthOfSide) const
{
    QList<int> seats;
    for (int i = 0; i < debaters.size(); ++i) {
        if (debaters.at(i).side == side)
            seats << i;
    }
    if (seats.isEmpty())
        return -1;
    return seats.at(nthOfSide % seats.size());
}

QString DebateSpec::languageOf(int debaterIndex) const
{
    if (debaterIndex >= 0 && debaterIndex < debaters.size() && !debaters.at(debaterIndex).language.isEmpty())
        return debaters.at(debaterIndex).language;
    return language;
}

QJsonObject DebateSpec::toJson() const
{
    QJsonArray seats;
    for (const Debater &d : debaters)
        seats.append(d.toJson());
    QJsonObject o {{QStringLiteral("motion"), motion},
                   {QStringLiteral("language"), language},
                   {QStringLiteral("format"), format},
                   {QStringLiteral("rounds"), rounds},
                   {QStringLiteral("debaters"), seats},
                   {QStringLiteral("moderator_model"), moderatorModel},
                   {QStringLiteral("max_tokens"), maxTokens},
                   {QStringLiteral("temperature"), temperature},
                   {QStringLiteral("budget_usd"), budgetUsd ? QJsonValue(*budgetUsd) : QJsonValue()}};
    if (!code.isEmpty())
        o.insert(QStringLiteral("code"), code.toJson());
    // A single judge keeps the document as it always was; "judge_model" stays the first judge for old readers.
    const QStringList panel = judgeModels();
    o.insert(QStringLiteral("judge_model"), panel.value(0));
    if (panel.size() > 1)
        o.insert(QStringLiteral("judges"), QJsonArray::fromStringList(panel));
    if (judgeSwap)
        o.insert(QStringLiteral("judge_swap"), true);
    return o;
}

DebateSpec DebateSpec::fromJson(const QJsonObject &o)
{
    DebateSpec s;
    s.motion = o.value(QLatin1String("motion")).toString();
    s.language = o.value(QLatin1String("language")).toString(s.language);
    s.format = o.value(QLatin1String("format")).toString(s.format);
    s.rounds = o.value(QLatin1String("rounds")).toInt(s.rounds);
    const QJsonArray seats = o.value(QLatin1String("debaters")).toArray();
    for (const QJsonValue &v : seats)
        s.debaters << Debater::fromJson(v.toObject());
    s.moderatorModel = o.value(QLatin1String("moderator_model")).toString();
    s.judgeModel = o.value(QLatin1String("judge_model")).toString();
    if (o.value(QLatin1String("judges")).isArray()) {
        QStringList panel;
        for (const QJsonValue &j : o.value(QLatin1String("judges")).toArray())
            panel << j.toString();
        s.setJudges(panel);
    }
    s.judgeSwap = o.value(QLatin1String("judge_swap")).toBool(false);
    s.maxTokens = o.value(QLatin1String("max_tokens")).toInt(s.maxTokens);
    s.temperature = o.value(QLatin1String("temperature")).toDouble(s.temperature);
    const QJsonValue budget = o.value(QLatin1String("budget_usd"));
    if (budget.isDouble())
        s.budgetUsd = budget.toDouble();
    if (o.contains(QLatin1String("code")))
        s.code = CodeInput::fromJson(o.value(QLatin1String("code")).toObject());
    return s;
}

QStringList DebateSpec::judgeModels() const
{
    if (!judges.isEmpty())
        return judges;
    return judgeModel.isEmpty() ? QStringList() : QStringList {judgeModel};
}

void DebateSpec::setJudges(const QStringList &models)
{
    judges = models.size() > 1 ? models : QStringList();
    judgeModel = models.value(0);
}

DebateSpec DebateSpec::withSidesSwapped() const
{
    DebateSpec out = *this;
    for (Debater &d : out.debaters) {
        if (d.side == QLatin1String("pro"))
            d.side = QStringLiteral("con");
        else if (d.side == QLatin1String("con"))
            d.side = QStringLiteral("pro");
    }
    return out;
}

} // namespace rostrum
