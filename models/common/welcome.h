#pragma once

#include <QObject>
#include <QString>
#include <QtQml/qqmlregistration.h>

#include <functional>

class QJSEngine;
class QQmlEngine;

// The first run as QML sees it (the `Welcome` singleton): whether the welcome was seen (a
// QSettings flag, so it shows once per person, not per database), the demo data loaded
// through what app/ hands in (the same as `panelist demo`), and what the About box says.
class Welcome : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON
    Q_PROPERTY(bool seen READ seen WRITE setSeen NOTIFY seenChanged)
    // What the last "Load the demo data" did, in a sentence; `messageIsError` when it failed.
    Q_PROPERTY(QString message READ message NOTIFY messageChanged)
    Q_PROPERTY(bool messageIsError READ messageIsError NOTIFY messageChanged)
    Q_PROPERTY(QString version READ version CONSTANT)
    Q_PROPERTY(QString databasePath READ databasePath CONSTANT)

public:
    // What the demo added: interviews (one per new candidate) and the candidates that were
    // there already. Throws PanelistError.
    struct DemoOutcome
    {
        bool planCreated = false;
        QString planName;
        int interviewsAdded = 0;
        int candidatesThere = 0;
    };
    using DemoLoader = std::function<DemoOutcome()>;

    // The QSettings key of the flag (GuiHarness sets it before the window loads).
    static QString seenKey();

    Welcome(QString databasePath, DemoLoader loadDemo, QObject *parent = nullptr);

    static Welcome *create(QQmlEngine *, QJSEngine *);
    static void setInstance(Welcome *instance);

    bool seen() const;
    void setSeen(bool seen);
    QString message() const { return m_message; }
    bool messageIsError() const { return m_messageIsError; }
    QString version() const;
    QString databasePath() const { return m_databasePath; }

    // Adds the demo's plan and candidates (all or nothing; a second time adds nobody);
    // false with `message` saying why when it failed.
    Q_INVOKABLE bool loadDemo();

signals:
    void seenChanged();
    void messageChanged();
    // The demo added something: the lists under the views changed.
    void demoLoaded();

private:
    void say(const QString &message, bool isError);

    QString m_databasePath;
    DemoLoader m_loadDemo;
    QString m_message;
    bool m_messageIsError = false;
};
