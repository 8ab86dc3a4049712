#include "arena/FleissKappa.h"

namespace rostrum {

std::optional<double> FleissKappa::compute(const QList<QList<int>> &counts)
{
    QList<double> categoryTotals;
    double ratings = 0;
    double agreementSum = 0;
    int subjects = 0;
    for (const QList<int> &row : counts) {
        double raters = 0;
        double pairsAgreeing = 0;
        for (int c : row) {
            raters += c;
            pairsAgreeing += double(c) * (c - 1);
        }
        if (raters < 2)
            continue;
        if (categoryTotals.size() < row.size())
            categoryTotals.resize(row.size(), 0.0);
        for (qsizetype k = 0; k < row.size(); ++k)
            categoryTotals[k] += row.at(k);
        ratings += raters;
        agreementSum += pairsAgreeing / (raters * (raters - 1));
        ++subjects;
    }
    if (subjects == 0)
        return std::nullopt;
    double chance = 0;
    for (double t : categoryTotals)
        chance += (t / ratings) * (t / ratings);
    // Within rounding of 1 means a single category: kappa is 0/0 there.
    if (chance > 1.0 - 1e-12)
        return std::nullopt;
    const double observed = agreementSum / subjects;
    return (observed - chance) / (1.0 - chance);
}

} // namespace rostrum
