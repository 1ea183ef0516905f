#include "forecast/HoldoutForecast.h"

#include "forecast/ForecastRecipes.h"

namespace almanac {

namespace {

std::string trimmed(const std::string& text)
{
    const size_t b = text.find_first_not_of(' ');
    if (b == std::string::npos) return {};
    return text.substr(b, text.find_last_not_of(' ') - b + 1);
}

} // namespace

RecipeLabel parseRecipeLabel(const std::string& label)
{
    RecipeLabel out;
    const std::string first = label.substr(0, label.find('+'));
    const size_t open = first.find('(');
    out.recipe = trimmed(first.substr(0, open));
    if (open == std::string::npos) return out;
    const size_t close = first.rfind(')');
    const std::string inside = first.substr(open + 1, (close == std::string::npos ? first.size() : close) - open - 1);
    size_t start = 0;
    while (start <= inside.size()) {
        size_t end = inside.find(',', start);
        if (end == std::string::npos) end = inside.size();
        const std::string pair = inside.substr(start, end - start);
        const size_t eq = pair.find('=');
        if (eq != std::string::npos) out.parameters[trimmed(pair.substr(0, eq))] = trimmed(pair.substr(eq + 1));
        start = end + 1;
    }
    return out;
}

Result<SeriesForecast> forecastHoldout(const RecipeLabel& label, const TimeSeries& series, ForecastSpec spec, int periods)
{
    auto recipe = forecastRecipes().create(label.recipe);
    if (!recipe) return Status::invalidInput("unknown recipe '" + label.recipe + "'");
    if (periods < 1 || size_t(periods) >= series.values.size())
        return Status::invalidInput("series '" + series.itemId + "' is too short to hold out " + std::to_string(periods) + " periods");
    TimeSeries history = series;
    history.values.resize(series.values.size() - size_t(periods));
    // Related series keep their values through the held-out periods: they were known then.
    for (auto& f : history.features)
        if (f.size() > history.values.size() + size_t(periods)) f.resize(history.values.size() + size_t(periods));
    // Past-only ones were not.
    for (auto& f : history.pastFeatures)
        if (f.size() > history.values.size()) f.resize(history.values.size());
    spec.horizon = periods;
    for (const auto& [k, v] : label.parameters) spec.parameters[k] = v;
    return recipe->forecastSeries(history, spec);
}

} // namespace almanac
