#include "workspace.h"

#include "bank/shippedbank.h"

Workspace::Workspace(const QString &location)
    : m_database(std::make_unique<Database>(location))
    , m_bank(std::make_unique<BankRepository>(*m_database))
    , m_settings(std::make_unique<SettingsStore>(*m_database))
{
    // One settings lookup unless this build ships a newer bank.
    shippedbank::installIfNewer(*m_bank);
}
