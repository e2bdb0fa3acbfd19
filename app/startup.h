#pragma once

#include <QDateTime>
#include <QString>

class InterviewDesk;
class QuestionBank;

// What the window does once as it opens, decided here before it shows anything (Main.qml
// only carries it out): retention removes what is past its time, the interview that was
// live when the app stopped opens again where it was, and edits a crash left unsaved are
// offered back.
struct Startup
{
    bool offerDraft = false; // the editor holds a draft: ask whether to restore it
    bool resumed = false;    // the interview left live is open: show it
    QString message;         // what to say: what retention removed, the interview resumed
};

// Applies retention at `now`, then resumes the live interview, then looks for a draft.
Startup startUp(QuestionBank &bank, InterviewDesk &desk, const QDateTime &now);
