#pragma once
// What deepar is (name, traits, hyper-parameters), without torch: the registry, auto, the CLI
// and the dialogs read it without loading LibTorch, whose start-up alone takes about a second.
// DeepArRecipe, in the plugin, does the work (DeepRecipeLoader.h).
#include "forecast/ForecastRecipe.h"

namespace almanac::deep {

// The likelihoods by the cloud service's names; Likelihood.h parses them.
std::vector<std::string> deepArLikelihoodNames();

class DeepArDeclaration : public GlobalForecastRecipe {
public:
    std::string name() const override { return "deepar"; }
    std::string description() const override;
    RecipeTraits traits() const override;
    std::vector<ParameterSpec> parameters() const override;
};

} // namespace almanac::deep
