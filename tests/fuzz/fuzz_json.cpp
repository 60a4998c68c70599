// libFuzzer target: readWorkspaceArchive() on arbitrary bytes must return an archive or an error,
// never crash, hang or leak.

#include "workspacearchive.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    // The check reads the schema through an in-memory SQLite database, and Qt loads its SQL
    // driver plugins only once an application object exists. Kept for the whole run.
    static QCoreApplication *app = new QCoreApplication(*argc, *argv);
    Q_UNUSED(app);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray json = QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));
    QString error;
    const auto archive = Inroad::readWorkspaceArchive(json, &error);
    // Either an archive or a reason, never both and never neither.
    if (archive.has_value() == !error.isEmpty())
        __builtin_trap();
    if (archive) {
        for (const auto &table : archive->tables) {
            for (const auto &row : table.rows) {
                if (row.size() != table.columns.size())
                    __builtin_trap();
            }
        }
    }
    return 0;
}
