#pragma once

#include "bank/questionbank.h"
#include "interviews/interviewdesk.h"
#include "plans/planbook.h"

#include <QQmlApplicationEngine>
#include <memory>

class Workspace;

// The graphical side: QML-facing objects over an open workspace, and the window.
class Window
{
public:
    explicit Window(Workspace &workspace);
    ~Window();

    // Runs the start-up (startup.h) and loads qrc:/Panelist/Main.qml into `engine` with
    // what it decided; false when QML failed to load.
    bool load(QQmlApplicationEngine &engine);
    QuestionBank &bank() { return *m_bank; }
    PlanBook &plans() { return *m_plans; }
    InterviewDesk &interviews() { return *m_interviews; }

    // Material style, following the saved light / dark choice. Call before any QML loads.
    static void setUpStyle();
    // Shows `message` in a plain window when the database cannot be opened.
    static bool loadStartupError(QQmlApplicationEngine &engine, const QString &message);

private:
    std::unique_ptr<QuestionBank> m_bank;
    std::unique_ptr<PlanBook> m_plans;
    std::unique_ptr<InterviewDesk> m_interviews;
};
