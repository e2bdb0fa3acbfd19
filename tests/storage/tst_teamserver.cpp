#include "storage/panelguard.h"
#include "storage/teamschema.h"
#include "storage/teamserver.h"
#include "storage/teamurl.h"
#include "support/pgserver.h"

#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMutex>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>
#include <QThread>
#include <QUuid>

#include <atomic>
#include <functional>
#include <memory>

namespace {

// Every message Qt logs while the tests run, to prove no password is among them.
QMutex logMutex;
QStringList loggedMessages;
QtMessageHandler previousHandler = nullptr;

void recordMessage(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    {
        QMutexLocker lock(&logMutex);
        loggedMessages << message;
    }
    if (previousHandler)
        previousHandler(type, context, message);
}

QString newUuid()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

QJsonObject question(const QString &title)
{
    return QJsonObject{{QStringLiteral("v"), 1}, {QStringLiteral("title"), title}};
}

QJsonObject interview(const QString &candidate, const QString &notes = {},
                      const QString &status = QStringLiteral("live"))
{
    QJsonObject payload{
        {QStringLiteral("v"), 1},
        {QStringLiteral("candidate"), candidate},
        {QStringLiteral("interviewer"), QString(QStringLiteral("Ms ") + candidate.left(1))},
        {QStringLiteral("status"), status},
        {QStringLiteral("notes"), notes}};
    payload.insert(QStringLiteral("endedAt"),
                   status == QLatin1String("finished")
                       ? QJsonValue(QStringLiteral("2026-12-01T10:00:00.000Z"))
                       : QJsonValue(QJsonValue::Null));
    return payload;
}

TeamChange change(const QString &kind, const QString &uuid, qint64 base, const QJsonObject &payload,
                  bool deleted = false)
{
    TeamChange c;
    c.kind = kind;
    c.uuid = uuid;
    c.baseVersion = base;
    c.deleted = deleted;
    c.payload = payload;
    return c;
}

// A plain QPSQL connection as one role: the tests' own SQL, as a person with psql would.
class RawConnection
{
public:
    RawConnection(const PgTestServer &server, const QString &database, const QString &user,
                  const QString &password)
        : m_name(QStringLiteral("raw-") + newUuid())
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), m_name);
        db.setHostName(server.host());
        db.setPort(server.port());
        db.setDatabaseName(database);
        db.setUserName(user);
        db.setPassword(password);
        if (!db.open())
            m_error = db.lastError().text();
    }
    ~RawConnection()
    {
        {
            QSqlDatabase db = QSqlDatabase::database(m_name, false);
            db.close();
        }
        QSqlDatabase::removeDatabase(m_name);
    }
    bool isOpen() const { return m_error.isEmpty(); }
    QString error() const { return m_error; }
    // Runs `sql`; false with error() set when the server refused it.
    bool exec(const QString &sql, int *rows = nullptr)
    {
        QSqlQuery query(QSqlDatabase::database(m_name, false));
        if (!query.exec(sql)) {
            m_error = query.lastError().databaseText();
            return false;
        }
        if (rows)
            *rows = query.numRowsAffected();
        m_result = query.next() ? query.value(0) : QVariant();
        return true;
    }
    QVariant result() const { return m_result; }

private:
    QString m_name;
    QString m_error;
    QVariant m_result;
};

} // namespace

// The team's server on a real PostgreSQL 15: the schema and its migrations, the roles,
// push and pull with their version checks and commit-order numbers, the row-level
// rules, LISTEN/NOTIFY, a candidate's removal and a server that goes away. One server for
// all; each function makes its own database (and its own role names: roles are the
// server's).
class TeamServerTest : public QObject
{
    Q_OBJECT

    PgTestServer m_server;
    int m_databases = 0;
    QStringList m_passwords; // every password used: none may show up anywhere

    QString password(const QString &user)
    {
        const QString value = user + QStringLiteral("-pw-") + newUuid().left(8);
        m_passwords << value;
        return value;
    }

    TeamUrl url(const QString &user, const QString &database) const
    {
        return TeamUrl::parse(m_server.url(user, database));
    }

    // A new empty database, and its team schema unless `init` is false.
    QString database(bool init = true)
    {
        const QString name = QStringLiteral("team%1").arg(++m_databases);
        QString error;
        if (!m_server.createDatabase(name, &error))
            qFatal("cannot create database %s: %s", qPrintable(name), qPrintable(error));
        if (init) {
            TeamServer admin;
            admin.open(url(m_server.superuser(), name), m_server.superuserPassword(),
                       TeamServer::Purpose::Setup);
            admin.initialize();
        }
        return name;
    }

    QString addInterviewer(const QString &database, const QString &name, bool lead = false)
    {
        const QString secret = password(name);
        TeamServer admin;
        admin.open(url(m_server.superuser(), database), m_server.superuserPassword(),
                   TeamServer::Purpose::Setup);
        admin.addInterviewer(name, secret, lead);
        return secret;
    }

    std::unique_ptr<TeamServer> signIn(const QString &database, const QString &name,
                                       const QString &secret)
    {
        auto server = std::make_unique<TeamServer>();
        server->open(url(name, database), secret);
        return server;
    }

    QVariant superuserValue(const QString &database, const QString &sql)
    {
        RawConnection raw(m_server, database, m_server.superuser(), m_server.superuserPassword());
        if (!raw.exec(sql))
            qFatal("%s: %s", qPrintable(sql), qPrintable(raw.error()));
        return raw.result();
    }

    static TeamError::Kind failureOf(const std::function<void()> &action, QString *message)
    {
        try {
            action();
        } catch (const TeamError &error) {
            *message = error.message();
            return error.kind();
        }
        *message = QStringLiteral("(no error)");
        return TeamError::Kind::Refused;
    }

    void verifyNoPassword(const QString &text)
    {
        for (const QString &secret : std::as_const(m_passwords))
            QVERIFY2(!text.contains(secret), qPrintable(text));
        QVERIFY2(!text.contains(m_server.superuserPassword()), qPrintable(text));
    }

private slots:
    void initTestCase()
    {
        QString why;
        if (PgTestServer::binaries(&why).isEmpty())
            QSKIP(qPrintable(why));
        previousHandler = qInstallMessageHandler(recordMessage);
        QElapsedTimer clock;
        clock.start();
        QString error;
        QVERIFY2(m_server.start(&error), qPrintable(error));
        qInfo("PostgreSQL up in %lld ms on port %d", clock.elapsed(), m_server.port());
        // Every statement the server receives goes to its log: the password must never
        // be in one (add_interviewer sends a verifier instead).
        QVERIFY2(m_server.execute(QStringLiteral("postgres"),
                                  QStringLiteral("ALTER SYSTEM SET log_statement = 'all'"), &error),
                 qPrintable(error));
        QVERIFY2(m_server.execute(QStringLiteral("postgres"),
                                  QStringLiteral("SELECT pg_reload_conf()"), &error),
                 qPrintable(error));
    }

    void initCreatesTheSchemaOnce()
    {
        const QString db = database(false);
        TeamServer admin;
        admin.open(url(m_server.superuser(), db), m_server.superuserPassword(),
                   TeamServer::Purpose::Setup);
        const TeamSchema::Migration first = admin.initialize();
        QCOMPARE(first.from, 0);
        QCOMPARE(first.to, TeamSchema::kVersion);
        QCOMPARE(superuserValue(db, QStringLiteral("SELECT version FROM panelist.schema_version"))
                     .toInt(),
                 TeamSchema::kVersion);
        QCOMPARE(superuserValue(db, QStringLiteral("SELECT count(*) FROM pg_roles WHERE rolname "
                                                   "IN ('panelist_interviewer', 'panelist_lead') "
                                                   "AND NOT rolcanlogin"))
                     .toInt(),
                 2);
        QVERIFY(superuserValue(db, QStringLiteral("SELECT pg_has_role('panelist_lead', "
                                                  "'panelist_interviewer', 'MEMBER')"))
                    .toBool());
        QVERIFY(superuserValue(db, QStringLiteral("SELECT relrowsecurity FROM pg_class WHERE "
                                                  "oid = 'panelist.entities'::regclass"))
                    .toBool());
        const int policies =
            superuserValue(db, QStringLiteral("SELECT count(*) FROM pg_policies WHERE schemaname "
                                              "= 'panelist'"))
                .toInt();
        QCOMPARE(policies, 8); // entities 5 (schema 3's reads), decisions 3

        // Again: a no-op, on this connection and on a new one.
        const TeamSchema::Migration again = admin.initialize();
        QCOMPARE(again.from, TeamSchema::kVersion);
        QCOMPARE(again.to, TeamSchema::kVersion);
        TeamServer second;
        second.open(url(m_server.superuser(), db), m_server.superuserPassword(),
                    TeamServer::Purpose::Setup);
        QCOMPARE(second.initialize().from, TeamSchema::kVersion);
        QVERIFY(second.isLead()); // a superuser is a member of every role, once there
        QCOMPARE(superuserValue(db, QStringLiteral("SELECT count(*) FROM pg_policies WHERE "
                                                   "schemaname = 'panelist'"))
                     .toInt(),
                 policies);
        // And an interviewer's client opens it.
        const QString secret = addInterviewer(db, QStringLiteral("ines"));
        QCOMPARE(signIn(db, QStringLiteral("ines"), secret)->role(), QStringLiteral("ines"));
    }

    void newerSchemaIsRefused()
    {
        const QString db = database();
        const QString secret = addInterviewer(db, QStringLiteral("nora"));
        superuserValue(db, QStringLiteral("UPDATE panelist.schema_version SET version = 99"));

        QString message;
        QCOMPARE(failureOf(
                     [&] {
                         TeamServer admin;
                         admin.open(url(m_server.superuser(), db), m_server.superuserPassword(),
                                    TeamServer::Purpose::Setup);
                         admin.initialize();
                     },
                     &message),
                 TeamError::Kind::NewerSchema);
        QVERIFY2(message.contains(QStringLiteral("version 99, newer than this Panelist knows")),
                 qPrintable(message));
        QVERIFY2(message.contains(url(m_server.superuser(), db).displayUrl()), qPrintable(message));
        QCOMPARE(superuserValue(db, QStringLiteral("SELECT version FROM panelist.schema_version"))
                     .toInt(),
                 99);

        QCOMPARE(failureOf([&] { signIn(db, QStringLiteral("nora"), secret); }, &message),
                 TeamError::Kind::NewerSchema);
        QVERIFY2(message.contains(QStringLiteral("Update Panelist")), qPrintable(message));
        verifyNoPassword(message);
    }

    void aDatabaseWithoutTheSchemaIsRefused()
    {
        const QString plain = database(false);
        QString message;
        QCOMPARE(failureOf(
                     [&] {
                         TeamServer server;
                         server.open(url(m_server.superuser(), plain),
                                     m_server.superuserPassword());
                     },
                     &message),
                 TeamError::Kind::NotATeam);
        QVERIFY2(message.contains(QStringLiteral("panelist team init")), qPrintable(message));

        // A schema of that name that is someone else's is left alone.
        superuserValue(plain, QStringLiteral("CREATE SCHEMA panelist"));
        QCOMPARE(failureOf(
                     [&] {
                         TeamServer admin;
                         admin.open(url(m_server.superuser(), plain), m_server.superuserPassword(),
                                    TeamServer::Purpose::Setup);
                         admin.initialize();
                     },
                     &message),
                 TeamError::Kind::NotATeam);
        QVERIFY2(message.contains(QStringLiteral("not a Panelist team schema")),
                 qPrintable(message));

        QCOMPARE(failureOf(
                     [&] {
                         TeamServer server;
                         server.open(url(m_server.superuser(), QStringLiteral("nosuchdb")),
                                     m_server.superuserPassword());
                     },
                     &message),
                 TeamError::Kind::NotATeam);
        QVERIFY2(message.contains(QStringLiteral("has no database \"nosuchdb\"")),
                 qPrintable(message));
    }

    void interviewersAndLeads()
    {
        const QString db = database();
        const QString ivy = addInterviewer(db, QStringLiteral("ivy"));
        const QString leo = addInterviewer(db, QStringLiteral("leo"), true);

        auto ivyServer = signIn(db, QStringLiteral("ivy"), ivy);
        QCOMPARE(ivyServer->role(), QStringLiteral("ivy"));
        QVERIFY(!ivyServer->isLead());
        auto leoServer = signIn(db, QStringLiteral("leo"), leo);
        QVERIFY(leoServer->isLead());
        QVERIFY(superuserValue(db, QStringLiteral("SELECT rolcanlogin FROM pg_roles WHERE "
                                                  "rolname = 'ivy'"))
                    .toBool());
        // The server stores a SCRAM verifier, never the password.
        QVERIFY(superuserValue(db, QStringLiteral("SELECT rolpassword FROM pg_authid WHERE "
                                                  "rolname = 'ivy'"))
                    .toString()
                    .startsWith(QStringLiteral("SCRAM-SHA-256$4096:")));

        QString message;
        QCOMPARE(failureOf([&] { signIn(db, QStringLiteral("ivy"), QStringLiteral("wrong-pw-1")); },
                           &message),
                 TeamError::Kind::AuthenticationFailed);
        QVERIFY2(message.contains(QStringLiteral("refused the sign-in of ivy")),
                 qPrintable(message));
        QVERIFY(!message.contains(QStringLiteral("wrong-pw-1")));
        QCOMPARE(failureOf([&] { signIn(db, QStringLiteral("nobody_here"), ivy); }, &message),
                 TeamError::Kind::AuthenticationFailed);

        // Adding again sets the password and the lead status anew.
        const QString ivyAgain = addInterviewer(db, QStringLiteral("ivy"), true);
        QVERIFY(signIn(db, QStringLiteral("ivy"), ivyAgain)->isLead());
        QCOMPARE(failureOf([&] { signIn(db, QStringLiteral("ivy"), ivy); }, &message),
                 TeamError::Kind::AuthenticationFailed);

        // A password that is not ASCII works as PostgreSQL prepares it (SASLprep).
        {
            TeamServer admin;
            admin.open(url(m_server.superuser(), db), m_server.superuserPassword(),
                       TeamServer::Purpose::Setup);
            m_passwords << QStringLiteral("Pässwörter\u00A0ﬁx");
            admin.addInterviewer(QStringLiteral("uma"), QStringLiteral("Pässwörter\u00A0ﬁx"),
                                 false);
        }
        QCOMPARE(signIn(db, QStringLiteral("uma"), QStringLiteral("Pässwörter\u00A0ﬁx"))->role(),
                 QStringLiteral("uma"));

        // Names that are not roles of ours are refused before anything is sent.
        for (const QString &bad :
             {QStringLiteral("Bad Name"), QStringLiteral("postgres"), QStringLiteral("pg_monitor"),
              QStringLiteral("panelist_lead"), QStringLiteral("1abc"), QString()}) {
            QCOMPARE(failureOf(
                         [&] {
                             TeamServer admin;
                             admin.open(url(m_server.superuser(), db), m_server.superuserPassword(),
                                        TeamServer::Purpose::Setup);
                             admin.addInterviewer(bad, QStringLiteral("long-enough-pw"), false);
                         },
                         &message),
                     TeamError::Kind::Refused);
            QVERIFY2(message.contains(QStringLiteral("Cannot add the interviewer")),
                     qPrintable(message));
        }
        // An existing role that is not an interviewer is not taken over, and cannot use
        // the team's schema.
        const QString outsider = password(QStringLiteral("outsider"));
        superuserValue(db,
                       QStringLiteral("CREATE ROLE outsider LOGIN PASSWORD '%1'").arg(outsider));
        QCOMPARE(failureOf(
                     [&] {
                         TeamServer admin;
                         admin.open(url(m_server.superuser(), db), m_server.superuserPassword(),
                                    TeamServer::Purpose::Setup);
                         admin.addInterviewer(QStringLiteral("outsider"),
                                              QStringLiteral("take-over-pw"), false);
                     },
                     &message),
                 TeamError::Kind::Refused);
        QVERIFY2(message.contains(QStringLiteral("exists and is not a Panelist interviewer")),
                 qPrintable(message));
        const TeamError::Kind outsiderKind =
            failureOf([&] { signIn(db, QStringLiteral("outsider"), outsider); }, &message);
        QVERIFY2(outsiderKind == TeamError::Kind::NotAMember, qPrintable(message));
        QVERIFY2(message.contains(QStringLiteral("panelist team add-interviewer")),
                 qPrintable(message));
        // A short password is refused.
        QCOMPARE(failureOf(
                     [&] {
                         TeamServer admin;
                         admin.open(url(m_server.superuser(), db), m_server.superuserPassword(),
                                    TeamServer::Purpose::Setup);
                         admin.addInterviewer(QStringLiteral("shorty"), QStringLiteral("abc"),
                                              false);
                     },
                     &message),
                 TeamError::Kind::Refused);
    }

    void pushAndPull()
    {
        const QString db = database();
        auto alice =
            signIn(db, QStringLiteral("alice"), addInterviewer(db, QStringLiteral("alice")));
        auto bob = signIn(db, QStringLiteral("bob"), addInterviewer(db, QStringLiteral("bob")));
        const QString q1 = newUuid();

        const PushResult created =
            alice->push(change(QStringLiteral("question"), q1, 0, question(QStringLiteral("One"))));
        QCOMPARE(created.outcome, PushResult::Outcome::Accepted);
        QCOMPARE(created.server.version, 1);
        QVERIFY(created.server.seq > 0);
        QCOMPARE(created.server.owner, QStringLiteral("alice"));
        QCOMPARE(created.server.updatedBy, QStringLiteral("alice"));
        QVERIFY(created.server.updatedAt.isValid());

        const QList<TeamEntity> pulled = bob->pull(0, 100);
        QCOMPARE(pulled.size(), 1);
        QCOMPARE(pulled.first().uuid, q1);
        QCOMPARE(pulled.first().kind, QStringLiteral("question"));
        QCOMPARE(pulled.first().payload, question(QStringLiteral("One")));
        QCOMPARE(pulled.first().seq, created.server.seq);
        QCOMPARE(bob->lastSeq(), created.server.seq);

        // Bob edits on version 1: accepted as version 2 (the bank is the team's).
        const PushResult edited =
            bob->push(change(QStringLiteral("question"), q1, 1, question(QStringLiteral("Two"))));
        QCOMPARE(edited.outcome, PushResult::Outcome::Accepted);
        QCOMPARE(edited.server.version, 2);
        QVERIFY(edited.server.seq > created.server.seq);
        QCOMPARE(edited.server.owner, QStringLiteral("alice"));
        QCOMPARE(edited.server.updatedBy, QStringLiteral("bob"));

        // Alice, still on version 1: refused with the server's row, nothing changed.
        const PushResult stale = alice->push(
            change(QStringLiteral("question"), q1, 1, question(QStringLiteral("Alice's"))));
        QCOMPARE(stale.outcome, PushResult::Outcome::Conflict);
        QCOMPARE(stale.server.version, 2);
        QCOMPARE(stale.server.payload, question(QStringLiteral("Two")));
        QCOMPARE(stale.server.seq, edited.server.seq);
        const QList<TeamEntity> after = alice->pull(created.server.seq, 100);
        QCOMPARE(after.size(), 1);
        QCOMPARE(after.first().version, 2);
        QCOMPARE(after.first().payload, question(QStringLiteral("Two")));

        // The same state on an old base (a retry after a lost answer): adopted, unchanged.
        const PushResult same =
            alice->push(change(QStringLiteral("question"), q1, 1, question(QStringLiteral("Two"))));
        QCOMPARE(same.outcome, PushResult::Outcome::Unchanged);
        QCOMPARE(same.server.version, 2);
        QCOMPARE(alice->lastSeq(), edited.server.seq);

        // A second "new" entity of the same id is a conflict, not an overwrite.
        const PushResult twice =
            bob->push(change(QStringLiteral("question"), q1, 0, question(QStringLiteral("New"))));
        QCOMPARE(twice.outcome, PushResult::Outcome::Conflict);
        // Based on a version the server never had: a conflict with version 0.
        const PushResult unknown = bob->push(
            change(QStringLiteral("question"), newUuid(), 3, question(QStringLiteral("Lost"))));
        QCOMPARE(unknown.outcome, PushResult::Outcome::Conflict);
        QCOMPARE(unknown.server.version, 0);

        // A deletion is a tombstone; an edit based on the version before it conflicts.
        const PushResult removed = bob->push(change(QStringLiteral("question"), q1, 2, {}, true));
        QCOMPARE(removed.outcome, PushResult::Outcome::Accepted);
        QCOMPARE(removed.server.version, 3);
        QVERIFY(removed.server.deleted);
        QVERIFY(removed.server.payload.isEmpty());
        const PushResult resurrect = alice->push(
            change(QStringLiteral("question"), q1, 2, question(QStringLiteral("Edited"))));
        QCOMPARE(resurrect.outcome, PushResult::Outcome::Conflict);
        QVERIFY(resurrect.server.deleted);

        // A batch is one transaction with consecutive numbers in the order given.
        QList<TeamChange> batch;
        for (int i = 0; i < 5; ++i)
            batch << change(QStringLiteral("plan"), newUuid(), 0,
                            question(QStringLiteral("Plan %1").arg(i)));
        const QList<PushResult> results = alice->push(batch);
        QCOMPARE(results.size(), 5);
        for (int i = 0; i < 5; ++i) {
            QCOMPARE(results.at(i).outcome, PushResult::Outcome::Accepted);
            QCOMPARE(results.at(i).server.uuid, batch.at(i).uuid);
            if (i > 0)
                QCOMPARE(results.at(i).server.seq, results.at(i - 1).server.seq + 1);
        }
        // Pulled in pages, in order, nothing twice.
        QList<TeamEntity> all;
        qint64 mark = 0;
        for (QList<TeamEntity> page = bob->pull(mark, 2); !page.isEmpty();
             page = bob->pull(mark, 2)) {
            all << page;
            mark = page.last().seq;
        }
        QCOMPARE(all.size(), 6); // q1 and five plans
        for (int i = 1; i < all.size(); ++i)
            QVERIFY(all.at(i).seq > all.at(i - 1).seq);

        // A kind the schema does not know is refused by the server, the batch with it.
        QString message;
        QCOMPARE(failureOf(
                     [&] {
                         bob->push({change(QStringLiteral("plan"), newUuid(), 0, question("x")),
                                    change(QStringLiteral("poem"), newUuid(), 0, question("y"))});
                     },
                     &message),
                 TeamError::Kind::Refused);
        QVERIFY2(message.contains(QStringLiteral("the push of the poem")), qPrintable(message));
        QCOMPARE(bob->pull(mark, 10).size(), 0);
        QVERIFY(bob->isOpen());
    }

    // The guarantee pulls rest on: a change numbered but not committed holds back every
    // later number, so a pull can never see a later change and skip the earlier one.
    void anOpenTransactionIsNeverSkipped()
    {
        const QString db = database();
        const QString aliceSecret = addInterviewer(db, QStringLiteral("alma"));
        const QString bobSecret = addInterviewer(db, QStringLiteral("bert"));
        auto carol = signIn(db, QStringLiteral("cleo"), addInterviewer(db, QStringLiteral("cleo")));
        carol->push(
            change(QStringLiteral("question"), newUuid(), 0, question(QStringLiteral("0"))));
        const qint64 mark = carol->lastSeq();

        // Alma's push takes its number inside a transaction left open.
        RawConnection alma(m_server, db, QStringLiteral("alma"), aliceSecret);
        QVERIFY2(alma.isOpen(), qPrintable(alma.error()));
        QVERIFY(alma.exec(QStringLiteral("BEGIN")));
        const QString first = newUuid();
        QVERIFY2(alma.exec(QStringLiteral("SELECT seq FROM panelist.push('question', '%1', 0, "
                                          "false, '{\"title\": \"A\"}')")
                               .arg(first)),
                 qPrintable(alma.error()));
        const qint64 almaSeq = alma.result().toLongLong();
        QCOMPARE(almaSeq, mark + 1);

        // Bert pushes from another thread, on his own connection, meanwhile.
        std::atomic<bool> bertDone{false};
        std::atomic<qint64> bertSeq{0};
        const QString second = newUuid();
        QThread *bert = QThread::create([&] {
            TeamServer server;
            server.open(url(QStringLiteral("bert"), db), bobSecret);
            bertSeq = server
                          .push(change(QStringLiteral("question"), second, 0,
                                       question(QStringLiteral("B"))))
                          .server.seq;
            bertDone = true;
        });
        bert->start();
        QTest::qWait(400);
        QVERIFY2(!bertDone, "a later push committed while an earlier number was open");
        QCOMPARE(carol->pull(mark, 100).size(), 0);

        QVERIFY(alma.exec(QStringLiteral("COMMIT")));
        QVERIFY(bert->wait(10000));
        delete bert;
        QVERIFY(bertDone);
        QVERIFY(bertSeq > almaSeq);
        const QList<TeamEntity> pulled = carol->pull(mark, 100);
        QCOMPARE(pulled.size(), 2);
        QCOMPARE(pulled.at(0).uuid, first);
        QCOMPARE(pulled.at(0).seq, almaSeq);
        QCOMPARE(pulled.at(1).uuid, second);
        QCOMPARE(pulled.at(1).seq, bertSeq.load());
    }

    void interviewsAreTheirOwners()
    {
        const QString db = database();
        const QString annSecret = addInterviewer(db, QStringLiteral("ann"));
        const QString benSecret = addInterviewer(db, QStringLiteral("ben"));
        auto ann = signIn(db, QStringLiteral("ann"), annSecret);
        auto ben = signIn(db, QStringLiteral("ben"), benSecret);
        const QString mine = newUuid();
        const PushResult ran = ann->push(
            change(QStringLiteral("interview"), mine, 0, interview(QStringLiteral("Grace"))));
        QCOMPARE(ran.outcome, PushResult::Outcome::Accepted);
        QCOMPARE(ran.server.owner, QStringLiteral("ann"));

        // Ben may not amend it, even on the right version: refused, nothing changed. (He
        // cannot even read it: he has not submitted an interview of Grace; theBiasGuard.)
        QString message;
        QCOMPARE(failureOf(
                     [&] {
                         ben->push(change(QStringLiteral("interview"), mine, 1,
                                          interview(QStringLiteral("Grace"), "ben's")));
                     },
                     &message),
                 TeamError::Kind::Refused);
        QVERIFY2(message.contains(QStringLiteral("belongs to ann")), qPrintable(message));
        QVERIFY(ben->pull(0, 10).isEmpty());
        QCOMPARE(ann->pull(0, 10).first().payload, interview(QStringLiteral("Grace")));
        // Once he may read it (he submitted one of Grace), the refusal shows the row.
        QCOMPARE(ben->push(change(QStringLiteral("interview"), newUuid(), 0,
                                  interview(QStringLiteral("Grace"), "his", "finished")))
                     .outcome,
                 PushResult::Outcome::Accepted);
        const PushResult refused = ben->push(change(QStringLiteral("interview"), mine, 1,
                                                    interview(QStringLiteral("Grace"), "ben's")));
        QCOMPARE(refused.outcome, PushResult::Outcome::Refused);
        QCOMPARE(refused.server.owner, QStringLiteral("ann"));
        QCOMPARE(refused.server.version, 1);
        // Ann may.
        QCOMPARE(ann->push(change(QStringLiteral("interview"), mine, 1,
                                  interview(QStringLiteral("Grace"), "amended")))
                     .outcome,
                 PushResult::Outcome::Accepted);

        // The rules hold for Ben's own SQL too, not only through push().
        RawConnection raw(m_server, db, QStringLiteral("ben"), benSecret);
        QVERIFY2(raw.isOpen(), qPrintable(raw.error()));
        int rows = -1;
        QVERIFY(raw.exec(QStringLiteral("UPDATE panelist.entities SET payload = '{\"x\": 1}' "
                                        "WHERE kind = 'interview' AND uuid = '%1'")
                             .arg(mine),
                         &rows));
        QCOMPARE(rows, 0); // row-level security: not his to write
        QVERIFY(!raw.exec(QStringLiteral("INSERT INTO panelist.entities (kind, uuid, payload, "
                                         "owner) VALUES ('interview', '%1', '{}', 'ann')")
                              .arg(newUuid())));
        QVERIFY2(raw.error().contains(QStringLiteral("row-level security")),
                 qPrintable(raw.error()));
        QVERIFY(!raw.exec(QStringLiteral("INSERT INTO panelist.entities (kind, uuid, payload, "
                                         "owner) VALUES ('question', '%1', '{}', 'ann')")
                              .arg(newUuid())));
        QVERIFY2(raw.error().contains(QStringLiteral("row-level security")),
                 qPrintable(raw.error()));
        QVERIFY(!raw.exec(QStringLiteral("UPDATE panelist.entities SET owner = 'ben'")));
        QVERIFY2(raw.error().contains(QStringLiteral("permission denied")),
                 qPrintable(raw.error()));
        QVERIFY(!raw.exec(QStringLiteral("UPDATE panelist.entities SET seq = 1")));
        QVERIFY(!raw.exec(QStringLiteral("DELETE FROM panelist.entities")));
        QVERIFY2(raw.error().contains(QStringLiteral("permission denied")),
                 qPrintable(raw.error()));
        QVERIFY(!raw.exec(QStringLiteral("UPDATE panelist.counter SET value = 0")));
        QVERIFY(!raw.exec(QStringLiteral("SELECT panelist.next_seq()")));
        // What Ben writes by hand still gets its version and number from the server.
        const QString his = newUuid();
        QVERIFY2(raw.exec(QStringLiteral("INSERT INTO panelist.entities (kind, uuid, payload) "
                                         "VALUES ('interview', '%1', '{}') RETURNING seq")
                              .arg(his)),
                 qPrintable(raw.error()));
        QVERIFY(raw.result().toLongLong() > ran.server.seq);
        const QList<TeamEntity> all = ben->pull(0, 10);
        QCOMPARE(all.last().uuid, his);
        QCOMPARE(all.last().owner, QStringLiteral("ben"));
        QCOMPARE(all.last().version, 1);
        QCOMPARE(ann->pull(0, 10).first().payload, interview(QStringLiteral("Grace"), "amended"));
    }

    void notificationsWakeOtherClients()
    {
        const QString db = database();
        auto listener =
            signIn(db, QStringLiteral("lina"), addInterviewer(db, QStringLiteral("lina")));
        auto writer =
            signIn(db, QStringLiteral("walt"), addInterviewer(db, QStringLiteral("walt")));
        listener->listen();
        QSignalSpy changed(listener.get(), &TeamServer::changed);
        QElapsedTimer clock;
        clock.start();
        const PushResult pushed = writer->push(
            change(QStringLiteral("question"), newUuid(), 0, question(QStringLiteral("Hi"))));
        QVERIFY(changed.wait(1000));
        qInfo("notification after %lld ms", clock.elapsed());
        QCOMPARE(changed.first().at(0).toLongLong(), pushed.server.seq);
        QCOMPARE(changed.first().at(1).toBool(), false);

        // Its own pushes say so (fromSelf), so a client can skip pulling them back.
        changed.clear();
        listener->push(change(QStringLiteral("question"), newUuid(), 0, question("Own")));
        QVERIFY(changed.wait(1000));
        QCOMPARE(changed.first().at(1).toBool(), true);
    }

    void aCandidateIsRemovedFromTheTeam()
    {
        const QString db = database();
        auto ann = signIn(db, QStringLiteral("amy"), addInterviewer(db, QStringLiteral("amy")));
        auto ben = signIn(db, QStringLiteral("bo"), addInterviewer(db, QStringLiteral("bo")));
        auto cat = signIn(db, QStringLiteral("cat"), addInterviewer(db, QStringLiteral("cat")));
        const QString g1 = newUuid(), g2 = newUuid(), g3 = newUuid(), ada = newUuid();
        ann->push({change(QStringLiteral("interview"), g1, 0, interview("Grace Hopper", "sharp")),
                   change(QStringLiteral("interview"), g2, 0, interview("Grace Hopper", "round 2")),
                   change(QStringLiteral("interview"), ada, 0, interview("Ada Lovelace"))});
        ben->push(change(QStringLiteral("interview"), g3, 0, interview(" grace hopper ", "bo's")));
        const qint64 mark = cat->lastSeq();

        // Cat removes her, whoever ran the interviews.
        QCOMPARE(cat->purgeCandidate(QStringLiteral("GRACE HOPPER")), 3);
        const QList<TeamEntity> purged = cat->pull(mark, 10);
        QCOMPARE(purged.size(), 3);
        QStringList ids;
        for (const TeamEntity &entity : purged) {
            QVERIFY(entity.purge);
            QVERIFY(entity.deleted);
            QVERIFY(entity.payload.isEmpty());
            QCOMPARE(entity.updatedBy, QStringLiteral("cat"));
            ids << entity.uuid;
        }
        ids.sort();
        QStringList expected{g1, g2, g3};
        expected.sort();
        QCOMPARE(ids, expected);
        QCOMPARE(superuserValue(db, QStringLiteral("SELECT count(*) FROM panelist.entities WHERE "
                                                   "payload::text ILIKE '%grace%'"))
                     .toInt(),
                 0);
        QCOMPARE(superuserValue(db, QStringLiteral("SELECT count(*) FROM panelist.entities WHERE "
                                                   "payload->>'candidate' = 'Ada Lovelace'"))
                     .toInt(),
                 1);
        // Removed for good: no push brings it back, whatever it is based on.
        const qint64 tombstone = purged.first().version;
        const PushResult back = ann->push(change(QStringLiteral("interview"), purged.first().uuid,
                                                 tombstone, interview("Grace Hopper")));
        QCOMPARE(back.outcome, PushResult::Outcome::Conflict);
        QVERIFY(back.server.purge);
        // Nothing left to remove the second time.
        QCOMPARE(cat->purgeCandidate(QStringLiteral("Grace Hopper")), 0);
    }

    // The bias guard (schema 3), through each role's own SQL and through TeamServer:
    // who reads which interview before and after a submission, the content-free
    // submissions, and decisions only a lead writes.
    void theBiasGuard()
    {
        const QString db = database();
        const QString annSecret = addInterviewer(db, QStringLiteral("gann"));
        const QString benSecret = addInterviewer(db, QStringLiteral("gben"));
        const QString carlSecret = addInterviewer(db, QStringLiteral("gcarl"));
        const QString leaSecret = addInterviewer(db, QStringLiteral("glea"), true);
        auto ann = signIn(db, QStringLiteral("gann"), annSecret);
        auto ben = signIn(db, QStringLiteral("gben"), benSecret);
        auto lea = signIn(db, QStringLiteral("glea"), leaSecret);
        RawConnection annSql(m_server, db, QStringLiteral("gann"), annSecret);
        RawConnection benSql(m_server, db, QStringLiteral("gben"), benSecret);
        RawConnection carlSql(m_server, db, QStringLiteral("gcarl"), carlSecret);
        RawConnection leaSql(m_server, db, QStringLiteral("glea"), leaSecret);
        QVERIFY2(benSql.isOpen() && carlSql.isOpen() && leaSql.isOpen(),
                 qPrintable(benSql.error()));
        const auto count = [](RawConnection &raw, const QString &sql) {
            if (!raw.exec(sql))
                qFatal("%s: %s", qPrintable(sql), qPrintable(raw.error()));
            return raw.result().toInt();
        };
        const QString annNote = QStringLiteral("ann-private-note");
        const QString annsGrace = newUuid(), annsAda = newUuid(), bensGrace = newUuid();
        QCOMPARE(ann->push({change(QStringLiteral("interview"), annsGrace, 0,
                                   interview(QStringLiteral("Grace"), annNote)),
                            change(QStringLiteral("interview"), annsAda, 0,
                                   interview(QStringLiteral("Ada"), annNote, "finished")),
                            change(QStringLiteral("question"), newUuid(), 0, question("Q"))})
                     .size(),
                 3);
        // The server's candidate key is the C++ one.
        QCOMPARE(superuserValue(db, QStringLiteral("SELECT candidate::text FROM panelist.entities "
                                                   "WHERE uuid = '%1'")
                                        .arg(annsGrace))
                     .toString(),
                 PanelGuard::candidateKey(QStringLiteral(" Grace ")));
        const QString everyInterview =
            QStringLiteral("SELECT count(*) FROM panelist.entities WHERE kind = 'interview'");
        const QString withNote = QStringLiteral("SELECT count(*) FROM panelist.entities WHERE "
                                                "payload::text LIKE '%ann-private-note%'");
        // Before anyone else submits: Ann reads hers, Ben and Carl nothing of hers but the
        // bank, the lead everything.
        QCOMPARE(count(annSql, everyInterview), 2);
        QCOMPARE(count(benSql, everyInterview), 0);
        QCOMPARE(count(benSql, withNote), 0);
        QCOMPARE(count(carlSql, everyInterview), 0);
        QCOMPARE(count(benSql, QStringLiteral("SELECT count(*) FROM panelist.entities WHERE kind "
                                              "= 'question'")),
                 1);
        QCOMPARE(count(leaSql, withNote), 2);
        QCOMPARE(ben->pull(0, 100).size(), 1); // the question only
        QCOMPARE(lea->pull(0, 100).size(), 3);

        // Ann finishes Grace: Ben learns that she has, not what she wrote.
        QCOMPARE(ann->push(change(QStringLiteral("interview"), annsGrace, 1,
                                  interview(QStringLiteral("Grace"), annNote, "finished")))
                     .outcome,
                 PushResult::Outcome::Accepted);
        const QList<TeamSubmission> submitted = ben->submissions();
        QCOMPARE(submitted.size(), 2);
        QStringList keys;
        for (const TeamSubmission &submission : submitted) {
            QCOMPARE(submission.owner, QStringLiteral("gann"));
            keys << submission.candidateKey;
        }
        QVERIFY(keys.contains(PanelGuard::candidateKey(QStringLiteral("Grace"))));
        QCOMPARE(
            submitted.first().endedAt,
            QDateTime::fromString(QStringLiteral("2026-12-01T10:00:00.000Z"), Qt::ISODateWithMs));
        QCOMPARE(count(benSql, withNote), 0);
        QVERIFY(ben->interviewsOf({PanelGuard::candidateKey(QStringLiteral("Grace"))}).isEmpty());
        // Nor may he write it, or learn its content from the refusal.
        QString message;
        QCOMPARE(failureOf(
                     [&] {
                         ben->push(change(QStringLiteral("interview"), annsGrace, 2,
                                          interview(QStringLiteral("Grace"), "ben's")));
                     },
                     &message),
                 TeamError::Kind::Refused);
        QVERIFY2(message.contains(QStringLiteral("belongs to gann")), qPrintable(message));
        QVERIFY2(!message.contains(annNote), qPrintable(message));
        // Reading by hand around the policy does not work either.
        QCOMPARE(count(benSql, QStringLiteral("SELECT count(*) FROM panelist.entities WHERE "
                                              "uuid = '%1'")
                                   .arg(annsGrace)),
                 0);

        // Ben's own interview of Grace, still live: nothing yet.
        ben->push(change(QStringLiteral("interview"), bensGrace, 0,
                         interview(QStringLiteral("Grace"), "ben-note")));
        QCOMPARE(count(benSql, withNote), 0);
        // Ben submits: Ann's Grace is his to read (by any query), her Ada still is not.
        ben->push(change(QStringLiteral("interview"), bensGrace, 1,
                         interview(QStringLiteral("Grace"), "ben-note", "finished")));
        QCOMPARE(count(benSql, withNote), 1);
        const QList<TeamEntity> revealed =
            ben->interviewsOf({PanelGuard::candidateKey(QStringLiteral("Grace")),
                               PanelGuard::candidateKey(QStringLiteral("Ada"))});
        QCOMPARE(revealed.size(), 1);
        QCOMPARE(revealed.first().uuid, annsGrace);
        QCOMPARE(revealed.first().payload.value(QStringLiteral("notes")).toString(), annNote);
        // Below Ben's mark: a pull from there does not bring it, which is why the client
        // asks with interviewsOf.
        QVERIFY(revealed.first().seq < ben->lastSeq());
        // Ann has submitted too: she reads Ben's. Carl, who has not, reads neither.
        QCOMPARE(count(annSql, QStringLiteral("SELECT count(*) FROM panelist.entities WHERE "
                                              "payload::text LIKE '%ben-note%'")),
                 1);
        QCOMPARE(count(carlSql, everyInterview), 0);

        // A tombstone holds no content: everyone receives a removal.
        ann->push(change(QStringLiteral("interview"), annsAda, 1, {}, true));
        QCOMPARE(count(carlSql, QStringLiteral("SELECT count(*) FROM panelist.entities WHERE "
                                               "uuid = '%1' AND deleted AND payload IS NULL")
                                    .arg(annsAda)),
                 1);

        // Decisions: an interviewer may not write one, the lead may.
        QVERIFY(!benSql.exec(QStringLiteral("INSERT INTO panelist.decisions (candidate_name, "
                                            "decision, reason) VALUES ('Grace', 'hire', 'x')")));
        QVERIFY2(benSql.error().contains(QStringLiteral("row-level security")),
                 qPrintable(benSql.error()));
        QCOMPARE(failureOf(
                     [&] {
                         ben->decide(QStringLiteral("Grace"), QStringLiteral("hire"),
                                     QStringLiteral("strong"));
                     },
                     &message),
                 TeamError::Kind::Refused);
        QVERIFY2(message.contains(QStringLiteral("only a team lead")), qPrintable(message));
        QVERIFY(!leaSql.exec(QStringLiteral("INSERT INTO panelist.decisions (candidate_name, "
                                            "decision, reason, decided_by) VALUES ('Grace', "
                                            "'hire', 'x', 'gben')")));
        QVERIFY(!leaSql.exec(QStringLiteral("INSERT INTO panelist.decisions (candidate_name, "
                                            "decision, reason) VALUES ('Grace', 'maybe', 'x')")));
        lea->decide(QStringLiteral("Grace"), QStringLiteral("advance"),
                    QStringLiteral("Both scorecards agree on design"));
        const QList<TeamDecision> decided = lea->decisions();
        QCOMPARE(decided.size(), 1);
        QCOMPARE(decided.first().decision, QStringLiteral("advance"));
        QCOMPARE(decided.first().decidedBy, QStringLiteral("glea"));
        QCOMPARE(decided.first().candidateKey, PanelGuard::candidateKey(QStringLiteral("Grace")));
        QCOMPARE(ben->decisions().size(), 1); // he has submitted for Grace
        QCOMPARE(count(carlSql, QStringLiteral("SELECT count(*) FROM panelist.decisions")), 0);
        QVERIFY(!benSql.exec(QStringLiteral("UPDATE panelist.decisions SET decision = 'reject'")));
        QVERIFY(!leaSql.exec(QStringLiteral("DELETE FROM panelist.decisions")));
    }

    // A team server of schema 2 with interviews on it: `team init` takes it to 3 and keeps
    // every row, version and change number; the guard's columns are filled.
    void upgradeFrom2KeepsTheData()
    {
        const QString db = database(false);
        {
            TeamServer admin;
            admin.open(url(m_server.superuser(), db), m_server.superuserPassword(),
                       TeamServer::Purpose::Setup);
            QCOMPARE(admin.initialize(2).to, 2);
        }
        QCOMPARE(superuserValue(db, QStringLiteral("SELECT version FROM panelist.schema_version"))
                     .toInt(),
                 2);
        const QString finished = newUuid(), live = newUuid();
        superuserValue(
            db, QStringLiteral("INSERT INTO panelist.entities (kind, uuid, payload, "
                               "owner) VALUES ('interview', '%1', '%2', 'postgres'), "
                               "('interview', '%3', '%4', 'postgres'), ('question', "
                               "'%5', '{\"v\": 1}', 'postgres') RETURNING seq")
                    .arg(finished,
                         QString::fromUtf8(QJsonDocument(interview(QStringLiteral("Old Grace"),
                                                                   "kept", "finished"))
                                               .toJson(QJsonDocument::Compact)),
                         live,
                         QString::fromUtf8(
                             QJsonDocument(interview(QStringLiteral("Old Ada"), "kept too"))
                                 .toJson(QJsonDocument::Compact)),
                         newUuid()));
        const QString state = QStringLiteral(
            "SELECT string_agg(kind || uuid || version || seq || md5(coalesce(payload::text, "
            "'')), ',' ORDER BY seq) FROM panelist.entities");
        const QString before = superuserValue(db, state).toString();
        QVERIFY(!before.isEmpty());

        TeamServer admin;
        admin.open(url(m_server.superuser(), db), m_server.superuserPassword(),
                   TeamServer::Purpose::Setup);
        const TeamSchema::Migration migration = admin.initialize();
        QCOMPARE(migration.from, 2);
        QCOMPARE(migration.to, 3);
        QCOMPARE(superuserValue(db, state).toString(), before);
        QCOMPARE(superuserValue(db, QStringLiteral("SELECT count(*) FROM panelist.entities WHERE "
                                                   "submitted"))
                     .toInt(),
                 1);
        QCOMPARE(superuserValue(db, QStringLiteral("SELECT candidate::text FROM panelist.entities "
                                                   "WHERE uuid = '%1'")
                                        .arg(live))
                     .toString(),
                 PanelGuard::candidateKey(QStringLiteral("Old Ada")));
        QCOMPARE(superuserValue(db, QStringLiteral("SELECT count(*) FROM panelist.entities "
                                                   "WHERE kind = 'question' AND candidate IS "
                                                   "NULL"))
                     .toInt(),
                 1);
        // An interviewer signs in to the upgraded schema and pulls what the guard allows.
        auto ida = signIn(db, QStringLiteral("ida"), addInterviewer(db, QStringLiteral("ida")));
        QCOMPARE(ida->pull(0, 10).size(), 1); // the question
        QCOMPARE(ida->submissions().size(), 1);
    }

    // The server stops as if the power went; the client says it is unreachable, keeps
    // nothing half-done, and works again once the server is back.
    void theServerGoesAwayAndComesBack()
    {
        const QString db = database();
        const QString secret = addInterviewer(db, QStringLiteral("fay"));
        auto fay = signIn(db, QStringLiteral("fay"), secret);
        const QString kept = newUuid();
        fay->push(change(QStringLiteral("question"), kept, 0, question(QStringLiteral("Kept"))));

        m_server.stopImmediate();
        QString message;
        QCOMPARE(failureOf([&] { fay->pull(0, 10); }, &message), TeamError::Kind::Unreachable);
        QVERIFY2(message.contains(QStringLiteral("Lost the connection to the team server")),
                 qPrintable(message));
        QVERIFY(!fay->isOpen());
        QCOMPARE(failureOf([&] { fay->open(url(QStringLiteral("fay"), db), secret); }, &message),
                 TeamError::Kind::Unreachable);
        QVERIFY2(message.startsWith(QStringLiteral("Cannot reach the team server %1")
                                        .arg(url(QStringLiteral("fay"), db).displayUrl())),
                 qPrintable(message));
        QVERIFY2(message.contains(QStringLiteral("that the server is running")),
                 qPrintable(message));
        verifyNoPassword(message);

        QString error;
        QVERIFY2(m_server.restart(&error), qPrintable(error));
        fay->open(url(QStringLiteral("fay"), db), secret);
        const QList<TeamEntity> pulled = fay->pull(0, 10);
        QCOMPARE(pulled.size(), 1);
        QCOMPARE(pulled.first().uuid, kept);
        QCOMPARE(fay->push(change(QStringLiteral("question"), kept, 1, question("After"))).outcome,
                 PushResult::Outcome::Accepted);
    }

    // Last: nothing the tests did put a password into a Qt log line or the server's log
    // (which logged every statement).
    void noPasswordWasLogged()
    {
        QVERIFY(m_passwords.size() > 10);
        QStringList messages;
        {
            QMutexLocker lock(&logMutex);
            messages = loggedMessages;
        }
        for (const QString &message : std::as_const(messages))
            verifyNoPassword(message);
        const QString serverLog = m_server.log();
        QVERIFY2(serverLog.contains(QStringLiteral("panelist.add_interviewer")),
                 "the server log should hold every statement");
        for (const QString &secret : std::as_const(m_passwords)) {
            if (secret.startsWith(QLatin1String("outsider")))
                continue; // that role was made with a plain CREATE ROLE by the test itself
            QVERIFY2(!serverLog.contains(secret), qPrintable(secret));
        }
    }
};

QTEST_GUILESS_MAIN(TeamServerTest)
#include "tst_teamserver.moc"
