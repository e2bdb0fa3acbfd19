#include "searchindex.h"

#include "sql.h"

namespace searchindex {

namespace {

bool isWordCharacter(QChar c)
{
    // Mirrors FTS5's unicode61 tokenizer: letters, digits and combining marks.
    return c.isLetterOrNumber() || c.isMark();
}

QString joinedChildren(const QSqlDatabase &db, const QString &statement, qint64 questionId)
{
    QSqlQuery query = sql::exec(db, statement, {questionId});
    QStringList parts;
    while (query.next())
        parts << query.value(0).toString();
    return parts.join(QLatin1Char('\n'));
}

} // namespace

QString matchExpression(const QString &text)
{
    QStringList terms;
    QString word;
    auto flush = [&] {
        if (!word.isEmpty())
            terms << QLatin1Char('"') + word + QStringLiteral("\"*");
        word.clear();
    };
    for (const QChar c : text) {
        if (isWordCharacter(c))
            word += c;
        else
            flush();
    }
    flush();
    return terms.join(QLatin1Char(' '));
}

QList<QuestionSummary> search(const QSqlDatabase &db, const Request &request)
{
    QList<QuestionSummary> rows;
    const QString expression = matchExpression(request.text);
    if (expression.isEmpty())
        return rows;

    // Column weights: a hit in the title or tags says more than one deep in the answer.
    QSqlQuery query = sql::exec(db, QStringLiteral(R"(
        SELECT q.id, q.uuid, q.title, COALESCE(c.name, ''), q.level, q.kind, q.minutes, q.archived
          FROM question_search
          JOIN questions q ON q.id = question_search.rowid
          LEFT JOIN categories c ON c.id = q.category_id
         WHERE question_search MATCH ?
           AND (? OR q.archived = 0)
           AND (? = '' OR q.level = ?)
           AND (? = '' OR c.name = ?)
           AND (? = '' OR q.kind = ?)
         ORDER BY bm25(question_search, 8.0, 2.0, 1.0, 2.0, 6.0), q.id
         LIMIT ? OFFSET ?)"),
                                {expression, request.includeArchived, request.level, request.level,
                                 request.category, request.category, request.kind, request.kind,
                                 request.limit, request.offset});
    while (query.next()) {
        rows.append({query.value(0).toLongLong(), query.value(1).toString(),
                     query.value(2).toString(), query.value(3).toString(),
                     query.value(4).toString(), query.value(5).toString(), query.value(6).toInt(),
                     query.value(7).toBool()});
    }
    return rows;
}

void update(const QSqlDatabase &db, qint64 questionId)
{
    remove(db, questionId);
    const QString followUps = joinedChildren(
        db,
        QStringLiteral(
            "SELECT text FROM question_follow_ups WHERE question_id = ? ORDER BY position"),
        questionId);
    const QString tags = joinedChildren(
        db, QStringLiteral("SELECT tag FROM question_tags WHERE question_id = ? ORDER BY position"),
        questionId);
    sql::exec(db, QStringLiteral(R"(
        INSERT INTO question_search (rowid, title, prompt, reference_answer, follow_ups, tags)
        SELECT id, title, prompt, reference_answer, ?, ? FROM questions WHERE id = ?)"),
              {followUps, tags, questionId});
}

void remove(const QSqlDatabase &db, qint64 questionId)
{
    sql::exec(db, QStringLiteral("DELETE FROM question_search WHERE rowid = ?"), {questionId});
}

} // namespace searchindex
