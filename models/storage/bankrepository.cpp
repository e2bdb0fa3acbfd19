#include "storage/bankrepository.h"

#include "domain/errors.h"
#include "domain/wallclock.h"
#include "storage/database.h"
#include "storage/sql.h"
#include "storage/transaction.h"

#include <QUuid>

namespace {

const QString kQuestionColumns = QStringLiteral(
    "q.id, q.uuid, q.title, q.prompt, c.name, q.level, q.kind, q.minutes, "
    "q.reference_answer, q.anchor_junior, q.anchor_middle, q.anchor_senior, q.archived, "
    "q.created_at, q.updated_at");

QString now()
{
    return wallclock::now().toString(Qt::ISODateWithMs);
}

QStringList children(const QSqlDatabase &db, const QString &statement, qint64 id)
{
    QSqlQuery query = sql::exec(db, statement, {id});
    QStringList values;
    while (query.next())
        values << query.value(0).toString();
    return values;
}

void replaceChildren(const QSqlDatabase &db, const QString &table, const QString &column, qint64 id,
                     const QStringList &values)
{
    // Table and column names come from this file, never from input.
    sql::exec(db, QStringLiteral("DELETE FROM ") + table + QStringLiteral(" WHERE question_id = ?"),
              {id});
    const QString insert = QStringLiteral("INSERT INTO ") + table +
                           QStringLiteral(" (question_id, position, ") + column +
                           QStringLiteral(") VALUES (?, ?, ?)");
    for (int i = 0; i < values.size(); ++i)
        sql::exec(db, insert, {id, i, values.at(i)});
}

} // namespace

BankRepository::BankRepository(Database &database)
    : m_db(database.connection())
    , m_categories(database)
{}

int BankRepository::questionCount(bool includeArchived) const
{
    return sql::scalar(m_db,
                       QStringLiteral("SELECT COUNT(*) FROM questions WHERE (? OR archived = 0)"),
                       {includeArchived})
        .toInt();
}

Question BankRepository::readQuestion(const QSqlQuery &row) const
{
    Question q;
    q.id = row.value(0).toLongLong();
    q.uuid = row.value(1).toString();
    q.title = row.value(2).toString();
    q.prompt = row.value(3).toString();
    q.category = row.value(4).toString();
    q.level = row.value(5).toString();
    q.kind = row.value(6).toString();
    q.minutes = row.value(7).toInt();
    q.referenceAnswer = row.value(8).toString();
    q.anchorJunior = row.value(9).toString();
    q.anchorMiddle = row.value(10).toString();
    q.anchorSenior = row.value(11).toString();
    q.archived = row.value(12).toBool();
    q.createdAt = QDateTime::fromString(row.value(13).toString(), Qt::ISODateWithMs);
    q.updatedAt = QDateTime::fromString(row.value(14).toString(), Qt::ISODateWithMs);
    q.tags = children(
        m_db,
        QStringLiteral("SELECT tag FROM question_tags WHERE question_id = ? ORDER BY position"),
        q.id);
    q.followUps = children(
        m_db,
        QStringLiteral(
            "SELECT text FROM question_follow_ups WHERE question_id = ? ORDER BY position"),
        q.id);
    q.criteria =
        children(m_db,
                 QStringLiteral(
                     "SELECT text FROM question_criteria WHERE question_id = ? ORDER BY position"),
                 q.id);
    return q;
}

std::optional<Question> BankRepository::question(qint64 id) const
{
    QSqlQuery query = sql::exec(m_db,
                                QStringLiteral("SELECT ") + kQuestionColumns +
                                    QStringLiteral(" FROM questions q JOIN categories c ON "
                                                   "c.id = q.category_id WHERE q.id = ?"),
                                {id});
    if (!query.next())
        return std::nullopt;
    return readQuestion(query);
}

std::optional<Question> BankRepository::questionByUuid(const QString &uuid) const
{
    QSqlQuery query = sql::exec(m_db,
                                QStringLiteral("SELECT ") + kQuestionColumns +
                                    QStringLiteral(" FROM questions q JOIN categories c ON "
                                                   "c.id = q.category_id WHERE q.uuid = ?"),
                                {uuid});
    if (!query.next())
        return std::nullopt;
    return readQuestion(query);
}

QList<Question> BankRepository::allQuestions() const
{
    QList<Question> result;
    QSqlQuery query =
        sql::exec(m_db, QStringLiteral("SELECT ") + kQuestionColumns +
                            QStringLiteral(" FROM questions q JOIN categories c ON c.id = "
                                           "q.category_id ORDER BY c.position, q.title, q.uuid"));
    while (query.next())
        result.append(readQuestion(query));
    return result;
}

QList<QuestionSummary> BankRepository::search(const searchindex::Request &request) const
{
    return searchindex::search(m_db, request);
}

searchindex::Facets BankRepository::facets(const searchindex::Request &request) const
{
    return searchindex::facets(m_db, request);
}

void BankRepository::writeChildren(qint64 id, const Question &question)
{
    replaceChildren(m_db, QStringLiteral("question_tags"), QStringLiteral("tag"), id,
                    question.tags);
    replaceChildren(m_db, QStringLiteral("question_follow_ups"), QStringLiteral("text"), id,
                    question.followUps);
    replaceChildren(m_db, QStringLiteral("question_criteria"), QStringLiteral("text"), id,
                    question.criteria);
    searchindex::update(m_db, id);
}

qint64 BankRepository::writeQuestion(const Question &question, bool userEdited)
{
    return writeQuestion(question, userEdited,
                         question.category.isEmpty() ? QVariant()
                                                     : QVariant(ensureCategory(question.category)));
}

qint64 BankRepository::writeQuestion(const Question &question, bool userEdited,
                                     const QVariant &categoryId)
{
    const QString timestamp = now();
    const QVariant existing = sql::scalar(
        m_db, QStringLiteral("SELECT id FROM questions WHERE uuid = ?"), {question.uuid});
    qint64 id = 0;
    if (existing.isValid()) {
        id = existing.toLongLong();
        sql::exec(m_db, QStringLiteral(R"(
            UPDATE questions SET title = ?, prompt = ?, category_id = ?, level = ?, kind = ?,
                   minutes = ?, reference_answer = ?, anchor_junior = ?, anchor_middle = ?,
                   anchor_senior = ?, archived = ?, user_edited = ?, updated_at = ?
             WHERE id = ?)"),
                  {question.title, question.prompt, categoryId, question.level, question.kind,
                   question.minutes, question.referenceAnswer, question.anchorJunior,
                   question.anchorMiddle, question.anchorSenior, question.archived, userEdited,
                   timestamp, id});
    } else {
        id = sql::scalar(m_db, QStringLiteral(R"(
            INSERT INTO questions (uuid, title, prompt, category_id, level, kind, minutes,
                                   reference_answer, anchor_junior, anchor_middle, anchor_senior,
                                   archived, user_edited, created_at, updated_at)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            RETURNING id)"),
                         {question.uuid, question.title, question.prompt, categoryId,
                          question.level, question.kind, question.minutes, question.referenceAnswer,
                          question.anchorJunior, question.anchorMiddle, question.anchorSenior,
                          question.archived, userEdited, timestamp, timestamp})
                 .toLongLong();
    }
    writeChildren(id, question);
    return id;
}

qint64 BankRepository::addQuestionIfMissing(const Question &question, bool &added)
{
    const QVariant existing = sql::scalar(
        m_db, QStringLiteral("SELECT id FROM questions WHERE uuid = ?"), {question.uuid});
    added = !existing.isValid();
    return added ? writeQuestion(question, true) : existing.toLongLong();
}

qint64 BankRepository::addQuestion(Question question)
{
    if (question.uuid.isEmpty())
        question.uuid = QUuid::createUuid().toString(QUuid::WithoutBraces);
    if (questionByUuid(question.uuid))
        throw PanelistError(
            BankRepository::tr("A question with uuid %1 already exists.").arg(question.uuid));
    Transaction transaction(m_db);
    const qint64 id = writeQuestion(question, true);
    transaction.commit();
    return id;
}

void BankRepository::updateQuestion(const Question &question)
{
    Transaction transaction(m_db);
    const QVariant uuid =
        sql::scalar(m_db, QStringLiteral("SELECT uuid FROM questions WHERE id = ?"), {question.id});
    if (!uuid.isValid() || uuid.toString() != question.uuid)
        throw PanelistError(
            BankRepository::tr("Question %1 no longer exists.").arg(question.title));
    writeQuestion(question, true);
    transaction.commit();
}

void BankRepository::setArchived(qint64 id, bool archived)
{
    Transaction transaction(m_db);
    sql::exec(
        m_db,
        QStringLiteral(
            "UPDATE questions SET archived = ?, user_edited = 1, updated_at = ? WHERE id = ?"),
        {archived, now(), id});
    transaction.commit();
}

void BankRepository::removeQuestion(qint64 id)
{
    Transaction transaction(m_db);
    searchindex::remove(m_db, id);
    sql::exec(m_db, QStringLiteral("DELETE FROM questions WHERE id = ?"), {id});
    transaction.commit();
}

BankRepository::ImportResult BankRepository::importQuestions(const QList<Category> &categories,
                                                             const QList<Question> &questions,
                                                             const Progress &progress,
                                                             const Cancelled &cancelled)
{
    ImportResult result;
    const int total = static_cast<int>(questions.size());
    const auto cancel = [] {
        throw PanelistError(BankRepository::tr("Import cancelled; nothing was written."));
    };
    Transaction transaction(m_db);
    // One lookup for the whole import: asking the database for every name would cost a
    // query over all categories per name (quadratic in a file of thousands).
    CategoryRepository::Lookup lookup(m_categories);
    for (qsizetype i = 0; i < categories.size(); ++i) {
        if (i % 64 == 0 && cancelled && cancelled())
            cancel();
        lookup.ensure(categories.at(i).name);
    }
    for (const Question &incoming : questions) {
        const std::optional<Question> current = questionByUuid(incoming.uuid);
        if (current && current->sameContent(incoming)) {
            ++result.unchanged;
        } else {
            writeQuestion(incoming, true,
                          incoming.category.isEmpty() ? QVariant()
                                                      : QVariant(lookup.ensure(incoming.category)));
            ++(current ? result.updated : result.added);
        }
        if (progress && !progress(result.added + result.updated + result.unchanged, total))
            cancel();
    }
    transaction.commit();
    return result;
}
