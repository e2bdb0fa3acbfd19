#include "sampledata.h"

#include "domain/errors.h"
#include "domain/limits.h"
#include "domain/wallclock.h"
#include "storage/candidaterepository.h"
#include "storage/interviewstart.h"
#include "storage/transaction.h"
#include "workspace.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>
#include <algorithm>

namespace sampledata {

namespace {

struct SampleData
{
    Q_DECLARE_TR_FUNCTIONS(SampleData)
};

const QString kSamplePlanName = QStringLiteral("Sample plan — Senior Python");
const QString kSampleRole = QStringLiteral("Senior Python developer");

// The demo's candidate named `name` as an entity, with a made-up address on example.com
// (reserved for examples: nothing is ever sent there). Returns 0 when a candidate of
// that name is already there (a second demo run adds nothing for them).
qint64 demoCandidate(Workspace &workspace, const QString &name, const QString &email,
                     vocabulary::CandidateStatus status, QStringList &there)
{
    CandidateRepository candidates(workspace.database());
    CandidateRepository::Filter filter;
    filter.search = name;
    const QList<CandidateOverview> found = candidates.list(filter);
    for (const CandidateOverview &row : found) {
        if (row.candidate.name == name) {
            there << name;
            return 0;
        }
    }
    const qint64 id = candidates.create(name, email, kSampleRole);
    if (status != vocabulary::CandidateStatus::Active)
        candidates.setStatus(id, status);
    return id;
}

// What the sample interview records on one question: time spent, a score, criteria met
// and follow-ups asked (by position), an ad-hoc follow-up, flags, and notes whose lines
// are stamped `offset` seconds after the question began.
struct SampleRecord
{
    QString questionUuid;
    int minutes = 5;
    QString planNote;
    int secondsSpent = 300;
    int score = 0;
    QList<int> criteriaMet;
    QList<int> followUpsAsked;
    QString adHocFollowUp;
    bool strong = false;
    bool concern = false;
    QList<QPair<int, QString>> notes;
};

QList<SampleRecord> sampleRecords()
{
    QList<SampleRecord> records;
    {
        SampleRecord r;
        r.questionUuid = QStringLiteral("d99b59b8-3a8f-4779-b09f-5a783ec82b96"); // dict and set
        r.minutes = 8;
        r.planNote = QStringLiteral("Warm-up on internals; let them pick the depth.");
        r.secondsSpent = 540;
        r.score = 4;
        r.criteriaMet = {0, 1, 2, 3};
        r.followUpsAsked = {0, 1};
        r.strong = true;
        r.notes = {{25, QStringLiteral("Hash tables with open addressing; mentions perturbation "
                                       "in the probe sequence")},
                   {130, QStringLiteral("O(1) average, O(n) worst case; explains collisions from "
                                        "a bad __hash__")},
                   {245, QStringLiteral("Draws the compact layout: index array plus dense "
                                        "entries, ordering guaranteed since 3.7")},
                   {380, QStringLiteral("A key whose hash changes after insertion is \"lost\" in "
                                        "the table: good concrete example")},
                   {490, QStringLiteral("Memory against a list: rough figures; unsure whether "
                                        "getsizeof counts keys and values")}};
        records << r;
    }
    {
        SampleRecord r;
        r.questionUuid = QStringLiteral("aeffe4ed-3514-4109-bb87-f8002fa40ece"); // the GC
        r.minutes = 7;
        r.secondsSpent = 420;
        r.score = 3;
        r.criteriaMet = {0, 1, 2};
        r.followUpsAsked = {0, 2};
        r.notes = {{20, QStringLiteral("Example: a node pointing to its parent and back, a cycle "
                                       "reference counting never frees")},
                   {105, QStringLiteral("The collector walks containers only and subtracts "
                                        "internal references to find unreachable groups")},
                   {210, QStringLiteral("Three generations, gc.get_threshold(); not sure of the "
                                        "default numbers")},
                   {320, QStringLiteral("Thought __del__ in a cycle still leaks: outdated, "
                                        "PEP 442 fixed it in 3.4")},
                   {400, QStringLiteral("Would not disable the GC; has not used gc.freeze()")}};
        records << r;
    }
    {
        SampleRecord r;
        r.questionUuid = QStringLiteral("b78ff3fa-5809-4e02-b0e2-1ce83f559fff"); // backpressure
        r.minutes = 10;
        r.planNote = QStringLiteral("Push for production experience.");
        r.secondsSpent = 660;
        r.score = 3;
        r.criteriaMet = {0, 1, 2};
        r.followUpsAsked = {0, 1};
        r.adHocFollowUp =
            QStringLiteral("How would you notice in production that the queue is filling up?");
        r.notes = {{30, QStringLiteral("Bounded queue.Queue(maxsize=...): a full queue blocks the "
                                       "producer")},
                   {135, QStringLiteral("asyncio: await queue.put() suspends only the producer "
                                        "coroutine, not the thread")},
                   {280, QStringLiteral("Defines backpressure as pressure flowing upstream "
                                        "instead of buffering without limit")},
                   {425, QStringLiteral("Noticing it in production: queue depth as a metric, "
                                        "alert when it keeps growing")},
                   {570, QStringLiteral("Drop or block: talked about sampling metrics; did not "
                                        "name drain()")}};
        records << r;
    }
    {
        SampleRecord r;
        r.questionUuid = QStringLiteral("569c744a-fb93-4837-ab04-14a6c5dd05c6"); // call counter
        r.minutes = 8;
        r.planNote = QStringLiteral("Shared editor; let them type.");
        r.secondsSpent = 480;
        r.score = 4;
        r.criteriaMet = {0, 1, 2, 3};
        r.followUpsAsked = {0, 2};
        r.notes = {{20, QStringLiteral("Went for a function attribute: counter.calls += 1 in the "
                                       "body")},
                   {125, QStringLiteral("Second version with a mutable default; explained that "
                                        "defaults are evaluated once")},
                   {250, QStringLiteral("Spotted unprompted that rebinding the name breaks the "
                                        "attribute version")},
                   {340, QStringLiteral("Threads: += is not atomic; would take a lock or use "
                                        "itertools.count")},
                   {450, QStringLiteral("Without the constraint: a closure with nonlocal, or a "
                                        "small class")}};
        records << r;
    }
    {
        SampleRecord r;
        r.questionUuid = QStringLiteral("7dfbdd7f-32d2-43a5-bd8a-4a39ae2c9a8f"); // async tests
        r.minutes = 7;
        r.secondsSpent = 330;
        r.score = 2;
        r.criteriaMet = {0, 1};
        r.followUpsAsked = {0};
        r.concern = true;
        r.notes = {{15, QStringLiteral("Runs them with pytest-asyncio; knows a bare async test is "
                                       "never awaited without a plugin")},
                   {100, QStringLiteral("AsyncMock for the HTTP client, assert_awaited_once_with")},
                   {200, QStringLiteral("Tests timeouts with real asyncio.sleep calls: slow and "
                                        "flaky; no idea of faking time")},
                   {270, QStringLiteral("Cancellation is not tested at all in their current "
                                        "project")}};
        records << r;
    }
    {
        SampleRecord r;
        r.questionUuid = QStringLiteral("96cb01aa-e471-434b-9fc2-0a9aa238d029"); // disagreement
        r.minutes = 8;
        r.secondsSpent = 480;
        r.score = 3;
        r.criteriaMet = {0, 1, 3};
        r.followUpsAsked = {0, 2};
        r.notes = {{20, QStringLiteral("Story: Celery against plain cron jobs for the nightly "
                                       "reports; they wanted Celery")},
                   {120, QStringLiteral("Fair summary of the other side: fewer moving parts, the "
                                        "team already ran cron")},
                   {225, QStringLiteral("Settled with a one-page comparison; no prototype or "
                                        "measurements")},
                   {330, QStringLiteral("Cron won; they wrote the runbook themselves and stood "
                                        "behind the decision")},
                   {430, QStringLiteral("Would now write the trade-offs down earlier")}};
        records << r;
    }
    return records;
}

// For a question the sample has no record of (a stand-in, or the sample plan was edited).
SampleRecord genericRecord(int minutes)
{
    SampleRecord r;
    r.minutes = minutes;
    r.secondsSpent = minutes * 60;
    r.score = 3;
    r.criteriaMet = {0};
    r.followUpsAsked = {0};
    r.notes = {
        {20, QStringLiteral("Clear structure; started from first principles")},
        {std::max(30, minutes * 60 - 60), QStringLiteral("Needed a nudge on the edge cases")}};
    return r;
}

// One of the other candidates: what they scored on each question of the plan, in plan
// order (a score of 0 skips the question), how long it took and a line or two of notes.
struct Answer
{
    int score = 3;
    int secondsSpent = 300;
    QStringList notes; // stamped a little after the question began, then evenly after
    bool strong = false;
    bool concern = false;
};

struct OtherCandidate
{
    QString name;
    QString email;
    vocabulary::CandidateStatus status = vocabulary::CandidateStatus::Active;
    int daysAgo = 1;
    QTime startsAt; // local time of day
    vocabulary::Recommendation recommendation = vocabulary::Recommendation::None;
    QString summary;
    QList<Answer> answers;
};

QList<OtherCandidate> otherCandidates()
{
    using R = vocabulary::Recommendation;
    return {
        {QStringLiteral("Jonas Berg"),
         QStringLiteral("jonas.berg@example.com"),
         vocabulary::CandidateStatus::Rejected,
         12,
         QTime(16, 0),
         R::StrongNo,
         QStringLiteral("Struggled with the fundamentals: could not explain hashing or the "
                        "garbage collector, and the counter needed heavy hints. Skipped the "
                        "async testing question. Not for a senior role."),
         {{1,
           420,
           {QStringLiteral("Thinks dicts keep a sorted list of keys"),
            QStringLiteral("No idea what happens on a hash collision")}},
          {2,
           360,
           {QStringLiteral("Knows reference counting; had not heard of cycles")},
           false,
           true},
          {1,
           480,
           {QStringLiteral("Would use an unbounded list as the queue"),
            QStringLiteral("Backpressure: \"add more workers\"")}},
          {2, 540, {QStringLiteral("Global variable first; got to a closure with hints")}},
          {0, 45, {}},
          {2,
           360,
           {QStringLiteral("Example of a disagreement was about code style"),
            QStringLiteral("Escalated to the manager rather than talking it through")}}}},
        {QStringLiteral("Tomás Ortega"),
         QStringLiteral("tomas.ortega@example.com"),
         vocabulary::CandidateStatus::Active,
         8,
         QTime(14, 30),
         R::No,
         QStringLiteral("Solid day-to-day Python, but shallow on internals and concurrency; "
                        "answers stayed at the level of the documentation. Good attitude. "
                        "Not yet senior; worth another look in a year."),
         {{2,
           480,
           {QStringLiteral("Knows O(1) lookup, not how the table grows"),
            QStringLiteral("Confused __eq__ and __hash__ requirements at first")}},
          {3, 420, {QStringLiteral("Explained cycles and the gc module correctly")}},
          {2,
           600,
           {QStringLiteral("Bounded queue.Queue, but no asyncio equivalent"),
            QStringLiteral("No monitoring idea for a filling queue")}},
          {3, 480, {QStringLiteral("Clean closure with nonlocal, tested it by hand")}},
          {2, 360, {QStringLiteral("Uses pytest, has not tested coroutines")}},
          {2, 420, {QStringLiteral("Avoids conflict; agreed to everything in the story")}}}},
        {QStringLiteral("Mei Lin"),
         QStringLiteral("mei.lin@example.com"),
         vocabulary::CandidateStatus::Active,
         5,
         QTime(11, 15),
         R::Yes,
         QStringLiteral("Strong on concurrency and testing, with production stories for both. "
                        "Internals answers were right but brief. Yes; pair her with the "
                        "platform team."),
         {{3, 480, {QStringLiteral("Open addressing, resizing at two thirds full")}},
          {3, 420, {QStringLiteral("Cycles, generations; knew gc.freeze() from a forking server")}},
          {4,
           600,
           {QStringLiteral("asyncio.Queue(maxsize) and semaphores, with an incident story"),
            QStringLiteral("Queue depth and age of the oldest item as metrics")},
           true},
          {3, 480, {QStringLiteral("Function attribute, then a class with __call__")}},
          {4, 420, {QStringLiteral("pytest-asyncio, fake clock, tests cancellation explicitly")}},
          {3, 420, {QStringLiteral("Disagreed on a schema change; wrote a short RFC")}}}},
        {QStringLiteral("Priya Raman"),
         QStringLiteral("priya.raman@example.com"),
         vocabulary::CandidateStatus::Active,
         2,
         QTime(10, 0),
         R::StrongYes,
         QStringLiteral("Excellent throughout: deep internals, clear concurrency model, wrote "
                        "tested code unprompted and handled the disagreement question with a "
                        "concrete, self-critical story. Strong yes."),
         {{4,
           540,
           {QStringLiteral("Explains the compact dict layout and key sharing"),
            QStringLiteral("Knows why a mutable key breaks lookups")},
           true},
          {4, 420, {QStringLiteral("PEP 442, generations and thresholds, weakref callbacks")}},
          {3, 600, {QStringLiteral("Bounded queues; drops or sheds load at the edge")}},
          {4, 480, {QStringLiteral("Three versions, discussed thread safety unasked")}},
          {3, 360, {QStringLiteral("AsyncMock and a fake clock; cancellation partly")}},
          {4, 480, {QStringLiteral("Lost an argument, measured later and said so in the retro")}}}},
    };
}

// The record of `answer` on a question whose detailed record is `base`.
SampleRecord recordOf(const SampleRecord &base, const Answer &answer)
{
    SampleRecord r;
    r.questionUuid = base.questionUuid;
    r.minutes = base.minutes;
    r.secondsSpent = answer.secondsSpent;
    r.score = answer.score;
    for (int position = 0; position < answer.score - 1; ++position)
        r.criteriaMet << position;
    if (answer.score > 0)
        r.followUpsAsked = answer.score >= 3 ? QList<int>{0, 1} : QList<int>{0};
    r.strong = answer.strong;
    r.concern = answer.concern;
    const int lines = int(answer.notes.size());
    for (int n = 0; n < lines; ++n)
        r.notes << qMakePair(15 + n * (answer.secondsSpent - 30) / lines, answer.notes.at(n));
    return r;
}

// The sample plan's id: the plan of that name if there is one (`created` false), else a
// new one made of the sample questions of the shipped bank.
qint64 samplePlan(Workspace &workspace, bool &created)
{
    created = false;
    for (const PlanSummary &plan : workspace.plans().plans()) {
        if (plan.name == kSamplePlanName)
            return plan.id;
    }
    Plan plan;
    plan.name = kSamplePlanName;
    plan.role = QStringLiteral("Senior Python developer");
    plan.level = vocabulary::Level::Senior;
    QList<Question> all; // read only when a sample question is missing
    QSet<qint64> used;
    for (const SampleRecord &record : sampleRecords()) {
        std::optional<Question> question = workspace.bank().questionByUuid(record.questionUuid);
        if (!question || question->archived) {
            // Deleted or archived here: another question (of the same category, if the
            // archived one tells which) stands in.
            if (all.isEmpty())
                all = workspace.bank().allQuestions();
            const QString category = question ? question->category : QString();
            question.reset();
            for (const Question &candidate : all) {
                if (!candidate.archived && !used.contains(candidate.id) &&
                    (category.isEmpty() || candidate.category == category)) {
                    question = candidate;
                    break;
                }
            }
        }
        if (!question || used.contains(question->id))
            continue;
        used.insert(question->id);
        const bool sample = question->uuid == record.questionUuid;
        PlanItem item;
        item.questionId = question->id;
        item.minutes = sample ? record.minutes : question->minutes;
        item.note = sample ? record.planNote : QString();
        plan.items << item;
    }
    if (plan.items.isEmpty())
        throw PanelistError(
            SampleData::tr("the bank has no questions to build the sample plan from"));
    // The budget rounded up to five minutes, with a little room.
    plan.targetMinutes = std::min(limits::kMaxTargetMinutes, (plan.totalMinutes() + 4) / 5 * 5);
    if (plan.targetMinutes == plan.totalMinutes())
        plan.targetMinutes = std::min(limits::kMaxTargetMinutes, plan.targetMinutes + 5);
    created = true;
    return workspace.plans().insertPlan(plan, false);
}

// Records one finished interview of `candidate` on plan `planId`, one record a question,
// started at `start`; a pause of `pauseSeconds` before question `pauseBefore` when that
// is not -1.
AddedInterview record(Workspace &workspace, qint64 planId, qint64 candidateId,
                      const QString &candidate, const QDateTime &start,
                      const QList<SampleRecord> &timeline, int pauseBefore, int pauseSeconds,
                      vocabulary::Recommendation recommendation, const QString &summary)
{
    InterviewRepository &interviews = workspace.interviews();
    InterviewRepository::StartDetails details;
    details.candidateId = candidateId;
    details.candidate = candidate;
    details.role = kSampleRole;
    details.interviewer = QStringLiteral("Demo Interviewer");
    details.startedAt = start;
    const qint64 id =
        interviewstart::fromPlan(interviews, workspace.plans(), workspace.bank(), planId, details);
    Interview interview = *interviews.interview(id);
    QDateTime now = start;
    int elapsed = 0; // on the interview clock: pauses left out
    for (int i = 0; i < interview.items.size(); ++i) {
        const InterviewItem &item = interview.items.at(i);
        const SampleRecord &record = timeline.at(i);
        if (i == pauseBefore) {
            interview.pause(now);
            now = now.addSecs(pauseSeconds);
            interview.resume(now);
        }
        if (record.score > 0)
            interviews.setScore(item.id, record.score);
        for (int position : record.criteriaMet) {
            if (position < item.criteria.size())
                interviews.setCriterionMet(item.id, position, true);
        }
        for (int position : record.followUpsAsked) {
            if (position < item.followUps.size())
                interviews.setFollowUpAsked(item.id, position, true);
        }
        if (!record.adHocFollowUp.isEmpty())
            interviews.addFollowUp(item.id, record.adHocFollowUp);
        if (record.strong || record.concern)
            interviews.setFlags(item.id, record.strong, record.concern);
        QStringList lines;
        for (const auto &[offset, text] : record.notes)
            lines << QStringLiteral("[%1] %2").arg(interviewvalues::clock(elapsed + offset), text);
        if (!lines.isEmpty())
            interviews.setNotes(item.id, lines.join(QLatin1Char('\n')));

        elapsed += record.secondsSpent;
        now = now.addSecs(record.secondsSpent);
        // Nothing recorded on a question left behind: skipped.
        const bool skipped = record.score == 0 && record.notes.isEmpty();
        if (i + 1 < interview.items.size())
            interview.moveTo(
                i + 1, skipped ? vocabulary::ItemState::Skipped : vocabulary::ItemState::Done, now);
    }
    interview.finish(recommendation, summary, now);
    interviews.saveProgress(interview);
    return {id, candidate, start, recommendation};
}

} // namespace

Added add(Workspace &workspace)
{
    // One transaction: a demo killed half-way leaves nothing, not a half-recorded live
    // interview. The repository calls below nest inside it as savepoints.
    Transaction transaction(workspace.database().connection());
    Added added;
    added.planId = samplePlan(workspace, added.planCreated);
    QHash<QString, SampleRecord> records;
    for (const SampleRecord &record : sampleRecords())
        records.insert(record.questionUuid, record);
    const Plan plan = *workspace.plans().plan(added.planId);
    QList<SampleRecord> timeline;
    for (const PlanItem &item : plan.items)
        timeline << records.value(item.questionUuid, genericRecord(item.minutes));
    const QDateTime now = wallclock::now();

    // The others first, on earlier days at a local time of day, oldest first.
    for (const OtherCandidate &candidate : otherCandidates()) {
        QList<SampleRecord> answers;
        for (int i = 0; i < timeline.size(); ++i)
            answers << (i < candidate.answers.size()
                            ? recordOf(timeline.at(i), candidate.answers.at(i))
                            : timeline.at(i));
        const QDate day = now.toLocalTime().date().addDays(-candidate.daysAgo);
        const QDateTime start = QDateTime(day, candidate.startsAt).toUTC();
        const qint64 candidateId = demoCandidate(workspace, candidate.name, candidate.email,
                                                 candidate.status, added.candidatesThere);
        if (candidateId == 0)
            continue;
        added.interviews << record(workspace, added.planId, candidateId, candidate.name, start,
                                   answers, -1, 0, candidate.recommendation, candidate.summary);
    }

    // Sample Candidate's call ends now. With the sample questions it began 50 minutes ago:
    // 48:30 on the interview clock and a pause of a minute and a half before the fourth
    // question.
    const int pauseBefore = 3;
    const int pauseSeconds = 90;
    int callSeconds = timeline.size() > pauseBefore ? pauseSeconds : 0;
    for (const SampleRecord &record : timeline)
        callSeconds += record.secondsSpent;
    const QString sampleName = QStringLiteral("Sample Candidate");
    const qint64 sampleId =
        demoCandidate(workspace, sampleName, QStringLiteral("sample.candidate@example.com"),
                      vocabulary::CandidateStatus::Active, added.candidatesThere);
    if (sampleId == 0) {
        transaction.commit();
        added.planName = plan.name;
        added.questions = int(plan.items.size());
        return added;
    }
    added.interviews << record(
        workspace, added.planId, sampleId, sampleName, now.addSecs(-callSeconds), timeline,
        pauseBefore, pauseSeconds, vocabulary::Recommendation::Yes,
        QStringLiteral("Strong on CPython internals and concurrency: explained dict internals "
                       "and backpressure with production examples, and wrote both call "
                       "counter variants unprompted. Weaker on testing async code (real "
                       "sleeps, no cancellation tests) and on recent garbage collector "
                       "changes. Collaborative, and commits to team decisions. Yes for the "
                       "senior role; probe async testing in the next round."));
    transaction.commit();
    added.planName = plan.name;
    added.questions = int(plan.items.size());
    return added;
}

} // namespace sampledata
