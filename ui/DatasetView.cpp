#include "ui/DatasetView.h"

#include "ui/BackgroundPriority.h"

#include "data/SeriesPreparation.h"
#include "data/SeriesStatistics.h"
#include "store/ProjectFile.h"
#include "ui/ProjectSession.h"
#include "ui/SeriesStatisticsModel.h"
#include "ui/TableClipboard.h"

#include <QFutureWatcher>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>
#include <QtConcurrent>

#include <cmath>

namespace almanac::ui {

void DataTableModel::setDataset(std::shared_ptr<const LoadedDataset> dataset)
{
    beginResetModel();
    m_dataset = std::move(dataset);
    endResetModel();
}

int DataTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() || !m_dataset ? 0 : int(std::min<size_t>(m_dataset->table.rowCount, size_t(INT32_MAX)));
}

int DataTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() || !m_dataset ? 0 : int(m_dataset->table.columns.size());
}

QVariant DataTableModel::data(const QModelIndex& index, int role) const
{
    if (!m_dataset || !index.isValid()) return {};
    const DataColumn& c = m_dataset->table.columns[size_t(index.column())];
    const size_t r = size_t(index.row());
    if (role == Qt::TextAlignmentRole)
        return c.type == FieldType::Number ? QVariant(Qt::AlignRight | Qt::AlignVCenter) : QVariant();
    if (role != Qt::DisplayRole && role != SortRole) return {};
    switch (c.type) {
    case FieldType::Number:
        if (std::isnan(c.numbers[r])) return {};
        return role == SortRole ? QVariant(c.numbers[r]) : QVariant(QLocale().toString(c.numbers[r], 'g', 10));
    case FieldType::Timestamp:
        if (c.times[r] == INT64_MIN) return {};
        return QString::fromStdString(formatTimestamp(c.times[r], c.times[r] % 86400 == 0));
    case FieldType::String: return QString::fromStdString(c.text(r));
    }
    return {};
}

QVariant DataTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (!m_dataset || role != Qt::DisplayRole) return {};
    if (orientation == Qt::Vertical) return section + 1;
    const DataColumn& c = m_dataset->table.columns[size_t(section)];
    return c.sourceHeader.empty() || c.sourceHeader == c.name
               ? QString::fromStdString(c.name)
               : tr("%1 (%2)").arg(QString::fromStdString(c.name), QString::fromStdString(c.sourceHeader));
}

DatasetView::DatasetView(ProjectSession* session, QWidget* parent)
    : QWidget(parent), m_session(session), m_info(new QLabel), m_table(new QTableView), m_model(new DataTableModel(this))
{
    setObjectName(QStringLiteral("datasetView"));
    m_info->setWordWrap(true);
    m_info->setTextFormat(Qt::RichText);
    m_table->setModel(m_model);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 6);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    enableTableCopy(m_table);
    m_train = new QPushButton(tr("&Train a forecast on this dataset…"));
    connect(m_train, &QPushButton::clicked, this, [this] { emit trainRequested(m_name); });
    auto* top = new QHBoxLayout;
    top->addWidget(m_info, 1);
    top->addWidget(m_train, 0, Qt::AlignTop);
    m_seriesModel = new SeriesStatisticsModel(this);
    auto* sorted = new QSortFilterProxyModel(this);
    sorted->setSourceModel(m_seriesModel);
    sorted->setSortRole(SeriesStatisticsModel::SortRole);
    m_seriesTable = new QTableView;
    m_seriesTable->setObjectName(QStringLiteral("seriesStatistics"));
    m_seriesTable->setModel(sorted);
    m_seriesTable->setSortingEnabled(true);
    m_seriesTable->sortByColumn(0, Qt::AscendingOrder);
    m_seriesTable->verticalHeader()->hide();
    m_seriesTable->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 10);
    enableTableCopy(m_seriesTable);
    connect(m_seriesModel, &QAbstractItemModel::modelReset, this, [this] {
        m_seriesTable->setItemDelegateForColumn(m_seriesModel->profileColumn(), new SparklineDelegate(m_seriesTable));
        m_seriesTable->resizeColumnsToContents();
        m_seriesTable->horizontalHeader()->setStretchLastSection(true);
    });
    m_tabs = new QTabWidget;
    m_tabs->setObjectName(QStringLiteral("datasetTabs"));
    m_tabs->addTab(m_table, tr("&Rows"));
    m_tabs->addTab(m_seriesTable, tr("&Series"));
    showNothing();
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_tabs, 1);
    connect(session, &ProjectSession::closed, this, &DatasetView::showNothing);
}

void DatasetView::showNothing()
{
    m_name.clear();
    m_model->setDataset(nullptr);
    m_seriesModel->setStatistics({}, {}, Frequency());
    m_train->setEnabled(false);
    m_info->setText(tr("No dataset is open. Pick one in the project tree on the left, or import a CSV file "
                       "(File ▸ Import CSV…, Ctrl+I, or drop the file on the window)."));
}

QString DatasetView::infoText() const { return m_info->text(); }

void DatasetView::showDataset(const QString& name)
{
    const DatasetInfo* info = m_session->dataset(name);
    if (!info) return;
    m_name = name;
    m_train->setEnabled(info->type == DatasetType::Target);
    const QLocale locale;
    QString text = tr("<b>%1</b> — %2 dataset, domain %3<br>%4 rows, %5 distinct ids")
                       .arg(name.toHtmlEscaped(), QString::fromLatin1(datasetTypeName(info->type)),
                            QString::fromStdString(info->domain), locale.toString(qlonglong(info->rows)),
                            locale.toString(qlonglong(info->items)));
    if (!info->frequency.empty()) text += tr(", frequency %1").arg(QString::fromStdString(info->frequency));
    if (info->timeMin && info->timeMax)
        text += tr("<br>From %1 to %2").arg(QString::fromStdString(formatTimestamp(*info->timeMin, *info->timeMin % 86400 == 0)),
                                            QString::fromStdString(formatTimestamp(*info->timeMax, *info->timeMax % 86400 == 0)));
    if (!info->sourceFile.empty()) text += tr("<br>Imported from %1").arg(QString::fromStdString(info->sourceFile).toHtmlEscaped());
    m_info->setText(text);
    m_model->setDataset(nullptr);
    m_seriesModel->setStatistics({}, {}, Frequency());
    const bool series = info->type == DatasetType::Target;
    m_tabs->setTabEnabled(1, series);
    if (!series) m_tabs->setCurrentIndex(0);
    const std::string path = m_session->path().toStdString(), dataset = name.toStdString();
    PreparationOptions preparation = preparationFromSettings(info->preparation);
    if (!preparation.frequency) preparation.frequency = Frequency::parse(info->frequency);
    struct Loaded {
        std::shared_ptr<const LoadedDataset> rows;
        std::vector<SeriesStatistics> series;
        std::vector<std::string> dimensionNames;
        Frequency frequency;
    };
    auto* watcher = new QFutureWatcher<Loaded>(this);
    connect(watcher, &QFutureWatcher<Loaded>::finished, this, [this, watcher, name] {
        Loaded result = watcher->result();
        watcher->deleteLater();
        if (name != m_name || !result.rows) return;
        m_model->setDataset(result.rows);
        m_table->resizeColumnsToContents();
        m_seriesModel->setStatistics(std::move(result.series), std::move(result.dimensionNames), result.frequency);
        emit loaded(name);
    });
    watcher->setFuture(QtConcurrent::run([path, dataset, series, preparation]() -> Loaded {
        lowerThisThreadsPriority();
        auto project = ProjectFile::open(path);
        if (!project.isOk()) return {};
        auto data = (*project)->loadDataset(dataset);
        if (!data.isOk()) return {};
        Loaded out;
        if (series) {
            if (auto prepared = prepareTargetSeries(*data, preparation); prepared.isOk()) {
                out.series = describeSeries(*prepared);
                out.dimensionNames = prepared->dimensionNames;
                out.frequency = prepared->frequency;
            }
        }
        out.rows = std::make_shared<const LoadedDataset>(std::move(*data));
        return out;
    }));
}

} // namespace almanac::ui
