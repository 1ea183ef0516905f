#include "project/ScheduledSteps.h"

#include "forecast/ForecastExport.h"
#include "project/DatasetResync.h"
#include "project/PredictorWorkflow.h"
#include "project/RecommenderWorkflow.h"

#include <sstream>

namespace almanac {

namespace {

std::string trimmed(const std::string& s)
{
    const size_t b = s.find_first_not_of(" \t\r\n"), e = s.find_last_not_of(" \t\r\n");
    return b == std::string::npos ? std::string() : s.substr(b, e - b + 1);
}

std::vector<std::string> words(const std::string& s)
{
    std::istringstream in(s);
    std::vector<std::string> out;
    for (std::string w; in >> w;) out.push_back(w);
    return out;
}

// The import options that read a new file as the dataset's first import did: its columns by
// their original headers, its dimensions, its domain.
ImportOptions importOptionsOf(const DatasetInfo& info)
{
    ImportOptions options;
    options.type = info.type;
    options.domain = info.domain;
    for (const DatasetColumnInfo& c : info.columns) {
        if (c.role == FieldRole::Dimension) options.dimensions.push_back(c.sourceHeader);
        else if (!c.sourceHeader.empty()) options.mapping[c.name] = c.sourceHeader;
    }
    return options;
}

} // namespace

Status validateScheduleInterval(const std::string& every)
{
    if (every == "daily" || every == "weekly" || every == "hourly") return Status::ok();
    const auto fields = words(every);
    const std::string allowed = "0123456789*/,-";
    bool cron = fields.size() == 5;
    for (const std::string& f : fields)
        cron = cron && f.find_first_not_of(allowed) == std::string::npos;
    if (!cron) return Status::invalidInput("--every: expected daily, weekly, hourly or a cron expression such as \"0 6 * * 1\"");
    return Status::ok();
}

Result<std::vector<ScheduledStep>> parseScheduledSteps(const std::string& text)
{
    std::vector<ScheduledStep> steps;
    std::stringstream list(text);
    std::string item;
    int number = 0;
    while (std::getline(list, item, ';')) {
        item = trimmed(item);
        if (item.empty()) continue;
        ++number;
        const auto w = words(item);
        const std::string where = "step " + std::to_string(number) + " ('" + item + "')";
        ScheduledStep step;
        if (w[0] == "import") {
            step.kind = ScheduledStep::Kind::Import;
            const size_t eq = w.size() >= 2 ? w[1].find('=') : std::string::npos;
            if (eq == std::string::npos || eq == 0 || eq + 1 == w[1].size() || w.size() > 3 || (w.size() == 3 && w[2] != "append" && w[2] != "replace"))
                return Status::invalidInput(where + ": expected import DATASET=FILE [append|replace]");
            step.target = w[1].substr(0, eq);
            step.file = w[1].substr(eq + 1);
            step.append = w.size() == 3 && w[2] == "append";
        } else if (w[0] == "retrain" || w[0] == "forecast" || w[0] == "export") {
            if (w.size() != 2) return Status::invalidInput(where + ": expected " + w[0] + (w[0] == "export" ? " FILE" : " MODEL"));
            step.kind = w[0] == "retrain" ? ScheduledStep::Kind::Retrain
                        : w[0] == "forecast" ? ScheduledStep::Kind::Forecast : ScheduledStep::Kind::Export;
            step.target = w[1];
        } else {
            return Status::invalidInput(where + ": unknown step '" + w[0] + "' (import, retrain, forecast or export)");
        }
        steps.push_back(std::move(step));
    }
    if (steps.empty()) return Status::invalidInput("--steps: no step given");
    bool forecast = false;
    for (const ScheduledStep& s : steps) {
        if (s.kind == ScheduledStep::Kind::Forecast) forecast = true;
        if (s.kind == ScheduledStep::Kind::Export && !forecast)
            return Status::invalidInput("--steps: export writes the forecast of an earlier forecast step; none comes before it");
    }
    return steps;
}

Result<std::vector<std::string>> runScheduledSteps(ProjectFile& project, const std::string& scheduleName,
                                                   const std::vector<ScheduledStep>& steps, const JobContext& job)
{
    std::vector<std::string> done;
    std::optional<PredictorForecast> lastForecast;
    Status failure;
    for (size_t i = 0; i < steps.size() && failure.isOk(); ++i) {
        const ScheduledStep& step = steps[i];
        const JobContext sub = job.subRange(double(i) / double(steps.size()), double(i + 1) / double(steps.size()));
        switch (step.kind) {
        case ScheduledStep::Kind::Import: {
            auto info = project.dataset(step.target);
            if (!info.isOk()) { failure = info.status(); break; }
            auto rows = loadDataset(step.file, importOptionsOf(*info), sub.subRange(0, 0.5));
            if (!rows.isOk()) { failure = rows.status(); break; }
            auto result = resyncDataset(project, step.target, *rows, step.append ? ResyncMode::Append : ResyncMode::Replace, sub.subRange(0.5, 1));
            if (!result.isOk()) { failure = result.status(); break; }
            done.push_back("import " + step.target + ": " + std::to_string(result->dataset.rows) + " rows");
            break;
        }
        case ScheduledStep::Kind::Retrain: {
            auto model = project.model(step.target);
            if (!model.isOk()) { failure = model.status(); break; }
            if (model->kind == kRecommenderKind) {
                auto r = retrainRecommender(project, step.target, "", 0, sub);
                if (!r.isOk()) failure = r.status();
            } else {
                auto r = retrainPredictor(project, step.target, "", 0, sub);
                if (!r.isOk()) failure = r.status();
            }
            if (failure.isOk()) done.push_back("retrain " + step.target);
            break;
        }
        case ScheduledStep::Kind::Forecast: {
            PredictorForecastRequest request;
            request.predictor = step.target;
            auto f = forecastFromPredictor(project, request, sub);
            if (!f.isOk()) { failure = f.status(); break; }
            done.push_back("forecast " + step.target + ": " + f->forecastName);
            lastForecast = std::move(*f);
            break;
        }
        case ScheduledStep::Kind::Export: {
            failure = writeForecasts(step.target, lastForecast->series, lastForecast->spec, lastForecast->forecasts, false);
            if (failure.isOk()) done.push_back("export " + step.target);
            break;
        }
        }
    }
    const std::string outcome = failure.isOk() ? std::string("ok") : "error: " + failure.message();
    project.recordJob("schedule", scheduleName, outcome);
    if (!failure.isOk()) return failure;
    return done;
}

} // namespace almanac
