#pragma once

#include <QList>

#include <optional>

namespace rostrum {

// Fleiss' kappa: how much more a panel's raters agree than chance would make them, over many subjects.
// counts[s][c] is how many raters put subject s in category c. Subjects may have different numbers of raters
// (a judge whose verdict was invalid did not rate): each subject's agreement P_s = sum_c n_sc(n_sc - 1) /
// (n_s(n_s - 1)) uses its own n_s, P-bar is their mean, and the chance agreement P_e = sum_c p_c^2 uses the
// category shares over all ratings — with equal n_s this is Fleiss (1971) exactly. Subjects with fewer than two
// raters carry no agreement and are left out. Undefined (nullopt) when no subject has two raters, or when every
// rating is in one category (P_e = 1: no variation for chance to explain).
class FleissKappa
{
public:
    static std::optional<double> compute(const QList<QList<int>> &counts);
};

} // namespace rostrum
