#include "deep/DeepRecipes.h"

#include "deep/CnnQrDeclaration.h"
#include "deep/DeepArDeclaration.h"
#include "deep/DeepRecipeLoader.h"
#include "deep/UserPersonalizationDeclaration.h"
#include "forecast/ForecastRecipes.h"
#include "recommend/RecommendRecipes.h"

#include <mutex>

namespace almanac::deep {

namespace {

// A global deep recipe as the registry hands it out: what it is (its declaration), at once;
// the work, from the plugin, loaded the first time it is needed.
template <typename Declaration>
class GlobalRecipeProxy final : public Declaration {
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
            auto loaded = loadDeepRecipe(this->name());
            if (!loaded.isOk()) return loaded.status();
            m_loaded = std::move(*loaded);
        }
        return static_cast<const ForecastRecipe*>(m_loaded.get());
    }

    mutable std::mutex m_mutex;
    mutable std::unique_ptr<ForecastRecipe> m_loaded;
};

// user-personalization as the registry hands it out. A recommend recipe holds its fitted
// state, so each proxy owns its own instance from the plugin, created when first needed.
class UserPersonalizationProxy final : public UserPersonalizationDeclaration {
public:
    Status fit(const InteractionData& data, const RecommendSpec& spec, const JobContext& job) override
    {
        auto recipe = implementation();
        if (!recipe.isOk()) return recipe.status();
        return (*recipe)->fit(data, spec, job);
    }
    void scoreItems(int64_t user, std::vector<float>& scores) const override
    {
        // Only a fitted (or read) proxy is scored, and that one has its implementation.
        if (m_loaded) m_loaded->scoreItems(user, scores);
        else scores.clear();
    }
    void scoreHistory(int64_t user, const std::vector<uint32_t>& recent, std::vector<float>& scores) const override
    {
        if (m_loaded) m_loaded->scoreHistory(user, recent, scores);
        else scores.clear();
    }
    void writeState(ByteWriter& out) const override
    {
        if (m_loaded) m_loaded->writeState(out);
    }
    Status readState(ByteReader& in, const InteractionData& data) override
    {
        auto recipe = implementation();
        if (!recipe.isOk()) return recipe.status();
        return (*recipe)->readState(in, data);
    }

private:
    Result<RecommendRecipe*> implementation()
    {
        if (!m_loaded) {
            auto loaded = loadDeepRecommendRecipe(name());
            if (!loaded.isOk()) return loaded.status();
            m_loaded = std::move(*loaded);
        }
        return m_loaded.get();
    }

    std::unique_ptr<RecommendRecipe> m_loaded;
};

} // namespace

void registerDeepRecipes()
{
    registerForecastRecipe("deepar", [] { return std::make_unique<GlobalRecipeProxy<DeepArDeclaration>>(); });
    registerForecastRecipe("cnnqr", [] { return std::make_unique<GlobalRecipeProxy<CnnQrDeclaration>>(); });
    registerRecommendRecipe(kUserPersonalization, [] { return std::make_unique<UserPersonalizationProxy>(); });
}

} // namespace almanac::deep
