#include "deep/DeepRecipes.h"

#include "deep/DeepArDeclaration.h"
#include "deep/DeepRecipeLoader.h"
#include "forecast/ForecastRecipes.h"

#include <mutex>

namespace almanac::deep {

namespace {

// deepar as the registry hands it out: what it is, at once; the work, from the plugin, loaded
// the first time it is needed.
class DeepArProxy final : public DeepArDeclaration {
public:
    Result<std::unique_ptr<GlobalModel>> fitGlobal(const SeriesSet& data, const ForecastSpec& spec,
                                                   const JobContext& job) const override
    {
        auto recipe = implementation();
        if (!recipe.isOk()) return recipe.status();
        return (*recipe)->fitGlobal(data, spec, job);
    }
    Status forecastFromGlobal(const GlobalModel& model, const SeriesSet& data, const ForecastSpec& spec,
                              std::vector<SeriesForecast>& out, const JobContext& job) const override
    {
        auto recipe = implementation();
        if (!recipe.isOk()) return recipe.status();
        return (*recipe)->forecastFromGlobal(model, data, spec, out, job);
    }
    Result<std::unique_ptr<GlobalModel>> readGlobalModel(ByteReader& in) const override
    {
        auto recipe = implementation();
        if (!recipe.isOk()) return recipe.status();
        return (*recipe)->readGlobalModel(in);
    }

private:
    Result<const ForecastRecipe*> implementation() const
    {
        std::lock_guard<std::mutex> lock(m_mutex);
        if (!m_loaded) {
            auto loaded = loadDeepRecipe(name());
            if (!loaded.isOk()) return loaded.status();
            m_loaded = std::move(*loaded);
        }
        return static_cast<const ForecastRecipe*>(m_loaded.get());
    }

    mutable std::mutex m_mutex;
    mutable std::unique_ptr<ForecastRecipe> m_loaded;
};

} // namespace

void registerDeepRecipes()
{
    registerForecastRecipe("deepar", [] { return std::make_unique<DeepArProxy>(); });
}

} // namespace almanac::deep
