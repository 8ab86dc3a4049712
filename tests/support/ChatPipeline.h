#pragma once

#include "api/MistralClient.h"
#include "clock/Clock.h"
#include "flow/ChatService.h"
#include "flow/RateLimiter.h"
#include "flow/RequestScheduler.h"
#include "MockMistralServer.h"
#include "models/ModelCatalog.h"

#include <QNetworkAccessManager>

#include <memory>

namespace rostrum::test {

// A MockMistralServer with Rostrum's request pipeline in front of it (MistralClient, RateLimiter,
// RequestScheduler, ChatService) on the system clock, and the shipped model catalog: what the tests
// of the layers above the wire (summariser, debate engine) talk to. Header-only, so the support
// library does not depend on the flow and models modules; a test using it links them itself.
class ChatPipeline
{
public:
    ~ChatPipeline() { stop(); }

    // Listens and builds the pipeline; false if the server cannot listen or the catalog cannot load.
    bool start()
    {
        server = std::make_unique<MockMistralServer>();
        if (!server->listen())
            return false;
        nam = std::make_unique<QNetworkAccessManager>();
        client = std::make_unique<MistralClient>(nam.get(), Clock::system());
        client->setBaseUrl(server->baseUrl());
        client->setApiKey(QStringLiteral("test-key"));
        limiter = std::make_unique<RateLimiter>(Clock::system());
        scheduler = std::make_unique<RequestScheduler>(Clock::system(), limiter.get());
        chat = std::make_unique<ChatService>(client.get(), Clock::system(), limiter.get(), scheduler.get());
        catalog = std::make_unique<ModelCatalog>();
        return catalog->loadShipped();
    }

    // Tears down in the reverse order of use: nothing outlives what it points to.
    void stop()
    {
        chat.reset();
        scheduler.reset();
        limiter.reset();
        client.reset();
        nam.reset();
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
    std::unique_ptr<QNetworkAccessManager> nam;
    std::unique_ptr<MistralClient> client;
    std::unique_ptr<RateLimiter> limiter;
    std::unique_ptr<RequestScheduler> scheduler;
    std::unique_ptr<ChatService> chat;
    std::unique_ptr<ModelCatalog> catalog;
};

} // namespace rostrum::test
