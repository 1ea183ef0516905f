#include "ui/WorkbenchJobs.h"

#include "recommend/RankingReport.h"
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

JobRunner::Work trainForecastJob(const QString& projectPath, ProjectForecastRequest request, std::shared_ptr<std::string> result)
{
    return [path = projectPath.toStdString(), request, result](const JobContext& job) -> Status {
        auto project = ProjectFile::open(path);
        if (!project.isOk()) return project.status();
        auto forecast = forecastProjectDataset(**project, request, job);
        if (!forecast.isOk()) return forecast.status();
        *result = forecast->forecastName;
        return Status::ok();
    };
}

namespace {

// Reads the datasets and fits; evaluate: choose or measure on a holdout first.
Result<std::shared_ptr<TrainedRecommender>> fitRecommender(ProjectFile& project, const StoredRecommender& definition,
                                                           bool evaluate, int threads, const JobContext& job)
{
    auto trained = std::make_shared<TrainedRecommender>();
    trained->name = QString::fromStdString(definition.name);
    trained->interactionsDataset = QString::fromStdString(definition.interactionsDataset);
    trained->itemsDataset = QString::fromStdString(definition.itemsDataset);
    job.report(0.0, "reading");
    auto interactions = project.loadDataset(definition.interactionsDataset, job.subRange(0.0, 0.05));
    if (!interactions.isOk()) return interactions.status();
    trained->interactions = std::make_shared<LoadedDataset>(std::move(*interactions));
    if (!definition.itemsDataset.empty()) {
        auto items = project.loadDataset(definition.itemsDataset, job.subRange(0.05, 0.1));
        if (!items.isOk()) return items.status();
        trained->items = std::make_shared<const LoadedDataset>(std::move(*items));
    }
    RecommenderTrainingInput input;
    input.interactions = trained->interactions.get();
    input.items = trained->items.get();
    input.filter.eventTypes = definition.eventTypes;
    input.recipe = definition.recipe;
    input.evaluate = evaluate;
    input.spec.parameters = definition.parameters;
    input.spec.seed = definition.seed;
    input.spec.threads = threads;
    auto model = trainRecommender(input, job.subRange(0.1, 1.0));
    if (!model.isOk()) return model.status();
    trained->model = std::move(*model);
    return trained;
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
        auto trained = fitRecommender(**project, definition, true, threads, job);
        if (!trained.isOk()) return trained.status();
        const TrainedModel& model = (*trained)->model;
        definition.recipe = model.recipe->name();
        definition.parameters = model.spec.parameters;
        definition.metricsJson = rankingMetricsJson(model.trials);
        ALMANAC_RETURN_IF_ERROR((*project)->addRecommender(definition));
        (*project)->recordJob("recommender", definition.name + " (" + model.label() + ")", "ok");
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
        auto trained = fitRecommender(**project, stored, false, threads, job);
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
        ALMANAC_RETURN_IF_ERROR(createSampleProject(partial, SampleOptions{}, job.subRange(0.0, 0.3)));
        {
            auto project = ProjectFile::open(partial);
            if (!project.isOk()) return project.status();
            ProjectForecastRequest request;
            request.dataset = SampleDatasetNames::retailDemand;
            request.recipe = "ets";
            request.forecastName = "retail_demand-ets";
            request.spec.horizon = 28;
            request.spec.threads = threads;
            auto forecast = forecastProjectDataset(**project, request, job.subRange(0.3, 1.0));
            if (!forecast.isOk()) return forecast.status();
        }
        for (const char* suffix : {"-wal", "-shm"}) QFile::remove(QString::fromStdString(partial + suffix));
        if (!QFile::rename(QString::fromStdString(partial), QString::fromStdString(path)))
            return Status::ioError(path + ": cannot write the sample project");
        return Status::ok();
    };
}

} // namespace almanac::ui
