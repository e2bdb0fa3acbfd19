#include "common/welcome.h"

#include "domain/errors.h"

#include <QJSEngine>
#include <QSettings>

namespace {
Welcome *s_instance = nullptr;
}

QString Welcome::seenKey()
{
    return QStringLiteral("welcome/seen");
}

Welcome::Welcome(QString databasePath, DemoLoader loadDemo, QObject *parent)
    : QObject(parent)
    , m_databasePath(std::move(databasePath))
    , m_loadDemo(std::move(loadDemo))
{}

Welcome *Welcome::create(QQmlEngine *, QJSEngine *)
{
    Q_ASSERT_X(s_instance, "Welcome", "the window must create the welcome before QML");
    QJSEngine::setObjectOwnership(s_instance, QJSEngine::CppOwnership);
    return s_instance;
}

void Welcome::setInstance(Welcome *instance)
{
    s_instance = instance;
}

bool Welcome::seen() const
{
    return QSettings().value(seenKey(), false).toBool();
}

void Welcome::setSeen(bool seen)
{
    if (seen == this->seen())
        return;
    QSettings settings;
    settings.setValue(seenKey(), seen);
    settings.sync();
    emit seenChanged();
}

QString Welcome::version() const
{
    return QStringLiteral(PANELIST_VERSION);
}

bool Welcome::loadDemo()
{
    if (!m_loadDemo) {
        say(tr("The demo data cannot be loaded from here: run `panelist demo` in a terminal."),
            true);
        return false;
    }
    DemoOutcome outcome;
    try {
        outcome = m_loadDemo();
    } catch (const PanelistError &error) {
        say(tr("The demo data was not loaded: %1 Nothing was added; try again, or run "
               "`panelist demo` in a terminal to see more.")
                .arg(error.message()),
            true);
        return false;
    }
    if (outcome.interviewsAdded == 0 && !outcome.planCreated) {
        say(tr("The demo data is already there: nothing was added. Its candidates are on the "
               "Candidates page (Ctrl+4)."),
            false);
        return true;
    }
    say(tr("Demo data loaded: the plan “%1” and %n candidate(s) with a finished interview. "
           "See them on the Candidates page (Ctrl+4).",
           "", outcome.interviewsAdded)
            .arg(outcome.planName),
        false);
    emit demoLoaded();
    return true;
}

void Welcome::say(const QString &message, bool isError)
{
    m_message = message;
    m_messageIsError = isError;
    emit messageChanged();
}
