#pragma once

#include "domain/interview.h"

#include <QAbstractListModel>
#include <QtQml/qqmlregistration.h>
#include <functional>

class InterviewRepository;

// One interview, read-only, for the history's detail view: the interview's details as
// properties and one row per question with its time, score, anchor, criteria,
// follow-ups, flags and notes.
class InterviewRecordModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Provided by InterviewDesk.record")
    Q_PROPERTY(int count READ rowCount NOTIFY loaded)
    Q_PROPERTY(bool active READ active NOTIFY loaded)
    Q_PROPERTY(int interviewId READ interviewId NOTIFY loaded)
    Q_PROPERTY(QString candidate READ candidate NOTIFY loaded)
    Q_PROPERTY(QString role READ role NOTIFY loaded)
    Q_PROPERTY(QString interviewer READ interviewer NOTIFY loaded)
    Q_PROPERTY(int planId READ planId NOTIFY loaded)
    Q_PROPERTY(QString planName READ planName NOTIFY loaded)
    Q_PROPERTY(QString dateText READ dateText NOTIFY loaded)               // local date
    Q_PROPERTY(QString durationText READ durationText NOTIFY clockChanged) // "42 min"
    // A vocabulary::InterviewStatus and a vocabulary::Recommendation, with their labels.
    Q_PROPERTY(int status READ status NOTIFY loaded)
    Q_PROPERTY(QString statusLabel READ statusLabel NOTIFY loaded)
    Q_PROPERTY(int recommendation READ recommendation NOTIFY loaded)
    Q_PROPERTY(QString recommendationLabel READ recommendationLabel NOTIFY loaded)
    Q_PROPERTY(QString summary READ summary NOTIFY loaded)
    Q_PROPERTY(bool amended READ amended NOTIFY loaded)
    // The scorecard as plain text (scorecards::text): ratings with their evidence, key
    // takeaways, pros, cons; "" when the interview has none.
    Q_PROPERTY(QString scorecardText READ scorecardText NOTIFY loaded)

public:
    enum Role {
        TitleRole = Qt::UserRole + 1,
        CategoryRole,
        LevelRole,       // a vocabulary::Level
        StateRole,       // a vocabulary::ItemState
        TimeTextRole,    // "6:12 of 8 min"
        OverBudgetRole,  // more time than its budget
        ScoreRole,       // 1–4, 0 = not scored
        ScoreLabelRole,  // "3 — Middle" or "Not scored"
        AnchorTextRole,  // the anchor of the score given
        CriteriaMetRole, // QStringList
        CriteriaMissedRole,
        FollowUpsAskedRole, // ad-hoc ones end in " (added)"
        FlagStrongRole,
        FlagConcernRole,
        NotesRole,
        SecondsRole,
        BudgetMinutesRole,
        LevelLabelRole,
        StateLabelRole,
    };
    Q_ENUM(Role)

    // `now` is the clock for an interview still running; tests pass their own.
    explicit InterviewRecordModel(InterviewRepository &repository, QObject *parent = nullptr,
                                  std::function<QDateTime()> now = {});

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    // Shows interview `id`; false (showing nothing) when there is no such interview.
    Q_INVOKABLE bool load(int interviewId);
    // Reads the interview shown again (after it changed).
    Q_INVOKABLE void reload();
    Q_INVOKABLE void clear();
    // The running interview's times at the clock's time: its duration and the current
    // question's time.
    void refreshClock();

    bool active() const { return m_interview.id > 0; }
    int interviewId() const { return int(m_interview.id); }
    QString candidate() const { return m_interview.candidate; }
    QString role() const { return m_interview.role; }
    QString interviewer() const { return m_interview.interviewer; }
    int planId() const { return int(m_interview.planId); }
    QString planName() const { return m_interview.planName; }
    QString dateText() const;
    QString durationText() const;
    int status() const;
    QString statusLabel() const;
    int recommendation() const;
    QString recommendationLabel() const;
    QString summary() const { return m_interview.summary; }
    bool amended() const { return m_interview.amended; }
    QString scorecardText() const;

signals:
    void loaded();
    void clockChanged();

private:
    void show(const Interview &interview);

    InterviewRepository &m_repository;
    std::function<QDateTime()> m_now;
    Interview m_interview;
};
