#pragma once

#include <QByteArray>
#include <QString>

// Reading and writing the files Panelist exchanges (banks, plans, PDF summaries, CSV
// tables), with the checks every reader needs before it parses anything. Errors throw
// PanelistError naming the file and saying why in plain words.
namespace textfile {

// Reads a whole UTF-8 text file of at most limits::kExchangeFileBytes. Only a regular
// file is read (a symbolic link is followed): a named pipe, socket, device or folder is
// refused before it is opened for reading, so none can block or feed endless bytes, and
// reading stops after the limit whatever size the file claims. `what` names what the
// file should be ("a question bank", "a plan") in the messages.
QByteArray read(const QString &path, const QString &what);

// Writes `data` as a new file (mode 0600, owner only) beside `path`, flushed to the disk,
// then renamed over `path`; a symbolic link is kept and its target replaced. The old file
// stays byte for byte as it was until the new one is complete, and on any failure (a
// full disk, a file-size limit, no permission) the partial file is removed and nothing
// changes.
void write(const QString &path, const QByteArray &data);

// Where the window's save dialogs start (exports, PDF summaries, CSV tables): the
// standard documents folder, created if missing; the home folder when it cannot be
// made (a file in its place, no permission). Always a folder that exists.
QString defaultFolder();

// Why a file operation failed, in plain words ("the disk is full"), for an errno value.
QString reason(int error);

} // namespace textfile
