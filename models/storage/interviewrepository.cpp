#include "storage/interviewrepository.h"

#include "domain/errors.h"
#include "domain/wallclock.h"
#include "storage/database.h"
#include "storage/sql.h"
#include "storage/transaction.h"

#include <QCoreApplication>
#include <QUuid>

namespace {

QString timestamp(const QDateTime &time)
{
    return time.isValid() ? time.toUTC().toString(Qt::ISODateWithMs) : QString();
}

QVariant nullableTimestamp(const QDateTime &time)
{
    return time.isValid() ? QVariant(timestamp(time)) : QVariant();
}

QDateTime readTime(const QVariant &value)
{
    if (value.isNull() || value.toString().isEmpty())
        return {};
    QDateTime time = QDateTime::fromString(value.toString(), Qt::ISODateWithMs);
    time.setTimeSpec(Qt::UTC);
    return time;
}

QString now()
{
    return timestamp(wallclock::now());
}

} // namespace

InterviewRepository::InterviewRepository(Database &database)
    : m_database(database)
    , m_db(database.connection())
{}

qint64 InterviewRepository::start(const Plan &plan, const QList<Question> &questions,
                                  const StartDetails &details)
{
    if (details.candidate.trimmed().isEmpty())
        throw PanelistError(InterviewRepository::tr("An interview needs the candidate's name."));
    if (plan.items.isEmpty() || questions.size() != plan.items.size())
        throw PanelistError(
            InterviewRepository::tr("The plan \"%1\" has no questions to ask.").arg(plan.name));

    Transaction transaction(m_db);
    const QString createdAt = now();
    const QString startedAt =
        details.startedAt.isValid() ? timestamp(details.startedAt) : createdAt;
    const qint64 id =
        sql::exec(m_db, QStringLiteral(R"(
            INSERT INTO interviews (uuid, candidate, role, interviewer, plan_id, plan_name,
                                    target_minutes, scheduled_at, started_at, status,
                                    current_item, current_since, created_at, updated_at)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 'live', 0, 0, ?, ?))"),
                  {QUuid::createUuid().toString(QUuid::WithoutBraces), details.candidate.trimmed(),
                   details.role.trimmed(), details.interviewer.trimmed(),
                   plan.id > 0 ? QVariant(plan.id) : QVariant(), plan.name, plan.targetMinutes,
                   nullableTimestamp(details.scheduledAt), startedAt, createdAt, createdAt})
            .lastInsertId()
            .toLongLong();
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
                       question.level, question.kind, question.referenceAnswer,
                       question.anchorJunior, question.anchorMiddle, question.anchorSenior,
                       planItem.minutes, planItem.note,
                       i == 0 ? QStringLiteral("current") : QStringLiteral("pending")})
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
    }
    transaction.commit();
    return id;
}

std::optional<Interview> InterviewRepository::interview(qint64 id) const
{
    QSqlQuery query = sql::exec(m_db, QStringLiteral(R"(
        SELECT id, uuid, candidate, role, interviewer, COALESCE(plan_id, 0), plan_name,
               target_minutes, scheduled_at, started_at, ended_at, status, paused_at,
               paused_seconds, current_item, current_since, COALESCE(recommendation, ''),
               summary, amended
          FROM interviews WHERE id = ?)"),
                                {id});
    if (!query.next())
        return std::nullopt;
    Interview interview;
    interview.id = query.value(0).toLongLong();
    interview.uuid = query.value(1).toString();
    interview.candidate = query.value(2).toString();
    interview.role = query.value(3).toString();
    interview.interviewer = query.value(4).toString();
    interview.planId = query.value(5).toLongLong();
    interview.planName = query.value(6).toString();
    interview.targetMinutes = query.value(7).toInt();
    interview.scheduledAt = readTime(query.value(8));
    interview.startedAt = readTime(query.value(9));
    interview.endedAt = readTime(query.value(10));
    interview.status = query.value(11).toString();
    interview.pausedAt = readTime(query.value(12));
    interview.pausedSeconds = query.value(13).toInt();
    interview.currentItem = query.value(14).toInt();
    interview.currentSince = query.value(15).toInt();
    interview.recommendation = query.value(16).toString();
    interview.summary = query.value(17).toString();
    interview.amended = query.value(18).toBool();
    interview.items = readItems(interview.id);
    return interview;
}

QList<InterviewItem> InterviewRepository::readItems(qint64 interviewId) const
{
    QList<InterviewItem> items;
    QSqlQuery query = sql::exec(m_db, QStringLiteral(R"(
        SELECT id, position, question_uuid, title, prompt, category, level, kind,
               reference_answer, anchor_junior, anchor_middle, anchor_senior, minutes_budget,
               plan_note, state, seconds_spent, COALESCE(score, 0), flag_strong, flag_concern,
               notes
          FROM interview_items WHERE interview_id = ? ORDER BY position)"),
                                {interviewId});
    while (query.next()) {
        InterviewItem item;
        item.id = query.value(0).toLongLong();
        item.position = query.value(1).toInt();
        item.questionUuid = query.value(2).toString();
        item.title = query.value(3).toString();
        item.prompt = query.value(4).toString();
        item.category = query.value(5).toString();
        item.level = query.value(6).toString();
        item.kind = query.value(7).toString();
        item.referenceAnswer = query.value(8).toString();
        item.anchorJunior = query.value(9).toString();
        item.anchorMiddle = query.value(10).toString();
        item.anchorSenior = query.value(11).toString();
        item.minutesBudget = query.value(12).toInt();
        item.planNote = query.value(13).toString();
        item.state = query.value(14).toString();
        item.secondsSpent = query.value(15).toInt();
        item.score = query.value(16).toInt();
        item.flagStrong = query.value(17).toBool();
        item.flagConcern = query.value(18).toBool();
        item.notes = query.value(19).toString();
        items.append(item);
    }
    // Follow-ups and criteria of all items in two queries, not two per item.
    QHash<qint64, int> indexOf;
    for (int i = 0; i < items.size(); ++i)
        indexOf.insert(items.at(i).id, i);
    QSqlQuery followUps = sql::exec(m_db, QStringLiteral(R"(
        SELECT f.item_id, f.text, f.ad_hoc, f.asked
          FROM interview_item_follow_ups f JOIN interview_items i ON i.id = f.item_id
         WHERE i.interview_id = ? ORDER BY f.item_id, f.position)"),
                                    {interviewId});
    while (followUps.next())
        items[indexOf.value(followUps.value(0).toLongLong())].followUps.append(
            {followUps.value(1).toString(), followUps.value(2).toBool(),
             followUps.value(3).toBool()});
    QSqlQuery criteria = sql::exec(m_db, QStringLiteral(R"(
        SELECT c.item_id, c.text, c.met
          FROM interview_item_criteria c JOIN interview_items i ON i.id = c.item_id
         WHERE i.interview_id = ? ORDER BY c.item_id, c.position)"),
                                   {interviewId});
    while (criteria.next())
        items[indexOf.value(criteria.value(0).toLongLong())].criteria.append(
            {criteria.value(1).toString(), criteria.value(2).toBool()});
    return items;
}

QList<InterviewSummary> InterviewRepository::interviews() const
{
    QList<InterviewSummary> result;
    QSqlQuery query = sql::exec(m_db, QStringLiteral(R"(
        SELECT id, candidate, role, plan_name, status, started_at, ended_at,
               COALESCE(recommendation, ''), amended, interviewer, COALESCE(plan_id, 0),
               paused_at, paused_seconds
          FROM interviews ORDER BY COALESCE(started_at, created_at) DESC, id DESC)"));
    while (query.next()) {
        InterviewSummary row;
        row.id = query.value(0).toLongLong();
        row.candidate = query.value(1).toString();
        row.role = query.value(2).toString();
        row.planName = query.value(3).toString();
        row.status = query.value(4).toString();
        row.startedAt = readTime(query.value(5));
        row.endedAt = readTime(query.value(6));
        row.recommendation = query.value(7).toString();
        row.amended = query.value(8).toBool();
        row.interviewer = query.value(9).toString();
        row.planId = query.value(10).toLongLong();
        row.pausedAt = readTime(query.value(11));
        row.pausedSeconds = query.value(12).toInt();
        result.append(row);
    }
    return result;
}

qint64 InterviewRepository::liveInterviewId() const
{
    return sql::scalar(m_db,
                       QStringLiteral("SELECT id FROM interviews WHERE status = 'live' "
                                      "ORDER BY updated_at DESC, id DESC LIMIT 1"),
                       {}, 0)
        .toLongLong();
}

void InterviewRepository::saveProgress(const Interview &interview)
{
    if (interview.finished() &&
        !interviewvalues::recommendations().contains(interview.recommendation))
        throw PanelistError(
            InterviewRepository::tr("A finished interview needs a recommendation."));
    Transaction transaction(m_db);
    sql::exec(m_db, QStringLiteral(R"(
        UPDATE interviews SET status = ?, ended_at = ?, paused_at = ?, paused_seconds = ?,
                              current_item = ?, current_since = ?, recommendation = ?,
                              summary = ?, amended = ?, updated_at = ?
         WHERE id = ?)"),
              {interview.status, nullableTimestamp(interview.endedAt),
               nullableTimestamp(interview.pausedAt), interview.pausedSeconds,
               interview.currentItem, interview.currentSince,
               interview.recommendation.isEmpty() ? QVariant() : QVariant(interview.recommendation),
               interview.summary, interview.amended, now(), interview.id});
    for (const InterviewItem &item : interview.items)
        sql::exec(
            m_db,
            QStringLiteral("UPDATE interview_items SET state = ?, seconds_spent = ? WHERE id = ?"),
            {item.state, item.secondsSpent, item.id});
    transaction.commit();
}

void InterviewRepository::touchItem(qint64 itemId)
{
    sql::exec(m_db, QStringLiteral(R"(
        UPDATE interviews SET updated_at = ?
         WHERE id = (SELECT interview_id FROM interview_items WHERE id = ?))"),
              {now(), itemId});
}

void InterviewRepository::setScore(qint64 itemId, int score)
{
    if (score < 0 || score > 4)
        throw PanelistError(InterviewRepository::tr("A score is 1 to 4."));
    Transaction transaction(m_db);
    sql::exec(m_db, QStringLiteral("UPDATE interview_items SET score = ? WHERE id = ?"),
              {score == 0 ? QVariant() : QVariant(score), itemId});
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

void InterviewRepository::removeAll(const QList<qint64> &ids)
{
    if (ids.isEmpty())
        return;
    {
        Transaction transaction(m_db);
        // Items, follow-ups and criteria go with their interview (ON DELETE CASCADE).
        for (const qint64 id : ids)
            sql::exec(m_db, QStringLiteral("DELETE FROM interviews WHERE id = ?"), {id});
        transaction.commit();
    }
    // secure_delete zeroed the rows in their pages; compacting also removes the old page
    // images from the write-ahead log, so nothing of them stays in the files.
    if (!m_database.compact())
        qWarning("InterviewRepository: the database could not be compacted after a removal; "
                 "it is retried after the next one");
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
    removeAll(ids);
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
        if (row.status != QLatin1String("finished"))
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
