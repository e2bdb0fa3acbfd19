#pragma once

#include "domain/question.h"

#include <QList>
#include <QString>

// A bank as it travels between files and the database: the in-memory form of the
// public exchange format (README, "Bank exchange format").
struct BankDocument
{
    static constexpr int kFormatVersion = 1;

    int bankVersion = 0; // release number of a shipped bank; 0 for user files
    QList<Category> categories;
    QList<Question> questions;
};

// Checks and normalization shared by every reader, so a text reads the same from
// either format. Each takes `where`, the human-readable place of the value
// ("bank.json, question 3 (\"GIL\")"), and throws PanelistError naming it, the field
// and the reason.
namespace bankcheck {

// The lower-case form without braces of a uuid written as 8-4-4-4-12 hex digits, with
// or without braces, in any letter case; empty when `text` is no such uuid (or nil).
QString canonicalUuid(const QString &text);
// CRLF and lone CR become LF.
QString normalizeLineEndings(QString text);
// A multi-line Markdown text (prompt, reference answer, anchor): line endings made
// LF, blank lines before the first line of text and whitespace at the end removed.
// Indentation of the first line is kept (it can make a code block).
QString normalizeBody(const QString &text);
// Names a field in messages: `field "prompt"`, or `field "followUps", item 3`. Built
// only when something is wrong, so checking costs no strings.
struct Field
{
    const char *name;
    qsizetype item = -1; // 0-based; -1 for the field itself
    QString describe() const;
};
// Refuses a text holding a control character (below U+0020 other than tab and line
// feed, U+007F, U+0080–U+009F), a lone surrogate, or U+FFFE / U+FFFF (which SQLite
// turns into U+FFFD). Line endings must already be normalized.
void checkCharacters(const QString &text, const QString &where, Field field);
// Refuses a text that, normalized, still starts with U+FEFF: SQLite drops it there.
void checkStart(const QString &text, const QString &where, Field field);
// Refuses a text longer than `limit` characters.
void checkLength(const QString &text, int limit, const QString &where, Field field);
// "1,000,000": how messages write counts.
QString number(qint64 value);

// The level and kind of a question as a file spells them, before they are checked.
struct QuestionKeys
{
    QString level;
    QString kind;
};
// Normalizes line endings, whitespace, letter case of tags and the uuid, then checks
// characters, required fields, ranges and limits (domain/limits.h). The first form also
// reads the level and kind from `keys` (vocabulary::parseLevel, parseKind), refusing a key
// the vocabulary does not know with the keys it may be; the second checks a question
// whose level and kind are already values (the editor's).
void normalizeQuestion(Question &question, const QuestionKeys &keys, const QString &where);
void normalizeQuestion(Question &question, const QString &where);
// Refuses two questions with one uuid, a category named twice (in any letter case),
// and a question whose category differs only in letter case from another's. Lists the
// categories questions use but the document does not, after the listed ones, and numbers
// the positions 0..n-1. The questions must have passed normalizeQuestion and the
// category names normalizeCategoryName.
void normalizeDocument(BankDocument &document, const QString &fileName);
// True when `text` is a one-line text exactly as the checks leave it (no line break,
// control or other whitespace than single spaces inside, at most `limit` long), so a
// reader can skip building a message's place for it.
bool isNormalLine(QStringView text, int limit);
// Normalizes and checks one category name (`where` names it).
QString normalizeCategoryName(const QString &name, const QString &where);
// A one-line text (a plan's name or role): line breaks and runs of whitespace become
// one space; characters, the start and the length (`limit`) are checked.
QString normalizeSingleLine(const QString &text, const QString &where, const char *field,
                            int limit);
// "question 3 (\"Title\")" — how errors point at a question.
QString describeQuestion(int index, const QString &title);

} // namespace bankcheck
