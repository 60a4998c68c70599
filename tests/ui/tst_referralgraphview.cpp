#include "graphexport.h"
#include "referralgraphscene.h"
#include "referralgraphview.h"
#include "workspace.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QGraphicsItem>
#include <QGraphicsView>
#include <QImage>
#include <QLabel>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>
#include <QWheelEvent>

#include <cmath>
#include <memory>

using namespace Inroad;

class TestReferralGraphView : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QCoreApplication::setOrganizationName(QStringLiteral("InroadTests"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_referralgraphview"));
    }

    void init()
    {
        QSettings().clear();
        m_dir = std::make_unique<QTemporaryDir>();
        m_workspace = std::make_unique<Workspace>();
        const DatabaseReport report = m_workspace->open(m_dir->filePath(QStringLiteral("graph.inroad")));
        QVERIFY2(report.ok(), qPrintable(report.message));
        m_undo = std::make_unique<QUndoStack>();
    }

    void cleanup()
    {
        m_view.reset();
        m_undo.reset();
        m_workspace.reset();
        m_dir.reset();
    }

    void emptyWorkspaceSaysWhatToDo()
    {
        showView();
        QCOMPARE(m_view->statusText(), QStringLiteral("No people yet"));
        auto *pages = m_view->findChild<QStackedWidget *>();
        QVERIFY(pages);
        QCOMPARE(pages->currentWidget()->objectName(), QStringLiteral("noPeopleState"));
        QCOMPARE(m_view->scene()->nodeCount(), 1); // "Me"
        QCOMPARE(m_view->scene()->edgeCount(), 0);
    }

    void drawsEveryPersonAndEveryReferral()
    {
        // A cycle (Ana and Bo introduced each other), two introducers (Bo came from Ana and Cy),
        // and someone nobody has introduced yet (Di).
        const qint64 ana = addPerson(QStringLiteral("Ana"), QStringLiteral("Ruiz"));
        const qint64 bo = addPerson(QStringLiteral("Bo"), QStringLiteral("Lind"));
        const qint64 cy = addPerson(QStringLiteral("Cy"), QStringLiteral("Moss"));
        const qint64 di = addPerson(QStringLiteral("Di"), QStringLiteral("Park"));
        const QList<qint64> referrals{addReferral(0, ana), addReferral(ana, bo), addReferral(bo, ana),
                                      addReferral(cy, bo), addReferral(ana, cy)};
        showView();

        ReferralGraphScene *scene = m_view->scene();
        QCOMPARE(scene->nodeCount(), 5);
        QCOMPARE(scene->edgeCount(), referrals.size());
        QCOMPARE(countItems(ReferralGraphScene::NodeKind), 5);
        QCOMPARE(countItems(ReferralGraphScene::EdgeKind), int(referrals.size()));
        for (const qint64 id : referrals) {
            QGraphicsItem *edge = scene->edgeItem(id);
            QVERIFY(edge);
            QVERIFY(!edge->boundingRect().isEmpty());
        }
        for (const qint64 id : {qint64(0), ana, bo, cy, di})
            QVERIFY(scene->nodeItem(id));

        // No box covers another, and the label of the ungrouped people covers none either.
        QList<QRectF> boxes;
        for (const qint64 id : {qint64(0), ana, bo, cy, di})
            boxes << scene->nodeItem(id)->mapRectToScene(scene->nodeItem(id)->shape().boundingRect());
        for (int i = 0; i < boxes.size(); ++i) {
            for (int j = i + 1; j < boxes.size(); ++j)
                QVERIFY2(!boxes.at(i).intersects(boxes.at(j)), qPrintable(QStringLiteral("boxes %1 and %2").arg(i).arg(j)));
        }
        QGraphicsItem *label = scene->ungroupedLabel();
        QVERIFY(label);
        for (const QRectF &box : std::as_const(boxes))
            QVERIFY(!label->sceneBoundingRect().intersects(box));
        QVERIFY(label->sceneBoundingRect().bottom() <= scene->nodeItem(di)->sceneBoundingRect().top());
        QCOMPARE(m_view->statusText(), QStringLiteral("4 people, 5 referrals"));
    }

    void referralTooltipSaysWhenAndWhetherToMention()
    {
        const qint64 ana = addPerson(QStringLiteral("Ana"), QStringLiteral("Ruiz"));
        const qint64 bo = addPerson(QStringLiteral("Bo"), QStringLiteral("Lind"));
        const qint64 cy = addPerson(QStringLiteral("Cy"), QStringLiteral("Moss"));
        const qint64 mention = addReferral(ana, bo, true, QDate(2026, 3, 3));
        const qint64 ask = addReferral(ana, cy, false, QDate(2026, 3, 4));
        showView();
        QCOMPARE(m_view->scene()->edgeItem(mention)->toolTip(),
                 QStringLiteral("Introduced on 3 Mar 2026 · you may mention Ana Ruiz"));
        QCOMPARE(m_view->scene()->edgeItem(ask)->toolTip(),
                 QStringLiteral("Introduced on 4 Mar 2026 · ask before using their name"));
    }

    void showRecordSelectsAndCentresWithoutEcho()
    {
        QList<qint64> chain{0};
        for (int i = 0; i < 7; ++i) {
            chain << addPerson(QStringLiteral("Person"), QString::number(i));
            addReferral(chain.at(i), chain.constLast());
        }
        showView();
        QSignalSpy selected(m_view.get(), &ReferralGraphView::personSelected);
        m_view->setZoom(2);
        const qint64 middle = chain.at(4);
        m_view->showRecord(middle);
        QCOMPARE(m_view->selectedPersonId(), middle);
        QCOMPARE(selected.count(), 0); // the window asked; it is not told again
        QGraphicsView *view = m_view->graphicsView();
        const QPoint centre = view->mapFromScene(m_view->scene()->nodeItem(middle)->sceneBoundingRect().center());
        QVERIFY2((centre - view->viewport()->rect().center()).manhattanLength() <= 3,
                 qPrintable(QStringLiteral("%1,%2").arg(centre.x()).arg(centre.y())));
        QCOMPARE(m_view->findChild<QLabel *>(QStringLiteral("summaryTitle"))->text(), QStringLiteral("Person 3"));

        // A click on another box selects it and tells the window.
        const qint64 next = chain.at(5);
        view->centerOn(m_view->scene()->nodeItem(next));
        QTest::mouseClick(view->viewport(), Qt::LeftButton, Qt::NoModifier, boxCentre(next));
        QCOMPARE(m_view->selectedPersonId(), next);
        QCOMPARE(selected.count(), 1);
        QCOMPARE(selected.constFirst().constFirst().toLongLong(), next);

        // Someone the filters hide is shown again.
        m_view->setFilter(ReferralGraphFilter{0, 0, int(PipelineStage::Thanked)});
        QVERIFY(!m_view->scene()->nodeItem(middle));
        m_view->showRecord(middle);
        QCOMPARE(m_view->filter().stage, -1);
        QCOMPARE(m_view->selectedPersonId(), middle);
    }

    void doubleClickOpensThePerson()
    {
        const qint64 ana = addPerson(QStringLiteral("Ana"), QStringLiteral("Ruiz"));
        addReferral(0, ana);
        showView();
        QSignalSpy requested(m_view.get(), &AreaView::recordRequested);
        QTest::mouseDClick(m_view->graphicsView()->viewport(), Qt::LeftButton, Qt::NoModifier, boxCentre(ana));
        QCOMPARE(requested.count(), 1);
        QCOMPARE(requested.constFirst().at(0).toString(), QStringLiteral("people"));
        QCOMPARE(requested.constFirst().at(1).toLongLong(), ana);
    }

    void drawingAReferralIsUndoable()
    {
        const qint64 ana = addPerson(QStringLiteral("Ana"), QStringLiteral("Ruiz"));
        const qint64 bo = addPerson(QStringLiteral("Bo"), QStringLiteral("Lind"));
        addReferral(0, ana);
        showView();
        QCOMPARE(m_view->scene()->edgeCount(), 1);

        // Shift+drag from Ana's box onto Bo's.
        QWidget *viewport = m_view->graphicsView()->viewport();
        QTest::mousePress(viewport, Qt::LeftButton, Qt::ShiftModifier, boxCentre(ana));
        QTest::mouseMove(viewport, (boxCentre(ana) + boxCentre(bo)) / 2);
        QTest::mouseMove(viewport, boxCentre(bo));
        QTest::mouseRelease(viewport, Qt::LeftButton, Qt::ShiftModifier, boxCentre(bo));
        QCOMPARE(m_undo->count(), 1);
        QCOMPARE(m_undo->undoText(), QStringLiteral("Add referral"));
        const QList<Referral> introducers = m_workspace->referrals().introducersOf(bo);
        QCOMPARE(introducers.size(), 1);
        QCOMPARE(introducers.constFirst().referrerId, ana);
        QTRY_COMPARE(m_view->scene()->edgeCount(), 2);
        QVERIFY(m_view->statusText().startsWith(QStringLiteral("Recorded that Ana Ruiz introduced Bo Lind")));

        m_undo->undo();
        QCOMPARE(m_workspace->referrals().count(), 1);
        QTRY_COMPARE(m_view->scene()->edgeCount(), 1);
        m_undo->redo();
        QTRY_COMPARE(m_view->scene()->edgeCount(), 2);
        QCOMPARE(m_workspace->referrals().introducersOf(bo).size(), 1);

        // From the handle on Me's right edge: "I found them myself".
        const QPoint handle = m_view->graphicsView()->mapFromScene(m_view->scene()->handlePosition(0));
        QTest::mousePress(viewport, Qt::LeftButton, Qt::NoModifier, handle);
        QTest::mouseMove(viewport, boxCentre(bo));
        QTest::mouseRelease(viewport, Qt::LeftButton, Qt::NoModifier, boxCentre(bo));
        QCOMPARE(m_workspace->referrals().introducersOf(bo).size(), 2);
        QTRY_COMPARE(m_view->scene()->edgeCount(), 3);
    }

    void impossibleReferralsAreRefused()
    {
        const qint64 ana = addPerson(QStringLiteral("Ana"), QStringLiteral("Ruiz"));
        const qint64 bo = addPerson(QStringLiteral("Bo"), QStringLiteral("Lind"));
        addReferral(ana, bo);
        showView();

        QVERIFY(!m_view->addReferral(ana, ana));
        QVERIFY2(m_view->statusText().contains(QStringLiteral("Nobody introduces themselves")),
                 qPrintable(m_view->statusText()));
        QVERIFY(!m_view->addReferral(bo, 0));
        QVERIFY(m_view->statusText().contains(QStringLiteral("cannot end at “Me”")));
        QVERIFY(!m_view->addReferral(ana, bo));
        QVERIFY(m_view->statusText().contains(QStringLiteral("Ana Ruiz already introduced Bo Lind")));
        QCOMPARE(m_undo->count(), 0);
        QCOMPARE(m_workspace->referrals().count(), 1);

        // A drag that starts and ends on the same box says so too.
        QWidget *viewport = m_view->graphicsView()->viewport();
        const QPoint start = boxCentre(bo);
        QTest::mousePress(viewport, Qt::LeftButton, Qt::ShiftModifier, start);
        QTest::mouseMove(viewport, start + QPoint(12, 3));
        QTest::mouseRelease(viewport, Qt::LeftButton, Qt::ShiftModifier, start + QPoint(12, 3));
        QVERIFY(m_view->statusText().contains(QStringLiteral("Nobody introduces themselves")));
        QCOMPARE(m_undo->count(), 0);
    }

    void deletingAReferralIsUndoable()
    {
        const qint64 ana = addPerson(QStringLiteral("Ana"), QStringLiteral("Ruiz"));
        const qint64 bo = addPerson(QStringLiteral("Bo"), QStringLiteral("Lind"));
        addReferral(0, ana);
        const qint64 referral = addReferral(ana, bo, true, QDate(2026, 3, 3));
        showView();
        QVERIFY(!m_view->canDelete());
        QSignalSpy canDelete(m_view.get(), &AreaView::canDeleteChanged);
        m_view->selectReferral(referral);
        QVERIFY(m_view->canDelete());
        QVERIFY(canDelete.count() > 0);
        QVERIFY(m_view->findChild<QPushButton *>(QStringLiteral("deleteReferralButton"))->isVisible());

        m_view->graphicsView()->setFocus();
        QTest::keyClick(m_view->graphicsView(), Qt::Key_Delete);
        QVERIFY(!m_workspace->referrals().find(referral));
        QCOMPARE(m_undo->undoText(), QStringLiteral("Delete referral"));
        QTRY_COMPARE(m_view->scene()->edgeCount(), 1);
        QVERIFY(!m_view->canDelete());

        m_undo->undo();
        const std::optional<Referral> back = m_workspace->referrals().find(referral);
        QVERIFY(back);
        QCOMPARE(back->referrerId, ana);
        QVERIFY(back->mayMention);
        QCOMPARE(back->referredOn, QDate(2026, 3, 3));
        QTRY_COMPARE(m_view->scene()->edgeCount(), 2);
        QVERIFY(m_view->scene()->edgeItem(referral));
    }

    void filtersDropPeople()
    {
        Organization north;
        north.name = QStringLiteral("North Labs");
        QVERIFY(m_workspace->organizations().add(north));
        Organization south;
        south.name = QStringLiteral("South Works");
        QVERIFY(m_workspace->organizations().add(south));
        const qint64 ana = addPerson(QStringLiteral("Ana"), QStringLiteral("Ruiz"), north.id, PipelineStage::Interviewed);
        const qint64 bo = addPerson(QStringLiteral("Bo"), QStringLiteral("Lind"), north.id, PipelineStage::Contacted);
        const qint64 cy = addPerson(QStringLiteral("Cy"), QStringLiteral("Moss"), south.id, PipelineStage::Contacted);
        addReferral(0, ana);
        addReferral(ana, bo);
        addReferral(bo, cy);
        showView();
        QCOMPARE(m_view->scene()->nodeCount(), 4);

        auto *organizations = m_view->findChild<QComboBox *>(QStringLiteral("organizationFilter"));
        QVERIFY(organizations);
        organizations->setCurrentIndex(organizations->findText(QStringLiteral("North Labs")));
        QCOMPARE(m_view->filter().organizationId, north.id);
        QCOMPARE(m_view->scene()->nodeCount(), 3);
        QVERIFY(!m_view->scene()->nodeItem(cy));
        QCOMPARE(m_view->scene()->edgeCount(), 2); // Bo → Cy left with Cy
        QVERIFY(m_view->statusText().contains(QStringLiteral("2 of 3 people shown")));

        auto *stages = m_view->findChild<QComboBox *>(QStringLiteral("stageFilter"));
        stages->setCurrentIndex(stages->findData(int(PipelineStage::Contacted)));
        QCOMPARE(m_view->scene()->nodeCount(), 2);
        QVERIFY(m_view->scene()->nodeItem(bo));

        stages->setCurrentIndex(stages->findData(int(PipelineStage::Thanked)));
        QCOMPARE(m_view->scene()->nodeCount(), 1);
        auto *pages = m_view->findChild<QStackedWidget *>();
        QCOMPARE(pages->currentWidget()->objectName(), QStringLiteral("noMatchState"));
        m_view->findChild<QWidget *>(QStringLiteral("noMatchState"))->findChild<QPushButton *>()->click();
        QCOMPARE(m_view->scene()->nodeCount(), 4);
        QCOMPARE(organizations->currentIndex(), 0);
    }

    void chainFromMeIsHighlighted()
    {
        const qint64 ana = addPerson(QStringLiteral("Ana"), QStringLiteral("Ruiz"));
        const qint64 bo = addPerson(QStringLiteral("Bo"), QStringLiteral("Lind"));
        const qint64 cy = addPerson(QStringLiteral("Cy"), QStringLiteral("Moss"));
        const qint64 di = addPerson(QStringLiteral("Di"), QStringLiteral("Park"));
        const qint64 meAna = addReferral(0, ana);
        const qint64 anaBo = addReferral(ana, bo);
        const qint64 boCy = addReferral(bo, cy);
        const qint64 meDi = addReferral(0, di);
        const qint64 cyAna = addReferral(cy, ana); // a cycle back
        showView();

        m_view->showRecord(cy);
        QCOMPARE(m_view->highlightedChain(), (QList<qint64>{meAna, anaBo, boCy}));
        ReferralGraphScene *scene = m_view->scene();
        const auto emphasis = [](QGraphicsItem *item) { return item->data(ReferralGraphScene::EmphasisKey).toInt(); };
        for (const qint64 id : {meAna, anaBo, boCy})
            QCOMPARE(emphasis(scene->edgeItem(id)), int(ReferralGraphScene::Emphasised));
        for (const qint64 id : {meDi, cyAna})
            QCOMPARE(emphasis(scene->edgeItem(id)), int(ReferralGraphScene::Dimmed));
        for (const qint64 id : {qint64(0), ana, bo, cy})
            QCOMPARE(emphasis(scene->nodeItem(id)), int(ReferralGraphScene::Emphasised));
        QCOMPARE(emphasis(scene->nodeItem(di)), int(ReferralGraphScene::Dimmed));
        QVERIFY(m_view->findChild<QLabel *>(QStringLiteral("summaryText"))->text().contains(QStringLiteral("How you reached them")));

        // Nothing selected: nothing dimmed.
        scene->clearSelection();
        QVERIFY(m_view->highlightedChain().isEmpty());
        QCOMPARE(emphasis(scene->edgeItem(meDi)), int(ReferralGraphScene::Normal));
        QCOMPARE(emphasis(scene->nodeItem(di)), int(ReferralGraphScene::Normal));
    }

    void searchMarksPeopleWithoutHidingAnyone()
    {
        const qint64 ana = addPerson(QStringLiteral("Ana"), QStringLiteral("Ruiz"));
        const qint64 bo = addPerson(QStringLiteral("Bo"), QStringLiteral("Ruiz"));
        const qint64 cy = addPerson(QStringLiteral("Cy"), QStringLiteral("Moss"));
        addReferral(0, ana);
        addReferral(ana, bo);
        addReferral(ana, cy);
        showView();
        m_view->setFilterText(QStringLiteral("  ruiz "));
        const auto matched = [this](qint64 id) {
            return m_view->scene()->nodeItem(id)->data(ReferralGraphScene::MatchKey).toBool();
        };
        QVERIFY(matched(ana));
        QVERIFY(matched(bo));
        QVERIFY(!matched(cy));
        QCOMPARE(m_view->scene()->nodeCount(), 4);
        QVERIFY2(m_view->statusText().startsWith(QStringLiteral("2 named “ruiz”")), qPrintable(m_view->statusText()));
        m_view->setFilterText(QString());
        QVERIFY(!matched(ana));
    }

    void reloadKeepsSelectionAndZoom()
    {
        const qint64 ana = addPerson(QStringLiteral("Ana"), QStringLiteral("Ruiz"));
        addReferral(0, ana);
        showView();
        m_view->showRecord(ana);
        m_view->setZoom(1.5);
        QSignalSpy selected(m_view.get(), &ReferralGraphView::personSelected);
        const qint64 bo = addPerson(QStringLiteral("Bo"), QStringLiteral("Lind"));
        QTRY_VERIFY(m_view->scene()->nodeItem(bo));
        QCOMPARE(m_view->selectedPersonId(), ana);
        QCOMPARE(m_view->zoom(), 1.5);
        QCOMPARE(selected.count(), 0);
    }

    void zoomKeysAndWheel()
    {
        for (int i = 0; i < 12; ++i)
            addReferral(0, addPerson(QStringLiteral("Person"), QString::number(i)));
        showView();
        m_view->setZoom(1);
        m_view->findChild<QAction *>(QStringLiteral("zoomInAction"))->trigger();
        QVERIFY(m_view->zoom() > 1);
        m_view->findChild<QAction *>(QStringLiteral("zoomOutAction"))->trigger();
        m_view->findChild<QAction *>(QStringLiteral("zoomOutAction"))->trigger();
        QVERIFY(m_view->zoom() < 1);
        QVERIFY(m_view->findChild<QAction *>(QStringLiteral("zoomInAction"))->shortcuts().contains(
            QKeySequence(Qt::CTRL | Qt::Key_Equal)));
        QCOMPARE(m_view->findChild<QAction *>(QStringLiteral("fitAction"))->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_0));

        // Ctrl+0 fits the whole graph into the window.
        m_view->setZoom(3);
        QGraphicsView *view = m_view->graphicsView();
        QApplication::setActiveWindow(m_view.get());
        QVERIFY(QTest::qWaitForWindowActive(m_view.get()));
        view->setFocus();
        QTest::keyClick(view, Qt::Key_0, Qt::ControlModifier);
        QVERIFY(m_view->zoom() < 1);
        const QRect whole = view->mapFromScene(m_view->scene()->sceneRect()).boundingRect();
        QVERIFY(view->viewport()->rect().adjusted(-2, -2, 2, 2).contains(whole));
        const qreal fitted = m_view->zoom();
        QTest::keyClick(view, Qt::Key_Equal, Qt::ControlModifier);
        QVERIFY(m_view->zoom() > fitted);

        // A mouse wheel zooms, with or without Ctrl; a touchpad's two-finger scroll pans.
        const QPointF at = view->viewport()->rect().center();
        qreal before = m_view->zoom();
        QWheelEvent plain(at, view->viewport()->mapToGlobal(at), QPoint(), QPoint(0, 120), Qt::NoButton, Qt::NoModifier,
                          Qt::NoScrollPhase, false);
        QCoreApplication::sendEvent(view->viewport(), &plain);
        QVERIFY(m_view->zoom() > before);
        before = m_view->zoom();
        QWheelEvent zooming(at, view->viewport()->mapToGlobal(at), QPoint(), QPoint(0, -120), Qt::NoButton,
                            Qt::ControlModifier, Qt::NoScrollPhase, false);
        QCoreApplication::sendEvent(view->viewport(), &zooming);
        QVERIFY(m_view->zoom() < before);
        before = m_view->zoom();
        QWheelEvent touchpad(at, view->viewport()->mapToGlobal(at), QPoint(0, 40), QPoint(0, 120), Qt::NoButton,
                             Qt::NoModifier, Qt::ScrollUpdate, false);
        QCoreApplication::sendEvent(view->viewport(), &touchpad);
        QCOMPARE(m_view->zoom(), before);
    }

    void exportWritesEachFormat_data()
    {
        QTest::addColumn<QString>("suffix");
        QTest::newRow("png") << QStringLiteral("png");
        QTest::newRow("svg") << QStringLiteral("svg");
        QTest::newRow("pdf") << QStringLiteral("pdf");
    }

    void exportWritesEachFormat()
    {
        QFETCH(QString, suffix);
        const qint64 ana = addPerson(QStringLiteral("Ana"), QStringLiteral("Ruiz"));
        const qint64 bo = addPerson(QStringLiteral("Bo"), QStringLiteral("Lind"));
        addPerson(QStringLiteral("Cy"), QStringLiteral("Moss"));
        addReferral(0, ana);
        addReferral(ana, bo, true, QDate(2026, 3, 3));
        showView();
        const QString path = m_dir->filePath(QStringLiteral("graph.") + suffix);
        QString error;
        QVERIFY2(m_view->exportTo(path, &error), qPrintable(error));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        QVERIFY(bytes.size() > 200);
        if (suffix == QLatin1String("png")) {
            QImage image;
            QVERIFY(image.loadFromData(bytes, "PNG"));
            // Twice the size of the graph at 100 %.
            ReferralGraphScene printed(ReferralGraphScene::Mode::Print);
            printed.setGraph(m_view->graph());
            QCOMPARE(image.width(), int(std::ceil(printed.sceneRect().width() * 2)));
        } else if (suffix == QLatin1String("svg")) {
            QVERIFY(bytes.startsWith("<?xml") || bytes.startsWith("<svg"));
            QVERIFY(bytes.contains("Ana Ruiz"));
        } else {
            QVERIFY(bytes.startsWith("%PDF"));
        }

        // The same from the workspace, as the command line does it.
        const QString again = m_dir->filePath(QStringLiteral("again.") + suffix);
        QVERIFY2(exportGraph(m_workspace->database(), ReferralGraphFilter(), again, &error), qPrintable(error));
        QVERIFY(QFileInfo(again).size() > 200);
    }

    void exportRefusesAnUnknownKind()
    {
        addPerson(QStringLiteral("Ana"), QStringLiteral("Ruiz"));
        showView();
        const QString path = m_dir->filePath(QStringLiteral("graph.jpg"));
        QString error;
        QVERIFY(!m_view->exportTo(path, &error));
        QVERIFY2(error.contains(QStringLiteral(".png, .svg or .pdf")), qPrintable(error));
        QVERIFY(error.contains(QStringLiteral("graph.jpg")));
        QVERIFY(!QFile::exists(path));
    }

private:
    void showView()
    {
        m_view = std::make_unique<ReferralGraphView>(*m_workspace, *m_undo);
        m_view->resize(1200, 800);
        m_view->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_view.get()));
    }

    qint64 addPerson(const QString &first, const QString &last, qint64 organizationId = 0,
                     PipelineStage stage = PipelineStage::Identified)
    {
        Person p;
        p.firstName = first;
        p.lastName = last;
        p.organizationId = organizationId;
        p.stage = stage;
        if (!m_workspace->people().add(p))
            qFatal("cannot add a person");
        return p.id;
    }

    qint64 addReferral(qint64 from, qint64 to, bool mayMention = false, const QDate &day = QDate(2026, 3, 1))
    {
        Referral r;
        r.referrerId = from;
        r.referredId = to;
        r.mayMention = mayMention;
        r.referredOn = day;
        if (!m_workspace->referrals().add(r))
            qFatal("cannot add a referral");
        return r.id;
    }

    int countItems(int kind) const
    {
        int count = 0;
        const QList<QGraphicsItem *> items = m_view->scene()->items();
        for (const QGraphicsItem *item : items) {
            if (item->data(ReferralGraphScene::KindKey).toInt() == kind)
                ++count;
        }
        return count;
    }

    // Where a person's box is on screen, left of its middle (clear of the handle).
    QPoint boxCentre(qint64 personId) const
    {
        const QRectF box = m_view->scene()->nodeItem(personId)->sceneBoundingRect();
        return m_view->graphicsView()->mapFromScene(QPointF(box.left() + box.width() * 0.4, box.center().y()));
    }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Workspace> m_workspace;
    std::unique_ptr<QUndoStack> m_undo;
    std::unique_ptr<ReferralGraphView> m_view;
};

QTEST_MAIN(TestReferralGraphView)

#include "tst_referralgraphview.moc"
