#pragma once

namespace rostrum {
enum class ErrorClass;
struct ApiError;
} // namespace rostrum

namespace rostrum::cli {

// The exit codes of the rostrum-cli contract (docs/CLI.md). Scripts depend on them.
enum ExitCode : int {
    ExitOk = 0,
    ExitInternal = 1,
    ExitUsage = 2,
    ExitAuth = 3,
    ExitBudget = 4,
    ExitGaveUp = 5,
    ExitInterrupted = 6,
    ExitPlan = 7,
};

// The one mapping from how a request ended to the exit code every command reports for it.
ExitCode exitCodeFor(ErrorClass errorClass);
ExitCode exitCodeFor(const ApiError &error);

} // namespace rostrum::cli
