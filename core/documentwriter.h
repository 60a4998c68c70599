#pragma once

#include <QPageSize>
#include <QString>

class QLocale;
class QTextDocument;

namespace Inroad {

/// A QTextDocument property: text printed at the top of every PDF page but the first (a packet's
/// running header). Documents without it get page numbers only.
inline constexpr char kRunningHeaderProperty[] = "inroadRunningHeader";

/// The paper of the user's locale: Letter in the United States, Canada, Mexico and the other
/// Letter countries; A4 everywhere else.
QPageSize::PageSizeId defaultPageSize(const QLocale &locale);

/// The formats a printable document is written in, chosen from the file's suffix.
enum class DocumentFormat { Pdf, Odt, Html, Unknown };
DocumentFormat documentFormatForPath(const QString &path);

/// Writes @p document to @p path as PDF (fonts embedded, @p pageSize, 15 mm margins, page
/// numbers in the footer), ODT or HTML according to the suffix. The file is written to a
/// temporary name first and renamed, so a failure never leaves half a file. Returns an error
/// sentence naming the file, or an empty string.
QString writeDocument(QTextDocument &document, const QString &path, QPageSize::PageSizeId pageSize);

} // namespace Inroad
