#include "cli/ProjectReport.h"

#include "data/Timestamp.h"

#include <nlohmann/json.hpp>
#include <sstream>

namespace almanac::cli {

namespace {

std::string timeText(const std::optional<int64_t>& t, DatasetType type)
{
    if (!t) return "";
    // Interactions carry Unix seconds: show them as dates and times too, never as raw numbers.
    const bool dateOnly = *t % kSecondsPerDay == 0 && type != DatasetType::Interactions;
    return formatTimestamp(*t, dateOnly);
}

} // namespace

std::string projectInfoJson(const ProjectFile& project, const std::vector<DatasetInfo>& datasets,
                            const std::vector<std::string>& forecasts)
{
    nlohmann::json out;
    out["project"] = project.path();
    out["schema_version"] = project.schemaVersion();
    out["datasets"] = nlohmann::json::array();
    for (const DatasetInfo& d : datasets) {
        nlohmann::json columns = nlohmann::json::array();
        for (const DatasetColumnInfo& c : d.columns)
            columns.push_back({{"name", c.name}, {"header", c.sourceHeader}, {"role", fieldRoleName(c.role)},
                               {"type", fieldTypeName(c.type)}});
        out["datasets"].push_back({{"name", d.name},
                                   {"type", datasetTypeName(d.type)},
                                   {"domain", d.domain},
                                   {"frequency", d.frequency},
                                   {"rows", d.rows},
                                   {"items", d.items},
                                   {"time_start", timeText(d.timeMin, d.type)},
                                   {"time_end", timeText(d.timeMax, d.type)},
                                   {"columns", columns}});
    }
    out["forecasts"] = forecasts;
    return out.dump(2) + "\n";
}

std::string projectInfoText(const ProjectFile& project, const std::vector<DatasetInfo>& datasets,
                            const std::vector<std::string>& forecasts)
{
    std::ostringstream out;
    out << project.path() << " (schema " << project.schemaVersion() << ")\n";
    if (datasets.empty()) out << "  no datasets yet: add one with `almanac-cli import`\n";
    for (const DatasetInfo& d : datasets) {
        out << "  " << d.name << ": " << datasetTypeName(d.type) << ", " << d.domain;
        if (!d.frequency.empty()) out << ", frequency " << d.frequency;
        out << ", " << d.rows << " rows, " << d.items << (d.type == DatasetType::Users ? " users" : " items");
        if (d.timeMin) out << ", " << timeText(d.timeMin, d.type) << " to " << timeText(d.timeMax, d.type);
        out << "\n";
    }
    for (const std::string& f : forecasts) out << "  forecast: " << f << "\n";
    return out.str();
}

} // namespace almanac::cli
