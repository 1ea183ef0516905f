#pragma once
// What user-personalization is (name, traits, hyper-parameters), without torch, as for deepar:
// the registry, auto, the CLI and the dialogs read it without loading LibTorch.
// UserPersonalizationRecipe, in the plugin, does the work.
#include "recommend/RecommendRecipe.h"

namespace almanac::deep {

constexpr const char* kUserPersonalization = "user-personalization";

class UserPersonalizationDeclaration : public RecommendRecipe {
public:
    std::string name() const override { return kUserPersonalization; }
    std::string description() const override;
    RecipeTraits traits() const override;
    std::vector<ParameterSpec> parameters() const override;
    std::vector<std::map<std::string, std::string>> searchSpace() const override;
};

} // namespace almanac::deep
