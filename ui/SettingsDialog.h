#pragma once
#include <QDialog>

class QComboBox;
class QDoubleSpinBox;
class QLineEdit;
class QSpinBox;

namespace almanac::ui {

// Threads, default quantiles and language (takes effect at the next start).
class SettingsDialog : public QDialog {
    Q_OBJECT
public:
    explicit SettingsDialog(QWidget* parent = nullptr);
    void accept() override;

private:
    QSpinBox* m_threads;
    QLineEdit* m_quantiles;
    QComboBox* m_language;
    QDoubleSpinBox* m_drift;
};

} // namespace almanac::ui
