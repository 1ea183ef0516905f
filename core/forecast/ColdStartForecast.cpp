#include "forecast/ColdStartForecast.h"

namespace almanac {

std::vector<size_t> metadataGroupOf(const SeriesSet& data, const TimeSeries& cold)
{
    auto shared = [](const std::vector<std::string>& a, const std::vector<std::string>& b) {
        size_t n = 0;
        for (size_t k = 0; k < a.size() && k < b.size(); ++k) n += !a[k].empty() && a[k] == b[k];
        return n;
    };
    size_t best = 0;
    std::vector<size_t> group;
    for (size_t s = 0; s < data.series.size(); ++s) {
        const TimeSeries& warm = data.series[s];
        const size_t n = shared(warm.attributes, cold.attributes) + shared(warm.dimensions, cold.dimensions);
        if (n < best) continue;
        if (n > best) group.clear();
        best = n;
        group.push_back(s);
    }
    return group; // with best 0: every series
}

std::vector<SeriesForecast> metadataGroupAverages(const SeriesSet& data, const std::vector<SeriesForecast>& forecasts)
{
    std::vector<SeriesForecast> out;
    for (const TimeSeries& cold : data.coldItems) {
        SeriesForecast average;
        size_t n = 0;
        for (size_t s : metadataGroupOf(data, cold)) {
            const SeriesForecast& f = forecasts[s];
            if (f.mean.empty()) continue;
            if (n++ == 0) {
                average = f;
                continue;
            }
            for (size_t h = 0; h < f.mean.size() && h < average.mean.size(); ++h) average.mean[h] += f.mean[h];
            for (size_t q = 0; q < f.quantiles.size() && q < average.quantiles.size(); ++q)
                for (size_t h = 0; h < f.quantiles[q].size() && h < average.quantiles[q].size(); ++h)
                    average.quantiles[q][h] += f.quantiles[q][h];
        }
        if (n > 1) {
            for (double& v : average.mean) v /= double(n);
            for (auto& row : average.quantiles)
                for (double& v : row) v /= double(n);
        }
        out.push_back(std::move(average));
    }
    return out;
}

Status appendColdItemForecasts(const Predictor* predictor, const std::string& recipe, SeriesSet& data,
                               std::vector<SeriesForecast>& forecasts, std::vector<std::string>* recipeOfSeries,
                               std::vector<std::string>& notes, int threads, const JobContext& job)
{
    if (data.coldItems.empty()) return Status::ok();
    const size_t count = data.coldItems.size();
    const bool global = predictor && predictor->hasGlobalMember();
    std::vector<SeriesForecast> cold;
    if (global) {
        SeriesSet coldSet = data.withoutSeries();
        coldSet.series = data.coldItems;
        std::vector<size_t> unknown;
        ALMANAC_RETURN_IF_ERROR(predictor->forecast(coldSet, cold, unknown, threads, job));
    } else {
        cold = metadataGroupAverages(data, forecasts);
    }
    const std::string how = global ? "forecast by " + recipe + " from what it learnt across items"
                                   : "given the average forecast of the items sharing their metadata: " + recipe
                                         + " forecasts one series at a time and cannot forecast an item without history "
                                           "(cnnqr and deepar can)";
    notes.push_back(std::to_string(count) + (count == 1 ? " item" : " items") + " without target history (cold start) "
                    + (count == 1 ? "was " : "were ") + how);
    for (size_t c = 0; c < count; ++c) {
        data.series.push_back(std::move(data.coldItems[c]));
        forecasts.push_back(std::move(cold[c]));
        if (recipeOfSeries) recipeOfSeries->push_back(global ? recipe : "metadata group average");
    }
    data.coldItems.clear();
    return Status::ok();
}

} // namespace almanac
