#pragma once

#include "formats/bankdocument.h"
#include "domain/plan.h"
#include "domain/errors.h"

#include <QByteArray>

// The property every fuzz target checks on the inputs its reader accepts: written,
// read and written again, a document gives the same bytes and the same content, in
// both bank formats. A violation prints what differs and aborts, so libFuzzer (or the
// corpus replay under ctest) reports it as a crash.
namespace fuzzcheck {

// Runs `read` and returns false when it refused the input with a PanelistError (the
// expected outcome for most inputs); any other exception escapes and crashes.
template<typename Read> bool accepts(Read &&read)
{
    try {
        read();
        return true;
    } catch (const PanelistError &) {
        return false;
    }
}

void checkBank(const BankDocument &document);
void checkPlan(const PlanDocument &document);

} // namespace fuzzcheck
