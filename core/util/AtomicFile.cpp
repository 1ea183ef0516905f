#include "util/AtomicFile.h"

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <unistd.h>

namespace almanac {

Status writeFileAtomically(const std::string& path, const std::string& content)
{
    const std::string temporary = path + ".partial-" + std::to_string(::getpid());
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
