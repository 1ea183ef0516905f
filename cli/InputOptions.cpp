#include "cli/InputOptions.h"

#include <filesystem>

#include "cli/TerminalProgress.h"

namespace almanac::cli {

void addInputOptions(CLI::App* command, InputOptions& options, bool withDimensions)
{
    command->add_option("--domain", options.domain,
                        "Domain whose schema names the columns (RETAIL, ..., CUSTOM; see `schemas`)");
    command->add_option("--map", options.map, "field=column for a header the schema does not recognise (repeatable)");
    if (withDimensions)
        command->add_option("--dimensions", options.dimensions,
                            "Comma-separated columns that identify a series together with the item (store_id,...)");
    command->add_option("--timestamp-format", options.timestampFormat,
                        "auto, iso, mdy, dmy, dmy-dot, unix or unix-ms")
        ->capture_default_str();
    command->add_option("--delimiter", options.delimiter, "Field delimiter: comma, semicolon, tab, pipe (default: detected)");
    command->add_option("--decimal", options.decimal, "Decimal separator: point or comma (default: comma for ;-files)");
    command->add_option("--encoding", options.encoding, "utf-8 or latin-1 (default: detected)");
    command->add_flag("--skip-bad-rows", options.skipBadRows,
                      "Leave out rows with an unreadable value or the wrong number of fields, and say how many "
                      "(default: the first such row is an error)");
}

Result<ImportOptions> toImportOptions(const InputOptions& in, DatasetType type)
{
    ImportOptions out;
    out.type = type;
    out.domain = in.domain;
    auto map = parseFieldMap(in.map);
    if (!map.isOk()) return map.status();
    out.mapping = *map;
    out.dimensions = splitList(in.dimensions);
    out.skipBadRows = in.skipBadRows;
    if (!timestampFormatFromName(toLower(in.timestampFormat), out.timestampFormat))
        return Status::invalidInput("--timestamp-format: unknown format '" + in.timestampFormat + "'");
    const std::string d = toLower(in.delimiter);
    if (d.empty()) out.dialect.delimiter = 0;
    else if (d == "comma" || d == ",") out.dialect.delimiter = ',';
    else if (d == "semicolon" || d == ";") out.dialect.delimiter = ';';
    else if (d == "tab" || d == "\\t" || d == "\t") out.dialect.delimiter = '\t';
    else if (d == "pipe" || d == "|") out.dialect.delimiter = '|';
    else if (d.size() == 1) out.dialect.delimiter = d[0];
    else return Status::invalidInput("--delimiter: unknown delimiter '" + in.delimiter + "'");
    const std::string dec = toLower(in.decimal);
    if (dec == "comma") out.dialect.decimalComma = 1;
    else if (dec == "point" || dec == "dot") out.dialect.decimalComma = 0;
    else if (!dec.empty()) return Status::invalidInput("--decimal: expected point or comma, got '" + in.decimal + "'");
    const std::string enc = toLower(in.encoding);
    if (enc == "utf-8" || enc == "utf8") out.dialect.encoding = int(TextEncoding::Utf8);
    else if (enc == "latin-1" || enc == "latin1" || enc == "windows-1252" || enc == "cp1252")
        out.dialect.encoding = int(TextEncoding::Windows1252);
    else if (!enc.empty()) return Status::invalidInput("--encoding: expected utf-8 or latin-1, got '" + in.encoding + "'");
    return out;
}

Result<LoadedDataset> loadWithProgress(const std::string& path, const ImportOptions& options)
{
    TerminalProgress progress;
    JobContext job;
    job.progress = progress.sink();
    auto loaded = loadDataset(path, options, job);
    if (loaded.isOk() && loaded->skipped.count > 0) {
        const SkippedRows& skipped = loaded->skipped;
        note("skipped " + std::to_string(skipped.count) + " row" + (skipped.count == 1 ? "" : "s") + " with errors, "
             + std::to_string(loaded->table.rowCount) + " read; the first: " + skipped.firstErrors.front());
        for (size_t i = 1; i < skipped.firstErrors.size(); ++i) note("  also: " + skipped.firstErrors[i]);
        if (skipped.count > int64_t(skipped.firstErrors.size()))
            note("  and " + std::to_string(skipped.count - int64_t(skipped.firstErrors.size())) + " more");
    }
    return loaded;
}

Status refuseOverwritingInputs(const std::vector<std::string>& inputs, const std::vector<std::string>& outputs)
{
    namespace fs = std::filesystem;
    auto same = [](const std::string& a, const std::string& b) {
        std::error_code ec;
        if (fs::exists(a, ec) && fs::exists(b, ec)) return fs::equivalent(a, b, ec);
        // Not there yet: the same path once "." and ".." and links are resolved.
        return fs::weakly_canonical(a, ec) == fs::weakly_canonical(b, ec);
    };
    for (size_t o = 0; o < outputs.size(); ++o) {
        if (outputs[o].empty()) continue;
        std::error_code ec;
        if (fs::is_directory(outputs[o], ec)) return Status::ioError(outputs[o] + ": is a folder, not a file");
        for (const std::string& input : inputs)
            if (!input.empty() && same(input, outputs[o]))
                return Status::invalidInput(outputs[o] + ": is also an input (" + input + "); writing it would destroy it, choose another file");
        for (size_t p = 0; p < o; ++p)
            if (!outputs[p].empty() && same(outputs[p], outputs[o]))
                return Status::invalidInput(outputs[o] + ": given for two outputs; choose two files");
    }
    return Status::ok();
}

} // namespace almanac::cli
