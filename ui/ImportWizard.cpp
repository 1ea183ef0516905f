#include "ui/ImportWizard.h"

#include "ui/AppSettings.h"
#include "ui/BackgroundPriority.h"

#include "data/ColumnMapping.h"
#include "data/SeriesPreparation.h"
#include "ui/CsvPreviewModel.h"
#include "ui/JobRunner.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDragEnterEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QFutureWatcher>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QTableView>
#include <QTableWidget>
#include <QVBoxLayout>
#include <QtConcurrent>

#include <functional>

namespace almanac::ui {

namespace {

// A page whose completeness the wizard decides.
class CheckedPage : public QWizardPage {
public:
    std::function<bool()> complete;
    bool isComplete() const override { return complete ? complete() : QWizardPage::isComplete(); }
};

struct PreviewOutcome {
    std::shared_ptr<const CsvPreview> preview;
    QString error;
};

void addChoice(QComboBox* combo, const QString& text, const QString& value) { combo->addItem(text, value); }

QString timeText(int64_t seconds) { return QString::fromStdString(formatTimestamp(seconds, seconds % 86400 == 0)); }

} // namespace

// What the validation run found, beyond the dataset itself.
struct ValidationOutcome {
    ImportRequest request;
    size_t series = 0;
    size_t periods = 0;
    MissingDataSummary missing;
    Frequency frequency;
    bool automaticGaps = false;
};

ImportWizard::ImportWizard(const QStringList& existingNames, QWidget* parent)
    : QWizard(parent), m_existingNames(existingNames), m_validation(new JobRunner(this))
{
    setWindowTitle(tr("Import a dataset"));
    setObjectName(QStringLiteral("importWizard"));
    setAcceptDrops(true);
    setWizardStyle(QWizard::ClassicStyle);
    setOption(QWizard::NoBackButtonOnLastPage, false);
    setPage(FilePage, createFilePage());
    setPage(FormatPage, createFormatPage());
    setPage(MappingPage, createMappingPage());
    setPage(ValidationPage, createValidationPage());
    resize(900, 640);
}

ImportWizard::~ImportWizard() { m_validation->cancel(); }

QWizardPage* ImportWizard::createFilePage()
{
    auto* page = new CheckedPage;
    page->setTitle(tr("Choose a CSV file"));
    page->setSubTitle(tr("Pick the file to import, or drop it on this window."));
    m_path = new QLineEdit;
    m_path->setObjectName(QStringLiteral("importPath"));
    m_path->setPlaceholderText(tr("Path to a .csv file"));
    auto* browse = new QPushButton(tr("&Browse…"));
    connect(browse, &QPushButton::clicked, this, [this] {
        const QString start = file().isEmpty() ? AppSettings::lastFolder() : QFileInfo(file()).path();
        const QString path = QFileDialog::getOpenFileName(this, tr("Import CSV"), start, tr("CSV files (*.csv *.txt *.tsv);;All files (*)"));
        if (path.isEmpty()) return;
        AppSettings::rememberFolderOf(path);
        setFile(path);
    });
    auto* row = new QHBoxLayout;
    row->addWidget(m_path, 1);
    row->addWidget(browse);
    auto* layout = new QVBoxLayout(page);
    layout->addLayout(row);
    auto* hint = new QLabel(tr("Target and related time series, item metadata, interactions and users can be imported. "
                               "Delimiter, encoding, decimal separator and date format are detected on the next page."));
    hint->setWordWrap(true);
    layout->addWidget(hint);
    layout->addStretch();
    page->complete = [this] { return !file().isEmpty(); };
    connect(m_path, &QLineEdit::textChanged, page, &QWizardPage::completeChanged);
    return page;
}

QWizardPage* ImportWizard::createFormatPage()
{
    auto* page = new QWizardPage;
    page->setTitle(tr("Format and preview"));
    page->setSubTitle(tr("Check what was detected; change it where the preview looks wrong."));
    m_delimiter = new QComboBox;
    addChoice(m_delimiter, tr("Detect"), {});
    addChoice(m_delimiter, tr("Comma ( , )"), QStringLiteral(","));
    addChoice(m_delimiter, tr("Semicolon ( ; )"), QStringLiteral(";"));
    addChoice(m_delimiter, tr("Tab"), QStringLiteral("\t"));
    addChoice(m_delimiter, tr("Pipe ( | )"), QStringLiteral("|"));
    m_encoding = new QComboBox;
    addChoice(m_encoding, tr("Detect"), {});
    addChoice(m_encoding, tr("UTF-8"), QStringLiteral("utf8"));
    addChoice(m_encoding, tr("Windows-1252 (Western European)"), QStringLiteral("cp1252"));
    m_decimal = new QComboBox;
    addChoice(m_decimal, tr("Detect"), {});
    addChoice(m_decimal, tr("Point (1234.5)"), QStringLiteral("point"));
    addChoice(m_decimal, tr("Comma (1234,5)"), QStringLiteral("comma"));
    for (QComboBox* c : {m_delimiter, m_encoding, m_decimal})
        connect(c, &QComboBox::currentIndexChanged, this, &ImportWizard::refreshPreview);
    m_detected = new QLabel;
    m_detected->setObjectName(QStringLiteral("detectedFormat"));
    m_detected->setWordWrap(true);
    m_previewModel = new CsvPreviewModel(this);
    m_previewView = new QTableView;
    m_previewView->setObjectName(QStringLiteral("previewTable"));
    m_previewView->setModel(m_previewModel);
    m_previewView->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    m_previewView->verticalHeader()->setDefaultSectionSize(m_previewView->fontMetrics().height() + 6);

    auto* form = new QFormLayout;
    form->addRow(tr("&Delimiter:"), m_delimiter);
    form->addRow(tr("&Encoding:"), m_encoding);
    form->addRow(tr("Decimal &separator:"), m_decimal);
    auto* layout = new QVBoxLayout(page);
    layout->addLayout(form);
    layout->addWidget(m_detected);
    layout->addWidget(m_previewView, 1);
    return page;
}

QWizardPage* ImportWizard::createMappingPage()
{
    auto* page = new QWizardPage;
    page->setTitle(tr("Dataset and columns"));
    page->setSubTitle(tr("Say what the file holds and which column fills each field. Fields marked * are required."));
    m_templateNote = new QLabel(tr("The choices made for the last file with these columns were applied; change them "
                                   "if this file differs."));
    m_templateNote->setObjectName(QStringLiteral("templateNote"));
    m_templateNote->setWordWrap(true);
    m_templateNote->setStyleSheet(QStringLiteral("color: #1f6f3f"));
    m_templateNote->hide();
    m_type = new QComboBox;
    m_type->setObjectName(QStringLiteral("datasetType"));
    for (DatasetType t : {DatasetType::Target, DatasetType::Related, DatasetType::Items, DatasetType::Interactions,
                          DatasetType::Users}) {
        static const char* const kLabels[] = {QT_TR_NOOP("Target time series (what to forecast)"),
                                              QT_TR_NOOP("Related time series (prices, promotions…)"),
                                              QT_TR_NOOP("Item metadata"), QT_TR_NOOP("Interactions (user–item events)"),
                                              QT_TR_NOOP("Users")};
        m_type->addItem(tr(kLabels[int(t)]), QString::fromLatin1(datasetTypeName(t)));
    }
    m_domain = new QComboBox;
    m_domain->setObjectName(QStringLiteral("datasetDomain"));
    m_name = new QLineEdit;
    m_name->setObjectName(QStringLiteral("datasetName"));
    m_mapping = new QTableWidget(0, 3);
    m_mapping->setObjectName(QStringLiteral("mappingTable"));
    m_mapping->setHorizontalHeaderLabels({tr("Field"), tr("Column in the file"), tr("Expected")});
    m_mapping->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_mapping->verticalHeader()->hide();
    m_dimensions = new QListWidget;
    m_dimensions->setObjectName(QStringLiteral("dimensionList"));
    m_dimensions->setMaximumHeight(90);
    m_dimensions->setToolTip(tr("Extra columns that identify a series together with the item (store, region…)"));
    m_skipBadRows = new QCheckBox(tr("&Skip rows with errors (they are counted, and the first listed)"));
    m_skipBadRows->setObjectName(QStringLiteral("skipBadRows"));

    m_frequency = new QComboBox;
    m_frequency->setObjectName(QStringLiteral("frequency"));
    addChoice(m_frequency, tr("Detect from the data"), {});
    const std::pair<const char*, const char*> kFrequencies[] = {
        {QT_TR_NOOP("15 minutes"), "15min"}, {QT_TR_NOOP("30 minutes"), "30min"}, {QT_TR_NOOP("Hourly"), "H"},
        {QT_TR_NOOP("Daily"), "D"},          {QT_TR_NOOP("Weekly"), "W"},          {QT_TR_NOOP("Monthly"), "M"},
        {QT_TR_NOOP("Quarterly"), "Q"},      {QT_TR_NOOP("Yearly"), "Y"}};
    for (const auto& [label, code] : kFrequencies) addChoice(m_frequency, tr(label), QString::fromLatin1(code));
    m_aggregation = new QComboBox;
    m_aggregation->setObjectName(QStringLiteral("aggregation"));
    addChoice(m_aggregation, tr("Sum"), QStringLiteral("sum"));
    addChoice(m_aggregation, tr("Average"), QStringLiteral("avg"));
    addChoice(m_aggregation, tr("Minimum"), QStringLiteral("min"));
    addChoice(m_aggregation, tr("Maximum"), QStringLiteral("max"));
    m_fillMiddle = new QComboBox;
    m_fillBack = new QComboBox;
    addChoice(m_fillMiddle, tr("Automatic: zero, but empty cells and long gaps in the whole file missing"), QStringLiteral("auto"));
    for (QComboBox* c : {m_fillMiddle, m_fillBack}) {
        addChoice(c, tr("Zero"), QStringLiteral("zero"));
        addChoice(c, tr("Missing (NaN)"), QStringLiteral("nan"));
        addChoice(c, tr("Mean"), QStringLiteral("mean"));
        addChoice(c, tr("Median"), QStringLiteral("median"));
        addChoice(c, tr("Last value"), QStringLiteral("last"));
    }

    connect(m_type, &QComboBox::currentIndexChanged, this, [this] {
        refreshDomains();
        refreshMapping();
    });
    connect(m_domain, &QComboBox::currentIndexChanged, this, &ImportWizard::refreshMapping);

    auto* top = new QFormLayout;
    top->addRow(tr("Dataset &type:"), m_type);
    top->addRow(tr("&Domain:"), m_domain);
    top->addRow(tr("&Name:"), m_name);
    auto* series = new QFormLayout;
    series->addRow(tr("&Frequency:"), m_frequency);
    series->addRow(tr("Several rows per period: &combine by"), m_aggregation);
    series->addRow(tr("&Gaps inside a series:"), m_fillMiddle);
    series->addRow(tr("Series ending &early:"), m_fillBack);
    auto* layout = new QVBoxLayout(page);
    layout->addWidget(m_templateNote);
    layout->addLayout(top);
    layout->addWidget(m_mapping, 1);
    layout->addWidget(new QLabel(tr("Dimensions (optional):")));
    layout->addWidget(m_dimensions);
    layout->addWidget(m_skipBadRows);
    layout->addLayout(series);
    return page;
}

QWizardPage* ImportWizard::createValidationPage()
{
    auto* page = new CheckedPage;
    page->complete = [this] { return m_validated; };
    page->setTitle(tr("Validate"));
    page->setSubTitle(tr("Every row is read and checked; nothing is written to the project until you press Finish."));
    m_progress = new QProgressBar;
    m_progress->setRange(0, 1000);
    m_cancel = new QPushButton(tr("Cancel validation"));
    m_report = new QPlainTextEdit;
    m_report->setObjectName(QStringLiteral("validationReport"));
    m_report->setReadOnly(true);
    auto* row = new QHBoxLayout;
    row->addWidget(m_progress, 1);
    row->addWidget(m_cancel);
    auto* layout = new QVBoxLayout(page);
    layout->addLayout(row);
    layout->addWidget(m_report, 1);
    connect(m_cancel, &QPushButton::clicked, m_validation, &JobRunner::cancel);
    connect(m_validation, &JobRunner::progressChanged, this,
            [this](double f, const QString&) { m_progress->setValue(int(f * 1000)); });
    connect(m_validation, &JobRunner::finished, this, [this, page](bool ok, bool cancelled, const QString& message) {
        m_cancel->setEnabled(false);
        if (!ok) {
            // The bar says how the run ended, not a percentage it never reached.
            m_progress->setFormat(cancelled ? tr("Cancelled") : tr("Failed"));
            m_report->setPlainText(cancelled ? tr("Validation cancelled.")
                                             : tr("The file cannot be imported:\n%1\n\nFix the file, or go Back and choose "
                                                  "\"Skip rows with errors\" to import the other rows.").arg(message));
            return;
        }
        m_progress->setValue(1000);
        m_request = m_pending->request;
        const LoadedDataset& data = *m_request.data;
        const QLocale locale;
        QStringList lines;
        lines << tr("Ready to import %1 rows as '%2'.").arg(locale.toString(qulonglong(data.table.rowCount)), m_request.name);
        for (const DataColumn& c : data.table.columns)
            lines << tr("  %1 ← column '%2' (%3)")
                         .arg(QString::fromStdString(c.name), QString::fromStdString(c.sourceHeader),
                              CsvPreviewModel::typeLabel(c.type));
        if (data.skipped.count > 0) {
            lines << tr("Skipped %1 rows with errors (not imported). The first:")
                         .arg(locale.toString(qlonglong(data.skipped.count)));
            for (const std::string& e : data.skipped.firstErrors) lines << QStringLiteral("  ") + QString::fromStdString(e);
            if (data.skipped.count > qlonglong(data.skipped.firstErrors.size()))
                lines << tr("  … and %1 more").arg(locale.toString(qlonglong(data.skipped.count - qlonglong(data.skipped.firstErrors.size()))));
        }
        if (!data.ignoredHeaders.empty()) {
            QStringList ignored;
            for (const std::string& h : data.ignoredHeaders) ignored << QString::fromStdString(h);
            lines << tr("Columns not imported: %1").arg(ignored.join(QStringLiteral(", ")));
        }
        const FieldRole key = data.schema.type == DatasetType::Users ? FieldRole::User : FieldRole::Item;
        if (const DataColumn* id = data.table.columnWithRole(key))
            lines << tr("Distinct ids: %1").arg(locale.toString(qulonglong(id->strings->size())));
        if (const DataColumn* time = data.table.columnWithRole(FieldRole::Timestamp); time && !time->times.empty()) {
            const auto [lo, hi] = std::minmax_element(time->times.begin(), time->times.end());
            lines << tr("Time range: %1 to %2").arg(timeText(*lo), timeText(*hi));
        }
        if (!m_request.settings.frequency.empty())
            lines << tr("Frequency: %1").arg(QString::fromStdString(m_request.settings.frequency));
        if (m_pending->series > 0) {
            lines << tr("%1 series of up to %2 periods").arg(locale.toString(qulonglong(m_pending->series)),
                                                             locale.toString(qulonglong(m_pending->periods)));
            lines << missingDataLines(m_pending->missing, m_pending->frequency, m_pending->automaticGaps);
        }
        m_report->setPlainText(lines.join(QLatin1Char('\n')));
        m_validated = true;
        emit page->completeChanged();
    });
    return page;
}

QStringList ImportWizard::missingDataLines(const MissingDataSummary& missing, const Frequency& frequency, bool automatic)
{
    const QLocale locale;
    QStringList lines;
    if (missing.collectionGaps > 0) {
        const int64_t start = frequency.periodStart(missing.longestGapStart);
        const int64_t end = frequency.periodStart(missing.longestGapStart + missing.longestGapLength - 1);
        lines << tr("Gaps in the whole file: %1 periods in %2 stretches have no row for any series (the longest: %3 "
                    "periods, %4 to %5).")
                     .arg(locale.toString(qulonglong(missing.collectionGapPeriods)),
                          locale.toString(qulonglong(missing.collectionGaps)),
                          locale.toString(qlonglong(missing.longestGapLength)), timeText(start), timeText(end));
        lines << (automatic ? tr("  They are kept as missing values, not zero demand: the recipes skip or bridge them. "
                                 "If nothing was sold then, go Back and choose Zero for gaps.")
                            : tr("  The rule chosen for gaps fills them; if the data was simply not collected then, "
                                 "go Back and choose Automatic."));
    }
    if (missing.emptyValues > 0)
        lines << tr("Empty target cells: %1 periods (%2).")
                     .arg(locale.toString(qulonglong(missing.emptyValues)),
                          automatic ? tr("kept as missing values") : tr("filled by the rule chosen for gaps"));
    if (missing.absentPeriods > 0)
        lines << tr("Periods without a row inside a series: %1 (filled by the rule chosen for gaps%2).")
                     .arg(locale.toString(qulonglong(missing.absentPeriods)),
                          automatic ? tr(": zero, nothing recorded") : QString());
    if (lines.isEmpty()) lines << tr("No gaps: every series has a value in every period.");
    return lines;
}

void ImportWizard::setFile(const QString& path) { m_path->setText(path); }

QString ImportWizard::file() const { return m_path->text().trimmed(); }

void ImportWizard::initializePage(int id)
{
    if (id == FormatPage) refreshPreview();
    if (id == MappingPage) {
        if (m_name->text().isEmpty()) {
            QString base = QFileInfo(file()).completeBaseName().toLower();
            base.replace(QRegularExpression(QStringLiteral("[^a-z0-9_]+")), QStringLiteral("_"));
            QString name = base.isEmpty() ? QStringLiteral("dataset") : base;
            for (int k = 2; m_existingNames.contains(name); ++k) name = base + QLatin1Char('_') + QString::number(k);
            m_name->setText(name);
        }
        if (m_domain->count() == 0) refreshDomains();
        refreshMapping();
        // A file with the same header as one imported before gets that import's choices, once
        // (going Back and Next again keeps what the analyst changed).
        const QStringList header = previewHeader();
        if (!header.isEmpty() && header != m_templateHeader) {
            m_templateHeader = header;
            const QVariantMap choices = AppSettings::importTemplate(header);
            m_templateApplied = !choices.isEmpty();
            if (m_templateApplied) applyChoices(choices);
            m_templateNote->setVisible(m_templateApplied);
        }
    }
    if (id == ValidationPage) startValidation();
    QWizard::initializePage(id);
}

QStringList ImportWizard::previewHeader() const
{
    QStringList header;
    if (const CsvPreview* preview = m_previewModel->preview())
        for (const std::string& h : preview->header) header << QString::fromStdString(h);
    return header;
}

QVariantMap ImportWizard::currentChoices() const
{
    QVariantMap choices;
    choices[QStringLiteral("type")] = m_type->currentData();
    choices[QStringLiteral("domain")] = m_domain->currentText();
    QVariantMap mapping;
    for (int r = 0; r < m_mapping->rowCount(); ++r) {
        auto* combo = qobject_cast<QComboBox*>(m_mapping->cellWidget(r, 1));
        if (combo) mapping[m_mapping->item(r, 0)->data(Qt::UserRole).toString()] = combo->currentIndex() > 0 ? combo->currentText() : QString();
    }
    choices[QStringLiteral("mapping")] = mapping;
    QStringList dimensions;
    for (int i = 0; i < m_dimensions->count(); ++i)
        if (m_dimensions->item(i)->checkState() == Qt::Checked) dimensions << m_dimensions->item(i)->text();
    choices[QStringLiteral("dimensions")] = dimensions;
    choices[QStringLiteral("frequency")] = m_frequency->currentData();
    choices[QStringLiteral("aggregation")] = m_aggregation->currentData();
    choices[QStringLiteral("fill_middle")] = m_fillMiddle->currentData();
    choices[QStringLiteral("fill_back")] = m_fillBack->currentData();
    choices[QStringLiteral("skip_bad_rows")] = m_skipBadRows->isChecked();
    return choices;
}

void ImportWizard::applyChoices(const QVariantMap& choices)
{
    auto select = [](QComboBox* combo, const QVariant& data) {
        const int index = combo->findData(data);
        if (index >= 0) combo->setCurrentIndex(index);
    };
    select(m_type, choices.value(QStringLiteral("type"))); // refreshes the domains and the mapping
    const int domain = m_domain->findText(choices.value(QStringLiteral("domain")).toString());
    if (domain >= 0) m_domain->setCurrentIndex(domain);
    const QVariantMap mapping = choices.value(QStringLiteral("mapping")).toMap();
    for (auto it = mapping.begin(); it != mapping.end(); ++it) mapField(it.key(), it.value().toString());
    const QStringList dimensions = choices.value(QStringLiteral("dimensions")).toStringList();
    for (int i = 0; i < m_dimensions->count(); ++i)
        m_dimensions->item(i)->setCheckState(dimensions.contains(m_dimensions->item(i)->text()) ? Qt::Checked : Qt::Unchecked);
    select(m_frequency, choices.value(QStringLiteral("frequency")));
    select(m_aggregation, choices.value(QStringLiteral("aggregation")));
    select(m_fillMiddle, choices.value(QStringLiteral("fill_middle")));
    select(m_fillBack, choices.value(QStringLiteral("fill_back")));
    m_skipBadRows->setChecked(choices.value(QStringLiteral("skip_bad_rows")).toBool());
}

void ImportWizard::accept()
{
    if (m_validated) AppSettings::setImportTemplate(previewHeader(), currentChoices());
    QWizard::accept();
}

bool ImportWizard::validateCurrentPage()
{
    if (currentId() == FilePage && !QFileInfo(file()).isFile()) {
        m_path->setToolTip(tr("No such file"));
        return false;
    }
    if (currentId() == FormatPage) return m_previewModel->preview() != nullptr;
    if (currentId() == MappingPage) {
        const QString name = m_name->text().trimmed();
        if (name.isEmpty() || m_existingNames.contains(name)) {
            m_name->setFocus();
            m_name->setToolTip(name.isEmpty() ? tr("Give the dataset a name") : tr("A dataset with this name exists"));
            m_name->setStyleSheet(QStringLiteral("border: 1px solid #c0392b"));
            return false;
        }
        m_name->setStyleSheet({});
    }
    if (currentId() == ValidationPage) return m_validated;
    return true;
}

void ImportWizard::dragEnterEvent(QDragEnterEvent* event)
{
    if (event->mimeData()->hasUrls()) event->acceptProposedAction();
}

void ImportWizard::dropEvent(QDropEvent* event)
{
    const auto urls = event->mimeData()->urls();
    if (urls.isEmpty() || !urls.front().isLocalFile()) return;
    setFile(urls.front().toLocalFile());
    if (currentId() == FormatPage) refreshPreview();
}

ImportOptions ImportWizard::importOptions() const
{
    ImportOptions options;
    options.type = datasetTypeFromName(m_type->currentData().toString().toStdString()).value_or(DatasetType::Target);
    options.domain = m_domain->currentText().toStdString();
    const QString delimiter = m_delimiter->currentData().toString();
    if (!delimiter.isEmpty()) options.dialect.delimiter = char(delimiter.at(0).toLatin1());
    const QString encoding = m_encoding->currentData().toString();
    if (!encoding.isEmpty()) options.dialect.encoding = int(encoding == QLatin1String("utf8") ? TextEncoding::Utf8 : TextEncoding::Windows1252);
    const QString decimal = m_decimal->currentData().toString();
    if (!decimal.isEmpty()) options.dialect.decimalComma = decimal == QLatin1String("comma") ? 1 : 0;
    for (int r = 0; r < m_mapping->rowCount(); ++r) {
        auto* combo = qobject_cast<QComboBox*>(m_mapping->cellWidget(r, 1));
        const QString field = m_mapping->item(r, 0)->data(Qt::UserRole).toString();
        if (combo) options.mapping[field.toStdString()] = combo->currentIndex() > 0 ? combo->currentText().toStdString() : std::string();
    }
    for (int i = 0; i < m_dimensions->count(); ++i)
        if (m_dimensions->item(i)->checkState() == Qt::Checked) options.dimensions.push_back(m_dimensions->item(i)->text().toStdString());
    options.skipBadRows = m_skipBadRows->isChecked();
    return options;
}

PreparationOptions ImportWizard::preparationOptions() const
{
    std::map<std::string, std::string> settings{{"frequency", m_frequency->currentData().toString().toStdString()},
                                                {"aggregation", m_aggregation->currentData().toString().toStdString()},
                                                {"fill_middle", m_fillMiddle->currentData().toString().toStdString()},
                                                {"fill_back", m_fillBack->currentData().toString().toStdString()}};
    return preparationFromSettings(settings);
}

void ImportWizard::refreshPreview()
{
    if (!m_previewModel) return;
    CsvDialectOverrides overrides = importOptions().dialect;
    const std::string path = file().toStdString();
    auto* watcher = new QFutureWatcher<PreviewOutcome>(this);
    connect(watcher, &QFutureWatcher<PreviewOutcome>::finished, this, [this, watcher] {
        const PreviewOutcome outcome = watcher->result();
        watcher->deleteLater();
        m_previewModel->setPreview(outcome.preview);
        if (!outcome.preview) {
            m_detected->setText(tr("Cannot read the file: %1").arg(outcome.error));
            return;
        }
        const CsvPreview& p = *outcome.preview;
        m_detected->setText(tr("Detected: delimiter %1, encoding %2, decimal %3, dates %4; %5 columns, %6 KB.")
                                .arg(QString::fromStdString(delimiterName(p.dialect.delimiter)),
                                     p.dialect.encoding == TextEncoding::Utf8 ? tr("UTF-8") : tr("Windows-1252"),
                                     p.dialect.decimalComma ? tr("comma") : tr("point"),
                                     QString::fromLatin1(timestampFormatName(p.timestampFormat)))
                                .arg(p.header.size())
                                .arg(qulonglong(p.fileBytes / 1024)));
        m_previewView->resizeColumnsToContents();
    });
    watcher->setFuture(QtConcurrent::run([path, overrides]() -> PreviewOutcome {
        lowerThisThreadsPriority();
        auto preview = previewCsv(path, overrides);
        if (!preview.isOk()) return {nullptr, QString::fromStdString(preview.status().message())};
        return {std::make_shared<const CsvPreview>(std::move(*preview)), {}};
    }));
}

void ImportWizard::refreshDomains()
{
    const auto type = datasetTypeFromName(m_type->currentData().toString().toStdString()).value_or(DatasetType::Target);
    const auto& domains = isForecastType(type) ? forecastDomains() : personalizationDomains();
    const QString keep = m_domain->currentText();
    QSignalBlocker block(m_domain);
    m_domain->clear();
    for (const std::string& d : domains) m_domain->addItem(QString::fromStdString(d));
    const int again = m_domain->findText(keep);
    m_domain->setCurrentIndex(again >= 0 ? again : m_domain->findText(QString::fromStdString(defaultDomain(type))));
}

void ImportWizard::refreshMapping()
{
    const CsvPreview* preview = m_previewModel->preview();
    const auto type = datasetTypeFromName(m_type->currentData().toString().toStdString()).value_or(DatasetType::Target);
    const auto schema = schemaFor(m_domain->currentText().toStdString(), type);
    m_mapping->setRowCount(0);
    m_dimensions->clear();
    const bool series = type == DatasetType::Target || type == DatasetType::Related;
    for (QComboBox* c : {m_frequency, m_aggregation, m_fillMiddle, m_fillBack}) c->setEnabled(series);
    if (!schema || !preview) return;
    const auto suggested = suggestColumnMapping(*schema, preview->header);
    m_mapping->setRowCount(int(schema->fields.size()));
    for (size_t f = 0; f < schema->fields.size(); ++f) {
        const FieldSpec& spec = schema->fields[f];
        auto* name = new QTableWidgetItem(QString::fromStdString(spec.name) + (spec.required ? QStringLiteral(" *") : QString()));
        name->setData(Qt::UserRole, QString::fromStdString(spec.name));
        name->setFlags(Qt::ItemIsEnabled);
        m_mapping->setItem(int(f), 0, name);
        auto* combo = new QComboBox;
        combo->addItem(tr("(not in the file)"));
        for (const std::string& h : preview->header) combo->addItem(QString::fromStdString(h));
        if (auto it = suggested.find(spec.name); it != suggested.end())
            combo->setCurrentIndex(combo->findText(QString::fromStdString(it->second)));
        m_mapping->setCellWidget(int(f), 1, combo);
        auto* expected = new QTableWidgetItem(CsvPreviewModel::typeLabel(spec.type));
        expected->setFlags(Qt::ItemIsEnabled);
        m_mapping->setItem(int(f), 2, expected);
    }
    m_mapping->resizeColumnToContents(0);
    if (series || type == DatasetType::Items) {
        for (const std::string& h : preview->header) {
            auto* item = new QListWidgetItem(QString::fromStdString(h), m_dimensions);
            item->setCheckState(Qt::Unchecked);
        }
    }
    m_dimensions->setEnabled(type == DatasetType::Target || type == DatasetType::Related);
}

bool ImportWizard::mapField(const QString& field, const QString& header)
{
    for (int r = 0; r < m_mapping->rowCount(); ++r) {
        if (m_mapping->item(r, 0)->data(Qt::UserRole).toString() != field) continue;
        auto* combo = qobject_cast<QComboBox*>(m_mapping->cellWidget(r, 1));
        const int index = header.isEmpty() ? 0 : combo->findText(header);
        if (index < 0) return false;
        combo->setCurrentIndex(index);
        return true;
    }
    return false;
}

void ImportWizard::startValidation()
{
    m_validated = false;
    m_report->setPlainText(tr("Reading every row…"));
    m_progress->setFormat(QStringLiteral("%p%"));
    m_progress->setValue(0);
    m_cancel->setEnabled(true);
    m_validation->cancel();
    m_validation->wait(5000);
    const ImportOptions options = importOptions();
    const PreparationOptions preparation = preparationOptions();
    const std::string path = file().toStdString();
    auto pending = std::make_shared<ValidationOutcome>();
    pending->request.name = m_name->text().trimmed();
    m_pending = pending;
    const bool series = options.type == DatasetType::Target || options.type == DatasetType::Related;
    m_validation->start(tr("Validating %1").arg(QFileInfo(file()).fileName()),
                        [pending, options, preparation, path, series](const JobContext& job) -> Status {
        auto loaded = loadDataset(path, options, job.subRange(0.0, series ? 0.8 : 1.0));
        if (!loaded.isOk()) return loaded.status();
        ImportRequest& request = pending->request;
        request.data = std::make_shared<LoadedDataset>(std::move(*loaded));
        if (!series) return Status::ok();
        // Series are built once now so that a frequency finer than the data, or timestamps that
        // do not fit it, fail here and not at training time.
        std::optional<Frequency> frequency = preparation.frequency;
        if (!frequency) frequency = inferDatasetFrequency(*request.data);
        if (!frequency) return Status::invalidInput(path + ": cannot tell the frequency of the timestamps; choose one");
        request.settings.frequency = frequency->name();
        PreparationOptions withFrequency = preparation;
        withFrequency.frequency = frequency;
        request.settings.preparation = preparationSettings(withFrequency);
        if (options.type == DatasetType::Target) {
            auto prepared = prepareTargetSeries(*request.data, withFrequency, job.subRange(0.8, 1.0));
            if (!prepared.isOk()) return prepared.status();
            pending->series = prepared->series.size();
            pending->missing = prepared->missing;
            pending->frequency = prepared->frequency;
            pending->automaticGaps = withFrequency.middleFill.method == FillRule::Method::Automatic;
            for (const TimeSeries& s : prepared->series) pending->periods = std::max(pending->periods, s.values.size());
        }
        return Status::ok();
    });
}

} // namespace almanac::ui
