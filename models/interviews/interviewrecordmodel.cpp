#include "interviews/interviewrecordmodel.h"

#include "domain/scorecard.h"

#include "common/qmlvocabulary.h"
#include "domain/errors.h"
#include "domain/wallclock.h"
#include "storage/interviewrepository.h"

#include <QLocale>

InterviewRecordModel::InterviewRecordModel(InterviewRepository &repository, QObject *parent,
                                           std::function<QDateTime()> now)
    : QAbstractListModel(parent)
    , m_repository(repository)
    , m_now(now ? std::move(now) : &wallclock::now)
{
    m_interview.id = 0;
}

int InterviewRecordModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_interview.items.size());
}

QVariant InterviewRecordModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const InterviewItem &item = m_interview.items.at(index.row());
    const int seconds = m_interview.itemSeconds(index.row(), m_now());
    switch (role) {
    case Qt::DisplayRole:
    case TitleRole:
        return item.title;
    case CategoryRole:
        return item.category;
    case LevelRole:
        return int(item.level);
    case LevelLabelRole:
        return vocabulary::label(item.level);
    case StateRole:
        return int(item.state);
    case StateLabelRole:
        return vocabulary::label(item.state);
    case TimeTextRole:
        return tr("%1:%2 of %3 min")
            .arg(seconds / 60)
            .arg(seconds % 60, 2, 10, QLatin1Char('0'))
            .arg(item.minutesBudget);
    case OverBudgetRole:
        return seconds > item.minutesBudget * 60;
    case ScoreRole:
        return item.score;
    case ScoreLabelRole:
        return vocabulary::scoreLabel(item.score);
    case AnchorTextRole:
        return interviewvalues::anchorOf(item, item.score);
    case CriteriaMetRole:
    case CriteriaMissedRole: {
        QStringList texts;
        for (const InterviewCriterion &criterion : item.criteria) {
            if (criterion.met == (role == CriteriaMetRole))
                texts << criterion.text;
        }
        return texts;
    }
    case FollowUpsAskedRole: {
        QStringList texts;
        for (const InterviewFollowUp &followUp : item.followUps) {
            if (followUp.asked)
                texts << (followUp.adHoc ? followUp.text + tr(" (added)") : followUp.text);
        }
        return texts;
    }
    case FlagStrongRole:
        return item.flagStrong;
    case FlagConcernRole:
        return item.flagConcern;
    case NotesRole:
        return item.notes;
    case SecondsRole:
        return seconds;
    case BudgetMinutesRole:
        return item.minutesBudget;
    default:
        return {};
    }
}

QHash<int, QByteArray> InterviewRecordModel::roleNames() const
{
    return {{TitleRole, "title"},
            {CategoryRole, "category"},
            {LevelRole, "level"},
            {StateRole, "itemState"},
            {TimeTextRole, "timeText"},
            {OverBudgetRole, "overBudget"},
            {ScoreRole, "score"},
            {ScoreLabelRole, "scoreLabel"},
            {AnchorTextRole, "anchorText"},
            {CriteriaMetRole, "criteriaMet"},
            {CriteriaMissedRole, "criteriaMissed"},
            {FollowUpsAskedRole, "followUpsAsked"},
            {FlagStrongRole, "flagStrong"},
            {FlagConcernRole, "flagConcern"},
            {NotesRole, "notes"},
            {SecondsRole, "seconds"},
            {BudgetMinutesRole, "budgetMinutes"},
            {LevelLabelRole, "levelLabel"},
            {StateLabelRole, "itemStateLabel"}};
}

bool InterviewRecordModel::load(int interviewId)
{
    std::optional<Interview> interview;
    try {
        interview = m_repository.interview(interviewId);
    } catch (const PanelistError &) {
    }
    if (!interview) {
        clear();
        return false;
    }
    show(*interview);
    return true;
}

void InterviewRecordModel::reload()
{
    if (active())
        load(int(m_interview.id));
}

void InterviewRecordModel::clear()
{
    if (!active())
        return;
    Interview none;
    none.id = 0;
    show(none);
}

void InterviewRecordModel::show(const Interview &interview)
{
    beginResetModel();
    m_interview = interview;
    endResetModel();
    emit loaded();
    emit clockChanged();
}

void InterviewRecordModel::refreshClock()
{
    if (!active())
        return;
    emit clockChanged();
    const int current = m_interview.currentItem;
    if (current >= 0 && current < rowCount())
        emit dataChanged(index(current), index(current),
                         {TimeTextRole, OverBudgetRole, SecondsRole});
}

QString InterviewRecordModel::dateText() const
{
    return m_interview.startedAt.isValid()
               ? QLocale().toString(m_interview.startedAt.toLocalTime().date(),
                                    QLocale::ShortFormat)
               : QString();
}

QString InterviewRecordModel::durationText() const
{
    return m_interview.startedAt.isValid()
               ? interviewvalues::durationText(m_interview.elapsedSeconds(m_now()))
               : QString();
}

int InterviewRecordModel::status() const
{
    return int(m_interview.status);
}

QString InterviewRecordModel::statusLabel() const
{
    return QmlVocabulary::statusLabel(status());
}

int InterviewRecordModel::recommendation() const
{
    return int(m_interview.recommendation);
}

QString InterviewRecordModel::recommendationLabel() const
{
    return vocabulary::label(m_interview.recommendation);
}

QString InterviewRecordModel::scorecardText() const
{
    return scorecards::text(scorecards::of(m_interview));
}
