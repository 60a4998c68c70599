#include "mainwindow.h"
#include "markdowneditor.h"
#include "noteeditor.h"
#include "notespanel.h"
#include "notesview.h"
#include "notelistmodel.h"
#include "searchdialog.h"
#include "searchindex.h"
#include "workspace.h"

#include <QAction>
#include <QComboBox>
#include <QDateEdit>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QPushButton>
#include <QTest>
#include <QTextBrowser>
#include <QTextCursor>
#include <QUndoStack>

#include <memory>

using namespace Inroad;

namespace {

void select(QPlainTextEdit *edit, int start, int end)
{
    QTextCursor cursor = edit->textCursor();
    cursor.setPosition(start);
    cursor.setPosition(end, QTextCursor::KeepAnchor);
    edit->setTextCursor(cursor);
}

} // namespace

class TestNotes : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Workspace> m_workspace;
    std::unique_ptr<QUndoStack> m_undo;
    qint64 m_personId = 0;

    std::unique_ptr<Workspace> openWorkspace(const QString &name)
    {
        auto workspace = std::make_unique<Workspace>();
        const DatabaseReport report = workspace->open(m_dir->filePath(name));
        if (!report.ok())
            qFatal("%s", qPrintable(report.message));
        return workspace;
    }
    qint64 addNote(const QString &body, QDate day = QDate(2026, 11, 2))
    {
        Note n;
        n.setSubject(NoteSubject::Person, m_personId);
        n.body = body;
        n.notedOn = day;
        return m_workspace->notes().add(n) ? n.id : 0;
    }
    QString storedBody(qint64 id) const { return m_workspace->notes().find(id)->body; }

private slots:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        m_workspace = openWorkspace(QStringLiteral("notes.inroad"));
        m_undo = std::make_unique<QUndoStack>();
        Person p;
        p.firstName = QStringLiteral("Ana");
        p.lastName = QStringLiteral("Ruiz");
        QVERIFY(m_workspace->people().add(p));
        m_personId = p.id;
    }
    void cleanup()
    {
        m_undo.reset();
        m_workspace.reset();
        m_dir.reset();
    }

    // ---- the Markdown editor's buttons ---------------------------------------------------------

    void boldWrapsAndUnwraps()
    {
        MarkdownEditor editor;
        editor.setText(QStringLiteral("a quick note"));
        QPlainTextEdit *text = editor.textEdit();
        select(text, 2, 7);
        editor.toggleBold();
        QCOMPARE(editor.text(), QStringLiteral("a **quick** note"));
        QCOMPARE(text->textCursor().selectedText(), QStringLiteral("quick"));
        editor.toggleBold(); // the same selection: the marks come off again
        QCOMPARE(editor.text(), QStringLiteral("a quick note"));
        // One step of the text's own undo each.
        text->undo();
        QCOMPARE(editor.text(), QStringLiteral("a **quick** note"));
    }

    void italicWithoutSelectionPutsTheCursorInside()
    {
        MarkdownEditor editor;
        editor.setText(QStringLiteral("x "));
        QTextCursor cursor = editor.textEdit()->textCursor();
        cursor.movePosition(QTextCursor::End);
        editor.textEdit()->setTextCursor(cursor);
        editor.toggleItalic();
        QTest::keyClicks(editor.textEdit(), QStringLiteral("word"));
        QCOMPARE(editor.text(), QStringLiteral("x *word*"));
    }

    void headingAndListToggleEveryLine()
    {
        MarkdownEditor editor;
        editor.setText(QStringLiteral("one\ntwo\nthree"));
        QPlainTextEdit *text = editor.textEdit();
        select(text, 0, 6); // "one" and part of "two"
        editor.toggleList();
        QCOMPARE(editor.text(), QStringLiteral("- one\n- two\nthree"));
        select(text, 0, 8);
        editor.toggleList();
        QCOMPARE(editor.text(), QStringLiteral("one\ntwo\nthree"));
        // A numbered item counts as a list item, so the list mark replaces nothing else.
        editor.setText(QStringLiteral("1. first"));
        select(editor.textEdit(), 0, 0);
        editor.toggleList();
        QCOMPARE(editor.text(), QStringLiteral("first"));

        editor.setText(QStringLiteral("### Title\nbody"));
        select(editor.textEdit(), 0, 0);
        editor.toggleHeading();
        QCOMPARE(editor.text(), QStringLiteral("Title\nbody"));
        editor.toggleHeading();
        QCOMPARE(editor.text(), QStringLiteral("## Title\nbody"));
    }

    void linkSelectsWhatIsLeftToType()
    {
        MarkdownEditor editor;
        editor.setText(QStringLiteral("see the guide"));
        select(editor.textEdit(), 8, 13);
        editor.insertLink();
        QCOMPARE(editor.text(), QStringLiteral("see the [guide](https://)"));
        QCOMPARE(editor.textEdit()->textCursor().selectedText(), QStringLiteral("https://"));

        editor.setText(QStringLiteral("https://example.org"));
        select(editor.textEdit(), 0, 19);
        editor.insertLink();
        QCOMPARE(editor.text(), QStringLiteral("[text](https://example.org)"));
        QCOMPARE(editor.textEdit()->textCursor().selectedText(), QStringLiteral("text"));
    }

    void shortcutsWorkInTheText()
    {
        MarkdownEditor editor;
        editor.show();
        QVERIFY(QTest::qWaitForWindowActive(&editor));
        editor.setText(QStringLiteral("hello"));
        editor.textEdit()->setFocus();
        editor.textEdit()->selectAll();
        QTest::keyClick(editor.textEdit(), Qt::Key_B, Qt::ControlModifier);
        QCOMPARE(editor.text(), QStringLiteral("**hello**"));
        QTest::keyClick(editor.textEdit(), Qt::Key_H, Qt::ControlModifier | Qt::ShiftModifier);
        QCOMPARE(editor.text(), QStringLiteral("## **hello**"));
    }

    void previewRendersAndSetTextIsNotAnEdit()
    {
        MarkdownEditor editor;
        QSignalSpy edited(&editor, &MarkdownEditor::textEdited);
        editor.setText(QStringLiteral("# Notes\n\nShe said **yes**."));
        QCOMPARE(edited.count(), 0);
        QTRY_VERIFY(editor.preview()->toPlainText().contains(QStringLiteral("She said yes.")));
        QVERIFY(!editor.preview()->toPlainText().contains(QLatin1Char('*')));
        QVERIFY(editor.highlighter());
        QTest::keyClicks(editor.textEdit(), QStringLiteral("!"));
        QCOMPARE(edited.count(), 1);
        editor.setPreviewVisible(false);
        QVERIFY(!editor.isPreviewVisible());
        QVERIFY(!editor.previewAction()->isChecked());
    }

    // ---- saving: one undo step per pause, nothing lost -----------------------------------------

    void typingIsSavedAfterAPauseAsOneUndoStep()
    {
        const qint64 id = addNote(QStringLiteral("Start."));
        NoteEditor editor(*m_workspace, *m_undo);
        editor.show();
        QVERIFY(QTest::qWaitForWindowActive(&editor));
        editor.showNote(id);
        QPlainTextEdit *text = editor.markdown()->textEdit();
        text->setFocus();
        text->moveCursor(QTextCursor::End);
        QTest::keyClicks(text, QStringLiteral(" More"));
        QVERIFY(editor.hasPendingEdits());
        QCOMPARE(storedBody(id), QStringLiteral("Start.")); // not yet: the pause has not passed
        QTRY_COMPARE(storedBody(id), QStringLiteral("Start. More"));
        QCOMPARE(m_undo->count(), 1);
        QTest::keyClicks(text, QStringLiteral(" Again"));
        QTRY_COMPARE(storedBody(id), QStringLiteral("Start. More Again"));
        QCOMPARE(m_undo->count(), 2);

        // Undo in the window puts the text back, in the store and on screen.
        m_undo->undo();
        QCOMPARE(storedBody(id), QStringLiteral("Start. More"));
        QTRY_COMPARE(editor.markdown()->text(), QStringLiteral("Start. More"));
        m_undo->undo();
        QTRY_COMPARE(editor.markdown()->text(), QStringLiteral("Start."));
        m_undo->redo();
        QTRY_COMPARE(editor.markdown()->text(), QStringLiteral("Start. More"));
    }

    void titleAndDateAreSaved()
    {
        const qint64 id = addNote(QStringLiteral("x"));
        NoteEditor editor(*m_workspace, *m_undo);
        editor.showNote(id);
        QTest::keyClicks(editor.titleField(), QStringLiteral("Coffee with Ana"));
        editor.dateField()->setDate(QDate(2026, 10, 30)); // a date saves at once, with the title
        const Note stored = *m_workspace->notes().find(id);
        QCOMPARE(stored.title, QStringLiteral("Coffee with Ana"));
        QCOMPARE(stored.notedOn, QDate(2026, 10, 30));
    }

    void nothingIsLostOnHideSwitchOrDestruction()
    {
        const qint64 first = addNote(QStringLiteral("one"));
        const qint64 second = addNote(QStringLiteral("two"));
        auto editor = std::make_unique<NoteEditor>(*m_workspace, *m_undo);
        editor->show();
        QVERIFY(QTest::qWaitForWindowExposed(editor.get()));
        editor->showNote(first);
        editor->markdown()->textEdit()->moveCursor(QTextCursor::End);
        QTest::keyClicks(editor->markdown()->textEdit(), QStringLiteral("!"));
        editor->hide(); // closing the window hides it
        QCOMPARE(storedBody(first), QStringLiteral("one!"));

        editor->show();
        QTest::keyClicks(editor->markdown()->textEdit(), QStringLiteral("?"));
        editor->showNote(second); // switching notes
        QCOMPARE(storedBody(first), QStringLiteral("one!?"));

        QTest::keyClicks(editor->markdown()->textEdit(), QStringLiteral("2"));
        editor.reset(); // an editor deleted while it shows typing
        QVERIFY(storedBody(second).contains(QLatin1Char('2')));
    }

    void closingTheWindowSavesTyping()
    {
        auto workspace = openWorkspace(QStringLiteral("window.inroad"));
        Person p;
        p.firstName = QStringLiteral("Bo");
        QVERIFY(workspace->people().add(p));
        Note n;
        n.setSubject(NoteSubject::Person, p.id);
        n.body = QStringLiteral("draft");
        QVERIFY(workspace->notes().add(n));
        Workspace *ws = workspace.get();
        auto *window = new MainWindow(std::move(workspace));
        window->show();
        QVERIFY(QTest::qWaitForWindowActive(window));
        window->openSearchHit([&] {
            SearchHit hit;
            hit.kind = SearchHit::Kind::Note;
            hit.recordId = n.id;
            return hit;
        }());
        auto *notes = qobject_cast<NotesView *>(window->currentArea());
        QVERIFY(notes);
        QCOMPARE(notes->editor()->noteId(), n.id);
        QPlainTextEdit *text = notes->editor()->markdown()->textEdit();
        text->moveCursor(QTextCursor::End);
        QTest::keyClicks(text, QStringLiteral(" done"));
        window->close();
        QCOMPARE(ws->notes().find(n.id)->body, QStringLiteral("draft done"));
        delete window;
    }

    void postInterviewTemplateInsertsTheHeadings()
    {
        const qint64 id = addNote(QStringLiteral("Quick jot"));
        NoteEditor editor(*m_workspace, *m_undo);
        editor.showNote(id);
        editor.markdown()->textEdit()->moveCursor(QTextCursor::End);
        editor.insertPostInterviewTemplate();
        const QString body = storedBody(id);
        QVERIFY(body.startsWith(QStringLiteral("Quick jot\n\n## What I learned")));
        QVERIFY(body.contains(QStringLiteral("## Referrals")));
        QCOMPARE(m_undo->count(), 1);
    }

    // ---- notes on a record ---------------------------------------------------------------------

    void panelAddsListsAndDeletesUndoably()
    {
        QTabWidget tabs;
        tabs.addTab(new QWidget, QStringLiteral("Details"));
        auto *panel = new NotesPanel(*m_workspace, *m_undo);
        panel->addAsTab(&tabs);
        panel->setSubject(NoteSubject::Person, m_personId);
        tabs.show();
        QVERIFY(QTest::qWaitForWindowExposed(&tabs));
        QCOMPARE(panel->noteCount(), 0);
        QCOMPARE(tabs.tabText(1), QStringLiteral("&Notes"));
        // Empty, the panel offers New Note once: in its empty state, not in the button row too.
        tabs.setCurrentIndex(1);
        const auto newNoteButtons = [panel] {
            int visible = 0;
            for (const QPushButton *button : panel->findChildren<QPushButton *>())
                visible += button->isVisibleTo(panel) && button->text().remove(QLatin1Char('&')) == QStringLiteral("New Note");
            return visible;
        };
        QCOMPARE(newNoteButtons(), 1);
        QVERIFY(!panel->findChild<QPushButton *>(QStringLiteral("newNoteButton"))->isVisibleTo(panel));

        panel->addNote();
        QCOMPARE(newNoteButtons(), 1);
        QVERIFY(panel->findChild<QPushButton *>(QStringLiteral("newNoteButton"))->isVisibleTo(panel));
        QCOMPARE(panel->noteCount(), 1);
        QCOMPARE(m_workspace->notes().forPerson(m_personId).size(), 1);
        QCOMPARE(tabs.tabText(1), QStringLiteral("&Notes (1)"));
        const qint64 id = panel->editor()->noteId();
        QVERIFY(id > 0);
        QCOMPARE(m_workspace->notes().find(id)->notedOn, QDate::currentDate());

        QTest::keyClicks(panel->editor()->markdown()->textEdit(), QStringLiteral("Met at the fair"));
        QTRY_COMPARE(storedBody(id), QStringLiteral("Met at the fair"));
        QTRY_COMPARE(panel->list()->item(0)->text().endsWith(QStringLiteral("Met at the fair")), true);

        panel->deleteSelectedNote();
        QCOMPARE(m_workspace->notes().count(), 0);
        QTRY_COMPARE(panel->noteCount(), 0);
        m_undo->undo();
        QTRY_COMPARE(panel->noteCount(), 1);
        QCOMPARE(storedBody(id), QStringLiteral("Met at the fair"));

        // A note about someone else does not appear here.
        Person other;
        other.firstName = QStringLiteral("Cy");
        QVERIFY(m_workspace->people().add(other));
        Note elsewhere;
        elsewhere.setSubject(NoteSubject::Person, other.id);
        QVERIFY(m_workspace->notes().add(elsewhere));
        QTest::qWait(20);
        QCOMPARE(panel->noteCount(), 1);

        // Without a record (a new one being typed), the tab is disabled.
        panel->setSubject(NoteSubject::Person, 0);
        QVERIFY(!tabs.isTabEnabled(1));
    }

    void interviewPanelOffersThePostInterviewNote()
    {
        Interview i;
        i.personId = m_personId;
        QVERIFY(m_workspace->interviews().add(i));
        NotesPanel panel(*m_workspace, *m_undo);
        panel.setSubject(NoteSubject::Interview, i.id);
        panel.addNote(true);
        const QList<Note> notes = m_workspace->notes().forInterview(i.id);
        QCOMPARE(notes.size(), 1);
        QVERIFY(notes.first().body.startsWith(QStringLiteral("## What I learned")));
        // Adding and filling in are separate steps: undo keeps the empty note first.
        QCOMPARE(m_undo->count(), 2);
    }

    // ---- the Notes area ------------------------------------------------------------------------

    void areaListsFiltersAndOpens()
    {
        Organization o;
        o.name = QStringLiteral("Harbor Clinic");
        QVERIFY(m_workspace->organizations().add(o));
        const qint64 personNote = addNote(QStringLiteral("Ana: about night shifts"), QDate(2026, 11, 1));
        Note orgNote;
        orgNote.setSubject(NoteSubject::Organization, o.id);
        orgNote.body = QStringLiteral("Clinic visit");
        orgNote.notedOn = QDate(2026, 11, 5);
        QVERIFY(m_workspace->notes().add(orgNote));

        NotesView view(*m_workspace, *m_undo);
        view.resize(1100, 600);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QCOMPARE(view.model()->rowCount(), 2);
        QCOMPARE(view.statusText(), QStringLiteral("2 note(s)")); // English plurals come from the translation
        view.subjectFilter()->setCurrentIndex(view.subjectFilter()->findData(int(NoteSubject::Organization)));
        QCOMPARE(view.model()->rowCount(), 1);
        QCOMPARE(view.statusText(), QStringLiteral("1 of 2 note(s) shown"));

        // Opening a note that the filter hides shows every note again.
        view.showRecord(personNote);
        QCOMPARE(view.model()->rowCount(), 2);
        QCOMPARE(view.editor()->noteId(), personNote);
        QCOMPARE(view.list()->currentIndex().data(NoteListModel::IdRole).toLongLong(), personNote);

        QSignalSpy requested(&view, &AreaView::recordRequested);
        emit view.editor()->subjectActivated(NoteSubject::Person, m_personId);
        QCOMPARE(requested.count(), 1);
        QCOMPARE(requested.first().at(0).toString(), QStringLiteral("people"));

        const qint64 added = view.addNote(NoteSubject::Organization, o.id);
        QVERIFY(added > 0);
        QTRY_COMPARE(view.model()->rowCount(), 3);
        QCOMPARE(view.editor()->noteId(), added);
        view.deleteSelected();
        QTRY_COMPARE(view.model()->rowCount(), 2);
        m_undo->undo();
        QTRY_COMPARE(view.model()->rowCount(), 3);
    }

    void emptyAreaSaysWhatToDo()
    {
        NotesView view(*m_workspace, *m_undo);
        QCOMPARE(view.statusText(), QStringLiteral("No notes yet"));
        QVERIFY(view.findChild<QWidget *>(QStringLiteral("noNotesState"))->isVisibleTo(&view));
    }

    // ---- search everywhere, from the window ----------------------------------------------------

    void ctrlKOpensSearchAndEnterOpensTheRecord()
    {
        auto workspace = openWorkspace(QStringLiteral("search.inroad"));
        Person p;
        p.firstName = QStringLiteral("Zoë");
        p.lastName = QStringLiteral("Ångström");
        QVERIFY(workspace->people().add(p));
        MainWindow window(std::move(workspace));
        window.show();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        QTest::keyClick(&window, Qt::Key_K, Qt::ControlModifier);
        auto *dialog = window.findChild<SearchDialog *>();
        QVERIFY(dialog);
        QTRY_VERIFY(dialog->isVisible());
        QTest::keyClicks(dialog->field(), QStringLiteral("angst"));
        QTRY_VERIFY(dialog->list()->model()->rowCount() >= 2);
        QTest::keyClick(dialog->field(), Qt::Key_Return);
        QTRY_VERIFY(!dialog->isVisible());
        QCOMPARE(window.currentArea()->title(), QStringLiteral("People"));
    }
};

QTEST_MAIN(TestNotes)
#include "tst_notes.moc"
