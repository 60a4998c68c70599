// libFuzzer target for readVCards() / writeVCards(): never crash on any bytes, and what is read is
// written and read back as the same number of contacts, stable after one round trip.

#include "vcard.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
    const Inroad::VCardFile file = Inroad::readVCards(bytes);
    if (file.contacts.isEmpty())
        return 0;
    for (const bool version4 : {false, true}) {
        const QByteArray written = Inroad::writeVCards(file.contacts, version4);
        const Inroad::VCardFile again = Inroad::readVCards(written);
        if (!again.ok() || !again.problems.isEmpty() || again.contacts.size() != file.contacts.size())
            __builtin_trap();
        // After one round trip (which may fill in FN), writing and reading change nothing more.
        const QByteArray rewritten = Inroad::writeVCards(again.contacts, version4);
        if (Inroad::writeVCards(Inroad::readVCards(rewritten).contacts, version4) != rewritten)
            __builtin_trap();
    }
    return 0;
}
