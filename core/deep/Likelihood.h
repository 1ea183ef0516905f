#pragma once
// The output distributions of the deep recipes (DeepAR's likelihoods): the network emits raw
// parameters per step; these map them to a distribution on the series' own scale (the scale the
// inputs were divided by multiplies location and spread back), give its log-density for
// training, and draw samples for the forecast paths.
#include <torch/torch.h>

#include <string>
#include <vector>

namespace almanac::deep {

enum class Likelihood : uint8_t { StudentT, NegativeBinomial, Gaussian };

// The names the cloud service uses (deepArLikelihoodNames()): "student-T", "negative-binomial", "gaussian".
bool likelihoodFromName(const std::string& name, Likelihood& out);
int64_t rawParameterCount(Likelihood likelihood);

struct Distribution {
    Likelihood likelihood;
    torch::Tensor first;  // Student-t, Gaussian: location; negative binomial: mean
    torch::Tensor second; // scale (sigma); negative binomial: dispersion alpha
    torch::Tensor third;  // Student-t: degrees of freedom
};

// raw [..., rawParameterCount]; loc and scale broadcastable to raw's leading dimensions (the
// negative binomial, a count distribution, is only ever mean-scaled: loc must be 0).
Distribution distributionOf(Likelihood likelihood, const torch::Tensor& raw, const torch::Tensor& scale,
                            const torch::Tensor& loc = {});
torch::Tensor logDensity(const Distribution& d, const torch::Tensor& x);
torch::Tensor sampleFrom(const Distribution& d, at::Generator& generator);

} // namespace almanac::deep
