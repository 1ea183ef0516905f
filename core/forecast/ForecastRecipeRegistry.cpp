#include "forecast/ForecastRecipeRegistry.h"

#include "data/Schema.h"
#include "forecast/NaiveRecipe.h"

namespace almanac {

ForecastRecipeRegistry& ForecastRecipeRegistry::instance()
{
    static ForecastRecipeRegistry registry;
    return registry;
}

// One line per recipe.
ForecastRecipeRegistry::ForecastRecipeRegistry()
{
    m_factories = {
        {"naive", [] { return std::make_unique<NaiveRecipe>(); }},
        {"snaive", [] { return std::make_unique<SeasonalNaiveRecipe>(); }},
    };
}

std::unique_ptr<ForecastRecipe> ForecastRecipeRegistry::create(const std::string& name) const
{
    const std::string wanted = toLower(name);
    for (const auto& [n, factory] : m_factories)
        if (n == wanted) return factory();
    return nullptr;
}

std::vector<std::string> ForecastRecipeRegistry::names() const
{
    std::vector<std::string> out;
    for (const auto& entry : m_factories) out.push_back(entry.first);
    return out;
}

} // namespace almanac
