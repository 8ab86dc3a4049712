#pragma once

#include <QJsonArray>

namespace rostrum::test {

// The default answer of GET /v1/models: a small catalogue shaped like the real one.
class MockModelCatalog
{
public:
    static QJsonArray defaultModels();
};

} // namespace rostrum::test
