#pragma once

#include <QJsonObject>
#include <QString>

namespace rostrum {

// Optional text fields stay out of a saved or exported document while they are empty.
inline void insertIfSet(QJsonObject &o, const QString &key, const QString &value)
{
    if (!value.isEmpty())
        o.insert(key, value);
}

} // namespace rostrum
