#pragma once

#include "domain/interview.h"
#include "interviews/agendamodel.h"
#include "interviews/checklistmodel.h"
#include "interviews/livekeys.h"

#include <QObject>
#include <QTimer>
#include <QVariantList>
#include <QVariantMap>
#include <QtQml/qqmlregistration.h>
#include <functional>

class InterviewRepository;
class NoteWriter;

// What the notes editor inserts at the cursor for a key (LiveInterview::stampForKey):
// `text`, and whether it stands in for the key's own effect.
class NoteStamp
{
    Q_GADGET
    QML_VALUE_TYPE(noteStamp)
    Q_PROPERTY(QString text MEMBER text)
    Q_PROPERTY(bool replacesKey MEMBER replacesKey)

public:
    QString text;
    bool replacesKey = false;
};

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
    // Open and not finished: what the call records can change.
    Q_PROPERTY(bool editable READ editable NOTIFY progressChanged)
    // A vocabulary::InterviewStatus, and its label.
    Q_PROPERTY(int status READ status NOTIFY progressChanged)
    Q_PROPERTY(QString statusLabel READ statusLabel NOTIFY progressChanged)
    // A vocabulary::Recommendation (None until finished), and its label.
    Q_PROPERTY(int recommendation READ recommendation NOTIFY progressChanged)
    Q_PROPERTY(QString recommendationLabel READ recommendationLabel NOTIFY progressChanged)
    Q_PROPERTY(QString summary READ summary NOTIFY progressChanged)

    Q_PROPERTY(int elapsedSeconds READ elapsedSeconds NOTIFY tick)
    Q_PROPERTY(QString elapsedText READ elapsedText NOTIFY tick)
    // Positive: ahead of the plan; negative: behind; in seconds.
    Q_PROPERTY(int paceSeconds READ paceSeconds NOTIFY tick)
    Q_PROPERTY(QString paceText READ paceText NOTIFY tick)
    // Ahead or behind by a minute or more, else on time (for the pace's colour).
    Q_PROPERTY(Pace pace READ pace NOTIFY tick)
    // When behind: which pending questions to skip to catch up; else empty.
    Q_PROPERTY(QString skipHint READ skipHint NOTIFY tick)
    Q_PROPERTY(int currentSeconds READ currentSeconds NOTIFY tick)
    // The time on the current question, "mm:ss" (h:mm:ss from an hour on).
    Q_PROPERTY(QString currentText READ currentText NOTIFY tick)
    // More time on the current question than its budget.
    Q_PROPERTY(bool currentOverBudget READ currentOverBudget NOTIFY tick)

    Q_PROPERTY(int count READ count NOTIFY loaded)
    Q_PROPERTY(int currentIndex READ currentIndex NOTIFY currentChanged)
    Q_PROPERTY(QString title READ title NOTIFY currentChanged)
    Q_PROPERTY(QString prompt READ prompt NOTIFY currentChanged)
    Q_PROPERTY(QString category READ category NOTIFY currentChanged)
    // The current question's vocabulary::Level and vocabulary::Kind, and their labels.
    Q_PROPERTY(int level READ level NOTIFY currentChanged)
    Q_PROPERTY(QString levelLabel READ levelLabel NOTIFY currentChanged)
    Q_PROPERTY(int kind READ kind NOTIFY currentChanged)
    Q_PROPERTY(QString kindLabel READ kindLabel NOTIFY currentChanged)
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
    enum Pace { OnTime, Ahead, Behind };
    Q_ENUM(Pace)

    // Why finish() would refuse: nothing, or what is missing.
    enum FinishCheck { FinishReady, NeedsRecommendation, NeedsSummary };
    Q_ENUM(FinishCheck)

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
    bool editable() const { return active() && !finished(); }
    int status() const;
    QString statusLabel() const;
    int recommendation() const;
    QString recommendationLabel() const;
    QString summary() const { return m_interview.summary; }

    int elapsedSeconds() const;
    QString elapsedText() const;
    int paceSeconds() const;
    QString paceText() const;
    Pace pace() const;
    QString skipHint() const;
    int currentSeconds() const;
    QString currentText() const;
    bool currentOverBudget() const;

    int count() const { return int(m_interview.items.size()); }
    int currentIndex() const { return m_interview.currentItem; }
    QString title() const { return current().title; }
    QString prompt() const { return current().prompt; }
    QString category() const { return current().category; }
    int level() const;
    QString levelLabel() const;
    int kind() const;
    QString kindLabel() const;
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
    // What the notes editor inserts at the cursor for a key (Qt::Key, modifiers, the
    // key's text) before the key does anything else, so every line of the notes starts
    // with the time since the start: Enter without Ctrl or Alt adds a new line with its
    // stamp instead of a bare line break; the first character typed into empty notes
    // comes after a stamp. Nothing for other keys, or while the notes are read-only.
    // `lineStart`: the first key since the notes were entered (a question shown, the
    // follow-up field left), with the cursor at the end: text typed then starts a new
    // stamped line after what is there, or goes on an empty stamped line left last.
    Q_INVOKABLE NoteStamp stampForKey(int key, int modifiers, const QString &text,
                                      bool lineStart = false) const;
    // A key of the live view (LiveKeys): does what it stands for when the interview
    // allows it and returns its LiveKeys::Action, NoAction when the key is not the
    // view's or not available now. The view itself does what only it can: the sheet
    // (CheatSheet), the follow-up field (AddFollowUp), the finish dialog (Finish), and
    // the focus back in the notes (Reopen). Enter is the notes' (stampForKey), the
    // sections the window's.
    Q_INVOKABLE int handleKey(int key, int modifiers);
    Q_INVOKABLE void pause();
    Q_INVOKABLE void resume();
    Q_INVOKABLE void togglePause();
    // What finish() would say to `recommendation` (a vocabulary::Recommendation) and
    // `summary`, and the sentence for it ("" for FinishReady).
    Q_INVOKABLE int checkFinish(int recommendation, const QString &summary) const;
    Q_INVOKABLE static QString finishCheckText(int check);
    // The questions finishing now leaves open, one line each kind: skipped, not asked
    // (never shown, nothing recorded), asked but not scored; "" when there are none.
    Q_INVOKABLE QString openQuestionsText() const;
    // Needs a recommendation (a vocabulary::Recommendation other than None) and a
    // summary; false with `error` set otherwise.
    Q_INVOKABLE bool finish(int recommendation, const QString &summary);
    // The same with the recommendation's stored key (strong_no, no, yes, strong_yes).
    bool finish(const QString &recommendation, const QString &summary);
    // Opens a finished interview again to amend it; it is then marked amended.
    Q_INVOKABLE void reopen();

    // The scorecard as it stands (domain/scorecard.h), for the finish dialog: one map per
    // competency {name, description, rating (0–4), suggested (0–4), suggestedText
    // ("suggested: 3 — Yes" or ""), evidence [{title, score, scoreLabel}]}; empty when the
    // plan named no competencies.
    Q_INVOKABLE QVariantList scorecardCompetencies() const;
    // {takeaways, pros, cons}.
    Q_INVOKABLE QVariantMap scorecardTexts() const;
    // Keeps `ratings` (one per competency, in order; 0 not rated) and the texts on the
    // interview and writes them at once; finishing submits them. False with `error` set
    // when they cannot be stored (a rating outside 1–4, a text over its limit).
    Q_INVOKABLE bool setScorecard(const QVariantList &ratings, const QString &takeaways,
                                  const QString &pros, const QString &cons);
    // "Not rated yet: Design; Testing" for the competencies `ratings` leaves at 0; ""
    // when every one is rated. A scorecard may be finished with some unrated.
    Q_INVOKABLE QString unratedText(const QVariantList &ratings) const;

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
