#pragma once

#include "api/MistralClient.h"
#include "batch/BatchCall.h"
#include "batch/BatchClient.h"
#include "MockMistralServer.h"

#include <QNetworkAccessManager>
#include <QTest>

// The batch stack against a real local mock server: one access manager, one MistralClient, one BatchClient.
struct BatchTestRig
{
    rostrum::test::MockMistralServer server;
    QNetworkAccessManager nam;
    rostrum::MistralClient mistral {&nam, nullptr};
    rostrum::BatchClient client {&mistral};

    explicit BatchTestRig(rostrum::Clock *clock = nullptr)
        : mistral(&nam, clock)
    {
        if (clock)
            server.setClock(clock);
        if (!server.listen())
            qFatal("the mock server cannot listen");
        mistral.setBaseUrl(server.baseUrl());
        mistral.setApiKey(QStringLiteral("test-key"));
    }

    struct Answer
    {
        bool ended = false;
        bool ok = false;
        QByteArray body;
        QJsonObject json;
        rostrum::ApiError error;
    };
    // Waits (processing events, bounded) for a call's end.
    static Answer await(rostrum::BatchCall *call)
    {
        Answer a;
        QObject::connect(call, &rostrum::BatchCall::finished, call,
                         [&a](const QByteArray &body, const QJsonObject &json) {
                             a.ended = a.ok = true;
                             a.body = body;
                             a.json = json;
                         });
        QObject::connect(call, &rostrum::BatchCall::failed, call, [&a](const rostrum::ApiError &e) {
            a.ended = true;
            a.error = e;
        });
        if (!QTest::qWaitFor([&a] { return a.ended; }, 10000)) {
            qWarning("the call did not end");
            call->disconnect();
        }
        call->deleteLater();
        return a;
    }

    // A chat request whose only user message is `prompt`.
    static rostrum::ChatRequest request(const QString &prompt,
                                        const QString &model = QStringLiteral("mistral-small-latest"))
    {
        rostrum::ChatRequest r;
        r.model = model;
        r.messages = {rostrum::ChatMessage::user(prompt)};
        r.stream = true; // a batch body is sent with stream off whatever the caller asked
        return r;
    }

    // Answers every chat line with "answer to <its last user message>".
    void answerByPrompt()
    {
        server.setReplyProvider(
            [](int, const rostrum::test::RecordedRequest &r) -> std::optional<rostrum::test::MockReply> {
                const QJsonArray messages = r.json.value(QLatin1String("messages")).toArray();
                const QString prompt = messages.last().toObject().value(QLatin1String("content")).toString();
                return rostrum::test::MockReply::withText(QStringLiteral("answer to ") + prompt);
            });
    }
};
