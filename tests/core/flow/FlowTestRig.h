#pragma once

#include "api/MistralClient.h"
#include "clock/ManualClock.h"
#include "flow/ChatService.h"
#include "flow/RequestScheduler.h"
#include "MockMistralServer.h"
#include "session/AppServices.h"

#include <QTest>

// The whole flow stack, wired by AppServices as the fronts wire it (no database), against a real local mock
// server, with one ManualClock driving both the server's rate windows and the client's waits: virtual time is
// exact, network time is zero.
struct FlowTestRig
{
    rostrum::ManualClock clock;
    rostrum::test::MockMistralServer server;
    rostrum::AppServices services {&clock, rostrum::AppServices::Options {}};
    rostrum::MistralClient &client = *services.client();
    rostrum::RateLimiter &limiter = *services.limiter();
    rostrum::RequestScheduler &scheduler = *services.scheduler();
    rostrum::ChatService &service = *services.chat();

    FlowTestRig()
    {
        server.setClock(&clock);
        QVERIFY(server.listen());
        services.setEndpoint(server.baseUrl(), QStringLiteral("test-key"));
        limiter.setSafetyMarginMs(0);
        limiter.setProfile(rostrum::RateLimiter::Profile::Custom, {});
        rostrum::RetryPolicy::Config cfg;
        service.setRetryPolicy(rostrum::RetryPolicy(cfg, 1234));
    }

    static rostrum::ChatRequest request(const QString &prompt = QStringLiteral("Say hello."), bool stream = true)
    {
        rostrum::ChatRequest r;
        r.model = QStringLiteral("mistral-small-latest");
        r.messages = {rostrum::ChatMessage::user(prompt)};
        r.stream = stream;
        return r;
    }

    // Runs the world until done() holds: let the network settle, then move virtual time to the
    // next thing anyone waits for. Fails if nothing is left to wait for.
    template<typename Done> bool drive(Done done, int maxSteps = 100000)
    {
        for (int i = 0; i < maxSteps; ++i) {
            // The network settles when no call is on the wire (a finished call may start others)
            // and the server is done with every exchange. Busy, not open, connections: QNAM may
            // connect a spare channel that then carries no request and stays open in its pool,
            // and waiting for that one to close would wait forever.
            QElapsedTimer guard;
            guard.start();
            while (service.activeCalls() > 0 || server.busyConnections() > 0) {
                QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
                if (guard.elapsed() > 20000) {
                    qWarning("network did not settle: %d calls active, %d busy of %d open connections at %lld ms",
                             service.activeCalls(), server.busyConnections(), server.openConnections(), clock.nowMs());
                    return false;
                }
            }
            QCoreApplication::processEvents();
            if (done())
                return true;
            if (service.activeCalls() > 0)
                continue;
            if (!clock.advanceToNext())
                return done();
        }
        return false;
    }
};
