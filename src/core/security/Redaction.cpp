#include "Redaction.h"

#include <QMutex>
#include <QMutexLocker>
#include <QRegularExpression>

#include <algorithm>
#include <cstdio>

namespace rostrum {

namespace {

struct State
{
    QMutex mutex;
    QStringList secrets;
    QtMessageHandler previous = nullptr;
    bool installed = false;
};

State &state()
{
    static State s;
    return s;
}

// "Bearer <token>" anywhere (headers, curl lines, error dumps), and the value of an
// Authorization header whatever its scheme.
const QRegularExpression &bearerPattern()
{
    static const QRegularExpression re(QStringLiteral("(Bearer\\s+)([\"']?)[^\\s\"',;]+"),
                                       QRegularExpression::CaseInsensitiveOption);
    return re;
}

const QRegularExpression &authorizationPattern()
{
    static const QRegularExpression re(
        QStringLiteral(
            "(\"?Authorization\"?\\s*[:=]\\s*\"?)(?!Bearer\\b)(?:(?:Basic|Digest|Token|ApiKey|Key)\\s+)?[^\\s\"',;]+"),
        QRegularExpression::CaseInsensitiveOption);
    return re;
}

void filteringHandler(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    const QString clean = Redaction::redact(message);
    QtMessageHandler previous = nullptr;
    {
        QMutexLocker lock(&state().mutex);
        previous = state().previous;
    }
    if (previous) {
        previous(type, context, clean);
    } else {
        // qInstallMessageHandler returned null: Qt's default handler was active. Restoring it
        // would lose the filter, so format like it does (stderr, one line).
        const QByteArray line = qFormatLogMessage(type, context, clean).toLocal8Bit();
        fprintf(stderr, "%s\n", line.constData());
        fflush(stderr);
    }
}

} // namespace

QString Redaction::placeholder()
{
    return QStringLiteral("[redacted]");
}

void Redaction::addSecret(const QString &secret)
{
    const QString s = secret.trimmed();
    if (s.isEmpty())
        return;
    QMutexLocker lock(&state().mutex);
    if (state().secrets.contains(s))
        return;
    state().secrets.append(s);
    // Longest first, so a secret that contains another is replaced whole.
    std::sort(state().secrets.begin(), state().secrets.end(),
              [](const QString &a, const QString &b) { return a.size() > b.size(); });
}

void Redaction::removeSecret(const QString &secret)
{
    QMutexLocker lock(&state().mutex);
    state().secrets.removeAll(secret.trimmed());
}

void Redaction::clearSecrets()
{
    QMutexLocker lock(&state().mutex);
    state().secrets.clear();
}

int Redaction::secretCount()
{
    QMutexLocker lock(&state().mutex);
    return int(state().secrets.size());
}

QString Redaction::redact(const QString &text)
{
    QString out = text;
    {
        QMutexLocker lock(&state().mutex);
        for (const QString &s : std::as_const(state().secrets))
            out.replace(s, placeholder());
    }
    out.replace(bearerPattern(), QStringLiteral("\\1\\2") + placeholder());
    out.replace(authorizationPattern(), QStringLiteral("\\1") + placeholder());
    return out;
}

void Redaction::install()
{
    QMutexLocker lock(&state().mutex);
    if (state().installed)
        return;
    state().installed = true;
    lock.unlock();
    QtMessageHandler previous = qInstallMessageHandler(filteringHandler);
    lock.relock();
    state().previous = previous;
}

void Redaction::uninstall()
{
    QMutexLocker lock(&state().mutex);
    if (!state().installed)
        return;
    state().installed = false;
    QtMessageHandler previous = state().previous;
    state().previous = nullptr;
    lock.unlock();
    qInstallMessageHandler(previous);
}

bool Redaction::isInstalled()
{
    QMutexLocker lock(&state().mutex);
    return state().installed;
}

QString Redaction::mask(const QString &secret)
{
    const QString s = secret.trimmed();
    // Showing 6 characters of a key shorter than 16 would reveal too much of it.
    if (s.size() < 16)
        return QString(s.size() > 0 ? 3 : 0, QChar(u'•'));
    return s.left(3) + QChar(u'…') + s.right(3);
}

} // namespace rostrum
