#pragma once

#include <QString>
#include <QStringList>

// The help, written from the tables of commands and options, so it names every command
// and option there is and no other.
namespace cli {

// `panelist --help`: every command with what it does, and the options of every command.
QString overview();
// `panelist help WORDS` (and `panelist WORDS --help`): the overview for no words, the
// commands of a group ("bank"), or one command's usage and options ("bank search"). Throws
// a UsageError for words that name no command.
QString helpOn(const QStringList &words);

} // namespace cli
