#include "SecretStore.h"

#include "SecurityLogging.h"

namespace rostrum {

QString SecretStore::statusName(Status s)
{
    switch (s) {
    case Status::Ok:
        return QStringLiteral("ok");
    case Status::NotFound:
        return QStringLiteral("not_found");
    case Status::Unavailable:
        return QStringLiteral("unavailable");
    case Status::Denied:
        return QStringLiteral("denied");
    case Status::Failed:
        return QStringLiteral("failed");
    }
    return QStringLiteral("failed");
}

} // namespace rostrum
