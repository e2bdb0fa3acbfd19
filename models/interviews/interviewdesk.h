#pragma once

#include "interviewlistmodel.h"
#include "liveinterview.h"

#include <QObject>
#include <QtQml/qqmlregistration.h>
#include <memory>

class BankRepository;
class QQmlEngine;
class QJSEngine;
class InterviewRepository;
class NoteWriter;
class PlanRepository;
class SettingsStore;

// Interviews as QML sees them: starting one from a plan, the one being run (live),
// and the list of all. The instance is the one main() built over the open database.
class InterviewDesk : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON
    Q_PROPERTY(LiveInterview *live READ live CONSTANT)
    Q_PROPERTY(InterviewListModel *interviews READ interviews CONSTANT)
    // The interviewer's name last used, offered for the next interview.
    Q_PROPERTY(QString defaultInterviewer READ defaultInterviewer NOTIFY defaultInterviewerChanged)
    // Why the last start or open was refused.
    Q_PROPERTY(QString error READ error NOTIFY errorChanged)

public:
    InterviewDesk(InterviewRepository &interviews, const PlanRepository &plans,
                  const BankRepository &bank, SettingsStore &settings,
                  const QString &databaseLocation, QObject *parent = nullptr);
    ~InterviewDesk() override;

    static InterviewDesk *create(QQmlEngine *, QJSEngine *);
    static void setInstance(InterviewDesk *instance);

    LiveInterview *live() { return m_live.get(); }
    InterviewListModel *interviews() { return &m_list; }
    NoteWriter &noteWriter() { return *m_noteWriter; }
    QString defaultInterviewer() const;
    QString error() const { return m_error; }

    // Starts an interview from plan `planId` and shows it live. `scheduledAt` is
    // "YYYY-MM-DD HH:MM" local time, or empty. Returns its id, or 0 with `error` set.
    Q_INVOKABLE int start(int planId, const QString &candidate, const QString &role,
                          const QString &interviewer, const QString &scheduledAt);
    // Shows interview `id` in the live view (a finished one read-only until reopened).
    Q_INVOKABLE bool open(int id);
    // Opens the interview that was live when the app last stopped; false when none.
    Q_INVOKABLE bool resumeLive();

signals:
    void defaultInterviewerChanged();
    void errorChanged();

private:
    void setError(const QString &error);

    InterviewRepository &m_interviews;
    const PlanRepository &m_plans;
    const BankRepository &m_bank;
    SettingsStore &m_settings;
    std::unique_ptr<NoteWriter> m_noteWriter;
    std::unique_ptr<LiveInterview> m_live;
    InterviewListModel m_list;
    QString m_error;
};
