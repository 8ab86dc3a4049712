#include "tokens/TokenEstimateAudit.h"

#include <QMutexLocker>

#include <algorithm>
#include <cmath>

namespace rostrum {

qint64 TokenEstimateAudit::record(const QString &model, qint64 counted, qint64 billed)
{
    if (billed <= 0 || counted < 0)
        return 0;
    const qint64 error = counted - billed;
    QMutexLocker lock(&m_mutex);
    Acc &a = m_acc[model];
    ++a.samples;
    a.lastError = error;
    if (error == 0)
        ++a.exactMatches;
    a.sumError += double(error);
    a.sumAbsError += std::fabs(double(error));
    a.sumAbsRel += std::fabs(double(error)) / double(billed);
    a.sumCounted += double(counted);
    a.sumBilled += double(billed);
    return error;
}

TokenEstimateAudit::Stats TokenEstimateAudit::toStats(const QString &model, const Acc &a)
{
    Stats s;
    s.model = model;
    s.samples = a.samples;
    s.lastError = a.lastError;
    s.exactMatches = a.exactMatches;
    if (a.samples > 0) {
        s.meanError = a.sumError / double(a.samples);
        s.meanAbsError = a.sumAbsError / double(a.samples);
        s.meanAbsRelativeError = a.sumAbsRel / double(a.samples);
    }
    return s;
}

TokenEstimateAudit::Stats TokenEstimateAudit::stats(const QString &model) const
{
    QMutexLocker lock(&m_mutex);
    return toStats(model, m_acc.value(model));
}

QList<TokenEstimateAudit::Stats> TokenEstimateAudit::allStats() const
{
    QMutexLocker lock(&m_mutex);
    QList<Stats> out;
    for (auto it = m_acc.cbegin(); it != m_acc.cend(); ++it)
        out.append(toStats(it.key(), it.value()));
    std::sort(out.begin(), out.end(), [](const Stats &a, const Stats &b) { return a.model < b.model; });
    return out;
}

void TokenEstimateAudit::clear()
{
    QMutexLocker lock(&m_mutex);
    m_acc.clear();
}

qint64 TokenEstimateAudit::corrected(const QString &model, qint64 counted) const
{
    QMutexLocker lock(&m_mutex);
    const auto it = m_acc.constFind(model);
    if (it == m_acc.constEnd() || it->sumCounted <= 0)
        return counted;
    return qint64(std::llround(double(counted) * it->sumBilled / it->sumCounted));
}

} // namespace rostrum
