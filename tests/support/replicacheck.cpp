#include "support/replicacheck.h"

#include "storage/sql.h"

#include <QCryptographicHash>
#include <QSqlQuery>
#include <QSqlRecord>

namespace replicacheck {

QMap<QString, QByteArray> checksums(const QSqlDatabase &db)
{
    const QMap<QString, QString> queries = {
        {QStringLiteral("categories"),
         QStringLiteral("SELECT uuid, name, position FROM categories ORDER BY uuid")},
        {QStringLiteral("questions"),
         QStringLiteral("SELECT q.uuid, title, prompt, c.uuid, level, kind, minutes, "
                        "reference_answer, anchor_junior, anchor_middle, anchor_senior, "
                        "archived FROM questions q JOIN categories c ON c.id = q.category_id "
                        "ORDER BY q.uuid")},
        {QStringLiteral("question_lists"),
         QStringLiteral("SELECT q.uuid, 't', x.position, x.tag FROM question_tags x JOIN "
                        "questions q ON q.id = x.question_id UNION ALL SELECT q.uuid, 'f', "
                        "x.position, x.text FROM question_follow_ups x JOIN questions q ON "
                        "q.id = x.question_id UNION ALL SELECT q.uuid, 'c', x.position, "
                        "x.text FROM question_criteria x JOIN questions q ON q.id = "
                        "x.question_id ORDER BY 1, 2, 3")},
        {QStringLiteral("question_search"),
         QStringLiteral("SELECT q.uuid, s.title, s.prompt, s.reference_answer, s.follow_ups, "
                        "s.tags FROM question_search s JOIN questions q ON q.id = s.rowid "
                        "ORDER BY q.uuid")},
        {QStringLiteral("plans"),
         QStringLiteral("SELECT uuid, name, role, level, target_minutes, shipped FROM plans "
                        "ORDER BY uuid")},
        {QStringLiteral("plan_items"),
         QStringLiteral("SELECT p.uuid, i.position, q.uuid, i.minutes, i.note FROM plan_items "
                        "i JOIN plans p ON p.id = i.plan_id JOIN questions q ON q.id = "
                        "i.question_id ORDER BY p.uuid, i.position")},
        {QStringLiteral("interviews"),
         QStringLiteral("SELECT i.uuid, candidate, i.role, interviewer, owner, p.uuid, "
                        "plan_name, i.target_minutes, scheduled_at, started_at, ended_at, "
                        "status, paused_at, paused_seconds, current_item, current_since, "
                        "recommendation, summary, amended FROM interviews i LEFT JOIN plans "
                        "p ON p.id = i.plan_id ORDER BY i.uuid")},
        {QStringLiteral("interview_items"),
         QStringLiteral("SELECT v.uuid, position, question_uuid, title, prompt, category, "
                        "level, kind, reference_answer, anchor_junior, anchor_middle, "
                        "anchor_senior, minutes_budget, plan_note, state, seconds_spent, "
                        "score, flag_strong, flag_concern, notes FROM interview_items i JOIN "
                        "interviews v ON v.id = i.interview_id ORDER BY v.uuid, position")},
        {QStringLiteral("interview_item_lists"),
         QStringLiteral("SELECT v.uuid, i.position, 'f', x.position, x.text, x.ad_hoc, "
                        "x.asked FROM interview_item_follow_ups x JOIN interview_items i ON "
                        "i.id = x.item_id JOIN interviews v ON v.id = i.interview_id UNION "
                        "ALL SELECT v.uuid, i.position, 'c', x.position, x.text, x.met, 0 "
                        "FROM interview_item_criteria x JOIN interview_items i ON i.id = "
                        "x.item_id JOIN interviews v ON v.id = i.interview_id ORDER BY 1, 2, "
                        "3, 4")},
    };
    QMap<QString, QByteArray> result;
    for (auto it = queries.cbegin(); it != queries.cend(); ++it) {
        QCryptographicHash hash(QCryptographicHash::Sha256);
        int rows = 0;
        QSqlQuery query = sql::exec(db, it.value());
        while (query.next()) {
            ++rows;
            for (int i = 0; i < query.record().count(); ++i) {
                const QVariant value = query.value(i);
                hash.addData(value.isNull() ? QByteArray("\x01NULL") : value.toString().toUtf8());
                hash.addData(QByteArray("\x00", 1));
            }
            hash.addData(QByteArray("\n"));
        }
        result.insert(it.key(), QByteArray::number(rows) + ' ' + hash.result().toHex());
    }
    return result;
}

} // namespace replicacheck
