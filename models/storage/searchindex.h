#pragma once

#include "domain/question.h"

#include <QList>
#include <QMetaType>
#include <QPair>
#include <QSqlDatabase>
#include <QString>
#include <optional>

// Finding questions: the full-text index (SQLite FTS5) and the filtered, sorted lists
// built on it. Everything engine-specific about search lives here; the bank
// repository calls it, inside its own transactions for the index upkeep.
namespace searchindex {

enum class Sort { Relevance, Title, Category, LastEdited };

struct Request
{
    QString text; // what the person typed, verbatim; empty lists everything
    std::optional<vocabulary::Level> level; // none: any
    QString category;                       // empty: any
    std::optional<vocabulary::Kind> kind;   // none: any
    QString tag;                            // empty: any
    bool includeArchived = false;
    bool archivedOnly = false;
    Sort sort = Sort::Relevance; // without text, relevance means bank order
    int limit = 200;
    int offset = 0;
};

// How many questions of a search fall in each value of one facet (category, level,
// kind, tag), counting with every other filter of the request applied.
struct Facets
{
    QList<QPair<QString, int>> categories;       // in bank order
    QList<QPair<vocabulary::Level, int>> levels; // in vocabulary order
    QList<QPair<vocabulary::Kind, int>> kinds;   // by key
    QList<QPair<QString, int>> tags;             // most used first
};

// Up to this many matches every one is ranked by relevance (bm25), title and tag hits
// weighing most. A broader search (a first letter, a word most questions use) lists its
// matches in index order instead, so it stays instant on a large bank.
constexpr int kRankedMatches = 1000;

// Turns free text into a safe FTS5 expression: every word becomes a quoted prefix
// term and all of them must match. Operators, quotes and stray punctuation typed by
// a person are treated as text. Only the first limits::kQueryLength characters are read,
// a word repeated (or the beginning of another word) counts once, and at most
// limits::kQueryTerms words are kept, so no text typed or pasted makes one search do
// unbounded work. Returns an empty string when nothing is searchable.
QString matchExpression(const QString &text);

// One page of matches, in the requested order.
QList<QuestionSummary> search(const QSqlDatabase &db, const Request &request);
Facets facets(const QSqlDatabase &db, const Request &request, int maxTags = 40);

// When a search finds nothing: the same text with each word the index does not know
// (not even as the beginning of an indexed word) replaced by the indexed word nearest to
// it, within kSuggestionDistance edits (a letter added, removed, changed, or two
// swapped), the word in most questions first. Empty when every word is known, a word has
// no such neighbour, or the corrected text would find nothing either. The words come from
// the index's own vocabulary (an fts5vocab table over it).
constexpr int kSuggestionDistance = 2;
QString suggestion(const QSqlDatabase &db, const QString &text);

// Rewrites the index row of one question from the tables (call inside the write's
// transaction), or removes it. While a Deferral lives on the connection, both only note
// the question for Deferral::flush().
void update(const QSqlDatabase &db, qint64 questionId);
void remove(const QSqlDatabase &db, qint64 questionId);

// A batch of thousands of question writes in one transaction (a team's first join):
// FTS5 writes out its pending rows at every statement of a transaction that touched it,
// so writing each question's row as it goes leaves one tiny index segment per question.
// While one lives, update() and remove() on `db` (this thread) note the question, and
// flush() rewrites the rows of every noted question from the tables in four statements
// (none for a question that is gone). Call flush() inside the transaction, before its
// commit; a Deferral dropped without it forgets what it noted (its transaction is rolling
// back). Searches on the connection meanwhile see the index as it was. Nests: an inner
// one's flush() leaves the rows to the outer one.
class Deferral
{
public:
    explicit Deferral(const QSqlDatabase &db);
    ~Deferral();
    Deferral(const Deferral &) = delete;
    Deferral &operator=(const Deferral &) = delete;
    void flush();

private:
    QSqlDatabase m_db;
    bool m_outer = false;
};

} // namespace searchindex

Q_DECLARE_METATYPE(searchindex::Request)
Q_DECLARE_METATYPE(searchindex::Facets)
