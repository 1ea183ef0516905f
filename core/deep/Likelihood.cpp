#include "deep/Likelihood.h"

#include <cmath>

namespace almanac::deep {

bool likelihoodFromName(const std::string& name, Likelihood& out)
{
    if (name == "student-T") out = Likelihood::StudentT;
    else if (name == "negative-binomial") out = Likelihood::NegativeBinomial;
    else if (name == "gaussian") out = Likelihood::Gaussian;
    else return false;
    return true;
}

int64_t rawParameterCount(Likelihood likelihood) { return likelihood == Likelihood::StudentT ? 3 : 2; }

Distribution distributionOf(Likelihood likelihood, const torch::Tensor& raw, const torch::Tensor& scale, const torch::Tensor& loc)
{
    namespace F = torch::nn::functional;
    Distribution d{likelihood, {}, {}, {}};
    const auto positive = [](const torch::Tensor& x) { return F::softplus(x) + 1e-6; };
    switch (likelihood) {
    case Likelihood::StudentT:
        d.first = raw.select(-1, 0) * scale;
        d.second = positive(raw.select(-1, 1)) * scale;
        d.third = 2.0 + F::softplus(raw.select(-1, 2));
        if (loc.defined()) d.first = d.first + loc;
        break;
    case Likelihood::Gaussian:
        d.first = raw.select(-1, 0) * scale;
        d.second = positive(raw.select(-1, 1)) * scale;
        if (loc.defined()) d.first = d.first + loc;
        break;
    case Likelihood::NegativeBinomial:
        // Mean grows with the scale; the dispersion shrinks with it, so that a large-volume
        // item is not forced to be as overdispersed, relatively, as a slow one.
        d.first = positive(raw.select(-1, 0)) * scale;
        d.second = positive(raw.select(-1, 1)) / torch::sqrt(scale);
        break;
    }
    return d;
}

torch::Tensor logDensity(const Distribution& d, const torch::Tensor& x)
{
    switch (d.likelihood) {
    case Likelihood::StudentT: {
        const auto& nu = d.third;
        const auto z = (x - d.first) / d.second;
        return torch::lgamma((nu + 1.0) / 2.0) - torch::lgamma(nu / 2.0) - 0.5 * torch::log(M_PI * nu) - torch::log(d.second)
               - (nu + 1.0) / 2.0 * torch::log1p(z * z / nu);
    }
    case Likelihood::Gaussian: {
        const auto z = (x - d.first) / d.second;
        return -0.5 * z * z - torch::log(d.second) - 0.5 * std::log(2.0 * M_PI);
    }
    case Likelihood::NegativeBinomial: {
        // r = 1/alpha failures; p(x) = C(x+r-1, x) (r/(r+mu))^r (mu/(r+mu))^x.
        const auto r = 1.0 / d.second;
        const auto y = torch::clamp_min(x, 0.0);
        return torch::lgamma(y + r) - torch::lgamma(y + 1.0) - torch::lgamma(r) + r * torch::log(r / (r + d.first))
               + y * torch::log(d.first / (r + d.first));
    }
    }
    return {};
}

torch::Tensor sampleFrom(const Distribution& d, at::Generator& generator)
{
    const auto normal = [&](const torch::Tensor& like) { return at::normal(0.0, 1.0, like.sizes(), generator, like.options()); };
    switch (d.likelihood) {
    case Likelihood::StudentT: {
        // t = z / sqrt(chi2_nu / nu), chi2_nu = 2 Gamma(nu / 2).
        const auto chi2 = 2.0 * at::_standard_gamma(d.third / 2.0, generator);
        return d.first + d.second * normal(d.first) / torch::sqrt(chi2 / d.third);
    }
    case Likelihood::Gaussian: return d.first + d.second * normal(d.first);
    case Likelihood::NegativeBinomial: {
        // A Poisson whose rate is Gamma(r, mu / r): the negative binomial's mixture form.
        const auto r = 1.0 / d.second;
        const auto rate = at::_standard_gamma(r, generator) * (d.first / r);
        return at::poisson(rate, generator);
    }
    }
    return {};
}

} // namespace almanac::deep
