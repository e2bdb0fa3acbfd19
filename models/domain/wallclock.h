#pragma once

#include <QDateTime>

#include <functional>

// The one place the core reads the time of day. The time stamps the repositories write,
// the retention cut-off, the default clock of the live interview and of the interview
// record, the PDF's "printed" time and the export file names all come from
// wallclock::now(): the system clock, unless a test put its own clock in front of it.
namespace wallclock {

using Source = std::function<QDateTime()>;

// The current time, in UTC.
QDateTime now();

// For tests: while an Override lives, now() answers from its source (the newest living
// Override wins, whichever order they end in). Install it before a thread that reads the
// time starts; the source itself must be safe to call from any thread.
class Override
{
public:
    explicit Override(Source source);
    ~Override();
    Override(const Override &) = delete;
    Override &operator=(const Override &) = delete;
};

} // namespace wallclock
