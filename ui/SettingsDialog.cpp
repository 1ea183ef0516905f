#include "ui/SettingsDialog.h"

#include "forecast/Quantiles.h"
#include "ui/AppSettings.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QMessageBox>
#include <QSpinBox>
#include <QThread>

namespace almanac::ui {

SettingsDialog::SettingsDialog(QWidget* parent)
    : QDialog(parent), m_threads(new QSpinBox), m_quantiles(new QLineEdit), m_language(new QComboBox)
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
    auto* form = new QFormLayout(this);
    form->addRow(tr("Worker &threads:"), m_threads);
    form->addRow(tr("Default &quantiles:"), m_quantiles);
    form->addRow(tr("&Language (after restart):"), m_language);
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
    QDialog::accept();
}

} // namespace almanac::ui
