#include "recommend/ratings/RatingData.h"

#include <algorithm>
#include <cmath>

namespace almanac {

Result<RatingData> RatingData::fromDataset(const LoadedDataset& dataset)
{
    const DataTable& table = dataset.table;
    const DataColumn* user = table.columnWithRole(FieldRole::User);
    const DataColumn* item = table.columnWithRole(FieldRole::Item);
    const DataColumn* value = table.columnWithRole(FieldRole::EventValue);
    if (!user || !item) return Status::invalidInput(dataset.fileName + ": ratings need USER_ID and ITEM_ID columns");
    if (!value)
        return Status::invalidInput(dataset.fileName + ": row 1: no EVENT_VALUE column with the ratings (use --map EVENT_VALUE=COLUMN)");
    RatingData out;
    out.users = user->strings;
    out.items = item->strings;
    out.ratings.reserve(table.rowCount);
    float lo = INFINITY, hi = -INFINITY;
    for (size_t r = 0; r < table.rowCount; ++r) {
        const double v = value->numbers[r];
        if (std::isnan(v)) continue;
        out.ratings.push_back({user->codes[r], item->codes[r], float(v)});
        lo = std::min(lo, float(v));
        hi = std::max(hi, float(v));
    }
    if (out.ratings.empty()) return Status::invalidInput(dataset.fileName + ": no row has a rating in EVENT_VALUE");
    out.minRating = lo;
    out.maxRating = hi;
    return out;
}

} // namespace almanac
