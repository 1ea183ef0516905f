#pragma once
// The import wizard (issue: import with a live preview): file, format with preview, schema and
// column mapping, then a validation run on a worker thread before anything is written.
#include "data/DatasetLoader.h"
#include "data/SeriesPreparation.h"
#include "store/ProjectFile.h"

#include <QWizard>

#include <memory>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QProgressBar;
class QPushButton;
class QTableView;
class QTableWidget;
class QPlainTextEdit;

namespace almanac::ui {

class CsvPreviewModel;
class JobRunner;
struct ValidationOutcome;

// What the wizard hands back: a validated dataset to store under a name.
struct ImportRequest {
    QString name;
    std::shared_ptr<LoadedDataset> data;
    DatasetSettings settings;
};

class ImportWizard : public QWizard {
    Q_OBJECT
public:
    enum PageId { FilePage, FormatPage, MappingPage, ValidationPage };

    // existingNames: dataset names already in the project (a new name must differ).
    ImportWizard(const QStringList& existingNames, QWidget* parent = nullptr);
    ~ImportWizard() override;

    void setFile(const QString& path);
    QString file() const;
    // Valid after the validation page succeeded.
    const ImportRequest& request() const { return m_request; }

    // For tests and the screenshot tour: the widgets a user works with.
    CsvPreviewModel* previewModel() const { return m_previewModel; }
    QComboBox* typeCombo() const { return m_type; }
    QComboBox* domainCombo() const { return m_domain; }
    QComboBox* frequencyCombo() const { return m_frequency; }
    QComboBox* aggregationCombo() const { return m_aggregation; }
    QLineEdit* nameEdit() const { return m_name; }
    // Sets the column (header text) for a schema field on the mapping page; empty: not in the file.
    bool mapField(const QString& field, const QString& header);
    bool isValidated() const { return m_validated; }
    JobRunner* validationJob() const { return m_validation; }
    // Whether the mapping page took the choices kept for the last file with the same header.
    bool templateApplied() const { return m_templateApplied; }

    // Finishing keeps this file's choices as the template for the next file with its header.
    void accept() override;

protected:
    void initializePage(int id) override;
    bool validateCurrentPage() override;
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dropEvent(QDropEvent* event) override;

private:
    // The validation report's lines on empty cells, periods without a row and gaps in the whole
    // file, and what the chosen rule makes of them.
    static QStringList missingDataLines(const MissingDataSummary& missing, const Frequency& frequency, bool automatic);
    QWizardPage* createFilePage();
    QWizardPage* createFormatPage();
    QWizardPage* createMappingPage();
    QWizardPage* createValidationPage();
    void refreshPreview();
    void refreshDomains();
    void refreshMapping();
    void startValidation();
    QStringList previewHeader() const;
    QVariantMap currentChoices() const;
    void applyChoices(const QVariantMap& choices);
    ImportOptions importOptions() const;
    PreparationOptions preparationOptions() const;

    QStringList m_existingNames;
    QLineEdit* m_path = nullptr;
    QComboBox* m_delimiter = nullptr;
    QComboBox* m_encoding = nullptr;
    QComboBox* m_decimal = nullptr;
    QLabel* m_detected = nullptr;
    QTableView* m_previewView = nullptr;
    CsvPreviewModel* m_previewModel = nullptr;
    QComboBox* m_type = nullptr;
    QComboBox* m_domain = nullptr;
    QLineEdit* m_name = nullptr;
    QTableWidget* m_mapping = nullptr;
    QListWidget* m_dimensions = nullptr;
    QCheckBox* m_skipBadRows = nullptr;
    QLabel* m_templateNote = nullptr;
    QStringList m_templateHeader; // the header whose template was applied (once per file)
    bool m_templateApplied = false;
    QComboBox* m_frequency = nullptr;
    QComboBox* m_aggregation = nullptr;
    QComboBox* m_fillMiddle = nullptr;
    QComboBox* m_fillBack = nullptr;
    QProgressBar* m_progress = nullptr;
    QPushButton* m_cancel = nullptr;
    QPlainTextEdit* m_report = nullptr;
    JobRunner* m_validation = nullptr;
    bool m_validated = false;
    ImportRequest m_request;
    std::shared_ptr<ValidationOutcome> m_pending;
};

} // namespace almanac::ui
