#include "ui/TrainForecastDialog.h"

#include "forecast/ForecastRecipes.h"
#include "forecast/Quantiles.h"
#include "ui/ProjectSession.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QSpinBox>
#include <QVBoxLayout>

namespace almanac::ui {

namespace {

// A sensible first horizon: four weeks of days, two days of hours, else one season.
int defaultHorizon(const std::string& frequency)
{
    const auto f = Frequency::parse(frequency);
    if (!f) return 14;
    if (f->unit() == Frequency::Unit::Day) return 28;
    if (f->unit() == Frequency::Unit::Hour) return 48;
    return std::max(f->defaultSeason(), 4);
}

} // namespace

TrainForecastDialog::TrainForecastDialog(const ProjectSession& session, const QString& defaultQuantiles, QWidget* parent)
    : QDialog(parent), m_session(session)
{
    setWindowTitle(tr("Train a forecast"));
    setObjectName(QStringLiteral("trainForecastDialog"));
    m_dataset = new QComboBox;
    m_dataset->setObjectName(QStringLiteral("trainDataset"));
    m_dataset->addItems(session.datasetNames(DatasetType::Target));
    m_related = new QComboBox;
    m_related->addItem(tr("(none)"), QString());
    for (const QString& n : session.datasetNames(DatasetType::Related)) m_related->addItem(n, n);
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
    m_budget->setToolTip(tr("AutoML: after this many seconds no further hyper-parameter settings are tried"));
    m_parameters = new QLineEdit;
    m_parameters->setPlaceholderText(tr("name=value, … (e.g. model=AAdN for ets)"));
    m_name = new QLineEdit;
    m_name->setPlaceholderText(tr("(automatic)"));
    m_error = new QLabel;
    m_error->setStyleSheet(QStringLiteral("color: #c0392b"));
    m_error->setWordWrap(true);

    auto* form = new QFormLayout;
    form->addRow(tr("&Dataset:"), m_dataset);
    form->addRow(tr("&Related series:"), m_related);
    form->addRow(tr("Re&cipe:"), m_recipe);
    form->addRow(QString(), m_recipeHelp);
    form->addRow(tr("&Horizon (periods):"), m_horizon);
    form->addRow(tr("&Quantiles:"), m_quantiles);
    form->addRow(tr("&Backtest windows:"), m_windows);
    form->addRow(tr("AutoML &chooses:"), m_autoMode);
    form->addRow(tr("Hyper-parameter search &budget:"), m_budget);
    form->addRow(tr("Recipe &parameters:"), m_parameters);
    form->addRow(tr("Forecast &name:"), m_name);
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
        if (const DatasetInfo* d = m_session.dataset(name)) m_horizon->setValue(defaultHorizon(d->frequency));
    });
    if (m_dataset->count()) setDataset(m_dataset->itemText(0));
    updateForRecipe();
}

void TrainForecastDialog::setDataset(const QString& name)
{
    m_dataset->setCurrentText(name);
    if (const DatasetInfo* d = m_session.dataset(name)) m_horizon->setValue(defaultHorizon(d->frequency));
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
