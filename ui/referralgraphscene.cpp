#include "referralgraphscene.h"

#include "graphlayout.h"

#include <QFontMetricsF>
#include <QGraphicsItem>
#include <QGraphicsSceneHoverEvent>
#include <QGraphicsSimpleTextItem>
#include <QGuiApplication>
#include <QLocale>
#include <QPainter>
#include <QPainterPathStroker>
#include <QPalette>
#include <QStyleOptionGraphicsItem>

#include <algorithm>
#include <cmath>
#include <optional>

namespace Inroad {

struct ReferralGraphScene::Style
{
    QFont nameFont;
    QFont detailFont;
    QFont chipFont;
    QFont meFont;
    QFont overviewFont;   // the name alone, larger, when zoomed far out
    QFont labelFont;
    // Measured once for all boxes: building 2,000 of them should not measure fonts 6,000 times.
    std::optional<QFontMetricsF> nameMetrics;
    std::optional<QFontMetricsF> detailMetrics;
    std::optional<QFontMetricsF> chipMetrics;

    QColor paper;
    QColor box;
    QColor border;
    QColor text;
    QColor secondaryText;
    QColor edge;
    QColor emphasis;
    QColor selection;
    QColor selectedFill;
    QColor matchFill;
    QColor matchBorder;
    QColor meFill;
    QColor meText;
    QColor handleRing;

    qreal padX = 10;
    qreal padY = 8;
    qreal nameHeight = 0;
    qreal nameAscent = 0;
    qreal detailHeight = 0;
    qreal detailAscent = 0;
    qreal chipHeight = 0;
    qreal chipAscent = 0;
    qreal boxHeight = 0;
    qreal minWidth = 124;
    qreal maxWidth = 220;
    qreal meWidth = 96;
};

namespace {

constexpr qreal kCornerRadius = 7;
constexpr qreal kHandleRadius = 6;
constexpr qreal kArrowLength = 10;
constexpr qreal kArrowHalfWidth = 4.5;
constexpr qreal kBendRadius = 14;
// Below this scale a box shows only its name: the other lines would be too small to read.
constexpr qreal kDetailScale = 0.4;
constexpr qreal kDimmedOpacity = 0.45;
constexpr qreal kSceneMargin = 28;

QColor mix(const QColor &a, const QColor &b, qreal amountOfB)
{
    const qreal k = 1 - amountOfB;
    return QColor::fromRgbF(float(a.redF() * k + b.redF() * amountOfB), float(a.greenF() * k + b.greenF() * amountOfB),
                            float(a.blueF() * k + b.blueF() * amountOfB));
}

struct StageColors
{
    QColor fill;
    QColor text;
};

// Light tints with dark text of the same hue: readable on light and dark canvases and in print.
StageColors stageColors(PipelineStage stage)
{
    switch (stage) {
    case PipelineStage::Identified: return {QColor(0xe4, 0xe4, 0xe4), QColor(0x3a, 0x3a, 0x3a)};
    case PipelineStage::Contacted: return {QColor(0xda, 0xea, 0xf7), QColor(0x0b, 0x4a, 0x75)};
    case PipelineStage::Scheduled: return {QColor(0xfd, 0xe9, 0xc4), QColor(0x74, 0x46, 0x00)};
    case PipelineStage::Interviewed: return {QColor(0xd0, 0xee, 0xe2), QColor(0x00, 0x55, 0x3d)};
    case PipelineStage::Thanked: return {QColor(0xf1, 0xdb, 0xea), QColor(0x7a, 0x28, 0x5f)};
    case PipelineStage::KeepingInTouch: return {QColor(0xfc, 0xdf, 0xcf), QColor(0x86, 0x31, 0x00)};
    }
    return {QColor(0xe4, 0xe4, 0xe4), QColor(0x3a, 0x3a, 0x3a)};
}

QFont pixelFont(const QFont &base, int pixels, bool bold)
{
    QFont font = base;
    font.setPixelSize(pixels);
    font.setBold(bold);
    return font;
}

class NodeItem final : public QGraphicsItem
{
public:
    NodeItem(const ReferralGraphNode &node, const ReferralGraphScene::Style &style, bool interactive)
        : m_style(style)
        , m_isMe(node.id == 0)
        , m_interactive(interactive)
        , m_stage(node.stage)
    {
        setData(ReferralGraphScene::KindKey, ReferralGraphScene::NodeKind);
        setData(ReferralGraphScene::IdKey, node.id);
        setData(ReferralGraphScene::EmphasisKey, ReferralGraphScene::Normal);
        setData(ReferralGraphScene::MatchKey, false);
        setZValue(1);
        if (interactive) {
            setFlag(ItemIsSelectable);
            setAcceptHoverEvents(true);
            setCursor(Qt::ArrowCursor);
            // Text and rounded borders are the costly part of a frame at 2,000 boxes.
            setCacheMode(DeviceCoordinateCache);
        }

        const QFontMetricsF &nameMetrics = *style.nameMetrics;
        const QFontMetricsF &detailMetrics = *style.detailMetrics;
        const QFontMetricsF &chipMetrics = *style.chipMetrics;
        if (m_isMe) {
            m_size = QSizeF(style.meWidth, style.boxHeight);
            m_name = node.name;
            return;
        }
        m_stageText = pipelineStageName(node.stage);
        const qreal chipWidth = chipMetrics.horizontalAdvance(m_stageText) + 14;
        const qreal natural = std::max({nameMetrics.horizontalAdvance(node.name), detailMetrics.horizontalAdvance(node.organization),
                                        chipWidth});
        m_size = QSizeF(std::clamp(std::ceil(natural + 2 * style.padX), style.minWidth, style.maxWidth), style.boxHeight);
        const qreal room = m_size.width() - 2 * style.padX;
        m_fullName = node.name;
        m_name = nameMetrics.elidedText(node.name, Qt::ElideRight, room);
        m_organization = detailMetrics.elidedText(node.organization, Qt::ElideRight, room);
        m_chipWidth = std::min(chipWidth, room);
        if (node.name != m_name || node.organization != m_organization)
            setToolTip(node.organization.isEmpty() ? node.name : node.name + QStringLiteral("\n") + node.organization);
    }

    QSizeF size() const { return m_size; }
    QRectF box() const { return QRectF(QPointF(), m_size); }
    QPointF handleCenter() const { return QPointF(m_size.width(), m_size.height() / 2); }

    int type() const override { return UserType + ReferralGraphScene::NodeKind; }

    QRectF boundingRect() const override
    {
        return box().adjusted(-2, -2, m_interactive ? kHandleRadius + 2 : 2, 2);
    }

    QPainterPath shape() const override
    {
        QPainterPath path;
        path.addRoundedRect(box(), kCornerRadius, kCornerRadius);
        if (m_interactive)
            path.addEllipse(handleCenter(), kHandleRadius + 1, kHandleRadius + 1);
        return path;
    }

    bool handleContains(const QPointF &local) const
    {
        return QLineF(local, handleCenter()).length() <= kHandleRadius + 3;
    }

    void setMatch(bool match)
    {
        if (data(ReferralGraphScene::MatchKey).toBool() == match)
            return;
        setData(ReferralGraphScene::MatchKey, match);
        update();
    }

    void setDropTarget(bool target)
    {
        m_dropTarget = target;
        update();
    }

    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *) override
    {
        const ReferralGraphScene::Style &s = m_style;
        const qreal scale = option->levelOfDetailFromTransform(painter->worldTransform());
        const bool match = data(ReferralGraphScene::MatchKey).toBool();
        const bool emphasised = data(ReferralGraphScene::EmphasisKey).toInt() == ReferralGraphScene::Emphasised;

        QPen pen(s.border, 1);
        if (isSelected())
            pen = QPen(s.selection, 3);
        else if (m_dropTarget)
            pen = QPen(s.emphasis, 3, Qt::DashLine);
        else if (match)
            pen = QPen(s.matchBorder, 2.5);
        else if (emphasised)
            pen = QPen(s.emphasis, 2.5);
        painter->setPen(pen);
        painter->setBrush(m_isMe ? s.meFill : isSelected() ? s.selectedFill : match ? s.matchFill : s.box);
        painter->drawRoundedRect(box().adjusted(0.5, 0.5, -0.5, -0.5), kCornerRadius, kCornerRadius);

        if (m_isMe) {
            painter->setFont(s.meFont);
            painter->setPen(s.meText);
            painter->drawText(box(), Qt::AlignCenter, m_name);
        } else if (scale < kDetailScale) {
            // Larger, on up to two lines, so that names stay legible when the whole graph is in view.
            painter->setFont(s.overviewFont);
            painter->setPen(s.text);
            painter->drawText(box().adjusted(s.padX, 4, -s.padX, -4), Qt::AlignVCenter | Qt::AlignLeft | Qt::TextWordWrap,
                              m_fullName);
        } else {
            qreal y = s.padY;
            painter->setFont(s.nameFont);
            painter->setPen(s.text);
            painter->drawText(QPointF(s.padX, y + s.nameAscent), m_name);
            y += s.nameHeight + 2;
            painter->setFont(s.detailFont);
            painter->setPen(s.secondaryText);
            painter->drawText(QPointF(s.padX, y + s.detailAscent), m_organization);
            y += s.detailHeight + 5;
            const StageColors colors = stageColors(m_stage);
            const QRectF chip(s.padX, y, m_chipWidth, s.chipHeight);
            painter->setPen(Qt::NoPen);
            painter->setBrush(colors.fill);
            painter->drawRoundedRect(chip, s.chipHeight / 2, s.chipHeight / 2);
            painter->setFont(s.chipFont);
            painter->setPen(colors.text);
            painter->drawText(chip, Qt::AlignCenter, m_stageText);
        }

        if (m_interactive && (m_hovered || isSelected()) && scale >= kDetailScale) {
            painter->setPen(QPen(s.handleRing, 1.5));
            painter->setBrush(s.emphasis);
            painter->drawEllipse(handleCenter(), kHandleRadius, kHandleRadius);
        }
    }

protected:
    void hoverEnterEvent(QGraphicsSceneHoverEvent *event) override
    {
        m_hovered = true;
        update();
        QGraphicsItem::hoverEnterEvent(event);
    }
    void hoverMoveEvent(QGraphicsSceneHoverEvent *event) override
    {
        // The handle says "drag me" by its cursor.
        setCursor(handleContains(event->pos()) ? Qt::CrossCursor : Qt::ArrowCursor);
        QGraphicsItem::hoverMoveEvent(event);
    }
    void hoverLeaveEvent(QGraphicsSceneHoverEvent *event) override
    {
        m_hovered = false;
        setCursor(Qt::ArrowCursor);
        update();
        QGraphicsItem::hoverLeaveEvent(event);
    }

private:
    const ReferralGraphScene::Style &m_style;
    bool m_isMe;
    bool m_interactive;
    bool m_hovered = false;
    bool m_dropTarget = false;
    PipelineStage m_stage;
    QSizeF m_size;
    QString m_name;
    QString m_fullName;
    QString m_organization;
    QString m_stageText;
    qreal m_chipWidth = 0;
};

// A polyline whose bends are rounded off.
QPainterPath roundedPolyline(const QPolygonF &points, qreal radius)
{
    QPainterPath path(points.constFirst());
    for (int i = 1; i + 1 < points.size(); ++i) {
        const QPointF previous = points.at(i - 1);
        const QPointF corner = points.at(i);
        const QPointF next = points.at(i + 1);
        const qreal in = QLineF(previous, corner).length();
        const qreal out = QLineF(corner, next).length();
        const qreal r = std::min({radius, in / 2, out / 2});
        if (r < 0.5) {
            path.lineTo(corner);
            continue;
        }
        path.lineTo(corner + (previous - corner) * (r / in));
        path.quadTo(corner, corner + (next - corner) * (r / out));
    }
    path.lineTo(points.constLast());
    return path;
}

class EdgeItem final : public QGraphicsItem
{
public:
    EdgeItem(qint64 id, QPolygonF points, const ReferralGraphScene::Style &style, bool interactive)
        : m_style(style)
    {
        setData(ReferralGraphScene::KindKey, ReferralGraphScene::EdgeKind);
        setData(ReferralGraphScene::IdKey, id);
        setData(ReferralGraphScene::EmphasisKey, ReferralGraphScene::Normal);
        if (interactive) {
            setFlag(ItemIsSelectable);
            setCursor(Qt::ArrowCursor);
        }
        // The arrow head ends at the box; the line stops at its base, so no line shows through the tip.
        const QPointF tip = points.constLast();
        int from = int(points.size()) - 2;
        while (from > 0 && QLineF(points.at(from), tip).length() < 0.5)
            --from;
        QLineF last(points.at(std::max(from, 0)), tip);
        if (last.length() < 0.5)
            last = QLineF(tip - QPointF(kArrowLength, 0), tip);
        const QPointF direction = (last.p2() - last.p1()) / last.length();
        const QPointF normal(-direction.y(), direction.x());
        const QPointF base = tip - direction * kArrowLength;
        m_arrow << tip << base + normal * kArrowHalfWidth << base - normal * kArrowHalfWidth;
        if (last.length() > kArrowLength)
            points.last() = base;
        else
            points.removeLast();
        if (points.size() >= 2)
            m_path = roundedPolyline(points, kBendRadius);
        m_bounds = (m_path.controlPointRect() | m_arrow.boundingRect()).adjusted(-6, -6, 6, 6);
    }

    int type() const override { return UserType + ReferralGraphScene::EdgeKind; }
    QRectF boundingRect() const override { return m_bounds; }
    QPainterPath shape() const override
    {
        // Wider than the line, so that it is easy to point at; made when first asked for.
        if (m_shape.isEmpty()) {
            QPainterPathStroker stroker;
            stroker.setWidth(10);
            m_shape = stroker.createStroke(m_path);
            m_shape.addPolygon(m_arrow);
        }
        return m_shape;
    }

    void paint(QPainter *painter, const QStyleOptionGraphicsItem *, QWidget *) override
    {
        const ReferralGraphScene::Style &s = m_style;
        QColor color = s.edge;
        qreal width = 1.4;
        if (isSelected()) {
            color = s.selection;
            width = 3;
        } else if (data(ReferralGraphScene::EmphasisKey).toInt() == ReferralGraphScene::Emphasised) {
            color = s.emphasis;
            width = 2.6;
        }
        painter->setPen(QPen(color, width, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
        painter->setBrush(Qt::NoBrush);
        painter->drawPath(m_path);
        painter->setPen(QPen(color, 1, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
        painter->setBrush(color);
        painter->drawPolygon(m_arrow);
    }

private:
    const ReferralGraphScene::Style &m_style;
    QPainterPath m_path;
    mutable QPainterPath m_shape;
    QPolygonF m_arrow;
    QRectF m_bounds;
};

NodeItem *asNode(QGraphicsItem *item)
{
    return item && item->type() == QGraphicsItem::UserType + ReferralGraphScene::NodeKind ? static_cast<NodeItem *>(item)
                                                                                         : nullptr;
}

void setEmphasis(QGraphicsItem *item, ReferralGraphScene::Emphasis emphasis)
{
    if (item->data(ReferralGraphScene::EmphasisKey).toInt() == emphasis)
        return;
    item->setData(ReferralGraphScene::EmphasisKey, emphasis);
    item->setOpacity(emphasis == ReferralGraphScene::Dimmed ? kDimmedOpacity : 1.0);
    if (item->type() == QGraphicsItem::UserType + ReferralGraphScene::EdgeKind)
        item->setZValue(emphasis == ReferralGraphScene::Emphasised ? 0.5 : 0);
    item->update();
}

// The point where the segment from the centre of @p rect towards @p outside leaves it.
QPointF borderPoint(const QRectF &rect, const QPointF &outside)
{
    const QPointF c = rect.center();
    const QPointF d = outside - c;
    if (qFuzzyIsNull(d.x()) && qFuzzyIsNull(d.y()))
        return c;
    const qreal sx = qFuzzyIsNull(d.x()) ? 1e9 : rect.width() / 2 / std::abs(d.x());
    const qreal sy = qFuzzyIsNull(d.y()) ? 1e9 : rect.height() / 2 / std::abs(d.y());
    return c + d * std::min(sx, sy);
}

} // namespace

ReferralGraphScene::ReferralGraphScene(Mode mode, QObject *parent)
    : QGraphicsScene(parent)
    , m_mode(mode)
    , m_style(std::make_unique<Style>())
{
    Style &s = *m_style;
    const QFont base = QGuiApplication::font();
    s.nameFont = pixelFont(base, 13, true);
    s.detailFont = pixelFont(base, 12, false);
    s.chipFont = pixelFont(base, 11, false);
    s.meFont = pixelFont(base, 17, true);
    s.overviewFont = pixelFont(base, 17, true);
    s.labelFont = pixelFont(base, 15, true);
    s.nameMetrics.emplace(s.nameFont);
    s.detailMetrics.emplace(s.detailFont);
    s.chipMetrics.emplace(s.chipFont);
    const QFontMetricsF &name = *s.nameMetrics;
    const QFontMetricsF &detail = *s.detailMetrics;
    const QFontMetricsF &chip = *s.chipMetrics;
    s.nameHeight = name.height();
    s.nameAscent = name.ascent();
    s.detailHeight = detail.height();
    s.detailAscent = detail.ascent();
    s.chipHeight = chip.height() + 4;
    s.chipAscent = chip.ascent() + 2;
    s.boxHeight = std::ceil(s.padY + s.nameHeight + 2 + s.detailHeight + 5 + s.chipHeight + s.padY);

    const QColor accent(0x00, 0x72, 0xb2);
    if (mode == Mode::Print) {
        s.paper = Qt::white;
        s.box = Qt::white;
        s.text = QColor(0x1a, 0x1a, 0x1a);
        s.secondaryText = QColor(0x50, 0x50, 0x50);
        s.border = QColor(0x8c, 0x8c, 0x8c);
        s.edge = QColor(0x6e, 0x6e, 0x6e);
        s.emphasis = accent;
        s.selection = accent;
        s.selectedFill = s.box;
        s.matchFill = QColor(0xff, 0xf1, 0xa8);
        s.matchBorder = QColor(0xe6, 0x9f, 0x00);
        s.meFill = accent;
        s.meText = Qt::white;
        s.handleRing = Qt::white;
        setBackgroundBrush(s.paper);
    } else {
        setColors(QGuiApplication::palette());
    }
}

void ReferralGraphScene::setColors(const QPalette &palette)
{
    if (m_mode == Mode::Print)
        return;
    Style &s = *m_style;
    const bool dark = palette.color(QPalette::Base).lightness() < 128;
    const QColor accent(0x00, 0x72, 0xb2);
    s.paper = palette.color(QPalette::Window);
    s.box = palette.color(QPalette::Base);
    s.text = palette.color(QPalette::Text);
    s.secondaryText = mix(s.text, s.box, 0.35);
    s.border = mix(s.text, s.box, 0.6);
    s.edge = mix(s.text, s.paper, 0.45);
    s.emphasis = dark ? QColor(0x56, 0xb4, 0xe9) : accent;
    s.selection = palette.color(QPalette::Highlight);
    s.selectedFill = mix(s.box, s.selection, 0.16);
    s.matchFill = dark ? QColor(0x55, 0x47, 0x00) : QColor(0xff, 0xf1, 0xa8);
    s.matchBorder = QColor(0xe6, 0x9f, 0x00);
    s.meFill = s.emphasis;
    s.meText = dark ? QColor(0x10, 0x10, 0x10) : QColor(Qt::white);
    s.handleRing = s.box;
    setBackgroundBrush(s.paper);
    // Cached boxes keep their old colours until they are told to paint again.
    for (QGraphicsItem *item : std::as_const(m_nodes))
        item->update();
    if (m_ungroupedLabel)
        static_cast<QGraphicsSimpleTextItem *>(m_ungroupedLabel)->setBrush(s.secondaryText);
    update();
}

ReferralGraphScene::~ReferralGraphScene()
{
    // The items refer to the style: they go first.
    clear();
}

void ReferralGraphScene::setGraph(const ReferralGraph &graph, Qt::Orientation direction)
{
    GraphLayoutOptions options;
    options.direction = direction;
    if (m_mode == Mode::Print) {
        // Tighter on paper, where every millimetre given to gaps is taken from the text.
        options.layerGap = 64;
        options.nodeGap = 14;
        options.groupGap = 50;
    }
    setGraph(graph, options);
}

void ReferralGraphScene::setGraph(const ReferralGraph &graph, const GraphLayoutOptions &options)
{
    clear();
    m_nodes.clear();
    m_edges.clear();
    m_ungroupedLabel = nullptr;
    m_dropTarget = -1;
    m_graph = graph;
    m_nodeIndex.clear();
    m_nodeIndex.reserve(graph.nodes.size());

    const bool interactive = m_mode == Mode::Screen;
    QList<GraphNode> layoutNodes;
    layoutNodes.reserve(graph.nodes.size());
    QHash<qint64, NodeItem *> items;
    items.reserve(graph.nodes.size());
    for (int i = 0; i < graph.nodes.size(); ++i) {
        const ReferralGraphNode &node = graph.nodes.at(i);
        if (m_nodeIndex.contains(node.id))
            continue;
        m_nodeIndex.insert(node.id, i);
        auto *item = new NodeItem(node, *m_style, interactive);
        items.insert(node.id, item);
        layoutNodes.append(GraphNode{node.id, item->size()});
    }
    QList<GraphEdge> layoutEdges;
    layoutEdges.reserve(graph.edges.size());
    QHash<qint64, const ReferralGraphEdge *> edgeById;
    for (const ReferralGraphEdge &edge : graph.edges) {
        layoutEdges.append(GraphEdge{edge.id, edge.from, edge.to});
        edgeById.insert(edge.id, &edge);
    }

    const GraphLayout layout = layoutGraph(layoutNodes, layoutEdges, options);

    QRectF ungrouped;
    int ungroupedCount = 0;
    for (const PlacedNode &placed : layout.nodes) {
        NodeItem *item = items.take(placed.id);
        if (!item)
            continue;
        item->setPos(placed.rect.topLeft());
        addItem(item);
        m_nodes.insert(placed.id, item);
        if (placed.layer < 0 && placed.id != 0) {
            ungrouped |= placed.rect;
            ++ungroupedCount;
        }
    }
    // Whatever the layout left out still gets drawn, in a row below everything else.
    qreal spareX = layout.bounds.left();
    const qreal spareY = layout.bounds.bottom() + options.groupGap;
    for (NodeItem *item : std::as_const(items)) {
        item->setPos(spareX, spareY);
        spareX += item->size().width() + options.nodeGap;
        addItem(item);
        m_nodes.insert(item->data(IdKey).toLongLong(), item);
    }

    const auto addEdge = [this, interactive](const ReferralGraphEdge &edge, const QPolygonF &points) {
        auto *item = new EdgeItem(edge.id, points, *m_style, interactive);
        item->setToolTip(referralDescription(edge));
        addItem(item);
        m_edges.insert(edge.id, item);
    };
    for (const RoutedEdge &routed : layout.edges) {
        const ReferralGraphEdge *edge = edgeById.value(routed.id);
        if (edge && !m_edges.contains(edge->id) && routed.points.size() >= 2)
            addEdge(*edge, routed.points);
    }
    // A referral is never silently dropped: one the layout could not route goes straight across.
    for (const ReferralGraphEdge &edge : graph.edges) {
        if (m_edges.contains(edge.id))
            continue;
        QGraphicsItem *from = m_nodes.value(edge.from);
        QGraphicsItem *to = m_nodes.value(edge.to);
        if (!from || !to)
            continue;
        const QRectF a = asNode(from)->box().translated(from->pos());
        const QRectF b = asNode(to)->box().translated(to->pos());
        addEdge(edge, QPolygonF({borderPoint(a, b.center()), borderPoint(b, a.center())}));
    }

    if (ungroupedCount > 0) {
        auto *label = new QGraphicsSimpleTextItem(tr("Not introduced yet (%n)", nullptr, ungroupedCount));
        label->setFont(m_style->labelFont);
        label->setBrush(m_style->secondaryText);
        label->setData(KindKey, LabelKind);
        label->setPos(ungrouped.left(), ungrouped.top() - label->boundingRect().height() - 8);
        addItem(label);
        m_ungroupedLabel = label;
    }
    setSceneRect(itemsBoundingRect().adjusted(-kSceneMargin, -kSceneMargin, kSceneMargin, kSceneMargin));
}

QString ReferralGraphScene::nameOf(qint64 personId) const
{
    const int index = m_nodeIndex.value(personId, -1);
    return index >= 0 ? m_graph.nodes.at(index).name : QString();
}

void ReferralGraphScene::setChain(const QSet<qint64> &people, const QSet<qint64> &referrals)
{
    const bool dimOthers = !people.isEmpty() || !referrals.isEmpty();
    for (auto it = m_nodes.cbegin(); it != m_nodes.cend(); ++it)
        setEmphasis(it.value(), people.contains(it.key()) ? Emphasised : dimOthers ? Dimmed : Normal);
    for (auto it = m_edges.cbegin(); it != m_edges.cend(); ++it)
        setEmphasis(it.value(), referrals.contains(it.key()) ? Emphasised : dimOthers ? Dimmed : Normal);
}

void ReferralGraphScene::setMatches(const QSet<qint64> &people)
{
    for (auto it = m_nodes.cbegin(); it != m_nodes.cend(); ++it)
        asNode(it.value())->setMatch(people.contains(it.key()));
}

void ReferralGraphScene::setDropTarget(qint64 personId)
{
    if (personId == m_dropTarget)
        return;
    if (NodeItem *old = asNode(m_nodes.value(m_dropTarget)))
        old->setDropTarget(false);
    m_dropTarget = personId;
    if (NodeItem *target = asNode(m_nodes.value(personId)))
        target->setDropTarget(true);
}

qint64 ReferralGraphScene::personAt(const QPointF &scenePos) const
{
    const QList<QGraphicsItem *> found = items(scenePos);
    for (QGraphicsItem *item : found) {
        if (asNode(item))
            return item->data(IdKey).toLongLong();
    }
    return -1;
}

bool ReferralGraphScene::isOnHandle(qint64 personId, const QPointF &scenePos) const
{
    const NodeItem *node = asNode(m_nodes.value(personId));
    return node && m_mode == Mode::Screen && node->handleContains(node->mapFromScene(scenePos));
}

QPointF ReferralGraphScene::handlePosition(qint64 personId) const
{
    const NodeItem *node = asNode(m_nodes.value(personId));
    return node ? node->mapToScene(node->handleCenter()) : QPointF();
}

QString ReferralGraphScene::referralDescription(const ReferralGraphEdge &edge) const
{
    const QString day = edge.referredOn.isValid() ? QLocale().toString(edge.referredOn, tr("d MMM yyyy", "a referral's date"))
                                                  : QString();
    if (edge.from == 0) {
        return day.isEmpty() ? tr("You found %1 yourself").arg(nameOf(edge.to))
                             : tr("You found %1 yourself on %2").arg(nameOf(edge.to), day);
    }
    const QString when = day.isEmpty() ? tr("Introduced (no date recorded)") : tr("Introduced on %1").arg(day);
    const QString mention = edge.mayMention ? tr("you may mention %1").arg(nameOf(edge.from))
                                            : tr("ask before using their name");
    return tr("%1 · %2").arg(when, mention);
}

} // namespace Inroad
