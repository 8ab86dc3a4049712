#pragma once

#include <QJsonObject>
#include <QJsonValue>
#include <QString>
#include <QStringList>

namespace rostrum::test {

// Deterministic stand-in for a model: plausible debate speeches, JSON that conforms to a
// requested schema, token-sized pieces, and the mock's token arithmetic. Same request in,
// same answer out, on every machine (no process-seeded hashing).
class MockAnswerGenerator
{
public:
    // A short speech (four to six sentences) that names the motion found in the last user
    // message and takes the side the system prompt suggests.
    static QString speech(const QJsonObject &request);
    // For response_format json_schema: an instance of the schema; json_object: {"answer": speech}.
    // Empty when the request asks for plain text.
    static QString structuredAnswer(const QJsonObject &request);
    // An instance of a JSON schema (objects, required/optional properties, $ref to $defs or
    // definitions, strings with enum/minLength/maxLength, numbers and integers within bounds,
    // booleans, arrays with minItems/maxItems, anyOf/oneOf/allOf, const, nullable type lists).
    static QJsonValue instanceOf(const QJsonObject &schema, const QJsonObject &root, quint64 seed,
                                 const QString &name = {}, int depth = 0);

    // Word-sized pieces (a leading space stays with its word, long words are cut at 6 characters,
    // never inside a surrogate pair), like a tokenizer's stream.
    static QStringList splitPieces(const QString &text);
    // Exactly `tokens` pieces of flowing debate text (for long-stream benchmarks).
    static QStringList longPieces(int tokens, quint64 seed);

    // Token arithmetic of the mock: a piece costs max(1, utf8 bytes / 4).
    static int tokensIn(const QString &piece);
    // Sum over messages of max(1, utf8 bytes of the text / 4), plus tools JSON / 4.
    static int promptTokens(const QJsonObject &request);
    // The text of a message content: a string, or the text/thinking parts of a chunk array.
    static QString contentText(const QJsonValue &content);
    // The prefix text when the last message is an assistant message with "prefix": true.
    static QString prefixOf(const QJsonObject &request);

    static quint64 fnv1a(const QByteArray &bytes);
};

} // namespace rostrum::test
