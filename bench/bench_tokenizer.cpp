// Tokenizer throughput and load time.
//
//   bench_tokenizer [--write FILE] [FILE]
//
// Without FILE it tokenizes a generated ~1.05 MB mixed text (English, French, German, Russian, Japanese, Chinese,
// emoji, C++, JSON); --write saves that text so bench/bench_tokenizer_node.mjs can run the reference
// implementation on exactly the same input. Prints load time, tokens, and tokens/s (best of 5 runs).

#include "tokens/TokenizerRegistry.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QStringList>

#include <cstdio>

using namespace rostrum;

namespace {

QString generatedText()
{
    const QStringList paragraphs = {
        QStringLiteral("The House believes that cities should tax sugary drinks. The proposition argues that the "
                       "evidence on consumption is clear, and that the revenue funds public health.\n"),
        QStringLiteral("Ça été très déçu : l'élève a mangé une crème brûlée à Noël, où est la forêt ? Les débats "
                       "publics exigent des preuves, pas des slogans.\n"),
        QStringLiteral("Größenordnung: Die Straßenbahnhaltestelle ist überfüllt, äußerst ärgerlich. Wir müssen "
                       "über Verkehrspolitik sprechen.\n"),
        QStringLiteral("Палата считает, что города должны облагать налогом сладкие напитки. Доказательства ясны.\n"),
        QStringLiteral("東京は日本の首都です。今日はとても良い天気ですね！議論には根拠が必要です。\n"),
        QStringLiteral("我们认为城市应该对含糖饮料征税。证据很清楚，收入可以用于公共卫生。\n"),
        QStringLiteral(
            "I love 🍕 and 🚀! 👍🏽 👨\u200d👩\u200d👧\u200d👦 ❤️ — great debate 🎉🔥\n"),
        QStringLiteral("#include <QString>\n\nint main(int argc, char** argv) {\n    std::vector<int> v{1, 2, 3};\n"
                       "    for (auto& x : v) { x *= 2; }\n    return 0;\n}\n"),
        QStringLiteral("{\"model\": \"mistral-small-latest\", \"messages\": [{\"role\": \"user\", \"content\": "
                       "\"Hello, how are you?\"}], \"max_tokens\": 512, \"temperature\": 0.7}\n"),
        QStringLiteral("In 2024, 1234567 items cost $3.14159 each (≈ 12,345.67 €).   \t  indented\n\n"),
    };
    QString text;
    quint32 state = 12345;
    int n = 0;
    while (text.size() < 820000) { // UTF-16 units; about 1.05 MB of UTF-8
        state = state * 1664525u + 1013904223u;
        text += paragraphs.at(int((state >> 16) % quint32(paragraphs.size())));
        // Vary the text a little so not every piece is a cache hit.
        text += QString::number(n++) + QLatin1Char(' ');
    }
    return text;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QStringList args = app.arguments().mid(1);
    QString writeTo;
    if (args.size() >= 2 && args.at(0) == QLatin1String("--write")) {
        writeTo = args.at(1);
        args = args.mid(2);
    }
    QString text;
    if (!args.isEmpty()) {
        QFile f(args.first());
        if (!f.open(QIODevice::ReadOnly)) {
            std::fprintf(stderr, "cannot read %s\n", qPrintable(args.first()));
            return 2;
        }
        text = QString::fromUtf8(f.readAll());
    } else {
        text = generatedText();
    }
    if (!writeTo.isEmpty()) {
        QFile f(writeTo);
        if (!f.open(QIODevice::WriteOnly)) {
            std::fprintf(stderr, "cannot write %s\n", qPrintable(writeTo));
            return 2;
        }
        f.write(text.toUtf8());
    }
    if (!TokenizerRegistry::hasData()) {
        std::fprintf(stderr, "this build has no tokenizer data\n");
        return 1;
    }
    const qsizetype bytes = text.toUtf8().size();
    std::printf("input: %lld bytes UTF-8, %lld UTF-16 units\n", qlonglong(bytes), qlonglong(text.size()));

    for (const char *name : {"tekken-240718", "spm-v3"}) {
        QElapsedTimer load;
        load.start();
        const auto tok = TokenizerRegistry::get(QString::fromLatin1(name));
        const double loadMs = double(load.nsecsElapsed()) / 1e6;
        if (!tok) {
            std::fprintf(stderr, "cannot load %s\n", name);
            return 1;
        }
        double bestEncode = 1e18, bestCount = 1e18;
        qsizetype tokens = 0;
        for (int run = 0; run < 5; ++run) {
            QElapsedTimer t;
            t.start();
            tokens = tok->encode(text).size();
            bestEncode = qMin(bestEncode, double(t.nsecsElapsed()) / 1e9);
            t.restart();
            const qsizetype counted = tok->count(text);
            bestCount = qMin(bestCount, double(t.nsecsElapsed()) / 1e9);
            if (counted != tokens) {
                std::fprintf(stderr, "count() and encode() disagree: %lld vs %lld\n", qlonglong(counted),
                             qlonglong(tokens));
                return 1;
            }
        }
        std::printf("%-14s load %7.1f ms | %lld tokens | encode %7.1f ms = %5.2f M tokens/s, %5.1f MB/s | "
                    "count %7.1f ms = %5.2f M tokens/s\n",
                    name, loadMs, qlonglong(tokens), bestEncode * 1e3, double(tokens) / bestEncode / 1e6,
                    double(bytes) / bestEncode / 1e6, bestCount * 1e3, double(tokens) / bestCount / 1e6);
    }
    return 0;
}
