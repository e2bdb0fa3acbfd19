#include "storage/interviewrepository.h"

#include "domain/errors.h"
#include "domain/limits.h"
#include "domain/wallclock.h"
#include "storage/candidaterepository.h"
#include "storage/database.h"
#include "storage/outbox.h"
#include "storage/row.h"
#include "storage/sql.h"
#include "storage/transaction.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QUuid>

#include <algorithm>

using vocabulary::EntityKind;
using vocabulary::InterviewStatus;
using vocabulary::ItemState;

namespace {

QString timestamp(const QDateTime &time)
{
    return time.isValid() ? time.toUTC().toString(Qt::ISODateWithMs) : QString();
}

QVariant nullableTimestamp(const QDateTime &time)
{
    return time.isValid() ? QVariant(timestamp(time)) : QVariant();
}

QString now()
{
    return timestamp(wallclock::now());
}

// A rating as stored: NULL for not rated.
QVariant ratingValue(int rating)
{
    return vocabulary::isRating(rating) ? QVariant(rating) : QVariant();
}

} // namespace

InterviewRepository::InterviewRepository(Database &database)
    : m_database(database)
    , m_db(database.connection())
{}

qint64 InterviewRepository::start(const Plan &plan, const QList<Question> &questions,
                                  const StartDetails &details)
{
    if (details.candidateId <= 0 && details.candidate.trimmed().isEmpty())
        throw PanelistError(InterviewRepository::tr("An interview needs the candidate's name."));
    if (plan.items.isEmpty() || questions.size() != plan.items.size())
        throw PanelistError(
            InterviewRepository::tr("The plan \"%1\" has no questions to ask.").arg(plan.name));

    Transaction transaction(m_db);
    const QString createdAt = now();
    const QString startedAt =
        details.startedAt.isValid() ? timestamp(details.startedAt) : createdAt;
    qint64 candidateId = details.candidateId;
    QString candidate = details.candidate.trimmed();
    QString role = details.role.trimmed();
    if (candidateId > 0) {
        const std::optional<Candidate> known = CandidateRepository::byId(m_db, candidateId);
        if (!known)
            throw PanelistError(
                InterviewRepository::tr("There is no candidate %1 in %2 to interview; pick one "
                                        "from the list or name a new one.")
                    .arg(candidateId)
                    .arg(m_db.databaseName()));
        candidate = known->name;
        if (role.isEmpty())
            role = known->role;
    } else {
        candidateId = CandidateRepository::findOrCreate(m_db, candidate, role, details.email);
    }
    const qint64 id =
        sql::exec(m_db, QStringLiteral(R"(
            INSERT INTO interviews (uuid, candidate, role, interviewer, plan_id, plan_name,
                                    target_minutes, scheduled_at, started_at, status,
                                    current_item, current_since, created_at, updated_at, owner,
                                    candidate_id)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0, 0, ?, ?,
                    COALESCE((SELECT role FROM team), ''), ?))"),
                  {QUuid::createUuid().toString(QUuid::WithoutBraces), candidate, role,
                   details.interviewer.trimmed(), plan.id > 0 ? QVariant(plan.id) : QVariant(),
                   plan.name, plan.targetMinutes, nullableTimestamp(details.scheduledAt), startedAt,
                   vocabulary::key(InterviewStatus::Live), createdAt, createdAt, candidateId})
            .lastInsertId()
            .toLongLong();
    QList<InterviewCompetency> competencies;
    for (const PlanCompetency &competency : plan.competencies)
        competencies.append({competency.name, competency.description, vocabulary::kNoRating});
    const QList<qint64> competencyIds = writeCompetencies(id, competencies);
    for (int i = 0; i < plan.items.size(); ++i) {
        const Question &question = questions.at(i);
        const PlanItem &planItem = plan.items.at(i);
        const qint64 itemId =
            sql::exec(m_db, QStringLiteral(R"(
                INSERT INTO interview_items (interview_id, position, question_uuid, title, prompt,
                                             category, level, kind, reference_answer,
                                             anchor_junior, anchor_middle, anchor_senior,
                                             minutes_budget, plan_note, state)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?))"),
                      {id, i, question.uuid, question.title, question.prompt, question.category,
                       vocabulary::key(question.level), vocabulary::key(question.kind),
                       question.referenceAnswer, question.anchorJunior, question.anchorMiddle,
                       question.anchorSenior, planItem.minutes, planItem.note,
                       vocabulary::key(i == 0 ? ItemState::Current : ItemState::Pending)})
                .lastInsertId()
                .toLongLong();
        for (int f = 0; f < question.followUps.size(); ++f)
            sql::exec(m_db,
                      QStringLiteral("INSERT INTO interview_item_follow_ups (item_id, position, "
                                     "text) VALUES (?, ?, ?)"),
                      {itemId, f, question.followUps.at(f)});
        for (int c = 0; c < question.criteria.size(); ++c)
            sql::exec(m_db,
                      QStringLiteral("INSERT INTO interview_item_criteria (item_id, position, "
                                     "text) VALUES (?, ?, ?)"),
                      {itemId, c, question.criteria.at(c)});
        writeItemCompetencies(itemId, planItem.competencies, competencyIds);
    }
    Outbox::record(m_db, EntityKind::Interview, id);
    transaction.commit();
    return id;
}

std::optional<Interview> InterviewRepository::interview(qint64 id) const
{
    const QHash<qint64, Interview> found = readInterviews(QStringLiteral("id = ?"), {id});
    if (found.isEmpty())
        return std::nullopt;
    return *found.cbegin();
}

QList<Interview> InterviewRepository::interviews(const QList<qint64> &ids) const
{
    QList<Interview> result;
    if (ids.isEmpty())
        return result;
    QJsonArray list;
    for (const qint64 id : ids)
        list.append(id);
    // The ids travel as one bound JSON array, so any number of them is one statement.
    const QHash<qint64, Interview> found =
        readInterviews(QStringLiteral("id IN (SELECT value FROM json_each(?))"),
                       {QString::fromUtf8(QJsonDocument(list).toJson(QJsonDocument::Compact))});
    for (const qint64 id : ids) {
        const auto it = found.constFind(id);
        if (it != found.constEnd())
            result.append(*it);
    }
    return result;
}

QHash<qint64, Interview> InterviewRepository::readInterviews(const QString &where,
                                                             const QVariantList &values) const
{
    QHash<qint64, Interview> result;
    sql::Row row(m_db,
                 sql::exec(m_db, QStringLiteral(R"(
        SELECT id, uuid, candidate, role, interviewer, owner, COALESCE(plan_id, 0) AS plan_id,
               (SELECT p.uuid FROM plans p WHERE p.id = interviews.plan_id) AS plan_uuid,
               plan_name, target_minutes, scheduled_at, started_at, ended_at, status,
               paused_at, paused_seconds, current_item, current_since, recommendation,
               summary, amended, takeaways, pros, cons
          FROM interviews WHERE )") + where,
                           values),
                 "interviews");
    while (row.next()) {
        Interview interview;
        interview.id = row.id("id");
        interview.uuid = row.text("uuid");
        interview.candidate = row.text("candidate");
        interview.role = row.text("role");
        interview.interviewer = row.text("interviewer");
        interview.owner = row.text("owner");
        interview.planId = row.id("plan_id");
        interview.planUuid = row.text("plan_uuid");
        interview.planName = row.text("plan_name");
        interview.targetMinutes = row.integer("target_minutes");
        interview.scheduledAt = row.time("scheduled_at");
        interview.startedAt = row.time("started_at");
        interview.endedAt = row.time("ended_at");
        interview.status = row.status("status");
        interview.pausedAt = row.time("paused_at");
        interview.pausedSeconds = row.integer("paused_seconds");
        interview.currentItem = row.integer("current_item");
        interview.currentSince = row.integer("current_since");
        interview.recommendation = row.recommendation("recommendation");
        interview.summary = row.text("summary");
        interview.amended = row.flag("amended");
        interview.takeaways = row.text("takeaways");
        interview.pros = row.text("pros");
        interview.cons = row.text("cons");
        result.insert(interview.id, interview);
    }
    if (result.isEmpty())
        return result;

    // The items of all of them in one query, and their follow-ups and criteria in one
    // each, not one per interview or item. `where` selects the interviews again.
    const QString ofTheseInterviews =
        QStringLiteral(" interview_id IN (SELECT id FROM interviews WHERE ") + where +
        QLatin1Char(')');
    struct Place
    {
        Interview *interview;
        qsizetype index;
    };
    QHash<qint64, Place> itemPlaces; // item id -> where it is
    sql::Row item(m_db,
                  sql::exec(m_db,
                            QStringLiteral(R"(
        SELECT id, interview_id, position, question_uuid, title, prompt, category, level, kind,
               reference_answer, anchor_junior, anchor_middle, anchor_senior, minutes_budget,
               plan_note, state, seconds_spent, COALESCE(score, 0) AS score, flag_strong,
               flag_concern, notes
          FROM interview_items WHERE)") +
                                ofTheseInterviews +
                                QStringLiteral(" ORDER BY interview_id, position"),
                            values),
                  "interview_items");
    while (item.next()) {
        const auto owner = result.find(item.id("interview_id"));
        if (owner == result.end())
            continue;
        InterviewItem value;
        value.id = item.id("id");
        value.position = item.integer("position");
        value.questionUuid = item.text("question_uuid");
        value.title = item.text("title");
        value.prompt = item.text("prompt");
        value.category = item.text("category");
        value.level = item.level("level");
        value.kind = item.kind("kind");
        value.referenceAnswer = item.text("reference_answer");
        value.anchorJunior = item.text("anchor_junior");
        value.anchorMiddle = item.text("anchor_middle");
        value.anchorSenior = item.text("anchor_senior");
        value.minutesBudget = item.integer("minutes_budget");
        value.planNote = item.text("plan_note");
        value.state = item.itemState("state");
        value.secondsSpent = item.integer("seconds_spent");
        value.score = item.integer("score");
        value.flagStrong = item.flag("flag_strong");
        value.flagConcern = item.flag("flag_concern");
        value.notes = item.text("notes");
        itemPlaces.insert(value.id, {&*owner, owner->items.size()});
        owner->items.append(value);
    }
    // No insert into `result` from here on, so the places stay valid.
    const auto itemOf = [&itemPlaces](qint64 id) -> InterviewItem * {
        const auto place = itemPlaces.constFind(id);
        return place == itemPlaces.constEnd() ? nullptr : &place->interview->items[place->index];
    };
    sql::Row followUp(m_db,
                      sql::exec(m_db, QStringLiteral(R"(
        SELECT f.item_id, f.text, f.ad_hoc, f.asked
          FROM interview_item_follow_ups f JOIN interview_items i ON i.id = f.item_id
         WHERE i.)") + ofTheseInterviews + QStringLiteral(" ORDER BY f.item_id, f.position"),
                                values),
                      "interview_item_follow_ups");
    while (followUp.next()) {
        if (InterviewItem *owner = itemOf(followUp.id("item_id")))
            owner->followUps.append(
                {followUp.text("text"), followUp.flag("ad_hoc"), followUp.flag("asked")});
    }
    sql::Row criterion(m_db,
                       sql::exec(m_db, QStringLiteral(R"(
        SELECT c.item_id, c.text, c.met
          FROM interview_item_criteria c JOIN interview_items i ON i.id = c.item_id
         WHERE i.)") + ofTheseInterviews + QStringLiteral(" ORDER BY c.item_id, c.position"),
                                 values),
                       "interview_item_criteria");
    while (criterion.next()) {
        if (InterviewItem *owner = itemOf(criterion.id("item_id")))
            owner->criteria.append({criterion.text("text"), criterion.flag("met")});
    }
    // The scorecard: the competencies of all of them in one query, the items' mappings
    // in another.
    sql::Row competency(m_db,
                        sql::exec(m_db,
                                  QStringLiteral("SELECT interview_id, name, description, "
                                                 "COALESCE(rating, 0) AS rating FROM "
                                                 "interview_competencies WHERE") +
                                      ofTheseInterviews +
                                      QStringLiteral(" ORDER BY interview_id, position"),
                                  values),
                        "interview_competencies");
    while (competency.next()) {
        const auto owner = result.find(competency.id("interview_id"));
        if (owner != result.end())
            owner->competencies.append({competency.text("name"), competency.text("description"),
                                        competency.integer("rating")});
    }
    sql::Row mapping(m_db,
                     sql::exec(m_db,
                               QStringLiteral(R"(
        SELECT m.item_id, c.position
          FROM interview_item_competencies m
          JOIN interview_competencies c ON c.id = m.competency_id
         WHERE c.)") + ofTheseInterviews +
                                   QStringLiteral(" ORDER BY m.item_id, c.position"),
                               values),
                     "interview_item_competencies");
    while (mapping.next()) {
        if (InterviewItem *owner = itemOf(mapping.id("item_id")))
            owner->competencies << mapping.integer("interview_competencies.position");
    }
    return result;
}

QList<qint64> InterviewRepository::writeCompetencies(qint64 interviewId,
                                                     const QList<InterviewCompetency> &competencies)
{
    sql::exec(m_db,
              QStringLiteral("DELETE FROM interview_item_competencies WHERE competency_id IN "
                             "(SELECT id FROM interview_competencies WHERE interview_id = ?)"),
              {interviewId});
    sql::exec(m_db, QStringLiteral("DELETE FROM interview_competencies WHERE interview_id = ?"),
              {interviewId});
    QList<qint64> ids;
    for (int c = 0; c < competencies.size(); ++c) {
        const InterviewCompetency &competency = competencies.at(c);
        ids << sql::scalar(m_db, QStringLiteral(R"(
            INSERT INTO interview_competencies (interview_id, position, name, description,
                                                rating)
            VALUES (?, ?, ?, ?, ?)
            RETURNING id)"),
                           {interviewId, c, competency.name, competency.description,
                            ratingValue(competency.rating)})
                   .toLongLong();
    }
    return ids;
}

void InterviewRepository::writeItemCompetencies(qint64 itemId, const QList<int> &positions,
                                                const QList<qint64> &competencyIds)
{
    sql::exec(m_db, QStringLiteral("DELETE FROM interview_item_competencies WHERE item_id = ?"),
              {itemId});
    QList<int> sorted = positions;
    std::sort(sorted.begin(), sorted.end());
    sorted.erase(std::unique(sorted.begin(), sorted.end()), sorted.end());
    for (const int position : std::as_const(sorted)) {
        // A position the interview has no competency for counts for none (a file or a
        // payload that names one it lacks).
        if (position < 0 || position >= competencyIds.size())
            continue;
        sql::exec(m_db,
                  QStringLiteral("INSERT INTO interview_item_competencies (item_id, "
                                 "competency_id) VALUES (?, ?)"),
                  {itemId, competencyIds.at(position)});
    }
}

void InterviewRepository::checkScorecard(const Interview &interview)
{
    for (int c = 0; c < interview.competencies.size(); ++c) {
        const int rating = interview.competencies.at(c).rating;
        if (rating != vocabulary::kNoRating && !vocabulary::isRating(rating))
            throw PanelistError(
                InterviewRepository::tr("The rating of \"%1\" is %2; a competency is rated %3 "
                                        "to %4.")
                    .arg(interview.competencies.at(c).name)
                    .arg(rating)
                    .arg(vocabulary::kMinRating)
                    .arg(vocabulary::kMaxRating));
    }
    const struct
    {
        const QString &text;
        QString field;
    } texts[] = {{interview.takeaways, InterviewRepository::tr("key takeaways")},
                 {interview.pros, InterviewRepository::tr("pros")},
                 {interview.cons, InterviewRepository::tr("cons")}};
    for (const auto &text : texts) {
        if (text.text.size() > limits::kScorecardText)
            throw PanelistError(InterviewRepository::tr("The scorecard's %1 are %2 characters "
                                                        "long; at most %3 fit. Shorten them.")
                                    .arg(text.field)
                                    .arg(text.text.size())
                                    .arg(limits::kScorecardText));
    }
}

std::optional<Scorecard> InterviewRepository::scorecard(qint64 interviewId) const
{
    const QList<Scorecard> found = scorecards(QList<qint64>{interviewId});
    if (found.isEmpty())
        return std::nullopt;
    return found.first();
}

QList<Scorecard> InterviewRepository::scorecards(const QList<qint64> &interviewIds) const
{
    QList<Scorecard> result;
    const QList<Interview> found = interviews(interviewIds);
    if (found.isEmpty())
        return result;
    QJsonArray list;
    for (const Interview &interview : found)
        list.append(interview.id);
    QHash<qint64, qint64> candidateOf;
    sql::Row row(m_db,
                 sql::exec(m_db,
                           QStringLiteral("SELECT id, COALESCE(candidate_id, 0) AS candidate_id "
                                          "FROM interviews WHERE id IN (SELECT value FROM "
                                          "json_each(?))"),
                           {QString::fromUtf8(QJsonDocument(list).toJson(QJsonDocument::Compact))}),
                 "interviews");
    while (row.next())
        candidateOf.insert(row.id("id"), row.id("candidate_id"));
    for (const Interview &interview : found) {
        Scorecard card = scorecards::of(interview);
        card.candidateId = candidateOf.value(interview.id);
        result.append(card);
    }
    return result;
}

QList<Scorecard> InterviewRepository::scorecardsOfCandidate(qint64 candidateId) const
{
    QList<qint64> ids;
    sql::Row row(m_db,
                 sql::exec(m_db, QStringLiteral(R"(
        SELECT id FROM interviews WHERE candidate_id = ?
         ORDER BY COALESCE(started_at, scheduled_at, created_at), id)"),
                           {candidateId}),
                 "interviews");
    while (row.next())
        ids << row.id("id");
    return scorecards(ids);
}

QList<InterviewSummary> InterviewRepository::interviews() const
{
    QList<InterviewSummary> result;
    sql::Row row(m_db, sql::exec(m_db, QStringLiteral(R"(
        SELECT id, candidate, role, plan_name, status, started_at, ended_at, recommendation,
               amended, interviewer, COALESCE(plan_id, 0) AS plan_id, paused_at, paused_seconds
          FROM interviews ORDER BY COALESCE(started_at, created_at) DESC, id DESC)")),
                 "interviews");
    while (row.next()) {
        InterviewSummary summary;
        summary.id = row.id("id");
        summary.candidate = row.text("candidate");
        summary.role = row.text("role");
        summary.planName = row.text("plan_name");
        summary.status = row.status("status");
        summary.startedAt = row.time("started_at");
        summary.endedAt = row.time("ended_at");
        summary.recommendation = row.recommendation("recommendation");
        summary.amended = row.flag("amended");
        summary.interviewer = row.text("interviewer");
        summary.planId = row.id("plan_id");
        summary.pausedAt = row.time("paused_at");
        summary.pausedSeconds = row.integer("paused_seconds");
        result.append(summary);
    }
    return result;
}

qint64 InterviewRepository::liveInterviewId() const
{
    return sql::scalar(m_db,
                       QStringLiteral("SELECT id FROM interviews WHERE status = ? "
                                      "ORDER BY updated_at DESC, id DESC LIMIT 1"),
                       {vocabulary::key(InterviewStatus::Live)}, 0)
        .toLongLong();
}

void InterviewRepository::saveProgress(const Interview &interview)
{
    if (interview.finished() && interview.recommendation == vocabulary::Recommendation::None)
        throw PanelistError(
            InterviewRepository::tr("A finished interview needs a recommendation."));
    checkScorecard(interview);
    Transaction transaction(m_db);
    sql::exec(m_db, QStringLiteral(R"(
        UPDATE interviews SET status = ?, ended_at = ?, paused_at = ?, paused_seconds = ?,
                              current_item = ?, current_since = ?, recommendation = ?,
                              summary = ?, amended = ?, takeaways = ?, pros = ?, cons = ?,
                              updated_at = ?
         WHERE id = ?)"),
              {vocabulary::key(interview.status), nullableTimestamp(interview.endedAt),
               nullableTimestamp(interview.pausedAt), interview.pausedSeconds,
               interview.currentItem, interview.currentSince,
               sql::recommendationValue(interview.recommendation), interview.summary,
               interview.amended, interview.takeaways, interview.pros, interview.cons, now(),
               interview.id});
    // The ratings, by position: the competencies themselves are the snapshot's.
    for (int c = 0; c < interview.competencies.size(); ++c)
        sql::exec(m_db,
                  QStringLiteral("UPDATE interview_competencies SET rating = ? WHERE "
                                 "interview_id = ? AND position = ?"),
                  {ratingValue(interview.competencies.at(c).rating), interview.id, c});
    for (const InterviewItem &item : interview.items)
        sql::exec(
            m_db,
            QStringLiteral("UPDATE interview_items SET state = ?, seconds_spent = ? WHERE id = ?"),
            {vocabulary::key(item.state), item.secondsSpent, item.id});
    Outbox::record(m_db, EntityKind::Interview, interview.id);
    transaction.commit();
}

void InterviewRepository::touchItem(qint64 itemId)
{
    sql::exec(m_db, QStringLiteral(R"(
        UPDATE interviews SET updated_at = ?
         WHERE id = (SELECT interview_id FROM interview_items WHERE id = ?))"),
              {now(), itemId});
    Outbox::recordInterviewOfItem(m_db, itemId);
}

void InterviewRepository::setScore(qint64 itemId, int score)
{
    if (score != vocabulary::kNoScore &&
        (score < vocabulary::kMinScore || score > vocabulary::kMaxScore))
        throw PanelistError(InterviewRepository::tr("A score is %1 to %2.")
                                .arg(vocabulary::kMinScore)
                                .arg(vocabulary::kMaxScore));
    Transaction transaction(m_db);
    sql::exec(m_db, QStringLiteral("UPDATE interview_items SET score = ? WHERE id = ?"),
              {score == vocabulary::kNoScore ? QVariant() : QVariant(score), itemId});
    touchItem(itemId);
    transaction.commit();
}

void InterviewRepository::setFlags(qint64 itemId, bool strong, bool concern)
{
    Transaction transaction(m_db);
    sql::exec(
        m_db,
        QStringLiteral("UPDATE interview_items SET flag_strong = ?, flag_concern = ? WHERE id = ?"),
        {strong, concern, itemId});
    touchItem(itemId);
    transaction.commit();
}

void InterviewRepository::setCriterionMet(qint64 itemId, int position, bool met)
{
    Transaction transaction(m_db);
    sql::exec(m_db,
              QStringLiteral(
                  "UPDATE interview_item_criteria SET met = ? WHERE item_id = ? AND position = ?"),
              {met, itemId, position});
    touchItem(itemId);
    transaction.commit();
}

void InterviewRepository::setFollowUpAsked(qint64 itemId, int position, bool asked)
{
    Transaction transaction(m_db);
    sql::exec(m_db,
              QStringLiteral("UPDATE interview_item_follow_ups SET asked = ? WHERE item_id = ? "
                             "AND position = ?"),
              {asked, itemId, position});
    touchItem(itemId);
    transaction.commit();
}

int InterviewRepository::addFollowUp(qint64 itemId, const QString &text)
{
    if (text.trimmed().isEmpty())
        throw PanelistError(InterviewRepository::tr("A follow-up needs some text."));
    Transaction transaction(m_db);
    const int position = sql::scalar(m_db,
                                     QStringLiteral("SELECT COALESCE(MAX(position) + 1, 0) FROM "
                                                    "interview_item_follow_ups WHERE item_id = ?"),
                                     {itemId})
                             .toInt();
    sql::exec(m_db,
              QStringLiteral("INSERT INTO interview_item_follow_ups (item_id, position, text, "
                             "ad_hoc, asked) VALUES (?, ?, ?, 1, 1)"),
              {itemId, position, text.trimmed()});
    touchItem(itemId);
    transaction.commit();
    return position;
}

void InterviewRepository::setNotes(qint64 itemId, const QString &notes)
{
    Transaction transaction(m_db);
    sql::exec(m_db, QStringLiteral("UPDATE interview_items SET notes = ? WHERE id = ?"),
              {notes, itemId});
    touchItem(itemId);
    transaction.commit();
}

void InterviewRepository::remove(qint64 id)
{
    removeAll({id});
}

void InterviewRepository::removeAll(const QList<qint64> &ids, Outbox::Change change)
{
    if (ids.isEmpty())
        return;
    {
        Transaction transaction(m_db);
        erase(ids, change);
        transaction.commit();
    }
    // secure_delete zeroed the rows in their pages; compacting also removes the old page
    // images from the write-ahead log, so nothing of them stays in the files.
    if (!m_database.compact())
        qWarning("InterviewRepository: the database could not be compacted after a removal; "
                 "it is retried after the next one");
}

void InterviewRepository::erase(const QList<qint64> &ids, Outbox::Change change)
{
    Transaction transaction(m_db);
    // Items, follow-ups and criteria go with their interview (ON DELETE CASCADE); a
    // candidate goes with their last interview.
    QList<qint64> candidates;
    for (const qint64 id : ids) {
        Outbox::record(m_db, EntityKind::Interview, id, change);
        candidates << sql::scalar(
                          m_db, QStringLiteral("SELECT candidate_id FROM interviews WHERE id = ?"),
                          {id}, 0)
                          .toLongLong();
        sql::exec(m_db, QStringLiteral("DELETE FROM interviews WHERE id = ?"), {id});
    }
    CandidateRepository::removeUnused(m_db, candidates);
    transaction.commit();
}

std::optional<Interview> InterviewRepository::interviewByUuid(const QString &uuid) const
{
    const QHash<qint64, Interview> found = readInterviews(QStringLiteral("uuid = ?"), {uuid});
    if (found.isEmpty())
        return std::nullopt;
    return *found.cbegin();
}

qint64 InterviewRepository::writeItem(qint64 interviewId, qint64 itemId, const InterviewItem &item)
{
    const QVariantList values = {item.questionUuid,
                                 item.title,
                                 item.prompt,
                                 item.category,
                                 vocabulary::key(item.level),
                                 vocabulary::key(item.kind),
                                 item.referenceAnswer,
                                 item.anchorJunior,
                                 item.anchorMiddle,
                                 item.anchorSenior,
                                 item.minutesBudget,
                                 item.planNote,
                                 vocabulary::key(item.state),
                                 item.secondsSpent,
                                 item.score == vocabulary::kNoScore ? QVariant()
                                                                    : QVariant(item.score),
                                 item.flagStrong,
                                 item.flagConcern,
                                 item.notes};
    if (itemId > 0) {
        sql::exec(m_db, QStringLiteral(R"(
            UPDATE interview_items SET question_uuid = ?, title = ?, prompt = ?, category = ?,
                   level = ?, kind = ?, reference_answer = ?, anchor_junior = ?,
                   anchor_middle = ?, anchor_senior = ?, minutes_budget = ?, plan_note = ?,
                   state = ?, seconds_spent = ?, score = ?, flag_strong = ?, flag_concern = ?,
                   notes = ?
             WHERE id = ?)"),
                  values + QVariantList{itemId});
        sql::exec(m_db, QStringLiteral("DELETE FROM interview_item_follow_ups WHERE item_id = ?"),
                  {itemId});
        sql::exec(m_db, QStringLiteral("DELETE FROM interview_item_criteria WHERE item_id = ?"),
                  {itemId});
    } else {
        itemId = sql::exec(m_db, QStringLiteral(R"(
            INSERT INTO interview_items (interview_id, position, question_uuid, title, prompt,
                                         category, level, kind, reference_answer, anchor_junior,
                                         anchor_middle, anchor_senior, minutes_budget, plan_note,
                                         state, seconds_spent, score, flag_strong, flag_concern,
                                         notes)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?))"),
                           QVariantList{interviewId, item.position} + values)
                     .lastInsertId()
                     .toLongLong();
    }
    for (int f = 0; f < item.followUps.size(); ++f) {
        const InterviewFollowUp &followUp = item.followUps.at(f);
        sql::exec(m_db,
                  QStringLiteral("INSERT INTO interview_item_follow_ups (item_id, position, text, "
                                 "ad_hoc, asked) VALUES (?, ?, ?, ?, ?)"),
                  {itemId, f, followUp.text, followUp.adHoc, followUp.asked});
    }
    for (int c = 0; c < item.criteria.size(); ++c)
        sql::exec(m_db,
                  QStringLiteral("INSERT INTO interview_item_criteria (item_id, position, text, "
                                 "met) VALUES (?, ?, ?, ?)"),
                  {itemId, c, item.criteria.at(c).text, item.criteria.at(c).met});
    return itemId;
}

qint64 InterviewRepository::applyInterview(const Interview &interview)
{
    checkScorecard(interview);
    Transaction transaction(m_db);
    const QVariant planId =
        interview.planUuid.isEmpty()
            ? QVariant()
            : sql::scalar(m_db, QStringLiteral("SELECT id FROM plans WHERE uuid = ?"),
                          {interview.planUuid});
    // The candidate by exact name, as on the laptop that ran it (candidates are not
    // shared with the team yet).
    const qint64 candidateId =
        CandidateRepository::findOrCreate(m_db, interview.candidate, interview.role);
    const QVariantList values = {interview.candidate.trimmed(),
                                 candidateId,
                                 interview.role,
                                 interview.interviewer,
                                 interview.owner,
                                 planId,
                                 interview.planName,
                                 interview.targetMinutes,
                                 nullableTimestamp(interview.scheduledAt),
                                 nullableTimestamp(interview.startedAt),
                                 nullableTimestamp(interview.endedAt),
                                 vocabulary::key(interview.status),
                                 nullableTimestamp(interview.pausedAt),
                                 interview.pausedSeconds,
                                 interview.currentItem,
                                 interview.currentSince,
                                 sql::recommendationValue(interview.recommendation),
                                 interview.summary,
                                 interview.amended,
                                 interview.takeaways,
                                 interview.pros,
                                 interview.cons,
                                 now()};
    const QVariant existing = sql::scalar(
        m_db, QStringLiteral("SELECT id FROM interviews WHERE uuid = ?"), {interview.uuid});
    qint64 id = 0;
    QList<qint64> itemIds;
    if (existing.isValid()) {
        id = existing.toLongLong();
        const qint64 previous =
            sql::scalar(m_db, QStringLiteral("SELECT candidate_id FROM interviews WHERE id = ?"),
                        {id}, 0)
                .toLongLong();
        sql::exec(m_db, QStringLiteral(R"(
            UPDATE interviews SET candidate = ?, candidate_id = ?, role = ?, interviewer = ?, owner = ?,
                   plan_id = ?, plan_name = ?, target_minutes = ?, scheduled_at = ?,
                   started_at = ?, ended_at = ?, status = ?, paused_at = ?, paused_seconds = ?,
                   current_item = ?, current_since = ?, recommendation = ?, summary = ?,
                   amended = ?, takeaways = ?, pros = ?, cons = ?, updated_at = ?
             WHERE id = ?)"),
                  values + QVariantList{id});
        if (previous != candidateId)
            CandidateRepository::removeUnused(m_db, {previous});
        sql::Row row(m_db,
                     sql::exec(m_db,
                               QStringLiteral("SELECT id FROM interview_items WHERE "
                                              "interview_id = ? ORDER BY position"),
                               {id}),
                     "interview_items");
        while (row.next())
            itemIds << row.id("id");
        // The snapshot is the same list of questions: its items keep their ids, so a view
        // that shows the interview keeps writing to them. Otherwise it is replaced.
        if (itemIds.size() != interview.items.size()) {
            sql::exec(m_db, QStringLiteral("DELETE FROM interview_items WHERE interview_id = ?"),
                      {id});
            itemIds.clear();
        }
    } else {
        id = sql::exec(m_db, QStringLiteral(R"(
            INSERT INTO interviews (candidate, candidate_id, role, interviewer, owner, plan_id,
                                    plan_name, target_minutes, scheduled_at, started_at,
                                    ended_at, status, paused_at, paused_seconds, current_item,
                                    current_since, recommendation, summary, amended,
                                    takeaways, pros, cons, updated_at, uuid, created_at)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?,
                    ?))"),
                       values + QVariantList{interview.uuid, now()})
                 .lastInsertId()
                 .toLongLong();
    }
    const QList<qint64> competencyIds = writeCompetencies(id, interview.competencies);
    for (int i = 0; i < interview.items.size(); ++i) {
        InterviewItem item = interview.items.at(i);
        item.position = i;
        const qint64 itemId = writeItem(id, itemIds.value(i, 0), item);
        writeItemCompetencies(itemId, item.competencies, competencyIds);
    }
    Outbox::record(m_db, EntityKind::Interview, id);
    transaction.commit();
    return id;
}

QList<InterviewSummary> InterviewRepository::interviewsOf(const QString &candidate) const
{
    // Compared here, not in SQL: NOCASE folds ASCII letters only, and names are not.
    const QString name = candidate.trimmed();
    QList<InterviewSummary> result;
    if (name.isEmpty())
        return result;
    const QList<InterviewSummary> all = interviews();
    for (const InterviewSummary &row : all) {
        if (row.candidate.trimmed().compare(name, Qt::CaseInsensitive) == 0)
            result.append(row);
    }
    return result;
}

int InterviewRepository::removeCandidate(const QString &candidate)
{
    QList<qint64> ids;
    const QList<InterviewSummary> rows = interviewsOf(candidate);
    for (const InterviewSummary &row : rows)
        ids << row.id;
    // A purge in a team: the removal reaches every laptop, also when made offline.
    removeAll(ids, Outbox::Change::Purged);
    return int(ids.size());
}

QList<InterviewSummary> InterviewRepository::removeFinishedOlderThan(int days, const QDateTime &now)
{
    QList<InterviewSummary> removed;
    if (days <= 0)
        return removed;
    const QDateTime cutoff = now.toUTC().addDays(-days);
    QList<qint64> ids;
    const QList<InterviewSummary> all = interviews();
    for (const InterviewSummary &row : all) {
        if (row.status != InterviewStatus::Finished)
            continue;
        const QDateTime when = row.endedAt.isValid() ? row.endedAt : row.startedAt;
        if (when.isValid() && when < cutoff) {
            removed.append(row);
            ids << row.id;
        }
    }
    removeAll(ids);
    return removed;
}
