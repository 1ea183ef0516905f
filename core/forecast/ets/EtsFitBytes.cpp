#include "forecast/ets/EtsFitBytes.h"

#include <algorithm>
#include <cmath>

namespace almanac::ets {

namespace {

void writeParameters(ByteWriter& out, const EtsParameters& p)
{
    out.f64(p.alpha);
    out.f64(p.beta);
    out.f64(p.gamma);
    out.f64(p.phi);
    out.f64(p.level);
    out.f64(p.slope);
    out.doubles(p.seasonal);
}

EtsParameters readParameters(ByteReader& in)
{
    EtsParameters p;
    p.alpha = in.f64();
    p.beta = in.f64();
    p.gamma = in.f64();
    p.phi = in.f64();
    p.level = in.f64();
    p.slope = in.f64();
    p.seasonal = in.doubles();
    return p;
}

Component component(uint8_t v)
{
    return v == 1 ? Component::Additive : v == 2 ? Component::Multiplicative : Component::None;
}

} // namespace

void writeEtsFit(ByteWriter& out, const EtsFit& fit)
{
    out.u8(uint8_t(fit.form.error));
    out.u8(uint8_t(fit.form.trend));
    out.boolean(fit.form.damped);
    out.u8(uint8_t(fit.form.season));
    out.u32(uint32_t(fit.m));
    out.u32(uint32_t(fit.parameterCount));
    writeParameters(out, fit.parameters);
}

EtsFit readEtsFit(ByteReader& in)
{
    EtsFit fit;
    fit.form.error = component(in.u8());
    fit.form.trend = component(in.u8());
    fit.form.damped = in.boolean();
    fit.form.season = component(in.u8());
    fit.m = std::max(1, int(in.u32()));
    fit.parameterCount = int(in.u32());
    fit.parameters = readParameters(in);
    if (fit.form.season != Component::None && fit.parameters.seasonal.size() != size_t(fit.m)) {
        // A damaged model: no season it could apply.
        fit.form.season = Component::None;
        fit.parameters.seasonal.clear();
    }
    return fit;
}

bool refilterEts(EtsFit& fit, const std::vector<double>& y)
{
    std::vector<double> residuals;
    fit.likelihoodCriterion = etsLikelihood(y, fit.form, fit.parameters, fit.m, &residuals, &fit.final);
    if (!std::isfinite(fit.likelihoodCriterion)) return false;
    fit.n = y.size();
    // As at the fit: the variance of the one-step errors over n minus the estimated parameters.
    const double n = double(y.size());
    const int estimated = fit.parameterCount - 1;
    double sse = 0;
    for (double e : residuals) sse += e * e;
    fit.sigma2 = sse / std::max(n - double(estimated), 1.0);
    return true;
}

} // namespace almanac::ets
