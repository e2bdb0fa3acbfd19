#include "domain/wallclock.h"

#include <QMutex>
#include <QMutexLocker>

#include <utility>
#include <vector>

namespace wallclock {

namespace {

struct Installed
{
    const Override *owner;
    Source source;
};

QMutex &mutex()
{
    static QMutex m;
    return m;
}

std::vector<Installed> &installed()
{
    static std::vector<Installed> list;
    return list;
}

} // namespace

QDateTime now()
{
    Source source;
    {
        const QMutexLocker lock(&mutex());
        if (!installed().empty())
            source = installed().back().source;
    }
    return source ? source().toUTC() : QDateTime::currentDateTimeUtc();
}

Override::Override(Source source)
{
    const QMutexLocker lock(&mutex());
    installed().push_back({this, std::move(source)});
}

Override::~Override()
{
    const QMutexLocker lock(&mutex());
    std::vector<Installed> &list = installed();
    for (auto it = list.begin(); it != list.end(); ++it) {
        if (it->owner == this) {
            list.erase(it);
            break;
        }
    }
}

} // namespace wallclock
