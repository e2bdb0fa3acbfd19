#pragma once

#include "formats/bankdocument.h"

#include <QByteArray>

// The Markdown form of the bank exchange format, for people who keep their bank in
// a git repository: "## Category", "### Question title", "- key: value" metadata and
// "#### Prompt" / "#### Reference answer" / "#### Follow-ups" / "#### Criteria" /
// "#### Anchors" ("##### Junior", "##### Middle", "##### Senior") sections. Any text a
// question holds survives write -> read: lines that could read as structure are
// escaped with a backslash, and code fences are kept balanced within each text
// (README, "Bank exchange format").
namespace bankmarkdown {

// Writes the texts as the reader would normalize them, so every file it writes reads.
QByteArray write(const BankDocument &document);
// `fileName` only names the source in error messages. Throws PanelistError naming the
// line (and the question) of anything it cannot read whole.
BankDocument read(const QByteArray &data, const QString &fileName);

} // namespace bankmarkdown
