#pragma once
// The in-app user guide (Help ▸ User guide, F1): how to import, what each recipe is good for, how
// to read the band and the metrics, recommendations and stored models. Its text goes through tr()
// section by section, so it is translated with the rest of the workbench.
#include <QDialog>

class QTextBrowser;

namespace almanac::ui {

class UserGuideDialog : public QDialog {
    Q_OBJECT
public:
    explicit UserGuideDialog(QWidget* parent = nullptr);
    QTextBrowser* browser() const { return m_browser; }
    // The guide as HTML, in the current language.
    static QString html();

private:
    static QString recipeTable();

    QTextBrowser* m_browser;
};

} // namespace almanac::ui
