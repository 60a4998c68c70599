#include "graphlayout.h"

#include <QHash>

#include <algorithm>
#include <cmath>
#include <limits>
#include <numeric>
#include <utility>
#include <vector>

namespace Inroad {

namespace {

// Inside this file positions are kept on two axes: "along" runs across the generations (x for a
// horizontal layout) and "across" runs within one generation (y for a horizontal layout). A
// QPointF(along, across) is turned into x/y only at the very end.

constexpr int kOrderingIterations = 12; // at most; ordering stops early once sweeps stop helping
constexpr int kOrderingPatience = 2;    // iterations without progress before it stops
constexpr int kPlacementSweeps = 8;
constexpr qreal kDummyWeight = 2; // long edges resist being bent more than boxes resist moving

template<typename Container>
int sizeOf(const Container &container)
{
    return static_cast<int>(container.size());
}

struct Extent
{
    qreal along = 0;
    qreal across = 0;
};

Extent extentOf(const QSizeF &size, Qt::Orientation direction)
{
    const qreal width = std::max<qreal>(0, size.width());
    const qreal height = std::max<qreal>(0, size.height());
    return direction == Qt::Horizontal ? Extent{width, height} : Extent{height, width};
}

/// An input edge whose ends are both nodes, by node index.
struct ValidEdge
{
    int input = 0;
    int from = 0;
    int to = 0;
};

/// Bounds that also count empty boxes and single points, unlike QRectF::united().
class BoundsBuilder
{
public:
    void add(const QPointF &point)
    {
        m_left = std::min(m_left, point.x());
        m_top = std::min(m_top, point.y());
        m_right = std::max(m_right, point.x());
        m_bottom = std::max(m_bottom, point.y());
        m_empty = false;
    }
    void add(const QRectF &rect)
    {
        add(rect.topLeft());
        add(rect.bottomRight());
    }
    void add(const QPolygonF &polygon)
    {
        for (const QPointF &point : polygon)
            add(point);
    }
    bool isEmpty() const { return m_empty; }
    QRectF rect() const { return m_empty ? QRectF() : QRectF(QPointF(m_left, m_top), QPointF(m_right, m_bottom)); }

private:
    qreal m_left = std::numeric_limits<qreal>::max();
    qreal m_top = std::numeric_limits<qreal>::max();
    qreal m_right = std::numeric_limits<qreal>::lowest();
    qreal m_bottom = std::numeric_limits<qreal>::lowest();
    bool m_empty = true;
};

/// One connected component laid out on its own, in along/across coordinates.
struct ComponentResult
{
    std::vector<QRectF> boxes;     // per member
    std::vector<int> layers;       // per member
    std::vector<QPolygonF> routes; // per component edge, in the edge's own direction
    std::vector<bool> reversed;    // per component edge
    QRectF bounds;
};

/// The layered layout of one connected component. Items are the component's nodes (the first
/// `m_nodeCount` items, in id order) followed by the dummy nodes that long edges pass through.
class LayeredComponent
{
public:
    struct Edge
    {
        int from = 0; // member indices
        int to = 0;
    };

    LayeredComponent(std::vector<qint64> ids, std::vector<Extent> extents, std::vector<Edge> edges,
                     const GraphLayoutOptions &options)
        : m_nodeCount(sizeOf(ids))
        , m_ids(std::move(ids))
        , m_extent(std::move(extents))
        , m_edges(std::move(edges))
    {
        const auto me = std::find(m_ids.cbegin(), m_ids.cend(), qint64(0));
        if (me != m_ids.cend())
            m_me = int(me - m_ids.cbegin());
        m_nodeGap = std::max<qreal>(0, options.nodeGap);
        m_layerGap = std::max<qreal>(0, options.layerGap);
    }

    ComponentResult run()
    {
        breakCycles();
        assignLayers();
        insertDummies();
        orderLayers();
        placeAcross();
        placeAlong();
        return route();
    }

private:
    bool isDummy(int item) const { return item >= m_nodeCount; }
    bool isSelfLoop(int edge) const { return m_edges[edge].from == m_edges[edge].to; }
    int dagFrom(int edge) const { return m_reversed[edge] ? m_edges[edge].to : m_edges[edge].from; }
    int dagTo(int edge) const { return m_reversed[edge] ? m_edges[edge].from : m_edges[edge].to; }

    // Depth-first search from "Me", then from the sources, then from everything else (each in id
    // order); an edge back to a node still on the search stack closes a cycle and is turned round.
    // Edges into "Me" are turned round up front, so that the user always starts generation 0.
    void breakCycles()
    {
        const int edgeCount = sizeOf(m_edges);
        m_reversed.assign(edgeCount, false);
        std::vector<std::vector<int>> out(m_nodeCount);
        std::vector<int> indegree(m_nodeCount, 0);
        for (int e = 0; e < edgeCount; ++e) {
            if (isSelfLoop(e))
                continue;
            if (m_edges[e].to == m_me)
                m_reversed[e] = true;
            out[dagFrom(e)].push_back(e);
            ++indegree[dagTo(e)];
        }
        for (std::vector<int> &list : out) {
            std::sort(list.begin(), list.end(), [this](int a, int b) {
                return dagTo(a) != dagTo(b) ? dagTo(a) < dagTo(b) : a < b;
            });
        }

        enum State : char {
            New,
            OnStack,
            Done
        };
        std::vector<char> state(m_nodeCount, New);
        std::vector<std::pair<int, int>> stack; // node, next out-edge to follow
        auto search = [&](int root) {
            if (state[root] != New)
                return;
            state[root] = OnStack;
            stack.emplace_back(root, 0);
            while (!stack.empty()) {
                const int node = stack.back().first;
                const int next = stack.back().second;
                if (next == sizeOf(out[node])) {
                    state[node] = Done;
                    stack.pop_back();
                    continue;
                }
                ++stack.back().second;
                const int e = out[node][next];
                const int target = dagTo(e);
                if (state[target] == OnStack) {
                    m_reversed[e] = !m_reversed[e];
                } else if (state[target] == New) {
                    state[target] = OnStack;
                    stack.emplace_back(target, 0);
                }
            }
        };
        if (m_me >= 0)
            search(m_me);
        for (int i = 0; i < m_nodeCount; ++i) {
            if (indegree[i] == 0)
                search(i);
        }
        for (int i = 0; i < m_nodeCount; ++i)
            search(i);
    }

    // Longest path from the sources; then every source but "Me" moves down to just before its
    // earliest child, so that a person who only introduced someone deep in the graph does not
    // pull a long edge across every generation.
    void assignLayers()
    {
        std::vector<std::vector<int>> out(m_nodeCount);
        std::vector<int> indegree(m_nodeCount, 0);
        for (int e = 0; e < sizeOf(m_edges); ++e) {
            if (isSelfLoop(e))
                continue;
            out[dagFrom(e)].push_back(e);
            ++indegree[dagTo(e)];
        }
        m_layer.assign(m_nodeCount, 0);
        std::vector<int> remaining = indegree;
        std::vector<int> queue;
        queue.reserve(m_nodeCount);
        for (int i = 0; i < m_nodeCount; ++i) {
            if (remaining[i] == 0)
                queue.push_back(i);
        }
        for (int head = 0; head < sizeOf(queue); ++head) {
            const int node = queue[head];
            for (int e : out[node]) {
                const int target = dagTo(e);
                m_layer[target] = std::max(m_layer[target], m_layer[node] + 1);
                if (--remaining[target] == 0)
                    queue.push_back(target);
            }
        }
        Q_ASSERT(sizeOf(queue) == m_nodeCount); // breakCycles() left no cycle

        for (int i = 0; i < m_nodeCount; ++i) {
            if (i == m_me || indegree[i] != 0 || out[i].empty())
                continue;
            int earliest = std::numeric_limits<int>::max();
            for (int e : out[i])
                earliest = std::min(earliest, m_layer[dagTo(e)]);
            m_layer[i] = earliest - 1;
        }
        const int lowest = *std::min_element(m_layer.cbegin(), m_layer.cend());
        for (int &layer : m_layer)
            layer -= lowest;
    }

    // Every edge becomes a chain of items, one per generation it spans.
    void insertDummies()
    {
        const int edgeCount = sizeOf(m_edges);
        m_chainStart.assign(edgeCount + 1, 0);
        m_chains.clear();
        for (int e = 0; e < edgeCount; ++e) {
            m_chainStart[e] = sizeOf(m_chains);
            if (isSelfLoop(e))
                continue;
            const int from = dagFrom(e);
            const int to = dagTo(e);
            m_chains.push_back(from);
            for (int layer = m_layer[from] + 1; layer < m_layer[to]; ++layer) {
                m_chains.push_back(sizeOf(m_layer));
                m_layer.push_back(layer);
                m_extent.push_back(Extent());
            }
            m_chains.push_back(to);
        }
        m_chainStart[edgeCount] = sizeOf(m_chains);

        const int itemCount = sizeOf(m_layer);
        m_up.assign(itemCount, {});
        m_down.assign(itemCount, {});
        for (int e = 0; e < edgeCount; ++e) {
            for (int i = m_chainStart[e] + 1; i < m_chainStart[e + 1]; ++i) {
                m_down[m_chains[i - 1]].push_back(m_chains[i]);
                m_up[m_chains[i]].push_back(m_chains[i - 1]);
            }
        }
    }

    // The order within each generation: depth-first order as a start (a tree gets no crossings
    // at all), then barycentre sweeps down and up, keeping the order with the fewest crossings.
    void orderLayers()
    {
        const int itemCount = sizeOf(m_layer);
        const int layerCount = itemCount == 0 ? 0 : *std::max_element(m_layer.cbegin(), m_layer.cend()) + 1;
        m_layers.assign(layerCount, {});
        std::vector<char> seen(itemCount, 0);
        std::vector<int> stack;
        auto visit = [&](int root) {
            stack.push_back(root);
            while (!stack.empty()) {
                const int item = stack.back();
                stack.pop_back();
                if (seen[item])
                    continue;
                seen[item] = 1;
                m_layers[m_layer[item]].push_back(item);
                for (auto child = m_down[item].crbegin(); child != m_down[item].crend(); ++child) {
                    if (!seen[*child])
                        stack.push_back(*child);
                }
            }
        };
        if (m_me >= 0)
            visit(m_me);
        for (int i = 0; i < m_nodeCount; ++i) {
            if (m_up[i].empty())
                visit(i);
        }
        for (int i = 0; i < itemCount; ++i)
            visit(i);
        m_position.assign(itemCount, 0);
        for (int layer = 0; layer < layerCount; ++layer)
            updatePositions(layer);

        std::vector<std::vector<int>> best = m_layers;
        qint64 fewest = crossings();
        int idle = 0;
        for (int iteration = 0; iteration < kOrderingIterations && fewest > 0 && idle < kOrderingPatience;
             ++iteration) {
            ++idle;
            for (bool downward : {true, false}) {
                sweep(downward);
                const qint64 now = crossings();
                if (now < fewest) {
                    fewest = now;
                    best = m_layers;
                    idle = 0;
                }
            }
        }
        m_layers = std::move(best);
        for (int layer = 0; layer < layerCount; ++layer)
            updatePositions(layer);
    }

    void updatePositions(int layer)
    {
        const std::vector<int> &items = m_layers[layer];
        for (int i = 0; i < sizeOf(items); ++i)
            m_position[items[i]] = i;
    }

    // Sorts each generation by the mean position of its neighbours in the one before (downward)
    // or after; items without such neighbours keep their place.
    void sweep(bool downward)
    {
        const int layerCount = sizeOf(m_layers);
        std::vector<std::pair<double, int>> keyed;
        std::vector<int> movable;
        for (int step = 1; step < layerCount; ++step) {
            const int layer = downward ? step : layerCount - 1 - step;
            std::vector<int> &items = m_layers[layer];
            keyed.clear();
            movable.clear();
            for (int i = 0; i < sizeOf(items); ++i) {
                const std::vector<int> &neighbours = downward ? m_up[items[i]] : m_down[items[i]];
                if (neighbours.empty())
                    continue;
                double sum = 0;
                for (int neighbour : neighbours)
                    sum += m_position[neighbour];
                keyed.emplace_back(sum / double(neighbours.size()), i);
                movable.push_back(i);
            }
            std::sort(keyed.begin(), keyed.end());
            std::vector<int> reordered = items;
            for (int k = 0; k < sizeOf(movable); ++k)
                reordered[movable[k]] = items[keyed[k].second];
            items = std::move(reordered);
            updatePositions(layer);
        }
    }

    // Crossings between all pairs of neighbouring generations, counted as inversions with a
    // Fenwick tree (Barth, Jünger and Mutzel): O(E log V).
    qint64 crossings() const
    {
        qint64 total = 0;
        std::vector<int> sequence;
        std::vector<int> tree;
        for (int layer = 0; layer + 1 < sizeOf(m_layers); ++layer) {
            sequence.clear();
            for (int item : m_layers[layer]) {
                const int first = sizeOf(sequence);
                for (int child : m_down[item])
                    sequence.push_back(m_position[child]);
                std::sort(sequence.begin() + first, sequence.end());
            }
            const int width = sizeOf(m_layers[layer + 1]);
            tree.assign(width + 1, 0);
            int inserted = 0;
            for (int value : sequence) {
                int notGreater = 0;
                for (int i = value + 1; i > 0; i -= i & -i)
                    notGreater += tree[i];
                total += inserted - notGreater;
                for (int i = value + 1; i <= width; i += i & -i)
                    ++tree[i];
                ++inserted;
            }
        }
        return total;
    }

    qreal separation(int a, int b) const
    {
        qreal gap = m_nodeGap;
        if (isDummy(a) && isDummy(b))
            gap = std::max<qreal>(2, m_nodeGap / 3);
        else if (isDummy(a) || isDummy(b))
            gap = std::max<qreal>(2, m_nodeGap / 2);
        return m_extent[a].across / 2 + gap + m_extent[b].across / 2;
    }

    // Positions within a generation: each item is pulled towards the mean of its neighbours in
    // the generations on either side, while keeping the order and the gaps. For one generation
    // that is an isotonic regression, solved exactly by pooling adjacent violators; a few
    // alternating sweeps over the generations settle the whole component.
    void placeAcross()
    {
        const int itemCount = sizeOf(m_layer);
        m_across.assign(itemCount, 0);
        for (const std::vector<int> &items : m_layers) {
            qreal offset = 0;
            for (int i = 0; i < sizeOf(items); ++i) {
                if (i > 0)
                    offset += separation(items[i - 1], items[i]);
                m_across[items[i]] = offset;
            }
            for (int item : items)
                m_across[item] -= offset / 2;
        }
        const int layerCount = sizeOf(m_layers);
        for (int sweepIndex = 0; sweepIndex < kPlacementSweeps; ++sweepIndex) {
            const bool downward = sweepIndex % 2 == 0;
            for (int step = 0; step < layerCount; ++step)
                placeLayer(downward ? step : layerCount - 1 - step);
        }

        qreal lowest = std::numeric_limits<qreal>::max();
        for (int item = 0; item < itemCount; ++item)
            lowest = std::min(lowest, m_across[item] - m_extent[item].across / 2);
        for (qreal &across : m_across)
            across -= lowest;
    }

    void placeLayer(int layer)
    {
        const std::vector<int> &items = m_layers[layer];
        const int count = sizeOf(items);
        if (count == 0)
            return;
        struct Block
        {
            qreal weight;
            qreal sum;
            int first;
            qreal mean() const { return sum / weight; }
        };
        std::vector<qreal> offset(count, 0);
        std::vector<Block> blocks;
        blocks.reserve(count);
        for (int i = 0; i < count; ++i) {
            const int item = items[i];
            if (i > 0)
                offset[i] = offset[i - 1] + separation(items[i - 1], item);
            const int neighbours = sizeOf(m_up[item]) + sizeOf(m_down[item]);
            qreal desired = m_across[item];
            if (neighbours > 0) {
                qreal sum = 0;
                for (int neighbour : m_up[item])
                    sum += m_across[neighbour];
                for (int neighbour : m_down[item])
                    sum += m_across[neighbour];
                desired = sum / neighbours;
            }
            const qreal weight = std::max(1, neighbours) * (isDummy(item) ? kDummyWeight : 1);
            Block block{weight, weight * (desired - offset[i]), i};
            while (!blocks.empty() && blocks.back().mean() > block.mean()) {
                block.weight += blocks.back().weight;
                block.sum += blocks.back().sum;
                block.first = blocks.back().first;
                blocks.pop_back();
            }
            blocks.push_back(block);
        }
        int end = count;
        for (auto block = blocks.crbegin(); block != blocks.crend(); ++block) {
            const qreal base = block->mean();
            for (int i = block->first; i < end; ++i)
                m_across[items[i]] = base + offset[i];
            end = block->first;
        }
    }

    // Generations are columns as wide as their widest box, layerGap apart; boxes are centred in
    // their column.
    void placeAlong()
    {
        const int layerCount = sizeOf(m_layers);
        m_columnStart.assign(layerCount, 0);
        m_columnWidth.assign(layerCount, 0);
        for (int item = 0; item < m_nodeCount; ++item)
            m_columnWidth[m_layer[item]] = std::max(m_columnWidth[m_layer[item]], m_extent[item].along);
        for (int layer = 1; layer < layerCount; ++layer)
            m_columnStart[layer] = m_columnStart[layer - 1] + m_columnWidth[layer - 1] + m_layerGap;
    }

    QRectF box(int node) const
    {
        const int layer = m_layer[node];
        const Extent &extent = m_extent[node];
        return QRectF(m_columnStart[layer] + (m_columnWidth[layer] - extent.along) / 2,
                      m_across[node] - extent.across / 2, extent.along, extent.across);
    }
    qreal columnEnd(int layer) const { return m_columnStart[layer] + m_columnWidth[layer]; }

    // Routes run straight along a box's own lane out of its column (or along a dummy's lane
    // through the column), and bend only in the empty gaps between columns. Where a box has
    // several edges on one side, their ends are spread along that side in the order of where the
    // edges go, so that parallel edges stay apart and do not cross at the box.
    ComponentResult route() const
    {
        const int edgeCount = sizeOf(m_edges);
        std::vector<qreal> portOut(edgeCount, 0);
        std::vector<qreal> portIn(edgeCount, 0);
        {
            std::vector<std::vector<int>> outgoing(m_nodeCount);
            std::vector<std::vector<int>> incoming(m_nodeCount);
            for (int e = 0; e < edgeCount; ++e) {
                if (isSelfLoop(e))
                    continue;
                outgoing[dagFrom(e)].push_back(e);
                incoming[dagTo(e)].push_back(e);
            }
            auto spread = [this](std::vector<int> &edges, int node, bool out, std::vector<qreal> &port) {
                auto neighbour = [this, out](int e) {
                    return m_across[out ? m_chains[m_chainStart[e] + 1] : m_chains[m_chainStart[e + 1] - 2]];
                };
                std::sort(edges.begin(), edges.end(), [&neighbour](int a, int b) {
                    const qreal na = neighbour(a);
                    const qreal nb = neighbour(b);
                    return na != nb ? na < nb : a < b;
                });
                const qreal top = m_across[node] - m_extent[node].across / 2;
                const qreal span = m_extent[node].across;
                for (int i = 0; i < sizeOf(edges); ++i)
                    port[edges[i]] = top + span * (i + 1) / (sizeOf(edges) + 1);
            };
            for (int node = 0; node < m_nodeCount; ++node) {
                spread(outgoing[node], node, true, portOut);
                spread(incoming[node], node, false, portIn);
            }
        }

        ComponentResult result;
        result.boxes.reserve(m_nodeCount);
        BoundsBuilder bounds;
        for (int node = 0; node < m_nodeCount; ++node) {
            result.boxes.push_back(box(node));
            result.layers.push_back(m_layer[node]);
            bounds.add(result.boxes.back());
        }
        result.reversed = m_reversed;
        result.routes.resize(edgeCount);

        std::vector<int> loopsAt(m_nodeCount, 0);
        std::vector<int> loopsDone(m_nodeCount, 0);
        for (int e = 0; e < edgeCount; ++e) {
            if (isSelfLoop(e))
                ++loopsAt[m_edges[e].from];
        }
        const qreal loopReach = std::clamp<qreal>(m_layerGap / 3, 1, 24);

        for (int e = 0; e < edgeCount; ++e) {
            QPolygonF points;
            auto add = [&points](qreal along, qreal across) {
                const QPointF point(along, across);
                if (points.isEmpty() || points.constLast() != point)
                    points.append(point);
            };
            if (isSelfLoop(e)) {
                // A loop out of the far side and back, nested when there are several.
                const int node = m_edges[e].from;
                const QRectF rect = box(node);
                const int k = ++loopsDone[node];
                const qreal reach = loopReach * k / loopsAt[node];
                const qreal half = rect.height() * k / (2 * (loopsAt[node] + 1));
                const qreal centre = rect.center().y();
                add(rect.right(), centre - half);
                add(rect.right() + reach, centre - half);
                add(rect.right() + reach, centre + half);
                add(rect.right(), centre + half);
            } else {
                const int from = dagFrom(e);
                const int to = dagTo(e);
                const QRectF fromBox = box(from);
                const QRectF toBox = box(to);
                add(fromBox.right(), portOut[e]);
                add(columnEnd(m_layer[from]), portOut[e]);
                for (int i = m_chainStart[e] + 1; i < m_chainStart[e + 1] - 1; ++i) {
                    const int dummy = m_chains[i];
                    add(m_columnStart[m_layer[dummy]], m_across[dummy]);
                    add(columnEnd(m_layer[dummy]), m_across[dummy]);
                }
                add(m_columnStart[m_layer[to]], portIn[e]);
                add(toBox.left(), portIn[e]);
                if (m_reversed[e])
                    std::reverse(points.begin(), points.end());
            }
            bounds.add(points);
            result.routes[e] = std::move(points);
        }
        result.bounds = bounds.rect();
        return result;
    }

    const int m_nodeCount;
    std::vector<qint64> m_ids;
    std::vector<Extent> m_extent; // per item; dummies have none
    std::vector<Edge> m_edges;
    int m_me = -1;
    qreal m_nodeGap = 0;
    qreal m_layerGap = 0;

    std::vector<bool> m_reversed;  // per edge
    std::vector<int> m_layer;      // per item
    std::vector<int> m_chains;     // the items of every edge, from its DAG source to its DAG target
    std::vector<int> m_chainStart; // per edge, into m_chains; one more at the end
    std::vector<std::vector<int>> m_up;
    std::vector<std::vector<int>> m_down;
    std::vector<std::vector<int>> m_layers;
    std::vector<int> m_position; // per item, within its layer
    std::vector<qreal> m_across; // per item, its centre
    std::vector<qreal> m_columnStart;
    std::vector<qreal> m_columnWidth;
};

int findRoot(std::vector<int> &parent, int node)
{
    while (parent[node] != node) {
        parent[node] = parent[parent[node]];
        node = parent[node];
    }
    return node;
}

QPointF toXY(const QPointF &point, Qt::Orientation direction)
{
    return direction == Qt::Horizontal ? point : QPointF(point.y(), point.x());
}

QRectF toXY(const QRectF &rect, Qt::Orientation direction)
{
    return direction == Qt::Horizontal ? rect : QRectF(rect.y(), rect.x(), rect.height(), rect.width());
}

} // namespace

GraphLayout layoutGraph(const QList<GraphNode> &nodes, const QList<GraphEdge> &edges, const GraphLayoutOptions &options)
{
    const Qt::Orientation direction = options.direction;
    const qreal groupGap = std::max<qreal>(0, options.groupGap);
    const qreal nodeGap = std::max<qreal>(0, options.nodeGap);
    const int nodeCount = sizeOf(nodes);

    // Ids name nodes; a repeated id is laid out as a node of its own without edges.
    QHash<qint64, int> indexOf;
    indexOf.reserve(nodeCount);
    for (int i = 0; i < nodeCount; ++i) {
        if (!indexOf.contains(nodes[i].id))
            indexOf.insert(nodes[i].id, i);
    }
    std::vector<ValidEdge> valid;
    valid.reserve(edges.size());
    for (int i = 0; i < sizeOf(edges); ++i) {
        const auto from = indexOf.constFind(edges[i].from);
        const auto to = indexOf.constFind(edges[i].to);
        if (from != indexOf.cend() && to != indexOf.cend())
            valid.push_back({i, from.value(), to.value()});
    }

    // Connected components, each with its members in id order, the one with "Me" first, then
    // larger before smaller.
    std::vector<int> parent(nodeCount);
    std::iota(parent.begin(), parent.end(), 0);
    std::vector<char> hasEdge(nodeCount, 0);
    for (const ValidEdge &edge : valid) {
        hasEdge[edge.from] = hasEdge[edge.to] = 1;
        parent[findRoot(parent, edge.from)] = findRoot(parent, edge.to);
    }
    std::vector<int> byId;
    for (int i = 0; i < nodeCount; ++i) {
        if (hasEdge[i])
            byId.push_back(i);
    }
    std::sort(byId.begin(), byId.end(), [&nodes](int a, int b) {
        return nodes[a].id < nodes[b].id;
    });
    std::vector<int> componentOfRoot(nodeCount, -1);
    std::vector<std::vector<int>> members;
    std::vector<int> localIndex(nodeCount, -1);
    for (int node : byId) {
        int &component = componentOfRoot[findRoot(parent, node)];
        if (component < 0) {
            component = sizeOf(members);
            members.emplace_back();
        }
        localIndex[node] = sizeOf(members[component]);
        members[component].push_back(node);
    }
    std::vector<std::vector<int>> componentEdges(members.size());
    for (int e = 0; e < sizeOf(valid); ++e)
        componentEdges[componentOfRoot[findRoot(parent, valid[e].from)]].push_back(e);

    std::vector<int> componentOrder(members.size());
    std::iota(componentOrder.begin(), componentOrder.end(), 0);
    const auto me = indexOf.constFind(0);
    const int meComponent =
        me != indexOf.cend() && hasEdge[me.value()] ? componentOfRoot[findRoot(parent, me.value())] : -1;
    std::stable_sort(componentOrder.begin(), componentOrder.end(), [&](int a, int b) {
        if ((a == meComponent) != (b == meComponent))
            return a == meComponent;
        return members[a].size() > members[b].size();
    });

    // Lay out each component, then set them out in shelves: stacked across the generations,
    // starting a new shelf further along when a shelf grows well beyond the largest component,
    // so that many small components still make a roughly page-shaped picture.
    std::vector<ComponentResult> laidOut(members.size());
    qreal area = 0;
    qreal widest = 0;
    for (int c = 0; c < sizeOf(members); ++c) {
        std::vector<qint64> ids;
        std::vector<Extent> extents;
        for (int node : members[c]) {
            ids.push_back(nodes[node].id);
            extents.push_back(extentOf(nodes[node].size, direction));
        }
        std::vector<LayeredComponent::Edge> local;
        for (int e : componentEdges[c])
            local.push_back({localIndex[valid[e].from], localIndex[valid[e].to]});
        laidOut[c] = LayeredComponent(std::move(ids), std::move(extents), std::move(local), options).run();
        area += (laidOut[c].bounds.width() + groupGap) * (laidOut[c].bounds.height() + groupGap);
        widest = std::max(widest, laidOut[c].bounds.height());
    }
    constexpr qreal kPageAspect = 1.4; // landscape for left-to-right, portrait for top-to-bottom
    const qreal shelfLimit =
        std::max(widest, std::sqrt(direction == Qt::Horizontal ? area / kPageAspect : area * kPageAspect));

    GraphLayout layout;
    layout.nodes.resize(nodeCount);
    BoundsBuilder graphBounds;
    std::vector<QPolygonF> routes(valid.size());
    std::vector<bool> reversed(valid.size(), false);
    qreal shelfStart = 0;
    qreal shelfDepth = 0;
    qreal cursor = 0;
    for (int c : componentOrder) {
        const ComponentResult &part = laidOut[c];
        if (cursor > 0 && cursor + part.bounds.height() > shelfLimit) {
            shelfStart += shelfDepth + groupGap;
            shelfDepth = 0;
            cursor = 0;
        }
        const QPointF shift = QPointF(shelfStart, cursor) - part.bounds.topLeft();
        for (int i = 0; i < sizeOf(members[c]); ++i) {
            PlacedNode &placed = layout.nodes[members[c][i]];
            placed.rect = toXY(part.boxes[i].translated(shift), direction);
            placed.layer = part.layers[i];
            graphBounds.add(placed.rect);
        }
        for (int i = 0; i < sizeOf(componentEdges[c]); ++i) {
            const int e = componentEdges[c][i];
            QPolygonF points = part.routes[i].translated(shift);
            for (QPointF &point : points)
                point = toXY(point, direction);
            graphBounds.add(points);
            routes[e] = std::move(points);
            reversed[e] = part.reversed[i];
        }
        shelfDepth = std::max(shelfDepth, part.bounds.width());
        cursor += part.bounds.height() + groupGap;
    }

    // Nodes without edges: a grid below the graph, in input order, at least as wide as the graph.
    std::vector<int> loose;
    qreal cellWidth = 0;
    qreal cellHeight = 0;
    for (int i = 0; i < nodeCount; ++i) {
        if (hasEdge[i])
            continue;
        loose.push_back(i);
        cellWidth = std::max(cellWidth, std::max<qreal>(0, nodes[i].size.width()));
        cellHeight = std::max(cellHeight, std::max<qreal>(0, nodes[i].size.height()));
    }
    if (!loose.empty()) {
        cellWidth += nodeGap;
        cellHeight += nodeGap;
        const QRectF graph = graphBounds.rect();
        const int count = sizeOf(loose);
        int columns = int(std::ceil(std::sqrt(count * cellHeight * kPageAspect / std::max<qreal>(cellWidth, 1))));
        if (!graphBounds.isEmpty() && cellWidth > 0)
            columns = std::max(columns, int((graph.width() + nodeGap) / cellWidth));
        columns = std::clamp(columns, 1, count);
        const QPointF origin = graphBounds.isEmpty() ? QPointF() : QPointF(graph.left(), graph.bottom() + groupGap);
        for (int k = 0; k < count; ++k) {
            const GraphNode &node = nodes[loose[k]];
            const QSizeF size(std::max<qreal>(0, node.size.width()), std::max<qreal>(0, node.size.height()));
            const QPointF cell = origin + QPointF((k % columns) * cellWidth, (k / columns) * cellHeight);
            layout.nodes[loose[k]].rect = QRectF(
                cell + QPointF((cellWidth - nodeGap - size.width()) / 2, (cellHeight - nodeGap - size.height()) / 2),
                size);
            layout.nodes[loose[k]].layer = -1;
        }
    }

    BoundsBuilder all = graphBounds;
    for (int i = 0; i < nodeCount; ++i) {
        layout.nodes[i].id = nodes[i].id;
        all.add(layout.nodes[i].rect);
    }
    layout.edges.reserve(sizeOf(valid));
    for (int e = 0; e < sizeOf(valid); ++e) {
        const GraphEdge &input = edges[valid[e].input];
        layout.edges.append(RoutedEdge{input.id, input.from, input.to, std::move(routes[e]), reversed[e]});
    }
    layout.bounds = all.rect();
    return layout;
}

} // namespace Inroad
