#include "graphlayout.h"

#include <QElapsedTimer>
#include <QHash>
#include <QRandomGenerator>
#include <QSet>
#include <QTest>

#include <algorithm>
#include <cmath>
#include <limits>

using namespace Inroad;

namespace {

struct GraphCase
{
    QList<GraphNode> nodes;
    QList<GraphEdge> edges;
    bool acyclic = false;
};

// Boxes of different sizes, as names and organizations of different lengths make them.
GraphNode node(qint64 id)
{
    return GraphNode{id, QSizeF(80 + (id * 37) % 90, 30 + (id * 13) % 25)};
}

GraphCase graph(const QList<qint64> &ids, const QList<QPair<qint64, qint64>> &links, bool acyclic)
{
    GraphCase c;
    c.acyclic = acyclic;
    for (qint64 id : ids)
        c.nodes.append(node(id));
    qint64 edgeId = 100;
    for (const auto &link : links)
        c.edges.append(GraphEdge{edgeId++, link.first, link.second});
    return c;
}

// A referral forest: most people have one introducer (often "Me"), some have two, a few
// introductions run back up the tree, and a fifth of the people have none at all.
GraphCase randomForest(int people, quint32 seed)
{
    QRandomGenerator random(seed);
    GraphCase c;
    c.nodes.append(node(0));
    QList<qint64> parentOf{-1};
    qint64 edgeId = 1;
    for (qint64 id = 1; id < people; ++id) {
        c.nodes.append(node(id));
        parentOf.append(-1);
        const int dice = random.bounded(100);
        if (dice < 20)
            continue;
        const qint64 parent = random.bounded(4) == 0 ? 0 : random.bounded(id);
        parentOf[id] = parent;
        c.edges.append(GraphEdge{edgeId++, parent, id});
        if (dice >= 95)
            c.edges.append(GraphEdge{edgeId++, random.bounded(id), id});
        if (dice < 23 && parent > 0) {
            const qint64 grandparent = parentOf.at(parent);
            c.edges.append(GraphEdge{edgeId++, id, grandparent > 0 ? grandparent : parent});
        }
    }
    return c;
}

bool onBorder(const QPointF &point, const QRectF &rect)
{
    constexpr qreal e = 0.01;
    return rect.adjusted(-e, -e, e, e).contains(point) && !rect.adjusted(e, e, -e, -e).contains(point);
}

// Whether the segment a-b reaches into the rectangle shrunk by a small margin (Liang–Barsky).
bool entersInterior(const QPointF &a, const QPointF &b, const QRectF &rect)
{
    constexpr qreal margin = 0.5;
    const QRectF inner = rect.adjusted(margin, margin, -margin, -margin);
    if (inner.width() <= 0 || inner.height() <= 0)
        return false;
    const qreal dx = b.x() - a.x();
    const qreal dy = b.y() - a.y();
    qreal t0 = 0;
    qreal t1 = 1;
    const qreal p[4] = {-dx, dx, -dy, dy};
    const qreal q[4] = {a.x() - inner.left(), inner.right() - a.x(), a.y() - inner.top(), inner.bottom() - a.y()};
    for (int i = 0; i < 4; ++i) {
        if (p[i] == 0) {
            if (q[i] < 0)
                return false;
            continue;
        }
        const qreal t = q[i] / p[i];
        if (p[i] < 0)
            t0 = std::max(t0, t);
        else
            t1 = std::min(t1, t);
        if (t0 > t1)
            return false;
    }
    return true;
}

QString describe(const QRectF &r)
{
    return QStringLiteral("(%1, %2, %3 x %4)").arg(r.x()).arg(r.y()).arg(r.width()).arg(r.height());
}

bool sameLayout(const GraphLayout &a, const GraphLayout &b)
{
    if (a.nodes.size() != b.nodes.size() || a.edges.size() != b.edges.size() || a.bounds != b.bounds)
        return false;
    for (int i = 0; i < a.nodes.size(); ++i) {
        if (a.nodes[i].id != b.nodes[i].id || a.nodes[i].rect != b.nodes[i].rect
            || a.nodes[i].layer != b.nodes[i].layer)
            return false;
    }
    for (int i = 0; i < a.edges.size(); ++i) {
        if (a.edges[i].id != b.edges[i].id || a.edges[i].points != b.edges[i].points
            || a.edges[i].reversed != b.edges[i].reversed)
            return false;
    }
    return true;
}

} // namespace

Q_DECLARE_METATYPE(GraphCase)

class TestGraphLayout : public QObject
{
    Q_OBJECT

private slots:
    void invariants_data()
    {
        QTest::addColumn<GraphCase>("input");
        QTest::addColumn<Qt::Orientation>("direction");

        const auto add = [](const char *name, const GraphCase &c) {
            QTest::addRow("%s, left to right", name) << c << Qt::Horizontal;
            QTest::addRow("%s, top to bottom", name) << c << Qt::Vertical;
        };
        add("empty", GraphCase());
        add("single node", graph(QList<qint64>{0}, {}, true));
        add("chain", graph({0, 1, 2, 3, 4}, {{0, 1}, {1, 2}, {2, 3}, {3, 4}}, true));
        add("star from Me",
            graph({0, 1, 2, 3, 4, 5, 6, 7, 8}, {{0, 1}, {0, 2}, {0, 3}, {0, 4}, {0, 5}, {0, 6}, {0, 7}, {0, 8}}, true));
        add("diamond", graph({0, 1, 2, 3}, {{0, 1}, {0, 2}, {1, 3}, {2, 3}}, true));
        add("two introducers across generations",
            graph({0, 1, 2, 3, 4}, {{0, 1}, {1, 2}, {2, 3}, {0, 3}, {4, 3}}, true));
        add("2-cycle", graph({1, 2}, {{1, 2}, {2, 1}}, false));
        add("3-cycle", graph({1, 2, 3}, {{1, 2}, {2, 3}, {3, 1}}, false));
        add("cycle reachable from Me", graph({0, 1, 2, 3, 4}, {{0, 1}, {1, 2}, {2, 3}, {3, 1}, {3, 4}}, false));
        add("edge into Me", graph({0, 1, 2}, {{0, 1}, {1, 2}, {2, 0}}, false));
        add("disconnected components",
            graph({0, 1, 2, 10, 11, 20, 21, 22}, {{0, 1}, {1, 2}, {10, 11}, {20, 21}, {21, 22}}, true));
        add("isolated nodes", graph({5, 0, 6, 1, 7}, {{0, 1}}, true));
        add("only isolated nodes", graph({3, 1, 2, 9, 4}, {}, true));
        add("parallel edges", graph({0, 1, 2}, {{0, 1}, {0, 1}, {1, 2}, {1, 2}, {1, 2}}, true));
        add("parallel edges both ways", graph({0, 1, 2}, {{0, 1}, {1, 2}, {2, 1}, {1, 2}, {2, 1}}, false));
        add("self loop", graph({0, 1}, {{0, 1}, {1, 1}}, false));
        add("edges to unknown nodes", graph({0, 1}, {{0, 1}, {1, 42}, {42, 0}}, true));
        add("random forest of 500", randomForest(500, 20260314));
    }

    void invariants()
    {
        QFETCH(GraphCase, input);
        QFETCH(Qt::Orientation, direction);
        GraphLayoutOptions options;
        options.direction = direction;

        const GraphLayout layout = layoutGraph(input.nodes, input.edges, options);

        // Every node placed once, in input order, with its own size.
        QCOMPARE(layout.nodes.size(), input.nodes.size());
        QSet<qint64> withEdges;
        QSet<qint64> ids;
        for (const GraphNode &n : std::as_const(input.nodes))
            ids.insert(n.id);
        QList<GraphEdge> routable;
        for (const GraphEdge &e : std::as_const(input.edges)) {
            if (ids.contains(e.from) && ids.contains(e.to)) {
                routable.append(e);
                withEdges << e.from << e.to;
            }
        }
        QHash<qint64, PlacedNode> placed;
        for (int i = 0; i < input.nodes.size(); ++i) {
            QCOMPARE(layout.nodes[i].id, input.nodes[i].id);
            QCOMPARE(layout.nodes[i].rect.size(), input.nodes[i].size);
            QVERIFY(layout.bounds.contains(layout.nodes[i].rect));
            QCOMPARE(layout.nodes[i].layer < 0, !withEdges.contains(input.nodes[i].id));
            placed.insert(layout.nodes[i].id, layout.nodes[i]);
        }

        // No two boxes overlap or touch.
        QList<QRectF> rects;
        for (const PlacedNode &n : layout.nodes)
            rects.append(n.rect);
        std::sort(rects.begin(), rects.end(), [](const QRectF &a, const QRectF &b) {
            return a.left() < b.left();
        });
        for (int i = 0; i < rects.size(); ++i) {
            for (int j = i + 1; j < rects.size() && rects[j].left() <= rects[i].right() + 1; ++j) {
                QVERIFY2(!rects[i].adjusted(-0.5, -0.5, 0.5, 0.5).intersects(rects[j]),
                         qPrintable(describe(rects[i]) + QStringLiteral(" meets ") + describe(rects[j])));
            }
        }

        // Nodes without edges sit in their own group after the graph.
        qreal graphBottom = std::numeric_limits<qreal>::lowest();
        for (const PlacedNode &n : layout.nodes) {
            if (n.layer >= 0)
                graphBottom = std::max(graphBottom, n.rect.bottom());
        }
        for (const PlacedNode &n : layout.nodes) {
            if (n.layer < 0)
                QVERIFY(n.rect.top() > graphBottom);
        }

        // Every edge routed exactly once, border to border, around every box.
        QCOMPARE(layout.edges.size(), routable.size());
        for (int i = 0; i < routable.size(); ++i) {
            const RoutedEdge &edge = layout.edges[i];
            QCOMPARE(edge.id, routable[i].id);
            QCOMPARE(edge.from, routable[i].from);
            QCOMPARE(edge.to, routable[i].to);
            QVERIFY(edge.points.size() >= 2);
            const QRectF from = placed.value(edge.from).rect;
            const QRectF to = placed.value(edge.to).rect;
            QVERIFY2(onBorder(edge.points.constFirst(), from), qPrintable(QString::number(edge.id)));
            QVERIFY2(onBorder(edge.points.constLast(), to), qPrintable(QString::number(edge.id)));
            for (const QPointF &point : edge.points)
                QVERIFY(layout.bounds.adjusted(-0.01, -0.01, 0.01, 0.01).contains(point));
            for (int k = 1; k < edge.points.size(); ++k) {
                for (const QRectF &rect : std::as_const(rects)) {
                    QVERIFY2(!entersInterior(edge.points[k - 1], edge.points[k], rect),
                             qPrintable(QStringLiteral("edge %1 crosses %2").arg(edge.id).arg(describe(rect))));
                }
            }
            if (input.acyclic) {
                // Generations read left to right (top to bottom).
                QVERIFY(!edge.reversed);
                QVERIFY(placed.value(edge.to).layer > placed.value(edge.from).layer);
                if (direction == Qt::Horizontal)
                    QVERIFY(to.left() > from.right());
                else
                    QVERIFY(to.top() > from.bottom());
            } else if (edge.from != edge.to) {
                const int fromLayer = placed.value(edge.from).layer;
                const int toLayer = placed.value(edge.to).layer;
                QCOMPARE(edge.reversed, toLayer < fromLayer);
                QVERIFY(toLayer != fromLayer);
            }
        }

        // "Me" starts the first generation.
        if (placed.contains(0) && withEdges.contains(0))
            QCOMPARE(placed.value(0).layer, 0);

        // The same input gives the same picture.
        QVERIFY(sameLayout(layout, layoutGraph(input.nodes, input.edges, options)));
    }

    void cyclesAreDrawnWithEveryEdge()
    {
        const GraphCase cycle = graph({0, 1, 2, 3}, {{0, 1}, {1, 2}, {2, 3}, {3, 1}}, false);
        const GraphLayout layout = layoutGraph(cycle.nodes, cycle.edges);
        QCOMPARE(layout.edges.size(), 4);
        const auto reversed = std::count_if(layout.edges.cbegin(), layout.edges.cend(), [](const RoutedEdge &e) {
            return e.reversed;
        });
        QCOMPARE(reversed, 1);
        // Me, then the person Me introduced, then the rest of the cycle.
        QCOMPARE(layout.nodes[0].layer, 0);
        QCOMPARE(layout.nodes[1].layer, 1);
        QCOMPARE(layout.nodes[2].layer, 2);
        QCOMPARE(layout.nodes[3].layer, 3);
        // The edge that closes the cycle runs back against the generations, from 3 to 1.
        const RoutedEdge &back = layout.edges[3];
        QVERIFY(back.reversed);
        QVERIFY(back.points.constFirst().x() > back.points.constLast().x());
        QCOMPARE(back.points.constFirst().x(), layout.nodes[3].rect.left());
        QCOMPARE(back.points.constLast().x(), layout.nodes[1].rect.right());
    }

    void treesHaveNoCrossings()
    {
        // Children listed against their parents' order: the sweeps must untangle them.
        const GraphCase tree = graph({0, 1, 2, 3, 4, 5, 6}, {{0, 1}, {0, 2}, {2, 3}, {1, 4}, {2, 5}, {1, 6}}, true);
        const GraphLayout layout = layoutGraph(tree.nodes, tree.edges);
        QHash<qint64, qreal> y;
        for (const PlacedNode &n : layout.nodes)
            y.insert(n.id, n.rect.center().y());
        const bool oneAboveTwo = y.value(1) < y.value(2);
        for (qint64 child : {4, 6})
            for (qint64 other : {3, 5})
                QCOMPARE(y.value(child) < y.value(other), oneAboveTwo);
    }

    void largeGraphTerminatesQuickly()
    {
        const GraphCase forest = randomForest(10000, 7);
        QElapsedTimer timer;
        timer.start();
        const GraphLayout layout = layoutGraph(forest.nodes, forest.edges);
        QCOMPARE(layout.nodes.size(), forest.nodes.size());
        QCOMPARE(layout.edges.size(), forest.edges.size());
        QVERIFY2(timer.elapsed() < 30000, qPrintable(QStringLiteral("%1 ms").arg(timer.elapsed())));
    }
};

QTEST_GUILESS_MAIN(TestGraphLayout)
#include "tst_graphlayout.moc"
