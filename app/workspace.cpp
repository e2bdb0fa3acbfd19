#include "workspace.h"

#include "storage/shippedbank.h"
#include "storage/shippedplans.h"

Workspace::Workspace(const QString &location)
    : m_database(std::make_unique<Database>(location))
    , m_bank(std::make_unique<BankRepository>(*m_database))
    , m_plans(std::make_unique<PlanRepository>(*m_database))
    , m_interviews(std::make_unique<InterviewRepository>(*m_database))
    , m_settings(std::make_unique<SettingsStore>(*m_database))
{
    // One settings lookup each unless this build ships a newer bank or newer templates;
    // the templates draw on the bank, so the bank comes first.
    shippedbank::installIfNewer(*m_bank);
    shippedplans::installIfNewer(*m_plans, *m_bank, *m_settings);
}
