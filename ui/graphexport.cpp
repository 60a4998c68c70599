#include "graphexport.h"

#include "referralgraphscene.h"

#include <QCoreApplication>
#include <QDate>
#include <QDir>
#include <QFileInfo>
#include <QFontMetricsF>
#include <QGuiApplication>
#include <QImage>
#include <QLocale>
#include <QPageLayout>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>
#include <QSvgGenerator>

#include <algorithm>
#include <cmath>

namespace Inroad {

namespace {

QString tr(const char *text, const char *disambiguation = nullptr, int n = -1)
{
    return QCoreApplication::translate("Inroad::GraphExport", text, disambiguation, n);
}

constexpr qreal kPngScale = 2;
// A PNG of 2,000 people at twice their size would take gigabytes; beyond these it is drawn smaller.
constexpr qreal kMaxPngPixels = 48e6;
constexpr qreal kMaxPngSide = 30000;
constexpr qreal kPdfMarginMm = 12;

QString displayPath(const QString &path)
{
    return QDir::toNativeSeparators(QFileInfo(path).absoluteFilePath());
}

bool fail(QString *error, const QString &message)
{
    if (error)
        *error = message;
    return false;
}

QString peopleCount(int people)
{
    return people == 1 ? tr("1 person") : tr("%n people", nullptr, people);
}

QString referralCount(int referrals)
{
    return referrals == 1 ? tr("1 referral") : tr("%n referrals", nullptr, referrals);
}

bool writePng(const ReferralGraph &graph, QSaveFile &file)
{
    ReferralGraphScene scene(ReferralGraphScene::Mode::Print);
    scene.setGraph(graph);
    const QRectF source = scene.sceneRect();
    const qreal scale = std::min({kPngScale, std::sqrt(kMaxPngPixels / (source.width() * source.height())),
                                  kMaxPngSide / source.width(), kMaxPngSide / source.height()});
    QImage image(QSize(int(std::ceil(source.width() * scale)), int(std::ceil(source.height() * scale))),
                 QImage::Format_RGB32);
    if (image.isNull())
        return false;
    // Twice 96 dots per inch: shown at its natural size by programs that read the resolution.
    const int dotsPerMeter = int(std::lround(96 * scale / 0.0254));
    image.setDotsPerMeterX(dotsPerMeter);
    image.setDotsPerMeterY(dotsPerMeter);
    image.fill(Qt::white);
    QPainter painter(&image);
    painter.setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing | QPainter::SmoothPixmapTransform);
    scene.render(&painter, QRectF(image.rect()), source, Qt::KeepAspectRatio);
    painter.end();
    return image.save(&file, "PNG");
}

bool writeSvg(const ReferralGraph &graph, QSaveFile &file)
{
    ReferralGraphScene scene(ReferralGraphScene::Mode::Print);
    scene.setGraph(graph);
    const QRectF source = scene.sceneRect();
    const QRectF target(QPointF(0, 0), source.size());
    QSvgGenerator generator;
    generator.setOutputDevice(&file);
    generator.setSize(source.size().toSize());
    generator.setViewBox(target);
    generator.setTitle(tr("Referral graph"));
    generator.setDescription(tr("Who introduced whom, drawn by Inroad"));
    QPainter painter;
    if (!painter.begin(&generator))
        return false;
    painter.setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing);
    scene.render(&painter, target, source, Qt::KeepAspectRatio);
    return painter.end();
}

// How much of the page the graph can take at the given orientation, in points.
QSizeF printableSize(const QPageSize &pageSize, QPageLayout::Orientation orientation)
{
    const QPageLayout layout(pageSize, orientation, QMarginsF(kPdfMarginMm, kPdfMarginMm, kPdfMarginMm, kPdfMarginMm),
                             QPageLayout::Millimeter);
    return layout.paintRect(QPageLayout::Point).size();
}

bool writePdf(const ReferralGraph &graph, QSaveFile &file)
{
    const QPageSize pageSize(QLocale::system().measurementSystem() == QLocale::ImperialUSSystem ? QPageSize::Letter
                                                                                               : QPageSize::A4);
    // Laid out both ways, the one that comes out larger on the page wins: a long chain of
    // introductions reads better across a landscape page, a crowd of first contacts down a portrait one.
    constexpr qreal kHeaderPoints = 42;
    struct Candidate
    {
        Qt::Orientation direction;
        QPageLayout::Orientation orientation;
        qreal scale;
    };
    Candidate best{Qt::Horizontal, QPageLayout::Landscape, 0};
    for (const Qt::Orientation direction : {Qt::Horizontal, Qt::Vertical}) {
        ReferralGraphScene trial(ReferralGraphScene::Mode::Print);
        trial.setGraph(graph, direction);
        const QSizeF source = trial.sceneRect().size();
        for (const QPageLayout::Orientation orientation : {QPageLayout::Landscape, QPageLayout::Portrait}) {
            const QSizeF room = printableSize(pageSize, orientation) - QSizeF(0, kHeaderPoints);
            const qreal scale = std::min(room.width() / source.width(), room.height() / source.height());
            if (scale > best.scale * 1.02)
                best = Candidate{direction, orientation, scale};
        }
    }

    ReferralGraphScene scene(ReferralGraphScene::Mode::Print);
    scene.setGraph(graph, best.direction);
    const QRectF source = scene.sceneRect();

    QPdfWriter writer(&file);
    writer.setTitle(tr("Referral graph"));
    writer.setCreator(QStringLiteral("Inroad"));
    writer.setPageLayout(QPageLayout(pageSize, best.orientation,
                                     QMarginsF(kPdfMarginMm, kPdfMarginMm, kPdfMarginMm, kPdfMarginMm),
                                     QPageLayout::Millimeter));
    QPainter painter;
    if (!painter.begin(&writer))
        return false;
    painter.setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing);
    const QRectF page(QPointF(0, 0), writer.pageLayout().paintRectPixels(writer.resolution()).size());
    const qreal pointsToDevice = writer.resolution() / 72.0;

    QFont titleFont = QGuiApplication::font();
    titleFont.setPointSizeF(14);
    titleFont.setBold(true);
    QFont lineFont = QGuiApplication::font();
    lineFont.setPointSizeF(9);
    const QFontMetricsF titleMetrics(titleFont, &writer);
    const QFontMetricsF lineMetrics(lineFont, &writer);
    painter.setPen(Qt::black);
    painter.setFont(titleFont);
    painter.drawText(QPointF(0, titleMetrics.ascent()), tr("Referral graph"));
    const int people = std::max(0, int(graph.nodes.size()) - 1);
    const QString line = tr("%1 · %2 · %3")
                             .arg(QLocale().toString(QDate::currentDate(), QLocale::LongFormat), peopleCount(people),
                                  referralCount(int(graph.edges.size())));
    painter.setFont(lineFont);
    painter.setPen(QColor(0x50, 0x50, 0x50));
    painter.drawText(QPointF(0, titleMetrics.height() + 2 * pointsToDevice + lineMetrics.ascent()), line);

    const QRectF target = page.adjusted(0, kHeaderPoints * pointsToDevice, 0, 0);
    scene.render(&painter, target, source, Qt::KeepAspectRatio);
    return painter.end();
}

} // namespace

QStringList graphExportSuffixes()
{
    return {QStringLiteral("png"), QStringLiteral("svg"), QStringLiteral("pdf")};
}

bool exportGraph(const ReferralGraph &graph, const QString &path, QString *error)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (!graphExportSuffixes().contains(suffix)) {
        return fail(error, tr("“%1” does not end in .png, .svg or .pdf, so Inroad cannot tell which kind of file to "
                              "write.")
                               .arg(displayPath(path)));
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        return fail(error, tr("The graph could not be written to “%1”: %2").arg(displayPath(path), file.errorString()));
    }
    bool drawn = false;
    if (suffix == QLatin1String("png"))
        drawn = writePng(graph, file);
    else if (suffix == QLatin1String("svg"))
        drawn = writeSvg(graph, file);
    else
        drawn = writePdf(graph, file);
    if (!drawn) {
        const QString reason = file.error() != QFileDevice::NoError ? file.errorString()
                                                                    : tr("the drawing could not be made (too large?)");
        file.cancelWriting();
        return fail(error, tr("The graph could not be written to “%1”: %2").arg(displayPath(path), reason));
    }
    if (!file.commit()) {
        return fail(error, tr("The graph could not be written to “%1”: %2").arg(displayPath(path), file.errorString()));
    }
    return true;
}

bool exportGraph(const Database &db, const ReferralGraphFilter &filter, const QString &path, QString *error)
{
    return exportGraph(ReferralGraphRepository(db).load(filter), path, error);
}

} // namespace Inroad
