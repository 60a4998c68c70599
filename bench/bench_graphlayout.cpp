// Times the referral graph's layout (issue 4) on generated networks of 500, 2,000 and 10,000
// people and prints the curve, with a verdict on the target: 2,000 people in under 100 ms, so
// that the graph view never freezes the window. The exit status is 0 unless the arguments are
// wrong (targets are reported, not asserted).

#include "benchsupport.h"
#include "graphlayout.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QSysInfo>
#include <QTextStream>
#include <QThread>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <vector>

using namespace Inroad;

using InroadBench::median;
using InroadBench::millis;
using InroadBench::out;

namespace {

constexpr int kTargetPeople = 2000;
constexpr double kTargetMs = 100.0;

void row(const QStringList &cells, const QList<int> &widths)
{
    for (int i = 0; i < cells.size(); ++i)
        out() << cells[i].leftJustified(widths.value(i, 0));
    out() << '\n';
    out().flush();
}

struct Network
{
    QList<GraphNode> nodes;
    QList<GraphEdge> edges;
    int isolated = 0;
};

// A network as the method grows it: a fifth of the people have no referral yet; the rest were
// found by the user (about a quarter) or introduced by someone already known, more often by a
// recent contact than an old one; 5% have a second introducer, and about 1% introduced the
// person who introduced them (or that person's introducer), which makes cycles.
Network generate(int people, quint32 seed)
{
    QRandomGenerator random(seed);
    Network network;
    network.nodes.reserve(people);
    // Boxes as the view draws them: a name, an organization and a stage, in three lines.
    network.nodes.append(GraphNode{0, QSizeF(90, 52)});
    std::vector<qint64> known{0};
    std::vector<qint64> introducer(people, -1);
    qint64 edgeId = 1;
    for (qint64 id = 1; id < people; ++id) {
        network.nodes.append(GraphNode{id, QSizeF(120 + random.bounded(110), 52)});
        const int dice = random.bounded(1000);
        if (dice < 200) {
            ++network.isolated;
            continue;
        }
        qint64 from = 0;
        if (random.bounded(4) != 0) {
            // Recent contacts introduce more often: pick from the last part of the known list.
            const int window = std::max(1, int(known.size()) / (random.bounded(2) + 1));
            from = known[known.size() - 1 - random.bounded(window)];
        }
        introducer[id] = from;
        network.edges.append(GraphEdge{edgeId++, from, id});
        if (dice >= 950)
            network.edges.append(GraphEdge{edgeId++, known[random.bounded(int(known.size()))], id});
        if (dice >= 200 && dice < 210 && from > 0) {
            const qint64 back = introducer[from] > 0 && random.bounded(2) ? introducer[from] : from;
            network.edges.append(GraphEdge{edgeId++, id, back});
        }
        known.push_back(id);
    }
    return network;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QList<int> sizes;
    for (int i = 1; i < argc; ++i)
        sizes << QString::fromLocal8Bit(argv[i]).toInt();
    if (sizes.isEmpty())
        sizes = {500, kTargetPeople, 10000};
    const auto invalid = [](int people) {
        return people < 1;
    };
    if (std::any_of(sizes.cbegin(), sizes.cend(), invalid)) {
        std::fprintf(stderr, "usage: bench_graphlayout [PEOPLE...]\n");
        return 2;
    }

    out() << "Inroad benchmarks: referral graph layout, " << QThread::idealThreadCount() << " CPU(s), "
          << QSysInfo::prettyProductName() << '\n'
          << QString().fill(QLatin1Char('-'), 100) << '\n';
    const QList<int> widths = {10, 9, 11, 8, 14, 14, 14, 12};
    row({QStringLiteral("people"), QStringLiteral("edges"), QStringLiteral("no edges"), QStringLiteral("runs"),
         QStringLiteral("median"), QStringLiteral("fastest"), QStringLiteral("per person"), QStringLiteral("growth")},
        widths);

    double previousMs = 0;
    int previousPeople = 0;
    double targetMs = -1;
    for (int people : std::as_const(sizes)) {
        const Network network = generate(people, 20260314);
        const int runs = people <= 2000 ? 9 : 3;
        std::vector<double> times;
        int generations = 0;
        for (int run = 0; run < runs; ++run) {
            QElapsedTimer timer;
            timer.start();
            const GraphLayout layout = layoutGraph(network.nodes, network.edges);
            times.push_back(double(timer.nsecsElapsed()) / 1e6);
            if (run == 0) {
                for (const PlacedNode &node : layout.nodes)
                    generations = std::max(generations, node.layer + 1);
                if (layout.nodes.size() != network.nodes.size() || layout.edges.size() != network.edges.size()) {
                    std::fprintf(stderr, "bench_graphlayout: the layout lost nodes or edges\n");
                    return 1;
                }
            }
        }
        const double ms = median(times);
        // Growth as the exponent k in time ~ people^k between this size and the one before.
        QString growth;
        if (previousPeople > 0 && previousMs > 0) {
            const double exponent = std::log(ms / previousMs) / std::log(double(people) / previousPeople);
            growth = QStringLiteral("n^") + QString::number(exponent, 'f', 2);
        }
        row({QString::number(people), QString::number(network.edges.size()), QString::number(network.isolated),
             QString::number(runs), millis(ms), millis(*std::min_element(times.cbegin(), times.cend())),
             QString::number(ms * 1000.0 / people, 'f', 1) + QStringLiteral(" µs"), growth},
            widths);
        out() << "    " << generations << " generations\n";
        if (people == kTargetPeople)
            targetMs = ms;
        previousMs = ms;
        previousPeople = people;
    }
    if (targetMs >= 0) {
        out() << "Target: " << kTargetPeople << " people laid out in < " << kTargetMs << " ms: " << millis(targetMs)
              << (targetMs < kTargetMs ? QStringLiteral("  PASS") : QStringLiteral("  FAIL")) << '\n';
    }
    return 0;
}
