#pragma once
// EASE solved on the users' side, for logs with fewer users than items (the common shape of a
// catalogue: MovieLens' 610 users over 9,700 films). The push-through identity
//   (X'X + lambda I)^-1 = (I - X' (X X' + lambda I)^-1 X) / lambda
// turns the item x item inverse into a user x user one, and B = I - P diag(1/diag P) is never
// formed: a history h scores h B = h - (h - X' b) / (1 - q), with b = (X X' + lambda I)^-1 X h
// and q_j = X_j' (X X' + lambda I)^-1 X_j. Exact, not an approximation: the same model as the
// item-side solve, at users^3 instead of items^3 and users^2 memory instead of items^2.
#include "jobs/JobContext.h"
#include "recommend/InteractionData.h"
#include "util/ModelBytes.h"
#include "util/Status.h"

#include <cstdint>
#include <vector>

namespace almanac {

class EaseDualForm {
public:
    Status fit(const InteractionData& data, double lambda, int threads, const JobContext& job);
    // Scores of every item for a fitted user (>= 0; -1: none) whose history has grown by extra
    // (item codes not in the fitted row, within the catalogue). data is the data fitted on.
    void score(const InteractionData& data, int64_t user, const std::vector<uint32_t>& extra, std::vector<float>& scores) const;

    size_t bytes() const { return (m_inverse.size() + m_leverage.size()) * sizeof(double); }
    void write(ByteWriter& out) const;
    Status read(ByteReader& in, const InteractionData& data);

private:
    void indexUsersOfItems(const InteractionData& data);

    size_t m_users = 0;
    size_t m_items = 0;
    double m_lambda = 0;
    std::vector<double> m_inverse; // (X X' + lambda I)^-1, users x users, both triangles
    std::vector<double> m_leverage; // q_j per item: P(j, j) = (1 - q_j) / lambda
    // The columns of X (each item's users), derived from the data, not stored.
    std::vector<size_t> m_itemOffsets;
    std::vector<uint32_t> m_usersOfItem;
};

} // namespace almanac
