#include "storage/panelguard.h"

#include "storage/candidaterepository.h"
#include "storage/database.h"
#include "storage/interviewrepository.h"
#include "storage/row.h"
#include "storage/settingsstore.h"
#include "storage/sql.h"

#include <QCryptographicHash>
#include <QHash>
#include <QUuid>

#include <algorithm>

namespace {

// InterviewDesk keeps Settings' interviewer name under this key.
const QString kInterviewerKey = QStringLiteral("interviewer");

bool sameName(const QString &a, const QString &b)
{
    return a.trimmed().compare(b.trimmed(), Qt::CaseInsensitive) == 0;
}

} // namespace

PanelGuard::PanelGuard(Database &database)
    : m_database(database)
    , m_db(database.connection())
{}

QString PanelGuard::candidateKey(const QString &name)
{
    const QString trimmed = name.trimmed();
    if (trimmed.isEmpty())
        return {};
    const QByteArray digest = QCryptographicHash::hash(
        QByteArray(QByteArrayLiteral("panelist-candidate:") + trimmed.toUtf8()),
        QCryptographicHash::Md5);
    return QUuid::fromRfc4122(digest).toString(QUuid::WithoutBraces);
}

QString PanelGuard::currentViewer() const
{
    return SettingsStore(m_database).value(kInterviewerKey).trimmed();
}

QString PanelGuard::teamRole() const
{
    return sql::scalar(m_db, QStringLiteral("SELECT COALESCE((SELECT role FROM team), '')"))
        .toString();
}

QList<PanelGuard::Row> PanelGuard::rows(qint64 candidateId, const QString &viewer,
                                        const QString &role) const
{
    QList<Row> result;
    for (const InterviewSummary &summary : CandidateRepository(m_database).loop(candidateId)) {
        Row entry;
        entry.summary = summary;
        // In a team an interview belongs to the role that ran it; a name can be typed.
        entry.own = !role.isEmpty() && !summary.owner.isEmpty()
                        ? summary.owner == role
                        : sameName(summary.interviewer, viewer);
        result << entry;
    }
    return result;
}

QList<ColleagueSubmission> PanelGuard::submissions(const Candidate &candidate,
                                                   const QList<Row> &rows,
                                                   const QString &role) const
{
    // One entry per colleague: the role in a team, else the name (letter case ignored).
    QList<ColleagueSubmission> result;
    QHash<QString, qsizetype> index;
    const auto add = [&](const ColleagueSubmission &submission) {
        const QString who = !submission.role.isEmpty()
                                ? QStringLiteral("role:") + submission.role
                                : QStringLiteral("name:") + submission.interviewer.toCaseFolded();
        const auto found = index.constFind(who);
        if (found == index.cend()) {
            index.insert(who, result.size());
            result << submission;
            return;
        }
        ColleagueSubmission &known = result[*found];
        if (submission.submittedAt.isValid() &&
            (!known.submittedAt.isValid() || submission.submittedAt < known.submittedAt))
            known.submittedAt = submission.submittedAt;
        if (known.interviewer.isEmpty())
            known.interviewer = submission.interviewer;
    };
    for (const Row &row : rows) {
        if (row.own || row.summary.status != vocabulary::InterviewStatus::Finished)
            continue;
        add({row.summary.interviewer.trimmed().isEmpty() ? row.summary.owner
                                                         : row.summary.interviewer,
             role.isEmpty() ? QString() : row.summary.owner, row.summary.endedAt});
    }
    if (!role.isEmpty()) {
        // What the server says of the interviews this laptop may not receive yet.
        sql::Row row(m_db,
                     sql::exec(m_db,
                               QStringLiteral("SELECT owner, interviewer, ended_at FROM "
                                              "team_submissions WHERE candidate_key = ? "
                                              "AND owner <> ?"),
                               {candidateKey(candidate.name), role}),
                     "team_submissions");
        while (row.next()) {
            const QString owner = row.text("owner");
            const QString name = row.text("interviewer");
            add({name.trimmed().isEmpty() ? owner : name, owner, row.time("ended_at")});
        }
    }
    std::stable_sort(result.begin(), result.end(),
                     [](const ColleagueSubmission &a, const ColleagueSubmission &b) {
                         if (a.submittedAt.isValid() != b.submittedAt.isValid())
                             return a.submittedAt.isValid();
                         return a.submittedAt < b.submittedAt;
                     });
    return result;
}

std::optional<PanelView> PanelGuard::view(qint64 candidateId) const
{
    return view(candidateId, currentViewer());
}

std::optional<PanelView> PanelGuard::view(qint64 candidateId, const QString &viewer) const
{
    const std::optional<Candidate> candidate =
        CandidateRepository(m_database).candidate(candidateId);
    if (!candidate)
        return std::nullopt;
    const QString role = teamRole();
    const QList<Row> loop = rows(candidateId, viewer, role);

    PanelView view;
    view.candidate = *candidate;
    view.viewer = viewer.trimmed();
    view.viewerSubmitted = std::any_of(loop.cbegin(), loop.cend(), [](const Row &row) {
        return row.own && row.summary.status == vocabulary::InterviewStatus::Finished;
    });
    QList<qint64> ownIds;
    QList<qint64> colleagueIds;
    for (const Row &row : loop) {
        InterviewSummary summary = row.summary;
        if (row.own) {
            ownIds << summary.id;
        } else if (view.viewerSubmitted) {
            colleagueIds << summary.id;
        } else {
            summary.recommendation = vocabulary::Recommendation::None;
            ++view.hidden;
        }
        view.loop << summary;
    }
    InterviewRepository interviews(m_database);
    view.own = interviews.interviews(ownIds);
    view.colleagues = interviews.interviews(colleagueIds);
    view.submitted = submissions(*candidate, loop, role);
    return view;
}

int PanelGuard::colleaguesSubmitted(qint64 candidateId) const
{
    return colleaguesSubmitted(candidateId, currentViewer());
}

int PanelGuard::colleaguesSubmitted(qint64 candidateId, const QString &viewer) const
{
    const std::optional<Candidate> candidate =
        CandidateRepository(m_database).candidate(candidateId);
    if (!candidate)
        return 0;
    const QString role = teamRole();
    return int(submissions(*candidate, rows(candidateId, viewer, role), role).size());
}
