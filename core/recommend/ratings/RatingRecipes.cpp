#include "recommend/ratings/RatingRecipe.h"

#include "recommend/ratings/RatingBlend.h"

#include <cstdlib>

namespace almanac {

RecipeTraits RatingRecipe::traits() const
{
    RecipeTraits t;
    t.explicitFeedback = true;
    t.cost = RecipeCost::Moderate;
    return t;
}

namespace {

// A declared parameter's value (validated before fit), or its declared default.
double valueOf(const RatingSpec& spec, const std::vector<ParameterSpec>& declared, const std::string& name)
{
    auto given = spec.parameters.find(name);
    if (given != spec.parameters.end()) return std::strtod(given->second.c_str(), nullptr);
    for (const ParameterSpec& p : declared)
        if (p.name == name) return std::strtod(p.defaultValue.c_str(), nullptr);
    return 0;
}

std::vector<ParameterSpec> factorizationParameters()
{
    // Ranges wide enough for experiments (a learning rate that diverges is reported as such at
    // prediction), narrow enough to catch a slip of the decimal point in the sizes.
    return {ParameterSpec::integer("factors", 1, 1000, "50", "latent factors"),
            ParameterSpec::integer("epochs", 1, 10000, "60", "passes of stochastic gradient descent"),
            ParameterSpec::number("lr", 1e-9, 1e12, "0.007", "learning rate"),
            ParameterSpec::number("reg", 0, 1e6, "0.1", "regularisation of the factors"),
            ParameterSpec::number("bias_reg", 0, 1e6, "0.02", "regularisation of the biases"),
            ParameterSpec::number("lr_decay", 1e-6, 1, "1", "the learning rate's factor after each epoch")};
}

FactorizationOptions factorizationOptions(const RatingSpec& spec, bool implicitFeedback, const std::string& prefix = {})
{
    const auto declared = factorizationParameters();
    std::vector<ParameterSpec> prefixed = declared;
    for (ParameterSpec& p : prefixed) p.name = prefix + p.name;
    FactorizationOptions o;
    o.implicitFeedback = implicitFeedback;
    o.factors = int(valueOf(spec, prefixed, prefix + "factors"));
    o.epochs = int(valueOf(spec, prefixed, prefix + "epochs"));
    o.learningRate = valueOf(spec, prefixed, prefix + "lr");
    o.regularization = valueOf(spec, prefixed, prefix + "reg");
    o.biasRegularization = valueOf(spec, prefixed, prefix + "bias_reg");
    o.learningRateDecay = valueOf(spec, prefixed, prefix + "lr_decay");
    o.seed = spec.seed;
    return o;
}

std::vector<ParameterSpec> knnParameters()
{
    return {ParameterSpec::integer("knn_k", 1, 10000, "40", "neighbours of an item"),
            ParameterSpec::number("knn_shrinkage", 0, 1e9, "100", "shrinks correlations of few co-ratings towards 0")};
}

KnnBaselineOptions knnOptions(const RatingSpec& spec)
{
    const auto declared = knnParameters();
    KnnBaselineOptions o;
    o.neighbours = int(valueOf(spec, declared, "knn_k"));
    o.shrinkage = valueOf(spec, declared, "knn_shrinkage");
    return o;
}

std::vector<ParameterSpec> bayesianParameters(const std::string& prefix)
{
    return {ParameterSpec::integer(prefix + "factors", 1, 500, "10", "latent factors"),
            ParameterSpec::integer(prefix + "burn_in", 0, 100000, "20", "Gibbs samples discarded"),
            ParameterSpec::integer(prefix + "samples", 1, 100000, "180", "Gibbs samples averaged"),
            ParameterSpec::number(prefix + "alpha", 1e-6, 1e6, "2", "precision of the ratings' noise")};
}

BayesianFactorizationOptions bayesianOptions(const RatingSpec& spec, const std::string& prefix)
{
    const auto declared = bayesianParameters(prefix);
    BayesianFactorizationOptions o;
    o.factors = int(valueOf(spec, declared, prefix + "factors"));
    o.burnIn = int(valueOf(spec, declared, prefix + "burn_in"));
    o.samples = int(valueOf(spec, declared, prefix + "samples"));
    o.alpha = valueOf(spec, declared, prefix + "alpha");
    o.seed = spec.seed;
    o.threads = spec.threads;
    return o;
}

class FactorizationRecipe : public RatingRecipe {
public:
    explicit FactorizationRecipe(bool implicitFeedback) : m_implicit(implicitFeedback) {}
    std::string name() const override { return m_implicit ? "svdpp" : "biased-mf"; }
    std::string description() const override
    {
        return m_implicit ? "SVD++: biased matrix factorisation with the user's rated items as implicit feedback"
                          : "Biased matrix factorisation by stochastic gradient descent";
    }
    std::vector<ParameterSpec> parameters() const override { return factorizationParameters(); }
    Status fit(const RatingData& data, const RatingSpec& spec, const JobContext& job) override
    {
        return m_model.fit(data, factorizationOptions(spec, m_implicit), job);
    }
    double predict(int64_t user, int64_t item) const override { return m_model.predict(user, item); }
    void writeState(ByteWriter& out) const override { m_model.writeState(out); }
    Status readState(ByteReader& in) override { return m_model.readState(in); }

private:
    bool m_implicit;
    RatingFactorization m_model;
};

class KnnBaselineRecipe : public RatingRecipe {
public:
    std::string name() const override { return "knn-baseline"; }
    std::string description() const override
    {
        return "Item neighbourhoods on baseline estimates (shrunk Pearson correlations); up to 8,000 items";
    }
    std::vector<ParameterSpec> parameters() const override { return knnParameters(); }
    Status fit(const RatingData& data, const RatingSpec& spec, const JobContext& job) override
    {
        return m_model.fit(data, knnOptions(spec), job);
    }
    double predict(int64_t user, int64_t item) const override { return m_model.predict(user, item); }
    void writeState(ByteWriter& out) const override { m_model.writeState(out); }
    Status readState(ByteReader& in) override { return m_model.readState(in); }

private:
    KnnBaseline m_model;
};

class BayesianRecipe : public RatingRecipe {
public:
    std::string name() const override { return "bpmf"; }
    std::string description() const override { return "Bayesian matrix factorisation sampled by Gibbs; needs no tuning"; }
    std::vector<ParameterSpec> parameters() const override { return bayesianParameters(""); }
    Status fit(const RatingData& data, const RatingSpec& spec, const JobContext& job) override
    {
        return m_model.fit(data, bayesianOptions(spec, ""), job);
    }
    double predict(int64_t user, int64_t item) const override { return m_model.predict(user, item); }
    void writeState(ByteWriter& out) const override { m_model.writeState(out); }
    Status readState(ByteReader& in) override { return m_model.readState(in); }

private:
    BayesianFactorization m_model;
};

class BlendRecipe : public RatingRecipe {
public:
    std::string name() const override { return "blend"; }
    std::string description() const override
    {
        return "SVD++, the kNN baseline and Bayesian MF blended by least squares on a held-out tenth (the default)";
    }
    std::vector<ParameterSpec> parameters() const override
    {
        std::vector<ParameterSpec> all = factorizationParameters();
        for (ParameterSpec& p : knnParameters()) all.push_back(std::move(p));
        for (ParameterSpec& p : bayesianParameters("bpmf_")) all.push_back(std::move(p));
        return all;
    }
    RecipeTraits traits() const override
    {
        RecipeTraits t = RatingRecipe::traits();
        t.cost = RecipeCost::Expensive;
        t.combinesRecipes = true;
        return t;
    }
    Status fit(const RatingData& data, const RatingSpec& spec, const JobContext& job) override
    {
        return m_model.fit(data, factorizationOptions(spec, true), knnOptions(spec), bayesianOptions(spec, "bpmf_"), job);
    }
    double predict(int64_t user, int64_t item) const override { return m_model.predict(user, item); }
    void writeState(ByteWriter& out) const override { m_model.writeState(out); }
    Status readState(ByteReader& in) override { return m_model.readState(in); }

private:
    RatingBlend m_model;
};

} // namespace

const RecipeRegistry<RatingRecipe>& ratingRecipes()
{
    static const RecipeRegistry<RatingRecipe> registry({
        {"blend", [] { return std::make_unique<BlendRecipe>(); }},
        {"svdpp", [] { return std::make_unique<FactorizationRecipe>(true); }},
        {"biased-mf", [] { return std::make_unique<FactorizationRecipe>(false); }},
        {"knn-baseline", [] { return std::make_unique<KnnBaselineRecipe>(); }},
        {"bpmf", [] { return std::make_unique<BayesianRecipe>(); }},
    });
    return registry;
}

} // namespace almanac
