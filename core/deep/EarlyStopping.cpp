#include "deep/EarlyStopping.h"

#include <algorithm>
#include <cmath>

namespace almanac::deep {

bool EarlyStopping::observe(double validationLoss, torch::nn::Module& module, torch::optim::Adam& optimiser)
{
    if (!std::isfinite(m_best) || validationLoss < m_best - 1e-4 * std::fabs(m_best)) {
        m_best = validationLoss;
        m_bestParameters.clear();
        for (const auto& p : module.parameters()) m_bestParameters.push_back(p.detach().clone());
        m_stale = 0;
        return false;
    }
    if (++m_stale >= m_patience) return true;
    if (m_stale % std::max(1, m_patience / 2) == 0) {
        m_learningRate *= 0.5;
        for (auto& group : optimiser.param_groups()) static_cast<torch::optim::AdamOptions&>(group.options()).lr(m_learningRate);
    }
    return false;
}

void EarlyStopping::restoreBest(torch::nn::Module& module) const
{
    if (m_bestParameters.empty()) return;
    torch::NoGradGuard noGrad;
    auto parameters = module.parameters();
    for (size_t i = 0; i < parameters.size(); ++i) parameters[i].copy_(m_bestParameters[i]);
}

} // namespace almanac::deep
