#pragma once

#include <QString>

namespace rostrum {

// Which loaded binary (the executable or a shared library) a piece of code comes from. POSIX systems answer
// through the dynamic linker (dladdr, dlopen, dlsym); elsewhere the answer is "unknown" (an empty file, false),
// and callers take their portable path. The one place Rostrum asks the dynamic linker anything.
class SymbolOrigin
{
public:
    // The file of the binary that holds `address`; empty when unknown.
    static QString fileOf(const void *address);
    // Whether `symbol`, looked up the way the already loaded library `file` sees it (its own definitions, then
    // its dependencies), is the code at `ours` in the same binary. False when unknown or not loaded.
    static bool resolvesToSameBinary(const QString &file, const char *symbol, const void *ours);
};

} // namespace rostrum
