#include "storage/shippedbank.h"

#include "domain/errors.h"
#include "formats/bankjson.h"
#include "storage/row.h"
#include "storage/sql.h"
#include "storage/transaction.h"

#include <QFile>
#include <QSet>

namespace shippedbank {

namespace {
const QString kVersionKey = QStringLiteral("shipped_bank_version");
const QString kResource = QStringLiteral(":/bank/python-senior.json");

// Shipped questions this bank no longer carries, untouched by the user: removed, or
// archived when a plan uses them. Their shipped_questions row stays, so a later bank
// never brings them back. Through the repository, so the search index and a team's
// outbox follow.
void retire(BankRepository &repository, const BankDocument &bank, Result &result)
{
    QSet<QString> current;
    for (const Question &question : bank.questions)
        current.insert(question.uuid);
    struct Retired
    {
        qint64 id;
        bool inPlan;
    };
    QList<Retired> retired;
    const QSqlDatabase db = repository.connection();
    sql::Row row(db, sql::exec(db, QStringLiteral(R"(
        SELECT q.id AS id, q.uuid AS uuid,
               EXISTS (SELECT 1 FROM plan_items p WHERE p.question_id = q.id) AS in_plan
          FROM shipped_questions s JOIN questions q ON q.uuid = s.uuid
         WHERE q.user_edited = 0 AND q.archived = 0)")),
                 "questions");
    while (row.next()) {
        if (!current.contains(row.text("uuid")))
            retired.append({row.id("id"), row.flag("in_plan")});
    }
    for (const Retired &question : std::as_const(retired)) {
        if (question.inPlan) {
            repository.setArchived(question.id, true);
            ++result.archived;
        } else {
            repository.removeQuestion(question.id);
            ++result.removed;
        }
    }
}
} // namespace

int shippedVersion()
{
    return PANELIST_SHIPPED_BANK_VERSION;
}

BankDocument load()
{
    QFile file(kResource);
    if (!file.open(QIODevice::ReadOnly))
        throw PanelistError(
            QStringLiteral("The shipped question bank is missing from this build."));
    return bankjson::read(file.readAll(), kResource);
}

int installedVersion(const BankRepository &repository)
{
    return sql::scalar(repository.connection(),
                       QStringLiteral("SELECT value FROM settings WHERE key = ?"), {kVersionKey}, 0)
        .toInt();
}

Result install(BankRepository &repository, const BankDocument &bank)
{
    Result result;
    if (installedVersion(repository) >= bank.bankVersion) {
        result.skipped = true;
        return result;
    }
    const QSqlDatabase db = repository.connection();
    Transaction transaction(db);
    for (const Category &category : bank.categories)
        repository.ensureCategory(category.name);
    for (const Question &shipped : bank.questions) {
        const bool seenBefore =
            sql::scalar(db, QStringLiteral("SELECT 1 FROM shipped_questions WHERE uuid = ?"),
                        {shipped.uuid})
                .isValid();
        const QVariant edited = sql::scalar(
            db, QStringLiteral("SELECT user_edited FROM questions WHERE uuid = ?"), {shipped.uuid});
        if (!seenBefore && !edited.isValid()) {
            repository.writeQuestion(shipped, false);
            ++result.added;
        } else if (seenBefore && edited.isValid() && !edited.toBool()) {
            // Untouched since we shipped it: take the new wording.
            const std::optional<Question> current = repository.questionByUuid(shipped.uuid);
            if (current && !current->sameContent(shipped)) {
                repository.writeQuestion(shipped, false);
                ++result.updated;
            }
        }
        // Otherwise the user deleted it, edited it, or imported their own copy: leave it.
        sql::exec(db, QStringLiteral(R"(
            INSERT INTO shipped_questions (uuid, bank_version) VALUES (?, ?)
            ON CONFLICT (uuid) DO UPDATE SET bank_version = excluded.bank_version)"),
                  {shipped.uuid, bank.bankVersion});
    }
    retire(repository, bank, result);
    sql::exec(db, QStringLiteral(R"(
        INSERT INTO settings (key, value) VALUES (?, ?)
        ON CONFLICT (key) DO UPDATE SET value = excluded.value)"),
              {kVersionKey, QString::number(bank.bankVersion)});
    transaction.commit();
    return result;
}

Result installIfNewer(BankRepository &repository)
{
    if (installedVersion(repository) >= shippedVersion())
        return {0, 0, true, 0, 0};
    return install(repository, load());
}

} // namespace shippedbank
