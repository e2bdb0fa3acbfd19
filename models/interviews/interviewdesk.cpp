#include "interviewdesk.h"

#include "interviewrepository.h"
#include "interviewstart.h"
#include "notewriter.h"
#include "storage/errors.h"
#include "storage/settingsstore.h"

#include <QCoreApplication>
#include <QJSEngine>
#include <QQmlEngine>

namespace {
InterviewDesk *s_instance = nullptr;
const QString kInterviewerKey = QStringLiteral("interviewer");
} // namespace

InterviewDesk::InterviewDesk(InterviewRepository &interviews, const PlanRepository &plans,
                             const BankRepository &bank, SettingsStore &settings,
                             const QString &databaseLocation, QObject *parent)
    : QObject(parent)
    , m_interviews(interviews)
    , m_plans(plans)
    , m_bank(bank)
    , m_settings(settings)
    , m_noteWriter(std::make_unique<NoteWriter>(databaseLocation))
    , m_live(std::make_unique<LiveInterview>(interviews, *m_noteWriter))
    , m_list(interviews)
{
    // Status, recommendation and dates in the list follow what the call records.
    connect(m_live.get(), &LiveInterview::progressChanged, &m_list, &InterviewListModel::refresh);
}

InterviewDesk::~InterviewDesk()
{
    // The live view goes first; the writer then commits what is still pending.
    m_live.reset();
    m_noteWriter.reset();
}

InterviewDesk *InterviewDesk::create(QQmlEngine *, QJSEngine *)
{
    Q_ASSERT_X(s_instance, "InterviewDesk", "main() must create the desk before loading QML");
    QJSEngine::setObjectOwnership(s_instance, QJSEngine::CppOwnership);
    return s_instance;
}

void InterviewDesk::setInstance(InterviewDesk *instance)
{
    s_instance = instance;
}

QString InterviewDesk::defaultInterviewer() const
{
    try {
        return m_settings.value(kInterviewerKey);
    } catch (const PanelistError &) {
        return {};
    }
}

int InterviewDesk::start(int planId, const QString &candidate, const QString &role,
                         const QString &interviewer, const QString &scheduledAt)
{
    QDateTime scheduled;
    if (!scheduledAt.trimmed().isEmpty()) {
        scheduled =
            QDateTime::fromString(scheduledAt.trimmed(), QStringLiteral("yyyy-MM-dd HH:mm"));
        if (!scheduled.isValid()) {
            setError(QCoreApplication::translate("InterviewDesk",
                                                 "The scheduled time \"%1\" is not of the form "
                                                 "YYYY-MM-DD HH:MM.")
                         .arg(scheduledAt));
            return 0;
        }
    }
    try {
        InterviewRepository::StartDetails details;
        details.candidate = candidate;
        details.role = role;
        details.interviewer = interviewer;
        details.scheduledAt = scheduled;
        const qint64 id = interviewstart::fromPlan(m_interviews, m_plans, m_bank, planId, details);
        if (interviewer.trimmed() != defaultInterviewer()) {
            m_settings.setValue(kInterviewerKey, interviewer.trimmed());
            emit defaultInterviewerChanged();
        }
        setError({});
        m_list.refresh();
        m_live->load(id);
        return int(id);
    } catch (const PanelistError &e) {
        setError(e.message());
        return 0;
    }
}

bool InterviewDesk::open(int id)
{
    if (!m_live->load(id)) {
        setError(QCoreApplication::translate("InterviewDesk", "There is no interview with id %1.")
                     .arg(id));
        return false;
    }
    setError({});
    return true;
}

bool InterviewDesk::resumeLive()
{
    try {
        const qint64 id = m_interviews.liveInterviewId();
        return id > 0 && m_live->load(id);
    } catch (const PanelistError &e) {
        setError(e.message());
        return false;
    }
}

void InterviewDesk::setError(const QString &error)
{
    if (m_error == error)
        return;
    m_error = error;
    emit errorChanged();
}
