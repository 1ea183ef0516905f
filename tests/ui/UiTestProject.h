#pragma once
// A small sample project for the workbench suites: every dataset kind, and one ets forecast.
#include "project/ProjectForecasting.h"
#include "recommend/RecommenderTraining.h"
#include "sample/SampleProject.h"
#include "store/ProjectFile.h"
#include "ui/TrainedRecommender.h"

#include <QString>
#include <QtTest/QtTest>

inline almanac::SampleOptions smallSample()
{
    almanac::SampleOptions options;
    options.retailItems = 12;
    options.retailDays = 200;
    options.shopUsers = 60;
    options.shopItems = 40;
    options.shopDays = 60;
    return options;
}

// Creates the project at path; with a forecast named "demand-ets" when withForecast.
inline bool makeTestProject(const QString& path, bool withForecast = true)
{
    if (!almanac::createSampleProject(path.toStdString(), smallSample()).isOk()) return false;
    if (!withForecast) return true;
    auto project = almanac::ProjectFile::open(path.toStdString());
    if (!project.isOk()) return false;
    almanac::ProjectForecastRequest request;
    request.dataset = almanac::SampleDatasetNames::retailDemand;
    request.recipe = "ets";
    request.forecastName = "demand-ets";
    request.spec.horizon = 14;
    return almanac::forecastProjectDataset(**project, request).isOk();
}

// A recommender on the test project's shop interactions and items; nullptr if it cannot be fitted.
inline std::shared_ptr<almanac::ui::TrainedRecommender> trainShopRecommender(const QString& path, const std::string& recipe,
                                                                            const QString& name = QStringLiteral("shop"))
{
    auto project = almanac::ProjectFile::open(path.toStdString());
    if (!project.isOk()) return nullptr;
    auto interactions = (*project)->loadDataset("shop_interactions");
    auto items = (*project)->loadDataset("shop_items");
    if (!interactions.isOk() || !items.isOk()) return nullptr;
    auto recommender = std::make_shared<almanac::ui::TrainedRecommender>();
    recommender->name = name;
    recommender->interactions = std::make_shared<almanac::LoadedDataset>(std::move(*interactions));
    recommender->items = std::make_shared<const almanac::LoadedDataset>(std::move(*items));
    almanac::RecommenderTrainingInput input;
    input.interactions = recommender->interactions.get();
    input.items = recommender->items.get();
    input.recipe = recipe;
    auto model = almanac::trainRecommender(input);
    if (!model.isOk()) return nullptr;
    recommender->model = std::move(*model);
    return recommender;
}
