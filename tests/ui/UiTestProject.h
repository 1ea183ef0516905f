#pragma once
// A small sample project for the workbench suites: every dataset kind, and one ets forecast.
#include "forecast/ProjectForecasting.h"
#include "sample/SampleProject.h"
#include "store/ProjectFile.h"

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
