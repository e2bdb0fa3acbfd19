#include "searchindex.h"

#include "sql.h"

namespace searchindex {

namespace {

// The statements below are assembled only from these constant fragments; every value
// a person typed is a bound parameter.
const QString kFromText =
    QStringLiteral(" FROM question_search JOIN questions q ON q.id = question_search.rowid"
                   " LEFT JOIN categories c ON c.id = q.category_id");
const QString kFromAll =
    QStringLiteral(" FROM questions q LEFT JOIN categories c ON c.id = q.category_id");
const QString kWhereText = QStringLiteral(" WHERE question_search MATCH ? AND");
const QString kWhereAll = QStringLiteral(" WHERE");
const QString kFilters = QStringLiteral(
    " (CASE WHEN ? THEN q.archived = 1 WHEN ? THEN 1 ELSE q.archived = 0 END)"
    " AND (? = '' OR q.level = ?) AND (? = '' OR c.name = ?) AND (? = '' OR q.kind = ?)"
    " AND (? = '' OR EXISTS (SELECT 1 FROM question_tags qt"
    "                         WHERE qt.question_id = q.id AND qt.tag = ?))");
// Column weights: a hit in the title or tags says more than one deep in the answer.
const QString kRank = QStringLiteral("bm25(question_search, 8.0, 2.0, 1.0, 2.0, 6.0)");

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

// The FROM … WHERE … part for `request`, and its bound values.
struct Scope
{
    QString clause;
    QVariantList values;
};

Scope scopeOf(const Request &request, const QString &expression, const QString &extraJoin = {})
{
    Scope scope;
    const bool text = !expression.isEmpty();
    scope.clause =
        (text ? kFromText : kFromAll) + extraJoin + (text ? kWhereText : kWhereAll) + kFilters;
    if (text)
        scope.values << expression;
    scope.values << request.archivedOnly << request.includeArchived << request.level
                 << request.level << request.category << request.category << request.kind
                 << request.kind << request.tag << request.tag;
    return scope;
}

QString orderBy(Sort sort, bool text)
{
    switch (sort) {
    case Sort::Title:
        return QStringLiteral(" ORDER BY q.title COLLATE NOCASE, q.id");
    case Sort::LastEdited:
        return QStringLiteral(" ORDER BY q.updated_at DESC, q.id");
    case Sort::Category:
        return QStringLiteral(" ORDER BY c.position, q.title COLLATE NOCASE, q.id");
    case Sort::Relevance:
        break;
    }
    return text ? QStringLiteral(" ORDER BY ") + kRank + QStringLiteral(", q.id")
                : QStringLiteral(" ORDER BY c.position, q.title COLLATE NOCASE, q.id");
}

QList<QPair<QString, int>> countBy(const QSqlDatabase &db, const QString &value,
                                   const QString &order, const Scope &scope, int limit = -1)
{
    QVariantList values = scope.values;
    values << limit;
    QSqlQuery query =
        sql::exec(db,
                  QStringLiteral("SELECT ") + value + QStringLiteral(" AS facet, COUNT(*) AS n") +
                      scope.clause + QStringLiteral(" GROUP BY facet ORDER BY ") + order +
                      QStringLiteral(" LIMIT ?"),
                  values);
    QList<QPair<QString, int>> result;
    while (query.next())
        result.append({query.value(0).toString(), query.value(1).toInt()});
    return result;
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
    if (expression.isEmpty() && !request.text.trimmed().isEmpty())
        return rows; // only punctuation: nothing can match it
    const Scope scope = scopeOf(request, expression);
    QVariantList values = scope.values;
    values << request.limit << request.offset;
    QSqlQuery query = sql::exec(
        db,
        QStringLiteral("SELECT q.id, q.uuid, q.title, COALESCE(c.name, ''), q.level, q.kind, "
                       "q.minutes, q.archived") +
            scope.clause + orderBy(request.sort, !expression.isEmpty()) +
            QStringLiteral(" LIMIT ? OFFSET ?"),
        values);
    while (query.next()) {
        rows.append({query.value(0).toLongLong(), query.value(1).toString(),
                     query.value(2).toString(), query.value(3).toString(),
                     query.value(4).toString(), query.value(5).toString(), query.value(6).toInt(),
                     query.value(7).toBool()});
    }
    return rows;
}

Facets facets(const QSqlDatabase &db, const Request &request, int maxTags)
{
    Facets result;
    const QString expression = matchExpression(request.text);
    if (expression.isEmpty() && !request.text.trimmed().isEmpty())
        return result;
    // Each facet counts with its own filter lifted, so its other values stay visible.
    Request without = request;
    without.category.clear();
    result.categories =
        countBy(db, QStringLiteral("COALESCE(c.name, '')"),
                QStringLiteral("MIN(c.position), facet"), scopeOf(without, expression));
    without = request;
    without.level.clear();
    result.levels = countBy(db, QStringLiteral("q.level"),
                            QStringLiteral("CASE facet WHEN 'junior' THEN 0 WHEN 'middle' THEN 1 "
                                           "ELSE 2 END"),
                            scopeOf(without, expression));
    without = request;
    without.kind.clear();
    result.kinds = countBy(db, QStringLiteral("q.kind"), QStringLiteral("facet"),
                           scopeOf(without, expression));
    without = request;
    without.tag.clear();
    result.tags = countBy(db, QStringLiteral("t.tag"), QStringLiteral("n DESC, facet"),
                          scopeOf(without, expression,
                                  QStringLiteral(" JOIN question_tags t ON t.question_id = q.id")),
                          maxTags);
    return result;
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
