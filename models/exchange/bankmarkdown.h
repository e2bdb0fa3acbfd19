#pragma once

#include "bankdocument.h"

#include <QByteArray>

// The Markdown form of the bank exchange format, for people who keep their bank in
// a git repository: "## Category", "### Question title", "- key: value" metadata and
// "#### Prompt" / "#### Reference answer" / "#### Follow-ups" / "#### Criteria" /
// "#### Anchors" ("##### Junior", "##### Middle", "##### Senior") sections.
namespace bankmarkdown {

QByteArray write(const BankDocument &document);
// `fileName` only names the source in error messages. Throws PanelistError.
BankDocument read(const QByteArray &data, const QString &fileName);

} // namespace bankmarkdown
