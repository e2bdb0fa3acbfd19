#include "window.h"

#include "hiddenaccessible.h"
#include "language.h"
#include "offlinenetwork.h"
#include "sampledata.h"
#include "startup.h"
#include "workspace.h"

#include "domain/wallclock.h"
#include "storage/localsync.h"
#include "sync/syncengine.h"

#include <QQmlContext>
#include <QQuickStyle>
#include <QQuickWindow>

Window::Window(Workspace &workspace)
    : m_bank(std::make_unique<QuestionBank>(workspace.bank(), workspace.settings(),
                                            workspace.database().location()))
    , m_plans(std::make_unique<PlanBook>(workspace.plans()))
    , m_interviews(std::make_unique<InterviewDesk>(workspace.interviews(), workspace.plans(),
                                                   workspace.bank(), workspace.settings(),
                                                   workspace.database().location()))
    , m_debriefs(std::make_unique<DebriefDesk>(workspace.database()))
    , m_candidates(std::make_unique<CandidateDesk>(*m_interviews, workspace.database()))
    , m_databaseFile(std::make_unique<DatabaseFile>(workspace.database()))
{
    DatabaseFile::setInstance(m_databaseFile.get());
    QuestionBank::setInstance(m_bank.get());
    // A save over a teammate's edit pulled meanwhile keeps both (a conflict).
    m_bank->editor()->setDatabase(&workspace.database());
    PlanBook::setInstance(m_plans.get());
    InterviewDesk::setInstance(m_interviews.get());
    DebriefDesk::setInstance(m_debriefs.get());
    CandidateDesk::setInstance(m_candidates.get());
    // In a team: the sync engine on its own thread and connections; the window never
    // waits for it.
    if (LocalSync(workspace.database()).team())
        m_sync = std::make_unique<SyncEngine>(workspace.database().location());
    // After a join from Settings: the engine starts then and picks up the link.
    const QString location = workspace.database().location();
    m_team = std::make_unique<TeamStatus>(workspace.database(), m_sync.get(), [this, location] {
        m_sync = std::make_unique<SyncEngine>(location);
        return m_sync.get();
    });
    TeamStatus::setInstance(m_team.get());
    // A join's download, a teammate's change pulled by the engine and a resolved conflict
    // change the data under the views.
    QObject::connect(m_team.get(), &TeamStatus::localDataChanged, m_bank.get(),
                     &QuestionBank::reload);
    QObject::connect(m_team.get(), &TeamStatus::localDataChanged, m_plans.get(), &PlanBook::reload);
    QObject::connect(m_team.get(), &TeamStatus::localDataChanged, m_interviews.get(),
                     &InterviewDesk::reload);
    QObject::connect(m_team.get(), &TeamStatus::localDataChanged, m_debriefs.get(),
                     &DebriefDesk::reload);
    // A decision sets the candidate's status: the history shows it.
    QObject::connect(m_debriefs.get(), &DebriefDesk::decided, m_interviews.get(),
                     &InterviewDesk::reload);
    QObject::connect(m_debriefs.get(), &DebriefDesk::decided, m_candidates.get(),
                     &CandidateDesk::reload);
    QObject::connect(m_team.get(), &TeamStatus::localDataChanged, m_candidates.get(),
                     &CandidateDesk::reload);
    // Plans show titles from the bank and lose questions deleted from it.
    QObject::connect(m_bank.get(), &QuestionBank::bankChanged, m_plans.get(), &PlanBook::reload);
    // Another language in Settings: the models hand out their words (levels, kinds,
    // statuses, dates) again, in that language.
    if (Language *language = Language::instance()) {
        QObject *context = m_databaseFile.get();
        QObject::connect(language, &Language::languageChanged, context, [this] {
            m_bank->reload();
            m_plans->reload();
            m_interviews->reload();
            m_debriefs->reload();
            m_candidates->reload();
            emit m_team->statusChanged();
        });
    }
    // The welcome's "Load the demo data": what `panelist demo` adds, then the views re-read.
    m_welcome = std::make_unique<Welcome>(location, [&workspace] {
        const sampledata::Added added = sampledata::add(workspace);
        Welcome::DemoOutcome outcome;
        outcome.planCreated = added.planCreated;
        outcome.planName = added.planName;
        outcome.interviewsAdded = int(added.interviews.size());
        outcome.candidatesThere = int(added.candidatesThere.size());
        return outcome;
    });
    Welcome::setInstance(m_welcome.get());
    QObject::connect(m_welcome.get(), &Welcome::demoLoaded, m_plans.get(), &PlanBook::reload);
    QObject::connect(m_welcome.get(), &Welcome::demoLoaded, m_interviews.get(),
                     &InterviewDesk::reload);
    QObject::connect(m_welcome.get(), &Welcome::demoLoaded, m_candidates.get(),
                     &CandidateDesk::reload);
    QObject::connect(m_welcome.get(), &Welcome::demoLoaded, m_debriefs.get(), &DebriefDesk::reload);
}

Window::~Window()
{
    Welcome::setInstance(nullptr);
    m_welcome.reset();
    TeamStatus::setInstance(nullptr);
    m_team.reset();
    m_sync.reset();
    DatabaseFile::setInstance(nullptr);
    DebriefDesk::setInstance(nullptr);
    CandidateDesk::setInstance(nullptr);
    m_candidates.reset();
    InterviewDesk::setInstance(nullptr);
    PlanBook::setInstance(nullptr);
    QuestionBank::setInstance(nullptr);
}

void Window::setUpStyle()
{
    if (qEnvironmentVariableIsEmpty("QT_QUICK_CONTROLS_STYLE"))
        QQuickStyle::setStyle(QStringLiteral("Material"));
}

bool Window::load(QQmlApplicationEngine &engine)
{
    // Nothing the window shows may reach the network (README, "Offline").
    static OfflineNetworkFactory offline;
    engine.setNetworkAccessManagerFactory(&offline);
    // A switch of language in Settings retranslates this engine's qsTr() bindings.
    if (Language *language = Language::instance())
        language->setEngine(&engine);
    // What the window does as it opens is decided here; Main.qml carries it out.
    const Startup startup = startUp(*m_bank, *m_interviews, wallclock::now());
    engine.setInitialProperties({{QStringLiteral("offerDraft"), startup.offerDraft},
                                 {QStringLiteral("resumed"), startup.resumed},
                                 {QStringLiteral("startMessage"), startup.message}});
    engine.load(QUrl(QStringLiteral("qrc:/Panelist/Main.qml")));
    if (engine.rootObjects().isEmpty())
        return false;
    // What is not shown is not read out (hiddenaccessible.h); it goes with the window.
    if (auto *window = qobject_cast<QQuickWindow *>(engine.rootObjects().first()))
        new HiddenAccessible(window);
    return true;
}

bool Window::loadStartupError(QQmlApplicationEngine &engine, const QString &message)
{
    engine.setInitialProperties({{QStringLiteral("message"), message}});
    engine.load(QUrl(QStringLiteral("qrc:/Panelist/StartupError.qml")));
    return !engine.rootObjects().isEmpty();
}
