#include "project/ServedForecasts.h"

#include "data/Timestamp.h"
#include "forecast/Quantiles.h"

namespace almanac {

Result<std::unique_ptr<ServedForecasts>> ServedForecasts::open(const std::string& projectPath, const std::string& predictor,
                                                               const JobContext& job)
{
    auto project = ProjectFile::open(projectPath);
    if (!project.isOk()) return project.status();
    PredictorForecastRequest request;
    request.predictor = predictor;
    request.store = false; // a query, not a forecast the analyst made: the project is left as it is
    auto made = forecastFromPredictor(**project, request, job);
    if (!made.isOk()) return made.status();
    std::unique_ptr<ServedForecasts> out(new ServedForecasts());
    out->m_predictor = predictor;
    out->m_dimensionNames = made->series.dimensionNames;
    const Frequency& frequency = made->series.frequency;
    const bool dateOnly = frequency.isDateOnly();
    std::vector<std::string> dates;
    for (int h = 0; h < made->spec.horizon; ++h)
        dates.push_back(formatTimestamp(frequency.periodStart(made->series.endPeriod + h), dateOnly));
    for (size_t s = 0; s < made->series.series.size(); ++s) {
        const TimeSeries& series = made->series.series[s];
        const SeriesForecast& f = made->forecasts[s];
        ServedForecast served{series.itemId, series.dimensions, {}};
        auto points = [&](const std::vector<double>& values) {
            std::vector<ServedPoint> list;
            for (size_t h = 0; h < values.size() && h < dates.size(); ++h) list.push_back({dates[h], values[h]});
            return list;
        };
        for (size_t q = 0; q < made->spec.quantiles.size() && q < f.quantiles.size(); ++q)
            served.predictions[quantileColumnName(made->spec.quantiles[q])] = points(f.quantiles[q]);
        served.predictions["mean"] = points(f.mean);
        out->m_byItem.emplace(series.itemId, out->m_forecasts.size());
        out->m_forecasts.push_back(std::move(served));
    }
    return out;
}

Result<const ServedForecast*> ServedForecasts::find(const std::string& itemId,
                                                    const std::map<std::string, std::string>& dimensions) const
{
    for (const auto& [name, value] : dimensions)
        if (std::find(m_dimensionNames.begin(), m_dimensionNames.end(), name) == m_dimensionNames.end())
            return Status::invalidInput("dimensions: predictor '" + m_predictor + "' has no dimension " + name);
    std::vector<const ServedForecast*> matches;
    const auto [from, to] = m_byItem.equal_range(itemId);
    for (auto it = from; it != to; ++it) {
        const ServedForecast& f = m_forecasts[it->second];
        bool fits = true;
        for (size_t d = 0; d < m_dimensionNames.size() && fits; ++d) {
            auto wanted = dimensions.find(m_dimensionNames[d]);
            fits = wanted == dimensions.end() || (d < f.dimensions.size() && f.dimensions[d] == wanted->second);
        }
        if (fits) matches.push_back(&f);
    }
    if (from == to) return Status::notFound("itemId " + itemId + ": predictor '" + m_predictor + "' has no forecast for it");
    if (matches.empty()) return Status::notFound("itemId " + itemId + ": no series with these dimensions");
    if (matches.size() > 1) {
        std::string names;
        for (const std::string& d : m_dimensionNames) names += (names.empty() ? "" : ", ") + d;
        return Status::invalidInput("itemId " + itemId + " has " + std::to_string(matches.size())
                                    + " series; give dimensions (" + names + ") to pick one");
    }
    return matches.front();
}

} // namespace almanac
