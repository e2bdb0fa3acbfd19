#pragma once

#include <QDir>
#include <QString>

// Earlier builds wrote the PDF preview to <temp>/panelist-XXXXXX/preview-N.pdf and
// left the folder behind when the app was killed: candidate data in plain files. Previews
// now stay in memory; these folders are removed at start-up (InterviewDesk) and by the
// command line's delete commands.
namespace previewleftovers {

// Removes every such folder in `tempPath` that belongs to the current user and holds
// nothing but preview files; returns how many went.
int remove(const QString &tempPath = QDir::tempPath());

} // namespace previewleftovers
