#pragma once
// A stored dataset: what it is (type, domain, frequency, rows, items, time range), its rows in a
// table model over the loaded columns (millions of rows stay fast: nothing is copied) and, for
// series datasets, each series' statistics.
#include "data/DatasetLoader.h"

#include <QAbstractTableModel>
#include <QWidget>

#include <memory>

class QLabel;
class QPushButton;
class QTabWidget;
class QTableView;

namespace almanac::ui {

class ProjectSession;
class SeriesStatisticsModel;

class DataTableModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Role { SortRole = Qt::UserRole + 1 };
    using QAbstractTableModel::QAbstractTableModel;
    void setDataset(std::shared_ptr<const LoadedDataset> dataset);
    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    std::shared_ptr<const LoadedDataset> m_dataset;
};

class DatasetView : public QWidget {
    Q_OBJECT
public:
    explicit DatasetView(ProjectSession* session, QWidget* parent = nullptr);
    void showDataset(const QString& name);
    QString currentDataset() const { return m_name; }
    DataTableModel* model() const { return m_model; }
    // Target datasets: one row per prepared series (span, zeros, missing, mean and a
    // small chart), on the view's Series tab.
    SeriesStatisticsModel* seriesModel() const { return m_seriesModel; }
    // The line above the table: the dataset's summary, or what to do when none is open.
    QString infoText() const;

signals:
    void loaded(const QString& name);
    void trainRequested(const QString& datasetName);

private:
    void showNothing();

    ProjectSession* m_session;
    QString m_name;
    QLabel* m_info;
    QTableView* m_table;
    DataTableModel* m_model;
    QTabWidget* m_tabs = nullptr;
    QTableView* m_seriesTable = nullptr;
    SeriesStatisticsModel* m_seriesModel = nullptr;
    QPushButton* m_train = nullptr;
};

} // namespace almanac::ui
