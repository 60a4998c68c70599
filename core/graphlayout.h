#pragma once

#include <QList>
#include <QPolygonF>
#include <QRectF>
#include <QSizeF>

namespace Inroad {

/// A box to place: a person, or the user ("Me", id 0).
struct GraphNode
{
    qint64 id = 0;
    QSizeF size;
};

/// A directed edge "from introduced to". Several edges may join the same two nodes; cycles and
/// nodes with several introducers are allowed.
struct GraphEdge
{
    qint64 id = 0;        ///< the referral's id; unique
    qint64 from = 0;
    qint64 to = 0;
};

struct GraphLayoutOptions
{
    /// Horizontal: generations of introductions read from left to right; Vertical: top to bottom.
    Qt::Orientation direction = Qt::Horizontal;
    qreal layerGap = 90;   ///< between generations
    qreal nodeGap = 18;    ///< between boxes of one generation
    qreal groupGap = 60;   ///< between the graph and the group of nodes without any edge
};

struct PlacedNode
{
    qint64 id = 0;
    QRectF rect;
    int layer = -1;       ///< generation; -1 for nodes in the group without edges
};

struct RoutedEdge
{
    qint64 id = 0;
    qint64 from = 0;
    qint64 to = 0;
    /// From the border of `from`'s box to the border of `to`'s box, bending only in the gaps
    /// between generations, so that no segment crosses another box.
    QPolygonF points;
    /// True when the edge was turned round to break a cycle (or because it points at "Me"): it
    /// runs against the generations, from a later one back to an earlier one.
    bool reversed = false;
};

struct GraphLayout
{
    QList<PlacedNode> nodes;   ///< one per input node, in input order
    QList<RoutedEdge> edges;   ///< one per input edge whose ends are both nodes, in input order
    QRectF bounds;
};

/// A layered ("Sugiyama") layout: cycles are broken by reversing a few edges, nodes get
/// generations by longest path, crossings are reduced by barycentre sweeps, and long edges
/// bend around boxes through the gaps. Nodes without edges are set out in a grid of their own
/// after (below) the graph, in input order. Connected components are laid out one by one and
/// set side by side, the one holding "Me" (id 0) first; "Me" is always in generation 0. Guarantees: no two boxes overlap; every edge is routed exactly once; it
/// terminates on any input. Runs in about O((V + E) log V) per sweep.
GraphLayout layoutGraph(const QList<GraphNode> &nodes, const QList<GraphEdge> &edges,
                        const GraphLayoutOptions &options = GraphLayoutOptions());

} // namespace Inroad
