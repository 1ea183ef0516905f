#include "recommend/ratings/RatingModel.h"

#include <nlohmann/json.hpp>

#include <cmath>
#include <random>

namespace almanac {

namespace {

constexpr uint32_t kMagic = 0x52415447; // "RATG"
constexpr uint32_t kFormatVersion = 1;

void writePool(ByteWriter& out, const StringPool& pool)
{
    out.u64(pool.size());
    for (uint32_t code = 0; code < pool.size(); ++code) out.text(pool.value(code));
}

std::shared_ptr<StringPool> readPool(ByteReader& in)
{
    auto pool = std::make_shared<StringPool>();
    const uint64_t n = in.count(8);
    for (uint64_t k = 0; k < n && in.ok(); ++k) pool->intern(in.text());
    // Ids repeated in damaged bytes would shift the codes: refuse rather than mis-assign.
    if (pool->size() != n) return nullptr;
    return pool;
}

} // namespace

std::string TrainedRatingModel::label() const
{
    std::string out = recipe->name();
    if (spec.parameters.empty()) return out;
    out += "(";
    bool first = true;
    for (const auto& [k, v] : spec.parameters) {
        out += (first ? "" : ",") + k + "=" + v;
        first = false;
    }
    return out + ")";
}

Result<TrainedRatingModel> trainRatingModel(const RatingData& data, const std::string& recipe, const RatingSpec& spec,
                                            const JobContext& job)
{
    TrainedRatingModel model;
    model.recipe = ratingRecipes().create(recipe);
    if (!model.recipe)
        return Status::invalidInput("unknown rating recipe '" + recipe + "' (expected " + ratingRecipes().joinedNames() + ")");
    ALMANAC_RETURN_IF_ERROR(validateParameters(model.recipe->name(), model.recipe->parameters(), spec.parameters));
    if (data.ratings.empty()) return Status::invalidInput("no ratings to train on");
    ALMANAC_RETURN_IF_ERROR(model.recipe->fit(data, spec, job));
    if (job.isCancelled()) return Status::cancelled();
    model.spec = spec;
    model.users = data.users;
    model.items = data.items;
    return model;
}

Result<RatingHoldout> evaluateRatingHoldout(const RatingData& data, const std::string& recipe, const RatingSpec& spec,
                                            const JobContext& job)
{
    RatingData train = data;
    std::vector<Rating> heldOut;
    train.ratings.clear();
    std::mt19937_64 rng(spec.seed ^ 0x5EEDu);
    std::uniform_real_distribution<double> unit(0, 1);
    for (const Rating& r : data.ratings)
        if (unit(rng) < 0.1) heldOut.push_back(r);
        else train.ratings.push_back(r);
    auto model = trainRatingModel(train, recipe, spec, job);
    if (!model.isOk()) return model.status();
    RatingHoldout out;
    double se = 0, ae = 0;
    for (const Rating& r : heldOut) {
        const double e = model->recipe->predict(r.user, r.item) - r.value;
        se += e * e;
        ae += std::fabs(e);
    }
    if (!std::isfinite(se))
        return Status::invalidInput("recipe " + recipe + " predicted non-finite ratings (its fit diverged); try a smaller "
                                    "learning rate or another recipe");
    out.ratings = heldOut.size();
    const double n = std::max<double>(1.0, double(heldOut.size()));
    out.rmse = std::sqrt(se / n);
    out.mae = ae / n;
    return out;
}

std::string ratingHoldoutJson(const std::string& recipe, const RatingHoldout& holdout)
{
    const nlohmann::json report = {{"recipe", recipe},
                                   {"holdout", "a random tenth of the ratings"},
                                   {"ratings", holdout.ratings},
                                   {"RMSE", holdout.rmse},
                                   {"MAE", holdout.mae}};
    return report.dump(2) + "\n";
}

std::vector<uint8_t> ratingModelBytes(const TrainedRatingModel& model)
{
    ByteWriter w;
    w.u32(kMagic);
    w.u32(kFormatVersion);
    w.text(model.recipe->name());
    w.textMap(model.spec.parameters);
    w.u64(model.spec.seed);
    writePool(w, *model.users);
    writePool(w, *model.items);
    model.recipe->writeState(w);
    return w.take();
}

Result<TrainedRatingModel> ratingModelFromBytes(const std::vector<uint8_t>& bytes)
{
    ByteReader r(bytes);
    ALMANAC_RETURN_IF_ERROR(r.header(kMagic, kFormatVersion, "rating model"));
    TrainedRatingModel model;
    const std::string recipe = r.text();
    model.spec.parameters = r.textMap();
    model.spec.seed = r.u64();
    ALMANAC_RETURN_IF_ERROR(r.status("rating model"));
    model.recipe = ratingRecipes().create(recipe);
    if (!model.recipe) return Status::invalidInput("the rating model uses recipe '" + recipe + "', which this program does not know");
    model.users = readPool(r);
    model.items = model.users ? readPool(r) : nullptr;
    ALMANAC_RETURN_IF_ERROR(r.status("rating model"));
    if (!model.users || !model.items) return Status::invalidInput("rating model: the stored model is damaged (repeated ids)");
    ALMANAC_RETURN_IF_ERROR(model.recipe->readState(r));
    ALMANAC_RETURN_IF_ERROR(r.status("rating model"));
    if (!r.atEnd()) return Status::invalidInput("rating model: the stored model has trailing bytes");
    return model;
}

} // namespace almanac
