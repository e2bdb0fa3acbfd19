#include "teambench.h"

#include "bankgenerator.h"

#include "domain/errors.h"
#include "formats/teampayload.h"
#include "storage/bankrepository.h"
#include "storage/database.h"
#include "storage/localsync.h"
#include "storage/teamserver.h"
#include "storage/teamurl.h"
#include "support/pgserver.h"
#include "sync/synccycle.h"
#include "sync/syncengine.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QThread>
#include <QUuid>

#include <algorithm>
#include <ctime>
#include <memory>
#include <vector>

namespace teambench {

namespace {

struct Laptop
{
    QTemporaryDir dir;
    std::unique_ptr<Database> db;
    std::unique_ptr<BankRepository> bank;
    TeamServer server;
    std::unique_ptr<SyncCycle> cycle;

    Laptop(const TeamUrl &url, const QString &password)
    {
        db = std::make_unique<Database>(dir.filePath(QStringLiteral("p.sqlite")));
        bank = std::make_unique<BankRepository>(*db);
        LocalSync(*db).link(url.displayUrl(), url.user());
        server.open(url, password);
        cycle = std::make_unique<SyncCycle>(*db, server);
    }
    QString path() const { return dir.filePath(QStringLiteral("p.sqlite")); }
};

double percentile(std::vector<double> values, double p)
{
    std::sort(values.begin(), values.end());
    const size_t index = std::min(values.size() - 1, size_t(p * double(values.size() - 1) + 0.5));
    return values.at(index);
}

QString ms(double value)
{
    return QString::number(value, 'f', value < 10 ? 1 : 0);
}

// The generated bank as the team's server holds it after a first laptop pushed it:
// version 1 of every category and question, owned by `owner`, numbered in order
// (categories first). Written as the superuser in a few large statements, so setting up
// 100,000 questions takes seconds, not the minutes 100,000 single pushes would (that
// figure is `sync push 1000 edits`). The payloads are the app's own (teampayload), read
// made from the generated bank as a laptop would make them.
void seedServer(const PgTestServer &pg, const QString &database, const QString &owner,
                int questions)
{
    QList<QPair<QString, QJsonObject>> entities; // kind, payload
    {
        bankgenerator::Bank generated = bankgenerator::generate(questions);
        QHash<QString, QString> categoryUuids; // name -> uuid
        for (Category &category : generated.categories) {
            category.uuid = QUuid::createUuid().toString(QUuid::WithoutBraces);
            categoryUuids.insert(category.name, category.uuid);
            entities.append({QStringLiteral("category"), teampayload::fromCategory(category)});
        }
        for (Question &question : generated.questions) {
            question.categoryUuid = categoryUuids.value(question.category);
            entities.append({QStringLiteral("question"), teampayload::fromQuestion(question)});
        }
    }
    const QString name = QStringLiteral("panelist-bench-seed");
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
        db.setHostName(pg.host());
        db.setPort(pg.port());
        db.setDatabaseName(database);
        db.setUserName(pg.superuser());
        db.setPassword(pg.superuserPassword());
        if (!db.open())
            throw PanelistError(
                QStringLiteral("seeding the bench server: %1").arg(db.lastError().text()));
        {
            QSqlQuery insert(db);
            if (!insert.prepare(QStringLiteral(
                    "INSERT INTO panelist.entities (kind, uuid, deleted, payload, owner) "
                    "SELECT e->>'kind', (e->>'uuid')::uuid, false, (e->'payload')::jsonb, ? "
                    "FROM json_array_elements(CAST(? AS json)) e")))
                throw PanelistError(insert.lastError().text());
            constexpr qsizetype kChunk = 5000;
            for (qsizetype start = 0; start < entities.size(); start += kChunk) {
                QJsonArray rows;
                for (qsizetype i = start; i < std::min(entities.size(), start + kChunk); ++i) {
                    const auto &[kind, payload] = entities.at(i);
                    rows.append(QJsonObject{
                        {QStringLiteral("kind"), kind},
                        {QStringLiteral("uuid"), payload.value(QStringLiteral("uuid")).toString()},
                        {QStringLiteral("payload"), payload}});
                }
                insert.bindValue(0, owner);
                insert.bindValue(
                    1, QString::fromUtf8(QJsonDocument(rows).toJson(QJsonDocument::Compact)));
                if (!insert.exec())
                    throw PanelistError(QStringLiteral("seeding the bench server: %1")
                                            .arg(insert.lastError().text()));
            }
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
}

} // namespace

void run(int questions, int edits, const Figure &figure,
         const std::function<void(const QString &)> &progress)
{
    if (PgTestServer::binaries().isEmpty())
        throw PanelistError(QStringLiteral("--team needs PostgreSQL 15 (postgresql-15)"));
    PgTestServer pg;
    QString error;
    if (!pg.start(&error))
        throw PanelistError(error);
    if (!pg.createDatabase(QStringLiteral("bench"), &error))
        throw PanelistError(error);
    const QString database = QStringLiteral("bench");
    TeamServer admin;
    admin.open(TeamUrl::parse(pg.url(pg.superuser(), database)), pg.superuserPassword(),
               TeamServer::Purpose::Setup);
    admin.initialize();
    const QString password = QStringLiteral("bench-password-1");
    QList<TeamUrl> urls;
    for (int i = 0; i < 6; ++i) {
        const QString name = QStringLiteral("bench%1").arg(i);
        admin.addInterviewer(name, password, false);
        urls << TeamUrl::parse(pg.url(name, database));
    }
    // The engine signs in through libpq's password file.
    QTemporaryDir home;
    const QString passfile = home.filePath(QStringLiteral("pgpass"));
    {
        QFile file(passfile);
        file.open(QIODevice::WriteOnly);
        file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        for (const TeamUrl &url : std::as_const(urls))
            file.write(QStringLiteral("%1:%2:%3:%4:%5\n")
                           .arg(url.host())
                           .arg(url.port())
                           .arg(url.database(), url.user(), password)
                           .toUtf8());
    }
    qputenv("PGPASSFILE", QFile::encodeName(passfile));

    // The team's bank: generated, written to the server directly (as if the first
    // laptop had pushed it), then pulled by the first laptop.
    progress(QStringLiteral("team: writing a %1-question bank to the server").arg(questions));
    seedServer(pg, database, urls.at(0).user(), questions);
    Laptop lead(urls.at(0), password);
    lead.cycle->run();

    // sync join: a new laptop links and downloads the whole bank.
    {
        QElapsedTimer timer;
        timer.start();
        const std::clock_t cpuBefore = std::clock();
        Laptop joining(urls.at(1), password);
        joining.cycle->run();
        const double seconds = timer.nsecsElapsed() / 1e9;
        // On a shared machine the wall time says as much about the others as about this.
        progress(QStringLiteral("team: the join took %1 s of CPU in this process (the server "
                                "not counted)")
                     .arg(double(std::clock() - cpuBefore) / CLOCKS_PER_SEC, 0, 'f', 1));
        figure(questions == 100000 ? QStringLiteral("sync join 100k")
                                   : QStringLiteral("sync join %1 questions").arg(questions),
               QString::number(seconds, 'f', 1), QStringLiteral("s"));
    }

    // sync push 1000 edits: one cycle pushing 1000 edited questions.
    {
        const QList<Question> all = lead.bank->allQuestions();
        for (int i = 0; i < 1000 && i < all.size(); ++i) {
            Question q = all.at(i);
            q.title += QStringLiteral(" (edited)");
            lead.bank->updateQuestion(q);
        }
        QElapsedTimer timer;
        timer.start();
        const SyncCycle::Moved moved = lead.cycle->run();
        figure(QStringLiteral("sync push 1000 edits"), ms(timer.nsecsElapsed() / 1e6),
               QStringLiteral("ms (%1 pushed)").arg(moved.pushed));
    }

    // sync propagation: a commit on A until it is in B's file, B running the engine.
    {
        Laptop b(urls.at(2), password);
        b.cycle->run(); // B has the bank before its engine starts
        const QString bPath = b.path();
        SyncEngine engine(bPath);
        QElapsedTimer wait;
        wait.start();
        while (engine.cycles() == 0 && wait.elapsed() < 120000)
            QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
        Database reader(bPath, Database::Role::Secondary);
        BankRepository readerBank(reader);
        const QList<Question> all = lead.bank->allQuestions();
        QHash<QString, qint64> idsInB;
        for (const Question &q : readerBank.allQuestions())
            idsInB.insert(q.uuid, q.id);
        std::vector<double> latencies;
        int late = 0;
        for (int i = 0; i < 50; ++i) {
            Question q = all.at(i);
            q.title = QStringLiteral("Propagated %1").arg(i);
            QElapsedTimer timer;
            timer.start();
            lead.bank->updateQuestion(q); // the commit on A
            lead.cycle->run();            // A's engine would push it now
            const qint64 id = idsInB.value(q.uuid);
            while (timer.elapsed() < 5000) {
                QCoreApplication::processEvents(QEventLoop::AllEvents, 1);
                const std::optional<Question> there = readerBank.question(id);
                if (there && there->title == q.title)
                    break;
                QThread::usleep(500);
            }
            if (timer.elapsed() >= 5000)
                ++late;
            latencies.push_back(timer.nsecsElapsed() / 1e6);
        }
        if (late > 0)
            progress(QStringLiteral("team: %1 of 50 changes took 5 s or more").arg(late));
        figure(QStringLiteral("sync propagation p50"), ms(percentile(latencies, 0.5)),
               QStringLiteral("ms"));
        figure(QStringLiteral("sync propagation p95"), ms(percentile(latencies, 0.95)),
               QStringLiteral("ms"));
    }

    // sync converge 5 clients: each makes `edits` random edits offline; then cycles
    // round the five until a round moves nothing.
    {
        progress(QStringLiteral("team: five clients, %1 edits each").arg(edits));
        std::vector<std::unique_ptr<Laptop>> laptops;
        for (int i = 0; i < 5; ++i) {
            laptops.push_back(std::make_unique<Laptop>(urls.at(i == 0       ? 0
                                                               : i + 1 == 6 ? 5
                                                                            : i + 1),
                                                       password));
            laptops.back()->cycle->run();
        }
        QRandomGenerator random(5);
        for (auto &laptop : laptops) {
            const QList<Question> all = laptop->bank->allQuestions();
            for (int e = 0; e < edits; ++e) {
                Question q = all.at(random.bounded(int(all.size())));
                q.prompt += QStringLiteral(" edit %1").arg(e);
                laptop->bank->updateQuestion(q);
            }
        }
        QElapsedTimer timer;
        timer.start();
        for (int round = 0; round < 10; ++round) {
            bool moved = false;
            for (auto &laptop : laptops) {
                const SyncCycle::Moved m = laptop->cycle->run();
                moved = moved || m.pushed > 0 || m.pulled > 0;
            }
            if (!moved)
                break;
        }
        figure(QStringLiteral("sync converge 5 clients"), ms(timer.nsecsElapsed() / 1e6),
               QStringLiteral("ms (%1 edits each)").arg(edits));
    }
}

} // namespace teambench
