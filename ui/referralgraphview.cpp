#include "referralgraphview.h"

#include "emptystate.h"
#include "graphexport.h"
#include "recordcommands.h"
#include "referralgraphscene.h"
#include "workspace.h"

#include <QAction>
#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QGraphicsLineItem>
#include <QGraphicsView>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QMenu>
#include <QMessageBox>
#include <QNativeGestureEvent>
#include <QPushButton>
#include <QScrollBar>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QStyle>
#include <QTimer>
#include <QToolButton>
#include <QUndoStack>
#include <QVBoxLayout>
#include <QWheelEvent>

#include <cmath>
#include <limits>

namespace Inroad {

namespace {

const QString kSplitterKey = QStringLiteral("graph/splitter");
const QString kExportFolderKey = QStringLiteral("graph/exportFolder");

constexpr qreal kMinZoom = 0.01;
constexpr qreal kMaxZoom = 4.0;
constexpr qreal kZoomStep = 1.25;
// The smallest scale the graph first opens at: below it names are hard to read, so a large graph
// opens at this scale at "Me" instead of fitted to the window.
constexpr qreal kFirstZoomFloor = 0.55;
// Graphs this large take long enough to lay out that the cursor says so.
constexpr int kBusyCursorNodes = 400;

QString shortcutText(const QKeySequence &key)
{
    return key.toString(QKeySequence::NativeText);
}

QString dayText(const QDate &day)
{
    return day.isValid() ? QLocale().toString(day, ReferralGraphView::tr("d MMM yyyy", "a referral's date")) : QString();
}

qint64 idOf(const QGraphicsItem *item)
{
    return item->data(ReferralGraphScene::IdKey).toLongLong();
}

int kindOf(const QGraphicsItem *item)
{
    return item->data(ReferralGraphScene::KindKey).toInt();
}

} // namespace

// The graph's canvas: zooms with the wheel and pinch, pans by dragging the background, draws a
// referral by dragging from a box's handle (or with Shift from anywhere on the box) to another box.
class GraphCanvas final : public QGraphicsView
{
public:
    GraphCanvas(ReferralGraphView &view, ReferralGraphScene *scene)
        : QGraphicsView(scene)
        , m_view(view)
        , m_scene(scene)
    {
        setDragMode(ScrollHandDrag);
        setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing);
        // The items paint inside their bounding rectangles and set their pens, brushes and fonts.
        setOptimizationFlags(DontSavePainterState | DontAdjustForAntialiasing);
        setViewportUpdateMode(SmartViewportUpdate);
        setTransformationAnchor(AnchorUnderMouse);
        setResizeAnchor(AnchorViewCenter);
        setFocusPolicy(Qt::StrongFocus);
    }

    void scaleTo(qreal zoom, ViewportAnchor anchor)
    {
        zoom = qBound(kMinZoom, zoom, kMaxZoom);
        const ViewportAnchor old = transformationAnchor();
        setTransformationAnchor(anchor);
        setTransform(QTransform::fromScale(zoom, zoom));
        setTransformationAnchor(old);
        m_view.updateZoomLabel();
    }

    qreal zoom() const { return transform().m11(); }

    void cancelDrawing()
    {
        if (m_from < 0)
            return;
        m_from = -1;
        delete m_line;
        m_line = nullptr;
        m_scene->setDropTarget(-1);
    }

protected:
    void wheelEvent(QWheelEvent *event) override
    {
        // As in map and diagram programs, a mouse wheel zooms (with or without Ctrl). A touchpad's
        // two-finger scroll (pixel deltas) pans instead, unless Ctrl is held: pinching zooms there.
        const bool touchpadScroll = !event->pixelDelta().isNull() && !(event->modifiers() & Qt::ControlModifier);
        if (!touchpadScroll && !(event->modifiers() & (Qt::ShiftModifier | Qt::AltModifier))) {
            const qreal steps = event->angleDelta().y() / 120.0;
            if (!qFuzzyIsNull(steps))
                scaleTo(zoom() * std::pow(1.2, steps), AnchorUnderMouse);
            event->accept();
            return;
        }
        QGraphicsView::wheelEvent(event);
    }

    bool viewportEvent(QEvent *event) override
    {
        if (event->type() == QEvent::NativeGesture) {
            const auto *gesture = static_cast<QNativeGestureEvent *>(event);
            if (gesture->gestureType() == Qt::ZoomNativeGesture) {
                scaleTo(zoom() * (1 + gesture->value()), AnchorUnderMouse);
                return true;
            }
        }
        return QGraphicsView::viewportEvent(event);
    }

    void mousePressEvent(QMouseEvent *event) override
    {
        if (event->button() == Qt::LeftButton) {
            const QPointF at = mapToScene(event->position().toPoint());
            const qint64 person = m_scene->personAt(at);
            if (person >= 0 && ((event->modifiers() & Qt::ShiftModifier) || m_scene->isOnHandle(person, at))) {
                startDrawing(person, at);
                m_pressedAt = event->position().toPoint();
                event->accept();
                return;
            }
        }
        QGraphicsView::mousePressEvent(event);
    }

    void mouseMoveEvent(QMouseEvent *event) override
    {
        if (m_from < 0) {
            QGraphicsView::mouseMoveEvent(event);
            return;
        }
        const QPointF at = mapToScene(event->position().toPoint());
        m_line->setLine(QLineF(m_line->line().p1(), at));
        const qint64 target = m_scene->personAt(at);
        m_scene->setDropTarget(target != m_from ? target : -1);
        event->accept();
    }

    void mouseReleaseEvent(QMouseEvent *event) override
    {
        if (m_from < 0 || event->button() != Qt::LeftButton) {
            QGraphicsView::mouseReleaseEvent(event);
            return;
        }
        const qint64 from = m_from;
        const qint64 to = m_scene->personAt(mapToScene(event->position().toPoint()));
        const bool moved = (event->position().toPoint() - m_pressedAt).manhattanLength() > 6;
        cancelDrawing();
        event->accept();
        if (to >= 0 && (to != from || moved))
            m_view.addReferral(from, to);
        else if (to < 0 && moved)
            m_view.setMessage(ReferralGraphView::tr("Drop the line on a person to record that they were introduced."));
    }

    void mouseDoubleClickEvent(QMouseEvent *event) override
    {
        const qint64 person = m_scene->personAt(mapToScene(event->position().toPoint()));
        if (event->button() == Qt::LeftButton && person > 0) {
            m_view.openPerson(person);
            event->accept();
            return;
        }
        QGraphicsView::mouseDoubleClickEvent(event);
    }

    void contextMenuEvent(QContextMenuEvent *event) override
    {
        QGraphicsItem *item = nullptr;
        for (QGraphicsItem *candidate : items(event->pos())) {
            const int kind = kindOf(candidate);
            if (kind == ReferralGraphScene::NodeKind || kind == ReferralGraphScene::EdgeKind) {
                item = candidate;
                break;
            }
        }
        if (!item) {
            QGraphicsView::contextMenuEvent(event);
            return;
        }
        m_view.selectItem(item);
        QMenu menu;
        if (kindOf(item) == ReferralGraphScene::EdgeKind) {
            menu.addAction(ReferralGraphView::tr("Delete Referral"), &m_view, &ReferralGraphView::deleteSelected);
        } else if (idOf(item) > 0) {
            const qint64 id = idOf(item);
            menu.addAction(ReferralGraphView::tr("Open in People"), &m_view, [this, id] { m_view.openPerson(id); });
        }
        if (!menu.isEmpty())
            menu.exec(event->globalPos());
        event->accept();
    }

    void keyPressEvent(QKeyEvent *event) override
    {
        switch (event->key()) {
        case Qt::Key_Escape:
            if (m_from >= 0)
                cancelDrawing();
            else
                m_scene->clearSelection();
            event->accept();
            return;
        case Qt::Key_Delete:
        case Qt::Key_Backspace:
            if (m_view.canDelete()) {
                m_view.deleteSelected();
                event->accept();
                return;
            }
            break;
        case Qt::Key_Return:
        case Qt::Key_Enter:
            if (m_view.selectedPersonId() > 0) {
                m_view.openPerson(m_view.selectedPersonId());
                event->accept();
                return;
            }
            break;
        case Qt::Key_Left:
        case Qt::Key_Right:
        case Qt::Key_Up:
        case Qt::Key_Down:
            if (event->modifiers() == Qt::NoModifier || event->modifiers() == Qt::KeypadModifier) {
                moveSelection(event->key());
                event->accept();
                return;
            }
            break;
        default:
            break;
        }
        QGraphicsView::keyPressEvent(event);
    }

    void resizeEvent(QResizeEvent *event) override
    {
        QGraphicsView::resizeEvent(event);
        if (m_view.m_needsInitialView && !m_view.m_dirty)
            m_view.applyInitialView();
    }

private:
    void startDrawing(qint64 person, const QPointF &at)
    {
        cancelDrawing();
        m_from = person;
        QPen pen(palette().color(QPalette::Highlight), 2, Qt::DashLine, Qt::RoundCap);
        pen.setCosmetic(true);
        m_line = m_scene->addLine(QLineF(m_scene->handlePosition(person), at), pen);
        m_line->setZValue(10);
    }

    // The arrow keys move the selection to the nearest box in their direction.
    void moveSelection(int key)
    {
        const qint64 current = m_view.selectedPersonId();
        QGraphicsItem *from = m_scene->nodeItem(current >= 0 ? current : 0);
        if (!from)
            return;
        if (current < 0) {
            m_view.selectItem(from);
            m_view.centreOn(from);
            return;
        }
        const QPointF origin = from->sceneBoundingRect().center();
        QGraphicsItem *best = nullptr;
        qreal bestScore = std::numeric_limits<qreal>::max();
        for (const ReferralGraphNode &node : m_view.graph().nodes) {
            QGraphicsItem *item = m_scene->nodeItem(node.id);
            if (!item || item == from)
                continue;
            const QPointF d = item->sceneBoundingRect().center() - origin;
            qreal along = 0;
            qreal across = 0;
            switch (key) {
            case Qt::Key_Right: along = d.x(); across = d.y(); break;
            case Qt::Key_Left: along = -d.x(); across = d.y(); break;
            case Qt::Key_Down: along = d.y(); across = d.x(); break;
            default: along = -d.y(); across = d.x(); break;
            }
            if (along < 1)
                continue;
            const qreal score = along + 2 * std::abs(across);
            if (score < bestScore) {
                bestScore = score;
                best = item;
            }
        }
        if (best) {
            m_view.selectItem(best);
            ensureVisible(best, 40, 40);
        }
    }

    ReferralGraphView &m_view;
    ReferralGraphScene *m_scene;
    qint64 m_from = -1;
    QPoint m_pressedAt;
    QGraphicsLineItem *m_line = nullptr;
};

ReferralGraphView::ReferralGraphView(Workspace &workspace, QUndoStack &undoStack, QWidget *parent)
    : AreaView(parent)
    , m_workspace(workspace)
    , m_undoStack(undoStack)
    , m_scene(new ReferralGraphScene(ReferralGraphScene::Mode::Screen, this))
    , m_reloadTimer(new QTimer(this))
{
    // Filters and zoom above the graph.
    m_fieldFilter = new QComboBox;
    m_fieldFilter->setObjectName(QStringLiteral("fieldFilter"));
    m_fieldFilter->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_fieldFilter->setMinimumContentsLength(8);
    m_organizationFilter = new QComboBox;
    m_organizationFilter->setObjectName(QStringLiteral("organizationFilter"));
    m_organizationFilter->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_organizationFilter->setMinimumContentsLength(9);
    m_stageFilter = new QComboBox;
    m_stageFilter->setObjectName(QStringLiteral("stageFilter"));
    m_stageFilter->addItem(tr("All stages"), -1);
    for (int stage = 0; stage < kPipelineStageCount; ++stage)
        m_stageFilter->addItem(pipelineStageName(PipelineStage(stage)), stage);
    loadFilterChoices();
    for (QComboBox *combo : {m_fieldFilter, m_organizationFilter, m_stageFilter})
        connect(combo, &QComboBox::currentIndexChanged, this, &ReferralGraphView::filterChanged);
    auto *fieldLabel = new QLabel(tr("&Field:"));
    fieldLabel->setBuddy(m_fieldFilter);
    auto *organizationLabel = new QLabel(tr("&Organization:"));
    organizationLabel->setBuddy(m_organizationFilter);
    auto *stageLabel = new QLabel(tr("&Stage:"));
    stageLabel->setBuddy(m_stageFilter);

    auto *zoomOutAction = new QAction(tr("Zoom Out"), this);
    auto *zoomInAction = new QAction(tr("Zoom In"), this);
    auto *fitAction = new QAction(tr("Fit to Window"), this);
    zoomInAction->setObjectName(QStringLiteral("zoomInAction"));
    zoomOutAction->setObjectName(QStringLiteral("zoomOutAction"));
    fitAction->setObjectName(QStringLiteral("fitAction"));
    const auto setKeys = [](QAction *action, QList<QKeySequence> keys) {
        // A standard key may be the same as ours on some systems; one action must not hold it twice.
        QList<QKeySequence> unique;
        for (const QKeySequence &key : keys) {
            if (!key.isEmpty() && !unique.contains(key))
                unique << key;
        }
        action->setShortcuts(unique);
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        action->setToolTip(QStringLiteral("%1 (%2)").arg(action->text(), shortcutText(unique.constFirst())));
    };
    setKeys(zoomInAction, {QKeySequence(Qt::CTRL | Qt::Key_Equal), QKeySequence(QKeySequence::ZoomIn)});
    setKeys(zoomOutAction, {QKeySequence(Qt::CTRL | Qt::Key_Minus), QKeySequence(QKeySequence::ZoomOut)});
    setKeys(fitAction, {QKeySequence(Qt::CTRL | Qt::Key_0)});
    connect(zoomInAction, &QAction::triggered, this, &ReferralGraphView::zoomIn);
    connect(zoomOutAction, &QAction::triggered, this, &ReferralGraphView::zoomOut);
    connect(fitAction, &QAction::triggered, this, &ReferralGraphView::fitToWindow);
    addActions({zoomInAction, zoomOutAction, fitAction});
    const auto toolButton = [](QAction *action, const QString &text) {
        auto *button = new QToolButton;
        button->setDefaultAction(action);
        button->setText(text);
        button->setAutoRaise(true);
        return button;
    };
    m_zoomLabel = new QLabel;
    m_zoomLabel->setObjectName(QStringLiteral("zoomLabel"));
    m_zoomLabel->setMinimumWidth(fontMetrics().horizontalAdvance(QStringLiteral("000 %")) + 4);
    m_zoomLabel->setAlignment(Qt::AlignCenter);

    auto *filterBar = new QWidget;
    auto *filterRow = new QHBoxLayout(filterBar);
    filterRow->setContentsMargins(style()->pixelMetric(QStyle::PM_LayoutLeftMargin), 4, 4, 2);
    filterRow->addWidget(fieldLabel);
    filterRow->addWidget(m_fieldFilter);
    filterRow->addSpacing(8);
    filterRow->addWidget(organizationLabel);
    filterRow->addWidget(m_organizationFilter);
    filterRow->addSpacing(8);
    filterRow->addWidget(stageLabel);
    filterRow->addWidget(m_stageFilter);
    filterRow->addStretch();

    m_hint = new QLabel(tr("To record an introduction, drag from the dot on a person’s right edge (or Shift+drag) to "
                           "the person they introduced. The wheel zooms; drag the background to move around."));
    m_hint->setObjectName(QStringLiteral("graphHint"));
    m_hint->setWordWrap(true);
    m_hint->setForegroundRole(QPalette::PlaceholderText);
    m_hint->setContentsMargins(style()->pixelMetric(QStyle::PM_LayoutLeftMargin), 0, 4, 4);
    // The zoom controls share the hint's row, so that the window can still be made narrow.
    auto *hintBar = new QWidget;
    auto *hintRow = new QHBoxLayout(hintBar);
    hintRow->setContentsMargins(0, 0, 4, 0);
    hintRow->addWidget(m_hint, 1);
    hintRow->addWidget(toolButton(zoomOutAction, QStringLiteral("−")));
    hintRow->addWidget(m_zoomLabel);
    hintRow->addWidget(toolButton(zoomInAction, QStringLiteral("+")));
    hintRow->addWidget(toolButton(fitAction, tr("Fit")));

    m_canvas = new GraphCanvas(*this, m_scene);
    m_canvas->setObjectName(QStringLiteral("graphCanvas"));
    m_canvas->setAccessibleName(tr("Referral graph"));

    m_noPeople = new EmptyState;
    m_noPeople->setObjectName(QStringLiteral("noPeopleState"));
    m_noPeople->setTitle(tr("Nobody to connect yet"));
    m_noPeople->setText(tr("Everyone you add in People appears here, with an arrow from whoever introduced them. "
                           "Add the people you know of, then drag from one to another to record an introduction."));
    m_noMatch = new EmptyState;
    m_noMatch->setObjectName(QStringLiteral("noMatchState"));
    m_noMatch->setTitle(tr("Nobody matches these filters"));
    m_noMatch->setText(tr("Choose another field, organization or stage above."));
    connect(m_noMatch->addButton(tr("Show Everyone")), &QPushButton::clicked, this,
            [this] { setFilter(ReferralGraphFilter()); });
    m_pages = new QStackedWidget;
    m_pages->addWidget(m_canvas);
    m_pages->addWidget(m_noPeople);
    m_pages->addWidget(m_noMatch);

    auto *graphPane = new QWidget;
    auto *graphLayout = new QVBoxLayout(graphPane);
    graphLayout->setContentsMargins(0, 0, 0, 0);
    graphLayout->setSpacing(0);
    graphLayout->addWidget(filterBar);
    graphLayout->addWidget(hintBar);
    graphLayout->addWidget(m_pages, 1);

    // The summary of what is selected.
    auto *summary = new QWidget;
    summary->setObjectName(QStringLiteral("graphSummary"));
    m_summaryTitle = new QLabel;
    m_summaryTitle->setObjectName(QStringLiteral("summaryTitle"));
    m_summaryTitle->setWordWrap(true);
    m_summaryTitle->setTextFormat(Qt::PlainText);
    QFont titleFont = m_summaryTitle->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.25);
    titleFont.setBold(true);
    m_summaryTitle->setFont(titleFont);
    m_summaryText = new QLabel;
    m_summaryText->setObjectName(QStringLiteral("summaryText"));
    m_summaryText->setWordWrap(true);
    m_summaryText->setTextFormat(Qt::RichText);
    m_summaryText->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    m_summaryText->setTextInteractionFlags(Qt::TextBrowserInteraction);
    connect(m_summaryText, &QLabel::linkActivated, this, [this](const QString &link) {
        if (!link.startsWith(QLatin1String("person:")))
            return;
        const qint64 id = link.mid(7).toLongLong();
        if (QGraphicsItem *item = m_scene->nodeItem(id)) {
            selectItem(item);
            centreOn(item);
        } else {
            showRecord(id);
            emit personSelected(id);
        }
    });
    m_openButton = new QPushButton(tr("Open in People"));
    m_openButton->setObjectName(QStringLiteral("openInPeopleButton"));
    connect(m_openButton, &QPushButton::clicked, this, [this] { openPerson(selectedPersonId()); });
    m_deleteButton = new QPushButton(tr("Delete Referral"));
    m_deleteButton->setObjectName(QStringLiteral("deleteReferralButton"));
    connect(m_deleteButton, &QPushButton::clicked, this, &ReferralGraphView::deleteSelected);
    auto *summaryLayout = new QVBoxLayout(summary);
    summaryLayout->addWidget(m_summaryTitle);
    summaryLayout->addWidget(m_summaryText);
    auto *buttons = new QVBoxLayout;
    buttons->addWidget(m_openButton);
    buttons->addWidget(m_deleteButton);
    summaryLayout->addLayout(buttons);
    summaryLayout->addStretch();

    m_splitter = new QSplitter(Qt::Horizontal);
    m_splitter->setChildrenCollapsible(false);
    m_splitter->addWidget(graphPane);
    m_splitter->addWidget(summary);
    m_splitter->setStretchFactor(0, 4);
    m_splitter->setStretchFactor(1, 1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_splitter);
    setFocusProxy(m_canvas);

    connect(m_scene, &QGraphicsScene::selectionChanged, this, &ReferralGraphView::selectionChanged);

    // Edits arrive in bursts (an undo of several people, a referral and its person): one reload each turn.
    m_reloadTimer->setSingleShot(true);
    m_reloadTimer->setInterval(0);
    connect(m_reloadTimer, &QTimer::timeout, this, &ReferralGraphView::reload);
    const auto reloadSoon = [this] { scheduleReload(); };
    const auto choicesChanged = [this] {
        loadFilterChoices();
        scheduleReload();
    };
    for (Repository *repository : std::initializer_list<Repository *>{&workspace.referrals(), &workspace.people()}) {
        connect(repository, &Repository::added, this, reloadSoon);
        connect(repository, &Repository::changed, this, reloadSoon);
        connect(repository, &Repository::removed, this, reloadSoon);
    }
    for (Repository *repository :
         std::initializer_list<Repository *>{&workspace.organizations(), &workspace.careerFields()}) {
        connect(repository, &Repository::added, this, choicesChanged);
        connect(repository, &Repository::changed, this, choicesChanged);
        connect(repository, &Repository::removed, this, choicesChanged);
    }
    // An interview can put someone into a career field.
    const auto interviewsChanged = [this] {
        if (m_filter.fieldId != 0)
            scheduleReload();
    };
    connect(&workspace.interviews(), &Repository::added, this, interviewsChanged);
    connect(&workspace.interviews(), &Repository::changed, this, interviewsChanged);
    connect(&workspace.interviews(), &Repository::removed, this, interviewsChanged);
    // Undo or redo makes a message about the last edit out of date.
    connect(&m_undoStack, &QUndoStack::indexChanged, this, [this] { setMessage(QString()); });

    QSettings settings;
    if (!m_splitter->restoreState(settings.value(kSplitterKey).toByteArray()))
        m_splitter->setSizes({900, 300});
    reload();
}

ReferralGraphView::~ReferralGraphView()
{
    // The scene outlives this part of the object; its last changes are nobody's business.
    disconnect(m_scene, nullptr, this, nullptr);
    QSettings settings;
    settings.setValue(kSplitterKey, m_splitter->saveState());
}

QString ReferralGraphView::title() const
{
    return tr("Referral Graph");
}

QGraphicsView *ReferralGraphView::graphicsView() const
{
    return m_canvas;
}

void ReferralGraphView::showEvent(QShowEvent *event)
{
    AreaView::showEvent(event);
    if (m_dirty)
        reload();
    else if (m_needsInitialView)
        applyInitialView();
}

void ReferralGraphView::changeEvent(QEvent *event)
{
    AreaView::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        m_scene->setColors(palette());
}

void ReferralGraphView::scheduleReload()
{
    m_dirty = true;
    // A hidden area catches up when it is shown.
    if (isVisible())
        m_reloadTimer->start();
}

void ReferralGraphView::reload()
{
    m_reloadTimer->stop();
    m_dirty = false;
    m_canvas->cancelDrawing();
    const qint64 keptPerson = selectedPersonId();
    const qint64 keptReferral = selectedReferralId();
    const QPointF centre = m_canvas->mapToScene(m_canvas->viewport()->rect().center());

    const ReferralGraphRepository repository(m_workspace.database());
    ReferralGraph graph = repository.load(m_filter);
    const bool busy = graph.nodes.size() > kBusyCursorNodes;
    if (busy)
        QGuiApplication::setOverrideCursor(Qt::WaitCursor);
    m_fullGraph = isFiltered() ? repository.load() : graph;
    m_fullIndex.clear();
    m_fullIndex.reserve(m_fullGraph.nodes.size());
    for (int i = 0; i < m_fullGraph.nodes.size(); ++i)
        m_fullIndex.insert(m_fullGraph.nodes.at(i).id, i);
    m_totalPeople = std::max(0, int(m_fullGraph.nodes.size()) - 1);
    m_graph = std::move(graph);
    {
        const QSignalBlocker blocker(m_scene);
        m_scene->setGraph(m_graph);
    }
    if (busy)
        QGuiApplication::restoreOverrideCursor();

    m_selectingQuietly = true;
    QGraphicsItem *kept = keptPerson >= 0 ? m_scene->nodeItem(keptPerson) : m_scene->edgeItem(keptReferral);
    if (kept)
        kept->setSelected(true);
    selectionChanged();
    m_selectingQuietly = false;
    updateMatches(false);

    if (m_needsInitialView)
        applyInitialView();
    else
        m_canvas->centerOn(centre);
    updateState();
}

void ReferralGraphView::applyInitialView()
{
    const QSize room = m_canvas->viewport()->size();
    if (!m_canvas->isVisible() || room.width() < 100 || room.height() < 100)
        return; // until it has a size
    m_needsInitialView = false;
    const QRectF bounds = m_scene->sceneRect();
    const qreal fit = std::min(room.width() / bounds.width(), room.height() / bounds.height());
    const qreal zoom = qBound(kFirstZoomFloor, fit, 1.0);
    m_canvas->scaleTo(zoom, QGraphicsView::AnchorViewCenter);
    const QList<QGraphicsItem *> selected = m_scene->selectedItems();
    if (!selected.isEmpty()) {
        centreOn(selected.constFirst());
    } else if (fit >= zoom) {
        m_canvas->centerOn(bounds.center());
    } else if (QGraphicsItem *me = m_scene->nodeItem(0)) {
        // Introductions start at "Me", on the left.
        m_canvas->centerOn(QPointF(bounds.left() + room.width() / zoom / 2, me->sceneBoundingRect().center().y()));
    }
}

void ReferralGraphView::loadFilterChoices()
{
    const auto refill = [](QComboBox *combo, const QString &all, const QList<QPair<qint64, QString>> &choices) {
        const QSignalBlocker blocker(combo);
        const qint64 current = combo->currentData().toLongLong();
        combo->clear();
        combo->addItem(all, qint64(0));
        for (const auto &choice : choices)
            combo->addItem(choice.second, choice.first);
        combo->setCurrentIndex(std::max(0, combo->findData(current)));
    };
    QList<QPair<qint64, QString>> fields;
    for (const CareerField &field : m_workspace.careerFields().all())
        fields.append({field.id, field.name});
    refill(m_fieldFilter, tr("All career fields"), fields);
    refill(m_organizationFilter, tr("All organizations"), m_workspace.organizations().names());
    // A field or organization that is gone no longer narrows the graph.
    m_filter.fieldId = m_fieldFilter->currentData().toLongLong();
    m_filter.organizationId = m_organizationFilter->currentData().toLongLong();
}

void ReferralGraphView::filterChanged()
{
    m_filter.fieldId = m_fieldFilter->currentData().toLongLong();
    m_filter.organizationId = m_organizationFilter->currentData().toLongLong();
    m_filter.stage = m_stageFilter->currentData().toInt();
    reload();
}

void ReferralGraphView::setFilter(const ReferralGraphFilter &filter)
{
    const auto choose = [](QComboBox *combo, const QVariant &value) {
        const QSignalBlocker blocker(combo);
        combo->setCurrentIndex(std::max(0, combo->findData(value)));
    };
    choose(m_fieldFilter, filter.fieldId);
    choose(m_organizationFilter, filter.organizationId);
    choose(m_stageFilter, filter.stage);
    filterChanged();
}

bool ReferralGraphView::isFiltered() const
{
    return m_filter.fieldId != 0 || m_filter.organizationId != 0 || m_filter.stage >= 0;
}

void ReferralGraphView::setFilterText(const QString &text)
{
    const QString simplified = text.simplified();
    if (simplified == m_filterText)
        return;
    m_filterText = simplified;
    if (m_dirty)
        reload();
    updateMatches(true);
    emit statusTextChanged();
}

void ReferralGraphView::updateMatches(bool centreOnFirst)
{
    m_matches.clear();
    QSet<qint64> found;
    if (!m_filterText.isEmpty()) {
        for (const ReferralGraphNode &node : std::as_const(m_graph.nodes)) {
            if (node.name.contains(m_filterText, Qt::CaseInsensitive)) {
                m_matches.append(node.id);
                found.insert(node.id);
            }
        }
    }
    m_scene->setMatches(found);
    if (centreOnFirst && !m_matches.isEmpty())
        centreOn(m_scene->nodeItem(m_matches.constFirst()));
}

void ReferralGraphView::addNew()
{
    setMessage(tr("To record a referral, drag from the dot on one person’s box to another person."));
    m_canvas->setFocus(Qt::OtherFocusReason);
}

bool ReferralGraphView::addReferral(qint64 from, qint64 to)
{
    if (from == to) {
        setMessage(from == 0 ? tr("Drag from “Me” to someone you found on your own.")
                             : tr("Nobody introduces themselves: drop the line on another person."));
        return false;
    }
    if (to == 0) {
        setMessage(tr("Arrows cannot end at “Me”: drag from “Me” to someone you found on your own, or from the "
                      "person who introduced someone to them."));
        return false;
    }
    const std::optional<Person> referred = m_workspace.people().find(to);
    const std::optional<Person> referrer = from > 0 ? m_workspace.people().find(from) : std::nullopt;
    if (!referred || (from > 0 && !referrer))
        return false;
    for (const Referral &existing : m_workspace.referrals().introducersOf(to)) {
        if (existing.referrerId == from) {
            setMessage(from == 0 ? tr("You already recorded finding %1 yourself.").arg(referred->displayName())
                                 : tr("%1 already introduced %2.").arg(referrer->displayName(), referred->displayName()));
            return false;
        }
    }

    Referral referral;
    referral.referrerId = from;
    referral.referredId = to;
    const Workflow &workflow = m_workspace.workflow();
    referral.referredOn = workflow.now().toTimeZone(workflow.timeZone()).date();
    ReferralRepository &referrals = m_workspace.referrals();
    const int before = referrals.count();
    m_undoStack.push(new AddRecordCommand<ReferralRepository, Referral>(referrals, referral, tr("Add referral")));
    if (referrals.count() == before)
        return false; // the repository has told the user why
    const QString undo = shortcutText(QKeySequence(QKeySequence::Undo));
    setMessage(from == 0 ? tr("Recorded that you found %1 yourself (Undo: %2)").arg(referred->displayName(), undo)
                         : tr("Recorded that %1 introduced %2 (Undo: %3)")
                               .arg(referrer->displayName(), referred->displayName(), undo));
    return true;
}

void ReferralGraphView::deleteSelected()
{
    const qint64 id = selectedReferralId();
    if (id <= 0)
        return;
    const std::optional<Referral> referral = m_workspace.referrals().find(id);
    if (!referral)
        return;
    const QString to = m_scene->nameOf(referral->referredId);
    const QString what = referral->referrerId == 0
        ? tr("finding %1 yourself").arg(to)
        : tr("%1 introducing %2").arg(m_scene->nameOf(referral->referrerId), to);
    m_undoStack.push(new RemoveRecordCommand<ReferralRepository>(m_workspace.referrals(), id, tr("Delete referral")));
    setMessage(tr("Deleted the referral of %1 (Undo: %2)").arg(what, shortcutText(QKeySequence(QKeySequence::Undo))));
}

bool ReferralGraphView::canDelete() const
{
    return selectedReferralId() > 0;
}

QString ReferralGraphView::statusText() const
{
    if (m_totalPeople == 0)
        return m_message.isEmpty() ? tr("No people yet") : m_message;
    const int shown = std::max(0, int(m_graph.nodes.size()) - 1);
    const int referrals = int(m_graph.edges.size());
    QString counts = isFiltered() ? tr("%1 of %n people shown", nullptr, m_totalPeople).arg(shown)
                                  : m_totalPeople == 1 ? tr("1 person") : tr("%n people", nullptr, m_totalPeople);
    counts = tr("%1, %2").arg(counts, referrals == 1 ? tr("1 referral") : tr("%n referrals", nullptr, referrals));
    if (!m_filterText.isEmpty()) {
        const QString found = m_matches.isEmpty() ? tr("nobody named “%1”").arg(m_filterText)
                                                  : tr("%n named “%1”", nullptr, int(m_matches.size())).arg(m_filterText);
        counts = tr("%1 · %2").arg(found, counts);
    }
    return m_message.isEmpty() ? counts : tr("%1 · %2").arg(m_message, counts);
}

void ReferralGraphView::setMessage(const QString &message)
{
    if (message == m_message)
        return;
    m_message = message;
    emit statusTextChanged();
}

void ReferralGraphView::showRecord(qint64 personId)
{
    if (personId < 0 || (personId > 0 && !m_workspace.people().find(personId)))
        return;
    if (m_dirty)
        reload();
    if (!m_scene->nodeItem(personId))
        setFilter(ReferralGraphFilter()); // the filters hid them
    QGraphicsItem *item = m_scene->nodeItem(personId);
    if (!item)
        return;
    m_selectingQuietly = true;
    selectItem(item);
    m_selectingQuietly = false;
    centreOn(item);
}

qint64 ReferralGraphView::selectedPersonId() const
{
    const QList<QGraphicsItem *> selected = m_scene->selectedItems();
    for (const QGraphicsItem *item : selected) {
        if (kindOf(item) == ReferralGraphScene::NodeKind)
            return idOf(item);
    }
    return -1;
}

qint64 ReferralGraphView::selectedReferralId() const
{
    const QList<QGraphicsItem *> selected = m_scene->selectedItems();
    for (const QGraphicsItem *item : selected) {
        if (kindOf(item) == ReferralGraphScene::EdgeKind)
            return idOf(item);
    }
    return 0;
}

void ReferralGraphView::selectReferral(qint64 referralId)
{
    if (m_dirty)
        reload();
    if (QGraphicsItem *item = m_scene->edgeItem(referralId)) {
        selectItem(item);
        centreOn(item);
    }
}

void ReferralGraphView::selectItem(QGraphicsItem *item)
{
    // One change for the whole move, not one for clearing and one for selecting.
    {
        const QSignalBlocker blocker(m_scene);
        m_scene->clearSelection();
        item->setSelected(true);
    }
    selectionChanged();
}

void ReferralGraphView::centreOn(QGraphicsItem *item)
{
    if (item)
        m_canvas->centerOn(item);
}

void ReferralGraphView::selectionChanged()
{
    updateChain();
    updateSummary();
    emit canDeleteChanged();
    const qint64 person = selectedPersonId();
    if (!m_selectingQuietly && person >= 0)
        emit personSelected(person);
}

void ReferralGraphView::updateChain()
{
    const qint64 person = selectedPersonId();
    m_chain = person > 0 ? m_graph.chainTo(person) : QList<qint64>();
    QSet<qint64> people;
    QSet<qint64> referrals;
    if (!m_chain.isEmpty()) {
        referrals = QSet<qint64>(m_chain.cbegin(), m_chain.cend());
        people.insert(0);
        for (const ReferralGraphEdge &edge : std::as_const(m_graph.edges)) {
            if (referrals.contains(edge.id)) {
                people.insert(edge.from);
                people.insert(edge.to);
            }
        }
    }
    m_scene->setChain(people, referrals);
}

QString ReferralGraphView::personLink(qint64 personId) const
{
    const int index = m_fullIndex.value(personId, -1);
    const QString name = index >= 0 ? m_fullGraph.nodes.at(index).name : QString();
    return QStringLiteral("<a href=\"person:%1\">%2</a>").arg(personId).arg(name.toHtmlEscaped());
}

void ReferralGraphView::updateSummary()
{
    const qint64 person = selectedPersonId();
    const qint64 referralId = selectedReferralId();
    const auto section = [](const QString &heading, const QString &body) {
        return QStringLiteral("<p><b>%1</b><br>%2</p>").arg(heading.toHtmlEscaped(), body);
    };
    const auto withDay = [](const QString &text, const QDate &day) {
        return day.isValid() ? ReferralGraphView::tr("%1 · %2").arg(text, dayText(day)) : text;
    };
    m_openButton->setVisible(person > 0);
    m_deleteButton->setVisible(referralId > 0);

    if (person > 0) {
        const int index = m_fullIndex.value(person, -1);
        const ReferralGraphNode node = index >= 0 ? m_fullGraph.nodes.at(index) : ReferralGraphNode();
        m_summaryTitle->setText(node.name);
        QString html = QStringLiteral("<p>");
        if (!node.organization.isEmpty())
            html += node.organization.toHtmlEscaped() + QStringLiteral("<br>");
        html += tr("Stage: %1").arg(pipelineStageName(node.stage).toHtmlEscaped()) + QStringLiteral("</p>");
        QStringList by;
        QStringList introduced;
        for (const ReferralGraphEdge &edge : std::as_const(m_fullGraph.edges)) {
            if (edge.to == person)
                by << withDay(edge.from == 0 ? tr("You found them yourself") : personLink(edge.from), edge.referredOn);
            if (edge.from == person)
                introduced << withDay(personLink(edge.to), edge.referredOn);
        }
        html += section(tr("Introduced by"), by.isEmpty() ? tr("Nobody recorded yet") : by.join(QStringLiteral("<br>")));
        html += section(tr("Introduced you to"),
                        introduced.isEmpty() ? tr("Nobody yet") : introduced.join(QStringLiteral("<br>")));
        const QList<qint64> chain = m_fullGraph.chainTo(person);
        QString way;
        if (chain.isEmpty()) {
            way = tr("No chain of introductions leads from you to them yet.");
        } else {
            QStringList steps{tr("Me")};
            for (const qint64 id : chain) {
                for (const ReferralGraphEdge &edge : std::as_const(m_fullGraph.edges)) {
                    if (edge.id == id) {
                        steps << personLink(edge.to);
                        break;
                    }
                }
            }
            way = steps.join(QStringLiteral(" → "));
        }
        html += section(tr("How you reached them"), way);
        m_summaryText->setText(html);
    } else if (person == 0) {
        m_summaryTitle->setText(m_graph.nodes.isEmpty() ? tr("Me") : m_graph.nodes.constFirst().name);
        QStringList found;
        for (const ReferralGraphEdge &edge : std::as_const(m_fullGraph.edges)) {
            if (edge.from == 0)
                found << withDay(personLink(edge.to), edge.referredOn);
        }
        QString html = QStringLiteral("<p>%1</p>").arg(
            tr("You. Every chain of introductions starts here.").toHtmlEscaped());
        html += section(tr("Found on your own"),
                        found.isEmpty() ? tr("Nobody recorded yet. Drag from “Me” to someone you found yourself.")
                                        : found.join(QStringLiteral("<br>")));
        m_summaryText->setText(html);
    } else if (referralId > 0) {
        const ReferralGraphEdge *edge = nullptr;
        for (const ReferralGraphEdge &e : std::as_const(m_graph.edges)) {
            if (e.id == referralId)
                edge = &e;
        }
        if (!edge)
            return;
        m_summaryTitle->setText(tr("Referral"));
        QString html = QStringLiteral("<p>");
        if (edge->from == 0)
            html += tr("You found %1 yourself.").arg(personLink(edge->to));
        else
            html += tr("%1 introduced %2.").arg(personLink(edge->from), personLink(edge->to));
        html += QStringLiteral("</p><p>");
        html += edge->referredOn.isValid() ? tr("On %1.").arg(dayText(edge->referredOn)) : tr("No date recorded.");
        if (edge->from != 0) {
            html += QStringLiteral("<br>")
                + (edge->mayMention ? tr("You may mention %1 when you contact them.").arg(personLink(edge->from))
                                    : tr("Ask %1 before you use their name.").arg(personLink(edge->from)));
        }
        html += QStringLiteral("</p>");
        if (!edge->note.isEmpty())
            html += section(tr("Note"), edge->note.toHtmlEscaped().replace(QLatin1Char('\n'), QStringLiteral("<br>")));
        m_summaryText->setText(html);
    } else {
        m_summaryTitle->setText(tr("Nothing selected"));
        m_summaryText->setText(QStringLiteral("<p>%1</p>").arg(
            tr("Select a person to see who introduced them, whom they introduced, and the way you reached them. "
               "Select an arrow to see when the introduction happened.")
                .toHtmlEscaped()));
    }
}

void ReferralGraphView::updateState()
{
    if (m_totalPeople == 0)
        m_pages->setCurrentWidget(m_noPeople);
    else if (isFiltered() && m_graph.nodes.size() <= 1)
        m_pages->setCurrentWidget(m_noMatch);
    else
        m_pages->setCurrentWidget(m_canvas);
    m_hint->setVisible(m_totalPeople > 0);
    updateZoomLabel();
    emit statusTextChanged();
    emit canDeleteChanged();
}

void ReferralGraphView::updateZoomLabel()
{
    m_zoomLabel->setText(tr("%1 %").arg(std::lround(zoom() * 100)));
}

void ReferralGraphView::openPerson(qint64 personId)
{
    if (personId > 0)
        emit recordRequested(QStringLiteral("people"), personId);
}

qreal ReferralGraphView::zoom() const
{
    return m_canvas->zoom();
}

void ReferralGraphView::setZoom(qreal zoom)
{
    m_canvas->scaleTo(zoom, QGraphicsView::AnchorViewCenter);
}

void ReferralGraphView::zoomIn()
{
    setZoom(zoom() * kZoomStep);
}

void ReferralGraphView::zoomOut()
{
    setZoom(zoom() / kZoomStep);
}

void ReferralGraphView::fitToWindow()
{
    const QRectF bounds = m_scene->sceneRect();
    const QSize room = m_canvas->viewport()->size();
    if (bounds.isEmpty() || room.isEmpty())
        return;
    // Never larger than 100 %: a graph of three people should not fill the screen with giant boxes.
    setZoom(std::min({room.width() / bounds.width(), room.height() / bounds.height(), 1.0}));
    m_canvas->centerOn(bounds.center());
}

bool ReferralGraphView::exportTo(const QString &path, QString *error)
{
    if (m_dirty)
        reload();
    return exportGraph(m_graph, path, error);
}

void ReferralGraphView::chooseExport()
{
    QSettings settings;
    const QString folder =
        settings.value(kExportFolderKey, QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation)).toString();
    const QString pdf = tr("PDF document, one page (*.pdf)");
    const QString png = tr("PNG picture (*.png)");
    const QString svg = tr("SVG drawing (*.svg)");
    QString chosenFilter = pdf;
    QString path = QFileDialog::getSaveFileName(this, tr("Export Referral Graph"),
                                                QDir(folder).filePath(tr("referral-graph") + QStringLiteral(".pdf")),
                                                QStringList{pdf, png, svg}.join(QStringLiteral(";;")), &chosenFilter);
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += chosenFilter == png ? QStringLiteral(".png") : chosenFilter == svg ? QStringLiteral(".svg")
                                                                                   : QStringLiteral(".pdf");
    settings.setValue(kExportFolderKey, QFileInfo(path).absolutePath());
    QString error;
    if (!exportTo(path, &error)) {
        QMessageBox::warning(this, tr("Graph Not Exported"), error);
        return;
    }
    setMessage(tr("Saved the graph to %1").arg(QDir::toNativeSeparators(path)));
}

} // namespace Inroad
