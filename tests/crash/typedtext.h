#pragma once

#include <QString>

// What panelist-typist types, so that the crash harness can tell which text should be
// on disk: the same seed and question position always give the same notes.
namespace typedtext {

// The notes typed into the question at `position`: words, punctuation, a few accented
// and Cyrillic letters (all in the Basic Multilingual Plane, so one key is one QChar)
// and a newline now and then. `length` characters long.
QString notes(quint32 seed, int position, int length = 4000);

// How many characters the typist types into the question at `position` before it moves
// to the next one: between half and one and a half times `meanChars`.
int charsForQuestion(quint32 seed, int position, int meanChars);

} // namespace typedtext
