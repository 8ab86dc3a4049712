#pragma once

#include "clock/Clock.h"
#include "flow/ChatService.h"
#include "MockMistralServer.h"
#include "models/ModelCatalog.h"
#include "session/AppServices.h"

#include <QPointer>

#include <memory>

namespace rostrum::test {

// A MockMistralServer with Rostrum's request pipeline in front of it, wired by AppServices exactly as the desktop
// app and rostrum-cli wire it (no database: nothing is stored), on the system clock, with the shipped model
// catalog: what the tests of the layers above the wire (summariser, debate engine) talk to. Header-only, so the
// support library does not depend on the core modules; a test using it links rostrum-core-session.
class ChatPipeline
{
public:
    ~ChatPipeline() { stop(); }

    // Listens and builds the pipeline; false if the server cannot listen or the catalog cannot load.
    bool start()
    {
        stop();
        server = std::make_unique<MockMistralServer>();
        if (!server->listen())
            return false;
        catalog = std::make_unique<ModelCatalog>();
        if (!catalog->loadShipped())
            return false;
        services = std::make_unique<AppServices>(Clock::system(), AppServices::Options {}, catalog.get());
        services->setEndpoint(server->baseUrl(), QStringLiteral("test-key"));
        chat = services->chat();
        return true;
    }

    // Tears down in the reverse order of use: nothing outlives what it points to.
    void stop()
    {
        services.reset();
        server.reset();
    }

    // The chat requests the server received, in order.
    QList<RecordedRequest> chats() const
    {
        QList<RecordedRequest> out;
        for (const RecordedRequest &r : server->requests())
            if (r.isChat())
                out << r;
        return out;
    }

    std::unique_ptr<MockMistralServer> server;
    std::unique_ptr<ModelCatalog> catalog;
    std::unique_ptr<AppServices> services;
    QPointer<ChatService> chat; // services->chat(), null once stopped
};

} // namespace rostrum::test
