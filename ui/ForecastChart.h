#pragma once
// History, the p50 line and the shaded band between the outer quantiles (QAreaSeries), with an
// optional backtest overlay and a second forecast to compare. Rubber-band and wheel zoom, arrow
// keys pan, double-click returns to the recent history, Home shows all of it; hovering reads out the values at the nearest date.
#include <QChartView>
#include <QColor>

#include <vector>

namespace almanac::ui {

struct ForecastBand {
    QString name;
    QString lowerLabel, upperLabel; // "p10", "p90"
    std::vector<qint64> timesMs;
    std::vector<double> lower, median, upper;
};

class ForecastChart : public QChartView {
    Q_OBJECT
public:
    explicit ForecastChart(QWidget* parent = nullptr);

    void clear();
    void setData(const QString& title, std::vector<qint64> historyMs, std::vector<double> history, ForecastBand forecast,
                 bool dateOnly);
    void setComparison(const ForecastBand* band); // nullptr removes it
    void setBacktest(std::vector<qint64> timesMs, std::vector<double> median); // empty removes it
    bool isEmpty() const { return m_history.empty() && m_forecast.timesMs.empty(); }
    bool hasBacktest() const { return !m_backtest.empty(); }
    bool hasComparison() const { return m_hasComparison; }

    // The value axis' range in the data's own unit, and its title ("in millions" for large values).
    QPair<double, double> valueRange() const;
    QString valueAxisTitle() const;
    // Shows this stretch of time; the value axis fits what is in view (as zooming does).
    void zoomToRange(qint64 fromMs, qint64 toMs);

    bool exportPng(const QString& path);
    bool exportSvg(const QString& path);

signals:
    void readout(const QString& text);

protected:
    void mouseMoveEvent(QMouseEvent* event) override;
    void wheelEvent(QWheelEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;
    void mouseDoubleClickEvent(QMouseEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;

private:
    void rebuild();
    void fitValueAxis(qint64 fromMs, qint64 toMs);
    void zoomTime(double factor);
    int dateTickCount() const;
    QString dateText(qint64 ms) const;
    void showRange(const std::pair<qint64, qint64>& range);

    QString m_title;
    std::vector<qint64> m_historyMs;
    std::vector<double> m_history;
    ForecastBand m_forecast;
    bool m_hasComparison = false;
    ForecastBand m_comparison;
    std::vector<qint64> m_backtestMs;
    std::vector<double> m_backtest;
    bool m_dateOnly = true;
    double m_unit = 1; // what one on the value axis stands for
    std::pair<qint64, qint64> m_fullRange{0, 0}, m_defaultRange{0, 0};
};

} // namespace almanac::ui
