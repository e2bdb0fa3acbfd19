#pragma once

#include "domain/question.h"
#include "storage/categoryrepository.h"
#include "storage/searchindex.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QSqlDatabase>
#include <functional>
#include <memory>
#include <optional>

class Database;
namespace sql {
class Statements;
}

// Owns the SQL of the question bank: categories, questions and their ordered parts.
// Every write is one transaction that also keeps the search index in step.
class BankRepository
{
    Q_DECLARE_TR_FUNCTIONS(BankRepository)

public:
    explicit BankRepository(Database &database);

    struct ImportResult
    {
        int added = 0;
        int updated = 0;
        int unchanged = 0;
    };

    QList<Category> categories() const { return m_categories.categories(); }
    CategoryRepository &categoryRepository() { return m_categories; }
    int questionCount(bool includeArchived = false) const;

    std::optional<Question> question(qint64 id) const;
    std::optional<Question> questionByUuid(const QString &uuid) const;
    // The questions of `ids` that are in the bank, by id (none for an id that is not).
    QHash<qint64, Question> questions(const QList<qint64> &ids) const;
    // Every question, archived ones included, in a stable order (category, title, uuid).
    QList<Question> allQuestions() const;
    // A page of questions matching `request` (all of them when its text is empty).
    QList<QuestionSummary> search(const searchindex::Request &request) const;
    searchindex::Facets facets(const searchindex::Request &request) const;
    // The search text corrected to the nearest indexed words (searchindex::suggestion).
    QString suggestion(const QString &text) const;

    // User edits: the question is marked as edited so a bank upgrade leaves it alone.
    qint64 addQuestion(Question question);
    void updateQuestion(const Question &question);
    void setArchived(qint64 id, bool archived);
    void removeQuestion(qint64 id);

    // Writes the team's `question` (by uuid, added when missing), with its category by
    // categoryUuid (the one of its name takes that uuid, or one is added). Returns its id.
    qint64 applyQuestion(const Question &question);

    // A batch of applyQuestion() and removeQuestion() calls inside one transaction (a
    // pulled batch of a team's changes): while one lives, the question writes reuse their
    // prepared statements and the search index rows wait for finish(), which writes them
    // all at once (searchindex::Deferral). The same rules and rows as one call at a time.
    // Call finish() before the transaction commits.
    class Batch
    {
    public:
        explicit Batch(BankRepository &bank);
        ~Batch();
        Batch(const Batch &) = delete;
        Batch &operator=(const Batch &) = delete;
        void finish();

    private:
        BankRepository &m_bank;
        searchindex::Deferral m_index;
    };

    // Called after each imported question; returning false cancels the import.
    using Progress = std::function<bool(int done, int total)>;
    // Asked every so often while the categories are written, before the first question;
    // returning true cancels the import.
    using Cancelled = std::function<bool()>;

    // Writes categories and questions in one transaction: a uuid already present is
    // updated in place, others are added. All or nothing: a failure or a cancel
    // (PanelistError) leaves the database as it was.
    ImportResult importQuestions(const QList<Category> &categories,
                                 const QList<Question> &questions, const Progress &progress = {},
                                 const Cancelled &cancelled = {});

    // Used by the shipped-bank installer, inside its own transaction.
    QSqlDatabase connection() const { return m_db; }
    qint64 writeQuestion(const Question &question, bool userEdited);
    // Adds `question` unless its uuid is already in the bank, where it stays as it is;
    // returns the id either way and sets `added`. Runs inside the caller's transaction
    // (a plan import), opening none of its own.
    qint64 addQuestionIfMissing(const Question &question, bool &added);
    qint64 ensureCategory(const QString &name) { return m_categories.ensure(name); }

private:
    // The questions `where` selects (a condition on "q", the questions table, with
    // `values` bound; empty for all) with their tags, follow-ups and criteria, in bank
    // order. Four queries however many questions match.
    QList<Question> readQuestions(const QString &where, const QVariantList &values) const;
    qint64 writeQuestion(const Question &question, bool userEdited, const QVariant &categoryId);
    void writeChildren(qint64 id, const Question &question);
    void replaceChildren(const QString &table, const QString &column, qint64 id,
                         const QStringList &values);
    // A statement of the write path: through the batch's prepared statements while a
    // Batch lives, else sql::exec / sql::scalar.
    void run(const QString &statement, const QVariantList &values);
    QVariant value(const QString &statement, const QVariantList &values);

    QSqlDatabase m_db;
    std::shared_ptr<sql::Statements> m_statements; // while a Batch lives
    CategoryRepository m_categories;
};
