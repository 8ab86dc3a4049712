#pragma once

#include "MockReply.h"

#include <QByteArray>
#include <QJsonValue>

namespace rostrum::test {

// The error bodies observed from api.mistral.ai, byte for byte where a capture exists
// (sources in tests/data/mock/observed-headers-and-errors.md).
class MockErrorBodies
{
public:
    static QByteArray body(ErrorShape shape);
    static QByteArray extraForbidden(const QString &field, const QJsonValue &input);
    static QByteArray unknownModel(const QString &model);
    static QByteArray contextOverflow(int promptTokens, int contextLength);
    static QByteArray notFound(); // unknown path
    static QByteArray methodNotAllowed();
    // A status that fits the shape (401, 422, 429, ...).
    static int statusOf(ErrorShape shape);
};

} // namespace rostrum::test
