#include "emptystate.h"
#include "mergepeopledialog.h"
#include "testsupport.h"

#include <QComboBox>
#include <QListWidget>
#include <QPushButton>
#include <QTableWidget>
#include <QTest>
#include <QTextBrowser>
#include <QUndoStack>

using namespace Inroad;
using namespace InroadTest;

class TestMergePeopleDialog final : public QObject
{
    Q_OBJECT

private:
    static qint64 addPerson(TempWorkspace &tw, const QString &first, const QString &last, const QString &email,
                            const QString &phone = {})
    {
        Person p;
        p.firstName = first;
        p.lastName = last;
        p.email = email;
        p.phone = phone;
        if (!tw.workspace.people().add(p))
            qFatal("cannot add person");
        return p.id;
    }

private slots:
    void emptyStateWhenNoneFound()
    {
        TempWorkspace tw;
        addPerson(tw, QStringLiteral("Ann"), QStringLiteral("Lee"), QStringLiteral("ann@x.org"));
        QUndoStack stack;
        MergePeopleDialog dialog(tw.workspace, stack);
        dialog.show();
        QVERIFY(dialog.showsEmptyState());
        QVERIFY(dialog.emptyState()->isVisible());
        QCOMPARE(dialog.emptyState()->text(),
                 QStringLiteral("No duplicates found. People count as duplicates when they share an e-mail address, "
                                "a LinkedIn profile, or a name at the same organization."));
        QVERIFY(!dialog.mergeButton()->isVisible());
    }

    void showsGroupsAndMergesWithTheButton()
    {
        TempWorkspace tw;
        const qint64 ann = addPerson(tw, QStringLiteral("Ann"), QStringLiteral("Lee"), QStringLiteral("ann@x.org"));
        const qint64 annie = addPerson(tw, QStringLiteral("Annie"), QStringLiteral("Lee"), QStringLiteral("ANN@x.org"),
                                       QStringLiteral("555-0101"));
        addPerson(tw, QStringLiteral("Bo"), QStringLiteral("Chen"), QStringLiteral("bo@x.org"));
        addPerson(tw, QStringLiteral("Bo"), QStringLiteral("Chen"), QStringLiteral("bo@x.org"));
        // Annie has an interview, so she is kept by default.
        exec(tw.db().connection(),
             QStringLiteral("INSERT INTO interviews (person_id, created_at, updated_at) VALUES (%1, 'c', 'u')").arg(annie));

        QUndoStack stack;
        MergePeopleDialog dialog(tw.workspace, stack);
        dialog.show();
        QVERIFY(!dialog.showsEmptyState());
        QCOMPARE(dialog.groupList()->count(), 2);
        QCOMPARE(dialog.groupList()->currentRow(), 0);
        QVERIFY(dialog.groupList()->item(0)->text().contains(QStringLiteral("Bo Chen")));
        dialog.groupList()->setCurrentRow(1);
        QVERIFY(dialog.groupList()->item(1)->text().contains(QStringLiteral("same e-mail address")));
        QCOMPARE(dialog.survivorId(), annie);

        // One column per person and one for the result; the differing names are highlighted.
        QTableWidget *table = dialog.comparisonTable();
        QCOMPARE(table->columnCount(), 3);
        QCOMPARE(table->item(0, 0)->text(), QStringLiteral("Ann Lee"));
        QVERIFY(table->item(0, 0)->background().style() != Qt::NoBrush);
        QCOMPARE(table->item(3, 0)->background().style(), Qt::NoBrush); // the same address
        QCOMPARE(table->item(0, 2)->text(), QStringLiteral("Annie Lee"));
        QVERIFY(dialog.conflictPreview()->toPlainText().contains(QStringLiteral("First name: Ann ")));

        // Keeping Ann instead fills her phone from Annie.
        dialog.setSurvivorId(ann);
        QCOMPARE(table->item(4, 2)->text(), QStringLiteral("555-0101"));

        QTest::mouseClick(dialog.mergeButton(), Qt::LeftButton);
        QCOMPARE(stack.count(), 1);
        QCOMPARE(stack.undoText(), QStringLiteral("Merge 2 people"));
        QCOMPARE(dialog.groupList()->count(), 1);
        QVERIFY(!tw.workspace.people().find(annie));
        QCOMPARE(tw.workspace.people().find(ann)->phone, QStringLiteral("555-0101"));

        // Enter merges the remaining group; then nothing is left.
        QTest::keyClick(dialog.groupList(), Qt::Key_Return);
        QCOMPARE(stack.count(), 2);
        QVERIFY(dialog.showsEmptyState());
        QVERIFY(dialog.isVisible());

        stack.undo();
        stack.undo();
        QCOMPARE(tw.workspace.people().count(), 4);
    }

    void notDuplicatesHidesTheGroupForTheSession()
    {
        TempWorkspace tw;
        addPerson(tw, QStringLiteral("Ann"), QStringLiteral("Lee"), QStringLiteral("ann@x.org"));
        addPerson(tw, QStringLiteral("Annie"), QStringLiteral("Lee"), QStringLiteral("ann@x.org"));
        QUndoStack stack;
        {
            MergePeopleDialog dialog(tw.workspace, stack);
            QCOMPARE(dialog.groupList()->count(), 1);
            QTest::mouseClick(dialog.notDuplicatesButton(), Qt::LeftButton);
            QVERIFY(dialog.showsEmptyState());
        }
        MergePeopleDialog again(tw.workspace, stack);
        QVERIFY(again.showsEmptyState());
        QCOMPARE(stack.count(), 0);
    }

    void escapeCloses()
    {
        TempWorkspace tw;
        QUndoStack stack;
        MergePeopleDialog dialog(tw.workspace, stack);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QTest::keyClick(&dialog, Qt::Key_Escape);
        QVERIFY(!dialog.isVisible());
    }
};

QTEST_MAIN(TestMergePeopleDialog)
#include "tst_mergepeopledialog.moc"
