#include "storage/searchindex.h"

#include "domain/limits.h"
#include "storage/row.h"
#include "storage/sql.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <algorithm>
#include <cstdlib>

namespace searchindex {

namespace {

// The statements below are assembled only from these constant fragments; every value
// a person typed is a bound parameter.
const QString kColumns =
    QStringLiteral("SELECT q.id, q.uuid, q.title, c.name AS category, q.level, q.kind, q.minutes, "
                   "q.archived");
const QString kFromText =
    QStringLiteral(" FROM question_search JOIN questions q ON q.id = question_search.rowid"
                   " JOIN categories c ON c.id = q.category_id");
const QString kFromAll =
    QStringLiteral(" FROM categories c JOIN questions q ON q.category_id = c.id");
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

// The one column of `statement` ("text" or "tag"), every row of it joined by newlines.
QString joinedChildren(const QSqlDatabase &db, const QString &statement, const char *column,
                       qint64 questionId)
{
    sql::Row row(db, sql::exec(db, statement, {questionId}), "questions");
    QStringList parts;
    while (row.next())
        parts << row.text(column);
    return parts.join(QLatin1Char('\n'));
}

// The FROM … WHERE … part for `request`, and its bound values.
struct Scope
{
    QString clause;
    QVariantList values;
};

QVariantList filterValues(const Request &request)
{
    // Each filter binds its value twice: "(? = '' OR q.level = ?)", empty for any.
    const QString level = request.level ? vocabulary::key(*request.level) : QString();
    const QString kind = request.kind ? vocabulary::key(*request.kind) : QString();
    return {request.archivedOnly,
            request.includeArchived,
            level,
            level,
            request.category,
            request.category,
            kind,
            kind,
            request.tag,
            request.tag};
}

Scope scopeOf(const Request &request, const QString &expression, const QString &extraJoin = {})
{
    Scope scope;
    const bool text = !expression.isEmpty();
    scope.clause =
        (text ? kFromText : kFromAll) + extraJoin + (text ? kWhereText : kWhereAll) + kFilters;
    if (text)
        scope.values << expression;
    scope.values << filterValues(request);
    return scope;
}

QString orderBy(Sort sort)
{
    switch (sort) {
    case Sort::Title:
        return QStringLiteral(" ORDER BY q.title COLLATE NOCASE, q.id");
    case Sort::LastEdited:
        return QStringLiteral(" ORDER BY q.updated_at DESC, q.id");
    case Sort::Category:
    case Sort::Relevance:
        break;
    }
    return QStringLiteral(" ORDER BY c.position, q.title COLLATE NOCASE, q.id");
}

QList<QuestionSummary> readRows(sql::Row &row)
{
    QList<QuestionSummary> rows;
    while (row.next()) {
        QuestionSummary summary;
        summary.id = row.id("id");
        summary.uuid = row.text("uuid");
        summary.title = row.text("title");
        summary.category = row.text("category");
        summary.level = row.level("level");
        summary.kind = row.kind("kind");
        summary.minutes = row.integer("minutes");
        summary.archived = row.flag("archived");
        rows.append(summary);
    }
    return rows;
}

QList<QuestionSummary> page(const QSqlDatabase &db, const QString &statement, QVariantList values,
                            int limit, int offset)
{
    values << limit << offset;
    sql::Row row(db, sql::exec(db, statement + QStringLiteral(" LIMIT ? OFFSET ?"), values),
                 "questions");
    return readRows(row);
}

// The matches to show first. Up to kRankedMatches they are all of them, best first
// (bm25). Beyond that, ranking would cost more than a keystroke may take — bm25 weighs
// every term against the whole index — so the first kRankedMatches in index order stand
// in for them, and the rest follow.
struct Sample
{
    QList<qint64> ids;
    qint64 lastId = 0;     // highest id read
    bool complete = false; // every match is in the sample
};

Sample sampleMatches(const QSqlDatabase &db, const QString &expression)
{
    Sample sample;
    sql::Row match(db,
                   sql::exec(db,
                             QStringLiteral("SELECT rowid AS id FROM question_search WHERE "
                                            "question_search MATCH ? ORDER BY rowid LIMIT ?"),
                             {expression, kRankedMatches + 1}),
                   "question_search");
    while (match.next())
        sample.ids << match.id("id");
    sample.complete = sample.ids.size() <= kRankedMatches;
    if (!sample.complete)
        sample.ids.removeLast();
    if (!sample.ids.isEmpty())
        sample.lastId = sample.ids.last();
    if (sample.complete && sample.ids.size() > 1) {
        sample.ids.clear();
        sql::Row ranked(db,
                        sql::exec(db,
                                  QStringLiteral("SELECT rowid AS id FROM question_search WHERE "
                                                 "question_search MATCH ? ORDER BY ") +
                                      kRank + QStringLiteral(", rowid"),
                                  {expression}),
                        "question_search");
        while (ranked.next())
            sample.ids << ranked.id("id");
    }
    return sample;
}

// Rows for `ids` in their given order, with the request's filters applied.
QList<QuestionSummary> rowsInOrder(const QSqlDatabase &db, const Request &request,
                                   const QList<qint64> &ids, int limit, int offset)
{
    QJsonArray array;
    for (qint64 id : ids)
        array.append(id);
    const QString json = QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact));
    return page(db,
                kColumns +
                    QStringLiteral(" FROM json_each(?) j JOIN questions q ON q.id = j.value"
                                   " JOIN categories c ON c.id = q.category_id WHERE") +
                    kFilters + QStringLiteral(" ORDER BY j.key"),
                QVariantList{json} + filterValues(request), limit, offset);
}

// Relevance order: the sample first, then (for a broad search) the other matches.
QList<QuestionSummary> relevancePage(const QSqlDatabase &db, const Request &request,
                                     const QString &expression)
{
    const Sample sample = sampleMatches(db, expression);
    QList<QuestionSummary> rows =
        rowsInOrder(db, request, sample.ids, request.limit, request.offset);
    if (sample.complete || rows.size() >= request.limit)
        return rows;
    // Past the ranked part: how many ranked rows passed the filters decides the offset.
    int ranked = request.offset + static_cast<int>(rows.size());
    if (rows.isEmpty() && request.offset > 0)
        ranked = static_cast<int>(rowsInOrder(db, request, sample.ids, kRankedMatches, 0).size());
    rows +=
        page(db,
             kColumns + kFromText + kWhereText + QStringLiteral(" question_search.rowid > ? AND") +
                 kFilters + QStringLiteral(" ORDER BY question_search.rowid"),
             QVariantList{expression, sample.lastId} + filterValues(request),
             request.limit - static_cast<int>(rows.size()), std::max(0, request.offset - ranked));
    return rows;
}

QList<QPair<QString, int>> countBy(const QSqlDatabase &db, const QString &value,
                                   const QString &order, const Scope &scope, int limit = -1)
{
    QVariantList values = scope.values;
    values << limit;
    sql::Row row(db,
                 sql::exec(db,
                           QStringLiteral("SELECT ") + value +
                               QStringLiteral(" AS facet, COUNT(*) AS n") + scope.clause +
                               QStringLiteral(" GROUP BY facet ORDER BY ") + order +
                               QStringLiteral(" LIMIT ?"),
                           values),
                 "questions");
    QList<QPair<QString, int>> result;
    while (row.next())
        result.append({row.text("facet"), row.integer("n")});
    return result;
}

} // namespace

// The words of what was typed. Only the first kQueryLength characters count (a word cut
// there still matches by its beginning).
QStringList wordsOf(const QString &text)
{
    QStringList words;
    QString word;
    for (const QChar c : QStringView(text).left(limits::kQueryLength)) {
        if (isWordCharacter(c)) {
            word += c;
        } else if (!word.isEmpty()) {
            words << word;
            word.clear();
        }
    }
    if (!word.isEmpty())
        words << word;
    return words;
}

QString matchExpression(const QString &text)
{
    const QStringList words = wordsOf(text);

    // Every word is a prefix term, so a word that begins another ("gen", "generator";
    // "GIL", "gil": FTS5 folds case) adds nothing: keep the first of the longest ones,
    // then at most kQueryTerms of them.
    QStringList folded;
    for (const QString &w : std::as_const(words))
        folded << w.toCaseFolded();
    QStringList terms;
    for (qsizetype i = 0; i < words.size() && terms.size() < limits::kQueryTerms; ++i) {
        bool covered = false;
        for (qsizetype j = 0; j < words.size() && !covered; ++j) {
            if (i == j || !folded.at(j).startsWith(folded.at(i)))
                continue;
            // Covered by a longer word, or by the same word earlier on.
            covered = folded.at(j).size() > folded.at(i).size() || j < i;
        }
        if (!covered)
            terms << QLatin1Char('"') + words.at(i) + QStringLiteral("\"*");
    }
    return terms.join(QLatin1Char(' '));
}

namespace {

// Edits from `a` to `b` (insert, delete, substitute, swap two neighbours), or more than
// `limit` as soon as that is certain.
int editDistance(const QString &a, const QString &b, int limit)
{
    if (std::abs(int(a.size()) - int(b.size())) > limit)
        return limit + 1;
    const int n = int(a.size());
    const int m = int(b.size());
    QList<int> before(m + 1), previous(m + 1), current(m + 1);
    for (int j = 0; j <= m; ++j)
        previous[j] = j;
    for (int i = 1; i <= n; ++i) {
        current[0] = i;
        int rowBest = current[0];
        for (int j = 1; j <= m; ++j) {
            const int cost = a.at(i - 1) == b.at(j - 1) ? 0 : 1;
            int value = std::min({previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost});
            if (i > 1 && j > 1 && a.at(i - 1) == b.at(j - 2) && a.at(i - 2) == b.at(j - 1))
                value = std::min(value, before[j - 2] + 1);
            current[j] = value;
            rowBest = std::min(rowBest, value);
        }
        if (rowBest > limit)
            return limit + 1;
        before = previous;
        previous = current;
    }
    return previous[m];
}

} // namespace

QString suggestion(const QSqlDatabase &db, const QString &text)
{
    const QStringList words = wordsOf(text);
    if (words.isEmpty() || words.size() > limits::kQueryTerms)
        return {};

    // The index's vocabulary, one row per indexed word with the questions holding it.
    sql::exec(db, QStringLiteral("CREATE VIRTUAL TABLE IF NOT EXISTS temp.question_search_vocab "
                                 "USING fts5vocab(main, question_search, row)"));
    bool changed = false;
    QStringList corrected;
    for (const QString &w : std::as_const(words)) {
        const QString folded = w.toCaseFolded();
        QSqlQuery known = sql::exec(
            db,
            QStringLiteral("SELECT 1 FROM temp.question_search_vocab WHERE term >= ? AND term < ? "
                           "LIMIT 1"),
            {folded, QString(folded + QChar(0xFFFF))});
        if (known.next()) {
            corrected << w;
            continue;
        }
        sql::Row candidate(
            db,
            sql::exec(db,
                      QStringLiteral("SELECT term, doc FROM temp.question_search_vocab "
                                     "WHERE length(term) BETWEEN ? AND ?"),
                      {int(folded.size()) - kSuggestionDistance,
                       int(folded.size()) + kSuggestionDistance}),
            "question_search_vocab");
        QString best;
        int bestDistance = kSuggestionDistance + 1;
        qint64 bestDocs = 0;
        while (candidate.next()) {
            const QString term = candidate.text("term");
            const int distance = editDistance(folded, term, kSuggestionDistance);
            if (distance > kSuggestionDistance)
                continue;
            const qint64 docs = candidate.id("doc");
            if (distance < bestDistance ||
                (distance == bestDistance &&
                 (docs > bestDocs || (docs == bestDocs && term < best)))) {
                best = term;
                bestDistance = distance;
                bestDocs = docs;
            }
        }
        if (best.isEmpty())
            return {};
        corrected << best;
        changed = true;
    }
    if (!changed)
        return {};
    const QString result = corrected.join(QLatin1Char(' '));
    Request check;
    check.text = result;
    check.includeArchived = true;
    check.limit = 1;
    return search(db, check).isEmpty() ? QString() : result;
}

QList<QuestionSummary> search(const QSqlDatabase &db, const Request &request)
{
    const QString expression = matchExpression(request.text);
    if (expression.isEmpty() && !request.text.trimmed().isEmpty())
        return {}; // only punctuation: nothing can match it
    if (expression.isEmpty()) {
        const Scope scope = scopeOf(request, expression);
        return page(db, kColumns + scope.clause + orderBy(request.sort), scope.values,
                    request.limit, request.offset);
    }
    if (request.sort != Sort::Relevance) {
        // Another order over the matches: the bank order's indexes, limited to matches.
        return page(db,
                    kColumns + kFromAll +
                        QStringLiteral(" WHERE q.id IN (SELECT rowid FROM question_search"
                                       " WHERE question_search MATCH ?) AND") +
                        kFilters + orderBy(request.sort),
                    QVariantList{expression} + filterValues(request), request.limit,
                    request.offset);
    }
    return relevancePage(db, request, expression);
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
        countBy(db, QStringLiteral("c.name"), QStringLiteral("MIN(c.position), facet"),
                scopeOf(without, expression));
    without = request;
    without.level.reset();
    for (const auto &[key, count] : countBy(db, QStringLiteral("q.level"), QStringLiteral("facet"),
                                            scopeOf(without, expression)))
        result.levels.append({sql::storedLevel(db, key, "questions.level"), count});
    // Counted per stored key; shown in the vocabulary's order.
    const QList<vocabulary::Level> order = vocabulary::levels();
    std::sort(result.levels.begin(), result.levels.end(), [&order](const auto &a, const auto &b) {
        return order.indexOf(a.first) < order.indexOf(b.first);
    });
    without = request;
    without.kind.reset();
    for (const auto &[key, count] : countBy(db, QStringLiteral("q.kind"), QStringLiteral("facet"),
                                            scopeOf(without, expression)))
        result.kinds.append({sql::storedKind(db, key, "questions.kind"), count});
    without = request;
    without.tag.clear();
    result.tags = countBy(db, QStringLiteral("t.tag"), QStringLiteral("n DESC, facet"),
                          scopeOf(without, expression,
                                  QStringLiteral(" JOIN question_tags t ON t.question_id = q.id")),
                          maxTags);
    return result;
}

namespace {

// The questions noted per connection while a Deferral lives (a connection belongs to one
// thread, so each thread keeps its own).
QHash<QString, QSet<qint64>> &deferred()
{
    thread_local QHash<QString, QSet<qint64>> noted;
    return noted;
}

QSet<qint64> *deferredFor(const QSqlDatabase &db)
{
    QHash<QString, QSet<qint64>> &all = deferred();
    const auto it = all.find(db.connectionName());
    return it == all.end() ? nullptr : &*it;
}

QString jsonIds(const QList<qint64> &ids)
{
    QJsonArray array;
    for (const qint64 id : ids)
        array.append(id);
    return QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact));
}

// Every question of `idsJson`'s lines of `table`.`column`, in position order, joined by
// newlines as update() joins them.
QHash<qint64, QString> joinedChildrenOf(const QSqlDatabase &db, const QString &idsJson,
                                        const char *table, const char *column)
{
    QHash<qint64, QStringList> lists;
    sql::Row row(db,
                 sql::exec(db,
                           QStringLiteral("SELECT question_id, ") + QLatin1String(column) +
                               QStringLiteral(" FROM ") + QLatin1String(table) +
                               QStringLiteral(" WHERE question_id IN (SELECT value FROM "
                                              "json_each(?)) ORDER BY question_id, position"),
                           {idsJson}),
                 table);
    while (row.next())
        lists[row.id("question_id")] << row.text(column);
    QHash<qint64, QString> joined;
    for (auto it = lists.cbegin(); it != lists.cend(); ++it)
        joined.insert(it.key(), it.value().join(QLatin1Char('\n')));
    return joined;
}

} // namespace

Deferral::Deferral(const QSqlDatabase &db)
    : m_db(db)
{
    QHash<QString, QSet<qint64>> &all = deferred();
    m_outer = !all.contains(m_db.connectionName());
    if (m_outer)
        all.insert(m_db.connectionName(), {});
}

Deferral::~Deferral()
{
    if (m_outer)
        deferred().remove(m_db.connectionName());
}

void Deferral::flush()
{
    if (!m_outer)
        return;
    QSet<qint64> *noted = deferredFor(m_db);
    if (!noted || noted->isEmpty())
        return;
    QList<qint64> ids(noted->cbegin(), noted->cend());
    std::sort(ids.begin(), ids.end());
    const QString idsJson = jsonIds(ids);
    const QHash<qint64, QString> followUps =
        joinedChildrenOf(m_db, idsJson, "question_follow_ups", "text");
    const QHash<qint64, QString> tags = joinedChildrenOf(m_db, idsJson, "question_tags", "tag");
    QJsonArray rows;
    for (const qint64 id : std::as_const(ids))
        rows.append(QJsonArray{id, followUps.value(id), tags.value(id)});
    sql::exec(m_db,
              QStringLiteral(
                  "DELETE FROM question_search WHERE rowid IN (SELECT value FROM json_each(?))"),
              {idsJson});
    sql::exec(m_db, QStringLiteral(R"(
        INSERT INTO question_search (rowid, title, prompt, reference_answer, follow_ups, tags)
        SELECT q.id, q.title, q.prompt, q.reference_answer, json_extract(j.value, '$[1]'),
               json_extract(j.value, '$[2]')
          FROM json_each(?) j JOIN questions q ON q.id = json_extract(j.value, '$[0]')
         ORDER BY q.id)"),
              {QString::fromUtf8(QJsonDocument(rows).toJson(QJsonDocument::Compact))});
    noted->clear();
}

void update(const QSqlDatabase &db, qint64 questionId)
{
    if (QSet<qint64> *noted = deferredFor(db)) {
        noted->insert(questionId);
        return;
    }
    remove(db, questionId);
    const QString followUps = joinedChildren(
        db,
        QStringLiteral(
            "SELECT text FROM question_follow_ups WHERE question_id = ? ORDER BY position"),
        "question_follow_ups.text", questionId);
    const QString tags = joinedChildren(
        db, QStringLiteral("SELECT tag FROM question_tags WHERE question_id = ? ORDER BY position"),
        "question_tags.tag", questionId);
    sql::exec(db, QStringLiteral(R"(
        INSERT INTO question_search (rowid, title, prompt, reference_answer, follow_ups, tags)
        SELECT id, title, prompt, reference_answer, ?, ? FROM questions WHERE id = ?)"),
              {followUps, tags, questionId});
}

void remove(const QSqlDatabase &db, qint64 questionId)
{
    if (QSet<qint64> *noted = deferredFor(db)) {
        noted->insert(questionId);
        return;
    }
    sql::exec(db, QStringLiteral("DELETE FROM question_search WHERE rowid = ?"), {questionId});
}

} // namespace searchindex
