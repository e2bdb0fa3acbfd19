#include "domain/errors.h"
#include "formats/bankjson.h"
#include "formats/planjson.h"
#include "formats/teampayload.h"
#include "storage/bankfiles.h"
#include "storage/interviewstart.h"
#include "storage/localsync.h"
#include "storage/planfiles.h"
#include "storage/sql.h"
#include "support/replicacheck.h"
#include "support/testsupport.h"
#include "support/testworkspace.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QMap>
#include <QProcess>
#include <QTest>
#include <QThread>

using testsupport::sampleQuestion;
using vocabulary::EntityKind;

namespace {

// What the team's server does with entities, as the design states it, in memory: one
// row per entity with a version and the change number (seq) of its last write; a push
// based on another version is refused (returning the row) unless it brings the same
// payload. It lets two real databases exchange through LocalSync's API alone; the real
// server (PostgreSQL, storage/team*) is tested on its own.
class Relay
{
public:
    struct Entity
    {
        qint64 version = 0;
        bool deleted = false;
        bool purge = false;
        QJsonObject payload;
        qint64 seq = 0;
    };

    // True when taken (`version` set), false when refused (`theirs` set).
    bool push(const LocalSync::Pending &pending, qint64 &version, LocalSync::Change &theirs)
    {
        const auto key = qMakePair(int(pending.kind), pending.uuid);
        Entity &entity = m_entities[key];
        const bool same = entity.version > 0 && entity.deleted == pending.deleted &&
                          entity.payload == pending.payload;
        if (entity.version != pending.baseVersion && !same) {
            theirs = change(key, entity);
            return false;
        }
        if (!same) {
            entity.version += 1;
            entity.deleted = pending.deleted;
            entity.payload = pending.payload;
            entity.seq = ++m_seq;
        }
        version = entity.version;
        return true;
    }

    // The candidate's interview removed across the team: a purge tombstone.
    void purge(const QString &uuid)
    {
        Entity &entity = m_entities[qMakePair(int(EntityKind::Interview), uuid)];
        entity.version += 1;
        entity.deleted = entity.purge = true;
        entity.payload = {};
        entity.seq = ++m_seq;
    }

    QList<LocalSync::Change> pull(qint64 since, int limit) const
    {
        QMap<qint64, LocalSync::Change> bySeq;
        for (auto it = m_entities.cbegin(); it != m_entities.cend(); ++it) {
            if (it->seq > since)
                bySeq.insert(it->seq, change(it.key(), *it));
        }
        return bySeq.values().mid(0, limit);
    }

private:
    static LocalSync::Change change(const QPair<int, QString> &key, const Entity &entity)
    {
        LocalSync::Change change;
        change.kind = EntityKind(key.first);
        change.uuid = key.second;
        change.version = entity.version;
        change.deleted = entity.deleted;
        change.purge = entity.purge;
        change.payload = entity.payload;
        change.seq = entity.seq;
        return change;
    }

    QMap<QPair<int, QString>, Entity> m_entities;
    qint64 m_seq = 0;
};

struct Moved
{
    int pushed = 0;
    int refused = 0;
    LocalSync::Applied pulled;
};

// One cycle as the engine runs it: pull, push the outbox in order, pull again (batches
// of `batch`).
Moved sync(LocalSync &local, Relay &relay, int batch = 7)
{
    Moved moved;
    const auto pullAll = [&] {
        for (;;) {
            const QList<LocalSync::Change> changes = relay.pull(local.team()->lastSeq, batch);
            if (changes.isEmpty())
                return;
            const LocalSync::Applied applied = local.apply(changes);
            moved.pulled.written += applied.written;
            moved.pulled.deleted += applied.deleted;
            moved.pulled.purged += applied.purged;
            moved.pulled.conflicts += applied.conflicts;
            moved.pulled.skipped += applied.skipped;
            moved.pulled.adopted += applied.adopted;
        }
    };
    pullAll();
    for (const LocalSync::Pending &pending : local.pending()) {
        qint64 version = 0;
        LocalSync::Change theirs;
        if (relay.push(pending, version, theirs)) {
            local.markPushed(pending, version);
            ++moved.pushed;
        } else {
            local.recordConflict(pending, theirs);
            ++moved.refused;
        }
    }
    pullAll();
    return moved;
}

} // namespace

// A team's local side (storage/localsync.h): pulled changes are applied through the
// repositories without entering the outbox, search stays in step, two databases that
// exchange through the API end identical, and conflicts keep both sides.
class LocalSyncTest : public QObject
{
    Q_OBJECT

private:
    struct Replica
    {
        std::unique_ptr<TestWorkspace> ws = std::make_unique<TestWorkspace>();
        std::unique_ptr<LocalSync> sync;
        int compactions = 0;

        explicit Replica(const QString &role)
        {
            sync = std::make_unique<LocalSync>(ws->database());
            sync->link(QStringLiteral("postgresql://db.example:5432/team"), role);
            sync->setAfterRemoval([this] {
                ++compactions;
                ws->database().compact();
            });
        }
        QSqlDatabase db() const { return ws->connection(); }
    };

    static int outboxRows(const Replica &r)
    {
        return sql::scalar(r.db(), QStringLiteral("SELECT COUNT(*) FROM outbox")).toInt();
    }

    static QStringList titles(BankRepository &bank, const QString &text)
    {
        searchindex::Request request;
        request.text = text;
        request.includeArchived = true;
        QStringList result;
        for (const QuestionSummary &row : bank.search(request))
            result << row.title;
        return result;
    }

    // The bank and every plan (by uuid) as their exchange files, and every interview's
    // payload.
    static QByteArray exports(Replica &r)
    {
        QByteArray out = bankjson::write(bankfiles::snapshot(r.ws->bank()));
        QMap<QString, QByteArray> plans;
        for (const PlanSummary &summary : r.ws->plans().plans()) {
            const Plan plan = *r.ws->plans().plan(summary.id);
            plans.insert(plan.uuid,
                         planjson::write(plan, planfiles::questionsOf(plan, r.ws->bank())));
        }
        for (const QByteArray &plan : std::as_const(plans))
            out += plan;
        QMap<QString, QByteArray> interviews;
        for (const InterviewSummary &summary : r.ws->interviews().interviews()) {
            const Interview interview = *r.ws->interviews().interview(summary.id);
            interviews.insert(interview.uuid,
                              QJsonDocument(teampayload::fromInterview(interview)).toJson());
        }
        for (const QByteArray &interview : std::as_const(interviews))
            out += interview;
        return out;
    }

    static void sameReplicas(Replica &a, Replica &b)
    {
        QCOMPARE(exports(a), exports(b));
        const QMap<QString, QByteArray> left = replicacheck::checksums(a.db()),
                                        right = replicacheck::checksums(b.db());
        for (auto it = left.cbegin(); it != left.cend(); ++it)
            QVERIFY2(it.value() == right.value(it.key()), qPrintable(it.key()));
    }

    static qint64 startInterview(Replica &r, qint64 plan, const QString &candidate)
    {
        return interviewstart::fromPlan(
            r.ws->interviews(), r.ws->plans(), r.ws->bank(), plan,
            {candidate, QStringLiteral("Backend"), QStringLiteral("Ann"), {}, {}});
    }

private slots:
    // A batch from the server is written through the repositories: nothing enters the
    // outbox, search finds the pulled text (and no longer the old), the highest seq is
    // recorded, a change seen before is skipped.
    void applyingNeverQueuesAndKeepsSearchInStep()
    {
        Replica a(QStringLiteral("ann"));
        Replica b(QStringLiteral("bob"));
        Relay relay;
        Question gil = sampleQuestion(1, QStringLiteral("Concurrency"));
        gil.title = QStringLiteral("The GIL and threads");
        gil.followUps = {QStringLiteral("And with subinterpreters?")};
        const qint64 id = a.ws->bank().addQuestion(gil);
        a.ws->plans().addItem(
            a.ws->plans().create(QStringLiteral("Loop"), {}, vocabulary::Level::Senior, 30), id);
        QCOMPARE(sync(*a.sync, relay).pushed, 3); // category, question, plan
        QCOMPARE(outboxRows(a), 0);

        const Moved moved = sync(*b.sync, relay);
        QCOMPARE(moved.pulled.written, 3);
        QCOMPARE(moved.pushed, 0);
        QCOMPARE(outboxRows(b), 0);
        QCOMPARE(b.sync->team()->lastSeq, 3);
        QCOMPARE(titles(b.ws->bank(), QStringLiteral("subinterpreters")),
                 QStringList{QStringLiteral("The GIL and threads")});

        Question edited = *a.ws->bank().question(id);
        edited.title = QStringLiteral("Free-threaded CPython");
        edited.followUps = {QStringLiteral("What breaks in extensions?")};
        a.ws->bank().updateQuestion(edited);
        QCOMPARE(sync(*a.sync, relay).pushed, 1);
        QCOMPARE(sync(*b.sync, relay).pulled.written, 1);
        QCOMPARE(outboxRows(b), 0);
        QCOMPARE(titles(b.ws->bank(), QStringLiteral("extensions")),
                 QStringList{QStringLiteral("Free-threaded CPython")});
        QCOMPARE(titles(b.ws->bank(), QStringLiteral("subinterpreters")), QStringList());
        QCOMPARE(titles(b.ws->bank(), QStringLiteral("GIL")), QStringList());

        // The same batch again changes nothing.
        const LocalSync::Applied again = b.sync->apply(relay.pull(0, 100));
        QCOMPARE(again.skipped, 3);
        QCOMPARE(again.written, 0);
        // A's own pushes came back to it and were skipped.
        QCOMPARE(outboxRows(a), 0);
        QCOMPARE(a.sync->team()->lastSeq, 4);
        sameReplicas(a, b);
    }

    // Two laptops editing through the API alone end with identical exports and tables:
    // the bank with renamed and merged categories, deletions, plans, interviews with
    // notes and scores; one category made on both under one name is one category.
    void twoDatabasesConverge()
    {
        Replica a(QStringLiteral("ann"));
        Replica b(QStringLiteral("bob"));
        Relay relay;
        BankRepository &bank = a.ws->bank();
        QList<Question> questions;
        for (int n = 1; n <= 30; ++n) {
            Question q = sampleQuestion(n, QStringList{QStringLiteral("Internals"),
                                                       QStringLiteral("Concurrency"),
                                                       QStringLiteral("Тестирование")}
                                               .at(n % 3));
            q.title += QStringLiteral(" «ünïcode» 😀");
            questions << q;
        }
        bank.importQuestions({}, questions);
        const qint64 internals = sql::scalar(a.db(), QStringLiteral("SELECT id FROM categories "
                                                                    "WHERE name = 'Internals'"))
                                     .toLongLong();
        a.ws->categories().rename(internals, QStringLiteral("CPython internals"));
        bank.removeQuestion(bank.questionByUuid(sampleQuestion(5).uuid)->id);
        const qint64 plan =
            a.ws->plans().create(QStringLiteral("Senior loop"), QStringLiteral("Backend"),
                                 vocabulary::Level::Senior, 60);
        for (int n : {1, 2, 3, 4})
            a.ws->plans().addItem(plan, bank.questionByUuid(sampleQuestion(n).uuid)->id);
        a.ws->plans().setItemNote(a.ws->plans().plan(plan)->items.at(0).id,
                                  QStringLiteral("Start gently — «warm-up»\nsecond line"));
        const qint64 interview = startInterview(a, plan, QStringLiteral("Grace Hopper"));
        const Interview started = *a.ws->interviews().interview(interview);
        a.ws->interviews().setScore(started.items.at(0).id, 4);
        a.ws->interviews().setNotes(started.items.at(0).id, QStringLiteral("[00:30] sharp"));
        a.ws->interviews().addFollowUp(started.items.at(0).id, QStringLiteral("And PEP 703?"));

        // B made a category of the same name on its own, with a question in it, and a plan.
        b.ws->bank().addQuestion(sampleQuestion(100, QStringLiteral("Concurrency")));
        const qint64 bPlan =
            b.ws->plans().create(QStringLiteral("Screen"), {}, vocabulary::Level::Middle, 30);

        sync(*a.sync, relay);
        sync(*b.sync, relay);
        sync(*a.sync, relay);
        QCOMPARE(outboxRows(a), 0);
        QCOMPARE(outboxRows(b), 0);
        QCOMPARE(a.sync->conflictCount(), 0);
        QCOMPARE(b.sync->conflictCount(), 0);
        // One "Concurrency", with B's question in it.
        QCOMPARE(sql::scalar(b.db(), QStringLiteral("SELECT COUNT(*) FROM categories")).toInt(), 3);
        QCOMPARE(a.ws->bank().questionByUuid(sampleQuestion(100).uuid)->category,
                 QStringLiteral("Concurrency"));
        sameReplicas(a, b);

        // B works on what it received; A deletes and reorders.
        const qint64 bInternals =
            b.ws->bank().questionByUuid(sampleQuestion(3).uuid)->id; // in "CPython internals"
        Question edited = *b.ws->bank().question(bInternals);
        edited.prompt = QStringLiteral("Rewritten on B: «ß» 🐍");
        edited.tags << QStringLiteral("edited");
        b.ws->bank().updateQuestion(edited);
        const qint64 planOnB = b.ws->plans().planByUuid(a.ws->plans().plan(plan)->uuid)->id;
        b.ws->plans().moveItem(planOnB, 0, 3);
        b.ws->plans().addItem(bPlan, bInternals);
        const qint64 concurrency = sql::scalar(a.db(), QStringLiteral("SELECT id FROM categories "
                                                                      "WHERE name = 'Concurrency'"))
                                       .toLongLong();
        const qint64 testing =
            sql::scalar(a.db(), QStringLiteral("SELECT id FROM categories "
                                               "WHERE name <> 'Concurrency' "
                                               "AND name <> 'CPython internals'"))
                .toLongLong();
        a.ws->categories().merge(testing, concurrency);
        a.ws->categories().move(concurrency, 0);
        a.ws->bank().setArchived(a.ws->bank().questionByUuid(sampleQuestion(7).uuid)->id, true);
        Interview progress = *a.ws->interviews().interview(interview);
        progress.moveTo(1, vocabulary::ItemState::Done, a.ws->clock().now().addSecs(300));
        progress.finish(vocabulary::Recommendation::StrongYes, QStringLiteral("Hire."),
                        a.ws->clock().now().addSecs(900));
        a.ws->interviews().saveProgress(progress);

        sync(*b.sync, relay);
        sync(*a.sync, relay);
        sync(*b.sync, relay);
        QCOMPARE(a.sync->conflictCount(), 0);
        QCOMPARE(b.sync->conflictCount(), 0);
        QCOMPARE(outboxRows(a) + outboxRows(b), 0);
        sameReplicas(a, b);
        QCOMPARE(titles(a.ws->bank(), QStringLiteral("Rewritten")).size(), 1);
        QCOMPARE(b.ws->interviews().interview(b.ws->interviews().interviews().first().id)->owner,
                 QStringLiteral("ann"));
    }

    // A plan made before some of its questions were edited comes in an earlier batch
    // than those questions (their change numbers are higher). Pulled one row per batch,
    // the plan is written without them first, then complete once they arrive, also when
    // the pull stops between the two (the next cycle completes it); an edit made here
    // meanwhile is held back (pushing the shorter plan would drop the items on the
    // server) and kept as a conflict beside the team's whole plan.
    void aPlanPulledBeforeItsQuestionsEndsComplete()
    {
        Replica a(QStringLiteral("ann"));
        Relay relay;
        QList<Question> questions;
        for (int n = 1; n <= 6; ++n)
            questions << sampleQuestion(n);
        a.ws->bank().importQuestions({}, questions);
        const qint64 plan =
            a.ws->plans().create(QStringLiteral("Loop"), {}, vocabulary::Level::Senior, 60);
        for (int n = 1; n <= 6; ++n)
            a.ws->plans().addItem(plan, a.ws->bank().questionByUuid(sampleQuestion(n).uuid)->id);
        sync(*a.sync, relay);
        for (int n : {2, 5}) {
            Question q = *a.ws->bank().questionByUuid(sampleQuestion(n).uuid);
            q.title += QStringLiteral(" (edited after the plan)");
            a.ws->bank().updateQuestion(q);
        }
        sync(*a.sync, relay);
        const QString planUuid = a.ws->plans().plan(plan)->uuid;

        // One cycle, one row per batch.
        Replica b(QStringLiteral("bob"));
        sync(*b.sync, relay, 1);
        QCOMPARE(b.ws->plans().planByUuid(planUuid)->items.size(), 6);
        QCOMPARE(sql::scalar(b.db(), QStringLiteral("SELECT COUNT(*) FROM sync_deferred")).toInt(),
                 0);
        QCOMPARE(outboxRows(b), 0);
        sameReplicas(a, b);

        // The pull stops right after the plan's batch (the connection went), and the
        // plan is edited here before the next cycle.
        Replica c(QStringLiteral("cyd"));
        for (;;) {
            const QList<LocalSync::Change> one = relay.pull(c.sync->team()->lastSeq, 1);
            QCOMPARE(one.size(), 1);
            c.sync->apply(one);
            if (one.at(0).kind == EntityKind::Plan)
                break;
        }
        QCOMPARE(c.ws->plans().planByUuid(planUuid)->items.size(), 4);
        const qint64 planOnC = c.ws->plans().planByUuid(planUuid)->id;
        c.ws->plans().updateDetails(planOnC, QStringLiteral("Loop, renamed on C"), {},
                                    vocabulary::Level::Senior, 60);
        QCOMPARE(outboxRows(c), 1);
        QVERIFY(c.sync->pending().isEmpty());
        sync(*c.sync, relay, 1);
        QCOMPARE(c.ws->plans().planByUuid(planUuid)->items.size(), 6);
        QCOMPARE(c.ws->plans().planByUuid(planUuid)->name, QStringLiteral("Loop"));
        const QList<LocalSync::Conflict> kept = c.sync->conflicts();
        QCOMPARE(kept.size(), 1);
        QCOMPARE(kept.at(0).mine->value(QStringLiteral("name")).toString(),
                 QStringLiteral("Loop, renamed on C"));
        QCOMPARE(kept.at(0).theirs->value(QStringLiteral("items")).toArray().size(), 6);
        // Both side by side: the team's items with the name given here.
        QJsonObject merged = *kept.at(0).theirs;
        merged.insert(QStringLiteral("name"), QStringLiteral("Loop, renamed on C"));
        c.sync->resolveWith(kept.at(0).id, merged);
        QCOMPARE(sync(*c.sync, relay, 1).pushed, 1);
        QCOMPARE(c.ws->plans().planByUuid(planUuid)->items.size(), 6);
        sync(*a.sync, relay);
        sync(*b.sync, relay, 1);
        QCOMPARE(a.ws->plans().plan(plan)->name, QStringLiteral("Loop, renamed on C"));
        QCOMPARE(a.ws->plans().plan(plan)->items.size(), 6);
        sameReplicas(a, c);
        sameReplicas(b, c);
    }

    // Pushed, then changed again before the push was acknowledged: the row stays,
    // now based on the version the server gave.
    void aChangeDuringThePushStaysQueued()
    {
        Replica a(QStringLiteral("ann"));
        Relay relay;
        const qint64 id = a.ws->bank().addQuestion(sampleQuestion(1));
        sync(*a.sync, relay);
        Question q = *a.ws->bank().question(id);
        q.title = QStringLiteral("One");
        a.ws->bank().updateQuestion(q);
        const QList<LocalSync::Pending> pending = a.sync->pending();
        QCOMPARE(pending.size(), 1);
        QCOMPARE(pending.at(0).baseVersion, 1);
        QCOMPARE(pending.at(0).payload.value(QStringLiteral("title")).toString(),
                 QStringLiteral("One"));
        q.title = QStringLiteral("Two");
        a.ws->bank().updateQuestion(q);
        qint64 version = 0;
        LocalSync::Change theirs;
        QVERIFY(relay.push(pending.at(0), version, theirs));
        QVERIFY(!a.sync->markPushed(pending.at(0), version));
        const QList<LocalSync::Pending> still = a.sync->pending();
        QCOMPARE(still.size(), 1);
        QCOMPARE(still.at(0).baseVersion, 2);
        QCOMPARE(still.at(0).payload.value(QStringLiteral("title")).toString(),
                 QStringLiteral("Two"));
        QCOMPARE(sync(*a.sync, relay).pushed, 1);
        QCOMPARE(a.sync->pendingCount(), 0);
    }

    // The outbox in push order: changes by kind then id, deletions after them children
    // first, so a question is pushed after its category and a category deleted after
    // the questions that left it.
    void pendingIsInDependencyOrder()
    {
        Replica a(QStringLiteral("ann"));
        const qint64 plan =
            a.ws->plans().create(QStringLiteral("P"), {}, vocabulary::Level::Senior, 30);
        const qint64 q = a.ws->bank().addQuestion(sampleQuestion(1, QStringLiteral("Old")));
        a.ws->plans().addItem(plan, q);
        const qint64 old = a.ws->bank().question(q)->id;
        Q_UNUSED(old);
        const qint64 from =
            sql::scalar(a.db(), QStringLiteral("SELECT id FROM categories")).toLongLong();
        const qint64 into = a.ws->categories().add(QStringLiteral("New"));
        a.ws->categories().remove(from, into);
        QStringList order;
        for (const LocalSync::Pending &p : a.sync->pending())
            order << vocabulary::key(p.kind) + (p.deleted ? QStringLiteral("-") : QString());
        QCOMPARE(order, (QStringList{QStringLiteral("category"), QStringLiteral("question"),
                                     QStringLiteral("plan"), QStringLiteral("category-")}));
    }

    // The same question edited on two laptops: the second push is refused, the
    // server's text becomes current there and its own is kept; each resolution.
    void editAgainstEditIsAConflict()
    {
        Replica a(QStringLiteral("ann"));
        Replica b(QStringLiteral("ann")); // the same person on a second laptop
        Relay relay;
        const qint64 id = a.ws->bank().addQuestion(sampleQuestion(1));
        const qint64 plan =
            a.ws->plans().create(QStringLiteral("P"), {}, vocabulary::Level::Senior, 30);
        a.ws->plans().addItem(plan, id);
        const QString interviewUuid =
            a.ws->interviews().interview(startInterview(a, plan, QStringLiteral("Ada")))->uuid;
        sync(*a.sync, relay);
        sync(*b.sync, relay);
        const QString uuid = sampleQuestion(1).uuid;

        for (const char *resolution : {"mine", "theirs", "merged"}) {
            Question onA = *a.ws->bank().questionByUuid(uuid);
            onA.title = QStringLiteral("A's title ") + QLatin1String(resolution);
            a.ws->bank().updateQuestion(onA);
            Question onB = *b.ws->bank().questionByUuid(uuid);
            onB.title = QStringLiteral("B's title ") + QLatin1String(resolution);
            b.ws->bank().updateQuestion(onB);
            QCOMPARE(sync(*a.sync, relay).pushed, 1);
            const Moved moved = sync(*b.sync, relay);
            // Pulled first, with B's edit unpushed: kept as a conflict, A's is current.
            QCOMPARE(moved.pulled.conflicts, 1);
            QCOMPARE(moved.pushed, 0);
            QCOMPARE(b.ws->bank().questionByUuid(uuid)->title, onA.title);
            const QList<LocalSync::Conflict> conflicts = b.sync->conflicts();
            QCOMPARE(conflicts.size(), 1);
            QCOMPARE(conflicts.at(0).kind, EntityKind::Question);
            QCOMPARE(conflicts.at(0).mine->value(QStringLiteral("title")).toString(), onB.title);
            QCOMPARE(conflicts.at(0).theirs->value(QStringLiteral("title")).toString(), onA.title);
            QCOMPARE(titles(b.ws->bank(), onA.title).size(), 1);
            if (QLatin1String(resolution) == QLatin1String("mine")) {
                b.sync->keepMine(conflicts.at(0).id);
                QCOMPARE(b.sync->pending().at(0).baseVersion, conflicts.at(0).theirVersion);
                QCOMPARE(sync(*b.sync, relay).pushed, 1);
                sync(*a.sync, relay);
                QCOMPARE(a.ws->bank().questionByUuid(uuid)->title, onB.title);
            } else if (QLatin1String(resolution) == QLatin1String("theirs")) {
                b.sync->takeTheirs(conflicts.at(0).id);
                QCOMPARE(b.sync->pendingCount(), 0);
            } else {
                QJsonObject merged = *conflicts.at(0).theirs;
                merged.insert(QStringLiteral("title"), QStringLiteral("Both titles"));
                b.sync->resolveWith(conflicts.at(0).id, merged);
                QCOMPARE(sync(*b.sync, relay).pushed, 1);
                sync(*a.sync, relay);
                QCOMPARE(a.ws->bank().questionByUuid(uuid)->title, QStringLiteral("Both titles"));
            }
            QCOMPARE(b.sync->conflictCount(), 0);
            sameReplicas(a, b);
        }

        // Refused at the push (the engine pushed before it pulled): the same outcome.
        Question onA = *a.ws->bank().questionByUuid(uuid);
        onA.prompt = QStringLiteral("A's prompt");
        a.ws->bank().updateQuestion(onA);
        sync(*a.sync, relay);
        Question onB = *b.ws->bank().questionByUuid(uuid);
        onB.prompt = QStringLiteral("B's prompt");
        b.ws->bank().updateQuestion(onB);
        const LocalSync::Pending pending = b.sync->pending().at(0);
        qint64 version = 0;
        LocalSync::Change theirs;
        QVERIFY(!relay.push(pending, version, theirs));
        b.sync->recordConflict(pending, theirs);
        QCOMPARE(b.ws->bank().questionByUuid(uuid)->prompt, QStringLiteral("A's prompt"));
        QCOMPARE(b.sync->conflicts().at(0).mine->value(QStringLiteral("prompt")).toString(),
                 QStringLiteral("B's prompt"));
        QCOMPARE(b.sync->pendingCount(), 0);
        b.sync->takeTheirs(b.sync->conflicts().at(0).id);

        // An interview amended on both laptops of its owner.
        Interview onAInterview = *a.ws->interviews().interviewByUuid(interviewUuid);
        a.ws->interviews().setNotes(onAInterview.items.at(0).id, QStringLiteral("[01:00] A"));
        Interview onBInterview = *b.ws->interviews().interviewByUuid(interviewUuid);
        b.ws->interviews().setNotes(onBInterview.items.at(0).id, QStringLiteral("[01:00] B"));
        sync(*a.sync, relay);
        QCOMPARE(sync(*b.sync, relay).pulled.conflicts, 1);
        QCOMPARE(b.ws->interviews().interviewByUuid(interviewUuid)->items.at(0).notes,
                 QStringLiteral("[01:00] A"));
        // The items kept their ids (a live view writing to them keeps working).
        QCOMPARE(b.ws->interviews().interviewByUuid(interviewUuid)->items.at(0).id,
                 onBInterview.items.at(0).id);
        const LocalSync::Conflict notes = b.sync->conflicts().at(0);
        QCOMPARE(notes.kind, EntityKind::Interview);
        QVERIFY(QJsonDocument(*notes.mine).toJson().contains("[01:00] B"));
    }

    // Deleted on one laptop and edited on the other, both ways round: a conflict that
    // keeps the edit, never a silent loss or a silent resurrection.
    // The editor open on a question while a teammate's edit of it is pulled: its save
    // keeps both (theirs current, mine a conflict), never writing over the pulled text
    // unseen; with nothing pulled meanwhile, or a change of this laptop's own still
    // queued, it simply saves.
    void anEditorSaveOverAPulledChangeKeepsBoth()
    {
        Replica a(QStringLiteral("ann"));
        Replica b(QStringLiteral("bea"));
        Relay relay;
        a.ws->bank().addQuestion(sampleQuestion(1));
        sync(*a.sync, relay);
        sync(*b.sync, relay);
        const QString uuid = sampleQuestion(1).uuid;

        const Question opened = *b.ws->bank().questionByUuid(uuid); // B opens the editor
        Question onA = opened;
        onA.title = QStringLiteral("Ann's title");
        a.ws->bank().updateQuestion(onA);
        sync(*a.sync, relay);
        QCOMPARE(sync(*b.sync, relay).pulled.written, 1); // B's engine pulls it meanwhile

        Question mine = opened;
        mine.title = QStringLiteral("Bea's title");
        QVERIFY(b.sync->saveQuestionEdit(mine, opened));
        QCOMPARE(b.ws->bank().questionByUuid(uuid)->title, onA.title);
        const QList<LocalSync::Conflict> conflicts = b.sync->conflicts();
        QCOMPARE(conflicts.size(), 1);
        QCOMPARE(conflicts.at(0).mine->value(QStringLiteral("title")).toString(), mine.title);
        QCOMPARE(conflicts.at(0).theirs->value(QStringLiteral("title")).toString(), onA.title);
        QCOMPARE(b.sync->pendingCount(), 0);
        QCOMPARE(titles(b.ws->bank(), QStringLiteral("Bea's")).size(), 0); // search in step
        b.sync->keepMine(conflicts.at(0).id);
        QCOMPARE(sync(*b.sync, relay).pushed, 1);
        sync(*a.sync, relay);
        QCOMPARE(a.ws->bank().questionByUuid(uuid)->title, mine.title);
        sameReplicas(a, b);

        // Nothing pulled since it was opened: a plain save, queued.
        const Question again = *b.ws->bank().questionByUuid(uuid);
        Question edited = again;
        edited.title = QStringLiteral("Bea's second title");
        QVERIFY(!b.sync->saveQuestionEdit(edited, again));
        QCOMPARE(b.ws->bank().questionByUuid(uuid)->title, edited.title);
        QCOMPARE(b.sync->pendingCount(), 1);
        QCOMPARE(b.sync->conflictCount(), 0);
        // Changed here meanwhile and still queued (this laptop's own edit): the later wins.
        Question later = again;
        later.title = QStringLiteral("Bea's third title");
        QVERIFY(!b.sync->saveQuestionEdit(later, again));
        QCOMPARE(b.ws->bank().questionByUuid(uuid)->title, later.title);
        QCOMPARE(b.sync->conflictCount(), 0);
    }

    void deleteAgainstEditIsAConflict()
    {
        Replica a(QStringLiteral("ann"));
        Replica b(QStringLiteral("bob"));
        Relay relay;
        a.ws->bank().addQuestion(sampleQuestion(1));
        a.ws->bank().addQuestion(sampleQuestion(2));
        sync(*a.sync, relay);
        sync(*b.sync, relay);
        const QString one = sampleQuestion(1).uuid, two = sampleQuestion(2).uuid;

        // A deletes, B edits: on B the deletion is current, B's edit kept.
        a.ws->bank().removeQuestion(a.ws->bank().questionByUuid(one)->id);
        Question edited = *b.ws->bank().questionByUuid(one);
        edited.title = QStringLiteral("Edited on B");
        b.ws->bank().updateQuestion(edited);
        sync(*a.sync, relay);
        QCOMPARE(sync(*b.sync, relay).pulled.conflicts, 1);
        QVERIFY(!b.ws->bank().questionByUuid(one));
        LocalSync::Conflict conflict = b.sync->conflicts().at(0);
        QVERIFY(!conflict.theirs);
        QCOMPARE(conflict.mine->value(QStringLiteral("title")).toString(),
                 QStringLiteral("Edited on B"));
        // Keep mine: back, pushed on the deletion's version, back on A too.
        b.sync->keepMine(conflict.id);
        QCOMPARE(b.ws->bank().questionByUuid(one)->title, QStringLiteral("Edited on B"));
        sync(*b.sync, relay);
        sync(*a.sync, relay);
        QCOMPARE(a.ws->bank().questionByUuid(one)->title, QStringLiteral("Edited on B"));
        sameReplicas(a, b);

        // A edits, B deletes: the edit is current on B again, listed with B's deletion.
        Question onA = *a.ws->bank().questionByUuid(two);
        onA.title = QStringLiteral("Edited on A");
        a.ws->bank().updateQuestion(onA);
        b.ws->bank().removeQuestion(b.ws->bank().questionByUuid(two)->id);
        sync(*a.sync, relay);
        QCOMPARE(sync(*b.sync, relay).pulled.conflicts, 1);
        QCOMPARE(b.ws->bank().questionByUuid(two)->title, QStringLiteral("Edited on A"));
        conflict = b.sync->conflicts().at(0);
        QVERIFY(!conflict.mine);
        QCOMPARE(conflict.theirs->value(QStringLiteral("title")).toString(),
                 QStringLiteral("Edited on A"));
        // Keep mine: deleted again, and the deletion reaches A.
        b.sync->keepMine(conflict.id);
        QVERIFY(!b.ws->bank().questionByUuid(two));
        sync(*b.sync, relay);
        sync(*a.sync, relay);
        QVERIFY(!a.ws->bank().questionByUuid(two));
        QCOMPARE(a.sync->conflictCount() + b.sync->conflictCount(), 0);
        sameReplicas(a, b);
    }

    // A purge (the candidate removed across the team) deletes the interview whatever
    // was changed here, keeps no copy in a conflict, and runs the compaction hook.
    void purgeRemovesTheCandidateAndCompacts()
    {
        Replica a(QStringLiteral("ann"));
        Replica b(QStringLiteral("ann"));
        Relay relay;
        const qint64 plan =
            a.ws->plans().create(QStringLiteral("P"), {}, vocabulary::Level::Senior, 30);
        a.ws->plans().addItem(plan, a.ws->bank().addQuestion(sampleQuestion(1)));
        const qint64 id = startInterview(a, plan, QStringLiteral("Zebedee Quartermaine"));
        a.ws->interviews().setNotes(a.ws->interviews().interview(id)->items.at(0).id,
                                    QStringLiteral("[00:05] secret-note-xyzzy"));
        sync(*a.sync, relay);
        sync(*b.sync, relay);
        const Interview onB =
            *b.ws->interviews().interviewByUuid(a.ws->interviews().interview(id)->uuid);
        b.ws->interviews().setScore(onB.items.at(0).id, 2); // dirty on B
        relay.purge(onB.uuid);
        const Moved moved = sync(*b.sync, relay);
        QCOMPARE(moved.pulled.purged, 1);
        QCOMPARE(b.sync->conflictCount(), 0);
        QVERIFY(!b.ws->interviews().interviewByUuid(onB.uuid));
        QCOMPARE(b.sync->pendingCount(), 0);
        QCOMPARE(b.compactions, 1);
        b.sync.reset();
        b.ws->close();
        for (const char *suffix : {"", "-wal"}) {
            const QByteArray bytes =
                testsupport::readFileFromOutside(b.ws->location() + QLatin1String(suffix));
            QVERIFY(!bytes.contains("secret-note-xyzzy"));
            QVERIFY(!bytes.contains("Quartermaine"));
        }
    }

    // A second process writes the same file (a bank import through the real binary)
    // while batches are applied: each side waits for the other's lock, nothing is lost,
    // and the file is sound.
    void aSecondProcessWritesWhileApplying()
    {
        Replica a(QStringLiteral("ann"));
        Replica b(QStringLiteral("bob"));
        Relay relay;
        for (int round = 0; round < 4; ++round) {
            QList<Question> questions;
            for (int n = 0; n < 50; ++n)
                questions << sampleQuestion(round * 1000 + n);
            a.ws->bank().importQuestions({}, questions);
        }
        sync(*a.sync, relay);

        QList<Question> imported;
        for (int n = 0; n < 300; ++n)
            imported << sampleQuestion(50000 + n, QStringLiteral("Imported"));
        BankDocument document;
        document.questions = imported;
        const QString file = b.ws->path(QStringLiteral("import.json"));
        testsupport::writeFile(file, bankjson::write(document));
        // One writer at a time besides the applying side: three at once could wait past the
        // busy timeout on a loaded machine, which is the refusal README documents, not a loss.
        QProcess process;
        process.start(QStringLiteral(PANELIST_BINARY),
                      {QStringLiteral("--database"), b.ws->location(), QStringLiteral("bank"),
                       QStringLiteral("import"), file});
        QVERIFY(process.waitForStarted());
        const Moved moved = sync(*b.sync, relay, 5);
        QCOMPARE(moved.pulled.written, 201); // a category and 200 questions
        QVERIFY(process.waitForFinished(60000));
        QVERIFY2(process.exitCode() == 0, process.readAllStandardError().constData());
        // Every question of both (the binary also installed the shipped bank).
        for (int n = 0; n < 300; ++n)
            QVERIFY(b.ws->bank().questionByUuid(sampleQuestion(50000 + n).uuid));
        for (int n = 0; n < 50; ++n)
            QVERIFY(b.ws->bank().questionByUuid(sampleQuestion(3000 + n).uuid));
        QCOMPARE(sql::scalar(b.db(), QStringLiteral("PRAGMA integrity_check")).toString(),
                 QStringLiteral("ok"));
        sync(*b.sync, relay);
        sync(*a.sync, relay);
        // The other process's writes were queued as well (the file is linked): they
        // reached the server and A.
        for (int n = 0; n < 300; ++n) {
            QVERIFY(b.sync->versionOf(EntityKind::Question, sampleQuestion(50000 + n).uuid) > 0);
            QVERIFY(a.ws->bank().questionByUuid(sampleQuestion(50000 + n).uuid));
        }
        QCOMPARE(b.sync->pendingCount(), 0);
        sameReplicas(a, b);
    }

    // Held busy for longer than the busy timeout, a batch is refused whole, said in one
    // line naming the file, and can be applied once the file is free.
    void aBusyFileRefusesTheWholeBatch()
    {
        Replica a(QStringLiteral("ann"));
        Replica b(QStringLiteral("bob"));
        Relay relay;
        a.ws->bank().addQuestion(sampleQuestion(1));
        sync(*a.sync, relay);
        sql::exec(b.db(), QStringLiteral("PRAGMA busy_timeout = 200"));
        QProcess holder;
        holder.start(QStringLiteral("python3"),
                     {QStringLiteral("-c"),
                      QStringLiteral("import sqlite3, sys, time\n"
                                     "c = sqlite3.connect(sys.argv[1], isolation_level=None)\n"
                                     "c.execute('BEGIN IMMEDIATE')\n"
                                     "print('held', flush=True)\n"
                                     "time.sleep(3)\n"
                                     "c.execute('ROLLBACK')\n"),
                      b.ws->location()});
        QVERIFY(holder.waitForReadyRead(10000));
        QString message;
        try {
            b.sync->apply(relay.pull(0, 100));
        } catch (const PanelistError &error) {
            message = error.message();
        }
        QVERIFY2(message.contains(QStringLiteral("busy in another Panelist process")),
                 qPrintable(message));
        QVERIFY(message.contains(b.ws->location()));
        QCOMPARE(b.ws->bank().questionCount(), 0);
        QCOMPARE(b.sync->team()->lastSeq, 0);
        QVERIFY(holder.waitForFinished(10000));
        QCOMPARE(b.sync->apply(relay.pull(0, 100)).written, 2);
        QCOMPARE(b.ws->bank().questionCount(), 1);
    }

    // Linking: no password in the address; one team at most; leaving keeps the data.
    void linkAndLeave()
    {
        TestWorkspace ws;
        LocalSync local(ws.database());
        QVERIFY(!local.team());
        QVERIFY_THROWS_EXCEPTION(
            PanelistError,
            local.link(QStringLiteral("postgresql://ann:s3cret@db/team"), QStringLiteral("ann")));
        QVERIFY(!local.team());
        ws.bank().addQuestion(sampleQuestion(1));
        QCOMPARE(local.pendingCount(), 0);
        local.link(QStringLiteral("postgresql://db/team"), QStringLiteral("ann"));
        QCOMPARE(local.team()->role, QStringLiteral("ann"));
        QVERIFY(!local.team()->clientId.isEmpty());
        QVERIFY_THROWS_EXCEPTION(PanelistError, local.link(QStringLiteral("postgresql://other/x"),
                                                           QStringLiteral("ann")));
        // The first join's upload.
        QCOMPARE(local.queueExisting({EntityKind::Category, EntityKind::Question}), 2);
        local.unlink();
        QVERIFY(!local.team());
        QCOMPARE(local.pendingCount(), 0);
        QCOMPARE(ws.bank().questionCount(), 1);
        ws.bank().addQuestion(sampleQuestion(2));
        QCOMPARE(local.pendingCount(), 0);
    }
};

QTEST_GUILESS_MAIN(LocalSyncTest)
#include "tst_localsync.moc"
