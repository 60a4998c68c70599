#pragma once

#include "referralgraph.h"

#include <QStringList>

namespace Inroad {

class Database;

// Exports of the referral graph, drawn as the Referral Graph area draws it, on white. The kind of
// file follows the suffix of its name:
//
// - .png: a picture at twice the size of the graph at 100 % (smaller when that would be huge);
// - .svg: a drawing that stays sharp at any size;
// - .pdf: one page, Letter or A4 as the system's locale measures, in landscape when that fits
//   the graph larger, with the graph scaled to fill it under a title line.
//
// A file is replaced only once the new one is complete. On failure @p error says why, in a
// sentence that names the file.

/// The suffixes exportGraph() understands: "png", "svg" and "pdf".
QStringList graphExportSuffixes();

/// Writes @p graph to @p path.
bool exportGraph(const ReferralGraph &graph, const QString &path, QString *error = nullptr);

/// Reads the graph of the workspace in @p db, as @p filter narrows it, and writes it to @p path.
bool exportGraph(const Database &db, const ReferralGraphFilter &filter, const QString &path, QString *error = nullptr);

} // namespace Inroad
