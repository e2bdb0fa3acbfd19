#pragma once

#include "domain/vocabulary.h"

#include <QSqlDatabase>
#include <QString>

// The outbox: which shared entities (vocabulary::EntityKind) have changes the team's
// server has not taken yet. Every repository write calls it inside its own transaction,
// so a change and its outbox row commit or roll back together. Nothing is written while
// the database is linked to no team (no row in `team`): the check is part of the one
// statement, so an unlinked database pays one indexed lookup per write.
//
// One row per entity: a second change of an entity that is already waiting raises the
// row's revision and keeps its id, so typing notes marks the interview once and the push
// sends its latest state (read when it is pushed). A deletion turns the row into a
// tombstone. Push order is the kind's (category, question, plan, interview) and then the
// id, deletions after every change in the reverse kind order (LocalSync::pending), so an
// entity is pushed after what it names and deleted after what named it.
class Outbox
{
public:
    // Purged: a deletion that is a candidate's removal (an interview only); pushed as a
    // purge, so the server removes the candidate for the whole team (LocalSync::Pending).
    enum class Change { Edited, Deleted, Purged };

    // The entity `kind` whose row id is `id` (categories, questions, plans, interviews).
    // Call a deletion before the row is deleted.
    static void record(const QSqlDatabase &db, vocabulary::EntityKind kind, qint64 id,
                       Change change = Change::Edited);
    static void recordUuid(const QSqlDatabase &db, vocabulary::EntityKind kind, const QString &uuid,
                           Change change = Change::Edited);
    // The questions of category `categoryId` (a rename or a move changes their content).
    static void recordQuestionsOfCategory(const QSqlDatabase &db, qint64 categoryId);
    // The plans that use question `questionId` (its removal removes their items).
    static void recordPlansUsingQuestion(const QSqlDatabase &db, qint64 questionId);
    // The interview of item `itemId`.
    static void recordInterviewOfItem(const QSqlDatabase &db, qint64 itemId);
    // Queues the entity even under a Suppression: a pulled change that leaves another
    // entity here different from the server's (a question deleted by the team removes
    // items of a plan here), so the difference is pushed. LocalSync only.
    static void requeue(const QSqlDatabase &db, vocabulary::EntityKind kind, const QString &uuid);

    // While one lives, the connection's writes leave the outbox alone: how changes pulled
    // from the server are applied. Nests like Transaction; per connection and thread.
    class Suppression
    {
    public:
        explicit Suppression(const QSqlDatabase &db);
        ~Suppression();
        Suppression(const Suppression &) = delete;
        Suppression &operator=(const Suppression &) = delete;

    private:
        QString m_connection;
    };
    static bool suppressed(const QSqlDatabase &db);

    // The table that holds an entity kind's rows.
    static QString tableOf(vocabulary::EntityKind kind);

private:
    static void insert(const QSqlDatabase &db, vocabulary::EntityKind kind, const QString &select,
                       const QVariantList &values, Change change);
};
