#include "storage/teamserver.h"

#include <QCryptographicHash>
#include <QJsonDocument>
#include <QMessageAuthenticationCode>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

#include <algorithm>

namespace {

constexpr int kScramIterations = 4096;
constexpr int kMinimumPasswordLength = 8;

// The columns of a server row, in the order entityAt() reads them from `first` on.
const QLatin1String
    kEntityColumns("kind, uuid::text, version, deleted, purge, payload::text, owner::text, seq, "
                   "updated_by::text, updated_at");

TeamEntity entityAt(const QSqlQuery &query, int first)
{
    TeamEntity entity;
    entity.kind = query.value(first).toString();
    entity.uuid = query.value(first + 1).toString();
    entity.version = query.value(first + 2).toLongLong();
    entity.deleted = query.value(first + 3).toBool();
    entity.purge = query.value(first + 4).toBool();
    const QVariant payload = query.value(first + 5);
    if (!payload.isNull())
        entity.payload = QJsonDocument::fromJson(payload.toString().toUtf8()).object();
    entity.owner = query.value(first + 6).toString();
    entity.seq = query.value(first + 7).toLongLong();
    entity.updatedBy = query.value(first + 8).toString();
    entity.updatedAt = query.value(first + 9).toDateTime();
    return entity;
}

PushResult::Outcome outcomeNamed(const QString &name)
{
    if (name == QLatin1String("unchanged"))
        return PushResult::Outcome::Unchanged;
    if (name == QLatin1String("conflict"))
        return PushResult::Outcome::Conflict;
    if (name == QLatin1String("refused"))
        return PushResult::Outcome::Refused;
    if (name == QLatin1String("adopted"))
        return PushResult::Outcome::Adopted;
    return PushResult::Outcome::Accepted;
}

// PostgreSQL prepares a password with SASLprep (RFC 4013) before hashing it: text that
// is all ASCII stays as it is; otherwise other spaces become " ", invisible joiners go
// and the text is NFKC-normalised. Text SASLprep prohibits (control characters,
// private use, ...) is hashed as its raw bytes, as PostgreSQL does.
QByteArray preparedPassword(const QString &password)
{
    bool ascii = true;
    for (const QChar c : password)
        ascii = ascii && c.unicode() < 0x80;
    if (ascii)
        return password.toUtf8();
    QString mapped;
    for (const QChar c : password) {
        const char16_t u = c.unicode();
        if (u == 0x00AD || u == 0x034F || u == 0x1806 || (u >= 0x180B && u <= 0x180D) ||
            (u >= 0x200B && u <= 0x200D) || u == 0x2060 || (u >= 0xFE00 && u <= 0xFE0F) ||
            u == 0xFEFF)
            continue;
        if (c.category() == QChar::Separator_Space)
            mapped += QLatin1Char(' ');
        else
            mapped += c;
    }
    const QString normalized = mapped.normalized(QString::NormalizationForm_KC);
    for (const QChar c : normalized) {
        const QChar::Category category = c.category();
        if (category == QChar::Other_Control || category == QChar::Other_PrivateUse ||
            category == QChar::Other_NotAssigned || c.isNonCharacter())
            return password.toUtf8();
    }
    return normalized.toUtf8();
}

QByteArray hmac(const QByteArray &key, const QByteArray &message)
{
    return QMessageAuthenticationCode::hash(message, key, QCryptographicHash::Sha256);
}

// PBKDF2-HMAC-SHA-256 with one block of output (32 bytes), as SCRAM's Hi().
QByteArray saltedPassword(const QByteArray &password, const QByteArray &salt, int iterations)
{
    QMessageAuthenticationCode mac(QCryptographicHash::Sha256, password);
    mac.addData(salt + QByteArray("\0\0\0\1", 4));
    QByteArray block = mac.result();
    QByteArray result = block;
    for (int i = 1; i < iterations; ++i) {
        mac.reset();
        mac.addData(block);
        block = mac.result();
        for (int j = 0; j < result.size(); ++j)
            result[j] = static_cast<char>(result.at(j) ^ block.at(j));
    }
    return result;
}

} // namespace

TeamServer::TeamServer(QObject *parent)
    : QObject(parent)
    , m_connectionName(QStringLiteral("panelist-team-") + QUuid::createUuid().toString())
{}

TeamServer::~TeamServer()
{
    close();
}

QSqlDatabase TeamServer::connection() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

bool TeamServer::isOpen() const
{
    return QSqlDatabase::contains(m_connectionName) && connection().isOpen();
}

void TeamServer::close()
{
    if (!QSqlDatabase::contains(m_connectionName))
        return;
    {
        QSqlDatabase db = connection();
        db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
    m_role.clear();
    m_lead = false;
}

TeamError TeamServer::connectFailure(const QString &reason) const
{
    const QString server = m_url.displayUrl();
    // libpq's first line says what failed; the rest is advice ("Is the server running…").
    const QString why = reason.trimmed().section(QLatin1Char('\n'), 0, 0).simplified();
    const auto says = [&reason](const char *text) {
        return reason.contains(QLatin1String(text), Qt::CaseInsensitive);
    };
    if (says("password authentication failed") || says("no password supplied") ||
        says("authentication failed") || says("role \""))
        return TeamError(TeamError::Kind::AuthenticationFailed,
                         tr("The team server %1 refused the sign-in of %2: the password is wrong "
                            "or there is no such role. Check the password, or ask the team lead "
                            "to run: panelist team add-interviewer URL %2")
                             .arg(server, m_url.user()));
    if (says("no pg_hba.conf entry"))
        return TeamError(TeamError::Kind::AuthenticationFailed,
                         tr("The team server %1 does not accept %2 from this computer (its "
                            "pg_hba.conf has no entry for it). Ask the team lead to allow this "
                            "network or user: %3")
                             .arg(server, m_url.user(), why));
    if (says("database \"") && says("does not exist"))
        return TeamError(TeamError::Kind::NotATeam,
                         tr("The team server %1 has no database \"%2\". Check the URL, or "
                            "create the database and run: panelist team init URL")
                             .arg(server, m_url.database()));
    // A TLS session the server or the network dropped is no certificate problem.
    const bool dropped = says("SSL SYSCALL") || says("EOF detected") || says("closed unexpectedly");
    if ((says("SSL") || says("certificate")) && !dropped)
        return TeamError(TeamError::Kind::Refused,
                         tr("The secure connection to the team server %1 failed: %2. Check "
                            "sslmode and sslrootcert in the URL.")
                             .arg(server, why));
    return TeamError(TeamError::Kind::Unreachable,
                     tr("Cannot reach the team server %1: %2. Check the address, the "
                        "network and that the server is running.")
                         .arg(server, why));
}

void TeamServer::open(const TeamUrl &url, const QString &password, Purpose purpose)
{
    close();
    m_url = url.withoutPassword();
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), m_connectionName);
        db.setHostName(url.host());
        db.setPort(url.port());
        db.setDatabaseName(url.database());
        db.setUserName(url.user());
        // Empty: libpq finds it itself (PGPASSWORD, ~/.pgpass, PGPASSFILE).
        db.setPassword(password.isEmpty() ? url.password() : password);
        db.setConnectOptions(url.connectOptions(kConnectTimeoutSeconds));
        const bool opened = db.open();
        // Kept no longer than the handshake: a reconnect is given it again.
        db.setPassword(QString());
        if (!opened) {
            const QString reason = db.lastError().databaseText().trimmed().isEmpty()
                                       ? db.lastError().driverText()
                                       : db.lastError().databaseText();
            const TeamError error = connectFailure(reason);
            db = QSqlDatabase();
            close();
            throw error;
        }
    }
    try {
        // The server's notices ("role … is already a member") are not for people.
        teamsql::execDirect(connection(), displayUrl(), tr("setting up the connection"),
                            QStringLiteral("SET client_min_messages TO warning"));
        QSqlQuery who = teamsql::exec(
            connection(), displayUrl(), tr("reading the signed-in role"),
            QStringLiteral("SELECT current_user::text, CASE WHEN to_regrole(?) IS NULL THEN "
                           "false ELSE pg_has_role(current_user, ?, 'MEMBER') END"),
            {TeamSchema::leadRole(), TeamSchema::leadRole()});
        who.next();
        m_role = who.value(0).toString();
        m_lead = who.value(1).toBool();
        if (purpose == Purpose::Use)
            TeamSchema::check(connection(), displayUrl(), m_role);
        if (m_listening)
            subscribe();
    } catch (...) {
        close();
        throw;
    }
}

TeamSchema::Migration TeamServer::initialize(int upTo)
{
    try {
        const TeamSchema::Migration migration =
            TeamSchema::migrate(connection(), displayUrl(), upTo);
        return migration;
    } catch (const TeamError &error) {
        if (error.kind() == TeamError::Kind::Unreachable)
            close();
        throw;
    }
}

QString TeamServer::roleNameProblem(const QString &name)
{
    if (!QRegularExpression(QStringLiteral("^[a-z][a-z0-9_.-]{0,62}$")).match(name).hasMatch())
        return tr("a role name is 1 to 63 of a-z, 0-9, \"_\", \".\" and \"-\", "
                  "starting with a letter, not \"%1\"")
            .arg(name);
    if (name.startsWith(QLatin1String("pg_")) || name.startsWith(QLatin1String("panelist_")) ||
        name == QLatin1String("public") || name == QLatin1String("postgres"))
        return tr("\"%1\" is reserved for the server; choose another name").arg(name);
    return {};
}

QString TeamServer::scramVerifier(const QString &password)
{
    QByteArray salt(16, '\0');
    for (char &byte : salt)
        byte = static_cast<char>(QRandomGenerator::system()->bounded(256));
    const QByteArray salted = saltedPassword(preparedPassword(password), salt, kScramIterations);
    const QByteArray clientKey = hmac(salted, QByteArrayLiteral("Client Key"));
    const QByteArray storedKey = QCryptographicHash::hash(clientKey, QCryptographicHash::Sha256);
    const QByteArray serverKey = hmac(salted, QByteArrayLiteral("Server Key"));
    return QStringLiteral("SCRAM-SHA-256$%1:%2$%3:%4")
        .arg(kScramIterations)
        .arg(QString::fromLatin1(salt.toBase64()), QString::fromLatin1(storedKey.toBase64()),
             QString::fromLatin1(serverKey.toBase64()));
}

void TeamServer::addInterviewer(const QString &name, const QString &password, bool lead)
{
    const QString problem = roleNameProblem(name);
    if (!problem.isEmpty())
        throw TeamError(TeamError::Kind::Refused,
                        tr("Cannot add the interviewer: %1.").arg(problem));
    if (password.size() < kMinimumPasswordLength)
        throw TeamError(TeamError::Kind::Refused,
                        tr("Cannot add the interviewer %1: the password needs at least %2 "
                           "characters.")
                            .arg(name)
                            .arg(kMinimumPasswordLength));
    TeamSchema::check(connection(), displayUrl(), m_role);
    teamsql::exec(connection(), displayUrl(), tr("adding the interviewer %1").arg(name),
                  QStringLiteral("SELECT panelist.add_interviewer(?, ?, ?)"),
                  {name, scramVerifier(password), lead});
}

PushResult TeamServer::push(const TeamChange &change)
{
    return pushAll({change}).constFirst();
}

QList<PushResult> TeamServer::push(const QList<TeamChange> &changes)
{
    return pushAll(changes);
}

QList<PushResult> TeamServer::pushAll(const QList<TeamChange> &changes)
{
    if (!isOpen())
        throw TeamError(
            TeamError::Kind::Unreachable,
            tr("Not connected to the team server %1; Panelist tries again.").arg(displayUrl()));
    for (const TeamChange &change : changes) {
        if (QUuid::fromString(change.uuid).isNull())
            throw TeamError(TeamError::Kind::Refused,
                            tr("Cannot push the %1 \"%2\": its id is not a UUID.")
                                .arg(change.kind, change.uuid));
    }
    QSqlDatabase db = connection();
    QList<PushResult> results;
    // Prepared once for the batch, and kept until after a rollback: freeing a prepared
    // statement inside an aborted transaction fails.
    QSqlQuery query(db);
    query.setForwardOnly(true);
    QSqlQuery purgeQuery(db);
    purgeQuery.setForwardOnly(true);
    if (!db.transaction())
        throw teamsql::failure(db.lastError(), displayUrl(), tr("starting a push"));
    try {
        if (!query.prepare(
                QStringLiteral("SELECT outcome, ") + kEntityColumns +
                QStringLiteral(" FROM panelist.push(?, CAST(? AS uuid), ?, ?, CAST(? AS jsonb))")))
            throw teamsql::failure(query.lastError(), displayUrl(), tr("preparing a push"));
        const bool purges = std::any_of(changes.cbegin(), changes.cend(),
                                        [](const TeamChange &change) { return change.purge; });
        if (purges &&
            !purgeQuery.prepare(QStringLiteral("SELECT outcome, ") + kEntityColumns +
                                QStringLiteral(" FROM panelist.purge_interview(CAST(? AS uuid))")))
            throw teamsql::failure(purgeQuery.lastError(), displayUrl(), tr("preparing a push"));
        for (const TeamChange &change : changes) {
            if (change.purge) {
                // The candidate's removal, for the whole team (migration 2).
                purgeQuery.bindValue(0, change.uuid.toLower());
                if (!purgeQuery.exec())
                    throw teamsql::failure(purgeQuery.lastError(), displayUrl(),
                                           tr("the removal of the interview %1").arg(change.uuid));
                if (!purgeQuery.next())
                    throw TeamError(TeamError::Kind::Refused,
                                    tr("The team server %1 answered the removal of the "
                                       "interview %2 with nothing.")
                                        .arg(displayUrl(), change.uuid));
                PushResult result;
                result.outcome = outcomeNamed(purgeQuery.value(0).toString());
                result.server = entityAt(purgeQuery, 1);
                results << result;
                continue;
            }
            const QVariant payload =
                change.deleted ? QVariant(QMetaType::fromType<QString>())
                               : QVariant(QString::fromUtf8(
                                     QJsonDocument(change.payload).toJson(QJsonDocument::Compact)));
            query.bindValue(0, change.kind);
            query.bindValue(1, change.uuid.toLower());
            query.bindValue(2, change.baseVersion);
            query.bindValue(3, change.deleted);
            query.bindValue(4, payload);
            if (!query.exec())
                throw teamsql::failure(query.lastError(), displayUrl(),
                                       tr("the push of the %1 %2").arg(change.kind, change.uuid));
            if (!query.next())
                throw TeamError(TeamError::Kind::Refused,
                                tr("The team server %1 answered the push of the %2 %3 with "
                                   "nothing.")
                                    .arg(displayUrl(), change.kind, change.uuid));
            PushResult result;
            result.outcome = outcomeNamed(query.value(0).toString());
            result.server = entityAt(query, 1);
            results << result;
        }
        query.finish();
        purgeQuery.finish();
        if (!db.commit())
            throw teamsql::failure(db.lastError(), displayUrl(), tr("committing a push"));
    } catch (const TeamError &error) {
        db.rollback();
        if (error.kind() == TeamError::Kind::Unreachable)
            close();
        throw;
    }
    return results;
}

QList<TeamEntity> TeamServer::pull(qint64 afterSeq, int limit)
{
    QList<TeamEntity> entities;
    try {
        QSqlQuery query = teamsql::exec(
            connection(), displayUrl(), tr("pulling the team's changes"),
            QStringLiteral("SELECT ") + kEntityColumns +
                QStringLiteral(" FROM panelist.entities WHERE seq > ? ORDER BY seq LIMIT ?"),
            {afterSeq, limit});
        while (query.next())
            entities << entityAt(query, 0);
    } catch (const TeamError &error) {
        if (error.kind() == TeamError::Kind::Unreachable)
            close();
        throw;
    }
    return entities;
}

qint64 TeamServer::lastSeq()
{
    try {
        QSqlQuery query =
            teamsql::exec(connection(), displayUrl(), tr("reading the last change number"),
                          QStringLiteral("SELECT coalesce(max(seq), 0) FROM panelist.entities"));
        return query.next() ? query.value(0).toLongLong() : 0;
    } catch (const TeamError &error) {
        if (error.kind() == TeamError::Kind::Unreachable)
            close();
        throw;
    }
}

QHash<QString, int> TeamServer::counts()
{
    QHash<QString, int> counts;
    try {
        QSqlQuery query = teamsql::exec(
            connection(), displayUrl(), tr("counting the team's entities"),
            QStringLiteral(
                "SELECT kind, count(*) FROM panelist.entities WHERE NOT deleted GROUP BY kind"));
        while (query.next())
            counts.insert(query.value(0).toString(), query.value(1).toInt());
    } catch (const TeamError &error) {
        if (error.kind() == TeamError::Kind::Unreachable)
            close();
        throw;
    }
    return counts;
}

int TeamServer::purgeCandidate(const QString &name)
{
    try {
        // The name is not repeated in the message: messages may end up in a log.
        QSqlQuery query = teamsql::exec(
            connection(), displayUrl(), tr("the removal of a candidate from the team"),
            QStringLiteral("SELECT panelist.purge_candidate(?)"), {name.trimmed()});
        return query.next() ? query.value(0).toInt() : 0;
    } catch (const TeamError &error) {
        if (error.kind() == TeamError::Kind::Unreachable)
            close();
        throw;
    }
}

QList<TeamSubmission> TeamServer::submissions()
{
    QList<TeamSubmission> result;
    try {
        QSqlQuery query = teamsql::exec(
            connection(), displayUrl(), tr("reading who has submitted"),
            QStringLiteral("SELECT candidate::text, owner::text, interviewer, ended_at FROM "
                           "panelist.submissions()"));
        while (query.next()) {
            TeamSubmission submission;
            submission.candidateKey = query.value(0).toString();
            submission.owner = query.value(1).toString();
            submission.interviewer = query.value(2).toString();
            submission.endedAt =
                QDateTime::fromString(query.value(3).toString(), Qt::ISODateWithMs);
            result << submission;
        }
    } catch (const TeamError &error) {
        if (error.kind() == TeamError::Kind::Unreachable)
            close();
        throw;
    }
    return result;
}

QList<TeamEntity> TeamServer::interviewsOf(const QStringList &candidateKeys)
{
    QList<TeamEntity> entities;
    if (candidateKeys.isEmpty())
        return entities;
    QStringList keys;
    for (const QString &key : candidateKeys) {
        if (!QUuid::fromString(key).isNull())
            keys << key.toLower();
    }
    try {
        QSqlQuery query = teamsql::exec(
            connection(), displayUrl(), tr("pulling the interviews the guard now shows"),
            QStringLiteral("SELECT ") + kEntityColumns +
                QStringLiteral(" FROM panelist.entities WHERE kind = 'interview' AND NOT "
                               "deleted AND owner <> current_user AND candidate = ANY "
                               "(CAST(? AS uuid[])) ORDER BY seq"),
            {QVariant(QStringLiteral("{") + keys.join(QLatin1Char(',')) + QStringLiteral("}"))});
        while (query.next())
            entities << entityAt(query, 0);
    } catch (const TeamError &error) {
        if (error.kind() == TeamError::Kind::Unreachable)
            close();
        throw;
    }
    return entities;
}

void TeamServer::decide(const QString &candidateName, const QString &decision,
                        const QString &reason)
{
    try {
        teamsql::exec(connection(), displayUrl(),
                      tr("recording the decision on a candidate (only a team lead may)"),
                      QStringLiteral("INSERT INTO panelist.decisions (candidate_name, decision, "
                                     "reason) VALUES (?, ?, ?)"),
                      {candidateName.trimmed(), decision, reason.trimmed()});
    } catch (const TeamError &error) {
        if (error.kind() == TeamError::Kind::Unreachable)
            close();
        throw;
    }
}

QList<TeamDecision> TeamServer::decisions()
{
    QList<TeamDecision> result;
    try {
        QSqlQuery query = teamsql::exec(
            connection(), displayUrl(), tr("reading the decisions on candidates"),
            QStringLiteral("SELECT id, candidate::text, candidate_name, decision, reason, "
                           "decided_by::text, decided_at FROM panelist.decisions ORDER BY id"));
        while (query.next()) {
            TeamDecision decision;
            decision.id = query.value(0).toLongLong();
            decision.candidateKey = query.value(1).toString();
            decision.candidateName = query.value(2).toString();
            decision.decision = query.value(3).toString();
            decision.reason = query.value(4).toString();
            decision.decidedBy = query.value(5).toString();
            decision.decidedAt = query.value(6).toDateTime();
            result << decision;
        }
    } catch (const TeamError &error) {
        if (error.kind() == TeamError::Kind::Unreachable)
            close();
        throw;
    }
    return result;
}

void TeamServer::listen()
{
    m_listening = true;
    if (isOpen())
        subscribe();
}

void TeamServer::subscribe()
{
    QSqlDriver *driver = connection().driver();
    if (driver->subscribedToNotifications().contains(QStringLiteral("panelist")))
        return;
    connect(driver, &QSqlDriver::notification, this,
            [this](const QString &name, QSqlDriver::NotificationSource source,
                   const QVariant &payload) {
                if (name == QLatin1String("panelist"))
                    emit changed(payload.toString().toLongLong(), source == QSqlDriver::SelfSource);
            });
    if (!driver->subscribeToNotification(QStringLiteral("panelist")))
        throw teamsql::failure(driver->lastError(), displayUrl(),
                               tr("listening for the team's changes"));
}
