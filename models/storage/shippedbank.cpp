#include "storage/shippedbank.h"

#include "formats/bankjson.h"
#include "domain/errors.h"
#include "storage/sql.h"
#include "storage/transaction.h"

#include <QFile>

namespace shippedbank {

namespace {
const QString kVersionKey = QStringLiteral("shipped_bank_version");
const QString kResource = QStringLiteral(":/bank/python-senior.json");
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
        return {0, 0, true};
    return install(repository, load());
}

} // namespace shippedbank
