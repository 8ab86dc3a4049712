#include "ChatHandle.h"

#include "flow/ChatService.h"

namespace rostrum {

ChatHandle::ChatHandle(ChatService *service, const ChatRequest &request, const ChatOptions &options)
    : QObject(service)
    , m_service(service)
    , m_request(request)
    , m_options(options)
{ }

ChatHandle::ChatHandle(const ChatRequest &request, const ChatOptions &options, QObject *parent)
    : QObject(parent)
    , m_request(request)
    , m_options(options)
{ }

ChatHandle::~ChatHandle()
{
    // Deleted by its submitter before the end: the service must forget it, and free its slots.
    if (m_service && !m_ended)
        m_service->abandon(this);
}

void ChatHandle::setFunctionCalls(int made, int succeeded)
{
    m_usage.functionCallsMade = qMax(0, made);
    m_usage.functionCallsSucceeded = qBound(0, succeeded, m_usage.functionCallsMade);
}

bool ChatHandle::endWith(const ChatResult &shown, const UsageRecord &usage)
{
    if (m_service || m_ended)
        return false;
    m_ended = true;
    m_text = shown.text;
    m_thinking = shown.thinking;
    m_usage = usage;
    return true;
}

void ChatHandle::finishWith(const ChatResult &result, const UsageRecord &usage)
{
    if (!endWith(result, usage))
        return;
    emit finished(result, m_usage);
    emit ended();
}

void ChatHandle::failWith(const ApiError &error, const ChatResult &partial, const UsageRecord &usage)
{
    if (!endWith(partial, usage))
        return;
    emit failed(error, partial, m_usage);
    emit ended();
}

void ChatHandle::cancel()
{
    if (m_service)
        m_service->cancel(this);
    else
        emit cancelRequested();
}

} // namespace rostrum
