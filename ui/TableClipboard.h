#pragma once
// Copying table selections in the form spreadsheets paste: tab-separated rows, a header line,
// numbers in the C locale so that every spreadsheet reads them.
#include <QString>

class QAbstractItemView;

namespace almanac::ui {

QString selectionAsTsv(const QAbstractItemView* view);
// Ctrl+C on the view copies its selection.
void enableTableCopy(QAbstractItemView* view);

} // namespace almanac::ui
