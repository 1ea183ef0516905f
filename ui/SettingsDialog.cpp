#include "ui/SettingsDialog.h"

#include "forecast/Quantiles.h"
#include "ui/AppSettings.h"

#include <QComboBox>
#include <QDoubleSpinBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QMessageBox>
#include <QSpinBox>
#include <QThread>

namespace almanac::ui {

SettingsDialog::SettingsDialog(QWidget* parent)
    : QDialog(parent), m_threads(new QSpinBox), m_quantiles(new QLineEdit), m_language(new QComboBox), m_drift(new QDoubleSpinBox)
{
    setWindowTitle(tr("Settings"));
    m_threads->setRange(0, QThread::idealThreadCount() * 4);
    m_threads->setSpecialValueText(tr("all cores (%1)").arg(QThread::idealThreadCount()));
    m_threads->setValue(AppSettings::threads());
    m_quantiles->setText(AppSettings::defaultQuantiles());
    m_language->addItem(tr("Follow the system"), QString());
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_language->addItem(QStringLiteral("Deutsch"), QStringLiteral("de"));
    m_language->addItem(QStringLiteral("Français"), QStringLiteral("fr"));
    m_language->setCurrentIndex(std::max(0, m_language->findData(AppSettings::language())));
    m_drift->setRange(1.0, 100.0);
    m_drift->setSingleStep(0.1);
    m_drift->setDecimals(2);
    m_drift->setSuffix(QStringLiteral("×"));
    m_drift->setValue(AppSettings::driftFactor());
    m_drift->setToolTip(tr("A predictor is marked when its mean wQL on new actuals exceeds its backtest's by this factor"));
    auto* form = new QFormLayout(this);
    form->addRow(tr("Worker &threads:"), m_threads);
    form->addRow(tr("Default &quantiles:"), m_quantiles);
    form->addRow(tr("&Language (after restart):"), m_language);
    form->addRow(tr("Mark &drift above:"), m_drift);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    form->addRow(buttons);
}

void SettingsDialog::accept()
{
    auto quantiles = parseQuantileList(m_quantiles->text().toStdString());
    if (!quantiles.isOk()) {
        QMessageBox::warning(this, tr("Settings"), QString::fromStdString(quantiles.status().message()));
        return;
    }
    AppSettings::setThreads(m_threads->value());
    AppSettings::setDefaultQuantiles(m_quantiles->text().trimmed());
    AppSettings::setLanguage(m_language->currentData().toString());
    AppSettings::setDriftFactor(m_drift->value());
    QDialog::accept();
}

} // namespace almanac::ui
