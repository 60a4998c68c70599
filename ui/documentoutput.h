#pragma once

#include <QString>

class QTextDocument;
class QWidget;

namespace Inroad {

/// Asks where to save @p document (PDF, ODT or HTML; the suggested name's folder is the
/// documents folder) and writes it with the page size of the locale. Errors are shown in a
/// message box. Returns the path written, or an empty string when cancelled or failed.
QString saveDocumentAs(QWidget *parent, QTextDocument &document, const QString &title, const QString &suggestedName);

/// Shows a print preview of @p document and prints it when the user asks.
void previewAndPrint(QWidget *parent, QTextDocument &document, const QString &title);

} // namespace Inroad
