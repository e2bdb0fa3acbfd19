#include "startup.h"

#include "bank/questionbank.h"
#include "bank/questioneditor.h"
#include "interviews/interviewdesk.h"

#include <QCoreApplication>
#include <QStringList>

namespace {

struct StartupText
{
    Q_DECLARE_TR_FUNCTIONS(StartupText)
};

} // namespace

Startup startUp(QuestionBank &bank, InterviewDesk &desk, const QDateTime &now)
{
    Startup startup;
    QStringList said;
    // Retention (off unless set) runs before anything is shown, and says what went.
    const QString removed = desk.applyRetention(now);
    if (!removed.isEmpty())
        said << removed;
    // An interview still live when the app stopped (a crash, a kill, a flat battery)
    // opens again exactly where it was.
    if (desk.resumeLive()) {
        startup.resumed = true;
        said << StartupText::tr("Resumed the interview with %1.").arg(desk.live()->candidate());
    }
    startup.offerDraft = bank.editor()->hasDraft();
    startup.message = said.join(QLatin1Char(' '));
    return startup;
}
