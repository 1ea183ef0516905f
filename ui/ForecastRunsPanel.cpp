#include "ui/ForecastRunsPanel.h"

#include "store/ProjectFile.h"
#include "ui/BackgroundPriority.h"
#include "ui/ProjectSession.h"
#include "ui/TableClipboard.h"

#include <QColor>
#include <QFutureWatcher>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLocale>
#include <QSortFilterProxyModel>
#include <QStandardItemModel>
#include <QTableView>
#include <QVBoxLayout>
#include <QtConcurrent>

#include <cmath>
#include <limits>

namespace almanac::ui {

namespace {

constexpr double kNan = std::numeric_limits<double>::quiet_NaN();
constexpr int kSortRole = Qt::UserRole + 1;

double metricValue(const QJsonObject& metrics, const char* key)
{
    const QJsonValue v = metrics.value(QLatin1String(key));
    return v.isDouble() ? v.toDouble() : kNan;
}

// The figures of the recipe that made the forecast ("overall"); none when auto chose per item,
// which keeps figures per item only.
QJsonObject chosenMetrics(const QJsonObject& evaluation)
{
    if (evaluation.contains(QLatin1String("overall"))) return evaluation.value(QLatin1String("overall")).toObject();
    return {};
}

QStandardItem* numberItem(double value, bool bold = false)
{
    auto* item = new QStandardItem(std::isnan(value) ? QStringLiteral("–") : QLocale().toString(value, 'f', 4));
    item->setData(std::isnan(value) ? QVariant() : QVariant(value), kSortRole);
    item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    item->setEditable(false);
    if (bold) {
        QFont font = item->font();
        font.setBold(true);
        item->setFont(font);
    }
    return item;
}

QStandardItem* textItem(const QString& text)
{
    auto* item = new QStandardItem(text);
    item->setData(text, kSortRole);
    item->setEditable(false);
    return item;
}

} // namespace

ForecastRunsPanel::ForecastRunsPanel(ProjectSession* session, QWidget* parent)
    : QWidget(parent), m_session(session), m_runs(new QStandardItemModel(this)), m_runsView(new QTableView), m_hint(new QLabel)
{
    setObjectName(QStringLiteral("forecastRuns"));
    auto* sorted = new QSortFilterProxyModel(this);
    sorted->setSourceModel(m_runs);
    sorted->setSortRole(kSortRole);
    m_runsView->setObjectName(QStringLiteral("runsTable"));
    m_runsView->setModel(sorted);
    m_runsView->setSortingEnabled(true);
    m_runsView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_runsView->verticalHeader()->hide();
    m_runsView->verticalHeader()->setDefaultSectionSize(m_runsView->fontMetrics().height() + 6);
    m_runsView->horizontalHeader()->setStretchLastSection(true);
    m_runsView->setToolTip(tr("Double-click a run to compare the shown forecast with it"));
    enableTableCopy(m_runsView);
    m_hint->setObjectName(QStringLiteral("runsPair"));
    m_hint->setWordWrap(true);
    m_hint->setTextFormat(Qt::RichText);
    m_hint->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_hint);
    layout->addWidget(m_runsView, 1);
    connect(m_runsView, &QTableView::doubleClicked, this, [this, sorted](const QModelIndex& index) {
        const QString name = sorted->index(index.row(), 0).data().toString();
        if (!name.isEmpty() && name != m_shown) emit compareRequested(name);
    });
}

QString ForecastRunsPanel::pairText() const { return m_hint->text(); }

void ForecastRunsPanel::showRuns(const QString& shown, const QString& compared)
{
    m_shown = shown;
    m_compared = compared;
    const ForecastInfo* info = m_session->forecast(shown);
    if (!info) {
        fill({});
        return;
    }
    std::vector<ForecastInfo> infos;
    for (const ForecastInfo& f : m_session->forecasts())
        if (f.datasetName == info->datasetName) infos.push_back(f);
    const int request = ++m_request;
    using Runs = std::vector<ForecastRunSummary>;
    auto* watcher = new QFutureWatcher<Runs>(this);
    connect(watcher, &QFutureWatcher<Runs>::finished, this, [this, watcher, request] {
        const Runs runs = watcher->result();
        watcher->deleteLater();
        if (request == m_request) fill(runs);
    });
    watcher->setFuture(QtConcurrent::run([path = m_session->path().toStdString(), infos]() -> Runs {
        lowerThisThreadsPriority();
        Runs runs;
        auto project = ProjectFile::open(path);
        for (const ForecastInfo& f : infos) {
            ForecastRunSummary run;
            run.name = QString::fromStdString(f.name);
            run.recipe = QString::fromStdString(f.recipe);
            run.horizon = f.horizon;
            run.createdAt = QString::fromStdString(f.createdAt);
            run.nominalCoverage = f.quantiles.size() >= 2 ? f.quantiles.back() - f.quantiles.front() : kNan;
            QJsonObject metrics;
            if (project.isOk())
                if (auto evaluation = (*project)->forecastEvaluation(f.name); evaluation.isOk())
                    metrics = chosenMetrics(QJsonDocument::fromJson(QByteArray::fromStdString(*evaluation)).object());
            run.meanWql = metricValue(metrics, "mean_wQL");
            run.wape = metricValue(metrics, "WAPE");
            run.mase = metricValue(metrics, "MASE");
            run.coverage = metricValue(metrics, "coverage");
            runs.push_back(run);
        }
        return runs;
    }));
}

void ForecastRunsPanel::fill(const std::vector<ForecastRunSummary>& runs)
{
    m_runs->clear();
    m_runs->setHorizontalHeaderLabels({tr("Forecast"), tr("Recipe"), tr("Horizon"), tr("Created"), tr("Mean wQL"), tr("WAPE"),
                                       tr("MASE"), tr("Coverage")});
    // The best of each lower-is-better metric in bold; coverage is best nearest its promise.
    double bestWql = HUGE_VAL, bestWape = HUGE_VAL, bestMase = HUGE_VAL, bestCoverageGap = HUGE_VAL;
    for (const ForecastRunSummary& r : runs) {
        if (!std::isnan(r.meanWql)) bestWql = std::min(bestWql, r.meanWql);
        if (!std::isnan(r.wape)) bestWape = std::min(bestWape, r.wape);
        if (!std::isnan(r.mase)) bestMase = std::min(bestMase, r.mase);
        if (!std::isnan(r.coverage)) bestCoverageGap = std::min(bestCoverageGap, std::fabs(r.coverage - r.nominalCoverage));
    }
    const ForecastRunSummary* shown = nullptr;
    const ForecastRunSummary* compared = nullptr;
    for (const ForecastRunSummary& r : runs) {
        QList<QStandardItem*> row{textItem(r.name), textItem(r.recipe), numberItem(r.horizon), textItem(r.createdAt),
                                  numberItem(r.meanWql, r.meanWql == bestWql), numberItem(r.wape, r.wape == bestWape),
                                  numberItem(r.mase, r.mase == bestMase),
                                  numberItem(r.coverage, std::fabs(r.coverage - r.nominalCoverage) == bestCoverageGap)};
        row[2]->setText(QLocale().toString(r.horizon));
        row[7]->setToolTip(tr("The band promised %1").arg(QLocale().toString(r.nominalCoverage, 'g', 3)));
        m_runs->appendRow(row);
        if (r.name == m_shown) shown = &r;
        if (r.name == m_compared) compared = &r;
    }
    m_runsView->resizeColumnsToContents();

    m_pair.clear();
    if (!shown || !compared) {
        m_hint->setText(runs.size() > 1 ? tr("Choose a forecast to compare with (above, or double-click a run) to see the two "
                                             "side by side.")
                                        : tr("This dataset has one forecast; train another recipe to compare runs."));
    } else {
        m_pair.emplace_back(*shown, *compared);
        const QLocale locale;
        auto number = [&](double v) { return std::isnan(v) ? QStringLiteral("–") : locale.toString(v, 'f', 4); };
        auto figure = [&](const QString& label, double a, double b) {
            QString change;
            if (!std::isnan(a) && !std::isnan(b) && a != 0)
                change = QStringLiteral(" (%1%2%)").arg(b >= a ? QStringLiteral("+") : QString(), locale.toString(100.0 * (b - a) / std::fabs(a), 'f', 1));
            return tr("%1 %2 vs %3%4").arg(label, number(a), number(b), change);
        };
        const QStringList figures{
            figure(tr("mean wQL"), shown->meanWql, compared->meanWql), figure(tr("WAPE"), shown->wape, compared->wape),
            figure(tr("MASE"), shown->mase, compared->mase),
            figure(tr("coverage (of %1)").arg(locale.toString(shown->nominalCoverage, 'g', 3)), shown->coverage, compared->coverage)};
        m_hint->setText(tr("<b>%1</b> vs <b>%2</b> on their backtests: %3")
                            .arg(shown->name.toHtmlEscaped(), compared->name.toHtmlEscaped(), figures.join(QStringLiteral(" · "))));
    }
    // The two runs compared stand out in the list, in the chart's colours.
    for (int r = 0; r < m_runs->rowCount(); ++r) {
        const QString name = m_runs->item(r, 0)->text();
        if (name != m_shown && name != m_compared) continue;
        m_runs->item(r, 0)->setToolTip(name == m_shown ? tr("the forecast shown") : tr("the forecast compared"));
        m_runs->item(r, 0)->setData(QColor(name == m_shown ? 0x1f77b4 : 0xe67e22), Qt::ForegroundRole);
    }
    emit runsShown();
}

} // namespace almanac::ui
