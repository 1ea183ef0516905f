#include "forecast/ForecastPipeline.h"

#include "forecast/ForecastRecipes.h"

namespace almanac {

Result<ForecastRun> runForecast(const ForecastInputs& inputs, ForecastSpec spec, const std::string& recipeName,
                                const JobContext& job)
{
    auto recipe = forecastRecipes().create(recipeName);
    if (!recipe)
        return Status::invalidInput("unknown forecast recipe '" + recipeName + "' (known: "
                                    + forecastRecipes().joinedNames() + ")");
    auto series = prepareTargetSeries(*inputs.target, inputs.preparation, job);
    if (!series.isOk()) return series.status();
    if (inputs.related)
        ALMANAC_RETURN_IF_ERROR(attachRelatedSeries(*inputs.related, *series, spec.horizon, inputs.relatedPreparation));
    ForecastRun run;
    run.recipe = recipe->name();
    run.series = std::move(*series);
    spec.frequency = run.series.frequency;
    run.spec = spec;
    ALMANAC_RETURN_IF_ERROR(recipe->forecastAll(run.series, run.spec, run.forecasts, job));
    return run;
}

} // namespace almanac
