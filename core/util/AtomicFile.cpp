#include "util/AtomicFile.h"

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <signal.h>
#include <unistd.h>

namespace almanac {

std::string temporaryPathFor(const std::string& path)
{
    namespace fs = std::filesystem;
    const fs::path destination(path);
    const std::string prefix = destination.filename().string() + ".partial-";
    std::error_code ec;
    const fs::path folder = destination.has_parent_path() ? destination.parent_path() : fs::path(".");
    for (fs::directory_iterator it(folder, ec), end; !ec && it != end; it.increment(ec)) {
        const std::string name = it->path().filename().string();
        if (name.size() <= prefix.size() || name.compare(0, prefix.size(), prefix) != 0) continue;
        const std::string digits = name.substr(prefix.size());
        if (digits.find_first_not_of("0123456789") != std::string::npos || digits.size() > 9) continue;
        const pid_t pid = pid_t(std::stol(digits));
        if (pid > 0 && ::kill(pid, 0) != 0 && errno == ESRCH) fs::remove(it->path(), ec);
    }
    return path + ".partial-" + std::to_string(::getpid());
}

Status writeFileAtomically(const std::string& path, const std::string& content)
{
    const std::string temporary = temporaryPathFor(path);
    std::FILE* file = std::fopen(temporary.c_str(), "wb");
    if (!file) return Status::ioError(path + ": cannot write: " + std::strerror(errno));
    const bool written = std::fwrite(content.data(), 1, content.size(), file) == content.size();
    const int writeError = errno;
    const bool closed = std::fclose(file) == 0;
    const int error = written ? errno : writeError;
    if (!written || !closed) {
        std::remove(temporary.c_str());
        return Status::ioError(path + ": cannot write: " + std::strerror(error));
    }
    if (std::rename(temporary.c_str(), path.c_str()) != 0) {
        const int renameError = errno;
        std::remove(temporary.c_str());
        return Status::ioError(path + ": cannot write: " + std::strerror(renameError));
    }
    return Status::ok();
}

} // namespace almanac
