// The forecast explorer with many items: a generated project of N daily series (default 100,000,
// 60 days of history, a 7-day naive forecast), opened in the explorer offscreen. Prints the time
// to open the forecast, the GUI thread's worst stall while it opens, and how long sorting and
// filtering the item list take on the GUI thread.
//   usage: explorer_scale [items]
#include "data/DatasetLoader.h"
#include "project/ProjectForecasting.h"
#include "store/ProjectFile.h"
#include "ui/EventLoopMonitor.h"
#include "ui/ForecastExplorer.h"
#include "ui/ForecastItemModel.h"
#include "ui/ProjectSession.h"

#include <QApplication>
#include <QDate>
#include <QElapsedTimer>
#include <QLineEdit>
#include <QSignalSpy>
#include <QTest>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QTemporaryDir>
#include <QTimer>

#include <cstdio>

using namespace almanac;

int main(int argc, char** argv)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    const int items = argc > 1 ? std::atoi(argv[1]) : 100000;
    QTemporaryDir dir;
    const std::string path = dir.filePath(QStringLiteral("scale.almanac")).toStdString();
    QElapsedTimer clock;
    clock.start();
    {
        std::string csv = "item_id,timestamp,target_value\n";
        csv.reserve(size_t(items) * 60 * 24);
        std::vector<std::string> days;
        for (int d = 0; d < 60; ++d) days.push_back(QDate(2024, 1, 1).addDays(d).toString(Qt::ISODate).toStdString());
        char line[64];
        for (int i = 0; i < items; ++i)
            for (int d = 0; d < 60; ++d) {
                std::snprintf(line, sizeof line, "I%06d,%s,%d\n", i, days[size_t(d)].c_str(), (i * 7 + d * 3) % 50);
                csv += line;
            }
        auto loaded = loadDatasetFromString(std::move(csv), "scale.csv", ImportOptions{});
        if (!loaded.isOk()) {
            std::fprintf(stderr, "%s\n", loaded.status().message().c_str());
            return 1;
        }
        auto project = ProjectFile::create(path);
        if (!project.isOk() || !(*project)->addDataset("scale", *loaded, "D").isOk()) return 1;
        ProjectForecastRequest request;
        request.dataset = "scale";
        request.recipe = "naive";
        request.spec.horizon = 7;
        auto result = forecastProjectDataset(**project, request);
        if (!result.isOk()) {
            std::fprintf(stderr, "%s\n", result.status().message().c_str());
            return 1;
        }
    }
    std::printf("items %d: project built in %.1f s\n", items, clock.elapsed() / 1000.0);

    ui::ProjectSession session;
    QString error;
    if (!session.open(QString::fromStdString(path), &error)) return 1;
    ui::ForecastExplorer explorer(&session);
    explorer.resize(1280, 800);
    explorer.show();
    QSignalSpy loaded(&explorer, &ui::ForecastExplorer::loaded);
    ui::EventLoopMonitor monitor;
    clock.restart();
    monitor.start();
    explorer.showForecast(QString::fromStdString(session.forecasts().front().name));
    loaded.wait(600000);
    const double openSeconds = clock.elapsed() / 1000.0;
    QTest::qWait(300);
    monitor.stop();
    std::printf("open forecast: %.2f s, worst GUI stall while opening %lld ms\n", openSeconds, monitor.worstGapMs());

    QElapsedTimer step;
    step.start();
    explorer.itemView()->sortByColumn(ui::ForecastItemModel::WqlColumn, Qt::AscendingOrder);
    std::printf("sort %d items by wQL: %lld ms\n", explorer.itemModel()->rowCount(), step.elapsed());
    step.restart();
    explorer.searchField()->setText(QStringLiteral("I00012"));
    std::printf("filter to %d items: %lld ms\n", explorer.proxyModel()->rowCount(), step.elapsed());
    step.restart();
    explorer.searchField()->clear();
    std::printf("clear the filter: %lld ms\n", step.elapsed());
    step.restart();
    explorer.itemView()->selectRow(500);
    QCoreApplication::processEvents();
    std::printf("select an item and draw its chart: %lld ms\n", step.elapsed());
    return 0;
}
