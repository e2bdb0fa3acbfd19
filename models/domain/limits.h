#pragma once

// The stated limits of what a question, a plan and a search may hold (README, "Limits").
// The editor, every importer, the database's CHECK constraints and search all read them
// from here, so a value the editor accepts always imports, saves and searches.
namespace limits {

// Minutes a question or plan item may take, and a plan's target.
constexpr int kMinMinutes = 1;
constexpr int kMaxMinutes = 90;
constexpr int kMinTargetMinutes = 1;
constexpr int kMaxTargetMinutes = 600;

// Single-line fields, in characters (UTF-16 code units, as QString and SQLite's length()
// of text count them closely enough for a limit).
constexpr int kTitle = 200;        // question title, plan name
constexpr int kCategoryName = 100; // category name
constexpr int kTag = 40;           // one tag
constexpr int kShortText = 200;    // a plan's role, a candidate's name, an interviewer

// Multi-line Markdown fields: prompt, reference answer, each anchor.
constexpr int kLongText = 20000;
// One follow-up, one criterion, a plan item's note.
constexpr int kListText = 2000;
// The notes of one question in a live interview: an hour of fast typing is about 20,000
// characters, so only a paste reaches this. The interview's summary is a long text.
constexpr int kNotes = 100000;

// A plan's competencies (its scorecard): none, or 2 to 6, each with a short name and a
// one-line description.
constexpr int kMinCompetencies = 2;
constexpr int kMaxCompetencies = 6;
constexpr int kCompetencyName = 60;
constexpr int kCompetencyDescription = 300;
// A scorecard's key takeaways, pros and cons: each a Markdown text like a summary.
constexpr int kScorecardText = kLongText;

// Per question.
constexpr int kTags = 20;
constexpr int kFollowUps = 30;
constexpr int kCriteria = 30;

// Search: longer text is cut to this many characters and this many words before the
// full-text query is built, so no keystroke can make the index do unbounded work.
constexpr int kQueryLength = 200;
constexpr int kQueryTerms = 12;

// Bank and plan files: a real one is a few megabytes at most, so anything larger is a
// wrong file. Reading stops after this many bytes, whatever size the file claims.
constexpr long long kExchangeFileBytes = 64LL * 1024 * 1024;

// A decision's reason: a paragraph or two.
constexpr int kDecisionReason = kListText;

} // namespace limits
