#include "common/team.h"

#include "sync/syncengine.h"

#include <QJSEngine>

namespace {
TeamStatus *s_instance = nullptr;
}

TeamStatus::TeamStatus(SyncEngine *engine, QObject *parent)
    : QObject(parent)
    , m_engine(engine)
{
    if (m_engine)
        connect(m_engine, &SyncEngine::statusChanged, this, &TeamStatus::statusChanged);
}

TeamStatus *TeamStatus::create(QQmlEngine *, QJSEngine *)
{
    Q_ASSERT_X(s_instance, "TeamStatus", "the window must create the team status before QML");
    QJSEngine::setObjectOwnership(s_instance, QJSEngine::CppOwnership);
    return s_instance;
}

void TeamStatus::setInstance(TeamStatus *instance)
{
    s_instance = instance;
}

bool TeamStatus::linked() const
{
    return m_engine && m_engine->state() != SyncEngine::State::NotLinked;
}

QString TeamStatus::statusText() const
{
    return m_engine ? m_engine->statusText() : QString();
}

int TeamStatus::state() const
{
    return int(m_engine ? m_engine->state() : SyncEngine::State::NotLinked);
}

int TeamStatus::pendingCount() const
{
    return m_engine ? m_engine->pendingCount() : 0;
}

int TeamStatus::conflictCount() const
{
    return m_engine ? m_engine->conflictCount() : 0;
}

void TeamStatus::syncNow()
{
    if (m_engine)
        m_engine->syncNow();
}
