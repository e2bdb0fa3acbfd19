#pragma once

#include <QSqlDatabase>
#include <QString>

class Database;

// Small named values kept in the database itself (the settings table): state that must
// travel with the data, such as the shipped bank's version or an unsaved editor draft.
class SettingsStore
{
public:
    explicit SettingsStore(Database &database);

    QString value(const QString &key, const QString &fallback = {}) const;
    void setValue(const QString &key, const QString &value);
    void remove(const QString &key);

private:
    QSqlDatabase m_db;
};
