// rostrum-mock-server: the test mock as a standalone process, for e2e scripts and benchmarks.
//   rostrum-mock-server [--port N] [--key K] [--rpm N] [--tpm N] [--scenario NAME] [--headers 2026|2025|none]
//                       [--framing chunked|close] [--completion-tokens N] [--retry-after]
//                       [--batch-end success|fail|timeout] [--batch-instant]
// Prints "listening on http://127.0.0.1:PORT" (flushed) once ready; stops on SIGTERM/SIGINT.

#include "MockMistralServer.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QSocketNotifier>

#include <csignal>
#include <cstdio>
#include <sys/socket.h>
#include <unistd.h>

using namespace rostrum::test;

namespace {

int g_signalFd[2] = {-1, -1};

void onSignal(int)
{
    const char byte = 1;
    // Only async-signal-safe work here; the event loop reads the byte and quits.
    [[maybe_unused]] const ssize_t n = ::write(g_signalFd[0], &byte, 1);
}

bool applyScenario(MockMistralServer &server, const QString &name, int &rpm, int &tpm)
{
    if (name == QLatin1String("normal"))
        return true;
    if (name == QLatin1String("slow")) {
        MockReply reply;
        reply.tokensPerSecond = 50;
        server.setDefaultReply(reply);
        return true;
    }
    if (name == QLatin1String("long")) {
        MockReply reply;
        reply.completionTokens = 200000;
        server.setDefaultReply(reply);
        return true;
    }
    if (name == QLatin1String("flaky")) {
        // Every third chat request fails, alternating a 500 and a 429 with Retry-After.
        server.setReplyProvider([](int index, const RecordedRequest &) -> std::optional<MockReply> {
            if (index % 3 != 2)
                return std::nullopt;
            if ((index / 3) % 2 == 0)
                return MockReply::error(500, ErrorShape::Internal500);
            MockReply reply = MockReply::error(429, ErrorShape::RateLimited429);
            reply.headers.emplaceBack("Retry-After", "1");
            return reply;
        });
        return true;
    }
    if (name == QLatin1String("ratelimited")) {
        if (rpm <= 0)
            rpm = 5;
        if (tpm <= 0)
            tpm = 20000;
        return true;
    }
    return false;
}

// How every batch job of this server ends (MockBatchScript); false for an unknown end.
bool applyBatchOptions(MockMistralServer &server, const QString &end, bool instant)
{
    MockBatchScript script;
    script.instant = instant;
    if (end == QLatin1String("fail"))
        script.end = MockBatchScript::End::Fail;
    else if (end == QLatin1String("timeout"))
        script.end = MockBatchScript::End::Timeout;
    else if (end != QLatin1String("success"))
        return false;
    server.batch().setDefaultScript(script);
    return true;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("rostrum-mock-server"));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("A local Mistral API mock with scripted behaviour."));
    parser.addHelpOption();
    const QCommandLineOption portOption(QStringLiteral("port"), QStringLiteral("Port (0 = pick one)."),
                                        QStringLiteral("N"), QStringLiteral("0"));
    const QCommandLineOption keyOption(
        QStringLiteral("key"), QStringLiteral("Required API key (default: any non-empty key)."), QStringLiteral("K"));
    const QCommandLineOption rpmOption(QStringLiteral("rpm"), QStringLiteral("Requests per minute (0 = unlimited)."),
                                       QStringLiteral("N"), QStringLiteral("0"));
    const QCommandLineOption tpmOption(QStringLiteral("tpm"), QStringLiteral("Tokens per minute (0 = unlimited)."),
                                       QStringLiteral("N"), QStringLiteral("0"));
    const QCommandLineOption scenarioOption(QStringLiteral("scenario"),
                                            QStringLiteral("normal, slow, flaky, long or ratelimited."),
                                            QStringLiteral("NAME"), QStringLiteral("normal"));
    const QCommandLineOption headersOption(QStringLiteral("headers"),
                                           QStringLiteral("Rate-limit header family: 2026, 2025 or none."),
                                           QStringLiteral("FAMILY"), QStringLiteral("2026"));
    const QCommandLineOption framingOption(
        QStringLiteral("framing"),
        QStringLiteral("Response framing: chunked (HTTP/1.1 keep-alive, one chunk per event, as the API) or close "
                       "(no length, the body ends when the connection closes)."),
        QStringLiteral("FRAMING"), QStringLiteral("chunked"));
    const QCommandLineOption tokensOption(
        QStringLiteral("completion-tokens"),
        QStringLiteral("Every answer is exactly N generated tokens, one per event (long streams for benchmarks; "
                       "--scenario long is 200000)."),
        QStringLiteral("N"));
    const QCommandLineOption retryAfterOption(
        QStringLiteral("retry-after"),
        QStringLiteral("Send Retry-After with the 429s of --rpm/--tpm (the API does not reliably send it)."));
    parser.addOptions({portOption, keyOption, rpmOption, tpmOption, scenarioOption, headersOption, framingOption,
                       tokensOption, retryAfterOption});
    const QCommandLineOption batchEndOption(
        QStringLiteral("batch-end"),
        QStringLiteral("How batch jobs end: success, fail (FAILED after half their requests) or timeout "
                       "(TIMEOUT_EXCEEDED after half)."),
        QStringLiteral("END"), QStringLiteral("success"));
    const QCommandLineOption batchInstantOption(QStringLiteral("batch-instant"),
                                                QStringLiteral("Batch jobs are done when created (no polls needed)."));
    parser.addOptions({batchEndOption, batchInstantOption});
    parser.process(app);

    bool ok = false;
    const uint port = parser.value(portOption).toUInt(&ok);
    if (!ok || port > 65535) {
        std::fprintf(stderr, "rostrum-mock-server: invalid --port\n");
        return 2;
    }
    int rpm = parser.value(rpmOption).toInt();
    int tpm = parser.value(tpmOption).toInt();

    MockMistralServer server;
    server.setApiKey(parser.value(keyOption).toUtf8()); // empty: any non-empty key
    if (!applyScenario(server, parser.value(scenarioOption), rpm, tpm)) {
        std::fprintf(stderr, "rostrum-mock-server: unknown scenario '%s'\n", qPrintable(parser.value(scenarioOption)));
        return 2;
    }
    if (!applyBatchOptions(server, parser.value(batchEndOption), parser.isSet(batchInstantOption))) {
        std::fprintf(stderr, "rostrum-mock-server: --batch-end must be success, fail or timeout\n");
        return 2;
    }
    if (parser.isSet(tokensOption)) {
        const int tokens = parser.value(tokensOption).toInt(&ok);
        if (!ok || tokens < 0) {
            std::fprintf(stderr, "rostrum-mock-server: invalid --completion-tokens\n");
            return 2;
        }
        MockReply reply = server.defaultReply(); // keeps the scenario's pacing
        reply.completionTokens = tokens;
        server.setDefaultReply(reply);
    }
    const QString framing = parser.value(framingOption);
    if (framing == QLatin1String("close")) {
        server.setFraming(Framing::CloseDelimited);
    } else if (framing != QLatin1String("chunked")) {
        std::fprintf(stderr, "rostrum-mock-server: --framing must be chunked or close\n");
        return 2;
    }
    const QString family = parser.value(headersOption);
    if (family == QLatin1String("2025"))
        server.setHeaderFamily(HeaderFamily::Headers2025);
    else if (family == QLatin1String("none"))
        server.setHeaderFamily(HeaderFamily::None);
    server.setLimits(rpm, tpm);
    server.setRateLimitRetryAfter(parser.isSet(retryAfterOption));

    if (::socketpair(AF_UNIX, SOCK_STREAM, 0, g_signalFd) != 0) {
        std::perror("socketpair");
        return 1;
    }
    QSocketNotifier notifier(g_signalFd[1], QSocketNotifier::Read);
    QObject::connect(&notifier, &QSocketNotifier::activated, &app, [] {
        char byte = 0;
        [[maybe_unused]] const ssize_t n = ::read(g_signalFd[1], &byte, 1);
        QCoreApplication::quit();
    });
    struct sigaction action = {};
    action.sa_handler = onSignal;
    sigemptyset(&action.sa_mask);
    action.sa_flags = SA_RESTART;
    sigaction(SIGTERM, &action, nullptr);
    sigaction(SIGINT, &action, nullptr);

    if (!server.listen(quint16(port))) {
        std::fprintf(stderr, "rostrum-mock-server: cannot listen on 127.0.0.1:%u\n", port);
        return 1;
    }
    std::printf("listening on http://127.0.0.1:%u\n", unsigned(server.port()));
    std::fflush(stdout);
    return app.exec();
}
