#pragma once
// Background work shares the cores with the GUI thread: it runs (and the threads it starts
// inherit) a lower scheduling priority, so the event loop gets the CPU as soon as it has work.
namespace almanac::ui {

void lowerThisThreadsPriority();

} // namespace almanac::ui
