#include "interviews/liveinterview.h"

#include "domain/limits.h"

#include "domain/errors.h"
#include "storage/interviewrepository.h"
#include "storage/notewriter.h"

#include <QCoreApplication>

using vocabulary::ItemState;

namespace {

const InterviewItem kNoItem;

} // namespace

LiveInterview::LiveInterview(InterviewRepository &repository, NoteWriter &notes, QObject *parent,
                             std::function<QDateTime()> now)
    : QObject(parent)
    , m_repository(repository)
    , m_notes(notes)
    , m_now(now ? std::move(now) : [] { return QDateTime::currentDateTimeUtc(); })
{
    // A tick only re-reads the wall clock; it never adds up its own intervals.
    m_clock.setInterval(1000);
    connect(&m_clock, &QTimer::timeout, this, &LiveInterview::refreshClock);
    connect(&m_notes, &NoteWriter::failed, this, [this](const QString &message) {
        m_notesError = message.isEmpty()
                           ? QString()
                           : tr("Notes are not reaching the disk (%1); they are kept and "
                                "tried again.")
                                 .arg(message);
        setError(m_notesError);
    });
}

LiveInterview::~LiveInterview() = default;

bool LiveInterview::load(qint64 id)
{
    // Notes still on their way to the disk first, so the read below has them: re-reading
    // the interview (after a failed write, or opening it again) must not show older notes.
    m_notes.flush();
    std::optional<Interview> interview;
    try {
        interview = m_repository.interview(id);
    } catch (const PanelistError &e) {
        setError(e.message());
        return false;
    }
    if (!interview)
        return false;
    m_interview = *interview;
    setError({});
    m_agenda.update(m_interview, now());
    refreshCurrent();
    refreshClock();
    emit loaded();
    emit progressChanged();
    return true;
}

void LiveInterview::close()
{
    m_notes.flush();
    m_interview = Interview{};
    m_interview.id = 0;
    m_clock.stop();
    m_agenda.clear();
    refreshCurrent();
    emit loaded();
    emit progressChanged();
    emit tick();
}

const InterviewItem &LiveInterview::current() const
{
    const int index = m_interview.currentItem;
    return index >= 0 && index < m_interview.items.size() ? m_interview.items.at(index) : kNoItem;
}

QString LiveInterview::level() const
{
    return &current() == &kNoItem ? QString() : vocabulary::key(current().level);
}

QString LiveInterview::kind() const
{
    return &current() == &kNoItem ? QString() : vocabulary::key(current().kind);
}

InterviewItem *LiveInterview::currentItem()
{
    const int index = m_interview.currentItem;
    // A finished interview is read-only until it is reopened.
    if (!active() || finished() || index < 0 || index >= m_interview.items.size())
        return nullptr;
    return &m_interview.items[index];
}

int LiveInterview::elapsedSeconds() const
{
    return m_interview.elapsedSeconds(now());
}

QString LiveInterview::elapsedText() const
{
    return interviewvalues::clock(elapsedSeconds());
}

int LiveInterview::paceSeconds() const
{
    return active() ? m_interview.paceSeconds(now()) : 0;
}

QString LiveInterview::paceText() const
{
    if (!active() || finished())
        return {};
    const int minutes = qRound(paceSeconds() / 60.0);
    if (minutes == 0)
        return tr("On time");
    if (minutes > 0)
        return tr("%n min ahead", nullptr, minutes);
    return tr("%n min behind", nullptr, -minutes);
}

QString LiveInterview::skipHint() const
{
    if (!active() || finished())
        return {};
    const int behind = -paceSeconds();
    if (behind < 60)
        return {};
    const QList<int> skip = m_interview.itemsToSkip(behind);
    if (skip.isEmpty()) {
        int pendingMinutes = 0;
        for (int i = m_interview.currentItem + 1; i < count(); ++i) {
            if (m_interview.items.at(i).state == ItemState::Pending)
                pendingMinutes += m_interview.items.at(i).minutesBudget;
        }
        if (pendingMinutes == 0)
            return tr("Behind with nothing left to skip: shorten the current question.");
        return tr("Even skipping all that is left (%n min) will not catch up: wrap this "
                  "question up and keep the rest short.",
                  nullptr, pendingMinutes);
    }
    QStringList titles;
    for (int index : skip)
        titles << QStringLiteral("%1. %2").arg(index + 1).arg(m_interview.items.at(index).title);
    return tr("To catch up, consider skipping: %1").arg(titles.join(QStringLiteral("; ")));
}

int LiveInterview::currentSeconds() const
{
    return m_interview.itemSeconds(m_interview.currentItem, now());
}

QStringList LiveInterview::anchors() const
{
    const InterviewItem &item = current();
    return {tr("The answer shows nothing the question looks for."), item.anchorJunior,
            item.anchorMiddle, item.anchorSenior};
}

template<typename Write> bool LiveInterview::store(Write write)
{
    try {
        write();
        setError(m_notesError);
        emit changed();
        return true;
    } catch (const PanelistError &e) {
        const QString message = e.message();
        load(m_interview.id);
        setError(message);
        return false;
    }
}

void LiveInterview::saveProgress()
{
    store([this] { m_repository.saveProgress(m_interview); });
}

void LiveInterview::moveTo(int index, ItemState leftAs)
{
    if (!active() || finished() || index < 0 || index >= count() ||
        index == m_interview.currentItem)
        return;
    m_interview.moveTo(index, leftAs, now());
    saveProgress();
    m_agenda.update(m_interview, now());
    refreshCurrent();
    refreshClock();
}

void LiveInterview::next()
{
    moveTo(m_interview.currentItem + 1, ItemState::Done);
}

void LiveInterview::previous()
{
    const int leaving = m_interview.currentItem;
    const bool recorded = leaving >= 0 && leaving < count() && m_interview.hasRecord(leaving);
    moveTo(leaving - 1, recorded ? ItemState::Done : ItemState::Pending);
}

void LiveInterview::goTo(int index)
{
    const int leaving = m_interview.currentItem;
    const bool recorded = leaving >= 0 && leaving < count() && m_interview.hasRecord(leaving);
    moveTo(index, recorded || index > leaving ? ItemState::Done : ItemState::Pending);
}

void LiveInterview::skip()
{
    if (!active() || finished())
        return;
    // The next pending question after this one, else any pending one before it.
    int target = -1;
    for (int i = m_interview.currentItem + 1; i < count() && target < 0; ++i) {
        if (m_interview.items.at(i).state == ItemState::Pending)
            target = i;
    }
    for (int i = 0; i < m_interview.currentItem && target < 0; ++i) {
        if (m_interview.items.at(i).state == ItemState::Pending)
            target = i;
    }
    if (target < 0) {
        // Nothing left to move to: the question is skipped where it stands.
        if (InterviewItem *item = currentItem()) {
            item->state = ItemState::Skipped;
            saveProgress();
            m_agenda.update(m_interview, now());
        }
        return;
    }
    moveTo(target, ItemState::Skipped);
}

void LiveInterview::setScore(int score)
{
    InterviewItem *item = currentItem();
    if (!item || score < vocabulary::kNoScore || score > vocabulary::kMaxScore)
        return;
    const int value = item->score == score ? vocabulary::kNoScore : score;
    const qint64 id = item->id;
    if (store([&] { m_repository.setScore(id, value); })) {
        item->score = value;
        refreshRecord();
    }
}

void LiveInterview::toggleCriterion(int index)
{
    InterviewItem *item = currentItem();
    if (!item || index < 0 || index >= item->criteria.size())
        return;
    const bool met = !item->criteria.at(index).met;
    const qint64 id = item->id;
    if (store([&] { m_repository.setCriterionMet(id, index, met); })) {
        item->criteria[index].met = met;
        refreshRecord();
    }
}

void LiveInterview::toggleFollowUp(int index)
{
    InterviewItem *item = currentItem();
    if (!item || index < 0 || index >= item->followUps.size())
        return;
    const bool asked = !item->followUps.at(index).asked;
    const qint64 id = item->id;
    if (store([&] { m_repository.setFollowUpAsked(id, index, asked); })) {
        item->followUps[index].asked = asked;
        refreshRecord();
    }
}

void LiveInterview::addFollowUp(const QString &text)
{
    InterviewItem *item = currentItem();
    if (!item || text.trimmed().isEmpty())
        return;
    const qint64 id = item->id;
    if (store([&] { m_repository.addFollowUp(id, text); })) {
        item->followUps.append({text.trimmed(), true, true});
        refreshRecord();
    }
}

void LiveInterview::toggleFlagStrong()
{
    InterviewItem *item = currentItem();
    if (!item)
        return;
    const bool strong = !item->flagStrong;
    const qint64 id = item->id;
    if (store([&] { m_repository.setFlags(id, strong, item->flagConcern); })) {
        item->flagStrong = strong;
        refreshRecord();
    }
}

void LiveInterview::toggleFlagConcern()
{
    InterviewItem *item = currentItem();
    if (!item)
        return;
    const bool concern = !item->flagConcern;
    const qint64 id = item->id;
    if (store([&] { m_repository.setFlags(id, item->flagStrong, concern); })) {
        item->flagConcern = concern;
        refreshRecord();
    }
}

void LiveInterview::setNotes(const QString &text)
{
    InterviewItem *item = currentItem();
    // The notes area stops at the limit; the cut here keeps the database's check from
    // refusing a commit, which would leave the newest text unsaved.
    const QString notes = text.left(limits::kNotes);
    if (!item || item->notes == notes)
        return;
    item->notes = notes;
    m_notes.write(item->id, notes);
}

QString LiveInterview::stamp() const
{
    return QStringLiteral("[%1] ").arg(interviewvalues::clock(elapsedSeconds()));
}

void LiveInterview::pause()
{
    if (!active() || paused() || finished())
        return;
    m_interview.pause(now());
    saveProgress();
    emit progressChanged();
    refreshClock();
}

void LiveInterview::resume()
{
    if (!active() || !paused())
        return;
    m_interview.resume(now());
    saveProgress();
    emit progressChanged();
    refreshClock();
}

void LiveInterview::togglePause()
{
    paused() ? resume() : pause();
}

bool LiveInterview::finish(const QString &recommendation, const QString &summary)
{
    if (!active())
        return false;
    const vocabulary::Recommendation outcome =
        vocabulary::parseRecommendation(recommendation).value_or(vocabulary::Recommendation::None);
    if (outcome == vocabulary::Recommendation::None) {
        setError(tr("Choose a recommendation to finish."));
        return false;
    }
    if (summary.trimmed().isEmpty()) {
        setError(tr("Write a summary to finish."));
        return false;
    }
    m_notes.flush();
    m_interview.finish(outcome, summary.trimmed(), now());
    saveProgress();
    m_agenda.update(m_interview, now());
    emit progressChanged();
    refreshClock();
    return m_interview.finished();
}

void LiveInterview::reopen()
{
    if (!active() || !finished())
        return;
    m_interview.reopen(now());
    saveProgress();
    m_agenda.update(m_interview, now());
    emit progressChanged();
    refreshCurrent();
    refreshClock();
}

void LiveInterview::refreshChecklists()
{
    const InterviewItem &item = current();
    QList<ChecklistModel::Entry> followUps;
    for (const InterviewFollowUp &followUp : item.followUps)
        followUps.append({followUp.text, followUp.asked, followUp.adHoc});
    QList<ChecklistModel::Entry> criteria;
    for (const InterviewCriterion &criterion : item.criteria)
        criteria.append({criterion.text, criterion.met, false});
    m_followUps.update(item.id, followUps);
    m_criteria.update(item.id, criteria);
}

void LiveInterview::refreshCurrent()
{
    refreshChecklists();
    emit currentChanged();
    emit recordChanged();
}

void LiveInterview::refreshRecord()
{
    // Not currentChanged: the notes being typed must not be re-read under the cursor.
    refreshChecklists();
    emit recordChanged();
    m_agenda.update(m_interview, now());
}

void LiveInterview::refreshClock()
{
    const bool running = active() && !paused() && !finished();
    if (running && !m_clock.isActive())
        m_clock.start();
    else if (!running)
        m_clock.stop();
    m_agenda.update(m_interview, now());
    emit tick();
}

void LiveInterview::setError(const QString &error)
{
    if (m_error == error)
        return;
    m_error = error;
    emit errorChanged();
}
