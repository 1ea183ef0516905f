// almanac-cli schemas: the domains and the fields of each dataset type.
#include "cli/CliCommand.h"
#include "data/Schema.h"

#include <iostream>

namespace almanac::cli {

namespace {

void printSchema(const DatasetSchema& schema)
{
    std::cout << "  " << datasetTypeName(schema.type) << ":";
    for (const FieldSpec& f : schema.fields)
        std::cout << " " << f.name << (f.required ? "" : "?") << ":" << fieldTypeName(f.type);
    if (schema.extraColumnsIgnored) std::cout << "  (other columns ignored unless --dimensions)";
    else if (schema.extraColumnRole == FieldRole::Feature) std::cout << "  (+ numeric feature columns)";
    else std::cout << "  (+ attribute columns; multi-valued with |)";
    std::cout << "\n";
}

} // namespace

CommandEntry registerSchemasCommand(CLI::App& app)
{
    CLI::App* cmd = app.add_subcommand("schemas", "List the domains and their dataset schemas (? marks optional fields)");
    return {cmd, [] {
                std::cout << "Forecasting domains\n";
                for (const std::string& domain : forecastDomains()) {
                    std::cout << domain << "\n";
                    for (DatasetType t : {DatasetType::Target, DatasetType::Related, DatasetType::Items})
                        if (auto s = schemaFor(domain, t); s && domain != "CUSTOM") printSchema(*s);
                    if (domain == "CUSTOM")
                        for (DatasetType t : {DatasetType::Target, DatasetType::Related})
                            printSchema(*schemaFor(domain, t));
                }
                std::cout << "\nPersonalization domains\n";
                for (const std::string& domain : personalizationDomains()) {
                    std::cout << domain << "\n";
                    for (DatasetType t : {DatasetType::Interactions, DatasetType::Items, DatasetType::Users})
                        printSchema(*schemaFor(domain, t));
                }
                return Status::ok();
            }};
}

} // namespace almanac::cli
