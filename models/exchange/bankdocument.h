#pragma once

#include "bank/question.h"

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

// Checks shared by every reader. Each takes `where`, the human-readable place of
// the value ("bank.json, question 3 (\"GIL\")"), and throws PanelistError naming it.
namespace bankcheck {

// Trims text fields and checks required fields, enums, ranges and the uuid.
void normalizeQuestion(Question &question, const QString &where);
// Refuses two questions with one uuid, and categories named twice.
void checkDocument(const BankDocument &document, const QString &fileName);
// "question 3 (\"Title\")" — how errors point at a question.
QString describeQuestion(int index, const QString &title);

} // namespace bankcheck
