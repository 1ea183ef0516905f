// EASE on either side of the push-through identity (items x items or users x users), and the
// dense inverse under it.
#include "recommend/EaseRecipe.h"
#include "util/DenseLinearAlgebra.h"

#include "InteractionLogs.h"

#include <QtTest/QtTest>
#include <cmath>
#include <random>

using namespace almanac;

Q_DECLARE_METATYPE(EaseRecipe::Side)

namespace {

using testing::tasteLog;

inline InteractionData data(const std::string& csv) { return testing::interactionsFromCsv(csv); }

void expectClose(const std::vector<float>& a, const std::vector<float>& b, const char* what)
{
    QCOMPARE(a.size(), b.size());
    for (size_t j = 0; j < a.size(); ++j)
        QVERIFY2(std::fabs(a[j] - b[j]) <= 1e-4f * std::max(1.0f, std::fabs(a[j])),
                 (std::string(what) + ": item " + std::to_string(j) + ": " + std::to_string(a[j]) + " vs " + std::to_string(b[j])).c_str());
}

} // namespace

class TestEase : public QObject {
    Q_OBJECT
private slots:
    void inverseKnownAnswer()
    {
        // [[4, 2], [2, 3]]^-1 = [[3, -2], [-2, 4]] / 8, in both precisions.
        std::vector<float> f = {4, 2, 2, 3};
        QVERIFY(invertPositiveDefinite(f.data(), 2, 1).isOk());
        const std::vector<double> expected = {3.0 / 8, -2.0 / 8, -2.0 / 8, 4.0 / 8};
        for (size_t k = 0; k < 4; ++k) QVERIFY(std::fabs(f[k] - expected[k]) < 1e-6);
        std::vector<double> d = {4, 2, 2, 3};
        QVERIFY(invertPositiveDefinite(d.data(), 2, 2).isOk());
        for (size_t k = 0; k < 4; ++k) QVERIFY(std::fabs(d[k] - expected[k]) < 1e-15);
    }

    void inverseOfALargerMatrixMirrorsBothTriangles()
    {
        // Above one 64-wide tile: A = M M' + n I, and A A^-1 = I on both triangles.
        const size_t n = 150;
        std::mt19937 rng(3);
        std::normal_distribution<double> normal;
        std::vector<double> m(n * n), a(n * n, 0.0);
        for (double& x : m) x = normal(rng);
        for (size_t i = 0; i < n; ++i)
            for (size_t j = 0; j < n; ++j) {
                for (size_t k = 0; k < n; ++k) a[i * n + j] += m[i * n + k] * m[j * n + k];
                if (i == j) a[i * n + j] += double(n);
            }
        std::vector<double> inverse = a;
        QVERIFY(invertPositiveDefinite(inverse.data(), n, 0).isOk());
        double worst = 0;
        for (size_t i = 0; i < n; ++i)
            for (size_t j = 0; j < n; ++j) {
                double s = 0;
                for (size_t k = 0; k < n; ++k) s += a[i * n + k] * inverse[k * n + j];
                worst = std::max(worst, std::fabs(s - (i == j ? 1.0 : 0.0)));
            }
        QVERIFY2(worst < 1e-10, std::to_string(worst).c_str());
    }

    void inverseRefusesAnIndefiniteMatrix()
    {
        std::vector<double> a = {1, 2, 2, 1}; // eigenvalues 3 and -1
        const Status s = invertPositiveDefinite(a.data(), 2, 1);
        QVERIFY(!s.isOk());
        QVERIFY2(s.message().find("positive definite") != std::string::npos, s.message().c_str());
    }

    void byHand_data()
    {
        QTest::addColumn<QString>("csv");
        QTest::addColumn<EaseRecipe::Side>("side");
        QTest::addColumn<bool>("usersSide");
        QTest::addColumn<QString>("user"); // empty: an anonymous session that saw x
        QTest::addColumn<float>("expected");
        // u1 {x, y}, u2 {x}, u3 {y}, lambda 1: G + I = [[3,1],[1,3]], P = [[3,-1],[-1,3]] / 8,
        // B_xy = -P_xy / P_yy = 1/3: u2's only unseen item y scores 1/3.
        const QString narrow = "USER_ID,ITEM_ID,TIMESTAMP\nu1,x,1\nu1,y,2\nu2,x,3\nu3,y,4\n";
        QTest::newRow("more users than items: items' side") << narrow << EaseRecipe::Side::Automatic << false << "u2" << 1.0f / 3;
        QTest::newRow("the users' side forced") << narrow << EaseRecipe::Side::Users << true << "u2" << 1.0f / 3;
        // u1 {x, y} alone, lambda 1: G + I = [[2,1],[1,2]], P = [[2,-1],[-1,2]] / 3, B_xy = 1/2.
        const QString wide = "USER_ID,ITEM_ID,TIMESTAMP\nu1,x,1\nu1,y,2\n";
        QTest::newRow("more items than users: users' side") << wide << EaseRecipe::Side::Automatic << true << "" << 0.5f;
        QTest::newRow("the items' side forced") << wide << EaseRecipe::Side::Items << false << "" << 0.5f;
    }

    void byHand()
    {
        QFETCH(QString, csv);
        QFETCH(EaseRecipe::Side, side);
        QFETCH(bool, usersSide);
        QFETCH(QString, user);
        QFETCH(float, expected);
        InteractionData d = data(csv.toStdString());
        EaseRecipe ease(side);
        RecommendSpec spec;
        spec.parameters.emplace("lambda", "1");
        QVERIFY(ease.fit(d, spec, {}).isOk());
        QCOMPARE(ease.solvedOnUsersSide(), usersSide);
        std::vector<float> scores;
        if (user.isEmpty()) ease.scoreHistory(-1, {uint32_t(d.findItem("x"))}, scores);
        else ease.scoreItems(d.findUser(user.toStdString()), scores);
        QVERIFY(std::fabs(scores[size_t(d.findItem("y"))] - expected) < 1e-6);
    }

    void bothSidesAreTheSameModel_data()
    {
        QTest::addColumn<int>("users");
        QTest::addColumn<int>("items");
        QTest::addColumn<QString>("lambda");
        QTest::newRow("wide, lambda 1") << 25 << 60 << "1";
        QTest::newRow("wide, lambda 50") << 25 << 60 << "50";
        QTest::newRow("tall, lambda 5") << 80 << 30 << "5";
    }

    void bothSidesAreTheSameModel()
    {
        QFETCH(int, users);
        QFETCH(int, items);
        QFETCH(QString, lambda);
        InteractionData d = data(tasteLog(users, items, 11));
        RecommendSpec spec;
        spec.parameters.emplace("lambda", lambda.toStdString());
        EaseRecipe itemsSide(EaseRecipe::Side::Items), usersSide(EaseRecipe::Side::Users);
        QVERIFY(itemsSide.fit(d, spec, {}).isOk());
        QVERIFY(usersSide.fit(d, spec, {}).isOk());
        QVERIFY(!itemsSide.solvedOnUsersSide());
        QVERIFY(usersSide.solvedOnUsersSide());
        std::vector<float> a, b;
        for (int64_t u = 0; u < int64_t(d.userCount()); ++u) {
            itemsSide.scoreItems(u, a);
            usersSide.scoreItems(u, b);
            expectClose(a, b, "fitted user");
            // Live events: one item new to the user, one already seen.
            const std::vector<uint32_t> recent = {uint32_t((u * 7) % d.itemCount()), d.itemsOf(uint32_t(u)).items[0]};
            itemsSide.scoreHistory(u, recent, a);
            usersSide.scoreHistory(u, recent, b);
            expectClose(a, b, "user with live events");
        }
        itemsSide.scoreHistory(-1, {0, 3, 4}, a);
        usersSide.scoreHistory(-1, {0, 3, 4}, b);
        expectClose(a, b, "anonymous session");
    }
};

QTEST_GUILESS_MAIN(TestEase)
#include "tst_ease.moc"
