#include "support/testclock.h"

QDateTime TestClock::start()
{
    return QDateTime(QDate(2024, 3, 1), QTime(10, 0), Qt::UTC);
}

TestClock::TestClock(const QDateTime &time)
    : m_msecs(time.toMSecsSinceEpoch())
    , m_override([this] { return now(); })
{}

QDateTime TestClock::now() const
{
    return QDateTime::fromMSecsSinceEpoch(m_msecs.load(), Qt::UTC);
}

void TestClock::set(const QDateTime &time)
{
    m_msecs.store(time.toMSecsSinceEpoch());
}

void TestClock::advanceSeconds(qint64 seconds)
{
    m_msecs.fetch_add(seconds * 1000);
}
