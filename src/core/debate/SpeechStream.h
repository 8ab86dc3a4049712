#pragma once

#include "api/ApiError.h"
#include "api/ChatRequest.h"
#include "debate/BudgetGuard.h"
#include "debate/DebateTranscript.h"
#include "debate/RequestTokens.h"
#include "flow/PrefixStripper.h"
#include "flow/RequestScheduler.h"

#include <QObject>
#include <QPointer>

#include <functional>

namespace rostrum {

class ChatBackend;
class ChatHandle;
class SpeechRequestFactory;
struct ChatResult;
struct UsageRecord;

// The one request of a debate in flight, from submit to settled text: it sends the request through the
// ChatBackend with the debate's options, streams the answer into its speech (a resume prefix stripped, the text
// before a cite_lines round kept in front), charges what it cost, runs the cite_lines rounds (CiteLinesRound) and,
// at the end, leaves the speech's text, usage and citations as they stand. What comes next is the engine's call.
class SpeechStream : public QObject
{
    Q_OBJECT
public:
    enum class Kind { Speech, Moderator, Judge };
    // Whether a request may go (the budget); false has stopped the debate.
    using MayGo = std::function<bool(const ChatRequest &request)>;

    SpeechStream(ChatBackend *chat, const BudgetGuard &budget, const RequestTokens &tokens, QObject *parent = nullptr);
    ~SpeechStream() override; // cancels the request in flight

    // The transcript it writes into (and saves), the follow-up requests' factory and the budget check.
    void setDebate(DebateTranscript *transcript, const SpeechRequestFactory *requests, const MayGo &mayGo);

    // Sends `request` for speech `speechIndex` (-1 for the judge). A speech cut mid-stream continues from
    // `prefix`, which its request carries as a final assistant prefix message.
    void start(Kind kind, int speechIndex, const ChatRequest &request, const QString &prefix = {},
               bool regenerate = false, bool allowCache = true);
    bool isBusy() const { return !m_handle.isNull(); }
    int speechIndex() const { return m_job.speechIndex; }
    void cancel();

Q_SIGNALS:
    void progress(const rostrum::RequestScheduler::Progress &progress);
    void speechDelta(int index, const QString &text);
    void speechUpdated(int index, const rostrum::Speech &speech);
    void costChanged(double spentUsd);
    // The speech's request(s) ended well: its text and citations are final, its status Finished.
    void speechDone(int index, bool regenerated);
    // It ended badly (cancelled: stopped by the user); the text that arrived is kept in the speech.
    void speechFailed(const rostrum::ApiError &error);
    // A judge's request ended; costUsd is what it cost (already added to the debate's cost).
    void judgeAnswered(const QString &text, double costUsd);
    void judgeFailed(const rostrum::ApiError &error, double costUsd);

private:
    struct Job
    {
        Kind kind = Kind::Speech;
        int speechIndex = -1;
        QString prefix; // sent as a final assistant prefix message (resume), stripped from the answer
        QString base; // text already in the speech before this request, kept in front of the answer
        int toolRounds = 0;
        bool regenerate = false;
        QList<ChatMessage> messages;
    };

    void send(const ChatRequest &request, bool allowCache);
    void onDelta(const QString &text);
    void onTextReset();
    void onFinished(const ChatResult &result, const UsageRecord &usage);
    void onFailed(const ApiError &error, const ChatResult &partial, const UsageRecord &usage);
    double charge(const UsageRecord &usage, const QString &resultModel);
    void applyAnswer(Speech &s, const QString &text, const UsageRecord &usage, double cost) const;
    void continueAfterTools(Speech &s, const ChatResult &result, ChatHandle *handle);
    void settle(Speech &s, ChatHandle *handle);
    QList<Citation> citationsFor(const QString &text) const;

    ChatBackend *m_chat;
    BudgetGuard m_budget;
    RequestTokens m_tokens;
    DebateTranscript *m_transcript = nullptr;
    DebateRecord *m_record = nullptr; // m_transcript's
    const SpeechRequestFactory *m_requests = nullptr;
    MayGo m_mayGo;
    QPointer<ChatHandle> m_handle;
    Job m_job;
    PrefixStripper m_stripper;
    QList<Citation> m_toolCitations; // of the speech in flight
};

} // namespace rostrum
