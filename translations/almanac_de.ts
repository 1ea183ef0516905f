<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="de">
<context>
    <name>QObject</name>
    <message>
        <location filename="../ui/ForecastExplorer.cpp" line="75" />
        <source>Coverage (of %1)</source>
        <translation>Abdeckung (von %1)</translation>
    </message>
    <message>
        <location filename="../ui/ForecastExplorer.cpp" line="80" />
        <source>Mean wQL</source>
        <translation>Mittlerer wQL</translation>
    </message>
    <message>
        <location filename="../ui/ForecastExplorer.cpp" line="80" />
        <source>WAPE</source>
        <translation>WAPE</translation>
    </message>
    <message>
        <location filename="../ui/ForecastExplorer.cpp" line="80" />
        <source>RMSE</source>
        <translation>RMSE</translation>
    </message>
    <message>
        <location filename="../ui/ForecastExplorer.cpp" line="80" />
        <source>MAPE</source>
        <translation>MAPE</translation>
    </message>
    <message>
        <location filename="../ui/ForecastExplorer.cpp" line="81" />
        <source>MASE</source>
        <translation>MASE</translation>
    </message>
    <message>
        <location filename="../ui/ForecastExplorer.cpp" line="81" />
        <source>sMAPE</source>
        <translation>sMAPE</translation>
    </message>
    <message>
        <location filename="../ui/ForecastExplorer.cpp" line="75" />
        <source>Coverage</source>
        <translation>Abdeckung</translation>
    </message>
    <message>
        <location filename="../ui/JobsPanel.cpp" line="20" />
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <location filename="../ui/JobsPanel.cpp" line="21" />
        <source>%1 min %2 s</source>
        <translation>%1 min %2 s</translation>
    </message>
    <message>
        <location filename="../ui/JobsPanel.cpp" line="22" />
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <location filename="../ui/ProjectTreeModel.cpp" line="23" />
        <source>%1 dataset, domain %2
%3 rows, %4 items</source>
        <translation>Datensatz vom Typ %1, Domäne %2
%3 Zeilen, %4 Artikel</translation>
    </message>
    <message>
        <location filename="../ui/ProjectTreeModel.cpp" line="26" />
        <source>
frequency %1</source>
        <translation>
Frequenz %1</translation>
    </message>
    <message>
        <location filename="../ui/ProjectTreeModel.cpp" line="39" />
        <source>Predictor %1 on %2
trained %3 in %4 s</source>
        <translation>Prädiktor %1 auf %2
trainiert %3 in %4 s</translation>
    </message>
    <message>
        <location filename="../ui/ProjectTreeModel.cpp" line="42" />
        <source>
backtest: mean wQL %1, WAPE %2, MASE %3, p10–p90 coverage %4 (nominal 0.8)</source>
        <translation>
Backtest: mittlerer wQL %1, WAPE %2, MASE %3, p10–p90-Abdeckung %4 (nominal 0,8)</translation>
    </message>
    <message>
        <location filename="../ui/ProjectTreeModel.cpp" line="46" />
        <source>
latest monitored mean wQL: %1× the backtest's</source>
        <translation>
zuletzt überwachter mittlerer wQL: %1× der des Backtests</translation>
    </message>
    <message>
        <location filename="../ui/ProjectTreeModel.cpp" line="48" />
        <source>
not monitored yet: import newer actuals to score its forecasts</source>
        <translation>
noch nicht überwacht: neuere Istwerte importieren, um seine Prognosen zu bewerten</translation>
    </message>
    <message>
        <location filename="../ui/RenameCommand.cpp" line="10" />
        <source>Rename %1 to %2</source>
        <translation>%1 in %2 umbenennen</translation>
    </message>
    <message>
        <location filename="../ui/ScreenshotTour.cpp" line="81" />
        <source>Training ets</source>
        <translation>ETS wird trainiert</translation>
    </message>
    <message>
        <location filename="../ui/ScreenshotTour.cpp" line="133" />
        <source>AutoML on %1</source>
        <translation>AutoML auf %1</translation>
    </message>
</context>
<context>
    <name>almanac::ui::CsvPreviewModel</name>
    <message>
        <location filename="../ui/CsvPreviewModel.cpp" line="42" />
        <source>Column '%1', values look like: %2</source>
        <translation>Spalte „%1“, Werte sehen aus wie: %2</translation>
    </message>
    <message>
        <location filename="../ui/CsvPreviewModel.cpp" line="50" />
        <source>number</source>
        <translation>Zahl</translation>
    </message>
    <message>
        <location filename="../ui/CsvPreviewModel.cpp" line="51" />
        <source>date/time</source>
        <translation>Datum/Zeit</translation>
    </message>
    <message>
        <location filename="../ui/CsvPreviewModel.cpp" line="52" />
        <source>text</source>
        <translation>Text</translation>
    </message>
</context>
<context>
    <name>almanac::ui::DataTableModel</name>
    <message>
        <location filename="../ui/DatasetView.cpp" line="72" />
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>almanac::ui::DatasetView</name>
    <message>
        <location filename="../ui/DatasetView.cpp" line="85" />
        <source>&amp;Train a forecast on this dataset…</source>
        <translation>Eine Prognose auf diesem Datensatz &amp;trainieren…</translation>
    </message>
    <message>
        <location filename="../ui/DatasetView.cpp" line="109" />
        <source>&amp;Rows</source>
        <translation>&amp;Zeilen</translation>
    </message>
    <message>
        <location filename="../ui/DatasetView.cpp" line="110" />
        <source>&amp;Series</source>
        <translation>&amp;Reihen</translation>
    </message>
    <message>
        <location filename="../ui/DatasetView.cpp" line="124" />
        <source>No dataset is open. Pick one in the project tree on the left, or import a CSV file (File ▸ Import CSV…, Ctrl+I, or drop the file on the window).</source>
        <translation>Kein Datensatz geöffnet. Wählen Sie einen im Projektbaum links oder importieren Sie eine CSV-Datei (Datei ▸ CSV importieren…, Strg+I, oder die Datei auf das Fenster ziehen).</translation>
    </message>
    <message>
        <location filename="../ui/DatasetView.cpp" line="137" />
        <source>&lt;b&gt;%1&lt;/b&gt; — %2 dataset, domain %3&lt;br&gt;%4 rows, %5 distinct ids</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; — Datensatz vom Typ %2, Domäne %3&lt;br&gt;%4 Zeilen, %5 verschiedene IDs</translation>
    </message>
    <message>
        <location filename="../ui/DatasetView.cpp" line="141" />
        <source>, frequency %1</source>
        <translation>, Frequenz %1</translation>
    </message>
    <message>
        <location filename="../ui/DatasetView.cpp" line="143" />
        <source>&lt;br&gt;From %1 to %2</source>
        <translation>&lt;br&gt;Von %1 bis %2</translation>
    </message>
    <message>
        <location filename="../ui/DatasetView.cpp" line="145" />
        <source>&lt;br&gt;Imported from %1</source>
        <translation>&lt;br&gt;Importiert aus %1</translation>
    </message>
</context>
<context>
    <name>almanac::ui::EntityListModel</name>
    <message>
        <location filename="../ui/RecommendationModels.cpp" line="55" />
        <source>User</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <location filename="../ui/RecommendationModels.cpp" line="55" />
        <source>Item</source>
        <translation>Artikel</translation>
    </message>
    <message>
        <location filename="../ui/RecommendationModels.cpp" line="56" />
        <source>Items</source>
        <translation>Artikel</translation>
    </message>
    <message>
        <location filename="../ui/RecommendationModels.cpp" line="56" />
        <source>Users</source>
        <translation>Benutzer</translation>
    </message>
</context>
<context>
    <name>almanac::ui::ForecastChart</name>
    <message>
        <location filename="../ui/ForecastChart.cpp" line="123" />
        <source>billions</source>
        <translation>Milliarden</translation>
    </message>
    <message>
        <location filename="../ui/ForecastChart.cpp" line="126" />
        <source>millions</source>
        <translation>Millionen</translation>
    </message>
    <message>
        <location filename="../ui/ForecastChart.cpp" line="129" />
        <source>thousands</source>
        <translation>Tausend</translation>
    </message>
    <message>
        <location filename="../ui/ForecastChart.cpp" line="137" />
        <source>in %1</source>
        <translation>in %1</translation>
    </message>
    <message>
        <location filename="../ui/ForecastChart.cpp" line="154" />
        <source>%1–%2</source>
        <translation>%1–%2</translation>
    </message>
    <message>
        <location filename="../ui/ForecastChart.cpp" line="153" />
        <source>compared %1–%2</source>
        <translation>verglichen %1–%2</translation>
    </message>
    <message>
        <location filename="../ui/ForecastChart.cpp" line="164" />
        <source>p50</source>
        <translation>p50</translation>
    </message>
    <message>
        <location filename="../ui/ForecastChart.cpp" line="164" />
        <source>compared p50</source>
        <translation>verglichen p50</translation>
    </message>
    <message>
        <location filename="../ui/ForecastChart.cpp" line="170" />
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <location filename="../ui/ForecastChart.cpp" line="178" />
        <source>Backtest p50</source>
        <translation>Backtest p50</translation>
    </message>
    <message>
        <location filename="../ui/ForecastChart.cpp" line="278" />
        <source>%1 — p50 %2</source>
        <translation>%1 — p50 %2</translation>
    </message>
    <message>
        <location filename="../ui/ForecastChart.cpp" line="280" />
        <source>, %1 %2, %3 %4</source>
        <translation>, %1 %2, %3 %4</translation>
    </message>
    <message>
        <location filename="../ui/ForecastChart.cpp" line="285" />
        <source>%1 — actual %2</source>
        <translation>%1 — Ist-Wert %2</translation>
    </message>
    <message>
        <location filename="../ui/ForecastChart.cpp" line="288" />
        <source>, backtest p50 %1</source>
        <translation>, Backtest p50 %1</translation>
    </message>
    <message>
        <location filename="../ui/ForecastChart.cpp" line="347" />
        <source>Forecast chart exported by Almanac</source>
        <translation>Von Almanac exportiertes Prognosediagramm</translation>
    </message>
</context>
<context>
    <name>almanac::ui::ForecastExplorer</name>
    <message>
        <location filename="../ui/ForecastExplorer.cpp" line="107" />
        <source>Show &amp;backtest</source>
        <translation>&amp;Backtest zeigen</translation>
    </message>
    <message>
        <location filename="../ui/ForecastExplorer.cpp" line="109" />
        <source>Overlay what the recipe would have forecast for the last periods of the history</source>
        <translation>Zeigt, was das Rezept für die letzten Perioden des Verlaufs vorhergesagt hätte</translation>
    </message>
    <message>
        <location filename="../ui/ForecastExplorer.cpp" line="111" />
        <source>&amp;Export</source>
        <translation>&amp;Exportieren</translation>
    </message>
    <message>
        <location filename="../ui/ForecastExplorer.cpp" line="114" />
        <source>Forecast as CSV or XLSX…</source>
        <translation>Prognose als CSV oder XLSX…</translation>
    </message>
    <message>
        <location filename="../ui/ForecastExplorer.cpp" line="115" />
        <source>Metrics by item as CSV or XLSX…</source>
        <translation>Kennzahlen je Artikel als CSV oder XLSX…</translation>
    </message>
    <message>
        <location filename="../ui/ForecastExplorer.cpp" line="116" />
        <source>Chart as PNG or SVG…</source>
        <translation>Diagramm als PNG oder SVG…</translation>
    </message>
    <message>
        <location filename="../ui/ForecastExplorer.cpp" line="119" />
        <source>Forecast:</source>
        <translation>Prognose:</translation>
    </message>
    <message>
        <location filename="../ui/ForecastExplorer.cpp" line="121" />
        <source>Compare with:</source>
        <translation>Vergleichen mit:</translation>
    </message>
    <message>
        <location filename="../ui/ForecastExplorer.cpp" line="128" />
        <source>Search items…</source>
        <translation>Artikel suchen…</translation>
    </message>
    <message>
        <location filename="../ui/ForecastExplorer.cpp" line="277" />
        <source>Hover over the chart to read values; drag to zoom, double-click to reset.</source>
        <translation>Zeigen Sie auf das Diagramm, um Werte abzulesen; ziehen zum Zoomen, Doppelklick zum Zurücksetzen.</translation>
    </message>
    <message>
        <location filename="../ui/ForecastExplorer.cpp" line="162" />
        <source>This item</source>
        <translation>Dieser Artikel</translation>
    </message>
    <message>
        <location filename="../ui/ForecastExplorer.cpp" line="163" />
        <source>By velocity</source>
        <translation>Nach Umschlag</translation>
    </message>
    <message>
        <location filename="../ui/ForecastExplorer.cpp" line="164" />
        <source>Leaderboard</source>
        <translation>Rangliste</translation>
    </message>
    <message>
        <location filename="../ui/ForecastExplorer.cpp" line="166" />
        <source>Runs</source>
        <translation>Läufe</translation>
    </message>
    <message>
        <location filename="../ui/ForecastExplorer.cpp" line="253" />
        <source>(nothing)</source>
        <translation>(nichts)</translation>
    </message>
    <message>
        <location filename="../ui/ForecastExplorer.cpp" line="295" />
        <source>Forecast</source>
        <translation>Prognose</translation>
    </message>
    <message>
        <location filename="../ui/ForecastExplorer.cpp" line="295" />
        <source>Cannot open forecast '%1': %2</source>
        <translation>Prognose „%1“ kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <location filename="../ui/ForecastExplorer.cpp" line="300" />
        <source>Comparing with forecast %1</source>
        <translation>Vergleich mit Prognose %1</translation>
    </message>
    <message>
        <location filename="../ui/ForecastExplorer.cpp" line="314" />
        <source>Opened forecast %1: %2 series</source>
        <translation>Prognose %1 geöffnet: %2 Reihen</translation>
    </message>
    <message>
        <location filename="../ui/ForecastExplorer.cpp" line="317" />
        <source>Opening forecast %1…</source>
        <translation>Prognose %1 wird geöffnet…</translation>
    </message>
    <message>
        <location filename="../ui/ForecastExplorer.cpp" line="385" />
        <source>Metric</source>
        <translation>Kennzahl</translation>
    </message>
    <message>
        <location filename="../ui/ForecastExplorer.cpp" line="385" />
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <location filename="../ui/ForecastExplorer.cpp" line="387" />
        <source>Mean wQL</source>
        <translation>Mittlerer wQL</translation>
    </message>
    <message>
        <location filename="../ui/ForecastExplorer.cpp" line="387" />
        <source>WAPE</source>
        <translation>WAPE</translation>
    </message>
    <message>
        <location filename="../ui/ForecastExplorer.cpp" line="387" />
        <source>RMSE</source>
        <translation>RMSE</translation>
    </message>
    <message>
        <location filename="../ui/ForecastExplorer.cpp" line="388" />
        <source>MAPE</source>
        <translation>MAPE</translation>
    </message>
    <message>
        <location filename="../ui/ForecastExplorer.cpp" line="388" />
        <source>MASE</source>
        <translation>MASE</translation>
    </message>
    <message>
        <location filename="../ui/ForecastExplorer.cpp" line="389" />
        <source>Mean demand</source>
        <translation>Mittlere Nachfrage</translation>
    </message>
    <message>
        <location filename="../ui/ForecastExplorer.cpp" line="391" />
        <source>n/a</source>
        <translation>k. A.</translation>
    </message>
    <message>
        <location filename="../ui/ForecastExplorer.cpp" line="392" />
        <location filename="../ui/ForecastExplorer.cpp" line="461" />
        <source>Recipe</source>
        <translation>Rezept</translation>
    </message>
    <message>
        <location filename="../ui/ForecastExplorer.cpp" line="393" />
        <location filename="../ui/ForecastExplorer.cpp" line="460" />
        <source>Velocity</source>
        <translation>Umschlag</translation>
    </message>
    <message>
        <location filename="../ui/ForecastExplorer.cpp" line="407" />
        <source>Forecast %1 has no series for this item.</source>
        <translation>Prognose %1 hat keine Reihe für diesen Artikel.</translation>
    </message>
    <message>
        <location filename="../ui/ForecastExplorer.cpp" line="468" />
        <source>all items</source>
        <translation>alle Artikel</translation>
    </message>
    <message>
        <location filename="../ui/ForecastExplorer.cpp" line="479" />
        <source>%1 series · recipe %2 · horizon %3 · frequency %4 · trained %5</source>
        <translation>%1 Reihen · Rezept %2 · Horizont %3 · Frequenz %4 · trainiert %5</translation>
    </message>
    <message>
        <location filename="../ui/ForecastExplorer.cpp" line="494" />
        <source>Written to %1</source>
        <translation>Nach %1 geschrieben</translation>
    </message>
    <message>
        <location filename="../ui/ForecastExplorer.cpp" line="497" />
        <source>Writing %1…</source>
        <translation>%1 wird geschrieben…</translation>
    </message>
    <message>
        <location filename="../ui/ForecastExplorer.cpp" line="541" />
        <source>Export forecast</source>
        <translation>Prognose exportieren</translation>
    </message>
    <message>
        <location filename="../ui/ForecastExplorer.cpp" line="542" />
        <location filename="../ui/ForecastExplorer.cpp" line="552" />
        <source>Excel workbook (*.xlsx);;CSV (*.csv)</source>
        <translation>Excel-Arbeitsmappe (*.xlsx);;CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../ui/ForecastExplorer.cpp" line="566" />
        <source>Export</source>
        <translation>Export</translation>
    </message>
    <message>
        <location filename="../ui/ForecastExplorer.cpp" line="551" />
        <source>Export metrics</source>
        <translation>Kennzahlen exportieren</translation>
    </message>
    <message>
        <location filename="../ui/ForecastExplorer.cpp" line="561" />
        <source>Export chart</source>
        <translation>Diagramm exportieren</translation>
    </message>
    <message>
        <location filename="../ui/ForecastExplorer.cpp" line="562" />
        <source>PNG image (*.png);;SVG drawing (*.svg)</source>
        <translation>PNG-Bild (*.png);;SVG-Zeichnung (*.svg)</translation>
    </message>
    <message>
        <location filename="../ui/ForecastExplorer.cpp" line="566" />
        <source>Cannot write %1</source>
        <translation>%1 kann nicht geschrieben werden</translation>
    </message>
    <message>
        <location filename="../ui/ForecastExplorer.cpp" line="567" />
        <source>Chart written to %1</source>
        <translation>Diagramm nach %1 geschrieben</translation>
    </message>
</context>
<context>
    <name>almanac::ui::ForecastItemModel</name>
    <message>
        <location filename="../ui/ForecastItemModel.cpp" line="72" />
        <source>high</source>
        <translation>hoch</translation>
    </message>
    <message>
        <location filename="../ui/ForecastItemModel.cpp" line="72" />
        <source>medium</source>
        <translation>mittel</translation>
    </message>
    <message>
        <location filename="../ui/ForecastItemModel.cpp" line="73" />
        <source>low</source>
        <translation>niedrig</translation>
    </message>
    <message>
        <location filename="../ui/ForecastItemModel.cpp" line="155" />
        <source>Items grouped by mean demand: the top fifth high, the next 30% medium, the rest low</source>
        <translation>Artikel nach mittlerer Nachfrage gruppiert: das oberste Fünftel hoch, die nächsten 30 % mittel, der Rest niedrig</translation>
    </message>
    <message>
        <location filename="../ui/ForecastItemModel.cpp" line="156" />
        <source>Mean weighted quantile loss on the backtest (lower is better)</source>
        <translation>Mittlerer gewichteter Quantilsverlust im Backtest (kleiner ist besser)</translation>
    </message>
    <message>
        <location filename="../ui/ForecastItemModel.cpp" line="157" />
        <source>Weighted absolute percentage error on the backtest</source>
        <translation>Gewichteter absoluter prozentualer Fehler im Backtest</translation>
    </message>
    <message>
        <location filename="../ui/ForecastItemModel.cpp" line="158" />
        <source>Mean absolute scaled error on the backtest</source>
        <translation>Mittlerer absoluter skalierter Fehler im Backtest</translation>
    </message>
    <message>
        <location filename="../ui/ForecastItemModel.cpp" line="161" />
        <source>Share of backtest actuals inside the outer quantiles; the band promises %1</source>
        <translation>Anteil der Backtest-Istwerte innerhalb der äußeren Quantile; das Band verspricht %1</translation>
    </message>
    <message>
        <location filename="../ui/ForecastItemModel.cpp" line="163" />
        <source>Share of backtest actuals inside the outer quantiles</source>
        <translation>Anteil der Ist-Werte im Backtest innerhalb der äußeren Quantile</translation>
    </message>
    <message>
        <location filename="../ui/ForecastItemModel.cpp" line="169" />
        <source>Item</source>
        <translation>Artikel</translation>
    </message>
    <message>
        <location filename="../ui/ForecastItemModel.cpp" line="170" />
        <source>Dimensions</source>
        <translation>Dimensionen</translation>
    </message>
    <message>
        <location filename="../ui/ForecastItemModel.cpp" line="171" />
        <source>Velocity</source>
        <translation>Umschlag</translation>
    </message>
    <message>
        <location filename="../ui/ForecastItemModel.cpp" line="172" />
        <source>Mean demand</source>
        <translation>Mittlere Nachfrage</translation>
    </message>
    <message>
        <location filename="../ui/ForecastItemModel.cpp" line="173" />
        <source>Mean wQL</source>
        <translation>Mittlerer wQL</translation>
    </message>
    <message>
        <location filename="../ui/ForecastItemModel.cpp" line="174" />
        <source>WAPE</source>
        <translation>WAPE</translation>
    </message>
    <message>
        <location filename="../ui/ForecastItemModel.cpp" line="175" />
        <source>MASE</source>
        <translation>MASE</translation>
    </message>
    <message>
        <location filename="../ui/ForecastItemModel.cpp" line="178" />
        <source>Coverage (of %1)</source>
        <translation>Abdeckung (von %1)</translation>
    </message>
    <message>
        <location filename="../ui/ForecastItemModel.cpp" line="179" />
        <source>Coverage</source>
        <translation>Abdeckung</translation>
    </message>
    <message>
        <location filename="../ui/ForecastItemModel.cpp" line="180" />
        <source>Recipe</source>
        <translation>Rezept</translation>
    </message>
</context>
<context>
    <name>almanac::ui::ForecastRunsPanel</name>
    <message>
        <location filename="../ui/ForecastRunsPanel.cpp" line="84" />
        <source>Double-click a run to compare the shown forecast with it</source>
        <translation>Doppelklicken Sie auf einen Lauf, um die gezeigte Prognose damit zu vergleichen</translation>
    </message>
    <message>
        <location filename="../ui/ForecastRunsPanel.cpp" line="150" />
        <source>Forecast</source>
        <translation>Prognose</translation>
    </message>
    <message>
        <location filename="../ui/ForecastRunsPanel.cpp" line="150" />
        <source>Recipe</source>
        <translation>Rezept</translation>
    </message>
    <message>
        <location filename="../ui/ForecastRunsPanel.cpp" line="150" />
        <source>Horizon</source>
        <translation>Horizont</translation>
    </message>
    <message>
        <location filename="../ui/ForecastRunsPanel.cpp" line="150" />
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <location filename="../ui/ForecastRunsPanel.cpp" line="150" />
        <source>Mean wQL</source>
        <translation>Mittlerer wQL</translation>
    </message>
    <message>
        <location filename="../ui/ForecastRunsPanel.cpp" line="150" />
        <location filename="../ui/ForecastRunsPanel.cpp" line="191" />
        <source>WAPE</source>
        <translation>WAPE</translation>
    </message>
    <message>
        <location filename="../ui/ForecastRunsPanel.cpp" line="151" />
        <location filename="../ui/ForecastRunsPanel.cpp" line="192" />
        <source>MASE</source>
        <translation>MASE</translation>
    </message>
    <message>
        <location filename="../ui/ForecastRunsPanel.cpp" line="151" />
        <source>Coverage</source>
        <translation>Abdeckung</translation>
    </message>
    <message>
        <location filename="../ui/ForecastRunsPanel.cpp" line="168" />
        <source>The band promised %1</source>
        <translation>Das Band versprach %1</translation>
    </message>
    <message>
        <location filename="../ui/ForecastRunsPanel.cpp" line="177" />
        <source>Choose a forecast to compare with (above, or double-click a run) to see the two side by side.</source>
        <translation>Wählen Sie eine Vergleichsprognose (oben, oder Doppelklick auf einen Lauf), um beide nebeneinander zu sehen.</translation>
    </message>
    <message>
        <location filename="../ui/ForecastRunsPanel.cpp" line="179" />
        <source>This dataset has one forecast; train another recipe to compare runs.</source>
        <translation>Dieser Datensatz hat eine Prognose; trainieren Sie ein weiteres Rezept, um Läufe zu vergleichen.</translation>
    </message>
    <message>
        <location filename="../ui/ForecastRunsPanel.cpp" line="188" />
        <source>%1 %2 vs %3%4</source>
        <translation>%1 %2 gegen %3%4</translation>
    </message>
    <message>
        <location filename="../ui/ForecastRunsPanel.cpp" line="191" />
        <source>mean wQL</source>
        <translation>mittlerer wQL</translation>
    </message>
    <message>
        <location filename="../ui/ForecastRunsPanel.cpp" line="193" />
        <source>coverage (of %1)</source>
        <translation>Abdeckung (von %1)</translation>
    </message>
    <message>
        <location filename="../ui/ForecastRunsPanel.cpp" line="194" />
        <source>&lt;b&gt;%1&lt;/b&gt; vs &lt;b&gt;%2&lt;/b&gt; on their backtests: %3</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; gegen &lt;b&gt;%2&lt;/b&gt; in ihren Backtests: %3</translation>
    </message>
    <message>
        <location filename="../ui/ForecastRunsPanel.cpp" line="201" />
        <source>the forecast shown</source>
        <translation>die gezeigte Prognose</translation>
    </message>
    <message>
        <location filename="../ui/ForecastRunsPanel.cpp" line="201" />
        <source>the forecast compared</source>
        <translation>die verglichene Prognose</translation>
    </message>
</context>
<context>
    <name>almanac::ui::ImportWizard</name>
    <message>
        <location filename="../ui/ImportWizard.cpp" line="70" />
        <source>Import a dataset</source>
        <translation>Datensatz importieren</translation>
    </message>
    <message>
        <location filename="../ui/ImportWizard.cpp" line="87" />
        <source>Choose a CSV file</source>
        <translation>CSV-Datei wählen</translation>
    </message>
    <message>
        <location filename="../ui/ImportWizard.cpp" line="88" />
        <source>Pick the file to import, or drop it on this window.</source>
        <translation>Wählen Sie die zu importierende Datei oder ziehen Sie sie auf dieses Fenster.</translation>
    </message>
    <message>
        <location filename="../ui/ImportWizard.cpp" line="91" />
        <source>Path to a .csv file</source>
        <translation>Pfad zu einer .csv-Datei</translation>
    </message>
    <message>
        <location filename="../ui/ImportWizard.cpp" line="92" />
        <source>&amp;Browse…</source>
        <translation>&amp;Durchsuchen…</translation>
    </message>
    <message>
        <location filename="../ui/ImportWizard.cpp" line="95" />
        <source>Import CSV</source>
        <translation>CSV importieren</translation>
    </message>
    <message>
        <location filename="../ui/ImportWizard.cpp" line="95" />
        <source>CSV files (*.csv *.txt *.tsv);;All files (*)</source>
        <translation>CSV-Dateien (*.csv *.txt *.tsv);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../ui/ImportWizard.cpp" line="105" />
        <source>Target and related time series, item metadata, interactions and users can be imported. Delimiter, encoding, decimal separator and date format are detected on the next page.</source>
        <translation>Ziel- und zugehörige Zeitreihen, Artikelmetadaten, Interaktionen und Benutzer können importiert werden. Trennzeichen, Kodierung, Dezimaltrennzeichen und Datumsformat werden auf der nächsten Seite erkannt.</translation>
    </message>
    <message>
        <location filename="../ui/ImportWizard.cpp" line="118" />
        <source>Format and preview</source>
        <translation>Format und Vorschau</translation>
    </message>
    <message>
        <location filename="../ui/ImportWizard.cpp" line="119" />
        <source>Check what was detected; change it where the preview looks wrong.</source>
        <translation>Prüfen Sie, was erkannt wurde; ändern Sie es, wo die Vorschau falsch aussieht.</translation>
    </message>
    <message>
        <location filename="../ui/ImportWizard.cpp" line="121" />
        <location filename="../ui/ImportWizard.cpp" line="127" />
        <location filename="../ui/ImportWizard.cpp" line="131" />
        <source>Detect</source>
        <translation>Erkennen</translation>
    </message>
    <message>
        <location filename="../ui/ImportWizard.cpp" line="122" />
        <source>Comma ( , )</source>
        <translation>Komma ( , )</translation>
    </message>
    <message>
        <location filename="../ui/ImportWizard.cpp" line="123" />
        <source>Semicolon ( ; )</source>
        <translation>Semikolon ( ; )</translation>
    </message>
    <message>
        <location filename="../ui/ImportWizard.cpp" line="124" />
        <source>Tab</source>
        <translation>Tabulator</translation>
    </message>
    <message>
        <location filename="../ui/ImportWizard.cpp" line="125" />
        <source>Pipe ( | )</source>
        <translation>Senkrechter Strich ( | )</translation>
    </message>
    <message>
        <location filename="../ui/ImportWizard.cpp" line="128" />
        <location filename="../ui/ImportWizard.cpp" line="520" />
        <source>UTF-8</source>
        <translation>UTF-8</translation>
    </message>
    <message>
        <location filename="../ui/ImportWizard.cpp" line="129" />
        <source>Windows-1252 (Western European)</source>
        <translation>Windows-1252 (Westeuropäisch)</translation>
    </message>
    <message>
        <location filename="../ui/ImportWizard.cpp" line="132" />
        <source>Point (1234.5)</source>
        <translation>Punkt (1234.5)</translation>
    </message>
    <message>
        <location filename="../ui/ImportWizard.cpp" line="133" />
        <source>Comma (1234,5)</source>
        <translation>Komma (1234,5)</translation>
    </message>
    <message>
        <location filename="../ui/ImportWizard.cpp" line="147" />
        <source>&amp;Delimiter:</source>
        <translation>&amp;Trennzeichen:</translation>
    </message>
    <message>
        <location filename="../ui/ImportWizard.cpp" line="148" />
        <source>&amp;Encoding:</source>
        <translation>&amp;Kodierung:</translation>
    </message>
    <message>
        <location filename="../ui/ImportWizard.cpp" line="149" />
        <source>Decimal &amp;separator:</source>
        <translation>Dezimal&amp;trennzeichen:</translation>
    </message>
    <message>
        <location filename="../ui/ImportWizard.cpp" line="160" />
        <source>Dataset and columns</source>
        <translation>Datensatz und Spalten</translation>
    </message>
    <message>
        <location filename="../ui/ImportWizard.cpp" line="161" />
        <source>Say what the file holds and which column fills each field. Fields marked * are required.</source>
        <translation>Geben Sie an, was die Datei enthält und welche Spalte jedes Feld füllt. Mit * markierte Felder sind Pflicht.</translation>
    </message>
    <message>
        <location filename="../ui/ImportWizard.cpp" line="162" />
        <source>The choices made for the last file with these columns were applied; change them if this file differs.</source>
        <translation>Die Einstellungen der letzten Datei mit diesen Spalten wurden übernommen; ändern Sie sie, wenn diese Datei abweicht.</translation>
    </message>
    <message>
        <location filename="../ui/ImportWizard.cpp" line="172" />
        <source>Target time series (what to forecast)</source>
        <translation>Zielzeitreihe (was prognostiziert wird)</translation>
    </message>
    <message>
        <location filename="../ui/ImportWizard.cpp" line="173" />
        <source>Related time series (prices, promotions…)</source>
        <translation>Zugehörige Zeitreihe (Preise, Aktionen…)</translation>
    </message>
    <message>
        <location filename="../ui/ImportWizard.cpp" line="174" />
        <source>Item metadata</source>
        <translation>Artikelmetadaten</translation>
    </message>
    <message>
        <location filename="../ui/ImportWizard.cpp" line="174" />
        <source>Interactions (user–item events)</source>
        <translation>Interaktionen (Benutzer–Artikel-Ereignisse)</translation>
    </message>
    <message>
        <location filename="../ui/ImportWizard.cpp" line="175" />
        <source>Users</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <location filename="../ui/ImportWizard.cpp" line="184" />
        <source>Field</source>
        <translation>Feld</translation>
    </message>
    <message>
        <location filename="../ui/ImportWizard.cpp" line="184" />
        <source>Column in the file</source>
        <translation>Spalte in der Datei</translation>
    </message>
    <message>
        <location filename="../ui/ImportWizard.cpp" line="184" />
        <source>Expected</source>
        <translation>Erwartet</translation>
    </message>
    <message>
        <location filename="../ui/ImportWizard.cpp" line="190" />
        <source>Extra columns that identify a series together with the item (store, region…)</source>
        <translation>Weitere Spalten, die zusammen mit dem Artikel eine Reihe bestimmen (Filiale, Region…)</translation>
    </message>
    <message>
        <location filename="../ui/ImportWizard.cpp" line="191" />
        <source>&amp;Skip rows with errors (they are counted, and the first listed)</source>
        <translation>Zeilen mit Fehlern &amp;überspringen (sie werden gezählt, die ersten aufgeführt)</translation>
    </message>
    <message>
        <location filename="../ui/ImportWizard.cpp" line="196" />
        <source>Detect from the data</source>
        <translation>Aus den Daten erkennen</translation>
    </message>
    <message>
        <location filename="../ui/ImportWizard.cpp" line="198" />
        <source>15 minutes</source>
        <translation>15 Minuten</translation>
    </message>
    <message>
        <location filename="../ui/ImportWizard.cpp" line="198" />
        <source>30 minutes</source>
        <translation>30 Minuten</translation>
    </message>
    <message>
        <location filename="../ui/ImportWizard.cpp" line="198" />
        <source>Hourly</source>
        <translation>Stündlich</translation>
    </message>
    <message>
        <location filename="../ui/ImportWizard.cpp" line="199" />
        <source>Daily</source>
        <translation>Täglich</translation>
    </message>
    <message>
        <location filename="../ui/ImportWizard.cpp" line="199" />
        <source>Weekly</source>
        <translation>Wöchentlich</translation>
    </message>
    <message>
        <location filename="../ui/ImportWizard.cpp" line="199" />
        <source>Monthly</source>
        <translation>Monatlich</translation>
    </message>
    <message>
        <location filename="../ui/ImportWizard.cpp" line="200" />
        <source>Quarterly</source>
        <translation>Vierteljährlich</translation>
    </message>
    <message>
        <location filename="../ui/ImportWizard.cpp" line="200" />
        <source>Yearly</source>
        <translation>Jährlich</translation>
    </message>
    <message>
        <location filename="../ui/ImportWizard.cpp" line="204" />
        <source>Sum</source>
        <translation>Summe</translation>
    </message>
    <message>
        <location filename="../ui/ImportWizard.cpp" line="205" />
        <source>Average</source>
        <translation>Durchschnitt</translation>
    </message>
    <message>
        <location filename="../ui/ImportWizard.cpp" line="206" />
        <source>Minimum</source>
        <translation>Minimum</translation>
    </message>
    <message>
        <location filename="../ui/ImportWizard.cpp" line="207" />
        <source>Maximum</source>
        <translation>Maximum</translation>
    </message>
    <message>
        <location filename="../ui/ImportWizard.cpp" line="210" />
        <source>Automatic: zero, but empty cells and long gaps in the whole file missing</source>
        <translation>Automatisch: null, aber leere Zellen und lange Lücken in der ganzen Datei fehlend</translation>
    </message>
    <message>
        <location filename="../ui/ImportWizard.cpp" line="212" />
        <source>Zero</source>
        <translation>Null</translation>
    </message>
    <message>
        <location filename="../ui/ImportWizard.cpp" line="213" />
        <source>Missing (NaN)</source>
        <translation>Fehlend (NaN)</translation>
    </message>
    <message>
        <location filename="../ui/ImportWizard.cpp" line="214" />
        <source>Mean</source>
        <translation>Mittelwert</translation>
    </message>
    <message>
        <location filename="../ui/ImportWizard.cpp" line="215" />
        <source>Median</source>
        <translation>Median</translation>
    </message>
    <message>
        <location filename="../ui/ImportWizard.cpp" line="216" />
        <source>Last value</source>
        <translation>Letzter Wert</translation>
    </message>
    <message>
        <location filename="../ui/ImportWizard.cpp" line="226" />
        <source>Dataset &amp;type:</source>
        <translation>Datensatz&amp;typ:</translation>
    </message>
    <message>
        <location filename="../ui/ImportWizard.cpp" line="227" />
        <source>&amp;Domain:</source>
        <translation>&amp;Domäne:</translation>
    </message>
    <message>
        <location filename="../ui/ImportWizard.cpp" line="228" />
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <location filename="../ui/ImportWizard.cpp" line="230" />
        <source>&amp;Frequency:</source>
        <translation>&amp;Frequenz:</translation>
    </message>
    <message>
        <location filename="../ui/ImportWizard.cpp" line="231" />
        <source>Several rows per period: &amp;combine by</source>
        <translation>Mehrere Zeilen je Periode &amp;zusammenfassen durch</translation>
    </message>
    <message>
        <location filename="../ui/ImportWizard.cpp" line="232" />
        <source>&amp;Gaps inside a series:</source>
        <translation>&amp;Lücken innerhalb einer Reihe:</translation>
    </message>
    <message>
        <location filename="../ui/ImportWizard.cpp" line="233" />
        <source>Series ending &amp;early:</source>
        <translation>&amp;Früh endende Reihen:</translation>
    </message>
    <message>
        <location filename="../ui/ImportWizard.cpp" line="238" />
        <source>Dimensions (optional):</source>
        <translation>Dimensionen (optional):</translation>
    </message>
    <message>
        <location filename="../ui/ImportWizard.cpp" line="249" />
        <source>Validate</source>
        <translation>Prüfen</translation>
    </message>
    <message>
        <location filename="../ui/ImportWizard.cpp" line="250" />
        <source>Every row is read and checked; nothing is written to the project until you press Finish.</source>
        <translation>Jede Zeile wird gelesen und geprüft; nichts wird ins Projekt geschrieben, bevor Sie auf Fertigstellen klicken.</translation>
    </message>
    <message>
        <location filename="../ui/ImportWizard.cpp" line="253" />
        <source>Cancel validation</source>
        <translation>Prüfung abbrechen</translation>
    </message>
    <message>
        <location filename="../ui/ImportWizard.cpp" line="270" />
        <source>Cancelled</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <location filename="../ui/ImportWizard.cpp" line="270" />
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../ui/ImportWizard.cpp" line="271" />
        <source>Validation cancelled.</source>
        <translation>Prüfung abgebrochen.</translation>
    </message>
    <message>
        <location filename="../ui/ImportWizard.cpp" line="272" />
        <source>The file cannot be imported:
%1

Fix the file, or go Back and choose "Skip rows with errors" to import the other rows.</source>
        <translation>Die Datei kann nicht importiert werden:
%1

Korrigieren Sie die Datei, oder gehen Sie zurück und wählen Sie „Zeilen mit Fehlern überspringen“, um die übrigen Zeilen zu importieren.</translation>
    </message>
    <message>
        <location filename="../ui/ImportWizard.cpp" line="281" />
        <source>Ready to import %1 rows as '%2'.</source>
        <translation>Bereit, %1 Zeilen als „%2“ zu importieren.</translation>
    </message>
    <message>
        <location filename="../ui/ImportWizard.cpp" line="283" />
        <source>  %1 ← column '%2' (%3)</source>
        <translation>  %1 ← Spalte „%2“ (%3)</translation>
    </message>
    <message>
        <location filename="../ui/ImportWizard.cpp" line="287" />
        <source>Skipped %1 rows with errors (not imported). The first:</source>
        <translation>%1 Zeilen mit Fehlern übersprungen (nicht importiert). Die ersten:</translation>
    </message>
    <message>
        <location filename="../ui/ImportWizard.cpp" line="291" />
        <source>  … and %1 more</source>
        <translation>  … und %1 weitere</translation>
    </message>
    <message>
        <location filename="../ui/ImportWizard.cpp" line="296" />
        <source>Columns not imported: %1</source>
        <translation>Nicht importierte Spalten: %1</translation>
    </message>
    <message>
        <location filename="../ui/ImportWizard.cpp" line="300" />
        <source>Distinct ids: %1</source>
        <translation>Verschiedene IDs: %1</translation>
    </message>
    <message>
        <location filename="../ui/ImportWizard.cpp" line="303" />
        <source>Time range: %1 to %2</source>
        <translation>Zeitraum: %1 bis %2</translation>
    </message>
    <message>
        <location filename="../ui/ImportWizard.cpp" line="306" />
        <source>Frequency: %1</source>
        <translation>Frequenz: %1</translation>
    </message>
    <message>
        <location filename="../ui/ImportWizard.cpp" line="308" />
        <source>%1 series of up to %2 periods</source>
        <translation>%1 Reihen mit bis zu %2 Perioden</translation>
    </message>
    <message>
        <location filename="../ui/ImportWizard.cpp" line="326" />
        <source>Gaps in the whole file: %1 periods in %2 stretches have no row for any series (the longest: %3 periods, %4 to %5).</source>
        <translation>Lücken in der ganzen Datei: %1 Perioden in %2 Abschnitten haben für keine Reihe eine Zeile (der längste: %3 Perioden, %4 bis %5).</translation>
    </message>
    <message>
        <location filename="../ui/ImportWizard.cpp" line="331" />
        <source>  They are kept as missing values, not zero demand: the recipes skip or bridge them. If nothing was sold then, go Back and choose Zero for gaps.</source>
        <translation>  Sie bleiben fehlende Werte, keine Nullnachfrage: die Rezepte überspringen oder überbrücken sie. Wurde damals nichts verkauft, gehen Sie zurück und wählen Sie Null für Lücken.</translation>
    </message>
    <message>
        <location filename="../ui/ImportWizard.cpp" line="333" />
        <source>  The rule chosen for gaps fills them; if the data was simply not collected then, go Back and choose Automatic.</source>
        <translation>  Die für Lücken gewählte Regel füllt sie; wurden die Daten damals nur nicht erhoben, gehen Sie zurück und wählen Sie Automatisch.</translation>
    </message>
    <message>
        <location filename="../ui/ImportWizard.cpp" line="337" />
        <source>Empty target cells: %1 periods (%2).</source>
        <translation>Leere Zielzellen: %1 Perioden (%2).</translation>
    </message>
    <message>
        <location filename="../ui/ImportWizard.cpp" line="339" />
        <source>kept as missing values</source>
        <translation>als fehlende Werte behalten</translation>
    </message>
    <message>
        <location filename="../ui/ImportWizard.cpp" line="339" />
        <source>filled by the rule chosen for gaps</source>
        <translation>mit der für Lücken gewählten Regel gefüllt</translation>
    </message>
    <message>
        <location filename="../ui/ImportWizard.cpp" line="341" />
        <source>Periods without a row inside a series: %1 (filled by the rule chosen for gaps%2).</source>
        <translation>Perioden ohne Zeile innerhalb einer Reihe: %1 (mit der für Lücken gewählten Regel gefüllt%2).</translation>
    </message>
    <message>
        <location filename="../ui/ImportWizard.cpp" line="343" />
        <source>: zero, nothing recorded</source>
        <translation>: null, nichts erfasst</translation>
    </message>
    <message>
        <location filename="../ui/ImportWizard.cpp" line="344" />
        <source>No gaps: every series has a value in every period.</source>
        <translation>Keine Lücken: jede Reihe hat in jeder Periode einen Wert.</translation>
    </message>
    <message>
        <location filename="../ui/ImportWizard.cpp" line="441" />
        <source>No such file</source>
        <translation>Datei nicht gefunden</translation>
    </message>
    <message>
        <location filename="../ui/ImportWizard.cpp" line="449" />
        <source>Give the dataset a name</source>
        <translation>Geben Sie dem Datensatz einen Namen</translation>
    </message>
    <message>
        <location filename="../ui/ImportWizard.cpp" line="449" />
        <source>A dataset with this name exists</source>
        <translation>Ein Datensatz mit diesem Namen existiert bereits</translation>
    </message>
    <message>
        <location filename="../ui/ImportWizard.cpp" line="514" />
        <source>Cannot read the file: %1</source>
        <translation>Die Datei kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location filename="../ui/ImportWizard.cpp" line="518" />
        <source>Detected: delimiter %1, encoding %2, decimal %3, dates %4; %5 columns, %6 KB.</source>
        <translation>Erkannt: Trennzeichen %1, Kodierung %2, Dezimal %3, Datumsangaben %4; %5 Spalten, %6 KB.</translation>
    </message>
    <message>
        <location filename="../ui/ImportWizard.cpp" line="520" />
        <source>Windows-1252</source>
        <translation>Windows-1252</translation>
    </message>
    <message>
        <location filename="../ui/ImportWizard.cpp" line="521" />
        <source>comma</source>
        <translation>Komma</translation>
    </message>
    <message>
        <location filename="../ui/ImportWizard.cpp" line="521" />
        <source>point</source>
        <translation>Punkt</translation>
    </message>
    <message>
        <location filename="../ui/ImportWizard.cpp" line="566" />
        <source>(not in the file)</source>
        <translation>(nicht in der Datei)</translation>
    </message>
    <message>
        <location filename="../ui/ImportWizard.cpp" line="601" />
        <source>Reading every row…</source>
        <translation>Jede Zeile wird gelesen…</translation>
    </message>
    <message>
        <location filename="../ui/ImportWizard.cpp" line="614" />
        <source>Validating %1</source>
        <translation>%1 wird geprüft</translation>
    </message>
</context>
<context>
    <name>almanac::ui::JobsPanel</name>
    <message>
        <location filename="../ui/JobsPanel.cpp" line="28" />
        <location filename="../ui/JobsPanel.cpp" line="90" />
        <source>No job running</source>
        <translation>Kein laufender Auftrag</translation>
    </message>
    <message>
        <location filename="../ui/JobsPanel.cpp" line="37" />
        <source>&amp;Cancel</source>
        <translation>&amp;Abbrechen</translation>
    </message>
    <message>
        <location filename="../ui/JobsPanel.cpp" line="56" />
        <source>Finished in this session:</source>
        <translation>In dieser Sitzung beendet:</translation>
    </message>
    <message>
        <location filename="../ui/JobsPanel.cpp" line="60" />
        <source>Cancelling…</source>
        <translation>Wird abgebrochen…</translation>
    </message>
    <message>
        <location filename="../ui/JobsPanel.cpp" line="82" />
        <source>Took %1</source>
        <translation>Dauer %1</translation>
    </message>
    <message>
        <location filename="../ui/JobsPanel.cpp" line="83" />
        <source>done</source>
        <translation>fertig</translation>
    </message>
    <message>
        <location filename="../ui/JobsPanel.cpp" line="83" />
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <location filename="../ui/JobsPanel.cpp" line="83" />
        <source>failed: %1</source>
        <translation>fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location filename="../ui/JobsPanel.cpp" line="87" />
        <source>%1 — %2 — %3 (%4)</source>
        <translation>%1 — %2 — %3 (%4)</translation>
    </message>
    <message>
        <location filename="../ui/JobsPanel.cpp" line="97" />
        <source>Elapsed %1 · about %2 left</source>
        <translation>Vergangen %1 · noch etwa %2</translation>
    </message>
    <message>
        <location filename="../ui/JobsPanel.cpp" line="98" />
        <source>Elapsed %1</source>
        <translation>Vergangen %1</translation>
    </message>
</context>
<context>
    <name>almanac::ui::LiveMetricChart</name>
    <message>
        <location filename="../ui/LiveMetricChart.cpp" line="24" />
        <source>candidate</source>
        <translation>Kandidat</translation>
    </message>
    <message>
        <location filename="../ui/LiveMetricChart.cpp" line="25" />
        <source>best so far</source>
        <translation>bisher bester</translation>
    </message>
    <message>
        <location filename="../ui/LiveMetricChart.cpp" line="53" />
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../ui/LiveMetricChart.cpp" line="65" />
        <source>Training metric</source>
        <translation>Trainingskennzahl</translation>
    </message>
    <message>
        <location filename="../ui/LiveMetricChart.cpp" line="76" />
        <source>%1 by trial (higher is better)</source>
        <translation>%1 je Versuch (größer ist besser)</translation>
    </message>
    <message>
        <location filename="../ui/LiveMetricChart.cpp" line="76" />
        <source>%1 by trial (lower is better)</source>
        <translation>%1 je Versuch (kleiner ist besser)</translation>
    </message>
</context>
<context>
    <name>almanac::ui::MainWindow</name>
    <message>
        <location filename="../ui/MainWindow.cpp" line="56" />
        <source>Start</source>
        <translation>Beginn</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="57" />
        <source>Data</source>
        <translation>Daten</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="58" />
        <source>Forecasts</source>
        <translation>Prognosen</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="59" />
        <source>Recommendations</source>
        <translation>Empfehlungen</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="63" />
        <source>Ready</source>
        <translation>Bereit</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="78" />
        <source>%1: %2 (%3%)</source>
        <translation>%1: %2 (%3 %)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="106" />
        <source>Open</source>
        <translation>Öffnen</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="109" />
        <source>Forecast again with the current data</source>
        <translation>Mit den aktuellen Daten erneut prognostizieren</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="110" />
        <source>Retrain</source>
        <translation>Neu trainieren</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="111" />
        <source>Monitoring…</source>
        <translation>Überwachung…</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="114" />
        <source>Rename…</source>
        <translation>Umbenennen…</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="115" />
        <source>Delete…</source>
        <translation>Löschen…</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="118" />
        <source>Project</source>
        <translation>Projekt</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="124" />
        <source>Jobs</source>
        <translation>Aufträge</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="133" />
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="134" />
        <source>&amp;New project…</source>
        <translation>&amp;Neues Projekt…</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="135" />
        <source>&amp;Open project…</source>
        <translation>Projekt &amp;öffnen…</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="136" />
        <source>Open the &amp;sample project</source>
        <translation>&amp;Beispielprojekt öffnen</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="137" />
        <source>&amp;Recent projects</source>
        <translation>&amp;Zuletzt geöffnete Projekte</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="139" />
        <source>&amp;Import CSV…</source>
        <translation>CSV &amp;importieren…</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="140" />
        <source>&amp;Close project</source>
        <translation>Projekt &amp;schließen</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="146" />
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="148" />
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="149" />
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="151" />
        <source>&amp;Redo</source>
        <translation>&amp;Wiederherstellen</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="156" />
        <source>Re&amp;name…</source>
        <translation>&amp;Umbenennen…</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="157" />
        <source>&amp;Delete…</source>
        <translation>&amp;Löschen…</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="159" />
        <source>&amp;Settings…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="161" />
        <source>&amp;Train</source>
        <translation>&amp;Trainieren</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="162" />
        <source>&amp;Forecast…</source>
        <translation>&amp;Prognose…</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="163" />
        <source>&amp;Recommender…</source>
        <translation>&amp;Empfehler…</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="165" />
        <source>&amp;Schedules…</source>
        <translation>&amp;Zeitpläne…</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="167" />
        <source>&amp;Cancel the running job</source>
        <translation>Laufenden Auftrag &amp;abbrechen</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="169" />
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="170" />
        <source>&amp;Start</source>
        <translation>&amp;Start</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="170" />
        <source>&amp;Data</source>
        <translation>&amp;Daten</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="170" />
        <source>&amp;Forecasts</source>
        <translation>&amp;Prognosen</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="170" />
        <source>R&amp;ecommendations</source>
        <translation>E&amp;mpfehlungen</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="176" />
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="177" />
        <source>&amp;User guide</source>
        <translation>&amp;Benutzerhandbuch</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="183" />
        <source>&amp;About Almanac</source>
        <translation>&amp;Über Almanac</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="184" />
        <source>About Almanac</source>
        <translation>Über Almanac</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="185" />
        <source>&lt;h3&gt;Almanac %1&lt;/h3&gt;&lt;p&gt;Probabilistic forecasting and recommendations on the desktop.&lt;/p&gt;&lt;p&gt;Your data never leaves this machine.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Almanac %1&lt;/h3&gt;&lt;p&gt;Probabilistische Prognosen und Empfehlungen auf dem eigenen Rechner.&lt;/p&gt;&lt;p&gt;Ihre Daten verlassen diesen Rechner nie.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="189" />
        <source>Main</source>
        <translation>Haupt</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="211" />
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="217" />
        <source>%1 — Almanac</source>
        <translation>%1 — Almanac</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="217" />
        <source>Almanac</source>
        <translation>Almanac</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="226" />
        <location filename="../ui/MainWindow.cpp" line="288" />
        <source>Open project</source>
        <translation>Projekt öffnen</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="234" />
        <source>Opened %1</source>
        <translation>%1 geöffnet</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="263" />
        <source>Creating the sample project</source>
        <translation>Beispielprojekt wird erstellt</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="268" />
        <location filename="../ui/MainWindow.cpp" line="273" />
        <location filename="../ui/MainWindow.cpp" line="278" />
        <source>New project</source>
        <translation>Neues Projekt</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="268" />
        <source>Almanac projects (*.almanac)</source>
        <translation>Almanac-Projekte (*.almanac)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="273" />
        <source>%1 exists already; open it instead.</source>
        <translation>%1 existiert bereits; öffnen Sie es stattdessen.</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="289" />
        <source>Almanac projects (*.almanac);;All files (*)</source>
        <translation>Almanac-Projekte (*.almanac);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="305" />
        <source>Importing %1</source>
        <translation>%1 wird importiert</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="318" />
        <source>Busy</source>
        <translation>Beschäftigt</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="318" />
        <source>'%1' is still running; wait for it or cancel it first.</source>
        <translation>„%1“ läuft noch; warten Sie oder brechen Sie zuerst ab.</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="326" />
        <source>%1: done</source>
        <translation>%1: fertig</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="329" />
        <source>%1: cancelled; the project is unchanged</source>
        <translation>%1: abgebrochen; das Projekt ist unverändert</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="347" />
        <source>Training %1 on %2</source>
        <translation>%1 wird auf %2 trainiert</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="376" />
        <source>Forecasting from %1</source>
        <translation>Prognose aus %1</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="384" />
        <source>Retraining %1</source>
        <translation>%1 wird neu trainiert</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="386" />
        <source>%1 retrained on the current data; forecast again to use it.</source>
        <translation>%1 wurde auf den aktuellen Daten neu trainiert; erneut prognostizieren, um ihn zu nutzen.</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="409" />
        <source>Running schedule %1</source>
        <translation>Zeitplan %1 läuft</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="432" />
        <source>Training recommender %1</source>
        <translation>Empfehler %1 wird trainiert</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="446" />
        <source>Loading recommender %1</source>
        <translation>Empfehlungsmodell %1 wird geladen</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="496" />
        <location filename="../ui/MainWindow.cpp" line="500" />
        <location filename="../ui/MainWindow.cpp" line="506" />
        <source>Rename</source>
        <translation>Umbenennen</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="496" />
        <source>New name for '%1':</source>
        <translation>Neuer Name für „%1“:</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="500" />
        <source>'%1' is taken already.</source>
        <translation>„%1“ ist bereits vergeben.</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="506" />
        <source>Cannot rename '%1'.</source>
        <translation>„%1“ kann nicht umbenannt werden.</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="516" />
        <location filename="../ui/MainWindow.cpp" line="523" />
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="516" />
        <source>Delete '%1'? This cannot be undone.</source>
        <translation>„%1“ löschen? Das kann nicht rückgängig gemacht werden.</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="531" />
        <source>Quit</source>
        <translation>Beenden</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="531" />
        <source>'%1' is running. Cancel it and quit?</source>
        <translation>„%1“ läuft. Abbrechen und beenden?</translation>
    </message>
</context>
<context>
    <name>almanac::ui::MonitoringView</name>
    <message>
        <location filename="../ui/MonitoringView.cpp" line="32" />
        <location filename="../ui/MonitoringView.cpp" line="78" />
        <source>mean wQL</source>
        <translation>mittlerer wQL</translation>
    </message>
    <message>
        <location filename="../ui/MonitoringView.cpp" line="33" />
        <source>p10–p90 coverage</source>
        <translation>p10–p90-Abdeckung</translation>
    </message>
    <message>
        <location filename="../ui/MonitoringView.cpp" line="62" />
        <source>Monitoring — %1</source>
        <translation>Überwachung — %1</translation>
    </message>
    <message>
        <location filename="../ui/MonitoringView.cpp" line="78" />
        <source>Origin</source>
        <translation>Ursprung</translation>
    </message>
    <message>
        <location filename="../ui/MonitoringView.cpp" line="78" />
        <source>Forecast</source>
        <translation>Prognose</translation>
    </message>
    <message>
        <location filename="../ui/MonitoringView.cpp" line="78" />
        <source>Evaluated</source>
        <translation>Bewertet</translation>
    </message>
    <message>
        <location filename="../ui/MonitoringView.cpp" line="78" />
        <source>WAPE</source>
        <translation>WAPE</translation>
    </message>
    <message>
        <location filename="../ui/MonitoringView.cpp" line="78" />
        <source>RMSE</source>
        <translation>RMSE</translation>
    </message>
    <message>
        <location filename="../ui/MonitoringView.cpp" line="79" />
        <source>MASE</source>
        <translation>MASE</translation>
    </message>
    <message>
        <location filename="../ui/MonitoringView.cpp" line="79" />
        <source>Coverage (nominal 0.8)</source>
        <translation>Abdeckung (nominal 0,8)</translation>
    </message>
    <message>
        <location filename="../ui/MonitoringView.cpp" line="79" />
        <source>Items</source>
        <translation>Artikel</translation>
    </message>
    <message>
        <location filename="../ui/MonitoringView.cpp" line="103" />
        <source>Forecast again with the current data</source>
        <translation>Mit den aktuellen Daten erneut prognostizieren</translation>
    </message>
    <message>
        <location filename="../ui/MonitoringView.cpp" line="104" />
        <source>Retrain</source>
        <translation>Neu trainieren</translation>
    </message>
    <message>
        <location filename="../ui/MonitoringView.cpp" line="116" />
        <source>Metric:</source>
        <translation>Kennzahl:</translation>
    </message>
    <message>
        <location filename="../ui/MonitoringView.cpp" line="153" />
        <source>%1 of %2 on the actuals after each forecast</source>
        <translation>%1 von %2 auf den Istwerten nach jeder Prognose</translation>
    </message>
    <message>
        <location filename="../ui/MonitoringView.cpp" line="156" />
        <source>monitored</source>
        <translation>überwacht</translation>
    </message>
    <message>
        <location filename="../ui/MonitoringView.cpp" line="159" />
        <source>evaluation</source>
        <translation>Bewertung</translation>
    </message>
    <message>
        <location filename="../ui/MonitoringView.cpp" line="205" />
        <source>forecast origin</source>
        <translation>Prognoseursprung</translation>
    </message>
    <message>
        <location filename="../ui/MonitoringView.cpp" line="224" />
        <source>backtest (baseline)</source>
        <translation>Backtest (Basislinie)</translation>
    </message>
    <message>
        <location filename="../ui/MonitoringView.cpp" line="245" />
        <source>retrained</source>
        <translation>neu trainiert</translation>
    </message>
    <message>
        <location filename="../ui/MonitoringView.cpp" line="255" />
        <source>Not monitored yet: when newer actuals are imported into the dataset (append or replace), each forecast made from this predictor is scored on them here.</source>
        <translation>Noch nicht überwacht: Sobald neuere Istwerte in den Datensatz importiert werden (anhängen oder ersetzen), wird hier jede Prognose dieses Prädiktors an ihnen bewertet.</translation>
    </message>
    <message>
        <location filename="../ui/MonitoringView.cpp" line="257" />
        <source>The backtest has no mean wQL to compare with.</source>
        <translation>Der Backtest hat keinen mittleren wQL zum Vergleich.</translation>
    </message>
    <message>
        <location filename="../ui/MonitoringView.cpp" line="259" />
        <source>&lt;b&gt;Drift:&lt;/b&gt; the latest mean wQL is %1× the backtest's (marked above %2×). Retrain the predictor on the current data.</source>
        <translation>&lt;b&gt;Drift:&lt;/b&gt; Der letzte mittlere wQL ist %1× der des Backtests (markiert ab %2×). Trainieren Sie den Prädiktor auf den aktuellen Daten neu.</translation>
    </message>
    <message>
        <location filename="../ui/MonitoringView.cpp" line="262" />
        <source>No drift: the latest mean wQL is %1× the backtest's (marked above %2×).</source>
        <translation>Keine Drift: Der letzte mittlere wQL ist %1× der des Backtests (markiert ab %2×).</translation>
    </message>
</context>
<context>
    <name>almanac::ui::ProjectTreeModel</name>
    <message>
        <location filename="../ui/ProjectTreeModel.cpp" line="123" />
        <source>Datasets (%1)</source>
        <translation>Datensätze (%1)</translation>
    </message>
    <message>
        <location filename="../ui/ProjectTreeModel.cpp" line="124" />
        <source>Forecasts (%1)</source>
        <translation>Prognosen (%1)</translation>
    </message>
    <message>
        <location filename="../ui/ProjectTreeModel.cpp" line="125" />
        <source>Predictors (%1)</source>
        <translation>Prädiktoren (%1)</translation>
    </message>
    <message>
        <location filename="../ui/ProjectTreeModel.cpp" line="126" />
        <source>Recommenders (%1)</source>
        <translation>Empfehler (%1)</translation>
    </message>
    <message>
        <location filename="../ui/ProjectTreeModel.cpp" line="127" />
        <source>Jobs (%1)</source>
        <translation>Aufträge (%1)</translation>
    </message>
    <message>
        <location filename="../ui/ProjectTreeModel.cpp" line="150" />
        <source>Recipe %1 on %2
horizon %3, %4 series</source>
        <translation>Rezept %1 auf %2
Horizont %3, %4 Reihen</translation>
    </message>
    <message>
        <location filename="../ui/ProjectTreeModel.cpp" line="167" />
        <source>%1 (wQL %2)</source>
        <translation>%1 (wQL %2)</translation>
    </message>
    <message>
        <location filename="../ui/ProjectTreeModel.cpp" line="168" />
        <source>%1 (drift %2×)</source>
        <translation>%1 (Drift %2×)</translation>
    </message>
    <message>
        <location filename="../ui/ProjectTreeModel.cpp" line="186" />
        <source>%1 (NDCG@10 %2)</source>
        <translation>%1 (NDCG@10 %2)</translation>
    </message>
    <message>
        <location filename="../ui/ProjectTreeModel.cpp" line="191" />
        <location filename="../ui/ProjectTreeModel.cpp" line="193" />
        <source>%1 on %2</source>
        <translation>%1 auf %2</translation>
    </message>
    <message>
        <location filename="../ui/ProjectTreeModel.cpp" line="203" />
        <source>%1: %2 (%3)</source>
        <translation>%1: %2 (%3)</translation>
    </message>
    <message>
        <location filename="../ui/ProjectTreeModel.cpp" line="207" />
        <source>Finished %1</source>
        <translation>Beendet %1</translation>
    </message>
    <message>
        <location filename="../ui/ProjectTreeModel.cpp" line="216" />
        <source>Project</source>
        <translation>Projekt</translation>
    </message>
</context>
<context>
    <name>almanac::ui::RecommendExplorer</name>
    <message>
        <location filename="../ui/RecommendExplorer.cpp" line="119" />
        <source>&amp;Train recommender…</source>
        <translation>Empfehler &amp;trainieren…</translation>
    </message>
    <message>
        <location filename="../ui/RecommendExplorer.cpp" line="120" />
        <source>&amp;Export for all users…</source>
        <translation>Für alle Benutzer &amp;exportieren…</translation>
    </message>
    <message>
        <location filename="../ui/RecommendExplorer.cpp" line="123" />
        <source>Recommender:</source>
        <translation>Empfehler:</translation>
    </message>
    <message>
        <location filename="../ui/RecommendExplorer.cpp" line="128" />
        <source>For a &amp;user</source>
        <translation>Für einen &amp;Benutzer</translation>
    </message>
    <message>
        <location filename="../ui/RecommendExplorer.cpp" line="129" />
        <source>&amp;Related items</source>
        <translation>Ä&amp;hnliche Artikel</translation>
    </message>
    <message>
        <location filename="../ui/RecommendExplorer.cpp" line="130" />
        <source>Re-ran&amp;k</source>
        <translation>Neu &amp;ordnen</translation>
    </message>
    <message>
        <location filename="../ui/RecommendExplorer.cpp" line="150" />
        <source>Search users…</source>
        <translation>Benutzer suchen…</translation>
    </message>
    <message>
        <location filename="../ui/RecommendExplorer.cpp" line="159" />
        <source>Filter, e.g. EXCLUDE ItemID WHERE Items.CATEGORY IN ("Books")</source>
        <translation>Filter, z. B. EXCLUDE ItemID WHERE Items.CATEGORY IN ("Books")</translation>
    </message>
    <message>
        <location filename="../ui/RecommendExplorer.cpp" line="166" />
        <source>Include items the user has seen</source>
        <translation>Artikel einbeziehen, die der Benutzer schon kennt</translation>
    </message>
    <message>
        <location filename="../ui/RecommendExplorer.cpp" line="172" />
        <location filename="../ui/RecommendExplorer.cpp" line="219" />
        <source>Results:</source>
        <translation>Ergebnisse:</translation>
    </message>
    <message>
        <location filename="../ui/RecommendExplorer.cpp" line="176" />
        <source>Events</source>
        <translation>Ereignisse</translation>
    </message>
    <message>
        <location filename="../ui/RecommendExplorer.cpp" line="177" />
        <location filename="../ui/RecommendExplorer.cpp" line="247" />
        <source>Score</source>
        <translation>Bewertung</translation>
    </message>
    <message>
        <location filename="../ui/RecommendExplorer.cpp" line="179" />
        <source>Recent history</source>
        <translation>Letzter Verlauf</translation>
    </message>
    <message>
        <location filename="../ui/RecommendExplorer.cpp" line="180" />
        <source>Recommended</source>
        <translation>Empfohlen</translation>
    </message>
    <message>
        <location filename="../ui/RecommendExplorer.cpp" line="198" />
        <source>Search items…</source>
        <translation>Artikel suchen…</translation>
    </message>
    <message>
        <location filename="../ui/RecommendExplorer.cpp" line="203" />
        <source>Similarity</source>
        <translation>Ähnlichkeit</translation>
    </message>
    <message>
        <location filename="../ui/RecommendExplorer.cpp" line="207" />
        <source>Filter, e.g. INCLUDE ItemID WHERE Items.CATEGORY IN ("Books")</source>
        <translation>Filter, z. B. INCLUDE ItemID WHERE Items.CATEGORY IN ("Books")</translation>
    </message>
    <message>
        <location filename="../ui/RecommendExplorer.cpp" line="224" />
        <location filename="../ui/RecommendExplorer.cpp" line="435" />
        <source>Train or open a recommender to see related items.</source>
        <translation>Trainieren oder öffnen Sie einen Empfehler, um verwandte Artikel zu sehen.</translation>
    </message>
    <message>
        <location filename="../ui/RecommendExplorer.cpp" line="234" />
        <source>Related items (co-occurrence, SIMS)</source>
        <translation>Ähnliche Artikel (gemeinsames Vorkommen, SIMS)</translation>
    </message>
    <message>
        <location filename="../ui/RecommendExplorer.cpp" line="242" />
        <source>User id</source>
        <translation>Benutzer-ID</translation>
    </message>
    <message>
        <location filename="../ui/RecommendExplorer.cpp" line="244" />
        <source>Paste candidate item ids, one per line or separated by commas</source>
        <translation>Kandidaten-Artikel-IDs einfügen, eine pro Zeile oder durch Kommas getrennt</translation>
    </message>
    <message>
        <location filename="../ui/RecommendExplorer.cpp" line="245" />
        <source>Ra&amp;nk for this user</source>
        <translation>Für diesen Benutzer &amp;ordnen</translation>
    </message>
    <message>
        <location filename="../ui/RecommendExplorer.cpp" line="249" />
        <source>User:</source>
        <translation>Benutzer:</translation>
    </message>
    <message>
        <location filename="../ui/RecommendExplorer.cpp" line="257" />
        <source>Ranked</source>
        <translation>Geordnet</translation>
    </message>
    <message>
        <location filename="../ui/RecommendExplorer.cpp" line="279" />
        <source>Reading %1 back from the project…</source>
        <translation>%1 wird aus dem Projekt gelesen…</translation>
    </message>
    <message>
        <location filename="../ui/RecommendExplorer.cpp" line="316" />
        <source>No recommender yet: train one on an interactions dataset.</source>
        <translation>Noch kein Empfehler: trainieren Sie einen auf einem Interaktionsdatensatz.</translation>
    </message>
    <message>
        <location filename="../ui/RecommendExplorer.cpp" line="320" />
        <source>%1 · %2 users · %3 items · %4 interactions</source>
        <translation>%1 · %2 Benutzer · %3 Artikel · %4 Interaktionen</translation>
    </message>
    <message>
        <location filename="../ui/RecommendExplorer.cpp" line="330" />
        <source> · holdout NDCG@10 %1</source>
        <translation> · Holdout-NDCG@10 %1</translation>
    </message>
    <message>
        <location filename="../ui/RecommendExplorer.cpp" line="434" />
        <source>Pick an item on the left to see the items most often chosen together with it.</source>
        <translation>Wählen Sie links einen Artikel, um die Artikel zu sehen, die am häufigsten zusammen mit ihm gewählt werden.</translation>
    </message>
    <message>
        <location filename="../ui/RecommendExplorer.cpp" line="452" />
        <source>No related items of %1 pass the filter.</source>
        <translation>Kein verwandter Artikel von %1 besteht den Filter.</translation>
    </message>
    <message>
        <location filename="../ui/RecommendExplorer.cpp" line="453" />
        <source>No related items: nobody who chose %1 chose another item.</source>
        <translation>Keine verwandten Artikel: Niemand, der %1 gewählt hat, hat einen anderen Artikel gewählt.</translation>
    </message>
    <message>
        <location filename="../ui/RecommendExplorer.cpp" line="454" />
        <source>The items most often chosen together with %1:</source>
        <translation>Die Artikel, die am häufigsten zusammen mit %1 gewählt werden:</translation>
    </message>
    <message>
        <location filename="../ui/RecommendExplorer.cpp" line="497" />
        <source>Export recommendations</source>
        <translation>Empfehlungen exportieren</translation>
    </message>
    <message>
        <location filename="../ui/RecommendExplorer.cpp" line="498" />
        <source>Excel workbook (*.xlsx);;CSV (*.csv)</source>
        <translation>Excel-Arbeitsmappe (*.xlsx);;CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../ui/RecommendExplorer.cpp" line="510" />
        <source>Export</source>
        <translation>Export</translation>
    </message>
    <message>
        <location filename="../ui/RecommendExplorer.cpp" line="511" />
        <source>Recommendations written to %1</source>
        <translation>Empfehlungen nach %1 geschrieben</translation>
    </message>
    <message>
        <location filename="../ui/RecommendExplorer.cpp" line="513" />
        <source>Writing recommendations to %1…</source>
        <translation>Empfehlungen werden nach %1 geschrieben…</translation>
    </message>
</context>
<context>
    <name>almanac::ui::ScheduleDialog</name>
    <message>
        <location filename="../ui/ScheduleDialog.cpp" line="32" />
        <source>Schedules — %1</source>
        <translation>Zeitpläne — %1</translation>
    </message>
    <message>
        <location filename="../ui/ScheduleDialog.cpp" line="35" />
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../ui/ScheduleDialog.cpp" line="35" />
        <source>Every</source>
        <translation>Alle</translation>
    </message>
    <message>
        <location filename="../ui/ScheduleDialog.cpp" line="35" />
        <source>Steps</source>
        <translation>Schritte</translation>
    </message>
    <message>
        <location filename="../ui/ScheduleDialog.cpp" line="35" />
        <source>Last run</source>
        <translation>Letzter Lauf</translation>
    </message>
    <message>
        <location filename="../ui/ScheduleDialog.cpp" line="43" />
        <source>Run now</source>
        <translation>Jetzt ausführen</translation>
    </message>
    <message>
        <location filename="../ui/ScheduleDialog.cpp" line="44" />
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <location filename="../ui/ScheduleDialog.cpp" line="55" />
        <source>Removed %1 and its timer.</source>
        <translation>%1 und sein Timer wurden entfernt.</translation>
    </message>
    <message>
        <location filename="../ui/ScheduleDialog.cpp" line="69" />
        <source>daily, weekly, hourly, or a cron expression (minute hour day month weekday)</source>
        <translation>daily, weekly, hourly oder ein Cron-Ausdruck (Minute Stunde Tag Monat Wochentag)</translation>
    </message>
    <message>
        <location filename="../ui/ScheduleDialog.cpp" line="72" />
        <source>import sales=/data/sales.csv append; retrain weekly; forecast weekly; export /out/forecast.csv</source>
        <translation>import sales=/data/sales.csv append; retrain weekly; forecast weekly; export /out/forecast.csv</translation>
    </message>
    <message>
        <location filename="../ui/ScheduleDialog.cpp" line="73" />
        <source>Steps separated by ';': import DATASET=FILE [append], retrain MODEL, forecast PREDICTOR, export FILE</source>
        <translation>Schritte, getrennt durch ';': import DATENSATZ=DATEI [append], retrain MODELL, forecast PRÄDIKTOR, export DATEI</translation>
    </message>
    <message>
        <location filename="../ui/ScheduleDialog.cpp" line="74" />
        <source>Install a timer that runs it (systemd user timer, or crontab)</source>
        <translation>Einen Timer installieren, der ihn ausführt (systemd-Benutzertimer oder crontab)</translation>
    </message>
    <message>
        <location filename="../ui/ScheduleDialog.cpp" line="76" />
        <source>Add schedule</source>
        <translation>Zeitplan hinzufügen</translation>
    </message>
    <message>
        <location filename="../ui/ScheduleDialog.cpp" line="80" />
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <location filename="../ui/ScheduleDialog.cpp" line="81" />
        <source>Every:</source>
        <translation>Alle:</translation>
    </message>
    <message>
        <location filename="../ui/ScheduleDialog.cpp" line="82" />
        <source>Steps:</source>
        <translation>Schritte:</translation>
    </message>
    <message>
        <location filename="../ui/ScheduleDialog.cpp" line="85" />
        <source>New schedule</source>
        <translation>Neuer Zeitplan</translation>
    </message>
    <message>
        <location filename="../ui/ScheduleDialog.cpp" line="118" />
        <source>Give the schedule a name.</source>
        <translation>Geben Sie dem Zeitplan einen Namen.</translation>
    </message>
    <message>
        <location filename="../ui/ScheduleDialog.cpp" line="130" />
        <source>Stored %1 (no timer installed: run it from here or with almanac-cli schedule run).</source>
        <translation>%1 gespeichert (kein Timer installiert: von hier oder mit almanac-cli schedule run ausführen).</translation>
    </message>
    <message>
        <location filename="../ui/ScheduleDialog.cpp" line="131" />
        <source>Stored %1 and installed it as a %2.</source>
        <translation>%1 gespeichert und als %2 installiert.</translation>
    </message>
    <message>
        <location filename="../ui/ScheduleDialog.cpp" line="150" />
        <source>never run</source>
        <translation>nie ausgeführt</translation>
    </message>
    <message>
        <location filename="../ui/ScheduleDialog.cpp" line="153" />
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>almanac::ui::ScoredItemModel</name>
    <message>
        <location filename="../ui/RecommendationModels.cpp" line="130" />
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <location filename="../ui/RecommendationModels.cpp" line="131" />
        <source>Item</source>
        <translation>Artikel</translation>
    </message>
    <message>
        <location filename="../ui/RecommendationModels.cpp" line="133" />
        <source>Last event</source>
        <translation>Letztes Ereignis</translation>
    </message>
    <message>
        <location filename="../ui/RecommendationModels.cpp" line="134" />
        <source>Event types</source>
        <translation>Ereignistypen</translation>
    </message>
</context>
<context>
    <name>almanac::ui::ScreenshotTour</name>
    <message>
        <location filename="../ui/ScreenshotTour.cpp" line="235" />
        <source>%1: not ready after %2 s</source>
        <translation>%1: nach %2 s nicht bereit</translation>
    </message>
    <message>
        <location filename="../ui/ScreenshotTour.cpp" line="247" />
        <source>%1: nothing to capture</source>
        <translation>%1: nichts aufzunehmen</translation>
    </message>
    <message>
        <location filename="../ui/ScreenshotTour.cpp" line="252" />
        <source>%1: cannot write %2</source>
        <translation>%1: %2 kann nicht geschrieben werden</translation>
    </message>
</context>
<context>
    <name>almanac::ui::SeriesStatisticsModel</name>
    <message>
        <location filename="../ui/SeriesStatisticsModel.cpp" line="76" />
        <source>Item</source>
        <translation>Artikel</translation>
    </message>
    <message>
        <location filename="../ui/SeriesStatisticsModel.cpp" line="78" />
        <source>Profile</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <location filename="../ui/SeriesStatisticsModel.cpp" line="80" />
        <source>Start</source>
        <translation>Beginn</translation>
    </message>
    <message>
        <location filename="../ui/SeriesStatisticsModel.cpp" line="81" />
        <source>End</source>
        <translation>Ende</translation>
    </message>
    <message>
        <location filename="../ui/SeriesStatisticsModel.cpp" line="82" />
        <source>Periods</source>
        <translation>Perioden</translation>
    </message>
    <message>
        <location filename="../ui/SeriesStatisticsModel.cpp" line="83" />
        <source>Zeros</source>
        <translation>Nullen</translation>
    </message>
    <message>
        <location filename="../ui/SeriesStatisticsModel.cpp" line="84" />
        <source>Missing</source>
        <translation>Fehlend</translation>
    </message>
    <message>
        <location filename="../ui/SeriesStatisticsModel.cpp" line="85" />
        <source>Mean</source>
        <translation>Mittelwert</translation>
    </message>
    <message>
        <location filename="../ui/SeriesStatisticsModel.cpp" line="86" />
        <source>Min</source>
        <translation>Min</translation>
    </message>
    <message>
        <location filename="../ui/SeriesStatisticsModel.cpp" line="87" />
        <source>Max</source>
        <translation>Max</translation>
    </message>
</context>
<context>
    <name>almanac::ui::SettingsDialog</name>
    <message>
        <location filename="../ui/SettingsDialog.cpp" line="20" />
        <location filename="../ui/SettingsDialog.cpp" line="51" />
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <location filename="../ui/SettingsDialog.cpp" line="22" />
        <source>all cores (%1)</source>
        <translation>alle Kerne (%1)</translation>
    </message>
    <message>
        <location filename="../ui/SettingsDialog.cpp" line="25" />
        <source>Follow the system</source>
        <translation>Dem System folgen</translation>
    </message>
    <message>
        <location filename="../ui/SettingsDialog.cpp" line="35" />
        <source>A predictor is marked when its mean wQL on new actuals exceeds its backtest's by this factor</source>
        <translation>Ein Prädiktor wird markiert, wenn sein mittlerer wQL auf neuen Istwerten den seines Backtests um diesen Faktor übersteigt</translation>
    </message>
    <message>
        <location filename="../ui/SettingsDialog.cpp" line="37" />
        <source>Worker &amp;threads:</source>
        <translation>Arbeits&amp;threads:</translation>
    </message>
    <message>
        <location filename="../ui/SettingsDialog.cpp" line="38" />
        <source>Default &amp;quantiles:</source>
        <translation>Standard-&amp;Quantile:</translation>
    </message>
    <message>
        <location filename="../ui/SettingsDialog.cpp" line="39" />
        <source>&amp;Language (after restart):</source>
        <translation>&amp;Sprache (nach Neustart):</translation>
    </message>
    <message>
        <location filename="../ui/SettingsDialog.cpp" line="40" />
        <source>Mark &amp;drift above:</source>
        <translation>&amp;Drift markieren ab:</translation>
    </message>
</context>
<context>
    <name>almanac::ui::StartPage</name>
    <message>
        <location filename="../ui/StartPage.cpp" line="20" />
        <source>&lt;h1&gt;Almanac&lt;/h1&gt;&lt;p&gt;Probabilistic forecasts and recommendations from your own data, on your own machine.&lt;/p&gt;</source>
        <translation>&lt;h1&gt;Almanac&lt;/h1&gt;&lt;p&gt;Probabilistische Prognosen und Empfehlungen aus Ihren eigenen Daten, auf Ihrem eigenen Rechner.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../ui/StartPage.cpp" line="27" />
        <source>Open the &amp;sample project</source>
        <translation>&amp;Beispielprojekt öffnen</translation>
    </message>
    <message>
        <location filename="../ui/StartPage.cpp" line="29" />
        <source>A retail store's daily demand and a web shop's interactions, ready to explore</source>
        <translation>Die tägliche Nachfrage eines Einzelhändlers und die Interaktionen eines Webshops, bereit zum Erkunden</translation>
    </message>
    <message>
        <location filename="../ui/StartPage.cpp" line="30" />
        <source>&amp;New project…</source>
        <translation>&amp;Neues Projekt…</translation>
    </message>
    <message>
        <location filename="../ui/StartPage.cpp" line="31" />
        <source>&amp;Open project…</source>
        <translation>Projekt &amp;öffnen…</translation>
    </message>
    <message>
        <location filename="../ui/StartPage.cpp" line="39" />
        <source>&lt;b&gt;How it works&lt;/b&gt;&lt;ol&gt;&lt;li&gt;Import CSV files: demand history, prices, item metadata, or user–item interactions.&lt;/li&gt;&lt;li&gt;Train a forecast or a recommender: pick a recipe or let AutoML backtest them all.&lt;/li&gt;&lt;li&gt;Explore p10/p50/p90 bands per item and recommendation lists per user; export to CSV or Excel.&lt;/li&gt;&lt;/ol&gt;</source>
        <translation>&lt;b&gt;So funktioniert es&lt;/b&gt;&lt;ol&gt;&lt;li&gt;CSV-Dateien importieren: Nachfrageverlauf, Preise, Artikelmetadaten oder Benutzer–Artikel-Interaktionen.&lt;/li&gt;&lt;li&gt;Eine Prognose oder einen Empfehler trainieren: ein Rezept wählen oder AutoML alle per Backtest vergleichen lassen.&lt;/li&gt;&lt;li&gt;p10/p50/p90-Bänder je Artikel und Empfehlungslisten je Benutzer erkunden; nach CSV oder Excel exportieren.&lt;/li&gt;&lt;/ol&gt;</translation>
    </message>
    <message>
        <location filename="../ui/StartPage.cpp" line="53" />
        <source>&lt;b&gt;Recent projects&lt;/b&gt;</source>
        <translation>&lt;b&gt;Zuletzt geöffnete Projekte&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../ui/StartPage.cpp" line="76" />
        <source>No recent projects yet.</source>
        <translation>Noch keine zuletzt geöffneten Projekte.</translation>
    </message>
</context>
<context>
    <name>almanac::ui::TrainForecastDialog</name>
    <message>
        <location filename="../ui/TrainForecastDialog.cpp" line="48" />
        <source>Train a forecast</source>
        <translation>Eine Prognose trainieren</translation>
    </message>
    <message>
        <location filename="../ui/TrainForecastDialog.cpp" line="156" />
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <location filename="../ui/TrainForecastDialog.cpp" line="58" />
        <source>Column</source>
        <translation>Spalte</translation>
    </message>
    <message>
        <location filename="../ui/TrainForecastDialog.cpp" line="58" />
        <source>Use</source>
        <translation>Verwendung</translation>
    </message>
    <message>
        <location filename="../ui/TrainForecastDialog.cpp" line="63" />
        <source>Regressors need their values through the horizon (prices, promotions, holidays); weather or CPI observed only up to today are historical. The target is never a regressor.</source>
        <translation>Regressoren brauchen ihre Werte über den ganzen Horizont (Preise, Aktionen, Feiertage); nur bis heute beobachtetes Wetter oder CPI ist historisch. Die Zielgröße ist nie ein Regressor.</translation>
    </message>
    <message>
        <location filename="../ui/TrainForecastDialog.cpp" line="68" />
        <source>AutoML — backtest every recipe, keep the best</source>
        <translation>AutoML — jedes Rezept per Backtest prüfen, das beste behalten</translation>
    </message>
    <message>
        <location filename="../ui/TrainForecastDialog.cpp" line="80" />
        <source>Comma-separated quantiles in (0,1), e.g. 0.1,0.5,0.9</source>
        <translation>Durch Kommas getrennte Quantile in (0,1), z. B. 0.1,0.5,0.9</translation>
    </message>
    <message>
        <location filename="../ui/TrainForecastDialog.cpp" line="84" />
        <source>Backtest windows: how many times the last horizon is held out and forecast to measure accuracy</source>
        <translation>Backtest-Fenster: wie oft der letzte Horizont zurückgehalten und prognostiziert wird, um die Genauigkeit zu messen</translation>
    </message>
    <message>
        <location filename="../ui/TrainForecastDialog.cpp" line="86" />
        <source>Whatever forecast best on the backtest</source>
        <translation>Was im Backtest am besten vorhergesagt hat</translation>
    </message>
    <message>
        <location filename="../ui/TrainForecastDialog.cpp" line="87" />
        <source>Each way of choosing picks on the older backtest windows and is scored on the newest; the best is used</source>
        <translation>Jede Auswahlart wählt in den älteren Backtest-Fenstern und wird im neuesten bewertet; die beste wird verwendet</translation>
    </message>
    <message>
        <location filename="../ui/TrainForecastDialog.cpp" line="88" />
        <source>Best recipe for each item</source>
        <translation>Bestes Rezept je Artikel</translation>
    </message>
    <message>
        <location filename="../ui/TrainForecastDialog.cpp" line="89" />
        <source>Best recipe for the whole dataset</source>
        <translation>Bestes Rezept für den ganzen Datensatz</translation>
    </message>
    <message>
        <location filename="../ui/TrainForecastDialog.cpp" line="90" />
        <source>Ensemble of the best three</source>
        <translation>Ensemble der besten drei</translation>
    </message>
    <message>
        <location filename="../ui/TrainForecastDialog.cpp" line="91" />
        <source>Ensemble of each item's best three</source>
        <translation>Ensemble der besten drei je Artikel</translation>
    </message>
    <message>
        <location filename="../ui/TrainForecastDialog.cpp" line="94" />
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <location filename="../ui/TrainForecastDialog.cpp" line="95" />
        <source>no limit</source>
        <translation>keine Grenze</translation>
    </message>
    <message>
        <location filename="../ui/TrainForecastDialog.cpp" line="97" />
        <source>AutoML: a hard limit on the search; what would not fit is left out and the best so far is used</source>
        <translation>AutoML: eine feste Grenze für die Suche; was nicht mehr passt, wird ausgelassen und das bisher Beste verwendet</translation>
    </message>
    <message>
        <location filename="../ui/TrainForecastDialog.cpp" line="99" />
        <source>name=value, … (e.g. model=AAdN for ets)</source>
        <translation>name=wert, … (z. B. model=AAdN für ets)</translation>
    </message>
    <message>
        <location filename="../ui/TrainForecastDialog.cpp" line="101" />
        <source>(automatic)</source>
        <translation>(automatisch)</translation>
    </message>
    <message>
        <location filename="../ui/TrainForecastDialog.cpp" line="102" />
        <source>&amp;Keep the trained model as a predictor</source>
        <translation>Trainiertes Modell als Prädiktor &amp;behalten</translation>
    </message>
    <message>
        <location filename="../ui/TrainForecastDialog.cpp" line="105" />
        <source>The project keeps the trained model: forecast again from it when new data arrive, without retraining; its accuracy on the new actuals is monitored; retrain it when it drifts</source>
        <translation>Das Projekt behält das trainierte Modell: Prognostizieren Sie erneut daraus, wenn neue Daten eintreffen, ohne neu zu trainieren; seine Genauigkeit auf den neuen Istwerten wird überwacht; trainieren Sie es neu, wenn es driftet</translation>
    </message>
    <message>
        <location filename="../ui/TrainForecastDialog.cpp" line="112" />
        <source>&amp;Dataset:</source>
        <translation>&amp;Datensatz:</translation>
    </message>
    <message>
        <location filename="../ui/TrainForecastDialog.cpp" line="113" />
        <source>&amp;Related series:</source>
        <translation>&amp;Zugehörige Reihen:</translation>
    </message>
    <message>
        <location filename="../ui/TrainForecastDialog.cpp" line="116" />
        <source>Re&amp;cipe:</source>
        <translation>Re&amp;zept:</translation>
    </message>
    <message>
        <location filename="../ui/TrainForecastDialog.cpp" line="118" />
        <source>&amp;Horizon (periods):</source>
        <translation>&amp;Horizont (Perioden):</translation>
    </message>
    <message>
        <location filename="../ui/TrainForecastDialog.cpp" line="119" />
        <source>&amp;Quantiles:</source>
        <translation>&amp;Quantile:</translation>
    </message>
    <message>
        <location filename="../ui/TrainForecastDialog.cpp" line="120" />
        <source>&amp;Backtest windows:</source>
        <translation>&amp;Backtest-Fenster:</translation>
    </message>
    <message>
        <location filename="../ui/TrainForecastDialog.cpp" line="121" />
        <source>AutoML &amp;chooses:</source>
        <translation>AutoML &amp;wählt:</translation>
    </message>
    <message>
        <location filename="../ui/TrainForecastDialog.cpp" line="122" />
        <source>Hyper-parameter search &amp;budget:</source>
        <translation>&amp;Budget der Hyperparameter-Suche:</translation>
    </message>
    <message>
        <location filename="../ui/TrainForecastDialog.cpp" line="123" />
        <source>Recipe &amp;parameters:</source>
        <translation>Rezept&amp;parameter:</translation>
    </message>
    <message>
        <location filename="../ui/TrainForecastDialog.cpp" line="124" />
        <source>Forecast &amp;name:</source>
        <translation>&amp;Name der Prognose:</translation>
    </message>
    <message>
        <location filename="../ui/TrainForecastDialog.cpp" line="127" />
        <source>&amp;Train</source>
        <translation>&amp;Trainieren</translation>
    </message>
    <message>
        <location filename="../ui/TrainForecastDialog.cpp" line="214" />
        <source>Known in the future (regressor)</source>
        <translation>In der Zukunft bekannt (Regressor)</translation>
    </message>
    <message>
        <location filename="../ui/TrainForecastDialog.cpp" line="215" />
        <source>Historical only</source>
        <translation>Nur historisch</translation>
    </message>
    <message>
        <location filename="../ui/TrainForecastDialog.cpp" line="216" />
        <source>Not used</source>
        <translation>Nicht verwendet</translation>
    </message>
    <message>
        <location filename="../ui/TrainForecastDialog.cpp" line="220" />
        <source>The target column is never a regressor: it would leak the answer into the forecast.</source>
        <translation>Die Zielspalte ist nie ein Regressor: Sie würde die Antwort in die Prognose durchsickern lassen.</translation>
    </message>
    <message>
        <location filename="../ui/TrainForecastDialog.cpp" line="244" />
        <source>Each recipe is backtested; the lowest mean weighted quantile loss wins (for the dataset, each item, or as an average), and intervals are calibrated on the backtest.</source>
        <translation>Jedes Rezept wird im Backtest geprüft; der niedrigste mittlere gewichtete Quantilverlust gewinnt (für den Datensatz, je Artikel oder als Mittelwert), und die Intervalle werden am Backtest kalibriert.</translation>
    </message>
    <message>
        <location filename="../ui/TrainForecastDialog.cpp" line="254" />
        <source>The project has no target time series dataset yet: import one first.</source>
        <translation>Das Projekt hat noch keine Zielzeitreihe: importieren Sie zuerst eine.</translation>
    </message>
    <message>
        <location filename="../ui/TrainForecastDialog.cpp" line="284" />
        <source>Recipe parameters are name=value pairs separated by commas; '%1' is not one.</source>
        <translation>Rezeptparameter sind durch Kommas getrennte Paare name=wert; „%1“ ist keines.</translation>
    </message>
    <message>
        <location filename="../ui/TrainForecastDialog.cpp" line="294" />
        <source>A forecast named '%1' exists already.</source>
        <translation>Eine Prognose namens „%1“ existiert bereits.</translation>
    </message>
</context>
<context>
    <name>almanac::ui::TrainRecommenderDialog</name>
    <message>
        <location filename="../ui/TrainRecommenderDialog.cpp" line="20" />
        <source>Train a recommender</source>
        <translation>Einen Empfehler trainieren</translation>
    </message>
    <message>
        <location filename="../ui/TrainRecommenderDialog.cpp" line="22" />
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <location filename="../ui/TrainRecommenderDialog.cpp" line="25" />
        <source>AutoML — evaluate every recipe on a holdout, keep the best NDCG@10</source>
        <translation>AutoML — jedes Rezept auf einem Holdout bewerten, das beste NDCG@10 behalten</translation>
    </message>
    <message>
        <location filename="../ui/TrainRecommenderDialog.cpp" line="31" />
        <source>all event types (or e.g. purchase,click)</source>
        <translation>alle Ereignistypen (oder z. B. purchase,click)</translation>
    </message>
    <message>
        <location filename="../ui/TrainRecommenderDialog.cpp" line="32" />
        <source>(automatic)</source>
        <translation>(automatisch)</translation>
    </message>
    <message>
        <location filename="../ui/TrainRecommenderDialog.cpp" line="34" />
        <source>&amp;Interactions:</source>
        <translation>&amp;Interaktionen:</translation>
    </message>
    <message>
        <location filename="../ui/TrainRecommenderDialog.cpp" line="35" />
        <source>Item &amp;metadata:</source>
        <translation>Artikel&amp;metadaten:</translation>
    </message>
    <message>
        <location filename="../ui/TrainRecommenderDialog.cpp" line="36" />
        <source>Re&amp;cipe:</source>
        <translation>Re&amp;zept:</translation>
    </message>
    <message>
        <location filename="../ui/TrainRecommenderDialog.cpp" line="37" />
        <source>&amp;Event types:</source>
        <translation>&amp;Ereignistypen:</translation>
    </message>
    <message>
        <location filename="../ui/TrainRecommenderDialog.cpp" line="38" />
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <location filename="../ui/TrainRecommenderDialog.cpp" line="40" />
        <source>&amp;Train</source>
        <translation>&amp;Trainieren</translation>
    </message>
    <message>
        <location filename="../ui/TrainRecommenderDialog.cpp" line="61" />
        <source>The project has no interactions dataset yet: import one first.</source>
        <translation>Das Projekt hat noch keinen Interaktionsdatensatz: importieren Sie zuerst einen.</translation>
    </message>
    <message>
        <location filename="../ui/TrainRecommenderDialog.cpp" line="65" />
        <source>A recommender with this name exists already.</source>
        <translation>Ein Empfehler mit diesem Namen existiert bereits.</translation>
    </message>
</context>
<context>
    <name>almanac::ui::UserGuideDialog</name>
    <message>
        <location filename="../ui/UserGuide.cpp" line="24" />
        <source>Backtests every recipe and keeps the best, for the dataset, each item or as an average. Start here.</source>
        <translation>Testet jedes Rezept rückwirkend und behält das beste, für den Datensatz, je Artikel oder als Mittel. Beginnen Sie hier.</translation>
    </message>
    <message>
        <location filename="../ui/UserGuide.cpp" line="25" />
        <source>Exponential smoothing: level, trend and season that change slowly. Regular demand with a clear weekly or yearly pattern.</source>
        <translation>Exponentielle Glättung: Niveau, Trend und Saison, die sich langsam ändern. Regelmäßige Nachfrage mit klarem Wochen- oder Jahresmuster.</translation>
    </message>
    <message>
        <location filename="../ui/UserGuide.cpp" line="26" />
        <source>Autocorrelation and differencing; with related series known in advance (prices, promotions) as regressors.</source>
        <translation>Autokorrelation und Differenzen; mit im Voraus bekannten verwandten Reihen (Preise, Aktionen) als Regressoren.</translation>
    </message>
    <message>
        <location filename="../ui/UserGuide.cpp" line="27" />
        <source>A damped trend with a smoothed level: strong on short, trending series (monthly, yearly).</source>
        <translation>Ein gedämpfter Trend mit geglättetem Niveau: stark bei kurzen Reihen mit Trend (monatlich, jährlich).</translation>
    </message>
    <message>
        <location filename="../ui/UserGuide.cpp" line="28" />
        <source>Several seasons at once (hour of day and day of week).</source>
        <translation>Mehrere Saisons zugleich (Tagesstunde und Wochentag).</translation>
    </message>
    <message>
        <location filename="../ui/UserGuide.cpp" line="29" />
        <source>Trend changes, yearly and weekly seasons, holidays and regressors; long daily histories.</source>
        <translation>Trendwechsel, Jahres- und Wochensaison, Feiertage und Regressoren; lange tägliche Historien.</translation>
    </message>
    <message>
        <location filename="../ui/UserGuide.cpp" line="30" />
        <source>Resamples the item's own past: intermittent, lumpy demand where models fail.</source>
        <translation>Zieht Stichproben aus der eigenen Vergangenheit des Artikels: sporadische, sprunghafte Nachfrage, wo Modelle scheitern.</translation>
    </message>
    <message>
        <location filename="../ui/UserGuide.cpp" line="31" />
        <source>The last value, or the value one season ago: the baselines every other recipe must beat.</source>
        <translation>Der letzte Wert oder der Wert eine Saison zuvor: die Vergleichsbasis, die jedes andere Rezept schlagen muss.</translation>
    </message>
    <message>
        <location filename="../ui/UserGuide.cpp" line="32" />
        <source>Global neural networks trained on all items together, with related series and item metadata; new items with no history (cold start). Need hundreds of series and more time.</source>
        <translation>Globale neuronale Netze, auf allen Artikeln zusammen trainiert, mit verwandten Reihen und Artikelmetadaten; neue Artikel ohne Historie (Kaltstart). Brauchen Hunderte von Reihen und mehr Zeit.</translation>
    </message>
    <message>
        <location filename="../ui/UserGuide.cpp" line="34" />
        <source>Recipe</source>
        <translation>Rezept</translation>
    </message>
    <message>
        <location filename="../ui/UserGuide.cpp" line="34" />
        <source>Good for</source>
        <translation>Geeignet für</translation>
    </message>
    <message>
        <location filename="../ui/UserGuide.cpp" line="42" />
        <location filename="../ui/UserGuide.cpp" line="102" />
        <source>Almanac user guide</source>
        <translation>Almanac-Benutzerhandbuch</translation>
    </message>
    <message>
        <location filename="../ui/UserGuide.cpp" line="44" />
        <source>Almanac forecasts demand with a range (p10, p50, p90) and recommends items to users, from your own CSV files. Nothing leaves this computer.</source>
        <translation>Almanac prognostiziert Nachfrage mit einer Spanne (p10, p50, p90) und empfiehlt Nutzern Artikel, aus Ihren eigenen CSV-Dateien. Nichts verlässt diesen Computer.</translation>
    </message>
    <message>
        <location filename="../ui/UserGuide.cpp" line="48" />
        <source>Importing</source>
        <translation>Importieren</translation>
    </message>
    <message>
        <location filename="../ui/UserGuide.cpp" line="48" />
        <source>Recipes</source>
        <translation>Rezepte</translation>
    </message>
    <message>
        <location filename="../ui/UserGuide.cpp" line="48" />
        <source>The band</source>
        <translation>Das Band</translation>
    </message>
    <message>
        <location filename="../ui/UserGuide.cpp" line="48" />
        <source>Metrics</source>
        <translation>Kennzahlen</translation>
    </message>
    <message>
        <location filename="../ui/UserGuide.cpp" line="48" />
        <location filename="../ui/UserGuide.cpp" line="86" />
        <source>Recommendations</source>
        <translation>Empfehlungen</translation>
    </message>
    <message>
        <location filename="../ui/UserGuide.cpp" line="48" />
        <source>Stored models</source>
        <translation>Gespeicherte Modelle</translation>
    </message>
    <message>
        <location filename="../ui/UserGuide.cpp" line="49" />
        <source>Importing a file</source>
        <translation>Eine Datei importieren</translation>
    </message>
    <message>
        <location filename="../ui/UserGuide.cpp" line="50" />
        <source>File ▸ Import CSV… (Ctrl+I), or drop a CSV file on the window. The preview shows how the file is read: delimiter, encoding, decimal separator and date format are detected and can be changed.</source>
        <translation>Datei ▸ CSV importieren… (Strg+I), oder ziehen Sie eine CSV-Datei auf das Fenster. Die Vorschau zeigt, wie die Datei gelesen wird: Trennzeichen, Kodierung, Dezimaltrennzeichen und Datumsformat werden erkannt und lassen sich ändern.</translation>
    </message>
    <message>
        <location filename="../ui/UserGuide.cpp" line="52" />
        <source>Say what the file holds: a &lt;b&gt;target time series&lt;/b&gt; (what to forecast: item, date, quantity), a &lt;b&gt;related time series&lt;/b&gt; (prices, promotions, weather by item and date), &lt;b&gt;item metadata&lt;/b&gt;, or &lt;b&gt;interactions&lt;/b&gt; (user, item, time: for recommendations). Then map each field to a column.</source>
        <translation>Geben Sie an, was die Datei enthält: eine &lt;b&gt;Zielzeitreihe&lt;/b&gt; (was prognostiziert wird: Artikel, Datum, Menge), eine &lt;b&gt;verwandte Zeitreihe&lt;/b&gt; (Preise, Aktionen, Wetter je Artikel und Datum), &lt;b&gt;Artikelmetadaten&lt;/b&gt; oder &lt;b&gt;Interaktionen&lt;/b&gt; (Nutzer, Artikel, Zeit: für Empfehlungen). Ordnen Sie dann jedem Feld eine Spalte zu.</translation>
    </message>
    <message>
        <location filename="../ui/UserGuide.cpp" line="55" />
        <source>Gaps: a day without a row is read as zero sales, but empty cells and long stretches in which no item has a row (a week or more of daily data) stay &lt;i&gt;missing&lt;/i&gt;: the data was not collected then. The validation report counts them; choose Zero if nothing was sold then.</source>
        <translation>Lücken: ein Tag ohne Zeile gilt als null Verkäufe, aber leere Zellen und lange Abschnitte, in denen kein Artikel eine Zeile hat (eine Woche oder mehr bei Tagesdaten), bleiben &lt;i&gt;fehlend&lt;/i&gt;: damals wurden keine Daten erhoben. Der Prüfbericht zählt sie; wählen Sie Null, wenn damals nichts verkauft wurde.</translation>
    </message>
    <message>
        <location filename="../ui/UserGuide.cpp" line="58" />
        <source>Validation reads every row before anything is stored and names the file, row and column of the first problem. Tick "Skip rows with errors" to import the other rows; the report counts and lists the rows left out.</source>
        <translation>Die Prüfung liest jede Zeile, bevor etwas gespeichert wird, und nennt Datei, Zeile und Spalte des ersten Problems. Kreuzen Sie „Zeilen mit Fehlern überspringen“ an, um die übrigen Zeilen zu importieren; der Bericht zählt und listet die ausgelassenen Zeilen.</translation>
    </message>
    <message>
        <location filename="../ui/UserGuide.cpp" line="61" />
        <source>Choosing a recipe</source>
        <translation>Ein Rezept wählen</translation>
    </message>
    <message>
        <location filename="../ui/UserGuide.cpp" line="62" />
        <source>Train ▸ Forecast (Ctrl+T). A recipe is a forecasting method; each is backtested on the last periods of your history, so you can see how it would have done.</source>
        <translation>Trainieren ▸ Prognose (Strg+T). Ein Rezept ist eine Prognosemethode; jedes wird an den letzten Perioden Ihrer Historie rückwirkend getestet, damit Sie sehen, wie es abgeschnitten hätte.</translation>
    </message>
    <message>
        <location filename="../ui/UserGuide.cpp" line="65" />
        <source>The horizon is how many periods ahead to forecast; keep it within a third of the history. Related columns are &lt;i&gt;known in the future&lt;/i&gt; (planned prices, promotions, holidays) or &lt;i&gt;historical only&lt;/i&gt; (observed weather, CPI); the target column itself is never used as a regressor.</source>
        <translation>Der Horizont ist, wie viele Perioden voraus prognostiziert wird; halten Sie ihn unter einem Drittel der Historie. Verwandte Spalten sind &lt;i&gt;in der Zukunft bekannt&lt;/i&gt; (geplante Preise, Aktionen, Feiertage) oder &lt;i&gt;nur historisch&lt;/i&gt; (beobachtetes Wetter, VPI); die Zielspalte selbst wird nie als Regressor verwendet.</translation>
    </message>
    <message>
        <location filename="../ui/UserGuide.cpp" line="68" />
        <source>Reading the band</source>
        <translation>Das Band lesen</translation>
    </message>
    <message>
        <location filename="../ui/UserGuide.cpp" line="69" />
        <source>&lt;b&gt;p50&lt;/b&gt; is the median forecast: half the time the actual value will be lower, half the time higher. &lt;b&gt;p10&lt;/b&gt; and &lt;b&gt;p90&lt;/b&gt; bound the band: about 10% of actual values should fall below p10 and 10% above p90, so 80% inside. Plan safety stock from p90, not from p50.</source>
        <translation>&lt;b&gt;p50&lt;/b&gt; ist die Median-Prognose: in der Hälfte der Fälle liegt der tatsächliche Wert darunter, in der Hälfte darüber. &lt;b&gt;p10&lt;/b&gt; und &lt;b&gt;p90&lt;/b&gt; begrenzen das Band: etwa 10 % der tatsächlichen Werte sollten unter p10 und 10 % über p90 liegen, also 80 % darin. Planen Sie Sicherheitsbestand nach p90, nicht nach p50.</translation>
    </message>
    <message>
        <location filename="../ui/UserGuide.cpp" line="72" />
        <source>A wide band means an uncertain item, not a bad forecast. In the chart, the green line is what the recipe would have forecast for the last periods of the history (the backtest): compare it with what happened.</source>
        <translation>Ein breites Band bedeutet einen unsicheren Artikel, keine schlechte Prognose. Im Diagramm zeigt die grüne Linie, was das Rezept für die letzten Perioden der Historie prognostiziert hätte (der Backtest): vergleichen Sie sie mit dem, was geschah.</translation>
    </message>
    <message>
        <location filename="../ui/UserGuide.cpp" line="75" />
        <source>Reading the metrics</source>
        <translation>Die Kennzahlen lesen</translation>
    </message>
    <message>
        <location filename="../ui/UserGuide.cpp" line="77" />
        <source>&lt;b&gt;Mean wQL&lt;/b&gt; (weighted quantile loss): the error of the whole band, the main score; lower is better. 0.10 means the band misses by about 10% of demand.</source>
        <translation>&lt;b&gt;Mittlerer wQL&lt;/b&gt; (gewichteter Quantilverlust): der Fehler des ganzen Bands, die Hauptkennzahl; niedriger ist besser. 0,10 heißt, das Band verfehlt um etwa 10 % der Nachfrage.</translation>
    </message>
    <message>
        <location filename="../ui/UserGuide.cpp" line="79" />
        <source>&lt;b&gt;WAPE&lt;/b&gt;: the absolute error of p50 as a share of total demand; lower is better.</source>
        <translation>&lt;b&gt;WAPE&lt;/b&gt;: der absolute Fehler von p50 als Anteil der Gesamtnachfrage; niedriger ist besser.</translation>
    </message>
    <message>
        <location filename="../ui/UserGuide.cpp" line="80" />
        <source>&lt;b&gt;MASE&lt;/b&gt;: the error against the seasonal-naive rule; below 1 beats it.</source>
        <translation>&lt;b&gt;MASE&lt;/b&gt;: der Fehler im Vergleich zur saisonal-naiven Regel; unter 1 schlägt sie.</translation>
    </message>
    <message>
        <location filename="../ui/UserGuide.cpp" line="81" />
        <source>&lt;b&gt;RMSE&lt;/b&gt; and &lt;b&gt;MAPE&lt;/b&gt;: the usual point errors (MAPE is unreliable when demand is near zero).</source>
        <translation>&lt;b&gt;RMSE&lt;/b&gt; und &lt;b&gt;MAPE&lt;/b&gt;: die üblichen Punktfehler (MAPE ist unzuverlässig, wenn die Nachfrage nahe null ist).</translation>
    </message>
    <message>
        <location filename="../ui/UserGuide.cpp" line="82" />
        <source>&lt;b&gt;Coverage&lt;/b&gt;: the share of actual values that fell inside the band; it should be near what the band promised (0.8 for p10-p90). Much lower: the band is too narrow.</source>
        <translation>&lt;b&gt;Abdeckung&lt;/b&gt;: der Anteil der tatsächlichen Werte innerhalb des Bands; er sollte nahe dem liegen, was das Band versprach (0,8 für p10-p90). Viel niedriger: das Band ist zu schmal.</translation>
    </message>
    <message>
        <location filename="../ui/UserGuide.cpp" line="84" />
        <source>The forecast explorer shows these per item, by velocity (fast and slow movers) and per recipe; the Runs tab compares every forecast of a dataset.</source>
        <translation>Der Prognose-Explorer zeigt sie je Artikel, nach Umschlag (Schnell- und Langsamdreher) und je Rezept; der Reiter Läufe vergleicht alle Prognosen eines Datensatzes.</translation>
    </message>
    <message>
        <location filename="../ui/UserGuide.cpp" line="87" />
        <source>Train ▸ Recommender (Ctrl+R) on an interactions dataset. The explorer shows a user's history (when, which events) and the recommended items; a filter keeps or removes items by their metadata, e.g. EXCLUDE ItemID WHERE Items.CATEGORY IN ("Books"). Related items are the items most often chosen together; Re-rank orders a list of candidates for one user.</source>
        <translation>Trainieren ▸ Empfehlungssystem (Strg+R) auf einem Interaktionsdatensatz. Der Explorer zeigt die Historie eines Nutzers (wann, welche Ereignisse) und die empfohlenen Artikel; ein Filter behält oder entfernt Artikel nach ihren Metadaten, z. B. EXCLUDE ItemID WHERE Items.CATEGORY IN ("Books"). Verwandte Artikel sind die am häufigsten zusammen gewählten; Neu ordnen sortiert eine Kandidatenliste für einen Nutzer.</translation>
    </message>
    <message>
        <location filename="../ui/UserGuide.cpp" line="91" />
        <source>NDCG@10 measures the recommendations on held-out interactions: higher is better.</source>
        <translation>NDCG@10 misst die Empfehlungen an zurückgehaltenen Interaktionen: höher ist besser.</translation>
    </message>
    <message>
        <location filename="../ui/UserGuide.cpp" line="92" />
        <source>Stored models, monitoring and schedules</source>
        <translation>Gespeicherte Modelle, Überwachung und Zeitpläne</translation>
    </message>
    <message>
        <location filename="../ui/UserGuide.cpp" line="93" />
        <source>A trained forecast keeps its model as a &lt;b&gt;predictor&lt;/b&gt; in the project: forecast again when new data arrive without training again, or retrain it. Monitoring compares each forecast with the actuals that came after it; a warning mark appears when accuracy drifts from the backtest.</source>
        <translation>Eine trainierte Prognose behält ihr Modell als &lt;b&gt;Prädiktor&lt;/b&gt; im Projekt: prognostizieren Sie erneut, wenn neue Daten kommen, ohne neu zu trainieren, oder trainieren Sie ihn neu. Die Überwachung vergleicht jede Prognose mit den danach eingetroffenen Istwerten; ein Warnzeichen erscheint, wenn die Genauigkeit vom Backtest abweicht.</translation>
    </message>
    <message>
        <location filename="../ui/UserGuide.cpp" line="96" />
        <source>Train ▸ Schedules… re-trains or forecasts on a timetable, also when the workbench is closed.</source>
        <translation>Trainieren ▸ Zeitpläne… trainiert oder prognostiziert nach Zeitplan, auch wenn die Werkbank geschlossen ist.</translation>
    </message>
</context>
</TS>