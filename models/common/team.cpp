#include "common/team.h"

#include "domain/errors.h"
#include "storage/database.h"
#include "storage/localsync.h"
#include "storage/teamsql.h"
#include "storage/teamurl.h"
#include "sync/credentials.h"
#include "sync/syncengine.h"
#include "sync/teammembership.h"

#include <QJSEngine>
#include <QLocale>
#include <QThread>

namespace {
TeamStatus *s_instance = nullptr;
}

// What the worker hands back to the UI thread.
struct TeamStatus::Outcome
{
    bool ok = false;
    QString message;
    TeamMembership::Joined joined;
};

TeamStatus::TeamStatus(Database &database, SyncEngine *engine, EngineStarter startEngine,
                       QObject *parent)
    : QObject(parent)
    , m_database(database)
    , m_engine(nullptr)
    , m_startEngine(std::move(startEngine))
    , m_conflicts(database)
{
    readTeam();
    setEngine(engine);
    connect(&m_conflicts, &ConflictListModel::resolved, this, [this] {
        emit localDataChanged();
        syncNow(); // the resolution goes to the team now, not at the next poll
        emit statusChanged();
    });
}

TeamStatus::~TeamStatus()
{
    if (m_worker) {
        // A test or join in progress: it ends within the connect timeout.
        m_worker->disconnect(this);
        m_worker->wait();
        delete m_worker;
    }
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

void TeamStatus::setEngine(SyncEngine *engine)
{
    if (!engine || engine == m_engine)
        return;
    m_engine = engine;
    connect(m_engine, &SyncEngine::statusChanged, this, &TeamStatus::onEngineStatus);
    connect(m_engine, &SyncEngine::changesArrived, this, &TeamStatus::localDataChanged);
}

void TeamStatus::onEngineStatus()
{
    readTeam();
    // Row by row: a card open in the dialog stays as it is unless its conflict went.
    m_conflicts.reload();
    emit statusChanged();
}

void TeamStatus::readTeam()
{
    try {
        const std::optional<LocalSync::Team> team = LocalSync(m_database).team();
        m_linked = team.has_value();
        m_serverUrl = team ? team->serverUrl : QString();
        m_role = team ? team->role : QString();
        m_lastSyncAt = team ? team->lastSyncAt : QDateTime();
    } catch (const PanelistError &) {
        // Busy beyond the busy timeout: what was read last stays until the next status.
    }
}

bool TeamStatus::linked() const
{
    return m_linked;
}

QString TeamStatus::statusText() const
{
    if (!m_linked)
        return {};
    const QString text = m_engine ? m_engine->statusText() : QString();
    return text.isEmpty() ? tr("Syncing…") : text;
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
    return m_engine ? m_engine->conflictCount() : m_conflicts.rowCount();
}

QString TeamStatus::serverUrl() const
{
    return m_serverUrl;
}

QString TeamStatus::role() const
{
    return m_role;
}

QString TeamStatus::lastSyncText() const
{
    QDateTime when = m_engine ? m_engine->lastSyncAt() : QDateTime();
    if (!when.isValid() || (m_lastSyncAt.isValid() && m_lastSyncAt > when))
        when = m_lastSyncAt;
    if (!when.isValid())
        return tr("never");
    return QLocale().toString(when.toLocalTime(), QLocale::ShortFormat);
}

QString TeamStatus::lastError() const
{
    return m_engine ? m_engine->lastError() : QString();
}

void TeamStatus::syncNow()
{
    if (m_engine)
        m_engine->syncNow();
}

void TeamStatus::setMessage(const QString &message, bool error)
{
    m_message = message;
    m_messageIsError = error;
    emit messageChanged();
}

void TeamStatus::runOnWorker(std::function<void(Outcome &)> work,
                             std::function<void(const Outcome &)> done)
{
    if (m_worker)
        return; // the buttons are disabled meanwhile
    auto outcome = std::make_shared<Outcome>();
    m_worker = QThread::create([work = std::move(work), outcome] {
        try {
            work(*outcome);
        } catch (const PanelistError &error) {
            outcome->ok = false;
            outcome->message = error.message();
        }
    });
    connect(m_worker, &QThread::finished, this, [this, outcome, done = std::move(done)] {
        m_worker->deleteLater();
        m_worker = nullptr;
        emit busyChanged();
        done(*outcome);
    });
    m_worker->start();
    emit busyChanged();
}

namespace {

// "12 questions and 2 plans", what is not zero.
QString counted(int categories, int questions, int plans)
{
    QStringList parts;
    if (categories > 0)
        parts << TeamStatus::tr("%n category(s)", "", categories);
    if (questions > 0 || (parts.isEmpty() && plans == 0))
        parts << TeamStatus::tr("%n question(s)", "", questions);
    if (plans > 0)
        parts << TeamStatus::tr("%n plan(s)", "", plans);
    if (parts.size() == 1)
        return parts.first();
    const QString last = parts.takeLast();
    return TeamStatus::tr("%1 and %2").arg(parts.join(QStringLiteral(", ")), last);
}

QString roleWords(const TeamMembership::Check &who)
{
    return who.lead ? TeamStatus::tr("lead") : TeamStatus::tr("interviewer");
}

} // namespace

void TeamStatus::testConnection(const QString &url, const QString &password)
{
    setMessage(tr("Connecting…"), false);
    runOnWorker(
        [url = url.trimmed(), password](Outcome &outcome) {
            const TeamMembership::Check who = TeamMembership::check(TeamUrl::parse(url), password);
            outcome.ok = true;
            outcome.message =
                tr("Connected as %1 (%2) — the team has %3.")
                    .arg(who.role, roleWords(who), counted(0, who.questions, who.plans));
        },
        [this](const Outcome &outcome) {
            setMessage(outcome.message, !outcome.ok);
            emit tested(outcome.ok);
        });
}

void TeamStatus::join(const QString &url, const QString &password, bool uploadLocal)
{
    setMessage(tr("Joining…"), false);
    const QString location = m_database.location();
    runOnWorker(
        [url = url.trimmed(), password, uploadLocal, location](Outcome &outcome) {
            Database database(location, Database::Role::Secondary);
            outcome.joined =
                TeamMembership(database).join(TeamUrl::parse(url), password, uploadLocal);
            outcome.ok = true;
        },
        [this](const Outcome &outcome) {
            if (!outcome.ok) {
                setMessage(outcome.message, true);
                emit joined(false);
                return;
            }
            const TeamMembership::Joined &joinedTeam = outcome.joined;
            // The team's data came down in either case.
            emit localDataChanged();
            if (!joinedTeam.linked()) {
                const TeamMembership::Unshared &u = joinedTeam.unshared;
                setMessage({}, false);
                // Categories go with their questions; named only when alone.
                const bool contents = u.questions + u.plans > 0;
                emit uploadAsked(
                    tr("Share this laptop's %1 with the team?")
                        .arg(counted(contents ? 0 : u.categories, u.questions, u.plans)));
                return;
            }
            readTeam();
            // The password file may be new: libpq reads it from now on (an engine that
            // started before it existed included; it is idle while not in a team).
            credentials::usePasswordFile();
            if (!m_engine && m_startEngine)
                setEngine(m_startEngine());
            else
                syncNow();
            m_conflicts.reload();
            setMessage(tr("Joined the team at %1 as %2. First sync: %3.")
                           .arg(joinedTeam.who.server, joinedTeam.who.role,
                                SyncCycle::describe(joinedTeam.moved)),
                       false);
            emit statusChanged();
            emit joined(true);
        });
}

QString TeamStatus::leaveQuestion() const
{
    int pending = 0;
    try {
        pending = LocalSync(m_database).pendingCount();
    } catch (const PanelistError &) {
    }
    QString text = tr("Leave the team at %1? This laptop's questions, plans and interviews "
                      "stay here; they stop reaching the team.")
                       .arg(m_serverUrl);
    if (pending > 0)
        text += QLatin1Char(' ') +
                tr("%n change(s) made here have not reached the team's server and will not.", "",
                   pending);
    return text;
}

bool TeamStatus::leave()
{
    try {
        const TeamMembership::Left left = TeamMembership(m_database).leave();
        QString text = tr("Left the team at %1; the local data stays here.").arg(left.server);
        if (left.pending > 0)
            text += QLatin1Char(' ') +
                    tr("%n local change(s) had not reached the team's server.", "", left.pending);
        setMessage(text, false);
    } catch (const PanelistError &error) {
        setMessage(error.message(), true);
        return false;
    }
    readTeam();
    m_conflicts.reload();
    emit statusChanged();
    return true;
}
