#include "forecast/ForecastExport.h"

#include "data/Timestamp.h"
#include "forecast/Quantiles.h"
#include "util/TabularWriter.h"

namespace almanac {

namespace {

void writeHeader(TabularWriter& out, const std::vector<std::string>& dimensionNames, const std::vector<double>& quantiles,
                 bool includeMean)
{
    out.field("item_id");
    for (const std::string& d : dimensionNames) out.field(d);
    out.field("date");
    for (double q : quantiles) out.field(quantileColumnName(q));
    if (includeMean) out.field("mean");
    out.endRow();
}

} // namespace

Status writeForecasts(const std::string& path, const SeriesSet& data, const ForecastSpec& spec,
                      const std::vector<SeriesForecast>& forecasts, bool includeMean)
{
    auto writer = openTabularWriter(path, "Forecast");
    if (!writer.isOk()) return writer.status();
    TabularWriter& out = **writer;
    writeHeader(out, data.dimensionNames, spec.quantiles, includeMean);

    const bool dateOnly = data.frequency.isDateOnly();
    std::vector<int64_t> dates;
    for (int h = 0; h < spec.horizon; ++h) dates.push_back(data.frequency.periodStart(data.endPeriod + h));
    for (size_t s = 0; s < data.series.size(); ++s) {
        const TimeSeries& series = data.series[s];
        const SeriesForecast& f = forecasts[s];
        for (int h = 0; h < spec.horizon; ++h) {
            out.field(series.itemId);
            for (const std::string& d : series.dimensions) out.field(d);
            out.date(dates[size_t(h)], dateOnly);
            for (const auto& q : f.quantiles) out.number(q[size_t(h)]);
            if (includeMean) out.number(f.mean[size_t(h)]);
            out.endRow();
        }
    }
    return out.close();
}

Status writeStoredForecast(const std::string& path, const LoadedForecast& forecast,
                           const std::vector<std::string>& dimensionNames, bool includeMean)
{
    auto writer = openTabularWriter(path, "Forecast");
    if (!writer.isOk()) return writer.status();
    TabularWriter& out = **writer;
    writeHeader(out, dimensionNames, forecast.info.quantiles, includeMean);
    const auto frequency = Frequency::parse(forecast.info.frequency);
    const bool dateOnly = frequency && frequency->isDateOnly();
    for (const StoredSeriesForecast& series : forecast.series) {
        for (size_t h = 0; h < series.timestamps.size(); ++h) {
            out.field(series.itemId);
            for (size_t d = 0; d < dimensionNames.size(); ++d) out.field(d < series.dimensions.size() ? series.dimensions[d] : "");
            out.date(series.timestamps[h], dateOnly);
            for (const auto& q : series.quantiles) out.number(q[h]);
            if (includeMean) out.number(series.mean[h]);
            out.endRow();
        }
    }
    return out.close();
}

} // namespace almanac
