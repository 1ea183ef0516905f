#pragma once
// A stored predictor's forecasts for the local API's POST /forecast: made once, when serving
// starts, from the predictor and its dataset as the project holds them then (no refitting; the
// cloud service's forecast export queried by item), and looked up per request.
#include "project/PredictorWorkflow.h"

#include <map>
#include <memory>
#include <string>
#include <vector>

namespace almanac {

struct ServedPoint {
    std::string timestamp; // ISO 8601, a date for daily and longer periods
    double value = 0;
};

struct ServedForecast {
    std::string itemId;
    std::vector<std::string> dimensions;
    // "p10", "p50", "p90"... (DESIGN §5 names) and "mean", each one point per future period.
    std::map<std::string, std::vector<ServedPoint>> predictions;
};

class ServedForecasts {
public:
    static Result<std::unique_ptr<ServedForecasts>> open(const std::string& projectPath, const std::string& predictor,
                                                         const JobContext& job = {});

    const std::string& predictorName() const { return m_predictor; }
    const std::vector<std::string>& dimensionNames() const { return m_dimensionNames; }
    // The item's forecast; with dimensions (store, region...) those that pick one series.
    // NotFound for an item the predictor has no forecast for, InvalidInput when the dimensions
    // given do not pick exactly one series.
    Result<const ServedForecast*> find(const std::string& itemId, const std::map<std::string, std::string>& dimensions) const;

private:
    ServedForecasts() = default;
    std::string m_predictor;
    std::vector<std::string> m_dimensionNames;
    std::vector<ServedForecast> m_forecasts;
    std::multimap<std::string, size_t> m_byItem;
};

} // namespace almanac
