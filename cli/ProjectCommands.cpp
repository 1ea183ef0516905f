// almanac-cli project create | info
#include "cli/CliCommand.h"
#include "cli/ProjectReport.h"
#include "store/ProjectFile.h"

#include <iostream>

namespace almanac::cli {

std::vector<CommandEntry> registerProjectCommands(CLI::App& app)
{
    CLI::App* project = app.add_subcommand("project", "Create or describe a project file (*.almanac)");
    project->require_subcommand(1);

    auto createPath = std::make_shared<std::string>();
    CLI::App* create = project->add_subcommand("create", "Create a new, empty project file");
    create->add_option("file", *createPath, "The project file to create")->required();

    auto infoPath = std::make_shared<std::string>();
    auto json = std::make_shared<bool>(false);
    CLI::App* info = project->add_subcommand("info", "List the datasets of a project");
    info->add_option("file", *infoPath, "The project file")->required();
    info->add_flag("--json", *json, "Machine-readable output");

    return {
        {create,
         [createPath]() -> Status {
             auto project = ProjectFile::create(*createPath);
             if (!project.isOk()) return project.status();
             std::cout << "created " << *createPath << "\n";
             return Status::ok();
         }},
        {info,
         [infoPath, json]() -> Status {
             auto project = ProjectFile::open(*infoPath);
             if (!project.isOk()) return project.status();
             auto datasets = (*project)->datasets();
             if (!datasets.isOk()) return datasets.status();
             auto forecasts = (*project)->forecastNames();
             if (!forecasts.isOk()) return forecasts.status();
             auto models = (*project)->models();
             if (!models.isOk()) return models.status();
             std::cout << (*json ? projectInfoJson(**project, *datasets, *forecasts, *models)
                                 : projectInfoText(**project, *datasets, *forecasts, *models));
             return Status::ok();
         }},
    };
}

} // namespace almanac::cli
