<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="fr">
<context>
    <name>QObject</name>
    <message>
        <location filename="../ui/ForecastExplorer.cpp" line="75" />
        <source>Coverage (of %1)</source>
        <translation>Couverture (sur %1)</translation>
    </message>
    <message>
        <location filename="../ui/ForecastExplorer.cpp" line="80" />
        <source>Mean wQL</source>
        <translation>wQL moyen</translation>
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
        <translation>Couverture</translation>
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
        <translation>Jeu de données %1, domaine %2
%3 lignes, %4 articles</translation>
    </message>
    <message>
        <location filename="../ui/ProjectTreeModel.cpp" line="26" />
        <source>
frequency %1</source>
        <translation>
fréquence %1</translation>
    </message>
    <message>
        <location filename="../ui/ProjectTreeModel.cpp" line="39" />
        <source>Predictor %1 on %2
trained %3 in %4 s</source>
        <translation>Prédicteur %1 sur %2
entraîné %3 en %4 s</translation>
    </message>
    <message>
        <location filename="../ui/ProjectTreeModel.cpp" line="42" />
        <source>
backtest: mean wQL %1, WAPE %2, MASE %3, p10–p90 coverage %4 (nominal 0.8)</source>
        <translation>
backtest : wQL moyen %1, WAPE %2, MASE %3, couverture p10–p90 %4 (nominale 0,8)</translation>
    </message>
    <message>
        <location filename="../ui/ProjectTreeModel.cpp" line="46" />
        <source>
latest monitored mean wQL: %1× the backtest's</source>
        <translation>
dernier wQL moyen surveillé : %1× celui du backtest</translation>
    </message>
    <message>
        <location filename="../ui/ProjectTreeModel.cpp" line="48" />
        <source>
not monitored yet: import newer actuals to score its forecasts</source>
        <translation>
pas encore surveillé : importez des valeurs réelles plus récentes pour évaluer ses prévisions</translation>
    </message>
    <message>
        <location filename="../ui/RenameCommand.cpp" line="10" />
        <source>Rename %1 to %2</source>
        <translation>Renommer %1 en %2</translation>
    </message>
    <message>
        <location filename="../ui/ScreenshotTour.cpp" line="81" />
        <source>Training ets</source>
        <translation>Entraînement d’ets</translation>
    </message>
    <message>
        <location filename="../ui/ScreenshotTour.cpp" line="133" />
        <source>AutoML on %1</source>
        <translation>AutoML sur %1</translation>
    </message>
</context>
<context>
    <name>almanac::ui::CsvPreviewModel</name>
    <message>
        <location filename="../ui/CsvPreviewModel.cpp" line="42" />
        <source>Column '%1', values look like: %2</source>
        <translation>Colonne « %1 », les valeurs ressemblent à : %2</translation>
    </message>
    <message>
        <location filename="../ui/CsvPreviewModel.cpp" line="50" />
        <source>number</source>
        <translation>nombre</translation>
    </message>
    <message>
        <location filename="../ui/CsvPreviewModel.cpp" line="51" />
        <source>date/time</source>
        <translation>date/heure</translation>
    </message>
    <message>
        <location filename="../ui/CsvPreviewModel.cpp" line="52" />
        <source>text</source>
        <translation>texte</translation>
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
        <translation>&amp;Entraîner une prévision sur ce jeu de données…</translation>
    </message>
    <message>
        <location filename="../ui/DatasetView.cpp" line="109" />
        <source>&amp;Rows</source>
        <translation>&amp;Lignes</translation>
    </message>
    <message>
        <location filename="../ui/DatasetView.cpp" line="110" />
        <source>&amp;Series</source>
        <translation>&amp;Séries</translation>
    </message>
    <message>
        <location filename="../ui/DatasetView.cpp" line="124" />
        <source>No dataset is open. Pick one in the project tree on the left, or import a CSV file (File ▸ Import CSV…, Ctrl+I, or drop the file on the window).</source>
        <translation>Aucun jeu de données ouvert. Choisissez-en un dans l'arborescence du projet à gauche, ou importez un fichier CSV (Fichier ▸ Importer un CSV…, Ctrl+I, ou déposez le fichier sur la fenêtre).</translation>
    </message>
    <message>
        <location filename="../ui/DatasetView.cpp" line="137" />
        <source>&lt;b&gt;%1&lt;/b&gt; — %2 dataset, domain %3&lt;br&gt;%4 rows, %5 distinct ids</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; — jeu de données %2, domaine %3&lt;br&gt;%4 lignes, %5 identifiants distincts</translation>
    </message>
    <message>
        <location filename="../ui/DatasetView.cpp" line="141" />
        <source>, frequency %1</source>
        <translation>, fréquence %1</translation>
    </message>
    <message>
        <location filename="../ui/DatasetView.cpp" line="143" />
        <source>&lt;br&gt;From %1 to %2</source>
        <translation>&lt;br&gt;Du %1 au %2</translation>
    </message>
    <message>
        <location filename="../ui/DatasetView.cpp" line="145" />
        <source>&lt;br&gt;Imported from %1</source>
        <translation>&lt;br&gt;Importé depuis %1</translation>
    </message>
</context>
<context>
    <name>almanac::ui::EntityListModel</name>
    <message>
        <location filename="../ui/RecommendationModels.cpp" line="55" />
        <source>User</source>
        <translation>Utilisateur</translation>
    </message>
    <message>
        <location filename="../ui/RecommendationModels.cpp" line="55" />
        <source>Item</source>
        <translation>Article</translation>
    </message>
    <message>
        <location filename="../ui/RecommendationModels.cpp" line="56" />
        <source>Items</source>
        <translation>Articles</translation>
    </message>
    <message>
        <location filename="../ui/RecommendationModels.cpp" line="56" />
        <source>Users</source>
        <translation>Utilisateurs</translation>
    </message>
</context>
<context>
    <name>almanac::ui::ForecastChart</name>
    <message>
        <location filename="../ui/ForecastChart.cpp" line="123" />
        <source>billions</source>
        <translation>milliards</translation>
    </message>
    <message>
        <location filename="../ui/ForecastChart.cpp" line="126" />
        <source>millions</source>
        <translation>millions</translation>
    </message>
    <message>
        <location filename="../ui/ForecastChart.cpp" line="129" />
        <source>thousands</source>
        <translation>milliers</translation>
    </message>
    <message>
        <location filename="../ui/ForecastChart.cpp" line="137" />
        <source>in %1</source>
        <translation>en %1</translation>
    </message>
    <message>
        <location filename="../ui/ForecastChart.cpp" line="154" />
        <source>%1–%2</source>
        <translation>%1–%2</translation>
    </message>
    <message>
        <location filename="../ui/ForecastChart.cpp" line="153" />
        <source>compared %1–%2</source>
        <translation>comparée %1–%2</translation>
    </message>
    <message>
        <location filename="../ui/ForecastChart.cpp" line="164" />
        <source>p50</source>
        <translation>p50</translation>
    </message>
    <message>
        <location filename="../ui/ForecastChart.cpp" line="164" />
        <source>compared p50</source>
        <translation>comparée p50</translation>
    </message>
    <message>
        <location filename="../ui/ForecastChart.cpp" line="170" />
        <source>History</source>
        <translation>Historique</translation>
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
        <translation>%1 — réel %2</translation>
    </message>
    <message>
        <location filename="../ui/ForecastChart.cpp" line="288" />
        <source>, backtest p50 %1</source>
        <translation>, backtest p50 %1</translation>
    </message>
    <message>
        <location filename="../ui/ForecastChart.cpp" line="347" />
        <source>Forecast chart exported by Almanac</source>
        <translation>Graphique de prévision exporté par Almanac</translation>
    </message>
</context>
<context>
    <name>almanac::ui::ForecastExplorer</name>
    <message>
        <location filename="../ui/ForecastExplorer.cpp" line="107" />
        <source>Show &amp;backtest</source>
        <translation>Afficher le &amp;backtest</translation>
    </message>
    <message>
        <location filename="../ui/ForecastExplorer.cpp" line="109" />
        <source>Overlay what the recipe would have forecast for the last periods of the history</source>
        <translation>Superpose ce que la recette aurait prévu pour les dernières périodes de l’historique</translation>
    </message>
    <message>
        <location filename="../ui/ForecastExplorer.cpp" line="111" />
        <source>&amp;Export</source>
        <translation>&amp;Exporter</translation>
    </message>
    <message>
        <location filename="../ui/ForecastExplorer.cpp" line="114" />
        <source>Forecast as CSV or XLSX…</source>
        <translation>Prévision en CSV ou XLSX…</translation>
    </message>
    <message>
        <location filename="../ui/ForecastExplorer.cpp" line="115" />
        <source>Metrics by item as CSV or XLSX…</source>
        <translation>Métriques par article en CSV ou XLSX…</translation>
    </message>
    <message>
        <location filename="../ui/ForecastExplorer.cpp" line="116" />
        <source>Chart as PNG or SVG…</source>
        <translation>Graphique en PNG ou SVG…</translation>
    </message>
    <message>
        <location filename="../ui/ForecastExplorer.cpp" line="119" />
        <source>Forecast:</source>
        <translation>Prévision :</translation>
    </message>
    <message>
        <location filename="../ui/ForecastExplorer.cpp" line="121" />
        <source>Compare with:</source>
        <translation>Comparer avec :</translation>
    </message>
    <message>
        <location filename="../ui/ForecastExplorer.cpp" line="128" />
        <source>Search items…</source>
        <translation>Rechercher des articles…</translation>
    </message>
    <message>
        <location filename="../ui/ForecastExplorer.cpp" line="277" />
        <source>Hover over the chart to read values; drag to zoom, double-click to reset.</source>
        <translation>Survolez le graphique pour lire les valeurs ; faites glisser pour zoomer, double-cliquez pour réinitialiser.</translation>
    </message>
    <message>
        <location filename="../ui/ForecastExplorer.cpp" line="162" />
        <source>This item</source>
        <translation>Cet article</translation>
    </message>
    <message>
        <location filename="../ui/ForecastExplorer.cpp" line="163" />
        <source>By velocity</source>
        <translation>Par rotation</translation>
    </message>
    <message>
        <location filename="../ui/ForecastExplorer.cpp" line="164" />
        <source>Leaderboard</source>
        <translation>Classement</translation>
    </message>
    <message>
        <location filename="../ui/ForecastExplorer.cpp" line="166" />
        <source>Runs</source>
        <translation>Exécutions</translation>
    </message>
    <message>
        <location filename="../ui/ForecastExplorer.cpp" line="253" />
        <source>(nothing)</source>
        <translation>(rien)</translation>
    </message>
    <message>
        <location filename="../ui/ForecastExplorer.cpp" line="295" />
        <source>Forecast</source>
        <translation>Prévision</translation>
    </message>
    <message>
        <location filename="../ui/ForecastExplorer.cpp" line="295" />
        <source>Cannot open forecast '%1': %2</source>
        <translation>Impossible d’ouvrir la prévision « %1 » : %2</translation>
    </message>
    <message>
        <location filename="../ui/ForecastExplorer.cpp" line="300" />
        <source>Comparing with forecast %1</source>
        <translation>Comparaison avec la prévision %1</translation>
    </message>
    <message>
        <location filename="../ui/ForecastExplorer.cpp" line="314" />
        <source>Opened forecast %1: %2 series</source>
        <translation>Prévision %1 ouverte : %2 séries</translation>
    </message>
    <message>
        <location filename="../ui/ForecastExplorer.cpp" line="317" />
        <source>Opening forecast %1…</source>
        <translation>Ouverture de la prévision %1…</translation>
    </message>
    <message>
        <location filename="../ui/ForecastExplorer.cpp" line="385" />
        <source>Metric</source>
        <translation>Métrique</translation>
    </message>
    <message>
        <location filename="../ui/ForecastExplorer.cpp" line="385" />
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <location filename="../ui/ForecastExplorer.cpp" line="387" />
        <source>Mean wQL</source>
        <translation>wQL moyen</translation>
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
        <translation>Demande moyenne</translation>
    </message>
    <message>
        <location filename="../ui/ForecastExplorer.cpp" line="391" />
        <source>n/a</source>
        <translation>n/d</translation>
    </message>
    <message>
        <location filename="../ui/ForecastExplorer.cpp" line="392" />
        <location filename="../ui/ForecastExplorer.cpp" line="461" />
        <source>Recipe</source>
        <translation>Recette</translation>
    </message>
    <message>
        <location filename="../ui/ForecastExplorer.cpp" line="393" />
        <location filename="../ui/ForecastExplorer.cpp" line="460" />
        <source>Velocity</source>
        <translation>Rotation</translation>
    </message>
    <message>
        <location filename="../ui/ForecastExplorer.cpp" line="407" />
        <source>Forecast %1 has no series for this item.</source>
        <translation>La prévision %1 n’a pas de série pour cet article.</translation>
    </message>
    <message>
        <location filename="../ui/ForecastExplorer.cpp" line="468" />
        <source>all items</source>
        <translation>tous les articles</translation>
    </message>
    <message>
        <location filename="../ui/ForecastExplorer.cpp" line="479" />
        <source>%1 series · recipe %2 · horizon %3 · frequency %4 · trained %5</source>
        <translation>%1 séries · recette %2 · horizon %3 · fréquence %4 · entraînée le %5</translation>
    </message>
    <message>
        <location filename="../ui/ForecastExplorer.cpp" line="494" />
        <source>Written to %1</source>
        <translation>Écrit dans %1</translation>
    </message>
    <message>
        <location filename="../ui/ForecastExplorer.cpp" line="497" />
        <source>Writing %1…</source>
        <translation>Écriture de %1…</translation>
    </message>
    <message>
        <location filename="../ui/ForecastExplorer.cpp" line="541" />
        <source>Export forecast</source>
        <translation>Exporter la prévision</translation>
    </message>
    <message>
        <location filename="../ui/ForecastExplorer.cpp" line="542" />
        <location filename="../ui/ForecastExplorer.cpp" line="552" />
        <source>Excel workbook (*.xlsx);;CSV (*.csv)</source>
        <translation>Classeur Excel (*.xlsx);;CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../ui/ForecastExplorer.cpp" line="566" />
        <source>Export</source>
        <translation>Exporter</translation>
    </message>
    <message>
        <location filename="../ui/ForecastExplorer.cpp" line="551" />
        <source>Export metrics</source>
        <translation>Exporter les métriques</translation>
    </message>
    <message>
        <location filename="../ui/ForecastExplorer.cpp" line="561" />
        <source>Export chart</source>
        <translation>Exporter le graphique</translation>
    </message>
    <message>
        <location filename="../ui/ForecastExplorer.cpp" line="562" />
        <source>PNG image (*.png);;SVG drawing (*.svg)</source>
        <translation>Image PNG (*.png);;Dessin SVG (*.svg)</translation>
    </message>
    <message>
        <location filename="../ui/ForecastExplorer.cpp" line="566" />
        <source>Cannot write %1</source>
        <translation>Impossible d’écrire %1</translation>
    </message>
    <message>
        <location filename="../ui/ForecastExplorer.cpp" line="567" />
        <source>Chart written to %1</source>
        <translation>Graphique écrit dans %1</translation>
    </message>
</context>
<context>
    <name>almanac::ui::ForecastItemModel</name>
    <message>
        <location filename="../ui/ForecastItemModel.cpp" line="72" />
        <source>high</source>
        <translation>élevée</translation>
    </message>
    <message>
        <location filename="../ui/ForecastItemModel.cpp" line="72" />
        <source>medium</source>
        <translation>moyenne</translation>
    </message>
    <message>
        <location filename="../ui/ForecastItemModel.cpp" line="73" />
        <source>low</source>
        <translation>faible</translation>
    </message>
    <message>
        <location filename="../ui/ForecastItemModel.cpp" line="155" />
        <source>Items grouped by mean demand: the top fifth high, the next 30% medium, the rest low</source>
        <translation>Articles regroupés par demande moyenne : le cinquième supérieur élevée, les 30 % suivants moyenne, le reste faible</translation>
    </message>
    <message>
        <location filename="../ui/ForecastItemModel.cpp" line="156" />
        <source>Mean weighted quantile loss on the backtest (lower is better)</source>
        <translation>Perte quantile pondérée moyenne sur le backtest (plus bas est meilleur)</translation>
    </message>
    <message>
        <location filename="../ui/ForecastItemModel.cpp" line="157" />
        <source>Weighted absolute percentage error on the backtest</source>
        <translation>Erreur absolue en pourcentage pondérée sur le backtest</translation>
    </message>
    <message>
        <location filename="../ui/ForecastItemModel.cpp" line="158" />
        <source>Mean absolute scaled error on the backtest</source>
        <translation>Erreur absolue moyenne normalisée sur le backtest</translation>
    </message>
    <message>
        <location filename="../ui/ForecastItemModel.cpp" line="161" />
        <source>Share of backtest actuals inside the outer quantiles; the band promises %1</source>
        <translation>Part des valeurs réelles du backtest dans les quantiles extrêmes ; la bande promet %1</translation>
    </message>
    <message>
        <location filename="../ui/ForecastItemModel.cpp" line="163" />
        <source>Share of backtest actuals inside the outer quantiles</source>
        <translation>Part des valeurs réelles du backtest entre les quantiles extrêmes</translation>
    </message>
    <message>
        <location filename="../ui/ForecastItemModel.cpp" line="169" />
        <source>Item</source>
        <translation>Article</translation>
    </message>
    <message>
        <location filename="../ui/ForecastItemModel.cpp" line="170" />
        <source>Dimensions</source>
        <translation>Dimensions</translation>
    </message>
    <message>
        <location filename="../ui/ForecastItemModel.cpp" line="171" />
        <source>Velocity</source>
        <translation>Rotation</translation>
    </message>
    <message>
        <location filename="../ui/ForecastItemModel.cpp" line="172" />
        <source>Mean demand</source>
        <translation>Demande moyenne</translation>
    </message>
    <message>
        <location filename="../ui/ForecastItemModel.cpp" line="173" />
        <source>Mean wQL</source>
        <translation>wQL moyen</translation>
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
        <translation>Couverture (sur %1)</translation>
    </message>
    <message>
        <location filename="../ui/ForecastItemModel.cpp" line="179" />
        <source>Coverage</source>
        <translation>Couverture</translation>
    </message>
    <message>
        <location filename="../ui/ForecastItemModel.cpp" line="180" />
        <source>Recipe</source>
        <translation>Recette</translation>
    </message>
</context>
<context>
    <name>almanac::ui::ForecastRunsPanel</name>
    <message>
        <location filename="../ui/ForecastRunsPanel.cpp" line="84" />
        <source>Double-click a run to compare the shown forecast with it</source>
        <translation>Double-cliquez sur une exécution pour y comparer la prévision affichée</translation>
    </message>
    <message>
        <location filename="../ui/ForecastRunsPanel.cpp" line="150" />
        <source>Forecast</source>
        <translation>Prévision</translation>
    </message>
    <message>
        <location filename="../ui/ForecastRunsPanel.cpp" line="150" />
        <source>Recipe</source>
        <translation>Recette</translation>
    </message>
    <message>
        <location filename="../ui/ForecastRunsPanel.cpp" line="150" />
        <source>Horizon</source>
        <translation>Horizon</translation>
    </message>
    <message>
        <location filename="../ui/ForecastRunsPanel.cpp" line="150" />
        <source>Created</source>
        <translation>Créée</translation>
    </message>
    <message>
        <location filename="../ui/ForecastRunsPanel.cpp" line="150" />
        <source>Mean wQL</source>
        <translation>wQL moyen</translation>
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
        <translation>Couverture</translation>
    </message>
    <message>
        <location filename="../ui/ForecastRunsPanel.cpp" line="168" />
        <source>The band promised %1</source>
        <translation>La bande promettait %1</translation>
    </message>
    <message>
        <location filename="../ui/ForecastRunsPanel.cpp" line="177" />
        <source>Choose a forecast to compare with (above, or double-click a run) to see the two side by side.</source>
        <translation>Choisissez une prévision à comparer (ci-dessus, ou double-clic sur une exécution) pour voir les deux côte à côte.</translation>
    </message>
    <message>
        <location filename="../ui/ForecastRunsPanel.cpp" line="179" />
        <source>This dataset has one forecast; train another recipe to compare runs.</source>
        <translation>Ce jeu de données a une prévision ; entraînez une autre recette pour comparer les exécutions.</translation>
    </message>
    <message>
        <location filename="../ui/ForecastRunsPanel.cpp" line="188" />
        <source>%1 %2 vs %3%4</source>
        <translation>%1 %2 contre %3%4</translation>
    </message>
    <message>
        <location filename="../ui/ForecastRunsPanel.cpp" line="191" />
        <source>mean wQL</source>
        <translation>wQL moyen</translation>
    </message>
    <message>
        <location filename="../ui/ForecastRunsPanel.cpp" line="193" />
        <source>coverage (of %1)</source>
        <translation>couverture (sur %1)</translation>
    </message>
    <message>
        <location filename="../ui/ForecastRunsPanel.cpp" line="194" />
        <source>&lt;b&gt;%1&lt;/b&gt; vs &lt;b&gt;%2&lt;/b&gt; on their backtests: %3</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; contre &lt;b&gt;%2&lt;/b&gt; sur leurs backtests : %3</translation>
    </message>
    <message>
        <location filename="../ui/ForecastRunsPanel.cpp" line="201" />
        <source>the forecast shown</source>
        <translation>la prévision affichée</translation>
    </message>
    <message>
        <location filename="../ui/ForecastRunsPanel.cpp" line="201" />
        <source>the forecast compared</source>
        <translation>la prévision comparée</translation>
    </message>
</context>
<context>
    <name>almanac::ui::ImportWizard</name>
    <message>
        <location filename="../ui/ImportWizard.cpp" line="70" />
        <source>Import a dataset</source>
        <translation>Importer un jeu de données</translation>
    </message>
    <message>
        <location filename="../ui/ImportWizard.cpp" line="87" />
        <source>Choose a CSV file</source>
        <translation>Choisir un fichier CSV</translation>
    </message>
    <message>
        <location filename="../ui/ImportWizard.cpp" line="88" />
        <source>Pick the file to import, or drop it on this window.</source>
        <translation>Choisissez le fichier à importer, ou déposez-le sur cette fenêtre.</translation>
    </message>
    <message>
        <location filename="../ui/ImportWizard.cpp" line="91" />
        <source>Path to a .csv file</source>
        <translation>Chemin d’un fichier .csv</translation>
    </message>
    <message>
        <location filename="../ui/ImportWizard.cpp" line="92" />
        <source>&amp;Browse…</source>
        <translation>&amp;Parcourir…</translation>
    </message>
    <message>
        <location filename="../ui/ImportWizard.cpp" line="95" />
        <source>Import CSV</source>
        <translation>Importer un CSV</translation>
    </message>
    <message>
        <location filename="../ui/ImportWizard.cpp" line="95" />
        <source>CSV files (*.csv *.txt *.tsv);;All files (*)</source>
        <translation>Fichiers CSV (*.csv *.txt *.tsv);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location filename="../ui/ImportWizard.cpp" line="105" />
        <source>Target and related time series, item metadata, interactions and users can be imported. Delimiter, encoding, decimal separator and date format are detected on the next page.</source>
        <translation>Séries temporelles cibles et associées, métadonnées d’articles, interactions et utilisateurs peuvent être importés. Le séparateur, l’encodage, le séparateur décimal et le format de date sont détectés à la page suivante.</translation>
    </message>
    <message>
        <location filename="../ui/ImportWizard.cpp" line="118" />
        <source>Format and preview</source>
        <translation>Format et aperçu</translation>
    </message>
    <message>
        <location filename="../ui/ImportWizard.cpp" line="119" />
        <source>Check what was detected; change it where the preview looks wrong.</source>
        <translation>Vérifiez ce qui a été détecté ; corrigez-le si l’aperçu semble faux.</translation>
    </message>
    <message>
        <location filename="../ui/ImportWizard.cpp" line="121" />
        <location filename="../ui/ImportWizard.cpp" line="127" />
        <location filename="../ui/ImportWizard.cpp" line="131" />
        <source>Detect</source>
        <translation>Détecter</translation>
    </message>
    <message>
        <location filename="../ui/ImportWizard.cpp" line="122" />
        <source>Comma ( , )</source>
        <translation>Virgule ( , )</translation>
    </message>
    <message>
        <location filename="../ui/ImportWizard.cpp" line="123" />
        <source>Semicolon ( ; )</source>
        <translation>Point-virgule ( ; )</translation>
    </message>
    <message>
        <location filename="../ui/ImportWizard.cpp" line="124" />
        <source>Tab</source>
        <translation>Tabulation</translation>
    </message>
    <message>
        <location filename="../ui/ImportWizard.cpp" line="125" />
        <source>Pipe ( | )</source>
        <translation>Barre verticale ( | )</translation>
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
        <translation>Windows-1252 (Europe occidentale)</translation>
    </message>
    <message>
        <location filename="../ui/ImportWizard.cpp" line="132" />
        <source>Point (1234.5)</source>
        <translation>Point (1234.5)</translation>
    </message>
    <message>
        <location filename="../ui/ImportWizard.cpp" line="133" />
        <source>Comma (1234,5)</source>
        <translation>Virgule (1234,5)</translation>
    </message>
    <message>
        <location filename="../ui/ImportWizard.cpp" line="147" />
        <source>&amp;Delimiter:</source>
        <translation>&amp;Séparateur :</translation>
    </message>
    <message>
        <location filename="../ui/ImportWizard.cpp" line="148" />
        <source>&amp;Encoding:</source>
        <translation>&amp;Encodage :</translation>
    </message>
    <message>
        <location filename="../ui/ImportWizard.cpp" line="149" />
        <source>Decimal &amp;separator:</source>
        <translation>Séparateur &amp;décimal :</translation>
    </message>
    <message>
        <location filename="../ui/ImportWizard.cpp" line="160" />
        <source>Dataset and columns</source>
        <translation>Jeu de données et colonnes</translation>
    </message>
    <message>
        <location filename="../ui/ImportWizard.cpp" line="161" />
        <source>Say what the file holds and which column fills each field. Fields marked * are required.</source>
        <translation>Indiquez ce que contient le fichier et quelle colonne remplit chaque champ. Les champs marqués * sont obligatoires.</translation>
    </message>
    <message>
        <location filename="../ui/ImportWizard.cpp" line="162" />
        <source>The choices made for the last file with these columns were applied; change them if this file differs.</source>
        <translation>Les choix faits pour le dernier fichier ayant ces colonnes ont été appliqués ; modifiez-les si ce fichier diffère.</translation>
    </message>
    <message>
        <location filename="../ui/ImportWizard.cpp" line="172" />
        <source>Target time series (what to forecast)</source>
        <translation>Série temporelle cible (ce qu’on prévoit)</translation>
    </message>
    <message>
        <location filename="../ui/ImportWizard.cpp" line="173" />
        <source>Related time series (prices, promotions…)</source>
        <translation>Série temporelle associée (prix, promotions…)</translation>
    </message>
    <message>
        <location filename="../ui/ImportWizard.cpp" line="174" />
        <source>Item metadata</source>
        <translation>Métadonnées d’articles</translation>
    </message>
    <message>
        <location filename="../ui/ImportWizard.cpp" line="174" />
        <source>Interactions (user–item events)</source>
        <translation>Interactions (événements utilisateur–article)</translation>
    </message>
    <message>
        <location filename="../ui/ImportWizard.cpp" line="175" />
        <source>Users</source>
        <translation>Utilisateurs</translation>
    </message>
    <message>
        <location filename="../ui/ImportWizard.cpp" line="184" />
        <source>Field</source>
        <translation>Champ</translation>
    </message>
    <message>
        <location filename="../ui/ImportWizard.cpp" line="184" />
        <source>Column in the file</source>
        <translation>Colonne du fichier</translation>
    </message>
    <message>
        <location filename="../ui/ImportWizard.cpp" line="184" />
        <source>Expected</source>
        <translation>Attendu</translation>
    </message>
    <message>
        <location filename="../ui/ImportWizard.cpp" line="190" />
        <source>Extra columns that identify a series together with the item (store, region…)</source>
        <translation>Colonnes supplémentaires qui identifient une série avec l’article (magasin, région…)</translation>
    </message>
    <message>
        <location filename="../ui/ImportWizard.cpp" line="191" />
        <source>&amp;Skip rows with errors (they are counted, and the first listed)</source>
        <translation>&amp;Ignorer les lignes erronées (elles sont comptées, les premières listées)</translation>
    </message>
    <message>
        <location filename="../ui/ImportWizard.cpp" line="196" />
        <source>Detect from the data</source>
        <translation>Détecter à partir des données</translation>
    </message>
    <message>
        <location filename="../ui/ImportWizard.cpp" line="198" />
        <source>15 minutes</source>
        <translation>15 minutes</translation>
    </message>
    <message>
        <location filename="../ui/ImportWizard.cpp" line="198" />
        <source>30 minutes</source>
        <translation>30 minutes</translation>
    </message>
    <message>
        <location filename="../ui/ImportWizard.cpp" line="198" />
        <source>Hourly</source>
        <translation>Horaire</translation>
    </message>
    <message>
        <location filename="../ui/ImportWizard.cpp" line="199" />
        <source>Daily</source>
        <translation>Quotidienne</translation>
    </message>
    <message>
        <location filename="../ui/ImportWizard.cpp" line="199" />
        <source>Weekly</source>
        <translation>Hebdomadaire</translation>
    </message>
    <message>
        <location filename="../ui/ImportWizard.cpp" line="199" />
        <source>Monthly</source>
        <translation>Mensuelle</translation>
    </message>
    <message>
        <location filename="../ui/ImportWizard.cpp" line="200" />
        <source>Quarterly</source>
        <translation>Trimestrielle</translation>
    </message>
    <message>
        <location filename="../ui/ImportWizard.cpp" line="200" />
        <source>Yearly</source>
        <translation>Annuelle</translation>
    </message>
    <message>
        <location filename="../ui/ImportWizard.cpp" line="204" />
        <source>Sum</source>
        <translation>Somme</translation>
    </message>
    <message>
        <location filename="../ui/ImportWizard.cpp" line="205" />
        <source>Average</source>
        <translation>Moyenne</translation>
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
        <translation>Automatique : zéro, mais cellules vides et longues lacunes de tout le fichier manquantes</translation>
    </message>
    <message>
        <location filename="../ui/ImportWizard.cpp" line="212" />
        <source>Zero</source>
        <translation>Zéro</translation>
    </message>
    <message>
        <location filename="../ui/ImportWizard.cpp" line="213" />
        <source>Missing (NaN)</source>
        <translation>Manquant (NaN)</translation>
    </message>
    <message>
        <location filename="../ui/ImportWizard.cpp" line="214" />
        <source>Mean</source>
        <translation>Moyenne</translation>
    </message>
    <message>
        <location filename="../ui/ImportWizard.cpp" line="215" />
        <source>Median</source>
        <translation>Médiane</translation>
    </message>
    <message>
        <location filename="../ui/ImportWizard.cpp" line="216" />
        <source>Last value</source>
        <translation>Dernière valeur</translation>
    </message>
    <message>
        <location filename="../ui/ImportWizard.cpp" line="226" />
        <source>Dataset &amp;type:</source>
        <translation>&amp;Type de jeu de données :</translation>
    </message>
    <message>
        <location filename="../ui/ImportWizard.cpp" line="227" />
        <source>&amp;Domain:</source>
        <translation>&amp;Domaine :</translation>
    </message>
    <message>
        <location filename="../ui/ImportWizard.cpp" line="228" />
        <source>&amp;Name:</source>
        <translation>&amp;Nom :</translation>
    </message>
    <message>
        <location filename="../ui/ImportWizard.cpp" line="230" />
        <source>&amp;Frequency:</source>
        <translation>&amp;Fréquence :</translation>
    </message>
    <message>
        <location filename="../ui/ImportWizard.cpp" line="231" />
        <source>Several rows per period: &amp;combine by</source>
        <translation>Plusieurs lignes par période : &amp;combiner par</translation>
    </message>
    <message>
        <location filename="../ui/ImportWizard.cpp" line="232" />
        <source>&amp;Gaps inside a series:</source>
        <translation>&amp;Trous dans une série :</translation>
    </message>
    <message>
        <location filename="../ui/ImportWizard.cpp" line="233" />
        <source>Series ending &amp;early:</source>
        <translation>Séries finissant &amp;tôt :</translation>
    </message>
    <message>
        <location filename="../ui/ImportWizard.cpp" line="238" />
        <source>Dimensions (optional):</source>
        <translation>Dimensions (facultatif) :</translation>
    </message>
    <message>
        <location filename="../ui/ImportWizard.cpp" line="249" />
        <source>Validate</source>
        <translation>Valider</translation>
    </message>
    <message>
        <location filename="../ui/ImportWizard.cpp" line="250" />
        <source>Every row is read and checked; nothing is written to the project until you press Finish.</source>
        <translation>Chaque ligne est lue et vérifiée ; rien n’est écrit dans le projet avant que vous cliquiez sur Terminer.</translation>
    </message>
    <message>
        <location filename="../ui/ImportWizard.cpp" line="253" />
        <source>Cancel validation</source>
        <translation>Annuler la validation</translation>
    </message>
    <message>
        <location filename="../ui/ImportWizard.cpp" line="270" />
        <source>Cancelled</source>
        <translation>Annulé</translation>
    </message>
    <message>
        <location filename="../ui/ImportWizard.cpp" line="270" />
        <source>Failed</source>
        <translation>Échec</translation>
    </message>
    <message>
        <location filename="../ui/ImportWizard.cpp" line="271" />
        <source>Validation cancelled.</source>
        <translation>Validation annulée.</translation>
    </message>
    <message>
        <location filename="../ui/ImportWizard.cpp" line="272" />
        <source>The file cannot be imported:
%1

Fix the file, or go Back and choose "Skip rows with errors" to import the other rows.</source>
        <translation>Le fichier ne peut pas être importé :
%1

Corrigez le fichier, ou revenez en arrière et choisissez « Ignorer les lignes erronées » pour importer les autres lignes.</translation>
    </message>
    <message>
        <location filename="../ui/ImportWizard.cpp" line="281" />
        <source>Ready to import %1 rows as '%2'.</source>
        <translation>Prêt à importer %1 lignes sous le nom « %2 ».</translation>
    </message>
    <message>
        <location filename="../ui/ImportWizard.cpp" line="283" />
        <source>  %1 ← column '%2' (%3)</source>
        <translation>  %1 ← colonne « %2 » (%3)</translation>
    </message>
    <message>
        <location filename="../ui/ImportWizard.cpp" line="287" />
        <source>Skipped %1 rows with errors (not imported). The first:</source>
        <translation>%1 lignes erronées ignorées (non importées). Les premières :</translation>
    </message>
    <message>
        <location filename="../ui/ImportWizard.cpp" line="291" />
        <source>  … and %1 more</source>
        <translation>  … et %1 de plus</translation>
    </message>
    <message>
        <location filename="../ui/ImportWizard.cpp" line="296" />
        <source>Columns not imported: %1</source>
        <translation>Colonnes non importées : %1</translation>
    </message>
    <message>
        <location filename="../ui/ImportWizard.cpp" line="300" />
        <source>Distinct ids: %1</source>
        <translation>Identifiants distincts : %1</translation>
    </message>
    <message>
        <location filename="../ui/ImportWizard.cpp" line="303" />
        <source>Time range: %1 to %2</source>
        <translation>Période : du %1 au %2</translation>
    </message>
    <message>
        <location filename="../ui/ImportWizard.cpp" line="306" />
        <source>Frequency: %1</source>
        <translation>Fréquence : %1</translation>
    </message>
    <message>
        <location filename="../ui/ImportWizard.cpp" line="308" />
        <source>%1 series of up to %2 periods</source>
        <translation>%1 séries d’au plus %2 périodes</translation>
    </message>
    <message>
        <location filename="../ui/ImportWizard.cpp" line="326" />
        <source>Gaps in the whole file: %1 periods in %2 stretches have no row for any series (the longest: %3 periods, %4 to %5).</source>
        <translation>Lacunes de tout le fichier : %1 périodes en %2 tronçons n’ont de ligne pour aucune série (la plus longue : %3 périodes, du %4 au %5).</translation>
    </message>
    <message>
        <location filename="../ui/ImportWizard.cpp" line="331" />
        <source>  They are kept as missing values, not zero demand: the recipes skip or bridge them. If nothing was sold then, go Back and choose Zero for gaps.</source>
        <translation>  Elles restent des valeurs manquantes, pas une demande nulle : les recettes les sautent ou les comblent. Si rien n’a été vendu alors, revenez en arrière et choisissez Zéro pour les lacunes.</translation>
    </message>
    <message>
        <location filename="../ui/ImportWizard.cpp" line="333" />
        <source>  The rule chosen for gaps fills them; if the data was simply not collected then, go Back and choose Automatic.</source>
        <translation>  La règle choisie pour les lacunes les remplit ; si les données n’ont simplement pas été collectées alors, revenez en arrière et choisissez Automatique.</translation>
    </message>
    <message>
        <location filename="../ui/ImportWizard.cpp" line="337" />
        <source>Empty target cells: %1 periods (%2).</source>
        <translation>Cellules cibles vides : %1 périodes (%2).</translation>
    </message>
    <message>
        <location filename="../ui/ImportWizard.cpp" line="339" />
        <source>kept as missing values</source>
        <translation>gardées comme valeurs manquantes</translation>
    </message>
    <message>
        <location filename="../ui/ImportWizard.cpp" line="339" />
        <source>filled by the rule chosen for gaps</source>
        <translation>remplies par la règle choisie pour les lacunes</translation>
    </message>
    <message>
        <location filename="../ui/ImportWizard.cpp" line="341" />
        <source>Periods without a row inside a series: %1 (filled by the rule chosen for gaps%2).</source>
        <translation>Périodes sans ligne dans une série : %1 (remplies par la règle choisie pour les lacunes%2).</translation>
    </message>
    <message>
        <location filename="../ui/ImportWizard.cpp" line="343" />
        <source>: zero, nothing recorded</source>
        <translation> : zéro, rien d’enregistré</translation>
    </message>
    <message>
        <location filename="../ui/ImportWizard.cpp" line="344" />
        <source>No gaps: every series has a value in every period.</source>
        <translation>Aucune lacune : chaque série a une valeur à chaque période.</translation>
    </message>
    <message>
        <location filename="../ui/ImportWizard.cpp" line="441" />
        <source>No such file</source>
        <translation>Fichier introuvable</translation>
    </message>
    <message>
        <location filename="../ui/ImportWizard.cpp" line="449" />
        <source>Give the dataset a name</source>
        <translation>Donnez un nom au jeu de données</translation>
    </message>
    <message>
        <location filename="../ui/ImportWizard.cpp" line="449" />
        <source>A dataset with this name exists</source>
        <translation>Un jeu de données de ce nom existe déjà</translation>
    </message>
    <message>
        <location filename="../ui/ImportWizard.cpp" line="514" />
        <source>Cannot read the file: %1</source>
        <translation>Impossible de lire le fichier : %1</translation>
    </message>
    <message>
        <location filename="../ui/ImportWizard.cpp" line="518" />
        <source>Detected: delimiter %1, encoding %2, decimal %3, dates %4; %5 columns, %6 KB.</source>
        <translation>Détecté : séparateur %1, encodage %2, décimale %3, dates %4 ; %5 colonnes, %6 Ko.</translation>
    </message>
    <message>
        <location filename="../ui/ImportWizard.cpp" line="520" />
        <source>Windows-1252</source>
        <translation>Windows-1252</translation>
    </message>
    <message>
        <location filename="../ui/ImportWizard.cpp" line="521" />
        <source>comma</source>
        <translation>virgule</translation>
    </message>
    <message>
        <location filename="../ui/ImportWizard.cpp" line="521" />
        <source>point</source>
        <translation>point</translation>
    </message>
    <message>
        <location filename="../ui/ImportWizard.cpp" line="566" />
        <source>(not in the file)</source>
        <translation>(absent du fichier)</translation>
    </message>
    <message>
        <location filename="../ui/ImportWizard.cpp" line="601" />
        <source>Reading every row…</source>
        <translation>Lecture de chaque ligne…</translation>
    </message>
    <message>
        <location filename="../ui/ImportWizard.cpp" line="614" />
        <source>Validating %1</source>
        <translation>Validation de %1</translation>
    </message>
</context>
<context>
    <name>almanac::ui::JobsPanel</name>
    <message>
        <location filename="../ui/JobsPanel.cpp" line="28" />
        <location filename="../ui/JobsPanel.cpp" line="90" />
        <source>No job running</source>
        <translation>Aucune tâche en cours</translation>
    </message>
    <message>
        <location filename="../ui/JobsPanel.cpp" line="37" />
        <source>&amp;Cancel</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <location filename="../ui/JobsPanel.cpp" line="56" />
        <source>Finished in this session:</source>
        <translation>Terminées pendant cette session :</translation>
    </message>
    <message>
        <location filename="../ui/JobsPanel.cpp" line="60" />
        <source>Cancelling…</source>
        <translation>Annulation…</translation>
    </message>
    <message>
        <location filename="../ui/JobsPanel.cpp" line="82" />
        <source>Took %1</source>
        <translation>Durée %1</translation>
    </message>
    <message>
        <location filename="../ui/JobsPanel.cpp" line="83" />
        <source>done</source>
        <translation>terminée</translation>
    </message>
    <message>
        <location filename="../ui/JobsPanel.cpp" line="83" />
        <source>cancelled</source>
        <translation>annulée</translation>
    </message>
    <message>
        <location filename="../ui/JobsPanel.cpp" line="83" />
        <source>failed: %1</source>
        <translation>échec : %1</translation>
    </message>
    <message>
        <location filename="../ui/JobsPanel.cpp" line="87" />
        <source>%1 — %2 — %3 (%4)</source>
        <translation>%1 — %2 — %3 (%4)</translation>
    </message>
    <message>
        <location filename="../ui/JobsPanel.cpp" line="97" />
        <source>Elapsed %1 · about %2 left</source>
        <translation>Écoulé %1 · environ %2 restant</translation>
    </message>
    <message>
        <location filename="../ui/JobsPanel.cpp" line="98" />
        <source>Elapsed %1</source>
        <translation>Écoulé %1</translation>
    </message>
</context>
<context>
    <name>almanac::ui::LiveMetricChart</name>
    <message>
        <location filename="../ui/LiveMetricChart.cpp" line="24" />
        <source>candidate</source>
        <translation>candidat</translation>
    </message>
    <message>
        <location filename="../ui/LiveMetricChart.cpp" line="25" />
        <source>best so far</source>
        <translation>meilleur jusqu’ici</translation>
    </message>
    <message>
        <location filename="../ui/LiveMetricChart.cpp" line="53" />
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <location filename="../ui/LiveMetricChart.cpp" line="65" />
        <source>Training metric</source>
        <translation>Métrique d’entraînement</translation>
    </message>
    <message>
        <location filename="../ui/LiveMetricChart.cpp" line="76" />
        <source>%1 by trial (higher is better)</source>
        <translation>%1 par essai (plus haut est meilleur)</translation>
    </message>
    <message>
        <location filename="../ui/LiveMetricChart.cpp" line="76" />
        <source>%1 by trial (lower is better)</source>
        <translation>%1 par essai (plus bas est meilleur)</translation>
    </message>
</context>
<context>
    <name>almanac::ui::MainWindow</name>
    <message>
        <location filename="../ui/MainWindow.cpp" line="56" />
        <source>Start</source>
        <translation>Début</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="57" />
        <source>Data</source>
        <translation>Données</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="58" />
        <source>Forecasts</source>
        <translation>Prévisions</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="59" />
        <source>Recommendations</source>
        <translation>Recommandations</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="63" />
        <source>Ready</source>
        <translation>Prêt</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="78" />
        <source>%1: %2 (%3%)</source>
        <translation>%1 : %2 (%3 %)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="106" />
        <source>Open</source>
        <translation>Ouvrir</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="109" />
        <source>Forecast again with the current data</source>
        <translation>Prévoir à nouveau avec les données actuelles</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="110" />
        <source>Retrain</source>
        <translation>Réentraîner</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="111" />
        <source>Monitoring…</source>
        <translation>Surveillance…</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="114" />
        <source>Rename…</source>
        <translation>Renommer…</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="115" />
        <source>Delete…</source>
        <translation>Supprimer…</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="118" />
        <source>Project</source>
        <translation>Projet</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="124" />
        <source>Jobs</source>
        <translation>Tâches</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="133" />
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="134" />
        <source>&amp;New project…</source>
        <translation>&amp;Nouveau projet…</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="135" />
        <source>&amp;Open project…</source>
        <translation>&amp;Ouvrir un projet…</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="136" />
        <source>Open the &amp;sample project</source>
        <translation>Ouvrir le projet d’&amp;exemple</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="137" />
        <source>&amp;Recent projects</source>
        <translation>Projets &amp;récents</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="139" />
        <source>&amp;Import CSV…</source>
        <translation>&amp;Importer un CSV…</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="140" />
        <source>&amp;Close project</source>
        <translation>&amp;Fermer le projet</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="146" />
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="148" />
        <source>&amp;Edit</source>
        <translation>É&amp;dition</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="149" />
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="151" />
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="156" />
        <source>Re&amp;name…</source>
        <translation>Re&amp;nommer…</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="157" />
        <source>&amp;Delete…</source>
        <translation>&amp;Supprimer…</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="159" />
        <source>&amp;Settings…</source>
        <translation>&amp;Paramètres…</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="161" />
        <source>&amp;Train</source>
        <translation>&amp;Entraîner</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="162" />
        <source>&amp;Forecast…</source>
        <translation>&amp;Prévision…</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="163" />
        <source>&amp;Recommender…</source>
        <translation>&amp;Recommandeur…</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="165" />
        <source>&amp;Schedules…</source>
        <translation>&amp;Planifications…</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="167" />
        <source>&amp;Cancel the running job</source>
        <translation>A&amp;nnuler la tâche en cours</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="169" />
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="170" />
        <source>&amp;Start</source>
        <translation>A&amp;ccueil</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="170" />
        <source>&amp;Data</source>
        <translation>&amp;Données</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="170" />
        <source>&amp;Forecasts</source>
        <translation>&amp;Prévisions</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="170" />
        <source>R&amp;ecommendations</source>
        <translation>R&amp;ecommandations</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="176" />
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="177" />
        <source>&amp;User guide</source>
        <translation>&amp;Guide de l’utilisateur</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="183" />
        <source>&amp;About Almanac</source>
        <translation>À &amp;propos d’Almanac</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="184" />
        <source>About Almanac</source>
        <translation>À propos d’Almanac</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="185" />
        <source>&lt;h3&gt;Almanac %1&lt;/h3&gt;&lt;p&gt;Probabilistic forecasting and recommendations on the desktop.&lt;/p&gt;&lt;p&gt;Your data never leaves this machine.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Almanac %1&lt;/h3&gt;&lt;p&gt;Prévisions probabilistes et recommandations sur votre poste.&lt;/p&gt;&lt;p&gt;Vos données ne quittent jamais cette machine.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="189" />
        <source>Main</source>
        <translation>Principale</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="211" />
        <source>(none)</source>
        <translation>(aucun)</translation>
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
        <translation>Ouvrir un projet</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="234" />
        <source>Opened %1</source>
        <translation>%1 ouvert</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="263" />
        <source>Creating the sample project</source>
        <translation>Création du projet d’exemple</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="268" />
        <location filename="../ui/MainWindow.cpp" line="273" />
        <location filename="../ui/MainWindow.cpp" line="278" />
        <source>New project</source>
        <translation>Nouveau projet</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="268" />
        <source>Almanac projects (*.almanac)</source>
        <translation>Projets Almanac (*.almanac)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="273" />
        <source>%1 exists already; open it instead.</source>
        <translation>%1 existe déjà ; ouvrez-le plutôt.</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="289" />
        <source>Almanac projects (*.almanac);;All files (*)</source>
        <translation>Projets Almanac (*.almanac);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="305" />
        <source>Importing %1</source>
        <translation>Importation de %1</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="318" />
        <source>Busy</source>
        <translation>Occupé</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="318" />
        <source>'%1' is still running; wait for it or cancel it first.</source>
        <translation>« %1 » est encore en cours ; attendez ou annulez-le d’abord.</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="326" />
        <source>%1: done</source>
        <translation>%1 : terminé</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="329" />
        <source>%1: cancelled; the project is unchanged</source>
        <translation>%1 : annulé ; le projet est inchangé</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="347" />
        <source>Training %1 on %2</source>
        <translation>Entraînement de %1 sur %2</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="376" />
        <source>Forecasting from %1</source>
        <translation>Prévision à partir de %1</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="384" />
        <source>Retraining %1</source>
        <translation>Réentraînement de %1</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="386" />
        <source>%1 retrained on the current data; forecast again to use it.</source>
        <translation>%1 réentraîné sur les données actuelles ; prévoyez à nouveau pour l'utiliser.</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="409" />
        <source>Running schedule %1</source>
        <translation>Exécution de la planification %1</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="432" />
        <source>Training recommender %1</source>
        <translation>Entraînement du recommandeur %1</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="446" />
        <source>Loading recommender %1</source>
        <translation>Chargement du modèle de recommandation %1</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="496" />
        <location filename="../ui/MainWindow.cpp" line="500" />
        <location filename="../ui/MainWindow.cpp" line="506" />
        <source>Rename</source>
        <translation>Renommer</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="496" />
        <source>New name for '%1':</source>
        <translation>Nouveau nom pour « %1 » :</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="500" />
        <source>'%1' is taken already.</source>
        <translation>« %1 » est déjà pris.</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="506" />
        <source>Cannot rename '%1'.</source>
        <translation>Impossible de renommer « %1 ».</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="516" />
        <location filename="../ui/MainWindow.cpp" line="523" />
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="516" />
        <source>Delete '%1'? This cannot be undone.</source>
        <translation>Supprimer « %1 » ? Cette action est irréversible.</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="531" />
        <source>Quit</source>
        <translation>Quitter</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="531" />
        <source>'%1' is running. Cancel it and quit?</source>
        <translation>« %1 » est en cours. L’annuler et quitter ?</translation>
    </message>
</context>
<context>
    <name>almanac::ui::MonitoringView</name>
    <message>
        <location filename="../ui/MonitoringView.cpp" line="32" />
        <location filename="../ui/MonitoringView.cpp" line="78" />
        <source>mean wQL</source>
        <translation>wQL moyen</translation>
    </message>
    <message>
        <location filename="../ui/MonitoringView.cpp" line="33" />
        <source>p10–p90 coverage</source>
        <translation>couverture p10–p90</translation>
    </message>
    <message>
        <location filename="../ui/MonitoringView.cpp" line="62" />
        <source>Monitoring — %1</source>
        <translation>Surveillance — %1</translation>
    </message>
    <message>
        <location filename="../ui/MonitoringView.cpp" line="78" />
        <source>Origin</source>
        <translation>Origine</translation>
    </message>
    <message>
        <location filename="../ui/MonitoringView.cpp" line="78" />
        <source>Forecast</source>
        <translation>Prévision</translation>
    </message>
    <message>
        <location filename="../ui/MonitoringView.cpp" line="78" />
        <source>Evaluated</source>
        <translation>Évalué</translation>
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
        <translation>Couverture (nominale 0,8)</translation>
    </message>
    <message>
        <location filename="../ui/MonitoringView.cpp" line="79" />
        <source>Items</source>
        <translation>Articles</translation>
    </message>
    <message>
        <location filename="../ui/MonitoringView.cpp" line="103" />
        <source>Forecast again with the current data</source>
        <translation>Prévoir à nouveau avec les données actuelles</translation>
    </message>
    <message>
        <location filename="../ui/MonitoringView.cpp" line="104" />
        <source>Retrain</source>
        <translation>Réentraîner</translation>
    </message>
    <message>
        <location filename="../ui/MonitoringView.cpp" line="116" />
        <source>Metric:</source>
        <translation>Mesure :</translation>
    </message>
    <message>
        <location filename="../ui/MonitoringView.cpp" line="153" />
        <source>%1 of %2 on the actuals after each forecast</source>
        <translation>%1 de %2 sur les valeurs réelles après chaque prévision</translation>
    </message>
    <message>
        <location filename="../ui/MonitoringView.cpp" line="156" />
        <source>monitored</source>
        <translation>surveillé</translation>
    </message>
    <message>
        <location filename="../ui/MonitoringView.cpp" line="159" />
        <source>evaluation</source>
        <translation>évaluation</translation>
    </message>
    <message>
        <location filename="../ui/MonitoringView.cpp" line="205" />
        <source>forecast origin</source>
        <translation>origine de la prévision</translation>
    </message>
    <message>
        <location filename="../ui/MonitoringView.cpp" line="224" />
        <source>backtest (baseline)</source>
        <translation>backtest (référence)</translation>
    </message>
    <message>
        <location filename="../ui/MonitoringView.cpp" line="245" />
        <source>retrained</source>
        <translation>réentraîné</translation>
    </message>
    <message>
        <location filename="../ui/MonitoringView.cpp" line="255" />
        <source>Not monitored yet: when newer actuals are imported into the dataset (append or replace), each forecast made from this predictor is scored on them here.</source>
        <translation>Pas encore surveillé : quand des valeurs réelles plus récentes sont importées dans le jeu de données (ajout ou remplacement), chaque prévision faite par ce prédicteur est évaluée ici.</translation>
    </message>
    <message>
        <location filename="../ui/MonitoringView.cpp" line="257" />
        <source>The backtest has no mean wQL to compare with.</source>
        <translation>Le backtest n'a pas de wQL moyen auquel comparer.</translation>
    </message>
    <message>
        <location filename="../ui/MonitoringView.cpp" line="259" />
        <source>&lt;b&gt;Drift:&lt;/b&gt; the latest mean wQL is %1× the backtest's (marked above %2×). Retrain the predictor on the current data.</source>
        <translation>&lt;b&gt;Dérive :&lt;/b&gt; le dernier wQL moyen vaut %1× celui du backtest (signalé au-delà de %2×). Réentraînez le prédicteur sur les données actuelles.</translation>
    </message>
    <message>
        <location filename="../ui/MonitoringView.cpp" line="262" />
        <source>No drift: the latest mean wQL is %1× the backtest's (marked above %2×).</source>
        <translation>Pas de dérive : le dernier wQL moyen vaut %1× celui du backtest (signalé au-delà de %2×).</translation>
    </message>
</context>
<context>
    <name>almanac::ui::ProjectTreeModel</name>
    <message>
        <location filename="../ui/ProjectTreeModel.cpp" line="123" />
        <source>Datasets (%1)</source>
        <translation>Jeux de données (%1)</translation>
    </message>
    <message>
        <location filename="../ui/ProjectTreeModel.cpp" line="124" />
        <source>Forecasts (%1)</source>
        <translation>Prévisions (%1)</translation>
    </message>
    <message>
        <location filename="../ui/ProjectTreeModel.cpp" line="125" />
        <source>Predictors (%1)</source>
        <translation>Prédicteurs (%1)</translation>
    </message>
    <message>
        <location filename="../ui/ProjectTreeModel.cpp" line="126" />
        <source>Recommenders (%1)</source>
        <translation>Recommandeurs (%1)</translation>
    </message>
    <message>
        <location filename="../ui/ProjectTreeModel.cpp" line="127" />
        <source>Jobs (%1)</source>
        <translation>Tâches (%1)</translation>
    </message>
    <message>
        <location filename="../ui/ProjectTreeModel.cpp" line="150" />
        <source>Recipe %1 on %2
horizon %3, %4 series</source>
        <translation>Recette %1 sur %2
horizon %3, %4 séries</translation>
    </message>
    <message>
        <location filename="../ui/ProjectTreeModel.cpp" line="167" />
        <source>%1 (wQL %2)</source>
        <translation>%1 (wQL %2)</translation>
    </message>
    <message>
        <location filename="../ui/ProjectTreeModel.cpp" line="168" />
        <source>%1 (drift %2×)</source>
        <translation>%1 (dérive %2×)</translation>
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
        <translation>%1 sur %2</translation>
    </message>
    <message>
        <location filename="../ui/ProjectTreeModel.cpp" line="203" />
        <source>%1: %2 (%3)</source>
        <translation>%1 : %2 (%3)</translation>
    </message>
    <message>
        <location filename="../ui/ProjectTreeModel.cpp" line="207" />
        <source>Finished %1</source>
        <translation>Terminé le %1</translation>
    </message>
    <message>
        <location filename="../ui/ProjectTreeModel.cpp" line="216" />
        <source>Project</source>
        <translation>Projet</translation>
    </message>
</context>
<context>
    <name>almanac::ui::RecommendExplorer</name>
    <message>
        <location filename="../ui/RecommendExplorer.cpp" line="119" />
        <source>&amp;Train recommender…</source>
        <translation>&amp;Entraîner un recommandeur…</translation>
    </message>
    <message>
        <location filename="../ui/RecommendExplorer.cpp" line="120" />
        <source>&amp;Export for all users…</source>
        <translation>&amp;Exporter pour tous les utilisateurs…</translation>
    </message>
    <message>
        <location filename="../ui/RecommendExplorer.cpp" line="123" />
        <source>Recommender:</source>
        <translation>Recommandeur :</translation>
    </message>
    <message>
        <location filename="../ui/RecommendExplorer.cpp" line="128" />
        <source>For a &amp;user</source>
        <translation>Pour un &amp;utilisateur</translation>
    </message>
    <message>
        <location filename="../ui/RecommendExplorer.cpp" line="129" />
        <source>&amp;Related items</source>
        <translation>Articles &amp;similaires</translation>
    </message>
    <message>
        <location filename="../ui/RecommendExplorer.cpp" line="130" />
        <source>Re-ran&amp;k</source>
        <translation>Re&amp;classer</translation>
    </message>
    <message>
        <location filename="../ui/RecommendExplorer.cpp" line="150" />
        <source>Search users…</source>
        <translation>Rechercher des utilisateurs…</translation>
    </message>
    <message>
        <location filename="../ui/RecommendExplorer.cpp" line="159" />
        <source>Filter, e.g. EXCLUDE ItemID WHERE Items.CATEGORY IN ("Books")</source>
        <translation>Filtre, p. ex. EXCLUDE ItemID WHERE Items.CATEGORY IN ("Books")</translation>
    </message>
    <message>
        <location filename="../ui/RecommendExplorer.cpp" line="166" />
        <source>Include items the user has seen</source>
        <translation>Inclure les articles déjà vus par l’utilisateur</translation>
    </message>
    <message>
        <location filename="../ui/RecommendExplorer.cpp" line="172" />
        <location filename="../ui/RecommendExplorer.cpp" line="219" />
        <source>Results:</source>
        <translation>Résultats :</translation>
    </message>
    <message>
        <location filename="../ui/RecommendExplorer.cpp" line="176" />
        <source>Events</source>
        <translation>Événements</translation>
    </message>
    <message>
        <location filename="../ui/RecommendExplorer.cpp" line="177" />
        <location filename="../ui/RecommendExplorer.cpp" line="247" />
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <location filename="../ui/RecommendExplorer.cpp" line="179" />
        <source>Recent history</source>
        <translation>Historique récent</translation>
    </message>
    <message>
        <location filename="../ui/RecommendExplorer.cpp" line="180" />
        <source>Recommended</source>
        <translation>Recommandés</translation>
    </message>
    <message>
        <location filename="../ui/RecommendExplorer.cpp" line="198" />
        <source>Search items…</source>
        <translation>Rechercher des articles…</translation>
    </message>
    <message>
        <location filename="../ui/RecommendExplorer.cpp" line="203" />
        <source>Similarity</source>
        <translation>Similarité</translation>
    </message>
    <message>
        <location filename="../ui/RecommendExplorer.cpp" line="207" />
        <source>Filter, e.g. INCLUDE ItemID WHERE Items.CATEGORY IN ("Books")</source>
        <translation>Filtre, p. ex. INCLUDE ItemID WHERE Items.CATEGORY IN ("Books")</translation>
    </message>
    <message>
        <location filename="../ui/RecommendExplorer.cpp" line="224" />
        <location filename="../ui/RecommendExplorer.cpp" line="435" />
        <source>Train or open a recommender to see related items.</source>
        <translation>Entraînez ou ouvrez un recommandeur pour voir les articles liés.</translation>
    </message>
    <message>
        <location filename="../ui/RecommendExplorer.cpp" line="234" />
        <source>Related items (co-occurrence, SIMS)</source>
        <translation>Articles similaires (cooccurrence, SIMS)</translation>
    </message>
    <message>
        <location filename="../ui/RecommendExplorer.cpp" line="242" />
        <source>User id</source>
        <translation>Identifiant utilisateur</translation>
    </message>
    <message>
        <location filename="../ui/RecommendExplorer.cpp" line="244" />
        <source>Paste candidate item ids, one per line or separated by commas</source>
        <translation>Collez les identifiants d’articles candidats, un par ligne ou séparés par des virgules</translation>
    </message>
    <message>
        <location filename="../ui/RecommendExplorer.cpp" line="245" />
        <source>Ra&amp;nk for this user</source>
        <translation>&amp;Classer pour cet utilisateur</translation>
    </message>
    <message>
        <location filename="../ui/RecommendExplorer.cpp" line="249" />
        <source>User:</source>
        <translation>Utilisateur :</translation>
    </message>
    <message>
        <location filename="../ui/RecommendExplorer.cpp" line="257" />
        <source>Ranked</source>
        <translation>Classés</translation>
    </message>
    <message>
        <location filename="../ui/RecommendExplorer.cpp" line="279" />
        <source>Reading %1 back from the project…</source>
        <translation>Lecture de %1 depuis le projet…</translation>
    </message>
    <message>
        <location filename="../ui/RecommendExplorer.cpp" line="316" />
        <source>No recommender yet: train one on an interactions dataset.</source>
        <translation>Pas encore de recommandeur : entraînez-en un sur un jeu d’interactions.</translation>
    </message>
    <message>
        <location filename="../ui/RecommendExplorer.cpp" line="320" />
        <source>%1 · %2 users · %3 items · %4 interactions</source>
        <translation>%1 · %2 utilisateurs · %3 articles · %4 interactions</translation>
    </message>
    <message>
        <location filename="../ui/RecommendExplorer.cpp" line="330" />
        <source> · holdout NDCG@10 %1</source>
        <translation> · NDCG@10 sur le jeu réservé %1</translation>
    </message>
    <message>
        <location filename="../ui/RecommendExplorer.cpp" line="434" />
        <source>Pick an item on the left to see the items most often chosen together with it.</source>
        <translation>Choisissez un article à gauche pour voir les articles le plus souvent choisis avec lui.</translation>
    </message>
    <message>
        <location filename="../ui/RecommendExplorer.cpp" line="452" />
        <source>No related items of %1 pass the filter.</source>
        <translation>Aucun article lié à %1 ne passe le filtre.</translation>
    </message>
    <message>
        <location filename="../ui/RecommendExplorer.cpp" line="453" />
        <source>No related items: nobody who chose %1 chose another item.</source>
        <translation>Aucun article lié : personne ayant choisi %1 n'a choisi un autre article.</translation>
    </message>
    <message>
        <location filename="../ui/RecommendExplorer.cpp" line="454" />
        <source>The items most often chosen together with %1:</source>
        <translation>Les articles le plus souvent choisis avec %1 :</translation>
    </message>
    <message>
        <location filename="../ui/RecommendExplorer.cpp" line="497" />
        <source>Export recommendations</source>
        <translation>Exporter les recommandations</translation>
    </message>
    <message>
        <location filename="../ui/RecommendExplorer.cpp" line="498" />
        <source>Excel workbook (*.xlsx);;CSV (*.csv)</source>
        <translation>Classeur Excel (*.xlsx);;CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../ui/RecommendExplorer.cpp" line="510" />
        <source>Export</source>
        <translation>Exporter</translation>
    </message>
    <message>
        <location filename="../ui/RecommendExplorer.cpp" line="511" />
        <source>Recommendations written to %1</source>
        <translation>Recommandations écrites dans %1</translation>
    </message>
    <message>
        <location filename="../ui/RecommendExplorer.cpp" line="513" />
        <source>Writing recommendations to %1…</source>
        <translation>Écriture des recommandations dans %1…</translation>
    </message>
</context>
<context>
    <name>almanac::ui::ScheduleDialog</name>
    <message>
        <location filename="../ui/ScheduleDialog.cpp" line="32" />
        <source>Schedules — %1</source>
        <translation>Planifications — %1</translation>
    </message>
    <message>
        <location filename="../ui/ScheduleDialog.cpp" line="35" />
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../ui/ScheduleDialog.cpp" line="35" />
        <source>Every</source>
        <translation>Fréquence</translation>
    </message>
    <message>
        <location filename="../ui/ScheduleDialog.cpp" line="35" />
        <source>Steps</source>
        <translation>Étapes</translation>
    </message>
    <message>
        <location filename="../ui/ScheduleDialog.cpp" line="35" />
        <source>Last run</source>
        <translation>Dernière exécution</translation>
    </message>
    <message>
        <location filename="../ui/ScheduleDialog.cpp" line="43" />
        <source>Run now</source>
        <translation>Exécuter maintenant</translation>
    </message>
    <message>
        <location filename="../ui/ScheduleDialog.cpp" line="44" />
        <source>Remove</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <location filename="../ui/ScheduleDialog.cpp" line="55" />
        <source>Removed %1 and its timer.</source>
        <translation>%1 et son minuteur supprimés.</translation>
    </message>
    <message>
        <location filename="../ui/ScheduleDialog.cpp" line="69" />
        <source>daily, weekly, hourly, or a cron expression (minute hour day month weekday)</source>
        <translation>daily, weekly, hourly ou une expression cron (minute heure jour mois jour-de-semaine)</translation>
    </message>
    <message>
        <location filename="../ui/ScheduleDialog.cpp" line="72" />
        <source>import sales=/data/sales.csv append; retrain weekly; forecast weekly; export /out/forecast.csv</source>
        <translation>import sales=/data/sales.csv append; retrain weekly; forecast weekly; export /out/forecast.csv</translation>
    </message>
    <message>
        <location filename="../ui/ScheduleDialog.cpp" line="73" />
        <source>Steps separated by ';': import DATASET=FILE [append], retrain MODEL, forecast PREDICTOR, export FILE</source>
        <translation>Étapes séparées par ';' : import JEU=FICHIER [append], retrain MODÈLE, forecast PRÉDICTEUR, export FICHIER</translation>
    </message>
    <message>
        <location filename="../ui/ScheduleDialog.cpp" line="74" />
        <source>Install a timer that runs it (systemd user timer, or crontab)</source>
        <translation>Installer un minuteur qui l'exécute (minuteur utilisateur systemd ou crontab)</translation>
    </message>
    <message>
        <location filename="../ui/ScheduleDialog.cpp" line="76" />
        <source>Add schedule</source>
        <translation>Ajouter la planification</translation>
    </message>
    <message>
        <location filename="../ui/ScheduleDialog.cpp" line="80" />
        <source>Name:</source>
        <translation>Nom :</translation>
    </message>
    <message>
        <location filename="../ui/ScheduleDialog.cpp" line="81" />
        <source>Every:</source>
        <translation>Fréquence :</translation>
    </message>
    <message>
        <location filename="../ui/ScheduleDialog.cpp" line="82" />
        <source>Steps:</source>
        <translation>Étapes :</translation>
    </message>
    <message>
        <location filename="../ui/ScheduleDialog.cpp" line="85" />
        <source>New schedule</source>
        <translation>Nouvelle planification</translation>
    </message>
    <message>
        <location filename="../ui/ScheduleDialog.cpp" line="118" />
        <source>Give the schedule a name.</source>
        <translation>Donnez un nom à la planification.</translation>
    </message>
    <message>
        <location filename="../ui/ScheduleDialog.cpp" line="130" />
        <source>Stored %1 (no timer installed: run it from here or with almanac-cli schedule run).</source>
        <translation>%1 enregistrée (aucun minuteur installé : exécutez-la d'ici ou avec almanac-cli schedule run).</translation>
    </message>
    <message>
        <location filename="../ui/ScheduleDialog.cpp" line="131" />
        <source>Stored %1 and installed it as a %2.</source>
        <translation>%1 enregistrée et installée comme %2.</translation>
    </message>
    <message>
        <location filename="../ui/ScheduleDialog.cpp" line="150" />
        <source>never run</source>
        <translation>jamais exécutée</translation>
    </message>
    <message>
        <location filename="../ui/ScheduleDialog.cpp" line="153" />
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
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
        <translation>Article</translation>
    </message>
    <message>
        <location filename="../ui/RecommendationModels.cpp" line="133" />
        <source>Last event</source>
        <translation>Dernier événement</translation>
    </message>
    <message>
        <location filename="../ui/RecommendationModels.cpp" line="134" />
        <source>Event types</source>
        <translation>Types d’événement</translation>
    </message>
</context>
<context>
    <name>almanac::ui::ScreenshotTour</name>
    <message>
        <location filename="../ui/ScreenshotTour.cpp" line="235" />
        <source>%1: not ready after %2 s</source>
        <translation>%1 : pas prêt après %2 s</translation>
    </message>
    <message>
        <location filename="../ui/ScreenshotTour.cpp" line="247" />
        <source>%1: nothing to capture</source>
        <translation>%1 : rien à capturer</translation>
    </message>
    <message>
        <location filename="../ui/ScreenshotTour.cpp" line="252" />
        <source>%1: cannot write %2</source>
        <translation>%1 : impossible d’écrire %2</translation>
    </message>
</context>
<context>
    <name>almanac::ui::SeriesStatisticsModel</name>
    <message>
        <location filename="../ui/SeriesStatisticsModel.cpp" line="76" />
        <source>Item</source>
        <translation>Article</translation>
    </message>
    <message>
        <location filename="../ui/SeriesStatisticsModel.cpp" line="78" />
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <location filename="../ui/SeriesStatisticsModel.cpp" line="80" />
        <source>Start</source>
        <translation>Début</translation>
    </message>
    <message>
        <location filename="../ui/SeriesStatisticsModel.cpp" line="81" />
        <source>End</source>
        <translation>Fin</translation>
    </message>
    <message>
        <location filename="../ui/SeriesStatisticsModel.cpp" line="82" />
        <source>Periods</source>
        <translation>Périodes</translation>
    </message>
    <message>
        <location filename="../ui/SeriesStatisticsModel.cpp" line="83" />
        <source>Zeros</source>
        <translation>Zéros</translation>
    </message>
    <message>
        <location filename="../ui/SeriesStatisticsModel.cpp" line="84" />
        <source>Missing</source>
        <translation>Manquantes</translation>
    </message>
    <message>
        <location filename="../ui/SeriesStatisticsModel.cpp" line="85" />
        <source>Mean</source>
        <translation>Moyenne</translation>
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
        <translation>Paramètres</translation>
    </message>
    <message>
        <location filename="../ui/SettingsDialog.cpp" line="22" />
        <source>all cores (%1)</source>
        <translation>tous les cœurs (%1)</translation>
    </message>
    <message>
        <location filename="../ui/SettingsDialog.cpp" line="25" />
        <source>Follow the system</source>
        <translation>Suivre le système</translation>
    </message>
    <message>
        <location filename="../ui/SettingsDialog.cpp" line="35" />
        <source>A predictor is marked when its mean wQL on new actuals exceeds its backtest's by this factor</source>
        <translation>Un prédicteur est signalé quand son wQL moyen sur de nouvelles valeurs réelles dépasse celui de son backtest de ce facteur</translation>
    </message>
    <message>
        <location filename="../ui/SettingsDialog.cpp" line="37" />
        <source>Worker &amp;threads:</source>
        <translation>&amp;Threads de calcul :</translation>
    </message>
    <message>
        <location filename="../ui/SettingsDialog.cpp" line="38" />
        <source>Default &amp;quantiles:</source>
        <translation>&amp;Quantiles par défaut :</translation>
    </message>
    <message>
        <location filename="../ui/SettingsDialog.cpp" line="39" />
        <source>&amp;Language (after restart):</source>
        <translation>&amp;Langue (après redémarrage) :</translation>
    </message>
    <message>
        <location filename="../ui/SettingsDialog.cpp" line="40" />
        <source>Mark &amp;drift above:</source>
        <translation>Signaler la &amp;dérive au-delà de :</translation>
    </message>
</context>
<context>
    <name>almanac::ui::StartPage</name>
    <message>
        <location filename="../ui/StartPage.cpp" line="20" />
        <source>&lt;h1&gt;Almanac&lt;/h1&gt;&lt;p&gt;Probabilistic forecasts and recommendations from your own data, on your own machine.&lt;/p&gt;</source>
        <translation>&lt;h1&gt;Almanac&lt;/h1&gt;&lt;p&gt;Prévisions probabilistes et recommandations à partir de vos propres données, sur votre propre machine.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../ui/StartPage.cpp" line="27" />
        <source>Open the &amp;sample project</source>
        <translation>Ouvrir le projet d’&amp;exemple</translation>
    </message>
    <message>
        <location filename="../ui/StartPage.cpp" line="29" />
        <source>A retail store's daily demand and a web shop's interactions, ready to explore</source>
        <translation>La demande quotidienne d’un magasin et les interactions d’une boutique en ligne, prêtes à explorer</translation>
    </message>
    <message>
        <location filename="../ui/StartPage.cpp" line="30" />
        <source>&amp;New project…</source>
        <translation>&amp;Nouveau projet…</translation>
    </message>
    <message>
        <location filename="../ui/StartPage.cpp" line="31" />
        <source>&amp;Open project…</source>
        <translation>&amp;Ouvrir un projet…</translation>
    </message>
    <message>
        <location filename="../ui/StartPage.cpp" line="39" />
        <source>&lt;b&gt;How it works&lt;/b&gt;&lt;ol&gt;&lt;li&gt;Import CSV files: demand history, prices, item metadata, or user–item interactions.&lt;/li&gt;&lt;li&gt;Train a forecast or a recommender: pick a recipe or let AutoML backtest them all.&lt;/li&gt;&lt;li&gt;Explore p10/p50/p90 bands per item and recommendation lists per user; export to CSV or Excel.&lt;/li&gt;&lt;/ol&gt;</source>
        <translation>&lt;b&gt;Comment ça marche&lt;/b&gt;&lt;ol&gt;&lt;li&gt;Importez des fichiers CSV : historique de demande, prix, métadonnées d’articles ou interactions utilisateur–article.&lt;/li&gt;&lt;li&gt;Entraînez une prévision ou un recommandeur : choisissez une recette ou laissez AutoML les comparer toutes par backtest.&lt;/li&gt;&lt;li&gt;Explorez les bandes p10/p50/p90 par article et les listes de recommandations par utilisateur ; exportez en CSV ou Excel.&lt;/li&gt;&lt;/ol&gt;</translation>
    </message>
    <message>
        <location filename="../ui/StartPage.cpp" line="53" />
        <source>&lt;b&gt;Recent projects&lt;/b&gt;</source>
        <translation>&lt;b&gt;Projets récents&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../ui/StartPage.cpp" line="76" />
        <source>No recent projects yet.</source>
        <translation>Aucun projet récent pour l’instant.</translation>
    </message>
</context>
<context>
    <name>almanac::ui::TrainForecastDialog</name>
    <message>
        <location filename="../ui/TrainForecastDialog.cpp" line="48" />
        <source>Train a forecast</source>
        <translation>Entraîner une prévision</translation>
    </message>
    <message>
        <location filename="../ui/TrainForecastDialog.cpp" line="156" />
        <source>(none)</source>
        <translation>(aucun)</translation>
    </message>
    <message>
        <location filename="../ui/TrainForecastDialog.cpp" line="58" />
        <source>Column</source>
        <translation>Colonne</translation>
    </message>
    <message>
        <location filename="../ui/TrainForecastDialog.cpp" line="58" />
        <source>Use</source>
        <translation>Utilisation</translation>
    </message>
    <message>
        <location filename="../ui/TrainForecastDialog.cpp" line="63" />
        <source>Regressors need their values through the horizon (prices, promotions, holidays); weather or CPI observed only up to today are historical. The target is never a regressor.</source>
        <translation>Les régresseurs ont besoin de leurs valeurs sur tout l’horizon (prix, promotions, jours fériés) ; la météo ou l’IPC observés jusqu’à aujourd’hui seulement sont historiques. La cible n’est jamais un régresseur.</translation>
    </message>
    <message>
        <location filename="../ui/TrainForecastDialog.cpp" line="68" />
        <source>AutoML — backtest every recipe, keep the best</source>
        <translation>AutoML — tester chaque recette par backtest, garder la meilleure</translation>
    </message>
    <message>
        <location filename="../ui/TrainForecastDialog.cpp" line="80" />
        <source>Comma-separated quantiles in (0,1), e.g. 0.1,0.5,0.9</source>
        <translation>Quantiles séparés par des virgules dans (0,1), p. ex. 0.1,0.5,0.9</translation>
    </message>
    <message>
        <location filename="../ui/TrainForecastDialog.cpp" line="84" />
        <source>Backtest windows: how many times the last horizon is held out and forecast to measure accuracy</source>
        <translation>Fenêtres de backtest : combien de fois le dernier horizon est mis de côté et prévu pour mesurer la précision</translation>
    </message>
    <message>
        <location filename="../ui/TrainForecastDialog.cpp" line="86" />
        <source>Whatever forecast best on the backtest</source>
        <translation>Ce qui a le mieux prévu lors du backtest</translation>
    </message>
    <message>
        <location filename="../ui/TrainForecastDialog.cpp" line="87" />
        <source>Each way of choosing picks on the older backtest windows and is scored on the newest; the best is used</source>
        <translation>Chaque façon de choisir choisit sur les fenêtres de backtest anciennes et est évaluée sur la plus récente ; la meilleure est retenue</translation>
    </message>
    <message>
        <location filename="../ui/TrainForecastDialog.cpp" line="88" />
        <source>Best recipe for each item</source>
        <translation>Meilleure recette par article</translation>
    </message>
    <message>
        <location filename="../ui/TrainForecastDialog.cpp" line="89" />
        <source>Best recipe for the whole dataset</source>
        <translation>Meilleure recette pour tout le jeu de données</translation>
    </message>
    <message>
        <location filename="../ui/TrainForecastDialog.cpp" line="90" />
        <source>Ensemble of the best three</source>
        <translation>Ensemble des trois meilleures</translation>
    </message>
    <message>
        <location filename="../ui/TrainForecastDialog.cpp" line="91" />
        <source>Ensemble of each item's best three</source>
        <translation>Ensemble des trois meilleures par article</translation>
    </message>
    <message>
        <location filename="../ui/TrainForecastDialog.cpp" line="94" />
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <location filename="../ui/TrainForecastDialog.cpp" line="95" />
        <source>no limit</source>
        <translation>sans limite</translation>
    </message>
    <message>
        <location filename="../ui/TrainForecastDialog.cpp" line="97" />
        <source>AutoML: a hard limit on the search; what would not fit is left out and the best so far is used</source>
        <translation>AutoML : une limite stricte de la recherche ; ce qui ne tiendrait pas est omis et le meilleur résultat obtenu est utilisé</translation>
    </message>
    <message>
        <location filename="../ui/TrainForecastDialog.cpp" line="99" />
        <source>name=value, … (e.g. model=AAdN for ets)</source>
        <translation>nom=valeur, … (p. ex. model=AAdN pour ets)</translation>
    </message>
    <message>
        <location filename="../ui/TrainForecastDialog.cpp" line="101" />
        <source>(automatic)</source>
        <translation>(automatique)</translation>
    </message>
    <message>
        <location filename="../ui/TrainForecastDialog.cpp" line="102" />
        <source>&amp;Keep the trained model as a predictor</source>
        <translation>&amp;Garder le modèle entraîné comme prédicteur</translation>
    </message>
    <message>
        <location filename="../ui/TrainForecastDialog.cpp" line="105" />
        <source>The project keeps the trained model: forecast again from it when new data arrive, without retraining; its accuracy on the new actuals is monitored; retrain it when it drifts</source>
        <translation>Le projet garde le modèle entraîné : prévoyez à nouveau à partir de lui quand de nouvelles données arrivent, sans réentraînement ; sa précision sur les nouvelles valeurs réelles est surveillée ; réentraînez-le quand il dérive</translation>
    </message>
    <message>
        <location filename="../ui/TrainForecastDialog.cpp" line="112" />
        <source>&amp;Dataset:</source>
        <translation>&amp;Jeu de données :</translation>
    </message>
    <message>
        <location filename="../ui/TrainForecastDialog.cpp" line="113" />
        <source>&amp;Related series:</source>
        <translation>Séries &amp;associées :</translation>
    </message>
    <message>
        <location filename="../ui/TrainForecastDialog.cpp" line="116" />
        <source>Re&amp;cipe:</source>
        <translation>Re&amp;cette :</translation>
    </message>
    <message>
        <location filename="../ui/TrainForecastDialog.cpp" line="118" />
        <source>&amp;Horizon (periods):</source>
        <translation>&amp;Horizon (périodes) :</translation>
    </message>
    <message>
        <location filename="../ui/TrainForecastDialog.cpp" line="119" />
        <source>&amp;Quantiles:</source>
        <translation>&amp;Quantiles :</translation>
    </message>
    <message>
        <location filename="../ui/TrainForecastDialog.cpp" line="120" />
        <source>&amp;Backtest windows:</source>
        <translation>Fenêtres de &amp;backtest :</translation>
    </message>
    <message>
        <location filename="../ui/TrainForecastDialog.cpp" line="121" />
        <source>AutoML &amp;chooses:</source>
        <translation>AutoML &amp;choisit :</translation>
    </message>
    <message>
        <location filename="../ui/TrainForecastDialog.cpp" line="122" />
        <source>Hyper-parameter search &amp;budget:</source>
        <translation>&amp;Budget de recherche d’hyperparamètres :</translation>
    </message>
    <message>
        <location filename="../ui/TrainForecastDialog.cpp" line="123" />
        <source>Recipe &amp;parameters:</source>
        <translation>&amp;Paramètres de la recette :</translation>
    </message>
    <message>
        <location filename="../ui/TrainForecastDialog.cpp" line="124" />
        <source>Forecast &amp;name:</source>
        <translation>&amp;Nom de la prévision :</translation>
    </message>
    <message>
        <location filename="../ui/TrainForecastDialog.cpp" line="127" />
        <source>&amp;Train</source>
        <translation>&amp;Entraîner</translation>
    </message>
    <message>
        <location filename="../ui/TrainForecastDialog.cpp" line="214" />
        <source>Known in the future (regressor)</source>
        <translation>Connue dans le futur (régresseur)</translation>
    </message>
    <message>
        <location filename="../ui/TrainForecastDialog.cpp" line="215" />
        <source>Historical only</source>
        <translation>Historique seulement</translation>
    </message>
    <message>
        <location filename="../ui/TrainForecastDialog.cpp" line="216" />
        <source>Not used</source>
        <translation>Non utilisée</translation>
    </message>
    <message>
        <location filename="../ui/TrainForecastDialog.cpp" line="220" />
        <source>The target column is never a regressor: it would leak the answer into the forecast.</source>
        <translation>La colonne cible n’est jamais un régresseur : elle laisserait fuir la réponse dans la prévision.</translation>
    </message>
    <message>
        <location filename="../ui/TrainForecastDialog.cpp" line="244" />
        <source>Each recipe is backtested; the lowest mean weighted quantile loss wins (for the dataset, each item, or as an average), and intervals are calibrated on the backtest.</source>
        <translation>Chaque recette est évaluée par backtest ; la plus faible perte quantile pondérée moyenne l'emporte (pour le jeu de données, par article ou en moyenne), et les intervalles sont calibrés sur le backtest.</translation>
    </message>
    <message>
        <location filename="../ui/TrainForecastDialog.cpp" line="254" />
        <source>The project has no target time series dataset yet: import one first.</source>
        <translation>Le projet n’a pas encore de série temporelle cible : importez-en une d’abord.</translation>
    </message>
    <message>
        <location filename="../ui/TrainForecastDialog.cpp" line="284" />
        <source>Recipe parameters are name=value pairs separated by commas; '%1' is not one.</source>
        <translation>Les paramètres de recette sont des paires nom=valeur séparées par des virgules ; « %1 » n’en est pas une.</translation>
    </message>
    <message>
        <location filename="../ui/TrainForecastDialog.cpp" line="294" />
        <source>A forecast named '%1' exists already.</source>
        <translation>Une prévision nommée « %1 » existe déjà.</translation>
    </message>
</context>
<context>
    <name>almanac::ui::TrainRecommenderDialog</name>
    <message>
        <location filename="../ui/TrainRecommenderDialog.cpp" line="20" />
        <source>Train a recommender</source>
        <translation>Entraîner un recommandeur</translation>
    </message>
    <message>
        <location filename="../ui/TrainRecommenderDialog.cpp" line="22" />
        <source>(none)</source>
        <translation>(aucun)</translation>
    </message>
    <message>
        <location filename="../ui/TrainRecommenderDialog.cpp" line="25" />
        <source>AutoML — evaluate every recipe on a holdout, keep the best NDCG@10</source>
        <translation>AutoML — évaluer chaque recette sur un jeu réservé, garder le meilleur NDCG@10</translation>
    </message>
    <message>
        <location filename="../ui/TrainRecommenderDialog.cpp" line="31" />
        <source>all event types (or e.g. purchase,click)</source>
        <translation>tous les types d’événements (ou p. ex. purchase,click)</translation>
    </message>
    <message>
        <location filename="../ui/TrainRecommenderDialog.cpp" line="32" />
        <source>(automatic)</source>
        <translation>(automatique)</translation>
    </message>
    <message>
        <location filename="../ui/TrainRecommenderDialog.cpp" line="34" />
        <source>&amp;Interactions:</source>
        <translation>&amp;Interactions :</translation>
    </message>
    <message>
        <location filename="../ui/TrainRecommenderDialog.cpp" line="35" />
        <source>Item &amp;metadata:</source>
        <translation>&amp;Métadonnées d’articles :</translation>
    </message>
    <message>
        <location filename="../ui/TrainRecommenderDialog.cpp" line="36" />
        <source>Re&amp;cipe:</source>
        <translation>Re&amp;cette :</translation>
    </message>
    <message>
        <location filename="../ui/TrainRecommenderDialog.cpp" line="37" />
        <source>&amp;Event types:</source>
        <translation>Types d’&amp;événements :</translation>
    </message>
    <message>
        <location filename="../ui/TrainRecommenderDialog.cpp" line="38" />
        <source>&amp;Name:</source>
        <translation>&amp;Nom :</translation>
    </message>
    <message>
        <location filename="../ui/TrainRecommenderDialog.cpp" line="40" />
        <source>&amp;Train</source>
        <translation>&amp;Entraîner</translation>
    </message>
    <message>
        <location filename="../ui/TrainRecommenderDialog.cpp" line="61" />
        <source>The project has no interactions dataset yet: import one first.</source>
        <translation>Le projet n’a pas encore de jeu d’interactions : importez-en un d’abord.</translation>
    </message>
    <message>
        <location filename="../ui/TrainRecommenderDialog.cpp" line="65" />
        <source>A recommender with this name exists already.</source>
        <translation>Un recommandeur de ce nom existe déjà.</translation>
    </message>
</context>
<context>
    <name>almanac::ui::UserGuideDialog</name>
    <message>
        <location filename="../ui/UserGuide.cpp" line="24" />
        <source>Backtests every recipe and keeps the best, for the dataset, each item or as an average. Start here.</source>
        <translation>Teste chaque recette sur le passé et garde la meilleure, pour le jeu de données, chaque article ou en moyenne. Commencez ici.</translation>
    </message>
    <message>
        <location filename="../ui/UserGuide.cpp" line="25" />
        <source>Exponential smoothing: level, trend and season that change slowly. Regular demand with a clear weekly or yearly pattern.</source>
        <translation>Lissage exponentiel : niveau, tendance et saison qui changent lentement. Demande régulière avec un motif hebdomadaire ou annuel net.</translation>
    </message>
    <message>
        <location filename="../ui/UserGuide.cpp" line="26" />
        <source>Autocorrelation and differencing; with related series known in advance (prices, promotions) as regressors.</source>
        <translation>Autocorrélation et différenciation ; avec des séries liées connues à l’avance (prix, promotions) comme régresseurs.</translation>
    </message>
    <message>
        <location filename="../ui/UserGuide.cpp" line="27" />
        <source>A damped trend with a smoothed level: strong on short, trending series (monthly, yearly).</source>
        <translation>Une tendance amortie avec un niveau lissé : efficace sur des séries courtes avec tendance (mensuelles, annuelles).</translation>
    </message>
    <message>
        <location filename="../ui/UserGuide.cpp" line="28" />
        <source>Several seasons at once (hour of day and day of week).</source>
        <translation>Plusieurs saisons à la fois (heure du jour et jour de la semaine).</translation>
    </message>
    <message>
        <location filename="../ui/UserGuide.cpp" line="29" />
        <source>Trend changes, yearly and weekly seasons, holidays and regressors; long daily histories.</source>
        <translation>Changements de tendance, saisons annuelle et hebdomadaire, jours fériés et régresseurs ; longs historiques quotidiens.</translation>
    </message>
    <message>
        <location filename="../ui/UserGuide.cpp" line="30" />
        <source>Resamples the item's own past: intermittent, lumpy demand where models fail.</source>
        <translation>Rééchantillonne le passé de l’article : demande intermittente et irrégulière, là où les modèles échouent.</translation>
    </message>
    <message>
        <location filename="../ui/UserGuide.cpp" line="31" />
        <source>The last value, or the value one season ago: the baselines every other recipe must beat.</source>
        <translation>La dernière valeur, ou celle d’une saison plus tôt : les références que toute autre recette doit battre.</translation>
    </message>
    <message>
        <location filename="../ui/UserGuide.cpp" line="32" />
        <source>Global neural networks trained on all items together, with related series and item metadata; new items with no history (cold start). Need hundreds of series and more time.</source>
        <translation>Réseaux de neurones globaux entraînés sur tous les articles ensemble, avec séries liées et métadonnées d’articles ; nouveaux articles sans historique (démarrage à froid). Demandent des centaines de séries et plus de temps.</translation>
    </message>
    <message>
        <location filename="../ui/UserGuide.cpp" line="34" />
        <source>Recipe</source>
        <translation>Recette</translation>
    </message>
    <message>
        <location filename="../ui/UserGuide.cpp" line="34" />
        <source>Good for</source>
        <translation>Adaptée à</translation>
    </message>
    <message>
        <location filename="../ui/UserGuide.cpp" line="42" />
        <location filename="../ui/UserGuide.cpp" line="102" />
        <source>Almanac user guide</source>
        <translation>Guide de l’utilisateur d’Almanac</translation>
    </message>
    <message>
        <location filename="../ui/UserGuide.cpp" line="44" />
        <source>Almanac forecasts demand with a range (p10, p50, p90) and recommends items to users, from your own CSV files. Nothing leaves this computer.</source>
        <translation>Almanac prévoit la demande avec une fourchette (p10, p50, p90) et recommande des articles aux utilisateurs, à partir de vos propres fichiers CSV. Rien ne quitte cet ordinateur.</translation>
    </message>
    <message>
        <location filename="../ui/UserGuide.cpp" line="48" />
        <source>Importing</source>
        <translation>Importer</translation>
    </message>
    <message>
        <location filename="../ui/UserGuide.cpp" line="48" />
        <source>Recipes</source>
        <translation>Recettes</translation>
    </message>
    <message>
        <location filename="../ui/UserGuide.cpp" line="48" />
        <source>The band</source>
        <translation>La bande</translation>
    </message>
    <message>
        <location filename="../ui/UserGuide.cpp" line="48" />
        <source>Metrics</source>
        <translation>Mesures</translation>
    </message>
    <message>
        <location filename="../ui/UserGuide.cpp" line="48" />
        <location filename="../ui/UserGuide.cpp" line="86" />
        <source>Recommendations</source>
        <translation>Recommandations</translation>
    </message>
    <message>
        <location filename="../ui/UserGuide.cpp" line="48" />
        <source>Stored models</source>
        <translation>Modèles enregistrés</translation>
    </message>
    <message>
        <location filename="../ui/UserGuide.cpp" line="49" />
        <source>Importing a file</source>
        <translation>Importer un fichier</translation>
    </message>
    <message>
        <location filename="../ui/UserGuide.cpp" line="50" />
        <source>File ▸ Import CSV… (Ctrl+I), or drop a CSV file on the window. The preview shows how the file is read: delimiter, encoding, decimal separator and date format are detected and can be changed.</source>
        <translation>Fichier ▸ Importer un CSV… (Ctrl+I), ou déposez un fichier CSV sur la fenêtre. L’aperçu montre comment le fichier est lu : séparateur, encodage, séparateur décimal et format de date sont détectés et modifiables.</translation>
    </message>
    <message>
        <location filename="../ui/UserGuide.cpp" line="52" />
        <source>Say what the file holds: a &lt;b&gt;target time series&lt;/b&gt; (what to forecast: item, date, quantity), a &lt;b&gt;related time series&lt;/b&gt; (prices, promotions, weather by item and date), &lt;b&gt;item metadata&lt;/b&gt;, or &lt;b&gt;interactions&lt;/b&gt; (user, item, time: for recommendations). Then map each field to a column.</source>
        <translation>Indiquez ce que contient le fichier : une &lt;b&gt;série temporelle cible&lt;/b&gt; (ce qu’il faut prévoir : article, date, quantité), une &lt;b&gt;série temporelle liée&lt;/b&gt; (prix, promotions, météo par article et date), des &lt;b&gt;métadonnées d’articles&lt;/b&gt; ou des &lt;b&gt;interactions&lt;/b&gt; (utilisateur, article, moment : pour les recommandations). Associez ensuite chaque champ à une colonne.</translation>
    </message>
    <message>
        <location filename="../ui/UserGuide.cpp" line="55" />
        <source>Gaps: a day without a row is read as zero sales, but empty cells and long stretches in which no item has a row (a week or more of daily data) stay &lt;i&gt;missing&lt;/i&gt;: the data was not collected then. The validation report counts them; choose Zero if nothing was sold then.</source>
        <translation>Lacunes : un jour sans ligne compte comme zéro vente, mais les cellules vides et les longues périodes où aucun article n’a de ligne (une semaine ou plus en données quotidiennes) restent &lt;i&gt;manquantes&lt;/i&gt; : les données n’ont pas été collectées alors. Le rapport de validation les compte ; choisissez Zéro si rien n’a été vendu alors.</translation>
    </message>
    <message>
        <location filename="../ui/UserGuide.cpp" line="58" />
        <source>Validation reads every row before anything is stored and names the file, row and column of the first problem. Tick "Skip rows with errors" to import the other rows; the report counts and lists the rows left out.</source>
        <translation>La validation lit chaque ligne avant de rien enregistrer et nomme le fichier, la ligne et la colonne du premier problème. Cochez « Ignorer les lignes erronées » pour importer les autres lignes ; le rapport compte et liste les lignes écartées.</translation>
    </message>
    <message>
        <location filename="../ui/UserGuide.cpp" line="61" />
        <source>Choosing a recipe</source>
        <translation>Choisir une recette</translation>
    </message>
    <message>
        <location filename="../ui/UserGuide.cpp" line="62" />
        <source>Train ▸ Forecast (Ctrl+T). A recipe is a forecasting method; each is backtested on the last periods of your history, so you can see how it would have done.</source>
        <translation>Entraîner ▸ Prévision (Ctrl+T). Une recette est une méthode de prévision ; chacune est testée sur les dernières périodes de votre historique, pour voir comment elle s’en serait sortie.</translation>
    </message>
    <message>
        <location filename="../ui/UserGuide.cpp" line="65" />
        <source>The horizon is how many periods ahead to forecast; keep it within a third of the history. Related columns are &lt;i&gt;known in the future&lt;/i&gt; (planned prices, promotions, holidays) or &lt;i&gt;historical only&lt;/i&gt; (observed weather, CPI); the target column itself is never used as a regressor.</source>
        <translation>L’horizon est le nombre de périodes à prévoir ; gardez-le sous un tiers de l’historique. Les colonnes liées sont &lt;i&gt;connues à l’avance&lt;/i&gt; (prix prévus, promotions, jours fériés) ou &lt;i&gt;seulement historiques&lt;/i&gt; (météo observée, IPC) ; la colonne cible n’est jamais un régresseur.</translation>
    </message>
    <message>
        <location filename="../ui/UserGuide.cpp" line="68" />
        <source>Reading the band</source>
        <translation>Lire la bande</translation>
    </message>
    <message>
        <location filename="../ui/UserGuide.cpp" line="69" />
        <source>&lt;b&gt;p50&lt;/b&gt; is the median forecast: half the time the actual value will be lower, half the time higher. &lt;b&gt;p10&lt;/b&gt; and &lt;b&gt;p90&lt;/b&gt; bound the band: about 10% of actual values should fall below p10 and 10% above p90, so 80% inside. Plan safety stock from p90, not from p50.</source>
        <translation>&lt;b&gt;p50&lt;/b&gt; est la prévision médiane : la moitié du temps la valeur réelle sera plus basse, l’autre moitié plus haute. &lt;b&gt;p10&lt;/b&gt; et &lt;b&gt;p90&lt;/b&gt; bornent la bande : environ 10 % des valeurs réelles devraient tomber sous p10 et 10 % au-dessus de p90, donc 80 % dedans. Planifiez le stock de sécurité sur p90, pas sur p50.</translation>
    </message>
    <message>
        <location filename="../ui/UserGuide.cpp" line="72" />
        <source>A wide band means an uncertain item, not a bad forecast. In the chart, the green line is what the recipe would have forecast for the last periods of the history (the backtest): compare it with what happened.</source>
        <translation>Une bande large signale un article incertain, pas une mauvaise prévision. Dans le graphique, la ligne verte est ce que la recette aurait prévu pour les dernières périodes de l’historique (le backtest) : comparez-la à ce qui s’est passé.</translation>
    </message>
    <message>
        <location filename="../ui/UserGuide.cpp" line="75" />
        <source>Reading the metrics</source>
        <translation>Lire les mesures</translation>
    </message>
    <message>
        <location filename="../ui/UserGuide.cpp" line="77" />
        <source>&lt;b&gt;Mean wQL&lt;/b&gt; (weighted quantile loss): the error of the whole band, the main score; lower is better. 0.10 means the band misses by about 10% of demand.</source>
        <translation>&lt;b&gt;wQL moyen&lt;/b&gt; (perte quantile pondérée) : l’erreur de toute la bande, la mesure principale ; plus bas est mieux. 0,10 signifie que la bande manque d’environ 10 % de la demande.</translation>
    </message>
    <message>
        <location filename="../ui/UserGuide.cpp" line="79" />
        <source>&lt;b&gt;WAPE&lt;/b&gt;: the absolute error of p50 as a share of total demand; lower is better.</source>
        <translation>&lt;b&gt;WAPE&lt;/b&gt; : l’erreur absolue de p50 en part de la demande totale ; plus bas est mieux.</translation>
    </message>
    <message>
        <location filename="../ui/UserGuide.cpp" line="80" />
        <source>&lt;b&gt;MASE&lt;/b&gt;: the error against the seasonal-naive rule; below 1 beats it.</source>
        <translation>&lt;b&gt;MASE&lt;/b&gt; : l’erreur rapportée à la règle naïve saisonnière ; sous 1, elle est battue.</translation>
    </message>
    <message>
        <location filename="../ui/UserGuide.cpp" line="81" />
        <source>&lt;b&gt;RMSE&lt;/b&gt; and &lt;b&gt;MAPE&lt;/b&gt;: the usual point errors (MAPE is unreliable when demand is near zero).</source>
        <translation>&lt;b&gt;RMSE&lt;/b&gt; et &lt;b&gt;MAPE&lt;/b&gt; : les erreurs ponctuelles usuelles (le MAPE n’est pas fiable quand la demande est proche de zéro).</translation>
    </message>
    <message>
        <location filename="../ui/UserGuide.cpp" line="82" />
        <source>&lt;b&gt;Coverage&lt;/b&gt;: the share of actual values that fell inside the band; it should be near what the band promised (0.8 for p10-p90). Much lower: the band is too narrow.</source>
        <translation>&lt;b&gt;Couverture&lt;/b&gt; : la part des valeurs réelles tombées dans la bande ; elle devrait être proche de ce que la bande promettait (0,8 pour p10-p90). Bien plus basse : la bande est trop étroite.</translation>
    </message>
    <message>
        <location filename="../ui/UserGuide.cpp" line="84" />
        <source>The forecast explorer shows these per item, by velocity (fast and slow movers) and per recipe; the Runs tab compares every forecast of a dataset.</source>
        <translation>L’explorateur de prévisions les montre par article, par rotation (articles rapides et lents) et par recette ; l’onglet Exécutions compare toutes les prévisions d’un jeu de données.</translation>
    </message>
    <message>
        <location filename="../ui/UserGuide.cpp" line="87" />
        <source>Train ▸ Recommender (Ctrl+R) on an interactions dataset. The explorer shows a user's history (when, which events) and the recommended items; a filter keeps or removes items by their metadata, e.g. EXCLUDE ItemID WHERE Items.CATEGORY IN ("Books"). Related items are the items most often chosen together; Re-rank orders a list of candidates for one user.</source>
        <translation>Entraîner ▸ Recommandeur (Ctrl+R) sur un jeu d’interactions. L’explorateur montre l’historique d’un utilisateur (quand, quels événements) et les articles recommandés ; un filtre garde ou retire des articles selon leurs métadonnées, p. ex. EXCLUDE ItemID WHERE Items.CATEGORY IN ("Books"). Les articles liés sont ceux le plus souvent choisis ensemble ; Reclasser ordonne une liste de candidats pour un utilisateur.</translation>
    </message>
    <message>
        <location filename="../ui/UserGuide.cpp" line="91" />
        <source>NDCG@10 measures the recommendations on held-out interactions: higher is better.</source>
        <translation>NDCG@10 mesure les recommandations sur des interactions mises de côté : plus haut est mieux.</translation>
    </message>
    <message>
        <location filename="../ui/UserGuide.cpp" line="92" />
        <source>Stored models, monitoring and schedules</source>
        <translation>Modèles enregistrés, suivi et planifications</translation>
    </message>
    <message>
        <location filename="../ui/UserGuide.cpp" line="93" />
        <source>A trained forecast keeps its model as a &lt;b&gt;predictor&lt;/b&gt; in the project: forecast again when new data arrive without training again, or retrain it. Monitoring compares each forecast with the actuals that came after it; a warning mark appears when accuracy drifts from the backtest.</source>
        <translation>Une prévision entraînée garde son modèle comme &lt;b&gt;prédicteur&lt;/b&gt; dans le projet : prévoyez à nouveau quand de nouvelles données arrivent sans réentraîner, ou réentraînez-le. Le suivi compare chaque prévision aux valeurs réelles arrivées ensuite ; une marque d’alerte apparaît quand la précision s’écarte du backtest.</translation>
    </message>
    <message>
        <location filename="../ui/UserGuide.cpp" line="96" />
        <source>Train ▸ Schedules… re-trains or forecasts on a timetable, also when the workbench is closed.</source>
        <translation>Entraîner ▸ Planifications… réentraîne ou prévoit selon un calendrier, même quand l’atelier est fermé.</translation>
    </message>
</context>
</TS>