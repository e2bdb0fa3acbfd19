#include "interviews/candidatedesk.h"

#include "domain/errors.h"
#include "interviews/interviewdesk.h"
#include "storage/candidaterepository.h"

#include <QJSEngine>
#include <QQmlEngine>
#include <algorithm>

namespace {
CandidateDesk *s_instance = nullptr;
} // namespace

CandidateDesk::CandidateDesk(InterviewDesk &interviews, Database &database, QObject *parent)
    : QObject(parent)
    , m_interviews(interviews)
    , m_repository(std::make_unique<CandidateRepository>(database))
    , m_list(std::make_unique<CandidateListModel>(*m_repository))
    , m_loop(std::make_unique<CandidateLoopModel>(database))
{
    connect(m_list.get(), &CandidateListModel::failed, this, &CandidateDesk::setError);
    // The selection follows the list's current candidate.
    connect(m_list.get(), &CandidateListModel::currentIdChanged, this,
            [this] { select(m_list->currentId()); });
    // Loops change when an interview starts, finishes, is removed or arrives.
    connect(&m_interviews, &InterviewDesk::interviewStarted, this, &CandidateDesk::reload);
    connect(&m_interviews, &InterviewDesk::interviewsRemoved, this, &CandidateDesk::reload);
    connect(m_interviews.live(), &LiveInterview::progressChanged, this, &CandidateDesk::reload);
}

CandidateDesk::~CandidateDesk() = default;

CandidateDesk *CandidateDesk::create(QQmlEngine *, QJSEngine *)
{
    Q_ASSERT_X(s_instance, "CandidateDesk", "main() must create the desk before loading QML");
    QJSEngine::setObjectOwnership(s_instance, QJSEngine::CppOwnership);
    return s_instance;
}

void CandidateDesk::setInstance(CandidateDesk *instance)
{
    s_instance = instance;
}

QVariantList CandidateDesk::statusChoices()
{
    QVariantList choices;
    for (const vocabulary::CandidateStatus status : vocabulary::candidateStatuses())
        choices.append(QVariantMap{{QStringLiteral("key"), vocabulary::key(status)},
                                   {QStringLiteral("label"), vocabulary::label(status)}});
    return choices;
}

void CandidateDesk::select(int id)
{
    if (m_list->currentId() != id) {
        m_list->setCurrentId(id); // comes back here
        return;
    }
    readCurrent();
}

void CandidateDesk::readCurrent()
{
    const int id = m_list->currentId();
    QVariantMap current;
    try {
        const CandidateOverview *overview = m_list->overview(id);
        if (overview) {
            const Candidate &c = overview->candidate;
            QVariantList duplicates;
            const QList<CandidateDuplicate> pairs = m_repository->possibleDuplicates();
            for (const CandidateDuplicate &pair : pairs) {
                const Candidate *other = pair.first.id == c.id    ? &pair.second
                                         : pair.second.id == c.id ? &pair.first
                                                                  : nullptr;
                if (other)
                    duplicates.append(QVariantMap{{QStringLiteral("candidateId"), other->id},
                                                  {QStringLiteral("name"), other->name}});
            }
            current = {
                {QStringLiteral("candidateId"), c.id},
                {QStringLiteral("name"), c.name},
                {QStringLiteral("email"), c.email},
                {QStringLiteral("role"), c.role},
                {QStringLiteral("statusKey"), vocabulary::key(c.status)},
                {QStringLiteral("statusLabel"), vocabulary::label(c.status)},
                {QStringLiteral("stageLabel"), vocabulary::label(candidates::stage(*overview))},
                {QStringLiteral("progressText"), candidates::progressText(*overview)},
                {QStringLiteral("interviews"), overview->interviews},
                {QStringLiteral("duplicates"), duplicates}};
        }
        m_loop->load(overview ? id : 0);
    } catch (const PanelistError &e) {
        setError(e.message());
    }
    if (current != m_current) {
        m_current = current;
        emit currentChanged();
    }
}

bool CandidateDesk::setStatus(int id, const QString &statusKey)
{
    const std::optional<vocabulary::CandidateStatus> status =
        vocabulary::parseCandidateStatus(statusKey);
    if (!status) {
        setError(tr("The status is one of %1, not \"%2\".")
                     .arg(vocabulary::candidateStatusKeys().join(QStringLiteral(", ")), statusKey));
        return false;
    }
    try {
        m_repository->setStatus(id, *status);
    } catch (const PanelistError &e) {
        setError(e.message());
        return false;
    }
    setError({});
    reload();
    return true;
}

bool CandidateDesk::merge(int from, int into)
{
    try {
        m_repository->merge(from, into);
    } catch (const PanelistError &e) {
        setError(e.message());
        return false;
    }
    setError({});
    m_list->setCurrentId(into);
    // The moved interviews carry the kept name now: the history and comparison too.
    m_interviews.reload();
    reload();
    return true;
}

int CandidateDesk::remove(int id)
{
    const CandidateOverview *overview = m_list->overview(id);
    const QString name = overview ? overview->candidate.name : QString();
    const int removed = m_interviews.removeCandidateById(id);
    if (removed < 0) {
        setError(m_interviews.error());
        return -1;
    }
    setError({});
    reload(); // interviewsRemoved did too when there were interviews
    emit notice(removed == 1 ? tr("Removed %1 and their interview.").arg(name)
                             : tr("Removed %1 and their %2 interviews.").arg(name).arg(removed));
    return removed;
}

int CandidateDesk::createCandidate(const QString &name, const QString &email, const QString &role)
{
    qint64 id = 0;
    try {
        id = m_repository->create(name, email, role);
    } catch (const PanelistError &e) {
        setError(e.message());
        return 0;
    }
    setError({});
    reload();
    return int(id);
}

QVariantList CandidateDesk::matching(const QString &text, int limit) const
{
    QList<CandidateOverview> found;
    try {
        CandidateRepository::Filter filter;
        filter.search = text;
        found = m_repository->list(filter);
    } catch (const PanelistError &) {
        return {};
    }
    // Active candidates first (the ones a new interview is usually for), each group by
    // name as listed.
    std::stable_sort(found.begin(), found.end(), [](const auto &a, const auto &b) {
        return (a.candidate.status == vocabulary::CandidateStatus::Active) >
               (b.candidate.status == vocabulary::CandidateStatus::Active);
    });
    QVariantList result;
    for (const CandidateOverview &row : std::as_const(found)) {
        if (result.size() >= limit)
            break;
        result.append(
            QVariantMap{{QStringLiteral("candidateId"), row.candidate.id},
                        {QStringLiteral("name"), row.candidate.name},
                        {QStringLiteral("role"), row.candidate.role},
                        {QStringLiteral("email"), row.candidate.email},
                        {QStringLiteral("statusLabel"), vocabulary::label(row.candidate.status)},
                        {QStringLiteral("progressText"), candidates::progressText(row)}});
    }
    return result;
}

int CandidateDesk::idOfName(const QString &name) const
{
    const QString trimmed = name.trimmed();
    if (trimmed.isEmpty())
        return 0;
    try {
        CandidateRepository::Filter filter;
        filter.search = trimmed;
        const QList<CandidateOverview> found = m_repository->list(filter);
        qint64 best = 0;
        for (const CandidateOverview &row : found) {
            if (row.candidate.name == trimmed && (best == 0 || row.candidate.id < best))
                best = row.candidate.id;
        }
        return int(best);
    } catch (const PanelistError &) {
        return 0;
    }
}

void CandidateDesk::openDebrief(int candidateId)
{
    if (candidateId > 0)
        emit debriefRequested(candidateId);
}

void CandidateDesk::reload()
{
    m_list->refresh();
    readCurrent();
}

void CandidateDesk::setError(const QString &error)
{
    if (m_error == error)
        return;
    m_error = error;
    emit errorChanged();
}
