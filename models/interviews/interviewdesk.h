#pragma once

#include "interviews/comparemodel.h"
#include "interviews/interviewlistmodel.h"
#include "interviews/interviewrecordmodel.h"
#include "interviews/liveinterview.h"
#include "storage/interviewrepository.h"

#include <QObject>
#include <QPointer>
#include <QUrl>
#include <QtQml/qqmlregistration.h>
#include <memory>

class BankRepository;
class QQmlEngine;
class QJSEngine;
class InterviewRepository;
class NoteWriter;
class PlanRepository;
class SettingsStore;
class QPdfDocument;

// Interviews as QML sees them: starting one from a plan, the one being run (live),
// and the list of all. The instance is the one main() built over the open database.
class InterviewDesk : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON
    Q_PROPERTY(LiveInterview *live READ live CONSTANT)
    Q_PROPERTY(InterviewListModel *interviews READ interviews CONSTANT)
    // One interview, read-only, for the history's detail view.
    Q_PROPERTY(InterviewRecordModel *record READ record CONSTANT)
    // The candidates of one plan side by side.
    Q_PROPERTY(CompareModel *compare READ compare CONSTANT)
    // The interviewer's name last used, offered for the next interview.
    Q_PROPERTY(QString defaultInterviewer READ defaultInterviewer WRITE setDefaultInterviewer NOTIFY
                   defaultInterviewerChanged)
    // Why the last action was refused or failed.
    Q_PROPERTY(QString error READ error NOTIFY errorChanged)
    // Finished interviews older than this many days are removed by applyRetention();
    // 0 keeps them for ever (settings key "retention_days").
    Q_PROPERTY(
        int retentionDays READ retentionDays WRITE setRetentionDays NOTIFY retentionDaysChanged)
    // "A4" or "Letter" (settings key "pdf_page_size").
    Q_PROPERTY(QString pageSize READ pageSize WRITE setPageSize NOTIFY pageSizeChanged)

public:
    InterviewDesk(InterviewRepository &interviews, const PlanRepository &plans,
                  const BankRepository &bank, SettingsStore &settings,
                  const QString &databaseLocation, QObject *parent = nullptr);
    ~InterviewDesk() override;

    static InterviewDesk *create(QQmlEngine *, QJSEngine *);
    static void setInstance(InterviewDesk *instance);

    LiveInterview *live() { return m_live.get(); }
    InterviewListModel *interviews() { return &m_list; }
    InterviewRecordModel *record() { return &m_record; }
    CompareModel *compare() { return &m_compare; }
    NoteWriter &noteWriter() { return *m_noteWriter; }
    QString defaultInterviewer() const;
    void setDefaultInterviewer(const QString &name);
    QString error() const { return m_error; }
    int retentionDays() const;
    void setRetentionDays(int days);
    QString pageSize() const;
    void setPageSize(const QString &pageSize);

    // Starts an interview from plan `planId` and shows it live. `scheduledAt` is
    // "YYYY-MM-DD HH:MM" local time, or empty. Returns its id, or 0 with `error` set.
    Q_INVOKABLE int start(int planId, const QString &candidate, const QString &role,
                          const QString &interviewer, const QString &scheduledAt);
    // The same for candidate `candidateId` (CandidateDesk's pick): their name, and their
    // role when `role` is empty.
    Q_INVOKABLE int startFor(int planId, int candidateId, const QString &role,
                             const QString &interviewer, const QString &scheduledAt);
    // The same for a new candidate named `candidate` with `email` (optional) and `role`,
    // made in the same transaction as the interview.
    Q_INVOKABLE int startNew(int planId, const QString &candidate, const QString &email,
                             const QString &role, const QString &interviewer,
                             const QString &scheduledAt);
    // Shows interview `id` in the live view (a finished one read-only until reopened).
    Q_INVOKABLE bool open(int id);
    // Opens the interview that was live when the app last stopped; false when none.
    // Start-up policy (app/startup.h) calls it, not QML.
    bool resumeLive();

    // Deletes interview `id` and all it recorded, for good (closing it first where it is
    // shown); nothing of it stays readable in the database file. False with `error` set
    // when it failed.
    Q_INVOKABLE bool removeInterview(int id);
    // Deletes every interview of `candidate` (exact name, any letter case) the same way;
    // returns how many, or -1 with `error` set.
    Q_INVOKABLE int removeCandidate(const QString &candidate);
    Q_INVOKABLE int candidateInterviewCount(const QString &candidate);
    // Deletes candidate `candidateId` with every interview of theirs the same way
    // (CandidateRepository::remove); returns how many interviews went, or -1 with
    // `error` set.
    int removeCandidateById(qint64 candidateId);
    // Reads the history, the open record and the comparison again (a teammate's
    // interviews pulled by the sync engine); the live interview is not touched.
    void reload();
    // Retention, per candidate (CandidateRepository::removeExpired): removes every
    // candidate whose last interview ended more than retentionDays ago and who has none
    // planned or live, with all their interviews; returns a sentence saying who, or ""
    // when none (or retention is off), at `now`. Start-up policy
    // (app/startup.h) calls it, not QML.
    QString applyRetention(const QDateTime &now);

    // Shows the PDF summary of interview `id` in `document` (a QML PdfDocument, or a
    // QPdfDocument) from memory: an anonymous in-memory file (memfd), never a file in a
    // folder. The next preview, a removal, closePreview() and the desk's end close the
    // document and let the memory go; so does the end of the process, however it ends.
    // False with `error` set on failure.
    Q_INVOKABLE bool showPreview(QObject *document, int id);
    // Closes the preview shown and lets its memory go.
    Q_INVOKABLE void closePreview();
    // Writes the PDF summary to `file` whole or not at all (mode 0600); false with
    // `error` saying which file and why.
    Q_INVOKABLE bool exportPdf(int id, const QUrl &file);
    // "Interview - Grace Hopper - 2026-11-23.pdf", safe as a file name.
    Q_INVOKABLE QString suggestedPdfName(int id);

signals:
    void defaultInterviewerChanged();
    void errorChanged();
    void retentionDaysChanged();
    void pageSizeChanged();
    // Interviews were removed (by id, by candidate or by retention).
    void interviewsRemoved();
    // An interview was started (the candidates' loops changed).
    void interviewStarted(int interviewId);

private:
    void setError(const QString &error);
    int startWith(int planId, InterviewRepository::StartDetails details,
                  const QString &scheduledAt);
    // The record (and with `withCompare` the comparison) read again when it shows the
    // interview being run.
    void followLive(bool withCompare);
    // Before a removal: notes on their way written, views showing `ids` closed.
    void prepareRemoval(const QList<qint64> &ids);
    void afterRemoval();
    // The summary of interview `id` in `pdf`; false with `error` set.
    bool renderPdf(int id, QByteArray &pdf);

    InterviewRepository &m_interviews;
    const PlanRepository &m_plans;
    const BankRepository &m_bank;
    SettingsStore &m_settings;
    std::unique_ptr<NoteWriter> m_noteWriter;
    std::unique_ptr<LiveInterview> m_live;
    InterviewListModel m_list;
    InterviewRecordModel m_record;
    CompareModel m_compare;
    QString m_error;
    // The preview's in-memory file and the document showing it.
    int m_previewFd = -1;
    QPointer<QPdfDocument> m_previewDocument;
    int m_previewCount = 0;
};
