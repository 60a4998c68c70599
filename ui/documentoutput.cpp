#include "documentoutput.h"

#include "documentwriter.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QLocale>
#include <QMessageBox>
#include <QPageLayout>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QStandardPaths>
#include <QTextDocument>

namespace Inroad {

QString saveDocumentAs(QWidget *parent, QTextDocument &document, const QString &title, const QString &suggestedName)
{
    const QString pdf = QObject::tr("PDF documents (*.pdf)");
    const QString odt = QObject::tr("OpenDocument text (*.odt)");
    const QString html = QObject::tr("Web pages (*.html)");
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    QString filter = pdf;
    QString path = QFileDialog::getSaveFileName(parent, title, QDir(folder).filePath(suggestedName),
                                                pdf + QStringLiteral(";;") + odt + QStringLiteral(";;") + html, &filter);
    if (path.isEmpty())
        return {};
    if (documentFormatForPath(path) == DocumentFormat::Unknown) {
        // The user typed a name without a known suffix: take the one of the chosen filter.
        const QString suffix = filter == odt ? QStringLiteral(".odt")
            : filter == html                 ? QStringLiteral(".html")
                                             : QStringLiteral(".pdf");
        path += suffix;
    }
    const QString error = writeDocument(document, path, defaultPageSize(QLocale()));
    if (!error.isEmpty()) {
        QMessageBox::warning(parent, QObject::tr("Document Not Saved"), error);
        return {};
    }
    return path;
}

void previewAndPrint(QWidget *parent, QTextDocument &document, const QString &title)
{
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageSize(QPageSize(defaultPageSize(QLocale())));
    printer.setPageMargins(QMarginsF(15, 15, 15, 15), QPageLayout::Millimeter);
    printer.setDocName(title);
    QPrintPreviewDialog preview(&printer, parent);
    preview.setWindowTitle(title);
    QObject::connect(&preview, &QPrintPreviewDialog::paintRequested, &preview,
                     [&document](QPrinter *target) { document.print(target); });
    preview.exec();
}

} // namespace Inroad
