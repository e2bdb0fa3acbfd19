#pragma once

#include <QCoreApplication>

#include "domain/candidate.h"
#include "domain/interview.h"

#include <QDateTime>
#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <optional>

class Database;

// A colleague who has submitted (finished) an interview of a candidate: a name and a
// time, nothing of what they noted or scored.
struct ColleagueSubmission
{
    QString interviewer;   // the name in their interview (the role when it names none)
    QString role;          // the team role that ran it; empty outside a team
    QDateTime submittedAt; // when it ended; invalid when not known
};

// What one interviewer may see of a candidate's loop (PanelGuard::view).
struct PanelView
{
    Candidate candidate;
    QString viewer;               // the interviewer name the view is for
    bool viewerSubmitted = false; // the viewer has a finished interview of the candidate
    // Every interview of the loop, oldest first, as a list shows it; the recommendation
    // of a colleague's interview is left out (None) while the viewer may not see it.
    QList<InterviewSummary> loop;
    QList<Interview> own;        // the viewer's interviews, whole
    QList<Interview> colleagues; // the others' interviews, whole: empty until viewerSubmitted
    int hidden = 0;              // the others' interviews held here and not shown
    // The colleagues who have submitted, here and (in a team) on the server; one entry
    // per colleague, oldest submission first.
    QList<ColleagueSubmission> submitted;
};

// The bias guard on this laptop (issue 16): nobody reads a colleague's interview of a
// candidate (notes, scores, scorecard, recommendation) before submitting their own. The
// one place that decides it: `candidate show`, the Candidates page and the debrief read
// a loop through here.
//
// - The viewer is an interviewer name (Settings' interviewer name by default). An
//   interview is theirs when it names them (trimmed, letter case ignored); in a team,
//   when its owner is this laptop's team role.
// - The others' interviews are given whole once the viewer has a finished interview of
//   that candidate. Before that only who has submitted, and when.
// - There is no lead override here: on one laptop a lead submits first too. In a team the
//   server decides what reaches the laptop at all (row-level security, team schema 3,
//   where a lead reads everything); this reader applies on top of it.
class PanelGuard
{
    Q_DECLARE_TR_FUNCTIONS(PanelGuard)

public:
    explicit PanelGuard(Database &database);

    // The candidate's key on the team's server: a UUID made from the exact name, trimmed
    // (MD5 of "panelist-candidate:" and its UTF-8), as panelist.candidate_key() makes it.
    static QString candidateKey(const QString &name);

    // Settings' interviewer name (the one the start dialog fills in); empty when unset.
    QString currentViewer() const;

    // The loop of `candidateId` as `viewer` may see it; none when there is no such
    // candidate.
    std::optional<PanelView> view(qint64 candidateId) const;
    std::optional<PanelView> view(qint64 candidateId, const QString &viewer) const;

    // How many colleagues of `viewer` have submitted an interview of the candidate:
    // "2 colleagues have submitted". 0 for an unknown candidate.
    int colleaguesSubmitted(qint64 candidateId) const;
    int colleaguesSubmitted(qint64 candidateId, const QString &viewer) const;

private:
    struct Row
    {
        InterviewSummary summary;
        bool own = false;
    };
    QList<Row> rows(qint64 candidateId, const QString &viewer, const QString &teamRole) const;
    QString teamRole() const;
    QList<ColleagueSubmission> submissions(const Candidate &candidate, const QList<Row> &rows,
                                           const QString &teamRole) const;

    Database &m_database;
    QSqlDatabase m_db;
};
