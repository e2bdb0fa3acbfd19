#pragma once

#include <QDateTime>
#include <QString>

class Workspace;

// The demo's data: a sample plan made from the shipped bank (added once), and a finished
// interview with "Sample Candidate" recorded on it through the same repository calls as
// a real call — notes stamped on the interview clock, scores, criteria, follow-ups, an
// ad-hoc follow-up, flags, a pause, a recommendation and a summary.
namespace sampledata {

struct Added
{
    qint64 planId = 0;
    bool planCreated = false; // false when the sample plan was already there
    QString planName;
    qint64 interviewId = 0;
    int questions = 0;
    QDateTime startedAt;
};

// Adds the sample, all or nothing for the interview. Throws PanelistError.
Added add(Workspace &workspace);

} // namespace sampledata
