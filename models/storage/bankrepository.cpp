#include "storage/bankrepository.h"

#include "domain/errors.h"
#include "domain/wallclock.h"
#include "storage/database.h"
#include "storage/outbox.h"
#include "storage/row.h"
#include "storage/sql.h"
#include "storage/transaction.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QUuid>

using vocabulary::EntityKind;

namespace {

const QString kQuestionColumns = QStringLiteral(
    "q.id, q.uuid, q.title, q.prompt, c.name AS category, c.uuid AS category_uuid, q.level, "
    "q.kind, q.minutes, "
    "q.reference_answer, q.anchor_junior, q.anchor_middle, q.anchor_senior, q.archived, "
    "q.created_at, q.updated_at");

// A question's ordered lists: the table and its text column. Names come from this file,
// never from input.
struct ChildList
{
    const char *table;
    const char *column;
    QStringList Question::*list;
};
const ChildList kChildLists[] = {{"question_tags", "tag", &Question::tags},
                                 {"question_follow_ups", "text", &Question::followUps},
                                 {"question_criteria", "text", &Question::criteria}};

QString now()
{
    return wallclock::now().toString(Qt::ISODateWithMs);
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

QList<Question> BankRepository::readQuestions(const QString &where,
                                              const QVariantList &values) const
{
    QList<Question> result;
    QHash<qint64, qsizetype> indexOf; // question id -> index in result
    sql::Row row(m_db,
                 sql::exec(m_db,
                           QStringLiteral("SELECT ") + kQuestionColumns +
                               QStringLiteral(" FROM questions q JOIN categories c ON c.id = "
                                              "q.category_id") +
                               (where.isEmpty() ? QString() : QStringLiteral(" WHERE ") + where) +
                               QStringLiteral(" ORDER BY c.position, q.title, q.uuid"),
                           values),
                 "questions");
    while (row.next()) {
        Question q;
        q.id = row.id("id");
        q.uuid = row.text("uuid");
        q.title = row.text("title");
        q.prompt = row.text("prompt");
        q.category = row.text("category");
        q.categoryUuid = row.text("category_uuid");
        q.level = row.level("level");
        q.kind = row.kind("kind");
        q.minutes = row.integer("minutes");
        q.referenceAnswer = row.text("reference_answer");
        q.anchorJunior = row.text("anchor_junior");
        q.anchorMiddle = row.text("anchor_middle");
        q.anchorSenior = row.text("anchor_senior");
        q.archived = row.flag("archived");
        q.createdAt = row.time("created_at");
        q.updatedAt = row.time("updated_at");
        indexOf.insert(q.id, result.size());
        result.append(q);
    }
    if (result.isEmpty())
        return result;
    // One query per list for all the questions read, not one per question: the same
    // filter, joined, or the whole table when every question was read.
    const QString filter =
        where.isEmpty()
            ? QString()
            : QStringLiteral(" JOIN questions q ON q.id = x.question_id WHERE ") + where;
    for (const ChildList &child : kChildLists) {
        sql::Row item(m_db,
                      sql::exec(m_db,
                                QStringLiteral("SELECT x.question_id, x.") +
                                    QLatin1String(child.column) + QStringLiteral(" FROM ") +
                                    QLatin1String(child.table) + QStringLiteral(" x") + filter +
                                    QStringLiteral(" ORDER BY x.question_id, x.position"),
                                values),
                      child.table);
        while (item.next()) {
            const auto it = indexOf.constFind(item.id("question_id"));
            if (it != indexOf.constEnd())
                (result[*it].*child.list).append(item.text(child.column));
        }
    }
    return result;
}

std::optional<Question> BankRepository::question(qint64 id) const
{
    const QList<Question> found = readQuestions(QStringLiteral("q.id = ?"), {id});
    if (found.isEmpty())
        return std::nullopt;
    return found.first();
}

std::optional<Question> BankRepository::questionByUuid(const QString &uuid) const
{
    const QList<Question> found = readQuestions(QStringLiteral("q.uuid = ?"), {uuid});
    if (found.isEmpty())
        return std::nullopt;
    return found.first();
}

QHash<qint64, Question> BankRepository::questions(const QList<qint64> &ids) const
{
    QHash<qint64, Question> result;
    if (ids.isEmpty())
        return result;
    QJsonArray list;
    for (const qint64 id : ids)
        list.append(id);
    // The ids travel as one bound JSON array, so any number of them is one statement.
    const QList<Question> found =
        readQuestions(QStringLiteral("q.id IN (SELECT value FROM json_each(?))"),
                      {QString::fromUtf8(QJsonDocument(list).toJson(QJsonDocument::Compact))});
    for (const Question &q : found)
        result.insert(q.id, q);
    return result;
}

QList<Question> BankRepository::allQuestions() const
{
    return readQuestions({}, {});
}

QList<QuestionSummary> BankRepository::search(const searchindex::Request &request) const
{
    return searchindex::search(m_db, request);
}

QString BankRepository::suggestion(const QString &text) const
{
    return searchindex::suggestion(m_db, text);
}

searchindex::Facets BankRepository::facets(const searchindex::Request &request) const
{
    return searchindex::facets(m_db, request);
}

void BankRepository::run(const QString &statement, const QVariantList &values)
{
    if (m_statements)
        m_statements->run(statement, values);
    else
        sql::exec(m_db, statement, values);
}

QVariant BankRepository::value(const QString &statement, const QVariantList &values)
{
    return m_statements ? m_statements->scalar(statement, values)
                        : sql::scalar(m_db, statement, values);
}

void BankRepository::replaceChildren(const QString &table, const QString &column, qint64 id,
                                     const QStringList &values)
{
    // Table and column names come from this file, never from input.
    run(QStringLiteral("DELETE FROM ") + table + QStringLiteral(" WHERE question_id = ?"), {id});
    const QString insert = QStringLiteral("INSERT INTO ") + table +
                           QStringLiteral(" (question_id, position, ") + column +
                           QStringLiteral(") VALUES (?, ?, ?)");
    for (int i = 0; i < values.size(); ++i)
        run(insert, {id, i, values.at(i)});
}

void BankRepository::writeChildren(qint64 id, const Question &question)
{
    replaceChildren(QStringLiteral("question_tags"), QStringLiteral("tag"), id, question.tags);
    replaceChildren(QStringLiteral("question_follow_ups"), QStringLiteral("text"), id,
                    question.followUps);
    replaceChildren(QStringLiteral("question_criteria"), QStringLiteral("text"), id,
                    question.criteria);
    searchindex::update(m_db, id);
}

BankRepository::Batch::Batch(BankRepository &bank)
    : m_bank(bank)
    , m_index(bank.m_db)
{
    if (!m_bank.m_statements)
        m_bank.m_statements = std::make_shared<sql::Statements>(m_bank.m_db);
}

BankRepository::Batch::~Batch()
{
    m_bank.m_statements.reset();
}

void BankRepository::Batch::finish()
{
    m_bank.m_statements.reset();
    m_index.flush();
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
    const QVariant existing =
        value(QStringLiteral("SELECT id FROM questions WHERE uuid = ?"), {question.uuid});
    qint64 id = 0;
    if (existing.isValid()) {
        id = existing.toLongLong();
        run(QStringLiteral(R"(
            UPDATE questions SET title = ?, prompt = ?, category_id = ?, level = ?, kind = ?,
                   minutes = ?, reference_answer = ?, anchor_junior = ?, anchor_middle = ?,
                   anchor_senior = ?, archived = ?, user_edited = ?, updated_at = ?
             WHERE id = ?)"),
            {question.title, question.prompt, categoryId, vocabulary::key(question.level),
             vocabulary::key(question.kind), question.minutes, question.referenceAnswer,
             question.anchorJunior, question.anchorMiddle, question.anchorSenior, question.archived,
             userEdited, timestamp, id});
    } else {
        id = value(QStringLiteral(R"(
            INSERT INTO questions (uuid, title, prompt, category_id, level, kind, minutes,
                                   reference_answer, anchor_junior, anchor_middle, anchor_senior,
                                   archived, user_edited, created_at, updated_at)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            RETURNING id)"),
                   {question.uuid, question.title, question.prompt, categoryId,
                    vocabulary::key(question.level), vocabulary::key(question.kind),
                    question.minutes, question.referenceAnswer, question.anchorJunior,
                    question.anchorMiddle, question.anchorSenior, question.archived, userEdited,
                    timestamp, timestamp})
                 .toLongLong();
    }
    writeChildren(id, question);
    Outbox::record(m_db, EntityKind::Question, id);
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
    Outbox::record(m_db, EntityKind::Question, id);
    transaction.commit();
}

void BankRepository::removeQuestion(qint64 id)
{
    Transaction transaction(m_db);
    // Its plan items go with it, so those plans change too.
    Outbox::recordPlansUsingQuestion(m_db, id);
    Outbox::record(m_db, EntityKind::Question, id, Outbox::Change::Deleted);
    QList<qint64> plans;
    {
        sql::Row row(m_db,
                     sql::exec(m_db,
                               QStringLiteral("SELECT DISTINCT plan_id FROM plan_items WHERE "
                                              "question_id = ?"),
                               {id}),
                     "plan_items");
        while (row.next())
            plans << row.id("plan_id");
    }
    searchindex::remove(m_db, id);
    sql::exec(m_db, QStringLiteral("DELETE FROM questions WHERE id = ?"), {id});
    // The plans' items numbered 0, 1, 2, … again, as a plan written whole has them (two
    // laptops then hold the same rows, not one with a gap).
    for (const qint64 plan : std::as_const(plans)) {
        QList<qint64> items;
        {
            sql::Row row(m_db,
                         sql::exec(m_db,
                                   QStringLiteral("SELECT id FROM plan_items WHERE plan_id = ? "
                                                  "ORDER BY position, id"),
                                   {plan}),
                         "plan_items");
            while (row.next())
                items << row.id("id");
        }
        for (int i = 0; i < items.size(); ++i)
            sql::exec(m_db, QStringLiteral("UPDATE plan_items SET position = ? WHERE id = ?"),
                      {i, items.at(i)});
    }
    transaction.commit();
}

qint64 BankRepository::applyQuestion(const Question &question)
{
    Transaction transaction(m_db);
    // Its category by uuid; else the one of its name, or a new one, taking the uuid.
    Category category;
    category.uuid = question.categoryUuid;
    category.name = question.category;
    const QVariant known =
        value(QStringLiteral("SELECT id FROM categories WHERE uuid = ?"), {question.categoryUuid});
    const qint64 categoryId =
        known.isValid() ? known.toLongLong() : m_categories.applyNew(category);
    const qint64 id = writeQuestion(question, true, categoryId);
    transaction.commit();
    return id;
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
