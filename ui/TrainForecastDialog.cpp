#include "ui/TrainForecastDialog.h"

#include "data/Frequency.h"
#include "forecast/ForecastPipeline.h"
#include "forecast/ForecastRecipes.h"
#include "forecast/Quantiles.h"
#include "ui/ProjectSession.h"

#include <QCheckBox>
#include <QComboBox>

#include <algorithm>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

namespace almanac::ui {

namespace {

// A sensible first horizon: four weeks of days, two days of hours, else one season; but never
// more than a third of the data's span (the cloud service's bound for its deep recipes, and a
// backtest needs history before its window too).
int defaultHorizon(const DatasetInfo& dataset)
{
    const auto f = Frequency::parse(dataset.frequency);
    if (!f) return 14;
    int horizon = std::max(f->defaultSeason(), 4);
    if (f->unit() == Frequency::Unit::Day) horizon = 28;
    if (f->unit() == Frequency::Unit::Hour) horizon = 48;
    if (dataset.timeMin && dataset.timeMax) {
        const int64_t periods = f->periodIndex(*dataset.timeMax) - f->periodIndex(*dataset.timeMin) + 1;
        horizon = int(std::clamp<int64_t>(periods / 3, 1, horizon));
    }
    return horizon;
}

} // namespace

TrainForecastDialog::TrainForecastDialog(const ProjectSession& session, const QString& defaultQuantiles, QWidget* parent)
    : QDialog(parent), m_session(session)
{
    setWindowTitle(tr("Train a forecast"));
    setObjectName(QStringLiteral("trainForecastDialog"));
    setMinimumWidth(620); // the related columns' choices are read whole
    m_dataset = new QComboBox;
    m_dataset->setObjectName(QStringLiteral("trainDataset"));
    m_dataset->addItems(session.datasetNames(DatasetType::Target));
    m_related = new QComboBox;
    m_related->setObjectName(QStringLiteral("trainRelated"));
    m_relatedColumns = new QTableWidget(0, 2);
    m_relatedColumns->setObjectName(QStringLiteral("trainRelatedColumns"));
    m_relatedColumns->setHorizontalHeaderLabels({tr("Column"), tr("Use")});
    m_relatedColumns->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_relatedColumns->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_relatedColumns->verticalHeader()->hide();
    m_relatedColumns->setSelectionMode(QAbstractItemView::NoSelection);
    m_relatedHelp = new QLabel(tr("Regressors need their values through the horizon (prices, promotions, holidays); "
                                  "weather or CPI observed only up to today are historical. The target is never a regressor."));
    m_relatedHelp->setWordWrap(true);
    m_recipe = new QComboBox;
    m_recipe->setObjectName(QStringLiteral("trainRecipe"));
    m_recipe->addItem(tr("AutoML — backtest every recipe, keep the best"), QString::fromLatin1(kAutoRecipe));
    for (const std::string& name : forecastRecipes().names()) {
        const auto recipe = forecastRecipes().create(name);
        m_recipe->addItem(QString::fromStdString(name), QString::fromStdString(name));
        m_recipe->setItemData(m_recipe->count() - 1, QString::fromStdString(recipe->description()), Qt::ToolTipRole);
    }
    m_recipeHelp = new QLabel;
    m_recipeHelp->setWordWrap(true);
    m_horizon = new QSpinBox;
    m_horizon->setObjectName(QStringLiteral("trainHorizon"));
    m_horizon->setRange(1, 100000);
    m_quantiles = new QLineEdit(defaultQuantiles);
    m_quantiles->setToolTip(tr("Comma-separated quantiles in (0,1), e.g. 0.1,0.5,0.9"));
    m_windows = new QSpinBox;
    m_windows->setRange(1, 20);
    m_windows->setValue(2);
    m_windows->setToolTip(tr("Backtest windows: how many times the last horizon is held out and forecast to measure accuracy"));
    m_autoMode = new QComboBox;
    m_autoMode->addItem(tr("Whatever forecast best on the backtest"), QStringLiteral("best"));
    m_autoMode->setItemData(0, tr("Each way of choosing picks on the older backtest windows and is scored on the newest; the best is used"), Qt::ToolTipRole);
    m_autoMode->addItem(tr("Best recipe for each item"), QStringLiteral("item"));
    m_autoMode->addItem(tr("Best recipe for the whole dataset"), QStringLiteral("dataset"));
    m_autoMode->addItem(tr("Ensemble of the best three"), QStringLiteral("ensemble"));
    m_autoMode->addItem(tr("Ensemble of each item's best three"), QStringLiteral("item-ensemble"));
    m_budget = new QSpinBox;
    m_budget->setRange(0, 24 * 3600);
    m_budget->setSuffix(tr(" s"));
    m_budget->setSpecialValueText(tr("no limit"));
    m_budget->setValue(int(kDefaultForecastTimeBudgetSeconds));
    m_budget->setToolTip(tr("AutoML: a hard limit on the search; what would not fit is left out and the best so far is used"));
    m_parameters = new QLineEdit;
    m_parameters->setPlaceholderText(tr("name=value, … (e.g. model=AAdN for ets)"));
    m_name = new QLineEdit;
    m_name->setPlaceholderText(tr("(automatic)"));
    m_keepPredictor = new QCheckBox(tr("&Keep the trained model as a predictor"));
    m_keepPredictor->setObjectName(QStringLiteral("keepPredictor"));
    m_keepPredictor->setChecked(true);
    m_keepPredictor->setToolTip(tr("The project keeps the trained model: forecast again from it when new data arrive, without "
                                   "retraining; its accuracy on the new actuals is monitored; retrain it when it drifts"));
    m_error = new QLabel;
    m_error->setStyleSheet(QStringLiteral("color: #c0392b"));
    m_error->setWordWrap(true);

    auto* form = new QFormLayout;
    form->addRow(tr("&Dataset:"), m_dataset);
    form->addRow(tr("&Related series:"), m_related);
    form->addRow(QString(), m_relatedColumns);
    form->addRow(QString(), m_relatedHelp);
    form->addRow(tr("Re&cipe:"), m_recipe);
    form->addRow(QString(), m_recipeHelp);
    form->addRow(tr("&Horizon (periods):"), m_horizon);
    form->addRow(tr("&Quantiles:"), m_quantiles);
    form->addRow(tr("&Backtest windows:"), m_windows);
    form->addRow(tr("AutoML &chooses:"), m_autoMode);
    form->addRow(tr("Hyper-parameter search &budget:"), m_budget);
    form->addRow(tr("Recipe &parameters:"), m_parameters);
    form->addRow(tr("Forecast &name:"), m_name);
    form->addRow(QString(), m_keepPredictor);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Train"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(buttons);

    connect(m_recipe, &QComboBox::currentIndexChanged, this, &TrainForecastDialog::updateForRecipe);
    connect(m_dataset, &QComboBox::currentTextChanged, this, [this](const QString& name) {
        if (const DatasetInfo* d = m_session.dataset(name)) m_horizon->setValue(defaultHorizon(*d));
        fillRelatedChoices();
        fillRelatedColumns();
    });
    connect(m_related, &QComboBox::currentIndexChanged, this, &TrainForecastDialog::fillRelatedColumns);
    fillRelatedChoices();
    fillRelatedColumns();
    if (m_dataset->count()) setDataset(m_dataset->itemText(0));
    updateForRecipe();
}

void TrainForecastDialog::fillRelatedChoices()
{
    // Only related series recorded at the target's frequency can be aligned with it.
    const QString keep = m_related->currentData().toString();
    const DatasetInfo* target = m_session.dataset(m_dataset->currentText());
    const auto targetFrequency = target ? Frequency::parse(target->frequency) : std::nullopt;
    QSignalBlocker blocker(m_related);
    m_related->clear();
    m_related->addItem(tr("(none)"), QString());
    for (const QString& n : m_session.datasetNames(DatasetType::Related)) {
        const DatasetInfo* related = m_session.dataset(n);
        const auto frequency = related ? Frequency::parse(related->frequency) : std::nullopt;
        if (targetFrequency && frequency && frequency->baseName() != targetFrequency->baseName()) continue;
        m_related->addItem(n, n);
    }
    m_related->setCurrentIndex(std::max(0, m_related->findData(keep)));
}

QStringList TrainForecastDialog::relatedChoices() const
{
    QStringList out;
    for (int i = 1; i < m_related->count(); ++i) out << m_related->itemData(i).toString();
    return out;
}

void TrainForecastDialog::setDataset(const QString& name)
{
    m_dataset->setCurrentText(name);
    if (const DatasetInfo* d = m_session.dataset(name)) m_horizon->setValue(defaultHorizon(*d));
}

void TrainForecastDialog::setRelatedDataset(const QString& name)
{
    const int index = m_related->findData(name);
    if (index >= 0) m_related->setCurrentIndex(index);
}

void TrainForecastDialog::setColumnUse(const QString& column, ColumnUse use)
{
    for (int r = 0; r < m_relatedColumns->rowCount(); ++r)
        if (m_relatedColumns->item(r, 0)->text() == column)
            if (auto* box = qobject_cast<QComboBox*>(m_relatedColumns->cellWidget(r, 1))) box->setCurrentIndex(box->findData(int(use)));
}

void TrainForecastDialog::fillRelatedColumns()
{
    m_relatedColumns->setRowCount(0);
    const DatasetInfo* related = m_session.dataset(m_related->currentData().toString());
    const bool shown = related != nullptr;
    m_relatedColumns->setVisible(shown);
    m_relatedHelp->setVisible(shown);
    if (!related) return;
    // The target's own column, when the related file is the target file, is offered as not used.
    std::string targetHeader;
    if (const DatasetInfo* target = m_session.dataset(m_dataset->currentText()))
        for (const DatasetColumnInfo& c : target->columns)
            if (c.role == FieldRole::Target) targetHeader = c.sourceHeader.empty() ? c.name : c.sourceHeader;
    for (const DatasetColumnInfo& c : related->columns) {
        if (c.role != FieldRole::Feature) continue;
        const QString header = QString::fromStdString(c.sourceHeader.empty() ? c.name : c.sourceHeader);
        const int row = m_relatedColumns->rowCount();
        m_relatedColumns->insertRow(row);
        auto* name = new QTableWidgetItem(header);
        name->setFlags(Qt::ItemIsEnabled);
        m_relatedColumns->setItem(row, 0, name);
        auto* use = new QComboBox;
        use->addItem(tr("Known in the future (regressor)"), int(ColumnUse::KnownInFuture));
        use->addItem(tr("Historical only"), int(ColumnUse::Historical));
        use->addItem(tr("Not used"), int(ColumnUse::NotUsed));
        if (!targetHeader.empty() && header.compare(QString::fromStdString(targetHeader), Qt::CaseInsensitive) == 0) {
            use->setCurrentIndex(2);
            use->setEnabled(false);
            use->setToolTip(tr("The target column is never a regressor: it would leak the answer into the forecast."));
        }
        m_relatedColumns->setCellWidget(row, 1, use);
    }
    // Tall enough for every column up to six, so that no choice hides below the fold.
    m_relatedColumns->resizeRowsToContents();
    int height = m_relatedColumns->horizontalHeader()->sizeHint().height() + 2 * m_relatedColumns->frameWidth();
    for (int r = 0; r < std::min(m_relatedColumns->rowCount(), 6); ++r) height += m_relatedColumns->rowHeight(r);
    m_relatedColumns->setFixedHeight(height);
}

void TrainForecastDialog::setRecipe(const QString& name)
{
    const int index = m_recipe->findData(name);
    if (index >= 0) m_recipe->setCurrentIndex(index);
}

void TrainForecastDialog::setHorizon(int periods) { m_horizon->setValue(periods); }

void TrainForecastDialog::updateForRecipe()
{
    const bool automatic = m_recipe->currentData().toString() == QLatin1String(kAutoRecipe);
    m_autoMode->setEnabled(automatic);
    m_budget->setEnabled(automatic);
    m_recipeHelp->setText(automatic ? tr("Each recipe is backtested; the lowest mean weighted quantile loss wins (for the "
                                         "dataset, each item, or as an average), and intervals are calibrated on the backtest.")
                                    : m_recipe->currentData(Qt::ToolTipRole).toString());
}

std::optional<ProjectForecastRequest> TrainForecastDialog::request(QString* error) const
{
    ProjectForecastRequest r;
    r.dataset = m_dataset->currentText().toStdString();
    if (r.dataset.empty()) {
        *error = tr("The project has no target time series dataset yet: import one first.");
        return std::nullopt;
    }
    r.relatedDataset = m_related->currentData().toString().toStdString();
    if (!r.relatedDataset.empty()) {
        bool anyUsed = false;
        for (int row = 0; row < m_relatedColumns->rowCount(); ++row) {
            const auto* box = qobject_cast<const QComboBox*>(m_relatedColumns->cellWidget(row, 1));
            const std::string column = m_relatedColumns->item(row, 0)->text().toStdString();
            const auto use = ColumnUse(box ? box->currentData().toInt() : int(ColumnUse::NotUsed));
            // Listing historical columns among the chosen ones too keeps "not used" ones out
            // even when no column is a regressor.
            if (use != ColumnUse::NotUsed) r.relatedColumns.push_back(column);
            if (use == ColumnUse::Historical) r.historicalColumns.push_back(column);
            anyUsed = anyUsed || use != ColumnUse::NotUsed;
        }
        // Nothing chosen means no related series, not "every column" (the engine's default).
        if (!anyUsed) r.relatedDataset.clear();
    }
    r.recipe = m_recipe->currentData().toString().toStdString();
    r.spec.horizon = m_horizon->value();
    auto quantiles = parseQuantileList(m_quantiles->text().toStdString());
    if (!quantiles.isOk()) {
        *error = QString::fromStdString(quantiles.status().message());
        return std::nullopt;
    }
    r.spec.quantiles = *quantiles;
    for (const QString& pair : m_parameters->text().split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const int eq = pair.indexOf(QLatin1Char('='));
        if (eq <= 0) {
            *error = tr("Recipe parameters are name=value pairs separated by commas; '%1' is not one.").arg(pair.trimmed());
            return std::nullopt;
        }
        r.spec.parameters[pair.left(eq).trimmed().toStdString()] = pair.mid(eq + 1).trimmed().toStdString();
    }
    r.backtest.windows = m_windows->value();
    r.autoMode = autoModeFromName(m_autoMode->currentData().toString().toStdString()).value_or(AutoMode::Best);
    r.timeBudgetSeconds = m_budget->value();
    const QString name = m_name->text().trimmed();
    if (!name.isEmpty() && m_session.forecast(name)) {
        *error = tr("A forecast named '%1' exists already.").arg(name);
        return std::nullopt;
    }
    r.forecastName = name.toStdString();
    return r;
}

bool TrainForecastDialog::keepsPredictor() const { return m_keepPredictor->isChecked(); }
void TrainForecastDialog::setKeepPredictor(bool keep) { m_keepPredictor->setChecked(keep); }

void TrainForecastDialog::accept()
{
    QString error;
    if (!request(&error)) {
        m_error->setText(error);
        return;
    }
    QDialog::accept();
}

} // namespace almanac::ui
