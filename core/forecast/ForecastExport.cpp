#include "forecast/ForecastExport.h"

#include "data/Timestamp.h"
#include "forecast/Quantiles.h"
#include "util/TabularWriter.h"

namespace almanac {

Status writeForecasts(const std::string& path, const SeriesSet& data, const ForecastSpec& spec,
                      const std::vector<SeriesForecast>& forecasts, bool includeMean)
{
    auto writer = openTabularWriter(path, "Forecast");
    if (!writer.isOk()) return writer.status();
    TabularWriter& out = **writer;
    out.field("item_id");
    for (const std::string& d : data.dimensionNames) out.field(d);
    out.field("date");
    for (double q : spec.quantiles) out.field(quantileColumnName(q));
    if (includeMean) out.field("mean");
    out.endRow();

    const bool dateOnly = data.frequency.isDateOnly();
    std::vector<std::string> dates;
    for (int h = 0; h < spec.horizon; ++h)
        dates.push_back(formatTimestamp(data.frequency.periodStart(data.endPeriod + h), dateOnly));
    for (size_t s = 0; s < data.series.size(); ++s) {
        const TimeSeries& series = data.series[s];
        const SeriesForecast& f = forecasts[s];
        for (int h = 0; h < spec.horizon; ++h) {
            out.field(series.itemId);
            for (const std::string& d : series.dimensions) out.field(d);
            out.field(dates[size_t(h)]);
            for (const auto& q : f.quantiles) out.number(q[size_t(h)]);
            if (includeMean) out.number(f.mean[size_t(h)]);
            out.endRow();
        }
    }
    return out.close();
}

} // namespace almanac
