#pragma once

#include "debate/DebateEngine.h"

#include <QObject>
#include <QUrl>

#include <memory>

class QNetworkAccessManager;

namespace rostrum {
class ChatService;
class Clock;
class MistralClient;
class ModelCatalog;
class RateLimiter;
class RequestScheduler;
} // namespace rostrum

namespace rostrum::gui {

class StatusIndicators;
class TranscriptModel;

// Connects one running debate to the window: builds the request pipeline (client, limiter,
// scheduler, chat service) and a DebateEngine, and turns the engine's signals into transcript rows
// (streamed text through the model's frame coalescing) and status-bar states (limiter waits and
// retry countdowns). All rules stay in the engine; this class only relays.
class DebateSession : public QObject
{
    Q_OBJECT
public:
    DebateSession(TranscriptModel *transcript, StatusIndicators *status, const ModelCatalog *catalog, Clock *clock,
                  QObject *parent = nullptr);
    ~DebateSession() override;

    // Where requests go and with which key (empty: none, for a custom endpoint that needs none).
    void configure(const QUrl &baseUrl, const QString &apiKey, const QString &rateProfile = QStringLiteral("auto"));

    bool start(const DebateSpec &spec, QString *error = nullptr);
    DebateEngine *engine() const { return m_engine.get(); }
    DebateEngine::State state() const;
    DebateRecord record() const;
    bool isActive() const;

public slots:
    void togglePause();
    void stop();
    bool regenerate();

signals:
    void stateChanged(rostrum::DebateEngine::State state);
    void costChanged(double spentUsd);
    void finished(rostrum::DebateRecord::Status status);
    void message(const QString &text);

private:
    void connectEngine();
    void showProgress(const RequestScheduler::Progress &progress);
    void updateUsage();

    TranscriptModel *m_transcript;
    StatusIndicators *m_status;
    const ModelCatalog *m_catalog;
    Clock *m_clock;
    std::unique_ptr<QNetworkAccessManager> m_nam;
    std::unique_ptr<MistralClient> m_client;
    std::unique_ptr<RateLimiter> m_limiter;
    std::unique_ptr<RequestScheduler> m_scheduler;
    std::unique_ptr<ChatService> m_chat;
    std::unique_ptr<DebateEngine> m_engine;
};

} // namespace rostrum::gui
