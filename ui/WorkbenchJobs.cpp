#include "ui/WorkbenchJobs.h"

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

JobRunner::Work trainRecommenderJob(const QString& projectPath, RecommenderRequest request, int threads,
                                    std::shared_ptr<std::shared_ptr<const TrainedRecommender>> result)
{
    return [path = projectPath.toStdString(), request, threads, result](const JobContext& job) -> Status {
        auto project = ProjectFile::open(path);
        if (!project.isOk()) return project.status();
        auto trained = std::make_shared<TrainedRecommender>();
        trained->name = request.name;
        trained->interactionsDataset = request.interactions;
        trained->itemsDataset = request.items;
        job.report(0.0, "reading");
        auto interactions = (*project)->loadDataset(request.interactions.toStdString(), job.subRange(0.0, 0.05));
        if (!interactions.isOk()) return interactions.status();
        trained->interactions = std::make_shared<LoadedDataset>(std::move(*interactions));
        if (!request.items.isEmpty()) {
            auto items = (*project)->loadDataset(request.items.toStdString(), job.subRange(0.05, 0.1));
            if (!items.isOk()) return items.status();
            trained->items = std::make_shared<const LoadedDataset>(std::move(*items));
        }
        RecommenderTrainingInput input;
        input.interactions = trained->interactions.get();
        input.items = trained->items.get();
        for (const QString& t : request.eventTypes.split(QLatin1Char(','), Qt::SkipEmptyParts))
            input.filter.eventTypes.push_back(t.trimmed().toStdString());
        input.recipe = request.recipe.toStdString();
        input.evaluate = true; // the explorer shows the holdout metrics
        input.spec.threads = threads;
        auto model = trainRecommender(input, job.subRange(0.1, 1.0));
        if (!model.isOk()) return model.status();
        trained->model = std::move(*model);
        (*project)->recordJob("recommender", request.name.toStdString() + " (" + trained->model.label() + ")", "ok");
        *result = std::move(trained);
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
