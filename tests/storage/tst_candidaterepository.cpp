#include "domain/errors.h"
#include "storage/candidaterepository.h"
#include "storage/interviewstart.h"
#include "storage/schema.h"
#include "storage/sql.h"
#include "support/testsupport.h"
#include "support/testworkspace.h"

#include <QSqlDatabase>
#include <QTest>

using testsupport::sampleQuestion;
using vocabulary::CandidateStatus;

// Candidates (schema version 6): the migration that makes them from the interviews' free
// names, the repository's list, search, filters, status, duplicates and merge, and the
// interview writes that find or create the candidate by exact name.
class CandidateRepositoryTest : public QObject
{
    Q_OBJECT

    std::unique_ptr<TestWorkspace> m_ws;
    qint64 m_plan = 0;

    qint64 start(const QString &candidate, const QString &role = QStringLiteral("Backend"))
    {
        InterviewRepository::StartDetails details;
        details.candidate = candidate;
        details.role = role;
        details.interviewer = QStringLiteral("Grace");
        return interviewstart::fromPlan(m_ws->interviews(), m_ws->plans(), m_ws->bank(), m_plan,
                                        details);
    }

    int count(const QString &query, const QVariantList &values = {})
    {
        return sql::scalar(m_ws->connection(), query, values, 0).toInt();
    }

    static QStringList names(const QList<CandidateOverview> &rows)
    {
        QStringList result;
        for (const CandidateOverview &row : rows)
            result << row.candidate.name;
        return result;
    }

    static QString messageOf(const std::function<void()> &action)
    {
        try {
            action();
        } catch (const PanelistError &e) {
            return e.message();
        }
        return {};
    }

private slots:
    void init()
    {
        m_ws = std::make_unique<TestWorkspace>();
        m_plan = m_ws->plans().create(QStringLiteral("Plan"), QStringLiteral("Python"),
                                      vocabulary::Level::Senior, 45);
        m_ws->plans().addItem(m_plan, m_ws->bank().addQuestion(sampleQuestion(1)));
    }
    void cleanup() { m_ws.reset(); }

    void foldingIgnoresCaseAccentsAndSpacing()
    {
        QCOMPARE(candidates::foldedName(QStringLiteral("  Anna   Müller ")),
                 candidates::foldedName(QStringLiteral("anna muller")));
        QCOMPARE(candidates::foldedName(QStringLiteral("Tomás Ortega")),
                 QStringLiteral("tomas ortega"));
        QVERIFY(candidates::foldedName(QStringLiteral("Anna Miller")) !=
                candidates::foldedName(QStringLiteral("Anna Müller")));
    }

    // A database as main's schema (version 5) left it: free-text names, one spelled with
    // spaces around it, and a case/accent variant. The migration makes one candidate per
    // exact trimmed name, with the role of its latest interview, and merges nothing.
    void migrationMakesOneCandidatePerExactName()
    {
        const QString file = m_ws->path(QStringLiteral("v5.sqlite"));
        {
            QSqlDatabase db =
                QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("v5"));
            db.setDatabaseName(file);
            QVERIFY(db.open());
            for (int version = 1; version <= 5; ++version) {
                for (const QString &statement : schema::sqliteMigration(version))
                    sql::exec(db, statement);
            }
            sql::exec(db, QStringLiteral("PRAGMA user_version = 5"));
            const char *rows[][4] = {
                {"u1", "Anna Müller", "Junior dev", "2026-01-01T10:00:00.000Z"},
                {"u2", " Anna Müller ", "Senior dev", "2026-02-01T10:00:00.000Z"},
                {"u3", "anna muller", "Data", "2026-01-15T10:00:00.000Z"},
                {"u4", "Bob", "", "2026-01-20T10:00:00.000Z"},
            };
            for (const auto &row : rows) {
                sql::exec(db,
                          QStringLiteral("INSERT INTO interviews (uuid, candidate, role, "
                                         "started_at, status, created_at, updated_at) VALUES "
                                         "(?, ?, ?, ?, 'finished', ?, ?)"),
                          {QString::fromUtf8(row[0]), QString::fromUtf8(row[1]),
                           QString::fromUtf8(row[2]), QString::fromUtf8(row[3]),
                           QString::fromUtf8(row[3]), QString::fromUtf8(row[3])});
            }
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("v5"));

        Database database(file);
        QCOMPARE(database.schemaVersion(), Database::kSchemaVersion);
        const QSqlDatabase db = database.connection();
        QCOMPARE(sql::scalar(db, QStringLiteral("SELECT count(*) FROM interviews WHERE "
                                                "candidate_id IS NULL"))
                     .toInt(),
                 0);
        CandidateRepository repository(database);
        const QList<CandidateOverview> all = repository.list();
        QCOMPARE(names(all), (QStringList{QStringLiteral("Anna Müller"),
                                          QStringLiteral("anna muller"), QStringLiteral("Bob")}));
        const CandidateOverview &anna = all.at(0);
        QCOMPARE(anna.interviews, 2);
        QCOMPARE(anna.finished, 2);
        QCOMPARE(anna.candidate.role, QStringLiteral("Senior dev")); // the latest interview's
        QCOMPARE(anna.candidate.status, CandidateStatus::Active);
        QCOMPARE(anna.candidate.uuid.size(), 36);
        QVERIFY(anna.candidate.uuid != all.at(1).candidate.uuid);
        // The interview's name is trimmed to the candidate's.
        QCOMPARE(sql::scalar(db, QStringLiteral("SELECT candidate FROM interviews WHERE uuid = "
                                                "'u2'"))
                     .toString(),
                 QStringLiteral("Anna Müller"));

        // Offered, not merged; merged when asked.
        const QList<CandidateDuplicate> offered = repository.possibleDuplicates();
        QCOMPARE(offered.size(), 1);
        QCOMPARE(offered.at(0).first.name, QStringLiteral("Anna Müller")); // older: lower id
        QCOMPARE(offered.at(0).second.name, QStringLiteral("anna muller"));
        repository.merge(offered.at(0).second.id, offered.at(0).first.id);
        const QList<CandidateOverview> merged = repository.list();
        QCOMPARE(names(merged),
                 (QStringList{QStringLiteral("Anna Müller"), QStringLiteral("Bob")}));
        QCOMPARE(merged.at(0).interviews, 3);
        QCOMPARE(sql::scalar(db, QStringLiteral("SELECT count(*) FROM interviews WHERE "
                                                "candidate = 'anna muller'"))
                     .toInt(),
                 0);
        QVERIFY(repository.possibleDuplicates().isEmpty());
        QVERIFY(!repository.candidate(offered.at(0).second.id));

        // An interview without a candidate is refused from now on.
        QVERIFY(!messageOf([&db] {
                     sql::exec(db, QStringLiteral("INSERT INTO interviews (uuid, candidate, "
                                                  "created_at, updated_at) VALUES ('x', 'X', "
                                                  "'now', 'now')"));
                 }).isEmpty());
    }

    void startingFindsOrCreatesByExactName()
    {
        const qint64 first = start(QStringLiteral("Ada Lovelace"), QStringLiteral("Backend"));
        const qint64 second = start(QStringLiteral("  Ada Lovelace "), QStringLiteral("Data"));
        start(QStringLiteral("ada lovelace"));
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM candidates")), 2);
        QCOMPARE(count(QStringLiteral("SELECT count(DISTINCT candidate_id) FROM interviews "
                                      "WHERE id IN (?, ?)"),
                       {first, second}),
                 1);
        CandidateRepository repository(m_ws->database());
        const QList<CandidateOverview> rows = repository.list();
        // Names equal but for letter case keep the order they were made in.
        QCOMPARE(names(rows),
                 (QStringList{QStringLiteral("Ada Lovelace"), QStringLiteral("ada lovelace")}));
        QCOMPARE(rows.at(0).interviews, 2);
        QCOMPARE(rows.at(0).finished, 0);
        QCOMPARE(rows.at(0).candidate.role, QStringLiteral("Backend")); // as first created
        QVERIFY(rows.at(0).lastActivity.isValid());
        const QList<InterviewSummary> loop = repository.loop(rows.at(0).candidate.id);
        QCOMPARE(loop.size(), 2);
        QCOMPARE(loop.at(0).id, first);
        QCOMPARE(loop.at(0).interviewer, QStringLiteral("Grace"));
        QCOMPARE(repository.possibleDuplicates().size(), 1);
    }

    void searchAndFilters()
    {
        start(QStringLiteral("Tomás Ortega"), QStringLiteral("Backend"));
        start(QStringLiteral("Mei Lin"), QStringLiteral("Data engineer"));
        start(QStringLiteral("Jonas Berg"), QStringLiteral("backend"));
        CandidateRepository repository(m_ws->database());
        CandidateRepository::Filter filter;
        filter.search = QStringLiteral("TOMAS");
        QCOMPARE(names(repository.list(filter)), QStringList{QStringLiteral("Tomás Ortega")});
        filter.search = QStringLiteral("data lin");
        QCOMPARE(names(repository.list(filter)), QStringList{QStringLiteral("Mei Lin")});
        filter.search = QStringLiteral("nobody");
        QVERIFY(repository.list(filter).isEmpty());
        filter = {};
        filter.role = QStringLiteral("BACKEND");
        QCOMPARE(names(repository.list(filter)),
                 (QStringList{QStringLiteral("Jonas Berg"), QStringLiteral("Tomás Ortega")}));

        const qint64 mei = repository.list().at(1).candidate.id;
        QCOMPARE(repository.candidate(mei)->name, QStringLiteral("Mei Lin"));
        repository.setStatus(mei, CandidateStatus::Hired);
        QCOMPARE(repository.candidate(mei)->status, CandidateStatus::Hired);
        filter = {};
        filter.status = CandidateStatus::Hired;
        QCOMPARE(names(repository.list(filter)), QStringList{QStringLiteral("Mei Lin")});
        filter.status = CandidateStatus::Active;
        QCOMPARE(repository.list(filter).size(), 2);
        const QString unknown =
            messageOf([&repository] { repository.setStatus(999, CandidateStatus::Rejected); });
        QVERIFY2(unknown.contains(QStringLiteral("no candidate 999")), qPrintable(unknown));
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM candidates WHERE status = 'rejected'")),
                 0);
    }

    void mergeRefusesWhatItCannotDo()
    {
        start(QStringLiteral("A"));
        CandidateRepository repository(m_ws->database());
        const qint64 a = repository.list().at(0).candidate.id;
        QVERIFY(messageOf([&] { repository.merge(a, a); }).contains(QStringLiteral("itself")));
        const QString missing = messageOf([&] { repository.merge(a, 4242); });
        QVERIFY2(missing.contains(QStringLiteral("no candidate 4242")), qPrintable(missing));
        QVERIFY(repository.candidate(a)); // nothing happened
        QCOMPARE(repository.loop(a).size(), 1);
    }

    // Removing the last interview of a candidate removes the candidate: no name stays.
    void removalTakesTheCandidateWithTheLastInterview()
    {
        const qint64 one = start(QStringLiteral("Grace Hopper"));
        const qint64 two = start(QStringLiteral("Grace Hopper"));
        start(QStringLiteral("Alan Turing"));
        m_ws->interviews().remove(one);
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM candidates WHERE name = 'Grace "
                                      "Hopper'")),
                 1);
        m_ws->interviews().remove(two);
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM candidates WHERE name = 'Grace "
                                      "Hopper'")),
                 0);
        QCOMPARE(m_ws->interviews().removeCandidate(QStringLiteral("alan turing")), 1);
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM candidates")), 0);
    }

    // A teammate's interview arrives through applyInterview: its candidate is found or
    // made by name here; a pulled rename moves it and leaves no unused candidate.
    void appliedInterviewGetsItsCandidate()
    {
        const qint64 local = start(QStringLiteral("Ada"));
        Interview pulled = *m_ws->interviews().interview(local);
        pulled.uuid = QStringLiteral("0f6d2c3e-3b7a-4c1e-9a55-2d4f7e8b9c99");
        pulled.candidate = QStringLiteral("Linus");
        const qint64 id = m_ws->interviews().applyInterview(pulled);
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM candidates")), 2);
        pulled.candidate = QStringLiteral("Ada");
        m_ws->interviews().applyInterview(pulled);
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM candidates")), 1);
        QCOMPARE(count(QStringLiteral("SELECT count(DISTINCT candidate_id) FROM interviews "
                                      "WHERE id IN (?, ?)"),
                       {local, id}),
                 1);
    }
};

QTEST_GUILESS_MAIN(CandidateRepositoryTest)
#include "tst_candidaterepository.moc"
