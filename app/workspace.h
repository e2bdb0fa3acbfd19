#pragma once

#include "storage/bankrepository.h"
#include "storage/interviewrepository.h"
#include "storage/planrepository.h"
#include "storage/database.h"
#include "storage/settingsstore.h"

#include <memory>

// What both the window and the command line work on: the open database, its
// repositories, and the shipped bank brought up to date on first use.
class Workspace
{
public:
    // Throws PanelistError when the database cannot be used.
    explicit Workspace(const QString &location);

    Database &database() { return *m_database; }
    BankRepository &bank() { return *m_bank; }
    PlanRepository &plans() { return *m_plans; }
    InterviewRepository &interviews() { return *m_interviews; }
    SettingsStore &settings() { return *m_settings; }

private:
    std::unique_ptr<Database> m_database;
    std::unique_ptr<BankRepository> m_bank;
    std::unique_ptr<PlanRepository> m_plans;
    std::unique_ptr<InterviewRepository> m_interviews;
    std::unique_ptr<SettingsStore> m_settings;
};
