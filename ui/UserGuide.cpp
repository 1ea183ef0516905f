#include "ui/UserGuide.h"

#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace almanac::ui {

namespace {

QString section(const QString& anchor, const QString& title, const QStringList& paragraphs)
{
    QString html = QStringLiteral("<h2><a name=\"%1\"></a>%2</h2>").arg(anchor, title.toHtmlEscaped());
    for (const QString& p : paragraphs) html += p.startsWith(QLatin1Char('<')) ? p : QStringLiteral("<p>%1</p>").arg(p);
    return html;
}

} // namespace

QString UserGuideDialog::recipeTable()
{
    const std::pair<const char*, const char*> recipes[] = {
        {"auto", QT_TRANSLATE_NOOP("almanac::ui::UserGuideDialog", "Backtests every recipe and keeps the best, for the dataset, each item or as an average. Start here.")},
        {"ets", QT_TRANSLATE_NOOP("almanac::ui::UserGuideDialog", "Exponential smoothing: level, trend and season that change slowly. Regular demand with a clear weekly or yearly pattern.")},
        {"arima", QT_TRANSLATE_NOOP("almanac::ui::UserGuideDialog", "Autocorrelation and differencing; with related series known in advance (prices, promotions) as regressors.")},
        {"theta", QT_TRANSLATE_NOOP("almanac::ui::UserGuideDialog", "A damped trend with a smoothed level: strong on short, trending series (monthly, yearly).")},
        {"mstl", QT_TRANSLATE_NOOP("almanac::ui::UserGuideDialog", "Several seasons at once (hour of day and day of week).")},
        {"prophet", QT_TRANSLATE_NOOP("almanac::ui::UserGuideDialog", "Trend changes, yearly and weekly seasons, holidays and regressors; long daily histories.")},
        {"npts", QT_TRANSLATE_NOOP("almanac::ui::UserGuideDialog", "Resamples the item's own past: intermittent, lumpy demand where models fail.")},
        {"naive / snaive", QT_TRANSLATE_NOOP("almanac::ui::UserGuideDialog", "The last value, or the value one season ago: the baselines every other recipe must beat.")},
        {"deepar / cnnqr", QT_TRANSLATE_NOOP("almanac::ui::UserGuideDialog", "Global neural networks trained on all items together, with related series and item metadata; new items with no history (cold start). Need hundreds of series and more time.")}};
    QString html = QStringLiteral("<table border=\"1\" cellpadding=\"4\" cellspacing=\"0\"><tr><th>%1</th><th>%2</th></tr>")
                       .arg(tr("Recipe"), tr("Good for"));
    for (const auto& [name, what] : recipes)
        html += QStringLiteral("<tr><td><b>%1</b></td><td>%2</td></tr>").arg(QString::fromLatin1(name), tr(what));
    return html + QStringLiteral("</table>");
}

QString UserGuideDialog::html()
{
    QString html = QStringLiteral("<h1>%1</h1>").arg(tr("Almanac user guide"));
    html += QStringLiteral("<p>%1</p>").arg(
        tr("Almanac forecasts demand with a range (p10, p50, p90) and recommends items to users, from your own CSV files. "
           "Nothing leaves this computer."));
    html += QStringLiteral("<p><a href=\"#import\">%1</a> · <a href=\"#recipes\">%2</a> · <a href=\"#band\">%3</a> · "
                           "<a href=\"#metrics\">%4</a> · <a href=\"#recommend\">%5</a> · <a href=\"#models\">%6</a></p>")
                .arg(tr("Importing"), tr("Recipes"), tr("The band"), tr("Metrics"), tr("Recommendations"), tr("Stored models"));
    html += section(QStringLiteral("import"), tr("Importing a file"),
                    {tr("File ▸ Import CSV… (Ctrl+I), or drop a CSV file on the window. The preview shows how the file is read: "
                        "delimiter, encoding, decimal separator and date format are detected and can be changed."),
                     tr("Say what the file holds: a <b>target time series</b> (what to forecast: item, date, quantity), a "
                        "<b>related time series</b> (prices, promotions, weather by item and date), <b>item metadata</b>, or "
                        "<b>interactions</b> (user, item, time: for recommendations). Then map each field to a column."),
                     tr("Gaps: a day without a row is read as zero sales, but empty cells and long stretches in which no item "
                        "has a row (a week or more of daily data) stay <i>missing</i>: the data was not collected then. The "
                        "validation report counts them; choose Zero if nothing was sold then."),
                     tr("Validation reads every row before anything is stored and names the file, row and column of the first "
                        "problem. Tick \"Skip rows with errors\" to import the other rows; the report counts and lists the rows "
                        "left out.")});
    html += section(QStringLiteral("recipes"), tr("Choosing a recipe"),
                    {tr("Train ▸ Forecast (Ctrl+T). A recipe is a forecasting method; each is backtested on the last periods of "
                        "your history, so you can see how it would have done."),
                     recipeTable(),
                     tr("The horizon is how many periods ahead to forecast; keep it within a third of the history. Related "
                        "columns are <i>known in the future</i> (planned prices, promotions, holidays) or <i>historical only</i> "
                        "(observed weather, CPI); the target column itself is never used as a regressor.")});
    html += section(QStringLiteral("band"), tr("Reading the band"),
                    {tr("<b>p50</b> is the median forecast: half the time the actual value will be lower, half the time higher. "
                        "<b>p10</b> and <b>p90</b> bound the band: about 10% of actual values should fall below p10 and 10% "
                        "above p90, so 80% inside. Plan safety stock from p90, not from p50."),
                     tr("A wide band means an uncertain item, not a bad forecast. In the chart, the green line is what the "
                        "recipe would have forecast for the last periods of the history (the backtest): compare it with what "
                        "happened.")});
    html += section(QStringLiteral("metrics"), tr("Reading the metrics"),
                    {QStringLiteral("<ul><li>%1</li><li>%2</li><li>%3</li><li>%4</li><li>%5</li></ul>")
                         .arg(tr("<b>Mean wQL</b> (weighted quantile loss): the error of the whole band, the main score; lower is "
                                 "better. 0.10 means the band misses by about 10% of demand."),
                              tr("<b>WAPE</b>: the absolute error of p50 as a share of total demand; lower is better."),
                              tr("<b>MASE</b>: the error against the seasonal-naive rule; below 1 beats it."),
                              tr("<b>RMSE</b> and <b>MAPE</b>: the usual point errors (MAPE is unreliable when demand is near zero)."),
                              tr("<b>Coverage</b>: the share of actual values that fell inside the band; it should be near what the "
                                 "band promised (0.8 for p10-p90). Much lower: the band is too narrow.")),
                     tr("The forecast explorer shows these per item, by velocity (fast and slow movers) and per recipe; the "
                        "Runs tab compares every forecast of a dataset.")});
    html += section(QStringLiteral("recommend"), tr("Recommendations"),
                    {tr("Train ▸ Recommender (Ctrl+R) on an interactions dataset. The explorer shows a user's history (when, "
                        "which events) and the recommended items; a filter keeps or removes items by their metadata, e.g. "
                        "EXCLUDE ItemID WHERE Items.CATEGORY IN (\"Books\"). Related items are the items most often chosen "
                        "together; Re-rank orders a list of candidates for one user."),
                     tr("NDCG@10 measures the recommendations on held-out interactions: higher is better.")});
    html += section(QStringLiteral("models"), tr("Stored models, monitoring and schedules"),
                    {tr("A trained forecast keeps its model as a <b>predictor</b> in the project: forecast again when new data "
                        "arrive without training again, or retrain it. Monitoring compares each forecast with the actuals that "
                        "came after it; a warning mark appears when accuracy drifts from the backtest."),
                     tr("Train ▸ Schedules… re-trains or forecasts on a timetable, also when the workbench is closed.")});
    return html;
}

UserGuideDialog::UserGuideDialog(QWidget* parent) : QDialog(parent), m_browser(new QTextBrowser)
{
    setWindowTitle(tr("Almanac user guide"));
    setObjectName(QStringLiteral("userGuide"));
    resize(760, 640);
    m_browser->setOpenExternalLinks(false);
    m_browser->setHtml(html());
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_browser, 1);
    layout->addWidget(buttons);
}

} // namespace almanac::ui
