#include "ui/WorkbenchJobs.h"

#include "project/RecommenderWorkflow.h"
#include "project/ScheduledSteps.h"
#include "recommend/RankingReport.h"
#include "project/SampleLifecycle.h"
#include "sample/SampleProject.h"

#include <QFile>
#include <QFileInfo>

namespace almanac::ui {

JobRunner::Work storeDatasetJob(const QString& projectPath, ImportRequest request)
{
    return [path = projectPath.toStdString(), request](const JobContext& job) -> Status {
        auto project = ProjectFile::open(path);
        if (!project.isOk()) return project.status();
        auto stored = (*project)->addDataset(request.name.toStdString(), *request.data, request.settings, job);
        if (!stored.isOk()) return stored.status();
        return (*project)->recordJob("import", request.name.toStdString(), "ok");
    };
}

JobRunner::Work trainForecastJob(const QString& projectPath, ProjectForecastRequest request, std::shared_ptr<std::string> result,
                                 std::shared_ptr<std::vector<std::string>> notes)
{
    return [path = projectPath.toStdString(), request, result, notes](const JobContext& job) -> Status {
        auto project = ProjectFile::open(path);
        if (!project.isOk()) return project.status();
        auto forecast = forecastProjectDataset(**project, request, job);
        if (!forecast.isOk()) return forecast.status();
        *result = forecast->forecastName;
        if (notes) *notes = forecast->run.notes;
        return Status::ok();
    };
}

TrainPredictorRequest predictorRequestFrom(const ProjectForecastRequest& request)
{
    TrainPredictorRequest r;
    r.dataset = request.dataset;
    r.relatedDataset = request.relatedDataset;
    r.relatedColumns = request.relatedColumns;
    r.historicalColumns = request.historicalColumns;
    r.recipe = request.recipe;
    r.spec = request.spec;
    r.backtest = request.backtest;
    r.autoMode = request.autoMode;
    r.timeBudgetSeconds = request.timeBudgetSeconds;
    r.calibrate = true;
    r.storeForecast = true;
    r.forecastName = request.forecastName;
    return r;
}

JobRunner::Work trainPredictorJob(const QString& projectPath, TrainPredictorRequest request, std::shared_ptr<PredictorJobResult> result)
{
    request.storeForecast = true;
    return [path = projectPath.toStdString(), request, result](const JobContext& job) -> Status {
        auto project = ProjectFile::open(path);
        if (!project.isOk()) return project.status();
        auto trained = trainPredictor(**project, request, job);
        if (!trained.isOk()) return trained.status();
        result->predictor = trained->stored.name;
        result->forecast = trained->forecastName;
        result->notes = trained->run.notes;
        return Status::ok();
    };
}

JobRunner::Work forecastAgainJob(const QString& projectPath, const QString& predictor, int threads,
                                 std::shared_ptr<PredictorJobResult> result)
{
    return [path = projectPath.toStdString(), name = predictor.toStdString(), threads, result](const JobContext& job) -> Status {
        auto project = ProjectFile::open(path);
        if (!project.isOk()) return project.status();
        PredictorForecastRequest request;
        request.predictor = name;
        request.threads = threads;
        auto forecast = forecastFromPredictor(**project, request, job);
        if (!forecast.isOk()) return forecast.status();
        result->predictor = name;
        result->forecast = forecast->forecastName;
        result->notes = forecast->notes;
        if (!forecast->unknownItems.empty())
            result->notes.push_back(std::to_string(forecast->unknownItems.size())
                                    + " items the predictor was not trained on were left out (retrain it to include them)");
        return Status::ok();
    };
}

JobRunner::Work retrainPredictorJob(const QString& projectPath, const QString& predictor, int threads,
                                    std::shared_ptr<PredictorJobResult> result)
{
    return [path = projectPath.toStdString(), name = predictor.toStdString(), threads, result](const JobContext& job) -> Status {
        auto project = ProjectFile::open(path);
        if (!project.isOk()) return project.status();
        auto trained = retrainPredictor(**project, name, {}, threads, job);
        if (!trained.isOk()) return trained.status();
        result->predictor = trained->stored.name;
        result->notes = trained->run.notes;
        return Status::ok();
    };
}

JobRunner::Work runScheduleJob(const QString& projectPath, const QString& schedule, std::shared_ptr<std::vector<std::string>> done)
{
    return [path = projectPath.toStdString(), name = schedule.toStdString(), done](const JobContext& job) -> Status {
        auto project = ProjectFile::open(path);
        if (!project.isOk()) return project.status();
        auto schedules = (*project)->schedules();
        if (!schedules.isOk()) return schedules.status();
        for (const StoredSchedule& s : *schedules) {
            if (s.name != name) continue;
            auto steps = parseScheduledSteps(s.steps);
            if (!steps.isOk()) return steps.status();
            auto lines = runScheduledSteps(**project, s.name, *steps, job);
            if (!lines.isOk()) return lines.status();
            *done = std::move(*lines);
            return Status::ok();
        }
        return Status::notFound(path + ": no schedule named '" + name + "'");
    };
}

namespace {

// The datasets the explorer shows beside a stored recommender (histories, metadata, filters),
// and the recommender itself, read back from the project: nothing is fitted.
Result<std::shared_ptr<TrainedRecommender>> readRecommender(ProjectFile& project, const std::string& name, const JobContext& job)
{
    job.report(0.0, "reading");
    auto loaded = loadStoredRecommender(project, name);
    if (!loaded.isOk()) return loaded.status();
    auto trained = std::make_shared<TrainedRecommender>();
    trained->name = QString::fromStdString(name);
    trained->interactionsDataset = QString::fromStdString(loaded->request.interactionsDataset);
    trained->itemsDataset = QString::fromStdString(loaded->request.itemsDataset);
    auto interactions = project.loadDataset(loaded->request.interactionsDataset, job.subRange(0.3, 0.8));
    if (!interactions.isOk()) return interactions.status();
    trained->interactions = std::make_shared<LoadedDataset>(std::move(*interactions));
    if (!loaded->request.itemsDataset.empty()) {
        auto items = project.loadDataset(loaded->request.itemsDataset, job.subRange(0.8, 1.0));
        if (!items.isOk()) return items.status();
        trained->items = std::make_shared<const LoadedDataset>(std::move(*items));
    }
    trained->model = std::move(loaded->model);
    trained->model.trials.clear();
    return trained;
}

TrainRecommenderRequest requestFor(const StoredRecommender& definition, int threads)
{
    TrainRecommenderRequest request;
    request.name = definition.name;
    request.interactionsDataset = definition.interactionsDataset;
    request.itemsDataset = definition.itemsDataset;
    request.recipe = definition.recipe;
    request.spec.parameters = definition.parameters;
    request.spec.seed = definition.seed;
    request.spec.threads = threads;
    request.filter.eventTypes = definition.eventTypes;
    return request;
}

} // namespace

JobRunner::Work trainRecommenderJob(const QString& projectPath, RecommenderRequest request, int threads,
                                    std::shared_ptr<std::shared_ptr<const TrainedRecommender>> result)
{
    return [path = projectPath.toStdString(), request, threads, result](const JobContext& job) -> Status {
        auto project = ProjectFile::open(path);
        if (!project.isOk()) return project.status();
        StoredRecommender definition;
        definition.name = request.name.toStdString();
        definition.interactionsDataset = request.interactions.toStdString();
        definition.itemsDataset = request.items.toStdString();
        definition.recipe = request.recipe.toStdString();
        for (const QString& t : request.eventTypes.split(QLatin1Char(','), Qt::SkipEmptyParts))
            definition.eventTypes.push_back(t.trimmed().toStdString());
        // The explorer shows the holdout metrics, so a named recipe is evaluated too.
        TrainRecommenderRequest training = requestFor(definition, threads);
        training.evaluate = true;
        auto tx = (*project)->transaction();
        ALMANAC_RETURN_IF_ERROR(tx->beginStatus());
        auto stored = trainStoredRecommender(**project, training, job.subRange(0.0, 0.9));
        if (!stored.isOk()) return stored.status();
        auto trained = readRecommender(**project, definition.name, job.subRange(0.9, 1.0));
        if (!trained.isOk()) return trained.status();
        // The definition (what the project tree lists) beside the trained model.
        definition.recipe = (*trained)->model.recipe->name();
        definition.parameters = (*trained)->model.spec.parameters;
        definition.metricsJson = stored->metricsJson;
        ALMANAC_RETURN_IF_ERROR((*project)->addRecommender(definition));
        ALMANAC_RETURN_IF_ERROR(tx->commit());
        *result = std::move(*trained);
        return Status::ok();
    };
}

JobRunner::Work loadRecommenderJob(const QString& projectPath, StoredRecommender stored, int threads,
                                   std::shared_ptr<std::shared_ptr<const TrainedRecommender>> result)
{
    return [path = projectPath.toStdString(), stored, threads, result](const JobContext& job) -> Status {
        auto project = ProjectFile::open(path);
        if (!project.isOk()) return project.status();
        if (!(*project)->model(stored.name).isOk()) {
            // A project from before trained models were kept: trained once, as it was defined,
            // and stored, so that it is never fitted again.
            TrainRecommenderRequest request = requestFor(stored, threads);
            request.evaluate = false;
            auto trained = trainStoredRecommender(**project, request, job.subRange(0.0, 0.8));
            if (!trained.isOk()) return trained.status();
        }
        auto trained = readRecommender(**project, stored.name, job.subRange(0.8, 1.0));
        if (!trained.isOk()) return trained.status();
        *result = std::move(*trained);
        return Status::ok();
    };
}

JobRunner::Work createSampleProjectJob(const QString& projectPath, int threads)
{
    return [path = projectPath.toStdString(), threads](const JobContext& job) -> Status {
        // Built under a temporary name and renamed at the end, so an interrupted first start
        // never leaves half a sample project behind.
        const std::string partial = path + ".partial";
        QFile::remove(QString::fromStdString(partial));
        ALMANAC_RETURN_IF_ERROR(createSampleProjectWithPredictor(partial, SampleOptions{}, threads, job));
        for (const char* suffix : {"-wal", "-shm"}) QFile::remove(QString::fromStdString(partial + suffix));
        if (!QFile::rename(QString::fromStdString(partial), QString::fromStdString(path)))
            return Status::ioError(path + ": cannot write the sample project");
        return Status::ok();
    };
}

} // namespace almanac::ui
