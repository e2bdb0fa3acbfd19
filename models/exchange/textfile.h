#pragma once

#include <QByteArray>
#include <QString>

// Reading and writing the exchange files (banks, plans), with the checks every reader
// needs before it parses anything. Errors throw PanelistError naming the file.
namespace textfile {

// Reads a whole UTF-8 text file of at most 64 MB. `what` names what the file should be
// ("a question bank", "a plan") in the messages about a file too large or binary.
QByteArray read(const QString &path, const QString &what);
// Writes atomically: the old file stays intact until the new one is complete.
void write(const QString &path, const QByteArray &data);

} // namespace textfile
