#include "storage/settingsstore.h"

#include "storage/database.h"
#include "storage/sql.h"
#include "storage/transaction.h"

SettingsStore::SettingsStore(Database &database)
    : m_db(database.connection())
{}

QString SettingsStore::value(const QString &key, const QString &fallback) const
{
    const QVariant stored =
        sql::scalar(m_db, QStringLiteral("SELECT value FROM settings WHERE key = ?"), {key});
    return stored.isValid() ? stored.toString() : fallback;
}

void SettingsStore::setValue(const QString &key, const QString &value)
{
    Transaction transaction(m_db);
    sql::exec(m_db, QStringLiteral(R"(
        INSERT INTO settings (key, value) VALUES (?, ?)
        ON CONFLICT (key) DO UPDATE SET value = excluded.value)"),
              {key, value});
    transaction.commit();
}

void SettingsStore::remove(const QString &key)
{
    Transaction transaction(m_db);
    sql::exec(m_db, QStringLiteral("DELETE FROM settings WHERE key = ?"), {key});
    transaction.commit();
}
