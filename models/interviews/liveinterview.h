#pragma once

#include "domain/interview.h"
#include "interviews/agendamodel.h"
#include "interviews/checklistmodel.h"

#include <QObject>
#include <QTimer>
#include <QtQml/qqmlregistration.h>
#include <functional>

class InterviewRepository;
class NoteWriter;

// The interview being run, as the live view sees it: clock and pace, the agenda, the
// current question with its follow-ups, criteria, score, flags and notes, and every
// action of the call. Each action is written at once; notes go through NoteWriter so
// typing never waits for the disk. The clocks are computed from real time on every
// tick, so a pause, a crash or a sleeping laptop never bends them.
class LiveInterview : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Provided by InterviewDesk.live")

    Q_PROPERTY(bool active READ active NOTIFY loaded)
    Q_PROPERTY(int interviewId READ interviewId NOTIFY loaded)
    Q_PROPERTY(QString candidate READ candidate NOTIFY loaded)
    Q_PROPERTY(QString role READ role NOTIFY loaded)
    Q_PROPERTY(QString interviewer READ interviewer NOTIFY loaded)
    Q_PROPERTY(QString planName READ planName NOTIFY loaded)
    Q_PROPERTY(int targetMinutes READ targetMinutes NOTIFY loaded)
    Q_PROPERTY(bool paused READ paused NOTIFY progressChanged)
    Q_PROPERTY(bool finished READ finished NOTIFY progressChanged)
    Q_PROPERTY(bool amended READ amended NOTIFY progressChanged)
    Q_PROPERTY(QString recommendation READ recommendation NOTIFY progressChanged)
    Q_PROPERTY(QString summary READ summary NOTIFY progressChanged)

    Q_PROPERTY(int elapsedSeconds READ elapsedSeconds NOTIFY tick)
    Q_PROPERTY(QString elapsedText READ elapsedText NOTIFY tick)
    // Positive: ahead of the plan; negative: behind; in seconds.
    Q_PROPERTY(int paceSeconds READ paceSeconds NOTIFY tick)
    Q_PROPERTY(QString paceText READ paceText NOTIFY tick)
    // When behind: which pending questions to skip to catch up; else empty.
    Q_PROPERTY(QString skipHint READ skipHint NOTIFY tick)
    Q_PROPERTY(int currentSeconds READ currentSeconds NOTIFY tick)

    Q_PROPERTY(int count READ count NOTIFY loaded)
    Q_PROPERTY(int currentIndex READ currentIndex NOTIFY currentChanged)
    Q_PROPERTY(QString title READ title NOTIFY currentChanged)
    Q_PROPERTY(QString prompt READ prompt NOTIFY currentChanged)
    Q_PROPERTY(QString category READ category NOTIFY currentChanged)
    Q_PROPERTY(QString level READ level NOTIFY currentChanged)
    Q_PROPERTY(QString kind READ kind NOTIFY currentChanged)
    Q_PROPERTY(QString referenceAnswer READ referenceAnswer NOTIFY currentChanged)
    Q_PROPERTY(QString planNote READ planNote NOTIFY currentChanged)
    Q_PROPERTY(int budgetMinutes READ budgetMinutes NOTIFY currentChanged)
    // The anchors of score 2 (junior), 3 (middle) and 4 (senior); 1 is "no signal".
    Q_PROPERTY(QStringList anchors READ anchors NOTIFY currentChanged)
    Q_PROPERTY(QString notes READ notes NOTIFY currentChanged)
    Q_PROPERTY(int score READ score NOTIFY recordChanged)
    Q_PROPERTY(bool flagStrong READ flagStrong NOTIFY recordChanged)
    Q_PROPERTY(bool flagConcern READ flagConcern NOTIFY recordChanged)
    Q_PROPERTY(ChecklistModel *followUps READ followUps CONSTANT)
    Q_PROPERTY(ChecklistModel *criteria READ criteria CONSTANT)
    Q_PROPERTY(AgendaModel *agenda READ agenda CONSTANT)

    // Why the last action failed, or why notes are not reaching the disk; else empty.
    Q_PROPERTY(QString error READ error NOTIFY errorChanged)

public:
    // `now` is the clock; tests pass their own.
    LiveInterview(InterviewRepository &repository, NoteWriter &notes, QObject *parent = nullptr,
                  std::function<QDateTime()> now = {});
    ~LiveInterview() override;

    // Shows interview `id`; false when there is no such interview.
    bool load(qint64 id);
    // Stops showing an interview (the notes are flushed first).
    Q_INVOKABLE void close();

    bool active() const { return m_interview.id > 0; }
    int interviewId() const { return int(m_interview.id); }
    QString candidate() const { return m_interview.candidate; }
    QString role() const { return m_interview.role; }
    QString interviewer() const { return m_interview.interviewer; }
    QString planName() const { return m_interview.planName; }
    int targetMinutes() const { return m_interview.targetMinutes; }
    bool paused() const { return m_interview.paused(); }
    bool finished() const { return m_interview.finished(); }
    bool amended() const { return m_interview.amended; }
    // The recommendation's key, empty until one is chosen.
    QString recommendation() const { return vocabulary::key(m_interview.recommendation); }
    QString summary() const { return m_interview.summary; }

    int elapsedSeconds() const;
    QString elapsedText() const;
    int paceSeconds() const;
    QString paceText() const;
    QString skipHint() const;
    int currentSeconds() const;

    int count() const { return int(m_interview.items.size()); }
    int currentIndex() const { return m_interview.currentItem; }
    QString title() const { return current().title; }
    QString prompt() const { return current().prompt; }
    QString category() const { return current().category; }
    // The current question's level and kind as their keys; empty without one.
    QString level() const;
    QString kind() const;
    QString referenceAnswer() const { return current().referenceAnswer; }
    QString planNote() const { return current().planNote; }
    int budgetMinutes() const { return current().minutesBudget; }
    QStringList anchors() const;
    QString notes() const { return current().notes; }
    int score() const { return current().score; }
    bool flagStrong() const { return current().flagStrong; }
    bool flagConcern() const { return current().flagConcern; }
    ChecklistModel *followUps() { return &m_followUps; }
    ChecklistModel *criteria() { return &m_criteria; }
    AgendaModel *agenda() { return &m_agenda; }
    QString error() const { return m_error; }
    const Interview &interview() const { return m_interview; }

    Q_INVOKABLE void next();
    Q_INVOKABLE void previous();
    Q_INVOKABLE void goTo(int index);
    // Marks the current question skipped and moves to the next pending one.
    Q_INVOKABLE void skip();
    // 1–4; the same score again clears it.
    Q_INVOKABLE void setScore(int score);
    Q_INVOKABLE void toggleCriterion(int index);
    Q_INVOKABLE void toggleFollowUp(int index);
    Q_INVOKABLE void addFollowUp(const QString &text);
    Q_INVOKABLE void toggleFlagStrong();
    Q_INVOKABLE void toggleFlagConcern();
    // The whole notes text of the current question, after every keystroke.
    Q_INVOKABLE void setNotes(const QString &notes);
    // "[mm:ss] ": the stamp a new notes line starts with.
    Q_INVOKABLE QString stamp() const;
    Q_INVOKABLE void pause();
    Q_INVOKABLE void resume();
    Q_INVOKABLE void togglePause();
    // Needs a recommendation (strong_no, no, yes, strong_yes) and a summary; false with
    // `error` set otherwise.
    Q_INVOKABLE bool finish(const QString &recommendation, const QString &summary);
    // Opens a finished interview again to amend it; it is then marked amended.
    Q_INVOKABLE void reopen();

signals:
    void loaded();
    void progressChanged();
    void currentChanged();
    void recordChanged();
    void tick();
    void errorChanged();
    // The interview's stored state changed (for lists elsewhere).
    void changed();

private:
    const InterviewItem &current() const;
    InterviewItem *currentItem();
    QDateTime now() const { return m_now(); }
    // Runs a write; on failure re-reads the interview so screen and disk agree.
    template<typename Write> bool store(Write write);
    void saveProgress();
    void moveTo(int index, vocabulary::ItemState leftAs);
    void refreshChecklists();
    void refreshCurrent();
    void refreshRecord();
    void refreshClock();
    void setError(const QString &error);

    InterviewRepository &m_repository;
    NoteWriter &m_notes;
    std::function<QDateTime()> m_now;
    Interview m_interview;
    AgendaModel m_agenda;
    ChecklistModel m_followUps;
    ChecklistModel m_criteria;
    QTimer m_clock;
    QString m_error;
    QString m_notesError;
};
