#pragma once

#include "storage/bankrepository.h"
#include "storage/database.h"
#include "storage/interviewrepository.h"
#include "storage/planrepository.h"
#include "storage/settingsstore.h"
#include "support/testclock.h"

#include <QTemporaryDir>

#include <memory>

// What a storage or feature test works on: a fresh Panelist database (a real SQLite
// file) in a temporary folder of its own, the repositories over it as the app builds
// them, and a TestClock, so every time the core stamps is fixed until the test moves it.
// Make one per test function (init()) for a clean state, or one per test case.
class TestWorkspace
{
public:
    // Creates the database `name` in a new temporary folder.
    explicit TestWorkspace(const QString &name = QStringLiteral("panelist.sqlite"));
    // Opens a copy of the database file `source` (one kept in tests/data, say), and so
    // upgrades the copy as the app would; `source` itself is only read.
    static std::unique_ptr<TestWorkspace> openCopy(const QString &source);
    ~TestWorkspace();
    TestWorkspace(const TestWorkspace &) = delete;
    TestWorkspace &operator=(const TestWorkspace &) = delete;

    // The database file, and other files in its folder.
    QString location() const { return m_location; }
    QString path(const QString &name) const { return m_dir.filePath(name); }

    Database &database() { return *m_database; }
    QSqlDatabase connection() const { return m_database->connection(); }
    BankRepository &bank() { return *m_bank; }
    CategoryRepository &categories() { return m_bank->categoryRepository(); }
    PlanRepository &plans() { return *m_plans; }
    InterviewRepository &interviews() { return *m_interviews; }
    SettingsStore &settings() { return *m_settings; }
    TestClock &clock() { return m_clock; }

    // Closes the database, repositories first, as quitting the app does: the file is
    // then another process's alone. open() opens it again (a new process starting);
    // reopen() does both.
    void close();
    void open();
    void reopen();

private:
    TestWorkspace(const QString &name, const QString &copyOf);

    QTemporaryDir m_dir;
    QString m_location;
    TestClock m_clock;
    std::unique_ptr<Database> m_database;
    std::unique_ptr<BankRepository> m_bank;
    std::unique_ptr<PlanRepository> m_plans;
    std::unique_ptr<InterviewRepository> m_interviews;
    std::unique_ptr<SettingsStore> m_settings;
};
