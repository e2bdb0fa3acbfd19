// libFuzzer target: the bank JSON reader, and the round trip of what it accepts.
#include "formats/bankjson.h"
#include "roundtrip.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray input(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
    BankDocument document;
    if (fuzzcheck::accepts([&] { document = bankjson::read(input, QStringLiteral("fuzz.json")); }))
        fuzzcheck::checkBank(document);
    return 0;
}
