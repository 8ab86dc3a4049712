#include "SymbolOrigin.h"

#include <QtGlobal>

#if defined(Q_OS_UNIX)
#include <dlfcn.h>
#endif

namespace rostrum {

#if defined(Q_OS_UNIX)

namespace {

const void *baseOf(const void *address)
{
    Dl_info info {};
    return dladdr(address, &info) ? info.dli_fbase : nullptr;
}

} // namespace

QString SymbolOrigin::fileOf(const void *address)
{
    Dl_info info {};
    if (!dladdr(address, &info) || !info.dli_fname)
        return {};
    return QString::fromLocal8Bit(info.dli_fname);
}

bool SymbolOrigin::resolvesToSameBinary(const QString &file, const char *symbol, const void *ours)
{
    // RTLD_NOLOAD: only a library that is already loaded; this never loads anything.
    void *handle = dlopen(file.toLocal8Bit().constData(), RTLD_LAZY | RTLD_NOLOAD);
    if (!handle)
        return false;
    const void *theirs = dlsym(handle, symbol);
    dlclose(handle);
    const void *theirBase = theirs ? baseOf(theirs) : nullptr;
    return theirBase && theirBase == baseOf(ours);
}

#else

QString SymbolOrigin::fileOf(const void *)
{
    return {};
}

bool SymbolOrigin::resolvesToSameBinary(const QString &, const char *, const void *)
{
    return false;
}

#endif

} // namespace rostrum
