#pragma once

#include "domain/question.h"

#include <QList>

// A large synthetic question bank for the search benchmark. Lengths follow what real
// interview questions look like and words come from a Zipf-distributed vocabulary of
// Python and software-interview terms, so the index has realistic posting lists: very
// common words ("python", "memory") hit most questions, rare ones only a few.
namespace bankgenerator {

constexpr quint32 kDefaultSeed = 20240611;

struct Bank
{
    QList<Category> categories;
    QList<Question> questions;
};

// `count` questions; the same seed gives the same bank on every machine.
Bank generate(int count, quint32 seed = kDefaultSeed);

} // namespace bankgenerator
