#include "recommend/ratings/MatrixFactorization.h"
#include "recommend/ratings/BayesianFactorization.h"
#include "recommend/ratings/RatingBlend.h"
#include "recommend/ratings/RatingModel.h"
#include "recommend/ratings/RatingRecipe.h"

#include <QtTest/QtTest>
#include <cmath>
#include <random>

using namespace almanac;

class TestRatings : public QObject {
    Q_OBJECT

private:
    // Ratings from a known rank-2 structure plus user and item offsets, on a 1..5 scale.
    static RatingData lowRank(double density, uint64_t seed, std::vector<Rating>* heldOut)
    {
        std::mt19937_64 rng(seed);
        std::uniform_real_distribution<double> unit(0, 1);
        RatingData d;
        d.users = std::make_shared<StringPool>();
        d.items = std::make_shared<StringPool>();
        std::vector<std::array<double, 2>> u(60), v(40);
        for (auto& x : u) x = {unit(rng) * 2 - 1, unit(rng) * 2 - 1};
        for (auto& x : v) x = {unit(rng) * 2 - 1, unit(rng) * 2 - 1};
        // Plain numbers as ids: the pools only need them distinct.
        for (uint32_t i = 0; i < 60; ++i) d.users->intern(std::to_string(i));
        for (uint32_t j = 0; j < 40; ++j) d.items->intern(std::to_string(j));
        for (uint32_t i = 0; i < 60; ++i)
            for (uint32_t j = 0; j < 40; ++j) {
                const double r = std::clamp(3 + 1.5 * (u[i][0] * v[j][0] + u[i][1] * v[j][1]) + 0.3 * u[i][0], 1.0, 5.0);
                Rating rating{i, j, float(r)};
                if (unit(rng) < density) d.ratings.push_back(rating);
                else if (heldOut) heldOut->push_back(rating);
            }
        return d;
    }

    // Squared errors on held-out cells of the model and of the global mean, summed.
    template <typename Model>
    static std::pair<double, double> heldOutErrors(const Model& model, const RatingData& d, const std::vector<Rating>& heldOut)
    {
        double mean = 0, se = 0, seMean = 0;
        for (const Rating& r : d.ratings) mean += r.value / double(d.ratings.size());
        for (const Rating& r : heldOut) {
            const double p = model.predict(r.user, r.item);
            QTest::qVerify(p >= d.minRating && p <= d.maxRating, "in range", "", __FILE__, __LINE__);
            se += (p - r.value) * (p - r.value);
            seMean += (mean - r.value) * (mean - r.value);
        }
        return {se, seMean};
    }

private slots:
    void learnsLowRankStructure_data()
    {
        QTest::addColumn<bool>("implicit");
        QTest::newRow("biased MF") << false;
        QTest::newRow("SVD++") << true;
    }
    void learnsLowRankStructure()
    {
        QFETCH(bool, implicit);
        std::vector<Rating> heldOut;
        const RatingData d = lowRank(0.5, 7, &heldOut);
        FactorizationOptions options;
        options.implicitFeedback = implicit;
        options.factors = 4;
        options.epochs = 200;
        options.regularization = 0.02;
        options.learningRate = 0.01;
        RatingFactorization model;
        QVERIFY(model.fit(d, options).isOk());
        const auto [se, seMean] = heldOutErrors(model, d, heldOut);
        const double rmse = std::sqrt(se / double(heldOut.size())), baseline = std::sqrt(seMean / double(heldOut.size()));
        // Unseen cells of a low-rank matrix are predictable: far better than the global mean.
        QVERIFY2(rmse < 0.4 * baseline, qPrintable(QStringLiteral("%1 vs %2").arg(rmse).arg(baseline)));
    }

    void unknownsFallBackAndPredictionsStayInRange()
    {
        const RatingData d = lowRank(0.5, 3, nullptr);
        RatingFactorization model;
        FactorizationOptions options;
        options.epochs = 5;
        QVERIFY(model.fit(d, options).isOk());
        const double unknownBoth = model.predict(-1, -1);
        double mean = 0;
        for (const Rating& r : d.ratings) mean += r.value / double(d.ratings.size());
        QVERIFY(std::fabs(unknownBoth - mean) < 1e-4); // the global mean
        for (uint32_t u = 0; u < 60; ++u)
            for (uint32_t i = 0; i < 40; ++i) {
                const double p = model.predict(u, i);
                QVERIFY(p >= d.minRating && p <= d.maxRating);
            }
    }

    void neighboursAndBlend()
    {
        std::vector<Rating> heldOut;
        const RatingData d = lowRank(0.6, 9, &heldOut);
        KnnBaseline knn;
        QVERIFY(knn.fit(d, {}).isOk());
        RatingBlend blend;
        FactorizationOptions options;
        options.factors = 4;
        options.epochs = 100;
        options.regularization = 0.02;
        options.learningRate = 0.01;
        QVERIFY(blend.fit(d, options, {}, {}).isOk());
        double mean = 0;
        for (const Rating& r : d.ratings) mean += r.value / double(d.ratings.size());
        double seKnn = 0, seBlend = 0, seMean = 0;
        for (const Rating& r : heldOut) {
            seKnn += std::pow(knn.predict(r.user, r.item) - r.value, 2);
            const double b = blend.predict(r.user, r.item);
            QVERIFY(b >= d.minRating && b <= d.maxRating);
            seBlend += std::pow(b - r.value, 2);
            seMean += std::pow(mean - r.value, 2);
        }
        QVERIFY(seKnn < 0.8 * seMean);   // neighbours of a low-rank matrix carry signal
        QVERIFY(seBlend < 0.5 * seMean); // and the blend keeps the factor model's accuracy
        for (double w : blend.weights()) QVERIFY(std::isfinite(w));
    }

    void bayesianFactorization()
    {
        std::vector<Rating> heldOut;
        const RatingData d = lowRank(0.5, 11, &heldOut);
        BayesianFactorizationOptions options;
        options.factors = 4;
        options.burnIn = 20;
        options.samples = 60;
        options.threads = 1;
        BayesianFactorization model;
        QVERIFY(model.fit(d, options).isOk());
        const auto [se, seMean] = heldOutErrors(model, d, heldOut);
        double mean = 0;
        for (const Rating& r : d.ratings) mean += r.value / double(d.ratings.size());
        QVERIFY2(se < 0.4 * 0.4 * seMean, qPrintable(QStringLiteral("%1 vs %2").arg(se).arg(seMean)));
        QVERIFY(std::fabs(model.predict(-1, 3) - mean) < 1e-9); // unknown user: the mean rating

        // Each entity draws from its own generator: the samples do not depend on the threads.
        options.threads = 2;
        BayesianFactorization parallel;
        QVERIFY(parallel.fit(d, options).isOk());
        for (const Rating& r : heldOut) QCOMPARE(parallel.predict(r.user, r.item), model.predict(r.user, r.item));
    }

    // The contract every rating recipe keeps (issue 10): fit, store, load, predict bit-identically
    // (known and unknown users and items); every truncation of the bytes refused; the declared
    // parameters validated by name, form and range.
    void storedModelPredictsIdentically_data()
    {
        QTest::addColumn<QString>("recipe");
        for (const std::string& name : ratingRecipes().names()) QTest::newRow(name.c_str()) << QString::fromStdString(name);
    }
    void storedModelPredictsIdentically()
    {
        QFETCH(QString, recipe);
        std::vector<Rating> heldOut;
        const RatingData d = lowRank(0.5, 11, &heldOut);
        RatingSpec spec;
        spec.seed = 5;
        // Small settings keep the suite fast; each recipe is fitted for real.
        const auto declared = ratingRecipes().create(recipe.toStdString())->parameters();
        for (const ParameterSpec& p : declared)
            if (p.name == "epochs") spec.parameters["epochs"] = "8";
            else if (p.name.find("samples") != std::string::npos) spec.parameters[p.name] = "12";
            else if (p.name.find("burn_in") != std::string::npos) spec.parameters[p.name] = "4";
        auto trained = trainRatingModel(d, recipe.toStdString(), spec);
        QVERIFY2(trained.isOk(), trained.status().message().c_str());
        const std::vector<uint8_t> bytes = ratingModelBytes(*trained);
        auto loaded = ratingModelFromBytes(bytes);
        QVERIFY2(loaded.isOk(), loaded.status().message().c_str());
        QCOMPARE(ratingModelBytes(*loaded), bytes);
        QCOMPARE(loaded->recipe->name(), recipe.toStdString());
        QCOMPARE(loaded->spec.parameters, spec.parameters);
        int compared = 0;
        for (const Rating& r : heldOut) {
            const std::string& user = d.users->value(r.user);
            const std::string& item = d.items->value(r.item);
            const double a = trained->predict(user, item), b = loaded->predict(user, item);
            QVERIFY(std::isfinite(a));
            QCOMPARE(std::memcmp(&a, &b, sizeof a), 0);
            ++compared;
        }
        QVERIFY(compared > 100);
        for (const auto& [user, item] : std::vector<std::pair<std::string, std::string>>{{"nobody", "3"}, {"4", "nothing"}, {"x", "y"}}) {
            const double a = trained->predict(user, item), b = loaded->predict(user, item);
            QVERIFY(std::isfinite(a) && a >= d.minRating && a <= d.maxRating);
            QCOMPARE(std::memcmp(&a, &b, sizeof a), 0);
        }
        // Every truncation is refused, never a crash (steps keep the blend's large state quick).
        const size_t step = std::max<size_t>(1, bytes.size() / 400);
        for (size_t cut = 0; cut < bytes.size(); cut += step) {
            const std::vector<uint8_t> part(bytes.begin(), bytes.begin() + long(cut));
            QVERIFY(!ratingModelFromBytes(part).isOk());
        }
    }

    void parametersAreValidated_data()
    {
        QTest::addColumn<QString>("recipe");
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("expected"); // in the message; empty: accepted
        QTest::newRow("svdpp factors") << "svdpp" << "factors" << "8" << "";
        QTest::newRow("svdpp misspelt") << "svdpp" << "factros" << "8" << "factros";
        QTest::newRow("svdpp not a number") << "svdpp" << "reg" << "abc" << "reg";
        QTest::newRow("svdpp out of range") << "svdpp" << "factors" << "0" << "factors";
        QTest::newRow("bpmf samples") << "bpmf" << "samples" << "30" << "";
        QTest::newRow("bpmf lambda") << "bpmf" << "lambda" << "1" << "lambda";
        QTest::newRow("blend prefixed") << "blend" << "bpmf_factors" << "6" << "";
        QTest::newRow("blend unprefixed bpmf") << "blend" << "samples" << "6" << "samples";
        QTest::newRow("knn k") << "knn-baseline" << "knn_k" << "20" << "";
        QTest::newRow("knn fraction") << "knn-baseline" << "knn_k" << "2.5" << "knn_k";
        QTest::newRow("biased-mf decay") << "biased-mf" << "lr_decay" << "1.5" << "lr_decay";
    }
    void parametersAreValidated()
    {
        QFETCH(QString, recipe);
        QFETCH(QString, name);
        QFETCH(QString, value);
        QFETCH(QString, expected);
        auto r = ratingRecipes().create(recipe.toStdString());
        QVERIFY(r);
        const Status s = validateParameters(r->name(), r->parameters(), {{name.toStdString(), value.toStdString()}});
        if (expected.isEmpty()) {
            QVERIFY2(s.isOk(), s.message().c_str());
        } else {
            QVERIFY(!s.isOk());
            QVERIFY2(QString::fromStdString(s.message()).contains(expected), s.message().c_str());
        }
    }

    void unknownRecipeIsAnError()
    {
        const RatingData d = lowRank(0.5, 1, nullptr);
        auto trained = trainRatingModel(d, "ease", {});
        QVERIFY(!trained.isOk());
        QVERIFY(QString::fromStdString(trained.status().message()).contains(QLatin1String("svdpp")));
    }
};

QTEST_APPLESS_MAIN(TestRatings)
#include "tst_ratings.moc"
