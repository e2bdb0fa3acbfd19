#include "domain/interview.h"

#include <QCoreApplication>
#include <algorithm>

using vocabulary::InterviewStatus;
using vocabulary::ItemState;

int Interview::elapsedSeconds(const QDateTime &now) const
{
    if (!startedAt.isValid())
        return 0;
    QDateTime until = now;
    if (paused())
        until = pausedAt;
    else if (finished() && endedAt.isValid())
        until = endedAt;
    return std::max<qint64>(0, startedAt.secsTo(until) - pausedSeconds);
}

int Interview::itemSeconds(int index, const QDateTime &now) const
{
    if (index < 0 || index >= items.size())
        return 0;
    const InterviewItem &item = items.at(index);
    if (index != currentItem || finished())
        return item.secondsSpent;
    return item.secondsSpent + std::max(0, elapsedSeconds(now) - currentSince);
}

int Interview::paceSeconds(const QDateTime &now) const
{
    int planned = 0;
    for (int i = 0; i < currentItem && i < items.size(); ++i)
        planned += items.at(i).minutesBudget * 60;
    if (currentItem < items.size())
        planned +=
            std::min(itemSeconds(currentItem, now), items.at(currentItem).minutesBudget * 60);
    return planned - elapsedSeconds(now);
}

QList<int> Interview::itemsToSkip(int seconds) const
{
    QList<int> skip;
    int won = 0;
    for (int i = int(items.size()) - 1; i > currentItem && won < seconds; --i) {
        if (items.at(i).state != ItemState::Pending)
            continue;
        skip.prepend(i);
        won += items.at(i).minutesBudget * 60;
    }
    return won >= seconds ? skip : QList<int>{};
}

int Interview::budgetMinutes() const
{
    int total = 0;
    for (const InterviewItem &item : items)
        total += item.minutesBudget;
    return total;
}

bool Interview::hasRecord(int index) const
{
    const InterviewItem &item = items.at(index);
    if (!item.notes.trimmed().isEmpty() || item.score > 0 || item.flagStrong || item.flagConcern)
        return true;
    for (const InterviewCriterion &criterion : item.criteria) {
        if (criterion.met)
            return true;
    }
    for (const InterviewFollowUp &followUp : item.followUps) {
        if (followUp.asked)
            return true;
    }
    return false;
}

void Interview::moveTo(int index, ItemState leftAs, const QDateTime &now)
{
    if (index < 0 || index >= items.size())
        return;
    const int elapsed = elapsedSeconds(now);
    if (currentItem >= 0 && currentItem < items.size()) {
        InterviewItem &left = items[currentItem];
        left.secondsSpent += std::max(0, elapsed - currentSince);
        // A skipped question passed through with nothing recorded stays skipped.
        if (left.state != ItemState::Skipped || hasRecord(currentItem))
            left.state = leftAs;
    }
    currentItem = index;
    currentSince = elapsed;
    // A skipped question keeps its state while it is the current one, so the mark
    // survives a restart; currentItem says where the call is.
    if (items[index].state != ItemState::Skipped)
        items[index].state = ItemState::Current;
}

void Interview::pause(const QDateTime &now)
{
    if (!paused() && !finished())
        pausedAt = now;
}

void Interview::resume(const QDateTime &now)
{
    if (!paused())
        return;
    pausedSeconds += std::max<qint64>(0, pausedAt.secsTo(now));
    pausedAt = {};
}

void Interview::finish(vocabulary::Recommendation outcome, const QString &summaryText,
                       const QDateTime &now)
{
    if (finished())
        return; // a second finish must not move the end of the call
    const int elapsed = elapsedSeconds(now);
    if (currentItem >= 0 && currentItem < items.size()) {
        InterviewItem &last = items[currentItem];
        last.secondsSpent += std::max(0, elapsed - currentSince);
        if (last.state == ItemState::Current ||
            (last.state == ItemState::Skipped && hasRecord(currentItem)))
            last.state = ItemState::Done;
    }
    currentSince = elapsed;
    resume(now);
    recommendation = outcome;
    summary = summaryText;
    status = InterviewStatus::Finished;
    endedAt = now;
}

void Interview::reopen(const QDateTime &now)
{
    if (!finished())
        return;
    const int elapsed = elapsedSeconds(now);
    status = InterviewStatus::Live;
    amended = true;
    // Pause at the end so the clock shows the call's length, not the time since.
    pausedAt = endedAt.isValid() ? endedAt : now;
    currentSince = elapsed;
    if (currentItem >= 0 && currentItem < items.size() &&
        items[currentItem].state != ItemState::Skipped)
        items[currentItem].state = ItemState::Current;
}

int InterviewSummary::elapsedSeconds(const QDateTime &now) const
{
    Interview clock;
    clock.startedAt = startedAt;
    clock.endedAt = endedAt;
    clock.status = status;
    clock.pausedAt = pausedAt;
    clock.pausedSeconds = pausedSeconds;
    return clock.elapsedSeconds(now);
}

namespace interviewvalues {

QString clock(int seconds)
{
    const int s = std::max(0, seconds);
    if (s >= 3600)
        return QStringLiteral("%1:%2:%3")
            .arg(s / 3600)
            .arg(s / 60 % 60, 2, 10, QLatin1Char('0'))
            .arg(s % 60, 2, 10, QLatin1Char('0'));
    return QStringLiteral("%1:%2")
        .arg(s / 60, 2, 10, QLatin1Char('0'))
        .arg(s % 60, 2, 10, QLatin1Char('0'));
}

QString durationText(int seconds)
{
    return QCoreApplication::translate("Interview", "%1 min").arg((std::max(0, seconds) + 30) / 60);
}

QString anchorOf(const InterviewItem &item, int score)
{
    const std::optional<vocabulary::Level> level = vocabulary::levelOfScore(score);
    if (!level)
        return {};
    switch (*level) {
    case vocabulary::Level::Junior:
        return item.anchorJunior;
    case vocabulary::Level::Middle:
        return item.anchorMiddle;
    case vocabulary::Level::Senior:
        return item.anchorSenior;
    }
    return {};
}

} // namespace interviewvalues
