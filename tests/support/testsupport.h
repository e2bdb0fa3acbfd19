#pragma once

#include "domain/question.h"

#include <QByteArray>
#include <QString>

// Shared by the tests: sample questions and file helpers.
namespace testsupport {

// A complete question with every field filled; `n` varies title, uuid and text.
Question sampleQuestion(int n, const QString &category = QStringLiteral("Internals"));
QByteArray readFile(const QString &path);
// The bytes of a file SQLite may have open in this process, read by another process
// (cat): a descriptor of our own, once closed, would drop SQLite's POSIX locks.
QByteArray readFileFromOutside(const QString &path);
void writeFile(const QString &path, const QByteArray &data);

} // namespace testsupport
