#include "InputSanitizer.h"

#include <QRegularExpression>

namespace rostrum {

namespace {

struct NamedChar
{
    char32_t code;
    const char *name;
};

// The invisible and bidirectional characters that have no business in typed instructions.
constexpr NamedChar kNamed[] = {
    {0x00AD, "SOFT HYPHEN"},
    {0x061C, "ARABIC LETTER MARK"},
    {0x180E, "MONGOLIAN VOWEL SEPARATOR"},
    {0x200B, "ZERO WIDTH SPACE"},
    {0x200C, "ZERO WIDTH NON-JOINER"},
    {0x200D, "ZERO WIDTH JOINER"},
    {0x200E, "LEFT-TO-RIGHT MARK"},
    {0x200F, "RIGHT-TO-LEFT MARK"},
    {0x202A, "LEFT-TO-RIGHT EMBEDDING"},
    {0x202B, "RIGHT-TO-LEFT EMBEDDING"},
    {0x202C, "POP DIRECTIONAL FORMATTING"},
    {0x202D, "LEFT-TO-RIGHT OVERRIDE"},
    {0x202E, "RIGHT-TO-LEFT OVERRIDE"},
    {0x2060, "WORD JOINER"},
    {0x2061, "FUNCTION APPLICATION"},
    {0x2062, "INVISIBLE TIMES"},
    {0x2063, "INVISIBLE SEPARATOR"},
    {0x2064, "INVISIBLE PLUS"},
    {0x2066, "LEFT-TO-RIGHT ISOLATE"},
    {0x2067, "RIGHT-TO-LEFT ISOLATE"},
    {0x2068, "FIRST STRONG ISOLATE"},
    {0x2069, "POP DIRECTIONAL ISOLATE"},
    {0xFEFF, "ZERO WIDTH NO-BREAK SPACE"},
    {0xFFF9, "INTERLINEAR ANNOTATION ANCHOR"},
    {0xFFFA, "INTERLINEAR ANNOTATION SEPARATOR"},
    {0xFFFB, "INTERLINEAR ANNOTATION TERMINATOR"},
};

constexpr char32_t kZwnj = 0x200C;
constexpr char32_t kZwj = 0x200D;
constexpr char32_t kBlackFlag = 0x1F3F4;

bool isTag(char32_t c)
{
    return c >= 0xE0000 && c <= 0xE007F;
}

bool isPictographic(char32_t c)
{
    return c >= 0x1F000 || c == 0xFE0F || QChar::category(c) == QChar::Symbol_Other;
}

bool isJoiningScriptLetter(char32_t c)
{
    if (c < 0x80)
        return false;
    const auto cat = QChar::category(c);
    return cat == QChar::Letter_Other || cat == QChar::Letter_Lowercase || cat == QChar::Letter_Uppercase
        || cat == QChar::Mark_NonSpacing || cat == QChar::Mark_SpacingCombining;
}

// ZWNJ and ZWJ are part of correct spelling in Persian, Arabic-script and Indic text, and ZWJ
// builds emoji sequences: kept there, removed anywhere else (e.g. between Latin letters, where
// they only serve to split a word so that a filter misses it).
bool joinerIsLegitimate(char32_t c, char32_t prev, char32_t next)
{
    if (c == kZwnj || c == kZwj) {
        if (isJoiningScriptLetter(prev) && isJoiningScriptLetter(next))
            return true;
    }
    if (c == kZwj && isPictographic(prev) && isPictographic(next))
        return true;
    return false;
}

bool isRemovedControl(char32_t c)
{
    if (c == u'\t' || c == u'\n' || c == u'\r')
        return false;
    return c < 0x20 || c == 0x7F || (c >= 0x80 && c <= 0x9F);
}

void count(QList<InputSanitizer::Removal> &removed, const QString &what)
{
    for (auto &r : removed) {
        if (r.what == what) {
            ++r.count;
            return;
        }
    }
    removed.append({what, 1});
}

const QRegularExpression &controlSequencePattern()
{
    static const QRegularExpression re = [] {
        QStringList alternatives;
        for (const QString &s : InputSanitizer::controlSequences())
            alternatives << QRegularExpression::escape(s);
        return QRegularExpression(alternatives.join(QLatin1Char('|')), QRegularExpression::CaseInsensitiveOption);
    }();
    return re;
}

QString canonicalSequence(const QString &matched)
{
    for (const QString &s : InputSanitizer::controlSequences()) {
        if (s.compare(matched, Qt::CaseInsensitive) == 0)
            return s;
    }
    return matched;
}

} // namespace

QStringList InputSanitizer::controlSequences()
{
    return {QStringLiteral("[INST]"),           QStringLiteral("[/INST]"),      QStringLiteral("[SYSTEM_PROMPT]"),
            QStringLiteral("[/SYSTEM_PROMPT]"), QStringLiteral("[TOOL_CALLS]"), QStringLiteral("[AVAILABLE_TOOLS]"),
            QStringLiteral("[TOOL_RESULTS]"),   QStringLiteral("<s>"),          QStringLiteral("</s>"),
            QStringLiteral("<<SYS>>")};
}

bool InputSanitizer::isInvisibleOrBidi(char32_t c)
{
    if (isRemovedControl(c) || isTag(c))
        return true;
    for (const auto &n : kNamed) {
        if (n.code == c)
            return true;
    }
    return false;
}

QString InputSanitizer::describeCharacter(char32_t c)
{
    const QString code = QStringLiteral("U+%1").arg(uint(c), 4, 16, QLatin1Char('0')).toUpper();
    for (const auto &n : kNamed) {
        if (n.code == c)
            return code + QLatin1Char(' ') + QLatin1String(n.name);
    }
    if (isTag(c))
        return code + QStringLiteral(" TAG CHARACTER");
    if (isRemovedControl(c))
        return code + QStringLiteral(" CONTROL CHARACTER");
    return code;
}

int InputSanitizer::Result::removedCount() const
{
    int n = 0;
    for (const auto &r : removed)
        n += r.count;
    return n;
}

QString InputSanitizer::Result::summary() const
{
    if (removed.isEmpty())
        return {};
    QStringList parts;
    for (const auto &r : removed)
        parts << (r.count == 1 ? r.what : QStringLiteral("%1 × %2").arg(r.count).arg(r.what));
    return tr("Removed from your text: %1. These are chat-template control sequences or invisible characters "
              "that could change how the model reads it.")
        .arg(parts.join(QStringLiteral(", ")));
}

InputSanitizer::Result InputSanitizer::sanitizeInstruction(const QString &text)
{
    return sanitizeInstruction(text, Options());
}

InputSanitizer::Result InputSanitizer::sanitizeInstruction(const QString &text, const Options &options)
{
    Result result;

    // 1. Invisible and bidi characters first: they could otherwise split a control sequence
    //    ("[IN\u200BST]") so that it escapes step 2 and reappears when the model reads it.
    const QList<uint> ucs = text.toUcs4();
    QString cleaned;
    cleaned.reserve(text.size());
    bool inFlagTags = false;
    for (qsizetype i = 0; i < ucs.size(); ++i) {
        const char32_t c = ucs.at(i);
        const char32_t prev = i > 0 ? char32_t(ucs.at(i - 1)) : 0;
        const char32_t next = i + 1 < ucs.size() ? char32_t(ucs.at(i + 1)) : 0;
        if (c == kBlackFlag)
            inFlagTags = true;
        else if (!isTag(c))
            inFlagTags = false;
        // Tag characters spell subdivision flags after U+1F3F4 (🏴 England); elsewhere they
        // are invisible ASCII smuggled past the reader.
        const bool keepTag = isTag(c) && inFlagTags;
        if (isInvisibleOrBidi(c) && !keepTag && !joinerIsLegitimate(c, prev, next)) {
            count(result.removed, describeCharacter(c));
            continue;
        }
        // Not QString::fromUcs4: its UTF-32 decoder would drop a leading U+FEFF as a byte-order mark.
        const auto one = QChar::fromUcs4(c);
        cleaned += QStringView(one);
    }

    // 2. Control sequences. Repeat until none is left: removing "[INST]" from "[IN[INST]ST]"
    //    forms a new one.
    for (int pass = 0; pass < 16; ++pass) {
        bool found = false;
        auto it = controlSequencePattern().globalMatch(cleaned);
        while (it.hasNext()) {
            count(result.removed, canonicalSequence(it.next().captured(0)));
            found = true;
        }
        if (!found)
            break;
        cleaned.remove(controlSequencePattern());
    }
    result.text = cleaned;

    // 3. Length: warn, never cut.
    if (options.tokenLimit > 0) {
        if (options.countTokens) {
            result.tokens = options.countTokens(result.text);
            result.tokensExact = true;
        } else {
            // About four characters a token for Latin-script text; labelled as an estimate.
            result.tokens = int((result.text.size() + 3) / 4);
            result.tokensExact = false;
        }
        if (result.tokens > options.tokenLimit) {
            result.overLimit = true;
            const QString model = options.modelName.isEmpty() ? tr("the model") : options.modelName;
            const QString count =
                result.tokensExact ? QString::number(result.tokens) : tr("about %1").arg(result.tokens);
            result.warnings << tr("This text is %1 tokens long, but %2 accepts at most %3 tokens. It has not been "
                                  "shortened: shorten it, or choose a model with a larger context window.")
                                   .arg(count, model)
                                   .arg(options.tokenLimit);
        }
    }
    if (result.changed())
        result.warnings.prepend(result.summary());
    return result;
}

} // namespace rostrum
