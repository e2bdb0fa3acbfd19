#pragma once

#include "domain/debrief.h"
#include "domain/interview.h"

#include <QCoreApplication>
#include <optional>

class Database;

// Reads one candidate's debrief (domain/debrief.h): the candidate, every submitted
// scorecard the viewer may read side by side, what is still missing and the decisions.
// Batched: the candidate, its loop, the visible interviews with their scorecards and the
// decisions, whatever the size of the loop.
//
// What the viewer may read is the bias guard's (PanelGuard, storage/panelguard.h): the
// viewer's own submitted scorecards always; the colleagues' only once the viewer has
// submitted one of their own for this candidate. Before that they are counted (hidden),
// never read.
class DebriefReader
{
    Q_DECLARE_TR_FUNCTIONS(DebriefReader)

public:
    explicit DebriefReader(Database &database);

    // Settings' interviewer name (the settings key InterviewDesk writes).
    QString currentViewer() const;

    // Nothing when there is no candidate `candidateId`. `viewer` empty: currentViewer().
    std::optional<Debrief> read(qint64 candidateId, const QString &viewer = {}) const;

    // The candidate of interview `interviewId`; 0 when there is no such interview.
    qint64 candidateOfInterview(qint64 interviewId) const;

    // The scorecard of one finished interview as the debrief shows it, with its ratings
    // by competency name (debrief::addScorecard joins them by name).
    static DebriefScorecard scorecardOf(const Interview &interview,
                                        QList<debrief::NamedRating> &ratings);

private:
    Database &m_database;
};
