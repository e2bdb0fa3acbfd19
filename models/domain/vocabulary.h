#pragma once

#include <QList>
#include <QMetaType>
#include <QObject>
#include <QString>
#include <QStringView>

#include <optional>

// The words of interviewing, in one place. Each enum has a stored key (what the database
// and the exchange files hold, "senior"), a label for people ("Senior", translated) and
// its values in order. Nothing else spells these words: not the repositories, not the
// SQL, not QML (which reads the enums and labels through the Vocabulary singleton).
namespace vocabulary {
Q_NAMESPACE

enum class Level { Junior, Middle, Senior };
Q_ENUM_NS(Level)

enum class Kind { Technical, Coding, Behavioural, Situational, Discussion };
Q_ENUM_NS(Kind)

enum class InterviewStatus { Planned, Live, Finished };
Q_ENUM_NS(InterviewStatus)

enum class ItemState { Pending, Current, Done, Skipped };
Q_ENUM_NS(ItemState)

// The overall recommendation, weakest first; None until one is chosen.
enum class Recommendation { None, StrongNo, No, Yes, StrongYes };
Q_ENUM_NS(Recommendation)

// Where a candidate stands: still in the process, or how it ended.
enum class CandidateStatus { Active, Hired, Rejected, Withdrawn };
Q_ENUM_NS(CandidateStatus)

// How far a candidate's loop is (candidates::stage): no interview yet, interviews still
// to finish, every scorecard in (all interviews finished, still active), decided (hired,
// rejected or withdrawn).
enum class CandidateStage { NoInterviews, Interviewing, ScorecardsIn, Decided };
Q_ENUM_NS(CandidateStage)

// What a team shares, one entity per kind (the sync's outbox, versions and payloads).
// In dependency order: a question names its category, a plan its questions, an
// interview its plan; changes are pushed in this order, deletions in the reverse one.
enum class EntityKind { Category, Question, Plan, Interview };
Q_ENUM_NS(EntityKind)

// Scores are 1–4, anchored: 1 no signal, 2 a junior answer, 3 middle, 4 senior; 0 is
// "not scored".
constexpr int kNoScore = 0;
constexpr int kMinScore = 1;
constexpr int kMaxScore = 4;

// A scorecard rates each competency of the plan 1–4, the hiring words of the overall
// recommendation: 1 strong no, 2 no, 3 yes, 4 strong yes; 0 is "not rated".
constexpr int kNoRating = 0;
constexpr int kMinRating = 1;
constexpr int kMaxRating = 4;

// Every value, in order.
QList<Level> levels();
QList<Kind> kinds();
QList<InterviewStatus> statuses();
QList<ItemState> itemStates();
QList<Recommendation> recommendations(); // without None
QList<EntityKind> entityKinds();         // in dependency order
QList<CandidateStatus> candidateStatuses();
QList<CandidateStage> candidateStages();

// The stored key ("senior", "strong_no"); empty for Recommendation::None.
QString key(Level value);
QString key(Kind value);
QString key(InterviewStatus value);
QString key(ItemState value);
QString key(Recommendation value);
QString key(EntityKind value);
QString key(CandidateStatus value);
QString key(CandidateStage value);

// The value a stored key names; nothing for an unknown key. An empty key is
// Recommendation::None.
std::optional<Level> parseLevel(QStringView key);
std::optional<Kind> parseKind(QStringView key);
std::optional<InterviewStatus> parseStatus(QStringView key);
std::optional<ItemState> parseItemState(QStringView key);
std::optional<Recommendation> parseRecommendation(QStringView key);
std::optional<EntityKind> parseEntityKind(QStringView key);
std::optional<CandidateStatus> parseCandidateStatus(QStringView key);
std::optional<CandidateStage> parseCandidateStage(QStringView key);

// Every key of an enum, in order: for messages ("one of junior, middle, senior") and
// for the database's CHECK constraints.
QStringList levelKeys();
QStringList kindKeys();
QStringList statusKeys();
QStringList itemStateKeys();
QStringList recommendationKeys(); // without None's empty key
QStringList entityKindKeys();
QStringList candidateStatusKeys();
QStringList candidateStageKeys();

// Labels for people, translated ("Senior", "Strong no").
QString label(Level value);
QString label(Kind value);
QString label(InterviewStatus value);
QString label(ItemState value);
QString label(Recommendation value); // empty for None
QString label(EntityKind value);
QString label(CandidateStatus value);
QString label(CandidateStage value);

// "No signal", "Junior", "Middle", "Senior" for scores 1–4; empty otherwise.
QString scoreName(int score);
// "3 — Middle", or "Not scored" for 0.
QString scoreLabel(int score);
// True for a rating of 1–4.
bool isRating(int rating);
// "Strong no", "No", "Yes", "Strong yes" for ratings 1–4; empty otherwise.
QString ratingName(int rating);
// "3 — Yes", or "Not rated" for 0.
QString ratingLabel(int rating);
// The level a score stands for: 2 junior, 3 middle, 4 senior; nothing for 0 and 1.
std::optional<Level> levelOfScore(int score);

// The lead's decision on a candidate after the debrief (issue 16): advance to the next
// stage, hire, or reject. Each also sets the candidate's status (statusOfDecision).
enum class Decision { Advance, Hire, Reject };
Q_ENUM_NS(Decision)

QList<Decision> decisions();
QString key(Decision value);
std::optional<Decision> parseDecision(QStringView key);
QStringList decisionKeys();
QString label(Decision value); // "Advance", "Hire", "Reject"
// The candidate status a decision sets: hire hired, reject rejected, advance active (a
// later decision supersedes an earlier one, so advancing a rejected candidate revives them).
CandidateStatus statusOfDecision(Decision value);

} // namespace vocabulary
