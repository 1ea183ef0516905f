#include "data/Schema.h"

#include <algorithm>
#include <cctype>

namespace almanac {

std::string toLower(std::string_view text)
{
    std::string out(text);
    for (char& c : out) c = char(std::tolower(static_cast<unsigned char>(c)));
    return out;
}

std::string toUpper(std::string_view text)
{
    std::string out(text);
    for (char& c : out) c = char(std::toupper(static_cast<unsigned char>(c)));
    return out;
}

const FieldSpec* DatasetSchema::field(std::string_view name) const
{
    std::string lower = toLower(name);
    for (const FieldSpec& f : fields)
        if (toLower(f.name) == lower) return &f;
    return nullptr;
}

const FieldSpec* DatasetSchema::fieldWithRole(FieldRole role) const
{
    for (const FieldSpec& f : fields)
        if (f.role == role) return &f;
    return nullptr;
}

const char* datasetTypeName(DatasetType type)
{
    switch (type) {
    case DatasetType::Target: return "target";
    case DatasetType::Related: return "related";
    case DatasetType::Items: return "items";
    case DatasetType::Interactions: return "interactions";
    case DatasetType::Users: return "users";
    }
    return "target";
}

std::optional<DatasetType> datasetTypeFromName(std::string_view name)
{
    std::string lower = toLower(name);
    for (DatasetType t : {DatasetType::Target, DatasetType::Related, DatasetType::Items,
                          DatasetType::Interactions, DatasetType::Users})
        if (lower == datasetTypeName(t)) return t;
    return std::nullopt;
}

const char* fieldTypeName(FieldType type)
{
    switch (type) {
    case FieldType::String: return "string";
    case FieldType::Number: return "number";
    case FieldType::Timestamp: return "timestamp";
    }
    return "string";
}

bool isForecastType(DatasetType type)
{
    return type == DatasetType::Target || type == DatasetType::Related || type == DatasetType::Items;
}

const std::vector<std::string>& forecastDomains()
{
    static const std::vector<std::string> kDomains = {"RETAIL", "INVENTORY_PLANNING", "EC2_CAPACITY",
                                                      "WORK_FORCE", "WEB_TRAFFIC", "METRICS", "CUSTOM"};
    return kDomains;
}

const std::vector<std::string>& personalizationDomains()
{
    static const std::vector<std::string> kDomains = {"ECOMMERCE", "VIDEO_ON_DEMAND", "CUSTOM"};
    return kDomains;
}

std::string defaultDomain(DatasetType) { return "CUSTOM"; }

namespace {

using Synonyms = std::vector<std::string>;

FieldSpec itemField(std::string name = "item_id")
{
    return {std::move(name), FieldRole::Item, FieldType::String, true,
            {"item_id", "item", "itemid", "sku", "product", "product_id", "productid", "stockcode",
             "stock_code", "series", "series_id", "unique_id", "id", "article", "product_code", "sku_id",
             "material", "part_number", "store", "store_id", "store_nbr", "shop"}};
}

FieldSpec timestampField()
{
    return {"timestamp", FieldRole::Timestamp, FieldType::Timestamp, true,
            {"timestamp", "date", "time", "datetime", "ds", "period", "day", "invoicedate",
             "invoice_date", "order_date", "week", "month", "quarter", "year", "week_start", "week_ending",
             "month_start", "sales_date", "transaction_date"}};
}

FieldSpec targetField(std::string name, Synonyms extra = {})
{
    Synonyms synonyms = {"target_value", "target", "value", "demand", "quantity", "qty", "sales",
                         "units", "y", "volume", "count", "weekly_sales", "daily_sales", "monthly_sales",
                         "units_sold", "quantity_sold", "qty_sold", "sales_qty", "sales_units", "revenue",
                         "sales_amount", "amount", "total_sales", "orders", "trips", "visitors"};
    synonyms.insert(synonyms.end(), extra.begin(), extra.end());
    return {std::move(name), FieldRole::Target, FieldType::Number, true, synonyms};
}

FieldSpec locationField()
{
    return {"location", FieldRole::Dimension, FieldType::String, false,
            {"location", "store", "store_id", "region", "country", "site"}};
}

// Target series: the item identifier, time, the demand-like value, and the domain's dimensions.
DatasetSchema forecastTarget(const std::string& domain)
{
    DatasetSchema s;
    s.domain = domain;
    s.type = DatasetType::Target;
    s.extraColumnsIgnored = true;
    if (domain == "RETAIL" || domain == "INVENTORY_PLANNING")
        s.fields = {itemField(), timestampField(), targetField("demand"), locationField()};
    else if (domain == "EC2_CAPACITY")
        s.fields = {itemField("instance_type"), timestampField(), targetField("number_of_instances"),
                    locationField()};
    else if (domain == "WORK_FORCE")
        s.fields = {itemField("workforce_type"), timestampField(), targetField("workforce_demand"),
                    locationField()};
    else if (domain == "WEB_TRAFFIC")
        s.fields = {itemField(), timestampField(), targetField("value", {"visits", "pageviews"})};
    else if (domain == "METRICS")
        s.fields = {itemField("metric_name"), timestampField(), targetField("metric_value")};
    else
        s.fields = {itemField(), timestampField(), targetField("target_value")};
    return s;
}

DatasetSchema forecastRelated(const std::string& domain)
{
    DatasetSchema s;
    s.domain = domain;
    s.type = DatasetType::Related;
    s.extraColumnRole = FieldRole::Feature;
    s.fields = {itemField(), timestampField()};
    if (domain == "RETAIL" || domain == "INVENTORY_PLANNING") {
        s.fields.push_back(locationField());
        s.fields.push_back({"price", FieldRole::Feature, FieldType::Number, false, {"price", "unit_price", "unitprice"}});
        s.fields.push_back({"promotion_applied", FieldRole::Feature, FieldType::Number, false,
                            {"promotion_applied", "promotion", "promo", "on_promotion"}});
    } else if (domain == "EC2_CAPACITY" || domain == "WORK_FORCE") {
        s.fields[0] = itemField(domain == "EC2_CAPACITY" ? "instance_type" : "workforce_type");
        s.fields.push_back(locationField());
    } else if (domain == "METRICS") {
        s.fields[0] = itemField("metric_name");
    }
    return s;
}

DatasetSchema forecastItems(const std::string& domain)
{
    DatasetSchema s;
    s.domain = domain;
    s.type = DatasetType::Items;
    s.fields = {itemField()};
    if (domain == "RETAIL" || domain == "INVENTORY_PLANNING") {
        s.fields.push_back({"category", FieldRole::Attribute, FieldType::String, false, {"category"}});
        s.fields.push_back({"brand", FieldRole::Attribute, FieldType::String, false, {"brand"}});
    } else if (domain == "EC2_CAPACITY") {
        s.fields[0] = itemField("instance_type");
    } else if (domain == "WORK_FORCE") {
        s.fields[0] = itemField("workforce_type");
    } else if (domain == "METRICS") {
        s.fields[0] = itemField("metric_name");
    } else if (domain == "WEB_TRAFFIC") {
        s.fields.push_back({"category", FieldRole::Attribute, FieldType::String, false, {"category"}});
    }
    return s;
}

DatasetSchema interactions(const std::string& domain)
{
    DatasetSchema s;
    s.domain = domain;
    s.type = DatasetType::Interactions;
    s.fields = {{"USER_ID", FieldRole::User, FieldType::String, true, {"user_id", "userid", "user", "customerid", "customer_id", "customer"}},
                {"ITEM_ID", FieldRole::Item, FieldType::String, true, {"item_id", "itemid", "item", "product_id", "stockcode", "movie_id"}},
                {"TIMESTAMP", FieldRole::Timestamp, FieldType::Timestamp, true, {"timestamp", "time", "ts", "event_time"}},
                {"EVENT_TYPE", FieldRole::EventType, FieldType::String, false, {"event_type", "eventtype", "event", "action"}},
                {"EVENT_VALUE", FieldRole::EventValue, FieldType::Number, false, {"event_value", "eventvalue", "rating", "value"}}};
    return s;
}

DatasetSchema personalizationItems(const std::string& domain)
{
    DatasetSchema s;
    s.domain = domain;
    s.type = DatasetType::Items;
    s.fields = {{"ITEM_ID", FieldRole::Item, FieldType::String, true, {"item_id", "itemid", "item", "product_id", "movie_id"}},
                {"CREATION_TIMESTAMP", FieldRole::Timestamp, FieldType::Timestamp, false, {"creation_timestamp", "created", "created_at"}}};
    if (domain == "ECOMMERCE")
        s.fields.push_back({"PRICE", FieldRole::Attribute, FieldType::Number, false, {"price"}});
    return s;
}

DatasetSchema users(const std::string& domain)
{
    DatasetSchema s;
    s.domain = domain;
    s.type = DatasetType::Users;
    s.fields = {{"USER_ID", FieldRole::User, FieldType::String, true, {"user_id", "userid", "user", "customer_id"}}};
    return s;
}

bool contains(const std::vector<std::string>& list, const std::string& value)
{
    return std::find(list.begin(), list.end(), value) != list.end();
}

} // namespace

std::optional<DatasetSchema> schemaFor(std::string_view domainName, DatasetType type)
{
    const std::string domain = toUpper(domainName);
    const bool forecast = contains(forecastDomains(), domain);
    const bool personalize = contains(personalizationDomains(), domain);
    switch (type) {
    case DatasetType::Target: if (forecast) return forecastTarget(domain); break;
    case DatasetType::Related: if (forecast) return forecastRelated(domain); break;
    case DatasetType::Items:
        // CUSTOM serves both halves; its items schema is the same simple one either way.
        if (personalize) return personalizationItems(domain);
        if (forecast) return forecastItems(domain);
        break;
    case DatasetType::Interactions: if (personalize) return interactions(domain); break;
    case DatasetType::Users: if (personalize) return users(domain); break;
    }
    return std::nullopt;
}

} // namespace almanac
