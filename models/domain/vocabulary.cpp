#include "domain/vocabulary.h"

#include <QCoreApplication>

namespace vocabulary {

namespace {

// The translation context of every label here.
struct Vocabulary
{
    Q_DECLARE_TR_FUNCTIONS(Vocabulary)
};

// One enum's words: its values in order with their stored keys. The labels are
// translated at the call, so they follow the language in use.
template<typename Enum> struct Word
{
    Enum value;
    const char *key;
};

constexpr Word<Level> kLevels[] = {
    {Level::Junior, "junior"}, {Level::Middle, "middle"}, {Level::Senior, "senior"}};
constexpr Word<Kind> kKinds[] = {{Kind::Technical, "technical"},
                                 {Kind::Coding, "coding"},
                                 {Kind::Behavioural, "behavioural"},
                                 {Kind::Situational, "situational"},
                                 {Kind::Discussion, "discussion"}};
constexpr Word<InterviewStatus> kStatuses[] = {{InterviewStatus::Planned, "planned"},
                                               {InterviewStatus::Live, "live"},
                                               {InterviewStatus::Finished, "finished"}};
constexpr Word<ItemState> kItemStates[] = {{ItemState::Pending, "pending"},
                                           {ItemState::Current, "current"},
                                           {ItemState::Done, "done"},
                                           {ItemState::Skipped, "skipped"}};
constexpr Word<Recommendation> kRecommendations[] = {{Recommendation::StrongNo, "strong_no"},
                                                     {Recommendation::No, "no"},
                                                     {Recommendation::Yes, "yes"},
                                                     {Recommendation::StrongYes, "strong_yes"}};

constexpr Word<EntityKind> kEntityKinds[] = {{EntityKind::Category, "category"},
                                             {EntityKind::Question, "question"},
                                             {EntityKind::Plan, "plan"},
                                             {EntityKind::Interview, "interview"}};

constexpr Word<CandidateStatus> kCandidateStatuses[] = {{CandidateStatus::Active, "active"},
                                                        {CandidateStatus::Hired, "hired"},
                                                        {CandidateStatus::Rejected, "rejected"},
                                                        {CandidateStatus::Withdrawn, "withdrawn"}};

template<typename Enum, std::size_t N> QList<Enum> valuesOf(const Word<Enum> (&words)[N])
{
    QList<Enum> values;
    for (const Word<Enum> &word : words)
        values << word.value;
    return values;
}

template<typename Enum, std::size_t N> QString keyOf(const Word<Enum> (&words)[N], Enum value)
{
    for (const Word<Enum> &word : words) {
        if (word.value == value)
            return QString::fromLatin1(word.key);
    }
    return {};
}

template<typename Enum, std::size_t N>
std::optional<Enum> parse(const Word<Enum> (&words)[N], QStringView key)
{
    for (const Word<Enum> &word : words) {
        if (key == QLatin1String(word.key))
            return word.value;
    }
    return std::nullopt;
}

template<typename Enum, std::size_t N> QStringList keysOf(const Word<Enum> (&words)[N])
{
    QStringList keys;
    for (const Word<Enum> &word : words)
        keys << QString::fromLatin1(word.key);
    return keys;
}

} // namespace

QList<Level> levels()
{
    return valuesOf(kLevels);
}

QList<Kind> kinds()
{
    return valuesOf(kKinds);
}

QList<InterviewStatus> statuses()
{
    return valuesOf(kStatuses);
}

QList<ItemState> itemStates()
{
    return valuesOf(kItemStates);
}

QList<Recommendation> recommendations()
{
    return valuesOf(kRecommendations);
}

QList<EntityKind> entityKinds()
{
    return valuesOf(kEntityKinds);
}

QString key(EntityKind value)
{
    return keyOf(kEntityKinds, value);
}

std::optional<EntityKind> parseEntityKind(QStringView key)
{
    return parse(kEntityKinds, key);
}

QStringList entityKindKeys()
{
    return keysOf(kEntityKinds);
}

QString label(EntityKind value)
{
    switch (value) {
    case EntityKind::Category:
        return Vocabulary::tr("Category");
    case EntityKind::Question:
        return Vocabulary::tr("Question");
    case EntityKind::Plan:
        return Vocabulary::tr("Plan");
    case EntityKind::Interview:
        return Vocabulary::tr("Interview");
    }
    return {};
}

QString key(Level value)
{
    return keyOf(kLevels, value);
}

QString key(Kind value)
{
    return keyOf(kKinds, value);
}

QString key(InterviewStatus value)
{
    return keyOf(kStatuses, value);
}

QString key(ItemState value)
{
    return keyOf(kItemStates, value);
}

QString key(Recommendation value)
{
    return keyOf(kRecommendations, value);
}

std::optional<Level> parseLevel(QStringView key)
{
    return parse(kLevels, key);
}

std::optional<Kind> parseKind(QStringView key)
{
    return parse(kKinds, key);
}

std::optional<InterviewStatus> parseStatus(QStringView key)
{
    return parse(kStatuses, key);
}

std::optional<ItemState> parseItemState(QStringView key)
{
    return parse(kItemStates, key);
}

std::optional<Recommendation> parseRecommendation(QStringView key)
{
    if (key.isEmpty())
        return Recommendation::None;
    return parse(kRecommendations, key);
}

QStringList levelKeys()
{
    return keysOf(kLevels);
}

QStringList kindKeys()
{
    return keysOf(kKinds);
}

QStringList statusKeys()
{
    return keysOf(kStatuses);
}

QStringList itemStateKeys()
{
    return keysOf(kItemStates);
}

QStringList recommendationKeys()
{
    return keysOf(kRecommendations);
}

QString label(Level value)
{
    switch (value) {
    case Level::Junior:
        return Vocabulary::tr("Junior");
    case Level::Middle:
        return Vocabulary::tr("Middle");
    case Level::Senior:
        return Vocabulary::tr("Senior");
    }
    return {};
}

QString label(Kind value)
{
    switch (value) {
    case Kind::Technical:
        return Vocabulary::tr("Technical");
    case Kind::Coding:
        return Vocabulary::tr("Coding");
    case Kind::Behavioural:
        return Vocabulary::tr("Behavioural");
    case Kind::Situational:
        return Vocabulary::tr("Situational");
    case Kind::Discussion:
        return Vocabulary::tr("Discussion");
    }
    return {};
}

QString label(InterviewStatus value)
{
    switch (value) {
    case InterviewStatus::Planned:
        return Vocabulary::tr("Planned");
    case InterviewStatus::Live:
        return Vocabulary::tr("Live");
    case InterviewStatus::Finished:
        return Vocabulary::tr("Finished");
    }
    return {};
}

QString label(ItemState value)
{
    switch (value) {
    case ItemState::Pending:
        return Vocabulary::tr("Not reached");
    case ItemState::Current:
        return Vocabulary::tr("Current");
    case ItemState::Done:
        return Vocabulary::tr("Done");
    case ItemState::Skipped:
        return Vocabulary::tr("Skipped");
    }
    return {};
}

QString label(Recommendation value)
{
    switch (value) {
    case Recommendation::None:
        return {};
    case Recommendation::StrongNo:
        return Vocabulary::tr("Strong no");
    case Recommendation::No:
        return Vocabulary::tr("No");
    case Recommendation::Yes:
        return Vocabulary::tr("Yes");
    case Recommendation::StrongYes:
        return Vocabulary::tr("Strong yes");
    }
    return {};
}

QString scoreName(int score)
{
    if (score == kMinScore)
        return Vocabulary::tr("No signal");
    const std::optional<Level> level = levelOfScore(score);
    return level ? label(*level) : QString();
}

QString scoreLabel(int score)
{
    if (score < kMinScore || score > kMaxScore)
        return Vocabulary::tr("Not scored");
    return Vocabulary::tr("%1 — %2").arg(score).arg(scoreName(score));
}

bool isRating(int rating)
{
    return rating >= kMinRating && rating <= kMaxRating;
}

QString ratingName(int rating)
{
    switch (rating) {
    case 1:
        return Vocabulary::tr("Strong no");
    case 2:
        return Vocabulary::tr("No");
    case 3:
        return Vocabulary::tr("Yes");
    case 4:
        return Vocabulary::tr("Strong yes");
    default:
        return {};
    }
}

QString ratingLabel(int rating)
{
    if (!isRating(rating))
        return Vocabulary::tr("Not rated");
    return Vocabulary::tr("%1 — %2").arg(rating).arg(ratingName(rating));
}

std::optional<Level> levelOfScore(int score)
{
    switch (score) {
    case 2:
        return Level::Junior;
    case 3:
        return Level::Middle;
    case 4:
        return Level::Senior;
    default:
        return std::nullopt;
    }
}

} // namespace vocabulary

namespace vocabulary {

QList<CandidateStatus> candidateStatuses()
{
    return valuesOf(kCandidateStatuses);
}

QString key(CandidateStatus value)
{
    return keyOf(kCandidateStatuses, value);
}

std::optional<CandidateStatus> parseCandidateStatus(QStringView key)
{
    return parse(kCandidateStatuses, key);
}

QStringList candidateStatusKeys()
{
    return keysOf(kCandidateStatuses);
}

QString label(CandidateStatus value)
{
    switch (value) {
    case CandidateStatus::Active:
        return Vocabulary::tr("Active");
    case CandidateStatus::Hired:
        return Vocabulary::tr("Hired");
    case CandidateStatus::Rejected:
        return Vocabulary::tr("Rejected");
    case CandidateStatus::Withdrawn:
        return Vocabulary::tr("Withdrawn");
    }
    return {};
}

} // namespace vocabulary

namespace vocabulary {

namespace {

constexpr Word<Decision> kDecisions[] = {
    {Decision::Advance, "advance"}, {Decision::Hire, "hire"}, {Decision::Reject, "reject"}};

} // namespace

QList<Decision> decisions()
{
    return valuesOf(kDecisions);
}

QString key(Decision value)
{
    return keyOf(kDecisions, value);
}

std::optional<Decision> parseDecision(QStringView key)
{
    return parse(kDecisions, key);
}

QStringList decisionKeys()
{
    return keysOf(kDecisions);
}

QString label(Decision value)
{
    switch (value) {
    case Decision::Advance:
        return Vocabulary::tr("Advance");
    case Decision::Hire:
        return Vocabulary::tr("Hire");
    case Decision::Reject:
        return Vocabulary::tr("Reject");
    }
    return {};
}

namespace {

constexpr Word<CandidateStage> kCandidateStages[] = {
    {CandidateStage::NoInterviews, "no_interviews"},
    {CandidateStage::Interviewing, "interviewing"},
    {CandidateStage::ScorecardsIn, "scorecards_in"},
    {CandidateStage::Decided, "decided"}};
} // namespace

QList<CandidateStage> candidateStages()
{
    return valuesOf(kCandidateStages);
}

QString key(CandidateStage value)
{
    return keyOf(kCandidateStages, value);
}

std::optional<CandidateStage> parseCandidateStage(QStringView key)
{
    return parse(kCandidateStages, key);
}

QStringList candidateStageKeys()
{
    return keysOf(kCandidateStages);
}

QString label(CandidateStage value)
{
    switch (value) {
    case CandidateStage::NoInterviews:
        return Vocabulary::tr("No interviews");
    case CandidateStage::Interviewing:
        return Vocabulary::tr("Interviewing");
    case CandidateStage::ScorecardsIn:
        return Vocabulary::tr("Scorecards in");
    case CandidateStage::Decided:
        return Vocabulary::tr("Decided");
    }
    return {};
}

CandidateStatus statusOfDecision(Decision value)
{
    switch (value) {
    case Decision::Hire:
        return CandidateStatus::Hired;
    case Decision::Reject:
        return CandidateStatus::Rejected;
    case Decision::Advance:
        break;
    }
    return CandidateStatus::Active;
}

} // namespace vocabulary
