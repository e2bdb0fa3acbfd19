#include "sync/teammembership.h"

#include "domain/errors.h"
#include "storage/database.h"
#include "storage/decisionrepository.h"
#include "storage/settingsstore.h"
#include "storage/teamserver.h"
#include "sync/credentials.h"

#include <QUuid>

TeamMembership::TeamMembership(Database &database)
    : m_database(database)
    , m_local(database)
{}

const QList<vocabulary::EntityKind> &TeamMembership::sharedKinds()
{
    static const QList<vocabulary::EntityKind> kinds = {vocabulary::EntityKind::Category,
                                                        vocabulary::EntityKind::Question,
                                                        vocabulary::EntityKind::Plan};
    return kinds;
}

namespace {

TeamMembership::Check who(TeamServer &server)
{
    TeamMembership::Check check;
    check.server = server.displayUrl();
    check.role = server.role();
    check.lead = server.isLead();
    const QHash<QString, int> counts = server.counts();
    check.categories = counts.value(vocabulary::key(vocabulary::EntityKind::Category));
    check.questions = counts.value(vocabulary::key(vocabulary::EntityKind::Question));
    check.plans = counts.value(vocabulary::key(vocabulary::EntityKind::Plan));
    return check;
}

} // namespace

TeamMembership::Check TeamMembership::check(const TeamUrl &url, const QString &password)
{
    TeamServer server;
    server.open(url, password);
    return who(server);
}

TeamMembership::Unshared TeamMembership::unshared() const
{
    Unshared unshared;
    unshared.categories = m_local.unsharedCount({vocabulary::EntityKind::Category});
    unshared.questions = m_local.unsharedCount({vocabulary::EntityKind::Question});
    unshared.plans = m_local.unsharedCount({vocabulary::EntityKind::Plan});
    return unshared;
}

TeamMembership::Joined TeamMembership::join(const TeamUrl &url, const QString &password,
                                            bool uploadLocal)
{
    if (const std::optional<LocalSync::Team> team = m_local.team())
        throw PanelistError(tr("%1 is in the team at %2 already; leave that team first.")
                                .arg(m_database.location(), team->serverUrl));
    TeamServer server;
    server.open(url, password);
    Joined joined;
    m_local.link(url.withoutPassword().displayUrl(), server.role(),
                 QUuid::createUuid().toString(QUuid::WithoutBraces));
    SyncCycle cycle(m_database, server);
    try {
        if (uploadLocal) {
            // Queued before the first pull: what the team has too is adopted (the same
            // payload) or kept as a conflict (another text), never overwritten unseen.
            m_local.queueExisting(sharedKinds());
            joined.moved = cycle.run();
        } else {
            joined.moved = cycle.pull();
            joined.unshared = unshared();
            if (!joined.linked()) {
                m_local.unlink();
                joined.who = who(server);
                return joined;
            }
        }
        joined.who = who(server);
    } catch (const PanelistError &) {
        m_local.unlink();
        throw;
    }
    if (!password.isEmpty())
        credentials::store(url, password);
    // Whether this laptop decides on candidates (DecisionRepository::authority).
    SettingsStore(m_database)
        .setValue(DecisionRepository::kTeamLeadKey,
                  joined.who.lead ? QStringLiteral("1") : QStringLiteral("0"));
    return joined;
}

TeamMembership::Left TeamMembership::leave()
{
    const std::optional<LocalSync::Team> team = m_local.team();
    if (!team)
        throw PanelistError(
            tr("%1 is in no team; there is nothing to leave.").arg(m_database.location()));
    Left left;
    left.server = team->serverUrl;
    left.pending = m_local.pendingCount();
    m_local.unlink();
    SettingsStore(m_database).remove(DecisionRepository::kTeamLeadKey);
    credentials::remove(TeamUrl::parse(team->serverUrl));
    return left;
}
