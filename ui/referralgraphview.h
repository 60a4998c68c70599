#pragma once

#include "areaview.h"
#include "referralgraph.h"

#include <QHash>

class QComboBox;
class QGraphicsItem;
class QGraphicsView;
class QLabel;
class QPushButton;
class QSplitter;
class QStackedWidget;
class QTimer;
class QUndoStack;

namespace Inroad {

class EmptyState;
class GraphCanvas;
class ReferralGraphScene;
class Workspace;

/// The Referral Graph area: "Me" and the people as boxes, referrals as arrows, generations of
/// introductions from left to right, beside a summary of the selected person or referral.
///
/// Ctrl+wheel, Ctrl+= and Ctrl+− zoom, Ctrl+0 fits the graph to the window; dragging the
/// background pans. Dragging from the handle on a box's right edge (or Shift+dragging from
/// anywhere on it) to another box records that the first introduced the second; Delete removes
/// the selected referral. Both are steps on the window's undo stack.
class ReferralGraphView final : public AreaView
{
    Q_OBJECT

public:
    ReferralGraphView(Workspace &workspace, QUndoStack &undoStack, QWidget *parent = nullptr);
    ~ReferralGraphView() override;

    QString title() const override;
    /// Finds people by name: their boxes are marked and the first is centred; nobody is hidden.
    void setFilterText(const QString &text) override;
    /// There is nothing to create here on its own: says how a referral is drawn.
    void addNew() override;
    /// Deletes the selected referral.
    void deleteSelected() override;
    bool canDelete() const override;
    QString statusText() const override;
    /// Selects and centres this person's box (0: "Me"), showing everyone again if the filters hid them.
    void showRecord(qint64 personId) override;

    ReferralGraphScene *scene() const { return m_scene; }
    QGraphicsView *graphicsView() const;
    /// The graph as drawn (after the filters).
    const ReferralGraph &graph() const { return m_graph; }

    ReferralGraphFilter filter() const { return m_filter; }
    /// Sets the three filter boxes and redraws.
    void setFilter(const ReferralGraphFilter &filter);

    /// The selected person (0 for "Me"), or -1 when no box is selected.
    qint64 selectedPersonId() const;
    /// The selected referral, or 0.
    qint64 selectedReferralId() const;
    void selectReferral(qint64 referralId);
    /// The referrals emphasised as the way from "Me" to the selected person.
    QList<qint64> highlightedChain() const { return m_chain; }

    /// Records that @p from (0: "Me") introduced @p to, as one undoable step: what dropping a drawn
    /// referral does. Refuses, with a message in the status text, a person introducing themselves,
    /// anyone introducing "Me" and a referral already recorded.
    bool addReferral(qint64 from, qint64 to);

    /// The scale the graph is drawn at (1: 100 %).
    qreal zoom() const;
    void setZoom(qreal zoom);

    /// Writes the graph as drawn (with the current filters) to @p path: .png, .svg or .pdf.
    bool exportTo(const QString &path, QString *error = nullptr);

    /// Reads the graph again at once, keeping the selection, zoom and scroll position.
    void reload();

public slots:
    void zoomIn();
    void zoomOut();
    void fitToWindow();
    /// File ▸ Export Graph…: asks for a file and writes it.
    void chooseExport();

signals:
    /// The user selected a person's box (0 for "Me"); not emitted for showRecord().
    void personSelected(qint64 personId);

protected:
    void showEvent(QShowEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    friend class GraphCanvas;

    void scheduleReload();
    void loadFilterChoices();
    void filterChanged();
    void selectionChanged();
    void selectItem(QGraphicsItem *item);
    void updateChain();
    void updateSummary();
    void updateMatches(bool centreOnFirst);
    void updateState();
    void updateZoomLabel();
    void applyInitialView();
    void centreOn(QGraphicsItem *item);
    void setMessage(const QString &message);
    void openPerson(qint64 personId);
    QString personLink(qint64 personId) const;
    bool isFiltered() const;

    Workspace &m_workspace;
    QUndoStack &m_undoStack;
    ReferralGraphScene *m_scene = nullptr;
    GraphCanvas *m_canvas = nullptr;
    QComboBox *m_fieldFilter = nullptr;
    QComboBox *m_organizationFilter = nullptr;
    QComboBox *m_stageFilter = nullptr;
    QLabel *m_zoomLabel = nullptr;
    QLabel *m_hint = nullptr;
    QStackedWidget *m_pages = nullptr;
    EmptyState *m_noPeople = nullptr;
    EmptyState *m_noMatch = nullptr;
    QSplitter *m_splitter = nullptr;
    QLabel *m_summaryTitle = nullptr;
    QLabel *m_summaryText = nullptr;
    QPushButton *m_openButton = nullptr;
    QPushButton *m_deleteButton = nullptr;
    QTimer *m_reloadTimer = nullptr;

    ReferralGraphFilter m_filter;
    ReferralGraph m_graph;
    /// Everyone, unfiltered, for the summary's "introduced by" and "introduced" lists.
    ReferralGraph m_fullGraph;
    QHash<qint64, int> m_fullIndex;
    QList<qint64> m_chain;
    QString m_filterText;
    QList<qint64> m_matches;
    QString m_message;
    int m_totalPeople = 0;
    bool m_dirty = true;
    bool m_needsInitialView = true;
    bool m_selectingQuietly = false;
};

} // namespace Inroad
