#pragma once
// Models of the recommendation explorer, all views onto a trained recommender's data: the users
// or items to pick from, and lists of scored items shown with the items' metadata.
#include "ui/TrainedRecommender.h"

#include <QAbstractTableModel>

#include <memory>
#include <unordered_map>
#include <vector>

namespace almanac::ui {

// Users (with how many items each has) or items (with how many users), from the interactions.
class EntityListModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum class Kind { Users, Items };
    enum Role { CodeRole = Qt::UserRole + 1, SortRole };

    EntityListModel(Kind kind, QObject* parent = nullptr);
    void setRecommender(std::shared_ptr<const TrainedRecommender> recommender);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    Kind m_kind;
    std::shared_ptr<const TrainedRecommender> m_recommender;
    std::vector<uint32_t> m_counts;
};

// One row per item of a list (history, recommendations, related items, a ranking) with a value
// column (score or count) and the item's metadata columns.
class ScoredItemModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Role { SortRole = Qt::UserRole + 1 };
    struct Row {
        QString itemId;
        double value = 0;
        int64_t lastEvent = INT64_MIN; // with event columns: the latest event's time
        QString eventTypes;            // with event columns: "purchase ×1, click ×3"
    };

    // decimals: how the value column is shown (0 for counts); eventColumns: a user's history,
    // with the time of the latest event and the event types after the value.
    ScoredItemModel(const QString& valueHeader, int decimals, QObject* parent = nullptr, bool eventColumns = false);
    void setRecommender(std::shared_ptr<const TrainedRecommender> recommender);
    void setRows(std::vector<Row> rows);
    const std::vector<Row>& rows() const { return m_rows; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    int metadataStart() const { return m_eventColumns ? 5 : 3; }

    QString m_valueHeader;
    int m_decimals;
    bool m_eventColumns = false;
    std::shared_ptr<const TrainedRecommender> m_recommender;
    std::vector<const DataColumn*> m_metadata;          // attribute columns of the items dataset
    std::unordered_map<std::string, size_t> m_itemRow;  // item id -> row of the items dataset
    std::vector<Row> m_rows;
};

} // namespace almanac::ui
