#include "interviews/liveinterview.h"

#include "common/qmlvocabulary.h"
#include "domain/limits.h"

#include "domain/errors.h"
#include "domain/scorecard.h"
#include "domain/wallclock.h"
#include "storage/interviewrepository.h"
#include "storage/notewriter.h"

#include <QCoreApplication>
#include <QRegularExpression>

using vocabulary::ItemState;

namespace {

const InterviewItem kNoItem;

} // namespace

LiveInterview::LiveInterview(InterviewRepository &repository, NoteWriter &notes, QObject *parent,
                             std::function<QDateTime()> now)
    : QObject(parent)
    , m_repository(repository)
    , m_notes(notes)
    , m_now(now ? std::move(now) : &wallclock::now)
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

InterviewItem *LiveInterview::currentItem()
{
    const int index = m_interview.currentItem;
    // A finished interview is read-only until it is reopened.
    if (!active() || finished() || index < 0 || index >= m_interview.items.size())
        return nullptr;
    return &m_interview.items[index];
}

int LiveInterview::status() const
{
    return int(m_interview.status);
}

QString LiveInterview::statusLabel() const
{
    return active() ? QmlVocabulary::statusLabel(status()) : QString();
}

int LiveInterview::recommendation() const
{
    return int(m_interview.recommendation);
}

QString LiveInterview::recommendationLabel() const
{
    return QmlVocabulary::recommendationLabel(recommendation());
}

int LiveInterview::level() const
{
    // -1, no level, while there is no question.
    return &current() == &kNoItem ? -1 : int(current().level);
}

QString LiveInterview::levelLabel() const
{
    return QmlVocabulary::levelLabel(level());
}

int LiveInterview::kind() const
{
    return &current() == &kNoItem ? -1 : int(current().kind);
}

QString LiveInterview::kindLabel() const
{
    return QmlVocabulary::kindLabel(kind());
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

LiveInterview::Pace LiveInterview::pace() const
{
    if (!active() || finished())
        return OnTime;
    const int pace = paceSeconds();
    if (pace <= -60)
        return Behind;
    return pace >= 60 ? Ahead : OnTime;
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

QString LiveInterview::currentText() const
{
    return interviewvalues::clock(currentSeconds());
}

bool LiveInterview::currentOverBudget() const
{
    return active() && currentSeconds() > budgetMinutes() * 60;
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

NoteStamp LiveInterview::stampForKey(int key, int modifiers, const QString &text,
                                     bool lineStart) const
{
    const InterviewItem &item = current();
    if (!editable() || item.id == 0)
        return {};
    if (LiveKeys::match(key, modifiers).action == LiveKeys::NewNotesLine)
        return {QLatin1Char('\n') + stamp(), true};
    const bool plain = (modifiers & (Qt::ControlModifier | Qt::AltModifier)) == 0;
    if (!plain || text.trimmed().isEmpty())
        return {};
    // The first line gets its stamp as its first character lands.
    if (item.notes.isEmpty())
        return {stamp(), false};
    if (!lineStart)
        return {};
    // Back in the notes: what is typed is a new line, unless the last line is a stamp
    // still waiting for its text.
    static const QRegularExpression bareStamp(
        QStringLiteral("(^|\\n)\\[\\d+:\\d\\d(:\\d\\d)?\\] ?$"));
    if (bareStamp.match(item.notes).hasMatch())
        return {};
    if (item.notes.endsWith(QLatin1Char('\n')))
        return {stamp(), false};
    return {QLatin1Char('\n') + stamp(), false};
}

int LiveInterview::handleKey(int key, int modifiers)
{
    const LiveKeys::Match match = LiveKeys::match(key, modifiers);
    if (match.action == LiveKeys::CheatSheet)
        return match.action;
    if (!active())
        return LiveKeys::NoAction;
    switch (match.action) {
    case LiveKeys::Next:
        next();
        break;
    case LiveKeys::Previous:
        previous();
        break;
    case LiveKeys::Skip:
        skip();
        break;
    case LiveKeys::Score:
        setScore(match.number);
        break;
    case LiveKeys::Criterion:
        toggleCriterion(match.number - 1);
        break;
    case LiveKeys::FollowUp:
        toggleFollowUp(match.number - 1);
        break;
    case LiveKeys::FlagStrong:
        toggleFlagStrong();
        break;
    case LiveKeys::FlagConcern:
        toggleFlagConcern();
        break;
    case LiveKeys::Pause:
        togglePause();
        break;
    case LiveKeys::Reopen:
        if (!finished())
            return LiveKeys::NoAction;
        reopen();
        break;
    case LiveKeys::AddFollowUp:
    case LiveKeys::Finish:
        // The view opens the field or the dialog, while there is something to record.
        if (!editable())
            return LiveKeys::NoAction;
        break;
    case LiveKeys::NoAction:
    case LiveKeys::NewNotesLine:
    case LiveKeys::Sections:
    case LiveKeys::CheatSheet:
        return LiveKeys::NoAction;
    }
    return match.action;
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

int LiveInterview::checkFinish(int recommendation, const QString &summary) const
{
    if (QmlVocabulary::recommendationKey(recommendation).isEmpty())
        return NeedsRecommendation;
    if (summary.trimmed().isEmpty())
        return NeedsSummary;
    return FinishReady;
}

QString LiveInterview::finishCheckText(int check)
{
    switch (check) {
    case NeedsRecommendation:
        return tr("Choose a recommendation.");
    case NeedsSummary:
        return tr("Write a summary for the hiring team.");
    default:
        return {};
    }
}

QString LiveInterview::openQuestionsText() const
{
    QStringList skippedNames;
    QStringList notAsked;
    QStringList notScored;
    for (int i = 0; i < count(); ++i) {
        const InterviewItem &item = m_interview.items.at(i);
        const QString name = QStringLiteral("%1. %2").arg(i + 1).arg(item.title);
        const bool recorded = m_interview.hasRecord(i);
        // The current question, skipped before, counts as asked once something is recorded.
        const bool skipped = item.state == ItemState::Skipped && (i != currentIndex() || !recorded);
        if (skipped)
            skippedNames << name;
        else if (item.state == ItemState::Pending && !recorded)
            notAsked << name;
        else if (item.score <= 0)
            notScored << name;
    }
    QStringList lines;
    const QString separator = QStringLiteral("; ");
    if (!skippedNames.isEmpty())
        lines << tr("Skipped: %1").arg(skippedNames.join(separator));
    if (!notAsked.isEmpty())
        lines << tr("Not asked yet: %1").arg(notAsked.join(separator));
    if (!notScored.isEmpty())
        lines << tr("Asked but not scored: %1").arg(notScored.join(separator));
    return lines.join(QLatin1Char('\n'));
}

bool LiveInterview::finish(int recommendation, const QString &summary)
{
    return finish(QmlVocabulary::recommendationKey(recommendation), summary);
}

bool LiveInterview::finish(const QString &recommendation, const QString &summary)
{
    if (!active())
        return false;
    const int check = checkFinish(QmlVocabulary::recommendationValue(recommendation), summary);
    if (check != FinishReady) {
        setError(finishCheckText(check));
        return false;
    }
    // Ready means the key names a recommendation.
    const vocabulary::Recommendation outcome = *vocabulary::parseRecommendation(recommendation);
    m_notes.flush();
    m_interview.finish(outcome, summary.trimmed(), now());
    saveProgress();
    m_agenda.update(m_interview, now());
    emit progressChanged();
    refreshClock();
    return m_interview.finished();
}

QVariantList LiveInterview::scorecardCompetencies() const
{
    QVariantList result;
    const Scorecard card = scorecards::of(m_interview);
    for (const ScorecardRating &competency : card.competencies) {
        QVariantList evidence;
        for (const ScorecardEvidence &entry : competency.evidence)
            evidence.append(
                QVariantMap{{QStringLiteral("title"), entry.title},
                            {QStringLiteral("score"), entry.score},
                            {QStringLiteral("scoreLabel"), vocabulary::scoreLabel(entry.score)}});
        result.append(QVariantMap{
            {QStringLiteral("name"), competency.name},
            {QStringLiteral("description"), competency.description},
            {QStringLiteral("rating"), competency.rating},
            {QStringLiteral("suggested"), competency.suggested},
            {QStringLiteral("suggestedText"),
             vocabulary::isRating(competency.suggested)
                 ? tr("suggested: %1").arg(vocabulary::ratingLabel(competency.suggested))
                 : QString()},
            {QStringLiteral("evidence"), evidence}});
    }
    return result;
}

QVariantMap LiveInterview::scorecardTexts() const
{
    return {{QStringLiteral("takeaways"), m_interview.takeaways},
            {QStringLiteral("pros"), m_interview.pros},
            {QStringLiteral("cons"), m_interview.cons}};
}

bool LiveInterview::setScorecard(const QVariantList &ratings, const QString &takeaways,
                                 const QString &pros, const QString &cons)
{
    if (!active())
        return false;
    for (int c = 0; c < m_interview.competencies.size(); ++c)
        m_interview.competencies[c].rating = ratings.value(c, vocabulary::kNoRating).toInt();
    m_interview.takeaways = takeaways.trimmed();
    m_interview.pros = pros.trimmed();
    m_interview.cons = cons.trimmed();
    bool stored = false;
    store([this, &stored] {
        m_repository.saveProgress(m_interview);
        stored = true;
    });
    return stored;
}

QString LiveInterview::unratedText(const QVariantList &ratings) const
{
    QStringList names;
    for (int c = 0; c < m_interview.competencies.size(); ++c) {
        if (!vocabulary::isRating(ratings.value(c, vocabulary::kNoRating).toInt()))
            names << m_interview.competencies.at(c).name;
    }
    if (names.isEmpty())
        return {};
    return tr("Not rated yet: %1").arg(names.join(QStringLiteral("; ")));
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
