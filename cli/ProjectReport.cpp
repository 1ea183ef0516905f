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
                            const std::vector<std::string>& forecasts, const std::vector<StoredModel>& models)
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
    out["models"] = nlohmann::json::array();
    for (const StoredModel& m : models) {
        const auto metrics = nlohmann::json::parse(m.metricsJson, nullptr, false);
        nlohmann::json overall = nlohmann::json::object();
        if (metrics.is_object()) overall = metrics.value("overall", metrics.value("holdout", nlohmann::json::object()));
        const auto target = m.datasets.find(m.kind == "predictor" ? "target" : "interactions");
        out["models"].push_back({{"name", m.name},
                                 {"kind", m.kind},
                                 {"recipe", m.recipe},
                                 {"dataset", target == m.datasets.end() ? std::string() : target->second},
                                 {"datasets", m.datasets},
                                 {"trained_at", m.createdAt},
                                 {"training_seconds", m.trainingSeconds},
                                 {"fingerprint", m.fingerprint},
                                 {"metrics", overall}});
    }
    return out.dump(2) + "\n";
}

std::string projectInfoText(const ProjectFile& project, const std::vector<DatasetInfo>& datasets,
                            const std::vector<std::string>& forecasts, const std::vector<StoredModel>& models)
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
    for (const StoredModel& m : models)
        out << "  " << m.kind << ": " << m.name << " (" << m.recipe << "), trained " << m.createdAt << "\n";
    return out.str();
}

} // namespace almanac::cli
