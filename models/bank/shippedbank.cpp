#include "shippedbank.h"

#include "exchange/bankjson.h"
#include "storage/errors.h"
#include "storage/searchindex.h"
#include "storage/sql.h"
#include "storage/transaction.h"

#include <QDateTime>
#include <QFile>
#include <QSet>

namespace shippedbank {

namespace {
const QString kVersionKey = QStringLiteral("shipped_bank_version");
const QString kResource = QStringLiteral(":/bank/python-senior.json");
// Shipped questions this bank no longer carries, untouched by the user: removed, or
// archived when a plan uses them. Their shipped_questions row stays, so a later bank
// never brings them back.
void retire(const QSqlDatabase &db, const BankDocument &bank, Result &result)
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
    QSqlQuery rows = sql::exec(db, QStringLiteral(R"(
        SELECT q.id, q.uuid, EXISTS (SELECT 1 FROM plan_items p WHERE p.question_id = q.id)
          FROM shipped_questions s JOIN questions q ON q.uuid = s.uuid
         WHERE q.user_edited = 0 AND q.archived = 0)"));
    while (rows.next()) {
        if (!current.contains(rows.value(1).toString()))
            retired.append({rows.value(0).toLongLong(), rows.value(2).toBool()});
    }
    for (const Retired &question : std::as_const(retired)) {
        if (question.inPlan) {
            sql::exec(
                db,
                QStringLiteral("UPDATE questions SET archived = 1, updated_at = ? WHERE id = ?"),
                {QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs), question.id});
            ++result.archived;
        } else {
            searchindex::remove(db, question.id);
            sql::exec(db, QStringLiteral("DELETE FROM questions WHERE id = ?"), {question.id});
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
    retire(db, bank, result);
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
