#include "ui/ProjectTreeModel.h"

#include "ui/ProjectSession.h"

#include <QApplication>
#include <QIcon>
#include <QLocale>
#include <QStyle>

#include <cmath>

namespace almanac::ui {

namespace {

constexpr int kGroupCount = 5;
// Children carry their group + 1 as internal id; groups carry 0.
constexpr quintptr kGroupNodeId = 0;

QString datasetTooltip(const DatasetInfo& d)
{
    const QLocale locale;
    QString text = QObject::tr("%1 dataset, domain %2\n%3 rows, %4 items")
                       .arg(QString::fromLatin1(datasetTypeName(d.type)), QString::fromStdString(d.domain),
                            locale.toString(qlonglong(d.rows)), locale.toString(qlonglong(d.items)));
    if (!d.frequency.empty()) text += QObject::tr("\nfrequency %1").arg(QString::fromStdString(d.frequency));
    return text;
}

// "0.0312" for a metric the stored JSON holds, "–" otherwise.
QString metricText(const std::map<std::string, double>& metrics, const char* name)
{
    const auto it = metrics.find(name);
    return it == metrics.end() || !std::isfinite(it->second) ? QStringLiteral("–") : QLocale().toString(it->second, 'g', 4);
}

QString predictorTooltip(const StoredModel& m, const std::map<std::string, double>& baseline, double drift)
{
    QString text = QObject::tr("Predictor %1 on %2\ntrained %3 in %4 s")
                       .arg(QString::fromStdString(m.recipe), QString::fromStdString(m.datasets.count("target") ? m.datasets.at("target") : std::string()),
                            QString::fromStdString(m.createdAt), QLocale().toString(m.trainingSeconds, 'f', 1));
    text += QObject::tr("\nbacktest: mean wQL %1, WAPE %2, MASE %3, p10–p90 coverage %4 (nominal 0.8)")
                .arg(metricText(baseline, "mean_wQL"), metricText(baseline, "WAPE"), metricText(baseline, "MASE"),
                     metricText(baseline, "coverage"));
    if (std::isfinite(drift))
        text += QObject::tr("\nlatest monitored mean wQL: %1× the backtest's").arg(QLocale().toString(drift, 'f', 2));
    else
        text += QObject::tr("\nnot monitored yet: import newer actuals to score its forecasts");
    return text;
}

} // namespace

void ProjectTreeModel::setDriftFactor(double factor)
{
    beginResetModel();
    m_driftFactor = factor;
    endResetModel();
}

ProjectTreeModel::ProjectTreeModel(ProjectSession* session, QObject* parent) : QAbstractItemModel(parent), m_session(session)
{
    connect(session, &ProjectSession::contentsChanged, this, [this] {
        beginResetModel();
        endResetModel();
    });
    connect(session, &ProjectSession::closed, this, [this] {
        beginResetModel();
        endResetModel();
    });
}

QModelIndex ProjectTreeModel::index(int row, int column, const QModelIndex& parent) const
{
    if (!hasIndex(row, column, parent)) return {};
    if (!parent.isValid()) return createIndex(row, column, kGroupNodeId);
    return createIndex(row, column, quintptr(parent.row() + 1));
}

QModelIndex ProjectTreeModel::parent(const QModelIndex& child) const
{
    if (!child.isValid() || child.internalId() == kGroupNodeId) return {};
    return createIndex(int(child.internalId() - 1), 0, kGroupNodeId);
}

int ProjectTreeModel::rowCount(const QModelIndex& parent) const
{
    if (!m_session->isOpen()) return 0;
    if (!parent.isValid()) return kGroupCount;
    if (parent.column() != 0 || parent.internalId() != kGroupNodeId) return 0;
    return childCount(Group(parent.row()));
}

int ProjectTreeModel::columnCount(const QModelIndex&) const { return 1; }

int ProjectTreeModel::childCount(Group group) const
{
    switch (group) {
    case Group::Datasets: return int(m_session->datasets().size());
    case Group::Forecasts: return int(m_session->forecasts().size());
    case Group::Predictors: return int(m_session->predictors().size());
    case Group::Recommenders: return int(m_session->recommenderNames().size());
    case Group::Jobs: return int(m_session->jobs().size());
    }
    return 0;
}

QVariant ProjectTreeModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid()) return {};
    if (index.internalId() == kGroupNodeId) return groupData(Group(index.row()), role);
    return childData(Group(index.internalId() - 1), index.row(), role);
}

QVariant ProjectTreeModel::groupData(Group group, int role) const
{
    if (role == KindRole) return GroupNode;
    if (role == GroupRole) return int(group);
    if (role == Qt::DecorationRole) return QApplication::style()->standardIcon(QStyle::SP_DirIcon);
    if (role != Qt::DisplayRole) return {};
    const int n = childCount(group);
    switch (group) {
    case Group::Datasets: return tr("Datasets (%1)").arg(n);
    case Group::Forecasts: return tr("Forecasts (%1)").arg(n);
    case Group::Predictors: return tr("Predictors (%1)").arg(n);
    case Group::Recommenders: return tr("Recommenders (%1)").arg(n);
    case Group::Jobs: return tr("Jobs (%1)").arg(n);
    }
    return {};
}

QVariant ProjectTreeModel::childData(Group group, int row, int role) const
{
    if (role == GroupRole) return int(group);
    switch (group) {
    case Group::Datasets: {
        const DatasetInfo& d = m_session->datasets()[size_t(row)];
        const QString name = QString::fromStdString(d.name);
        if (role == Qt::DisplayRole || role == NameRole) return name;
        if (role == KindRole) return DatasetNode;
        if (role == Qt::ToolTipRole) return datasetTooltip(d);
        if (role == Qt::DecorationRole) return QApplication::style()->standardIcon(QStyle::SP_FileIcon);
        return {};
    }
    case Group::Forecasts: {
        const ForecastInfo& f = m_session->forecasts()[size_t(row)];
        if (role == Qt::DisplayRole || role == NameRole) return QString::fromStdString(f.name);
        if (role == KindRole) return ForecastNode;
        if (role == Qt::ToolTipRole)
            return tr("Recipe %1 on %2\nhorizon %3, %4 series")
                .arg(QString::fromStdString(f.recipe), QString::fromStdString(f.datasetName))
                .arg(f.horizon)
                .arg(f.seriesCount);
        if (role == Qt::DecorationRole) return QApplication::style()->standardIcon(QStyle::SP_FileDialogDetailedView);
        return {};
    }
    case Group::Predictors: {
        const StoredModel& m = m_session->predictors()[size_t(row)];
        const QString name = QString::fromStdString(m.name);
        const double drift = m_session->driftRatio(name);
        const bool drifting = std::isfinite(drift) && drift > m_driftFactor;
        if (role == NameRole) return name;
        if (role == Qt::DisplayRole) {
            const MonitoringHistory* history = m_session->monitoring(name);
            const QString wql = history ? metricText(history->baseline, "mean_wQL") : QStringLiteral("–");
            // The recipe is in the tooltip: the dock is narrow.
            QString text = tr("%1 (wQL %2)").arg(name, wql);
            if (drifting) text = tr("%1 (drift %2×)").arg(name, QLocale().toString(drift, 'f', 1));
            return text;
        }
        if (role == KindRole) return PredictorNode;
        if (role == DriftRole) return drifting;
        if (role == Qt::ToolTipRole) {
            const MonitoringHistory* history = m_session->monitoring(name);
            return predictorTooltip(m, history ? history->baseline : std::map<std::string, double>{}, drift);
        }
        if (role == Qt::DecorationRole)
            return QApplication::style()->standardIcon(drifting ? QStyle::SP_MessageBoxWarning : QStyle::SP_ComputerIcon);
        return {};
    }
    case Group::Recommenders: {
        const QString name = m_session->recommenderNames().value(row);
        if (role == NameRole) return name;
        if (role == Qt::DisplayRole) {
            const double ndcg = m_session->holdoutNdcg10(name);
            return std::isfinite(ndcg) ? tr("%1 (NDCG@10 %2)").arg(name, QLocale().toString(ndcg, 'f', 3)) : name;
        }
        if (role == KindRole) return RecommenderNode;
        if (role == Qt::ToolTipRole) {
            if (const auto loaded = m_session->recommender(name))
                return tr("%1 on %2").arg(QString::fromStdString(loaded->model.label()), loaded->interactionsDataset);
            if (const StoredRecommender* stored = m_session->storedRecommender(name))
                return tr("%1 on %2").arg(QString::fromStdString(stored->recipe),
                                                                QString::fromStdString(stored->interactionsDataset));
            return {};
        }
        if (role == Qt::DecorationRole) return QApplication::style()->standardIcon(QStyle::SP_FileDialogContentsView);
        return {};
    }
    case Group::Jobs: {
        const JobRecord& j = m_session->jobs()[size_t(row)];
        if (role == Qt::DisplayRole)
            return tr("%1: %2 (%3)").arg(QString::fromStdString(j.kind), QString::fromStdString(j.detail),
                                         QString::fromStdString(j.outcome));
        if (role == NameRole) return QString::fromStdString(j.detail);
        if (role == KindRole) return JobNode;
        if (role == Qt::ToolTipRole) return tr("Finished %1").arg(QString::fromStdString(j.finishedAt));
        return {};
    }
    }
    return {};
}

QVariant ProjectTreeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (section == 0 && orientation == Qt::Horizontal && role == Qt::DisplayRole) return tr("Project");
    return {};
}

Qt::ItemFlags ProjectTreeModel::flags(const QModelIndex& index) const
{
    if (!index.isValid()) return Qt::NoItemFlags;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable;
}

QModelIndex ProjectTreeModel::groupIndex(Group group) const { return index(int(group), 0); }

} // namespace almanac::ui
