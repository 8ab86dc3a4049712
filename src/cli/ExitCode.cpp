#include "ExitCode.h"

#include "api/ApiError.h"

namespace rostrum::cli {

ExitCode exitCodeFor(ErrorClass errorClass)
{
    // Retryable classes that ran out of retries, and answers we could not read.
    if (ApiError::isRetryable(errorClass) || errorClass == ErrorClass::BadResponse)
        return ExitGaveUp;
    switch (errorClass) {
    case ErrorClass::None:
        return ExitOk;
    case ErrorClass::Auth:
        return ExitAuth;
    case ErrorClass::NoQuota:
        return ExitPlan;
    case ErrorClass::Cancelled:
        return ExitInterrupted;
    case ErrorClass::InvalidRequest:
    case ErrorClass::ContextOverflow:
        // The request itself was wrong; retrying the same input cannot help.
        return ExitUsage;
    default:
        return ExitInternal;
    }
}

ExitCode exitCodeFor(const ApiError &error)
{
    return exitCodeFor(error.errorClass);
}

} // namespace rostrum::cli
