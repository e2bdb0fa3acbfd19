#pragma once

#include "formats/bankdocument.h"
#include "storage/bankrepository.h"

// The question bank that ships inside the app. Each release's bank has a version;
// installing a newer one adds its new questions and refreshes the ones nobody has
// touched, but never changes a question the user edited nor revives one they deleted.
// A question an earlier release shipped and this one no longer has (merged into another)
// leaves the bank if the user never touched it: removed, or archived while a plan still
// uses it so the plan keeps working. One the user edited stays exactly as it is.
namespace shippedbank {

struct Result
{
    int added = 0;
    int updated = 0;
    bool skipped = false; // this database already has this bank version
    int removed = 0;      // retired shipped questions nobody had touched
    int archived = 0;     // retired shipped questions a plan still uses
};

// The bankVersion of the bank compiled into the app, known without parsing it.
int shippedVersion();
// The bank compiled into the app (":/bank/python-senior.json").
BankDocument load();
int installedVersion(const BankRepository &repository);
// One transaction; a no-op when the database already holds this version.
Result install(BankRepository &repository, const BankDocument &bank);
// Installs the compiled-in bank when the database holds an older version (or none).
Result installIfNewer(BankRepository &repository);

} // namespace shippedbank
