// libFuzzer target: the plan reader, and the round trip of what it accepts.
#include "formats/planjson.h"
#include "roundtrip.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray input(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
    PlanDocument document;
    if (fuzzcheck::accepts(
            [&] { document = planjson::read(input, QStringLiteral("fuzz-plan.json")); }))
        fuzzcheck::checkPlan(document);
    return 0;
}
