#pragma once

#include <time.h>

// CLOCK_MONOTONIC in milliseconds. On Linux every process reads the same clock, so the
// typist's keystroke times and the harness's kill time can be compared directly.
inline double monotonicMs()
{
    timespec now{};
    clock_gettime(CLOCK_MONOTONIC, &now);
    return double(now.tv_sec) * 1e3 + double(now.tv_nsec) / 1e6;
}
