#pragma once

#include "interviews/candidatelistmodel.h"
#include "interviews/candidateloopmodel.h"

#include <QObject>
#include <QVariantList>
#include <QVariantMap>
#include <QtQml/qqmlregistration.h>
#include <memory>

class CandidateRepository;
class Database;
class InterviewDesk;
class QJSEngine;
class QQmlEngine;

// Candidates as QML sees them (the Candidates page and the start dialog's picker): the
// list with its filters, the selected candidate and their loop, and what can be done to
// a candidate: change the status, merge an offered duplicate, remove them with their
// interviews, start their debrief. The instance is the one the window built over the
// open database, beside InterviewDesk (which runs the removals, so the live view and the
// note writer are out of the way first).
class CandidateDesk : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON
    Q_PROPERTY(CandidateListModel *candidates READ candidates CONSTANT)
    // The loop of the selected candidate (candidates.currentId).
    Q_PROPERTY(CandidateLoopModel *loop READ loop CONSTANT)
    // The selected candidate: {candidateId, name, email, role, statusKey, statusLabel,
    // stageLabel, progressText, interviews, duplicates: [{candidateId, name}]} (the
    // candidates whose names differ from this one's only in letter case or accents);
    // empty when none is selected.
    Q_PROPERTY(QVariantMap current READ current NOTIFY currentChanged)
    // [{key, label}] of the four statuses, in order.
    Q_PROPERTY(QVariantList statusChoices READ statusChoices CONSTANT)
    // Why the last action was refused or failed.
    Q_PROPERTY(QString error READ error NOTIFY errorChanged)

public:
    CandidateDesk(InterviewDesk &interviews, Database &database, QObject *parent = nullptr);
    ~CandidateDesk() override;

    static CandidateDesk *create(QQmlEngine *, QJSEngine *);
    static void setInstance(CandidateDesk *instance);

    CandidateListModel *candidates() { return m_list.get(); }
    CandidateLoopModel *loop() { return m_loop.get(); }
    QVariantMap current() const { return m_current; }
    static QVariantList statusChoices();
    QString error() const { return m_error; }

    // Selects candidate `id` (0: none): current and the loop follow.
    Q_INVOKABLE void select(int id);
    // Sets the status of candidate `id` ("active", "hired", "rejected", "withdrawn").
    Q_INVOKABLE bool setStatus(int id, const QString &statusKey);
    // Moves every interview of `from` to `into` and deletes `from`; `into` stays selected.
    Q_INVOKABLE bool merge(int from, int into);
    // Removes candidate `id` and every interview of theirs, for good (see
    // CandidateRepository::remove); returns how many interviews went, or -1 with `error`.
    Q_INVOKABLE int remove(int id);
    // A new candidate for the start dialog; returns the id, or 0 with `error` set.
    Q_INVOKABLE int createCandidate(const QString &name, const QString &email, const QString &role);
    // Up to `limit` candidates whose name, email or role holds every word of `text`
    // (letter case and accents ignored), active ones first, for the start dialog's
    // completion: [{candidateId, name, role, email, statusLabel, progressText}].
    Q_INVOKABLE QVariantList matching(const QString &text, int limit) const;
    // The candidate named exactly `name` (trimmed), or 0.
    Q_INVOKABLE int idOfName(const QString &name) const;

    // The Candidates page's "Debrief…" (button and Ctrl+D) calls this: it emits
    // debriefRequested(candidateId), on which the window opens the debrief dialog.
    Q_INVOKABLE void openDebrief(int candidateId);

    // Reads the list, the selected candidate and the loop again.
    Q_INVOKABLE void reload();

signals:
    void currentChanged();
    void errorChanged();
    // Something done to say in the window's snackbar ("Removed Ann Lee …").
    void notice(const QString &text);
    // The debrief of candidate `candidateId` is asked for (see openDebrief).
    void debriefRequested(int candidateId);

private:
    void setError(const QString &error);
    void readCurrent();

    InterviewDesk &m_interviews;
    std::unique_ptr<CandidateRepository> m_repository;
    std::unique_ptr<CandidateListModel> m_list;
    std::unique_ptr<CandidateLoopModel> m_loop;
    QVariantMap m_current;
    QString m_error;
};
