#include "MockReply.h"

#include "MockErrorBodies.h"

namespace rostrum::test {

MockReply MockReply::withText(const QString &text)
{
    MockReply reply;
    reply.text = text;
    return reply;
}

MockReply MockReply::error(int status, const QByteArray &body)
{
    MockReply reply;
    reply.status = status;
    reply.errorBody = body;
    return reply;
}

MockReply MockReply::error(int status, ErrorShape shape)
{
    return error(status, MockErrorBodies::body(shape));
}

} // namespace rostrum::test
