#pragma once

#include "domain/wallclock.h"

#include <QDateTime>

#include <atomic>

// A clock that stands still until the test moves it. While it lives it stands in front
// of wallclock, so every time the core reads is this one: the time stamps repositories
// write, the retention cut-off, and the clock of a LiveInterview or InterviewRecordModel
// made without one of its own. Safe to read from a worker thread while the test moves it.
class TestClock
{
public:
    // 2024-03-01 10:00:00 UTC: where every TestClock starts unless told otherwise.
    static QDateTime start();

    explicit TestClock(const QDateTime &time = start());
    TestClock(const TestClock &) = delete;
    TestClock &operator=(const TestClock &) = delete;

    QDateTime now() const;
    void set(const QDateTime &time);
    void advanceSeconds(qint64 seconds);
    // start() plus `seconds`: the times tests compare with.
    static QDateTime at(qint64 seconds) { return start().addSecs(seconds); }

private:
    std::atomic<qint64> m_msecs;
    wallclock::Override m_override;
};
