#include "sync/syncworker.h"

#include "domain/errors.h"
#include "storage/database.h"
#include "storage/localsync.h"
#include "storage/teamserver.h"
#include "storage/teamurl.h"
#include "sync/credentials.h"
#include "sync/synccycle.h"
#include "sync/syncengine.h"

#include <QTimer>

#include <algorithm>

using State = SyncEngine::State;

SyncWorker::SyncWorker(const QString &databasePath)
    : m_path(databasePath)
{}

SyncWorker::~SyncWorker()
{
    stop();
}

void SyncWorker::start()
{
    const auto timer = [this](int ms, bool single, auto slot) {
        auto *t = new QTimer(this);
        t->setInterval(ms);
        t->setSingleShot(single);
        QObject::connect(t, &QTimer::timeout, this, slot);
        return t;
    };
    m_periodic = timer(SyncEngine::kPeriodicMs, false, [this] {
        if (!m_retry->isActive())
            cycle(true);
    });
    m_poll = timer(SyncEngine::kOutboxPollMs, false, [this] { pollOutbox(); });
    m_retry = timer(SyncEngine::kBackoffMinMs, true, [this] { cycle(true); });
    m_soon = timer(0, true, [this] { cycle(true); });
    try {
        m_database = std::make_unique<Database>(m_path, Database::Role::Secondary);
        m_server = std::make_unique<TeamServer>();
        QObject::connect(m_server.get(), &TeamServer::changed, this, [this](qint64, bool fromSelf) {
            if (!fromSelf && !m_soon->isActive())
                m_soon->start();
        });
        m_cycle = std::make_unique<SyncCycle>(*m_database, *m_server);
    } catch (const PanelistError &error) {
        m_error = error.message();
        m_state = int(State::Offline);
        report(false, false);
        return;
    }
    m_poll->start();
    pollOutbox();
}

void SyncWorker::stop()
{
    for (QTimer *t : {m_periodic, m_poll, m_retry, m_soon}) {
        if (t)
            t->stop();
    }
    m_cycle.reset();
    m_server.reset();
    m_database.reset();
}

void SyncWorker::syncNow()
{
    if (!m_cycle)
        return;
    m_retry->stop();
    m_backoffMs = 0;
    cycle(true);
}

void SyncWorker::pollOutbox()
{
    if (!m_cycle)
        return;
    try {
        const std::optional<LocalSync::Team> team = m_cycle->local().team();
        const QString url = team ? team->serverUrl : QString();
        if (url != m_linkedUrl) {
            // Joined or left meanwhile (the command line, or another window).
            m_linkedUrl = url;
            m_server->close();
            m_retry->stop();
            m_backoffMs = 0;
            m_lastPending = -1;
            if (!team) {
                m_periodic->stop();
                m_state = int(State::NotLinked);
                m_error.clear();
                report(false, true);
                return;
            }
            m_periodic->start();
            cycle(true);
            return;
        }
        if (!team)
            return;
        const int pending = m_cycle->local().pendingCount();
        if (pending == m_lastPending)
            return;
        m_lastPending = pending;
        const bool waiting = m_retry->isActive() || m_state == int(State::SignInNeeded);
        if (pending > 0 && !waiting)
            cycle(true);
        else
            report(false, true);
    } catch (const PanelistError &) {
        // The file is busy for longer than the busy timeout: the next poll tries again.
    }
}

void SyncWorker::signIn()
{
    if (m_server->isOpen())
        return;
    // The keychain's password, or none: libpq reads its password file (sync/credentials.h).
    const TeamUrl url = TeamUrl::parse(m_linkedUrl);
    m_server->open(url, credentials::password(url).value_or(QString()));
    if (!m_listening) {
        // LISTEN is kept across reopens by TeamServer itself.
        m_server->listen();
        m_listening = true;
    }
}

void SyncWorker::cycle(bool pushToo)
{
    if (!m_cycle || m_linkedUrl.isEmpty())
        return;
    try {
        if (m_cycle->local().pendingCount() > 0 && m_state != int(State::Syncing)) {
            m_state = int(State::Syncing);
            report(false, true);
        }
        signIn();
        const SyncCycle::Moved moved = pushToo ? m_cycle->run() : m_cycle->pull();
        m_backoffMs = 0;
        m_error.clear();
        m_state = int(m_cycle->local().conflictCount() > 0 ? State::Conflicts : State::Synced);
        m_lastPending = m_cycle->local().pendingCount();
        report(true, true);
        if (moved.pulled > 0)
            emit changesApplied(moved.pulled);
        // Changed while it pushed: go again soon (the poll sees it too). Not for a plan
        // held back until a pull completes it: another cycle now would not push it.
        if (m_lastPending > m_cycle->local().heldBackCount())
            m_soon->start();
    } catch (const TeamError &error) {
        m_error = error.message();
        switch (error.kind()) {
        case TeamError::Kind::AuthenticationFailed:
        case TeamError::Kind::NotAMember:
            m_state = int(State::SignInNeeded);
            m_backoffMs = SyncEngine::kBackoffMaxMs / 2; // doubled to the maximum below
            break;
        default:
            m_state = int(State::Offline);
            break;
        }
        m_server->close();
        scheduleRetry();
        report(true, false);
    } catch (const PanelistError &error) {
        // The local file (busy, disk): keep the state, try again after the backoff.
        m_error = error.message();
        scheduleRetry();
        report(true, false);
    }
}

void SyncWorker::scheduleRetry()
{
    m_backoffMs = m_backoffMs == 0 ? SyncEngine::kBackoffMinMs
                                   : std::min(m_backoffMs * 2, SyncEngine::kBackoffMaxMs);
    m_retry->start(m_backoffMs);
}

void SyncWorker::report(bool cycleEnded, bool ok)
{
    int pending = 0, conflicts = 0;
    QDateTime lastSync;
    if (m_cycle) {
        try {
            pending = m_cycle->local().pendingCount();
            conflicts = m_cycle->local().conflictCount();
            if (const std::optional<LocalSync::Team> team = m_cycle->local().team())
                lastSync = team->lastSyncAt;
        } catch (const PanelistError &) {
            pending = std::max(m_lastPending, 0);
        }
    }
    emit status(m_state, pending, conflicts, lastSync, m_error, cycleEnded, ok);
}
