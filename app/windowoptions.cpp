#include "windowoptions.h"

#include "appearance.h"
#include "window.h"

#include "common/welcome.h"

#include "interviews/interviewlistmodel.h"

#include <QQmlApplicationEngine>
#include <QQuickItem>
#include <QQuickWindow>
#include <QSettings>

namespace {

// The tool bar's sections, by the name the command line gives them.
int sectionIndex(const QString &section)
{
    if (section == QLatin1String("plans"))
        return 1;
    if (section == QLatin1String("interview"))
        return 2;
    if (section == QLatin1String("candidates") || section == QLatin1String("history") ||
        section == QLatin1String("compare"))
        return 3;
    return 0;
}

} // namespace

void WindowOptions::applyBeforeLoad(Appearance &appearance) const
{
    if (!theme.isEmpty())
        appearance.forceForRun(theme == QLatin1String("dark"));
    // A section asked for is what shows: the first run's welcome does not cover it (and
    // "welcome" opens it over the bank).
    if (!section.isEmpty() && section != QLatin1String("welcome"))
        QSettings().setValue(Welcome::seenKey(), true);
}

void WindowOptions::applyAfterLoad(QQmlApplicationEngine &engine, Window &window) const
{
    if (engine.rootObjects().isEmpty())
        return;
    auto *quickWindow = qobject_cast<QQuickWindow *>(engine.rootObjects().first());
    if (!quickWindow)
        return;
    if (size.isValid())
        quickWindow->resize(size);
    if (section.isEmpty())
        return;
    InterviewListModel *interviews = window.interviews().interviews();
    const QModelIndex latest = interviews->index(0, 0);
    if (section == QLatin1String("interview") && !window.interviews().live()->active() &&
        latest.isValid())
        window.interviews().open(latest.data(InterviewListModel::IdRole).toInt());
    QObject *sections = quickWindow->findChild<QObject *>(QStringLiteral("sections"));
    if (sections)
        sections->setProperty("currentIndex", sectionIndex(section));
    if (section == QLatin1String("settings")) {
        QMetaObject::invokeMethod(quickWindow, "openSettings");
        return;
    }
    if (section == QLatin1String("conflicts") || section == QLatin1String("welcome")) {
        if (QObject *dialogs = quickWindow->findChild<QObject *>(QStringLiteral("dialogsHost")))
            QMetaObject::invokeMethod(
                dialogs, section == QLatin1String("conflicts") ? "openConflicts" : "openWelcome");
        return;
    }
    // The section opens on the candidates; history and compare are on the interviews view.
    if (section == QLatin1String("history") || section == QLatin1String("compare")) {
        if (QObject *stack = quickWindow->findChild<QObject *>(QStringLiteral("historyStack")))
            stack->setProperty("view", 1);
    }
    if (section == QLatin1String("compare") && latest.isValid()) {
        // The history page is built as its section opens; it offers the comparison.
        if (QObject *history = quickWindow->findChild<QObject *>(QStringLiteral("historyPage")))
            QMetaObject::invokeMethod(
                history, "compareRequested",
                Q_ARG(int, latest.data(InterviewListModel::PlanIdRole).toInt()));
    }
}
