#include "support/testworkspace.h"

#include <QFile>
#include <QFileInfo>

TestWorkspace::TestWorkspace(const QString &name)
    : TestWorkspace(name, QString())
{}

TestWorkspace::TestWorkspace(const QString &name, const QString &copyOf)
    : m_location(m_dir.filePath(name))
{
    if (!m_dir.isValid())
        qFatal("TestWorkspace: cannot create a temporary folder: %s",
               qPrintable(m_dir.errorString()));
    if (!copyOf.isEmpty()) {
        if (!QFile::copy(copyOf, m_location))
            qFatal("TestWorkspace: cannot copy %s to %s", qPrintable(copyOf),
                   qPrintable(m_location));
        // A checkout may be read-only; the copy is ours to upgrade.
        QFile::setPermissions(m_location, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    }
    open();
}

std::unique_ptr<TestWorkspace> TestWorkspace::openCopy(const QString &source)
{
    return std::unique_ptr<TestWorkspace>(new TestWorkspace(QFileInfo(source).fileName(), source));
}

TestWorkspace::~TestWorkspace()
{
    close();
}

void TestWorkspace::open()
{
    if (m_database)
        return;
    m_database = std::make_unique<Database>(m_location);
    m_bank = std::make_unique<BankRepository>(*m_database);
    m_plans = std::make_unique<PlanRepository>(*m_database);
    m_interviews = std::make_unique<InterviewRepository>(*m_database);
    m_settings = std::make_unique<SettingsStore>(*m_database);
}

void TestWorkspace::close()
{
    m_settings.reset();
    m_interviews.reset();
    m_plans.reset();
    m_bank.reset();
    m_database.reset();
}

void TestWorkspace::reopen()
{
    close();
    open();
}
