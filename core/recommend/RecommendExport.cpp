#include "recommend/RecommendExport.h"

#include "util/TabularWriter.h"

#include <optional>

namespace almanac {

Status writeRecommendations(const std::string& path, const RecommendRecipe& recipe, const InteractionData& data,
                            const std::vector<std::string>& users, size_t n, bool keepSeen,
                            const FilterEvaluator* filter, const Exploration& exploration, const PromotionRule* promotion,
                            const JobContext& job)
{
    auto writer = openTabularWriter(path, "Recommendations");
    if (!writer.isOk()) return writer.status();
    TabularWriter& out = **writer;
    for (const char* h : {"user_id", "rank", "item_id", "score"}) out.field(h);
    out.endRow();
    for (size_t u = 0; u < users.size(); ++u) {
        if (u % 1000 == 0) {
            if (job.isCancelled()) return Status::cancelled();
            job.report(double(u) / double(users.size()), "writing recommendations");
        }
        const std::string& id = users[u];
        const int64_t user = data.findUser(id);
        std::vector<bool> allowed;
        if (filter) allowed = filter->allowedItems(user);
        std::optional<Promotion> promoted;
        if (promotion) promoted = promotion->forUser(user);
        const auto top = servedTopN(recipe, data, user, n, keepSeen, filter ? &allowed : nullptr, exploration, promoted ? &*promoted : nullptr);
        for (size_t r = 0; r < top.size(); ++r) {
            out.field(id);
            out.number(double(r + 1));
            out.field(data.itemId(top[r].item));
            out.number(top[r].score);
            out.endRow();
        }
    }
    job.report(1.0, "writing recommendations");
    return out.close();
}

} // namespace almanac
