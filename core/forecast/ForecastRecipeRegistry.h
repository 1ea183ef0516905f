#pragma once
#include "forecast/ForecastRecipe.h"

#include <functional>
#include <memory>
#include <string>
#include <vector>

namespace almanac {

class ForecastRecipeRegistry {
public:
    using Factory = std::function<std::unique_ptr<ForecastRecipe>()>;

    static ForecastRecipeRegistry& instance();
    std::unique_ptr<ForecastRecipe> create(const std::string& name) const;
    std::vector<std::string> names() const;

private:
    ForecastRecipeRegistry();
    std::vector<std::pair<std::string, Factory>> m_factories;
};

} // namespace almanac
