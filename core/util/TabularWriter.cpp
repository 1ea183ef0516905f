#include "util/TabularWriter.h"

#include "data/Timestamp.h"
#include "util/AtomicFile.h"
#include "util/CsvWriter.h"

#include <cerrno>
#include <cmath>
#include <cstdio>
#include <cstring>
#include <fcntl.h>
#include <unistd.h>
#include <xlsxwriter.h>

namespace almanac {

namespace {

class CsvTabularWriter : public TabularWriter {
public:
    Status open(const std::string& path) { return m_csv.open(path); }
    void field(std::string_view text) override { m_csv.field(text); }
    void number(double value) override { m_csv.number(value); }
    void date(int64_t seconds, bool dateOnly) override { m_csv.field(formatTimestamp(seconds, dateOnly)); }
    void endRow() override { m_csv.endRow(); }
    Status close() override { return m_csv.close(); }

private:
    CsvWriter m_csv;
};

// libxlsxwriter reports its own errors on stderr ("[ERROR] workbook_close(): ..."); ours say
// the same in the one error line, so the library's are silenced while it runs.
class QuietStderr {
public:
    QuietStderr()
    {
        std::fflush(stderr);
        m_saved = ::dup(STDERR_FILENO);
        const int null = ::open("/dev/null", O_WRONLY);
        if (m_saved >= 0 && null >= 0) ::dup2(null, STDERR_FILENO);
        if (null >= 0) ::close(null);
    }
    ~QuietStderr()
    {
        std::fflush(stderr);
        if (m_saved >= 0) {
            ::dup2(m_saved, STDERR_FILENO);
            ::close(m_saved);
        }
    }
    QuietStderr(const QuietStderr&) = delete;
    QuietStderr& operator=(const QuietStderr&) = delete;

private:
    int m_saved = -1;
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
        QuietStderr quiet;
        m_workbook = workbook_new(path.c_str());
        if (!m_workbook) return Status::ioError(path + ": cannot create the workbook");
        m_sheet = workbook_add_worksheet(m_workbook, sheetName.substr(0, 31).c_str());
        if (!m_sheet) return Status::ioError(path + ": cannot add a worksheet");
        m_dateFormat = workbook_add_format(m_workbook);
        format_set_num_format(m_dateFormat, "yyyy-mm-dd");
        m_dateTimeFormat = workbook_add_format(m_workbook);
        format_set_num_format(m_dateTimeFormat, "yyyy-mm-dd hh:mm:ss");
        return Status::ok();
    }
    // Always a string cell, never a formula: an id such as "=SUM(A1)" or "+49 ..." stays text.
    void field(std::string_view text) override
    {
        if (m_row >= kMaxRows) return;
        const std::string value(text);
        worksheet_write_string(m_sheet, m_row, m_column++, value.c_str(), nullptr);
    }
    void date(int64_t seconds, bool dateOnly) override
    {
        if (m_row < kMaxRows) {
            // A spreadsheet date is days since 1899-12-30 (Excel's 1900 system; the leap-year bug
            // only shifts dates before March 1900, which forecasts do not reach).
            const double days = double(seconds) / double(kSecondsPerDay) + 25569.0;
            if (days >= 61.0 && days < 2958466.0)
                worksheet_write_number(m_sheet, m_row, m_column, days, dateOnly ? m_dateFormat : m_dateTimeFormat);
            else
                worksheet_write_string(m_sheet, m_row, m_column, formatTimestamp(seconds, dateOnly).c_str(), nullptr);
        }
        ++m_column;
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
        lxw_error error;
        {
            QuietStderr quiet;
            error = workbook_close(m_workbook);
        }
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
    lxw_format* m_dateFormat = nullptr;
    lxw_format* m_dateTimeFormat = nullptr;
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

// Writes to a temporary file beside the destination and renames it over the destination only
// once everything was written: a full disk, an error or a kill never leaves a truncated file
// where the output belongs (nor destroys an earlier one).
class AtomicTabularWriter : public TabularWriter {
public:
    AtomicTabularWriter(std::unique_ptr<TabularWriter> inner, std::string temporary, std::string destination)
        : m_inner(std::move(inner)), m_temporary(std::move(temporary)), m_destination(std::move(destination)) {}
    ~AtomicTabularWriter() override
    {
        if (m_closed) return;
        m_inner.reset();
        std::remove(m_temporary.c_str());
    }
    void field(std::string_view text) override { m_inner->field(text); }
    void number(double value) override { m_inner->number(value); }
    void date(int64_t seconds, bool dateOnly) override { m_inner->date(seconds, dateOnly); }
    void endRow() override { m_inner->endRow(); }
    Status close() override
    {
        if (m_closed) return Status::ok();
        m_closed = true;
        Status status = m_inner->close();
        if (!status.isOk()) {
            // Name the file the user asked for, not the temporary one.
            std::string message = status.message();
            for (size_t at = message.find(m_temporary); at != std::string::npos; at = message.find(m_temporary))
                message.replace(at, m_temporary.size(), m_destination);
            status = status.code() == Status::Code::IoError ? Status::ioError(message) : Status::invalidInput(message);
        }
        if (status.isOk() && std::rename(m_temporary.c_str(), m_destination.c_str()) != 0)
            status = Status::ioError(m_destination + ": cannot write: " + std::strerror(errno));
        if (!status.isOk()) std::remove(m_temporary.c_str());
        return status;
    }

private:
    std::unique_ptr<TabularWriter> m_inner;
    std::string m_temporary, m_destination;
    bool m_closed = false;
};

} // namespace

Result<std::unique_ptr<TabularWriter>> openTabularWriter(const std::string& path, const std::string& sheetName)
{
    const std::string temporary = temporaryPathFor(path);
    std::unique_ptr<TabularWriter> inner;
    if (endsWithXlsx(path)) {
        auto writer = std::make_unique<XlsxTabularWriter>();
        ALMANAC_RETURN_IF_ERROR(writer->open(temporary, sheetName));
        inner = std::move(writer);
    } else {
        auto writer = std::make_unique<CsvTabularWriter>();
        const Status opened = writer->open(temporary);
        // The message names the file the user asked for, not the temporary one.
        if (!opened.isOk()) return Status::ioError(path + ": cannot write: " + std::strerror(errno));
        inner = std::move(writer);
    }
    return std::unique_ptr<TabularWriter>(std::make_unique<AtomicTabularWriter>(std::move(inner), temporary, path));
}

} // namespace almanac
