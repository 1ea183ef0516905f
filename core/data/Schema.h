#pragma once
// Domains and the fields of each dataset type, as the cloud services document them.
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace almanac {

enum class DatasetType { Target, Related, Items, Interactions, Users };
enum class FieldType { String, Number, Timestamp };
// What a field means to the engine, whatever the domain calls it.
enum class FieldRole { Item, Timestamp, Target, Dimension, Feature, User, EventType, EventValue, Attribute };

struct FieldSpec {
    std::string name;                  // the domain's own name, e.g. "demand"
    FieldRole role = FieldRole::Attribute;
    FieldType type = FieldType::String;
    bool required = false;
    std::vector<std::string> synonyms; // other header names recognised, lower case
};

struct DatasetSchema {
    std::string domain;
    DatasetType type = DatasetType::Target;
    std::vector<FieldSpec> fields;
    // What columns that match no field become: dimensions are never implicit.
    FieldRole extraColumnRole = FieldRole::Attribute;
    bool extraColumnsIgnored = false;

    const FieldSpec* field(std::string_view name) const;
    const FieldSpec* fieldWithRole(FieldRole role) const;
};

const char* datasetTypeName(DatasetType type);
std::optional<DatasetType> datasetTypeFromName(std::string_view name);
const char* fieldTypeName(FieldType type);
bool isForecastType(DatasetType type);

const std::vector<std::string>& forecastDomains();
const std::vector<std::string>& personalizationDomains();

// The schema for a domain (case-insensitive) and dataset type; nullopt when the domain does not
// offer that type (WEB_TRAFFIC has no interactions, ECOMMERCE no target series).
std::optional<DatasetSchema> schemaFor(std::string_view domain, DatasetType type);
// The default domain of a dataset type: CUSTOM for both halves of the engine.
std::string defaultDomain(DatasetType type);

std::string toLower(std::string_view text);
std::string toUpper(std::string_view text);

} // namespace almanac
