#include "util/TabularWriter.h"

#include "util/CsvWriter.h"

#include <cmath>
#include <xlsxwriter.h>

namespace almanac {

namespace {

class CsvTabularWriter : public TabularWriter {
public:
    Status open(const std::string& path) { return m_csv.open(path); }
    void field(std::string_view text) override { m_csv.field(text); }
    void number(double value) override { m_csv.number(value); }
    void endRow() override { m_csv.endRow(); }
    Status close() override { return m_csv.close(); }

private:
    CsvWriter m_csv;
};

class XlsxTabularWriter : public TabularWriter {
public:
    ~XlsxTabularWriter() override
    {
        if (m_workbook) close();
    }
    Status open(const std::string& path, const std::string& sheetName)
    {
        m_path = path;
        m_workbook = workbook_new(path.c_str());
        if (!m_workbook) return Status::ioError(path + ": cannot create the workbook");
        m_sheet = workbook_add_worksheet(m_workbook, sheetName.substr(0, 31).c_str());
        if (!m_sheet) return Status::ioError(path + ": cannot add a worksheet");
        return Status::ok();
    }
    void field(std::string_view text) override
    {
        if (m_row >= kMaxRows) return;
        const std::string value(text);
        worksheet_write_string(m_sheet, m_row, m_column++, value.c_str(), nullptr);
    }
    void number(double value) override
    {
        if (m_row < kMaxRows && !std::isnan(value)) worksheet_write_number(m_sheet, m_row, m_column, value, nullptr);
        ++m_column;
    }
    void endRow() override
    {
        ++m_row;
        m_column = 0;
    }
    Status close() override
    {
        if (!m_workbook) return Status::ok();
        const lxw_error error = workbook_close(m_workbook);
        m_workbook = nullptr;
        if (error != LXW_NO_ERROR) return Status::ioError(m_path + ": " + lxw_strerror(error));
        if (m_row > kMaxRows)
            return Status::invalidInput(m_path + ": more than 1,048,576 rows do not fit a spreadsheet; write CSV");
        return Status::ok();
    }

private:
    static constexpr lxw_row_t kMaxRows = 1048576;
    std::string m_path;
    lxw_workbook* m_workbook = nullptr;
    lxw_worksheet* m_sheet = nullptr;
    lxw_row_t m_row = 0;
    lxw_col_t m_column = 0;
};

bool endsWithXlsx(const std::string& path)
{
    if (path.size() < 5) return false;
    std::string tail = path.substr(path.size() - 5);
    for (char& c : tail) c = char(std::tolower(static_cast<unsigned char>(c)));
    return tail == ".xlsx";
}

} // namespace

Result<std::unique_ptr<TabularWriter>> openTabularWriter(const std::string& path, const std::string& sheetName)
{
    if (endsWithXlsx(path)) {
        auto writer = std::make_unique<XlsxTabularWriter>();
        ALMANAC_RETURN_IF_ERROR(writer->open(path, sheetName));
        return std::unique_ptr<TabularWriter>(std::move(writer));
    }
    auto writer = std::make_unique<CsvTabularWriter>();
    ALMANAC_RETURN_IF_ERROR(writer->open(path));
    return std::unique_ptr<TabularWriter>(std::move(writer));
}

} // namespace almanac
