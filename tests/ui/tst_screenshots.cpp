// `almanac --screenshots DIR` produces every main view, non-empty and legible.
#include <QDir>
#include <QImage>
#include <QProcess>
#include <QSet>
#include <QTemporaryDir>
#include <QtTest/QtTest>

class TestScreenshots : public QObject {
    Q_OBJECT
private slots:
    void everyMainView()
    {
        QTemporaryDir dir;
        const QString project = dir.filePath(QStringLiteral("sample.almanac"));
        QProcess cli;
        cli.start(QStringLiteral(ALMANAC_CLI_PATH), {QStringLiteral("sample"), QStringLiteral("--out"), project});
        QVERIFY(cli.waitForFinished(120000));
        QCOMPARE(cli.exitCode(), 0);

        const QString shots = dir.filePath(QStringLiteral("shots"));
        QProcess gui;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), dir.filePath(QStringLiteral("config")));
        env.insert(QStringLiteral("XDG_DATA_HOME"), dir.filePath(QStringLiteral("data")));
        gui.setProcessEnvironment(env);
        gui.start(QStringLiteral(ALMANAC_GUI_PATH), {QStringLiteral("--project"), project, QStringLiteral("--screenshots"), shots});
        QVERIFY(gui.waitForFinished(280000));
        QVERIFY2(gui.exitCode() == 0, gui.readAllStandardError().constData());

        const QStringList expected = {QStringLiteral("01-start"), QStringLiteral("02-data"), QStringLiteral("03-import-preview"),
                                      QStringLiteral("04-import-mapping"), QStringLiteral("05-import-validation"),
                                      QStringLiteral("06-train-dialog"), QStringLiteral("07-training"),
                                      QStringLiteral("08-forecast-explorer"), QStringLiteral("09-recommendations"),
                                      QStringLiteral("10-related-items"), QStringLiteral("11-monitoring"),
                                      QStringLiteral("small-08-forecast-explorer"), QStringLiteral("small-09-recommendations")};
        for (const QString& name : expected) {
            QImage image(QDir(shots).filePath(name + QStringLiteral(".png")));
            QVERIFY2(!image.isNull(), qPrintable(name));
            QVERIFY2(image.width() >= 400 && image.height() >= 300, qPrintable(name));
            // Legible content, not a blank window: many distinct colours (text, lines, fills).
            QSet<QRgb> colours;
            for (int y = 0; y < image.height(); y += 3)
                for (int x = 0; x < image.width(); x += 3) colours.insert(image.pixel(x, y));
            QVERIFY2(colours.size() > 40, qPrintable(name + QStringLiteral(": ") + QString::number(colours.size())));
        }
    }
};

QTEST_MAIN(TestScreenshots)
#include "tst_screenshots.moc"
