#pragma once

#include "graphlayout.h"
#include "referralgraph.h"

#include <QGraphicsScene>
#include <QHash>
#include <QSet>

#include <memory>

class QGraphicsItem;

namespace Inroad {

/// The referral graph laid out and drawn as graphics items: a rounded box per person (name,
/// organization, stage) and one for "Me", an arrow per referral, and a label over the people
/// nobody has introduced yet. The Referral Graph area shows it; the exports print it.
///
/// Text is sized in scene units (pixel-sized fonts), so a box and its words scale together on
/// screen, in a PNG, an SVG and a PDF.
class ReferralGraphScene final : public QGraphicsScene
{
    Q_OBJECT

public:
    /// Screen: the application's colours, hover handles for drawing referrals, cached boxes.
    /// Print: black on white, nothing cached, for the exports.
    enum class Mode { Screen, Print };

    /// What every item carries in QGraphicsItem::data().
    enum DataKey {
        KindKey = 0,       ///< an ItemKind
        IdKey = 1,         ///< the person id of a box (0 for "Me"), the referral id of an arrow
        EmphasisKey = 2,   ///< an Emphasis, as int
        MatchKey = 3,      ///< a box found by the search: true
    };
    enum ItemKind { NodeKind = 1, EdgeKind = 2, LabelKind = 3 };
    enum Emphasis { Normal = 0, Emphasised = 1, Dimmed = 2 };

    explicit ReferralGraphScene(Mode mode, QObject *parent = nullptr);
    ~ReferralGraphScene() override;

    /// Lays out @p graph (generations of introductions from left to right, or from top to bottom)
    /// and replaces every item by new ones.
    void setGraph(const ReferralGraph &graph, Qt::Orientation direction = Qt::Horizontal);
    /// The same with every spacing of the layout chosen by the caller.
    void setGraph(const ReferralGraph &graph, const GraphLayoutOptions &options);
    const ReferralGraph &graph() const { return m_graph; }

    QGraphicsItem *nodeItem(qint64 personId) const { return m_nodes.value(personId); }
    QGraphicsItem *edgeItem(qint64 referralId) const { return m_edges.value(referralId); }
    int nodeCount() const { return int(m_nodes.size()); }
    int edgeCount() const { return int(m_edges.size()); }
    /// The label over the people without referrals, or null when there are none.
    QGraphicsItem *ungroupedLabel() const { return m_ungroupedLabel; }
    /// The person's name as drawn; empty for someone not in the graph.
    QString nameOf(qint64 personId) const;

    /// Takes the on-screen colours from @p palette (light or dark); Print scenes stay black on white.
    void setColors(const QPalette &palette);

    /// Emphasises these people and referrals and dims the rest slightly; empty sets dim nothing.
    void setChain(const QSet<qint64> &people, const QSet<qint64> &referrals);
    /// Marks the boxes of the people a search found.
    void setMatches(const QSet<qint64> &people);
    /// Outlines the box a drawn referral would end on (-1: none).
    void setDropTarget(qint64 personId);

    /// The person whose box is at @p scenePos, or -1.
    qint64 personAt(const QPointF &scenePos) const;
    /// Whether @p scenePos is on the handle a referral is drawn from (shown on hover).
    bool isOnHandle(qint64 personId, const QPointF &scenePos) const;
    /// Where a referral drawn from this person starts, in scene coordinates.
    QPointF handlePosition(qint64 personId) const;

    /// Tooltip of a referral: its date and whether the user may name the referrer.
    QString referralDescription(const ReferralGraphEdge &edge) const;

    struct Style;

private:
    Mode m_mode;
    std::unique_ptr<Style> m_style;
    ReferralGraph m_graph;
    QHash<qint64, int> m_nodeIndex;
    QHash<qint64, QGraphicsItem *> m_nodes;
    QHash<qint64, QGraphicsItem *> m_edges;
    QGraphicsItem *m_ungroupedLabel = nullptr;
    qint64 m_dropTarget = -1;
};

} // namespace Inroad
