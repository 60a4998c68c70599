#include "documentwriter.h"

#include <QAbstractTextDocumentLayout>
#include <QBuffer>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QFontMetricsF>
#include <QLocale>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextDocumentWriter>
#include <QTextFrame>

#include <memory>

namespace Inroad {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Inroad::DocumentWriter", text);
}

constexpr qreal kMarginMillimeters = 15;
constexpr int kPdfResolution = 300;

QString displayPath(const QString &path)
{
    return QDir::toNativeSeparators(QFileInfo(path).absoluteFilePath());
}

// Qt's layout has no "keep with next": a heading that would end a page, apart from the text it
// introduces, starts the next page instead. One heading at a time, as each move shifts the rest.
void keepHeadingsWithNext(QTextDocument &document, qreal pageHeight)
{
    QAbstractTextDocumentLayout *layout = document.documentLayout();
    const auto pageOf = [pageHeight](qreal y) { return int(y / pageHeight); };
    for (int moves = 0; moves < 1000; ++moves) {
        bool moved = false;
        for (QTextBlock block = document.begin(); block.isValid() && !moved; block = block.next()) {
            const QTextBlockFormat format = block.blockFormat();
            const QTextBlock next = block.next();
            if (format.headingLevel() == 0 || !next.isValid()
                || (format.pageBreakPolicy() & QTextFormat::PageBreak_AlwaysBefore))
                continue;
            const qreal top = layout->blockBoundingRect(block).top();
            const qreal nextTop = layout->blockBoundingRect(next).top();
            if (pageOf(nextTop) > pageOf(top) && top > pageOf(top) * pageHeight + 1) {
                QTextBlockFormat breakBefore;
                breakBefore.setPageBreakPolicy(format.pageBreakPolicy() | QTextFormat::PageBreak_AlwaysBefore);
                QTextCursor(block).mergeBlockFormat(breakBefore);
                // The layout's own update after a format change can stop short; lay it all out again.
                document.markContentsDirty(0, document.characterCount());
                moved = true;
            }
        }
        if (!moved)
            return;
    }
}

// Lays out a copy of @p source on pages of the writer's printable area, less a strip at the
// bottom for the page number, and paints it page by page (as QTextDocument::print does, but with
// "Page N of M" and our own margins). The caller's document keeps its screen layout.
bool paintPdf(const QTextDocument &source, QPdfWriter &writer)
{
    const std::unique_ptr<QTextDocument> document(source.clone());
    for (QTextBlock from = source.firstBlock(), to = document->firstBlock(); from.isValid() && to.isValid();
         from = from.next(), to = to.next())
        to.layout()->setFormats(from.layout()->formats());

    QPainter painter;
    if (!painter.begin(&writer))
        return false;
    document->documentLayout()->setPaintDevice(&writer);
    document->setDocumentMargin(0);

    QFont footerFont = document->defaultFont();
    footerFont.setPointSizeF(qMax(6.0, footerFont.pointSizeF() * 0.8));
    const QFontMetricsF footerMetrics(footerFont, &writer);
    const qreal footerHeight = footerMetrics.height() * 2.5;

    // A running header, when the document has one, takes a strip at the top as the footer does.
    const QString header = source.property(kRunningHeaderProperty).toString();
    const qreal headerHeight = header.isEmpty() ? 0 : footerMetrics.height() * 2.5;

    const QSizeF area(writer.width(), writer.height());
    const QSizeF body(area.width(), area.height() - footerHeight - headerHeight);
    document->setPageSize(body);
    keepHeadingsWithNext(*document, body.height());
    const int pages = qMax(1, document->pageCount());

    QAbstractTextDocumentLayout::PaintContext context;
    context.palette.setColor(QPalette::Text, Qt::black);
    for (int page = 0; page < pages; ++page) {
        if (page > 0 && !writer.newPage())
            return false;
        const QRectF view(0, page * body.height(), body.width(), body.height());
        painter.save();
        painter.translate(0, headerHeight - view.top());
        painter.setClipRect(view);
        // The layout skips blocks outside the clip, but a block that only touches this page (one
        // starting exactly where it ends) would be drawn here too, clipped away yet still found by
        // text search; the pixel keeps it off.
        context.clip = view.adjusted(0, 1, 0, -1);
        document->documentLayout()->draw(&painter, context);
        painter.restore();

        painter.setFont(footerFont);
        painter.setPen(QColor(0x55, 0x55, 0x55));
        if (!header.isEmpty() && page > 0) {
            const QRectF top(0, 0, area.width(), footerMetrics.height());
            painter.drawText(top, Qt::AlignLeft | Qt::AlignTop,
                             footerMetrics.elidedText(header, Qt::ElideRight, area.width()));
        }
        const QString number = tr("Page %1 of %2").arg(QString::number(page + 1), QString::number(pages));
        const QRectF footer(0, area.height() - footerMetrics.height(), area.width(), footerMetrics.height());
        painter.drawText(footer, Qt::AlignHCenter | Qt::AlignBottom, number);
    }
    return painter.end();
}

QString cannotWrite(const QString &path, const QString &reason)
{
    return tr("The document could not be written to “%1”: %2").arg(displayPath(path), reason);
}

} // namespace

QPageSize::PageSizeId defaultPageSize(const QLocale &locale)
{
    // CLDR's list of territories that use US Letter.
    switch (locale.territory()) {
    case QLocale::UnitedStates:
    case QLocale::PuertoRico:
    case QLocale::Canada:
    case QLocale::Mexico:
    case QLocale::Belize:
    case QLocale::Guatemala:
    case QLocale::ElSalvador:
    case QLocale::Nicaragua:
    case QLocale::CostaRica:
    case QLocale::Panama:
    case QLocale::Colombia:
    case QLocale::Venezuela:
    case QLocale::Chile:
    case QLocale::Philippines:
        return QPageSize::Letter;
    default:
        return QPageSize::A4;
    }
}

DocumentFormat documentFormatForPath(const QString &path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == QLatin1String("pdf"))
        return DocumentFormat::Pdf;
    if (suffix == QLatin1String("odt"))
        return DocumentFormat::Odt;
    if (suffix == QLatin1String("html") || suffix == QLatin1String("htm"))
        return DocumentFormat::Html;
    return DocumentFormat::Unknown;
}

QString writeDocument(QTextDocument &document, const QString &path, QPageSize::PageSizeId pageSize)
{
    const DocumentFormat format = documentFormatForPath(path);
    if (format == DocumentFormat::Unknown)
        return cannotWrite(path, tr("its name does not end in .pdf, .odt or .html, which say what kind of file to write."));

    // QSaveFile writes into a temporary file next to the target and renames it only once
    // everything was written, so a failure leaves any earlier file as it was and no half file.
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return cannotWrite(path, file.errorString());

    bool written = false;
    switch (format) {
    case DocumentFormat::Pdf: {
        QPdfWriter writer(&file);
        writer.setResolution(kPdfResolution);
        writer.setPageLayout(QPageLayout(QPageSize(pageSize), QPageLayout::Portrait,
                                         QMarginsF(kMarginMillimeters, kMarginMillimeters, kMarginMillimeters,
                                                   kMarginMillimeters),
                                         QPageLayout::Millimeter));
        writer.setTitle(document.metaInformation(QTextDocument::DocumentTitle));
        writer.setCreator(QStringLiteral("Inroad"));
        written = paintPdf(document, writer);
        break;
    }
    case DocumentFormat::Odt: {
        // The ODF writer closes its device when done, which QSaveFile does not allow.
        QBuffer buffer;
        QTextDocumentWriter writer(&buffer, QByteArrayLiteral("odf"));
        written = writer.write(&document) && file.write(buffer.data()) == buffer.data().size();
        break;
    }
    case DocumentFormat::Html: {
        const QByteArray html = document.toHtml().toUtf8();
        written = file.write(html) == html.size();
        break;
    }
    case DocumentFormat::Unknown:
        break;
    }
    if (!written) {
        const QString reason = file.error() != QFileDevice::NoError ? file.errorString() : tr("writing failed.");
        file.cancelWriting();
        return cannotWrite(path, reason);
    }
    if (!file.commit())
        return cannotWrite(path, file.errorString());
    return {};
}

} // namespace Inroad
