#include "tokens/TokenizerRegistry.h"

#include "tokens/SentencePieceTokenizer.h"
#include "tokens/TekkenTokenizer.h"
#include "tokens/TokensLogging.h"

#include <QElapsedTimer>
#include <QFile>
#include <QHash>
#include <QMutex>
#include <QResource>

namespace rostrum {

namespace {

struct Loaded
{
    std::shared_ptr<const Tokenizer> tokenizer;
    QString error;
};

QMutex &registryMutex()
{
    static QMutex m;
    return m;
}

QHash<QString, Loaded> &loadedTokenizers()
{
    static QHash<QString, Loaded> h;
    return h;
}

QString resourcePath(const QString &name)
{
    return QStringLiteral(":/rostrum/tokenizer/") + name + QStringLiteral(".bin");
}

Loaded load(const QString &name)
{
    if (!TokenizerRegistry::knownNames().contains(name))
        return {nullptr, QStringLiteral("unknown tokenizer \"%1\"").arg(name)};
    if (!TokenizerRegistry::hasData())
        return {nullptr,
                QStringLiteral("this build has no tokenizer data (run scripts/fetch-tokenizer-data and "
                               "rebuild)")};
    QElapsedTimer timer;
    timer.start();
    QByteArray blob;
    const QResource resource(resourcePath(name));
    if (resource.isValid() && resource.compressionAlgorithm() == QResource::NoCompression) {
        // Uncompressed resources live in the binary's read-only data: use them in place.
        blob = QByteArray::fromRawData(reinterpret_cast<const char *>(resource.data()), qsizetype(resource.size()));
    } else {
        QFile f(resourcePath(name));
        if (!f.open(QIODevice::ReadOnly))
            return {nullptr, QStringLiteral("tokenizer resource %1 is missing").arg(resourcePath(name))};
        blob = f.readAll();
    }
    QString error;
    std::shared_ptr<const Tokenizer> t;
    if (name.startsWith(QLatin1String("tekken")))
        t = TekkenTokenizer::fromBlob(blob, name, &error);
    else
        t = SentencePieceTokenizer::fromBlob(blob, name, &error);
    if (!t) {
        qCWarning(lcTokens) << "cannot load tokenizer" << name << ":" << error;
        return {nullptr, error};
    }
    qCDebug(lcTokens) << "loaded tokenizer" << name << "in" << timer.elapsed() << "ms";
    return {t, {}};
}

} // namespace

QStringList TokenizerRegistry::knownNames()
{
    return {QStringLiteral("tekken-240718"), QStringLiteral("spm-v3"), QStringLiteral("spm-v1")};
}

bool TokenizerRegistry::hasData()
{
#ifdef ROSTRUM_HAVE_TOKENIZER_DATA
    return true;
#else
    return false;
#endif
}

std::shared_ptr<const Tokenizer> TokenizerRegistry::get(const QString &name)
{
    QMutexLocker lock(&registryMutex());
    auto &cache = loadedTokenizers();
    auto it = cache.find(name);
    if (it == cache.end())
        it = cache.insert(name, load(name));
    return it->tokenizer;
}

QString TokenizerRegistry::unavailableReason(const QString &name)
{
    QMutexLocker lock(&registryMutex());
    auto &cache = loadedTokenizers();
    auto it = cache.find(name);
    if (it == cache.end())
        it = cache.insert(name, load(name));
    return it->error;
}

} // namespace rostrum
