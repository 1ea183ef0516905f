#include "data/ItemMetadata.h"

#include <unordered_map>

namespace almanac {

namespace {

// Below this many items, a column is not judged by how many distinct values it has.
constexpr size_t kMinimumRowsToJudge = 10;

std::string headerOf(const DataColumn& c) { return c.sourceHeader.empty() ? c.name : c.sourceHeader; }

} // namespace

Status attachItemMetadata(const LoadedDataset& items, SeriesSet& series, std::vector<std::string>* notes)
{
    const DataTable& table = items.table;
    const DataColumn* item = table.columnWithRole(FieldRole::Item);
    if (!item) return Status::invalidInput(items.fileName + ": item metadata needs an item id column");
    auto say = [&](const std::string& sentence) {
        if (notes) notes->push_back(sentence);
    };
    // Item metadata is read as categories. A column with a value of its own for most items (a
    // code, a description, a weight) groups nothing: it is left out.
    std::vector<const DataColumn*> attributes;
    std::string numeric, distinctive;
    for (const DataColumn& c : table.columns) {
        if (&c == item || c.role == FieldRole::Timestamp) continue;
        if (c.type != FieldType::String) {
            numeric += (numeric.empty() ? "" : ", ") + headerOf(c);
            continue;
        }
        std::unordered_map<uint32_t, bool> values;
        for (uint32_t code : c.codes) values.emplace(code, true);
        if (table.rowCount >= kMinimumRowsToJudge && 2 * values.size() > table.rowCount) {
            distinctive += (distinctive.empty() ? "" : ", ") + headerOf(c);
            continue;
        }
        attributes.push_back(&c);
    }
    if (!numeric.empty())
        say("numeric item metadata (" + numeric + ") is not used: item metadata is read as categories; give numbers "
            "that change over time as related series");
    if (!distinctive.empty())
        say("item metadata columns with a value of their own for most items (" + distinctive
            + ") were left out: they group no items");
    if (attributes.empty())
        return Status::invalidInput(items.fileName + ": row 1: no columns besides the item id that group items "
                                    "(categories, brands) to read as item metadata");

    std::unordered_map<std::string, size_t> rowOfItem;
    for (size_t r = 0; r < table.rowCount; ++r)
        if (!rowOfItem.emplace(item->text(r), r).second)
            return Status::invalidInput(items.fileName + ": row " + std::to_string(r + 2) + ", column " + headerOf(*item)
                                        + ": item '" + item->text(r) + "' is listed twice");
    series.attributeNames.clear();
    for (const DataColumn* c : attributes) series.attributeNames.push_back(headerOf(*c));
    std::unordered_map<std::string, bool> known;
    size_t described = 0;
    auto describe = [&](TimeSeries& s) {
        known.emplace(s.itemId, true);
        s.attributes.assign(attributes.size(), std::string());
        const auto it = rowOfItem.find(s.itemId);
        if (it == rowOfItem.end()) return;
        ++described;
        for (size_t a = 0; a < attributes.size(); ++a) s.attributes[a] = attributes[a]->text(it->second);
    };
    for (TimeSeries& s : series.series) describe(s);
    for (TimeSeries& s : series.coldItems) describe(s);
    if (described == 0)
        return Status::invalidInput(items.fileName + ": none of its items is an item of the target series; check the "
                                    "item id column");

    size_t unseen = 0;
    std::vector<size_t> newItems;
    for (size_t r = 0; r < table.rowCount; ++r)
        if (!known.count(item->text(r))) {
            ++unseen;
            if (rowOfItem[item->text(r)] == r) newItems.push_back(r);
        }
    if (unseen == 0) return Status::ok();
    if (!series.dimensionNames.empty() || !series.featureNames.empty()) {
        say(std::to_string(unseen) + (unseen == 1 ? " item of " : " items of ") + items.fileName
            + (unseen == 1 ? " has" : " have") + " no target history"
            + (series.dimensionNames.empty() ? " and no related series" : "")
            + ": not forecast (their related series, for every key column, bring them in)");
        return Status::ok();
    }
    for (size_t r : newItems) {
        TimeSeries cold;
        cold.itemId = item->text(r);
        cold.firstPeriod = series.endPeriod;
        cold.features.assign(series.featureNames.size(), {});
        cold.pastFeatures.assign(series.pastFeatureNames.size(), {});
        for (const DataColumn* c : attributes) cold.attributes.push_back(c->text(r));
        series.coldItems.push_back(std::move(cold));
    }
    return Status::ok();
}

} // namespace almanac
