#include "RecordedRequest.h"

namespace rostrum::test {

QByteArray RecordedRequest::header(const QByteArray &nameCaseInsensitive) const
{
    for (const auto &[name, value] : headers) {
        if (name.compare(nameCaseInsensitive, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

bool RecordedRequest::isChat() const
{
    return method == "POST" && (path == "/v1/chat/completions" || path.startsWith("/v1/chat/completions?"));
}

} // namespace rostrum::test
