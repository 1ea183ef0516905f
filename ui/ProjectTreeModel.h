#pragma once
// The project explorer's tree: datasets, forecasts, predictors (with their backtest figures and a
// mark when monitoring shows drift), recommenders and recent jobs of the open project, read from
// the session (no copies of their rows).
#include <QAbstractItemModel>

namespace almanac::ui {

class ProjectSession;

class ProjectTreeModel : public QAbstractItemModel {
    Q_OBJECT
public:
    enum class Group { Datasets, Forecasts, Predictors, Recommenders, Jobs };
    enum Role { KindRole = Qt::UserRole + 1, NameRole, GroupRole };
    // What a node is (KindRole).
    enum Kind { GroupNode, DatasetNode, ForecastNode, RecommenderNode, JobNode, PredictorNode };
    // A predictor is marked as drifting when its latest monitored mean wQL exceeds its backtest's
    // by this factor (the settings' value).
    void setDriftFactor(double factor);
    // Whether the predictor at a PredictorNode index is marked (DriftRole).
    static constexpr int DriftRole = Qt::UserRole + 10;

    explicit ProjectTreeModel(ProjectSession* session, QObject* parent = nullptr);

    QModelIndex index(int row, int column, const QModelIndex& parent = {}) const override;
    QModelIndex parent(const QModelIndex& child) const override;
    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;

    QModelIndex groupIndex(Group group) const;

private:
    int childCount(Group group) const;
    QVariant groupData(Group group, int role) const;
    QVariant childData(Group group, int row, int role) const;

    ProjectSession* m_session;
    double m_driftFactor = 1.5;
};

} // namespace almanac::ui
