#include "ui/BackgroundPriority.h"

#ifdef __linux__
#include <sys/resource.h>
#include <sys/syscall.h>
#include <unistd.h>
#endif

namespace almanac::ui {

void lowerThisThreadsPriority()
{
#ifdef __linux__
    // Per thread on Linux: the nice value of this thread only (pool threads keep it, which is
    // what they are for).
    setpriority(PRIO_PROCESS, id_t(syscall(SYS_gettid)), 10);
#endif
}

} // namespace almanac::ui
