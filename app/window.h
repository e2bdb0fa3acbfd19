#pragma once

#include "bank/questionbank.h"
#include "common/team.h"
#include "common/welcome.h"
#include "databasefile.h"
#include "interviews/candidatedesk.h"
#include "interviews/debriefdesk.h"
#include "interviews/interviewdesk.h"
#include "plans/planbook.h"

#include <QQmlApplicationEngine>
#include <memory>

class SyncEngine;
class Workspace;

// The graphical side: QML-facing objects over an open workspace, and the window.
class Window
{
public:
    explicit Window(Workspace &workspace);
    ~Window();
    // Null while the database is in no team (started by a join from Settings).
    SyncEngine *sync() { return m_sync.get(); }

    // Runs the start-up (startup.h) and loads qrc:/Panelist/Main.qml into `engine` with
    // what it decided; false when QML failed to load.
    bool load(QQmlApplicationEngine &engine);
    QuestionBank &bank() { return *m_bank; }
    PlanBook &plans() { return *m_plans; }
    InterviewDesk &interviews() { return *m_interviews; }
    DebriefDesk &debriefs() { return *m_debriefs; }
    CandidateDesk &candidates() { return *m_candidates; }
    DatabaseFile &databaseFile() { return *m_databaseFile; }
    Welcome &welcome() { return *m_welcome; }

    // Material style, following the saved light / dark choice. Call before any QML loads.
    static void setUpStyle();
    // Shows `message` in a plain window when the database cannot be opened.
    static bool loadStartupError(QQmlApplicationEngine &engine, const QString &message);

private:
    std::unique_ptr<QuestionBank> m_bank;
    std::unique_ptr<PlanBook> m_plans;
    std::unique_ptr<InterviewDesk> m_interviews;
    std::unique_ptr<DebriefDesk> m_debriefs;
    std::unique_ptr<CandidateDesk> m_candidates;
    std::unique_ptr<DatabaseFile> m_databaseFile;
    // The team's sync engine, once the database is in a team; stopped (its thread joined)
    // before anything above goes, as the window closes.
    std::unique_ptr<SyncEngine> m_sync;
    std::unique_ptr<TeamStatus> m_team;
    std::unique_ptr<Welcome> m_welcome;
};
