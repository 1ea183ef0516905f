#include "recommend/RecommendExport.h"

#include "util/TabularWriter.h"

namespace almanac {

Status writeRecommendations(const std::string& path, const RecommendRecipe& recipe, const InteractionData& data,
                            const std::vector<std::string>& users, size_t n, bool keepSeen,
                            const FilterEvaluator* filter)
{
    auto writer = openTabularWriter(path, "Recommendations");
    if (!writer.isOk()) return writer.status();
    TabularWriter& out = **writer;
    for (const char* h : {"user_id", "rank", "item_id", "score"}) out.field(h);
    out.endRow();
    for (const std::string& id : users) {
        const int64_t user = data.findUser(id);
        std::vector<bool> allowed;
        if (filter) allowed = filter->allowedItems(user);
        const auto top = recommendTopN(recipe, data, user, n, keepSeen, filter ? &allowed : nullptr);
        for (size_t r = 0; r < top.size(); ++r) {
            out.field(id);
            out.number(double(r + 1));
            out.field(data.itemId(top[r].item));
            out.number(top[r].score);
            out.endRow();
        }
    }
    return out.close();
}

} // namespace almanac
