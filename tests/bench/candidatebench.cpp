#include "candidatebench.h"

#include "storage/candidaterepository.h"
#include "storage/database.h"
#include "storage/sql.h"
#include "storage/transaction.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QUuid>

#include <algorithm>
#include <vector>

namespace {

const char *const kGiven[] = {"Anna",  "Björn", "Chloé", "Dmitri", "Emeka", "Fatima", "Günter",
                              "Hana",  "Ivan",  "José",  "Kenji",  "Lena",  "Marta",  "Noor",
                              "Oskar", "Priya", "Quinn", "Rafael", "Søren", "Tomasz"};
const char *const kFamily[] = {"Müller", "Okafor",   "Nakamura", "García", "Kowalski",
                               "Haddad", "Svensson", "O'Brien",  "Dubois", "Rossi",
                               "Novák",  "Schmidt",  "Ivanova",  "Chen",   "Fernández"};
const char *const kRoles[] = {"Senior Python developer", "Backend engineer", "Data engineer",
                              "Platform engineer"};

QString text(const char *utf8)
{
    return QString::fromUtf8(utf8);
}

// Candidates and their interviews written straight into the tables (the repository's
// one-at-a-time start would take minutes for 40,000 interviews); the same columns the
// app writes, through the schema's triggers and checks.
void seed(Database &database, int candidates)
{
    const QSqlDatabase db = database.connection();
    Transaction transaction(db);
    sql::Statements statements(db);
    QRandomGenerator random(16);
    const QDateTime start = QDateTime(QDate(2026, 1, 5), QTime(9, 0), Qt::UTC);
    const QStringList statuses = {QStringLiteral("active"), QStringLiteral("active"),
                                  QStringLiteral("hired"), QStringLiteral("rejected"),
                                  QStringLiteral("withdrawn")};
    const QString candidateInsert =
        QStringLiteral("INSERT INTO candidates (id, uuid, name, email, role, status, "
                       "created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)");
    const QString interviewInsert = QStringLiteral(
        "INSERT INTO interviews (uuid, candidate, candidate_id, role, interviewer, plan_name, "
        "started_at, ended_at, status, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, "
        "?, ?, ?)");
    for (int id = 1; id <= candidates; ++id) {
        const QString name = QStringLiteral("%1 %2 %3")
                                 .arg(text(kGiven[random.bounded(int(std::size(kGiven)))]),
                                      text(kFamily[random.bounded(int(std::size(kFamily)))]))
                                 .arg(id);
        const QString role = text(kRoles[random.bounded(int(std::size(kRoles)))]);
        const QDateTime created = start.addSecs(qint64(id) * 600);
        const QString when = created.toString(Qt::ISODateWithMs);
        statements.run(candidateInsert,
                       {id, QUuid::createUuid().toString(QUuid::WithoutBraces), name,
                        QStringLiteral("candidate%1@example.org").arg(id), role,
                        statuses.at(random.bounded(int(statuses.size()))), when, when});
        for (int loop = 0; loop < 4; ++loop) {
            const QDateTime began = created.addDays(loop);
            const bool finished = loop < 3 || id % 2 == 0;
            const QString began_ = began.toString(Qt::ISODateWithMs);
            const QString ended = began.addSecs(3600).toString(Qt::ISODateWithMs);
            statements.run(interviewInsert,
                           {QUuid::createUuid().toString(QUuid::WithoutBraces), name, id, role,
                            QStringLiteral("Interviewer %1").arg(loop + 1),
                            QStringLiteral("Loop stage %1").arg(loop + 1), began_,
                            finished ? QVariant(ended) : QVariant(),
                            finished ? QStringLiteral("finished") : QStringLiteral("live"), began_,
                            finished ? ended : began_});
        }
    }
    transaction.commit();
}

double percentile(std::vector<double> values, double fraction)
{
    std::sort(values.begin(), values.end());
    const auto index = std::min(values.size() - 1, size_t(fraction * double(values.size())));
    return values.at(index);
}

QString ms(double value)
{
    return QString::number(value, 'f', 2);
}

} // namespace

namespace candidatebench {

void run(int candidates, const Figure &figure, const std::function<void(const QString &)> &progress)
{
    QTemporaryDir folder;
    const QString path = folder.filePath(QStringLiteral("candidates.sqlite"));
    Database database(path);
    progress(QStringLiteral("seeding %1 candidates with 4 interviews each").arg(candidates));
    seed(database, candidates);
    const CandidateRepository repository(database);
    const QString count = candidates % 1000 == 0 ? QStringLiteral("%1k").arg(candidates / 1000)
                                                 : QString::number(candidates);

    std::vector<double> opens;
    qsizetype listed = repository.list().size(); // warm-up
    for (int run = 0; run < 5; ++run) {
        QElapsedTimer timer;
        timer.start();
        listed = repository.list().size();
        opens.push_back(double(timer.nsecsElapsed()) / 1e6);
    }
    progress(QStringLiteral("listed %1 candidates").arg(listed));
    figure(QStringLiteral("candidate list open ") + count, ms(percentile(opens, 0.5)),
           QStringLiteral("ms"));

    // A person typing a name, a role and an email into the search field: the page holds
    // the list it opened with each candidate's search text, and narrows it a key at a
    // time (candidates::matchesSearch, what CandidateRepository::list matches with).
    const QList<CandidateOverview> all = repository.list();
    QStringList texts;
    texts.reserve(all.size());
    for (const CandidateOverview &overview : all)
        texts.append(candidates::searchText(overview.candidate));
    const char *const typed[] = {"müller", "anna okafor", "backend", "chloe", "example.org 12"};
    std::vector<double> keys;
    qsizetype shown = 0;
    for (int round = 0; round < 3; ++round) {
        for (const char *query : typed) {
            const QString whole = QString::fromUtf8(query);
            for (int length = 1; length <= whole.size(); ++length) {
                QElapsedTimer timer;
                timer.start();
                const QStringList words = candidates::searchWords(whole.left(length));
                QList<int> rows;
                for (int i = 0; i < texts.size(); ++i) {
                    if (candidates::matchesSearch(texts.at(i), words))
                        rows.append(i);
                }
                shown += rows.size();
                if (round > 0) // the first round warms the caches
                    keys.push_back(double(timer.nsecsElapsed()) / 1e6);
            }
        }
    }
    progress(
        QStringLiteral("%1 rows shown over %2 keystrokes").arg(shown).arg(keys.size() * 3 / 2));
    figure(QStringLiteral("candidate search p50 ") + count, ms(percentile(keys, 0.5)),
           QStringLiteral("ms"));
    figure(QStringLiteral("candidate search p95 ") + count, ms(percentile(keys, 0.95)),
           QStringLiteral("ms"));
}

} // namespace candidatebench
