#include "interviewdocuments.h"
#include "interviewdocumentsmenu.h"
#include "packetdialog.h"
#include "templateeditordialog.h"
#include "templatehighlighter.h"
#include "workspace.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QLabel>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QRadioButton>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QTextBrowser>
#include <QTextDocument>
#include <QTextLayout>
#include <QUndoStack>

#include <memory>

using namespace Inroad;

namespace {

// The format the highlighter gave the character at @p position of @p block.
QTextCharFormat formatAt(const QTextBlock &block, int position)
{
    const QList<QTextLayout::FormatRange> ranges = block.layout()->formats();
    for (const QTextLayout::FormatRange &r : ranges) {
        if (position >= r.start && position < r.start + r.length)
            return r.format;
    }
    return {};
}

} // namespace

class TestDocumentsUi final : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Workspace> m_workspace;
    std::unique_ptr<QUndoStack> m_undo;
    qint64 m_interview = 0;

private slots:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        m_workspace = std::make_unique<Workspace>();
        QVERIFY(m_workspace->open(m_dir->filePath(QStringLiteral("docs.inroad"))).ok());
        m_undo = std::make_unique<QUndoStack>();
        Person p;
        p.firstName = QStringLiteral("Ana");
        p.lastName = QStringLiteral("Ruiz");
        QVERIFY(m_workspace->people().add(p));
        Interview i;
        i.personId = p.id;
        i.status = InterviewStatus::Done;
        i.scheduledStart = QDateTime(QDate::currentDate().addDays(-1), QTime(10, 0)).toUTC();
        QVERIFY(m_workspace->interviews().add(i));
        m_interview = i.id;
    }
    void cleanup()
    {
        m_undo.reset();
        m_workspace.reset();
        m_dir.reset();
    }

    void highlighterColoursPlaceholdersSectionsAndUnknownNames()
    {
        QPlainTextEdit edit; // its document has the plain-text layout of the editor
        QTextDocument &document = *edit.document();
        TemplateHighlighter highlighter(&document, edit.palette());
        highlighter.setKnownNames(InterviewDocuments::placeholderNames());
        edit.setPlainText(QStringLiteral("<p>{{person.name}} {{person.nam}}</p>\n"
                                         "{{#questions}}\n"
                                         "{{text}} {{! a comment\n"
                                         "over two lines }} {{text}}\n"
                                         "{{/questions}}\n"
                                         "{{text}}"));
        const QTextBlock first = document.firstBlock();
        QCOMPARE(formatAt(first, 0), highlighter.format(TemplateHighlighter::Markup));
        QCOMPARE(formatAt(first, 4), highlighter.format(TemplateHighlighter::Placeholder));
        QCOMPARE(formatAt(first, 23), highlighter.format(TemplateHighlighter::Unknown)); // the typo
        QCOMPARE(formatAt(first.next(), 0), highlighter.format(TemplateHighlighter::Section));
        // Inside {{#questions}}, opened on an earlier line, {{text}} is questions.text.
        const QTextBlock third = first.next().next();
        QCOMPARE(formatAt(third, 0), highlighter.format(TemplateHighlighter::Placeholder));
        QCOMPARE(formatAt(third, 10), highlighter.format(TemplateHighlighter::Comment));
        const QTextBlock fourth = third.next();
        QCOMPARE(formatAt(fourth, 0), highlighter.format(TemplateHighlighter::Comment));
        QCOMPARE(formatAt(fourth, 18), highlighter.format(TemplateHighlighter::Placeholder));
        // After the section closes, {{text}} names nothing.
        QCOMPARE(formatAt(document.lastBlock(), 0), highlighter.format(TemplateHighlighter::Unknown));
    }

    void editorPreviewsSavesUndoablyAndResets()
    {
        TemplateEditorDialog dialog(*m_workspace, *m_undo);
        dialog.showTemplate(QStringLiteral("thank-you-letter"));
        QVERIFY(dialog.preview()->toPlainText().contains(QStringLiteral("Dear Ana,")));
        dialog.editor()->setPlainText(QStringLiteral("<p>Thanks, {{person.first_name}}!</p>"));
        QTRY_COMPARE(dialog.preview()->toPlainText(), QStringLiteral("Thanks, Ana!"));
        QVERIFY(dialog.hasUnsavedChanges());

        // A broken template says what and where, and keeps the last good preview.
        dialog.editor()->setPlainText(QStringLiteral("<p>Thanks</p>\n{{#questions}}\n"));
        QTRY_VERIFY(dialog.problem()->isVisibleTo(&dialog));
        QVERIFY2(dialog.problem()->text().contains(QStringLiteral("line 2")), qPrintable(dialog.problem()->text()));
        QCOMPARE(dialog.preview()->toPlainText(), QStringLiteral("Thanks, Ana!"));

        dialog.editor()->setPlainText(QStringLiteral("<p>Thanks, {{person.first_name}}!</p>"));
        QVERIFY(dialog.saveChanges());
        QVERIFY(!dialog.hasUnsavedChanges());
        InterviewDocuments documents(*m_workspace);
        QVERIFY(documents.isCustomized(QStringLiteral("thank-you-letter")));
        QCOMPARE(documents.html(InterviewDocument::ThankYouLetter, m_interview, DocumentOptions()),
                 QStringLiteral("<p>Thanks, Ana!</p>"));
        m_undo->undo();
        QVERIFY(!documents.isCustomized(QStringLiteral("thank-you-letter")));
        m_undo->redo();
        QVERIFY(documents.isCustomized(QStringLiteral("thank-you-letter")));

        // Reset to Default, saved, leaves no copy behind.
        dialog.resetToDefault();
        QCOMPARE(dialog.editor()->toPlainText(), InterviewDocuments::defaultTemplate(InterviewDocument::ThankYouLetter));
        QVERIFY(dialog.saveChanges());
        QVERIFY(!documents.isCustomized(QStringLiteral("thank-you-letter")));
    }

    void placeholdersInsertAtTheCursor()
    {
        TemplateEditorDialog dialog(*m_workspace, *m_undo);
        dialog.showTemplate(QStringLiteral("phone-script"));
        dialog.editor()->setPlainText(QString());
        dialog.insertPlaceholder(QStringLiteral("person.name"));
        dialog.insertPlaceholder(QStringLiteral("questions"));
        QCOMPARE(dialog.editor()->toPlainText(), QStringLiteral("{{person.name}}{{#questions}}\n\n{{/questions}}"));
        // Messages preview as plain text, drafts survive switching templates.
        dialog.showTemplate(QStringLiteral("interview-sheet"));
        dialog.showTemplate(QStringLiteral("phone-script"));
        QCOMPARE(dialog.editor()->toPlainText(), QStringLiteral("{{person.name}}{{#questions}}\n\n{{/questions}}"));
        QTRY_COMPARE(dialog.preview()->toPlainText(), QStringLiteral("Ana Ruiz"));
    }

    void thankYouIsRecordedAsSentUndoably()
    {
        InterviewDocumentsMenu menu(*m_workspace, *m_undo);
        menu.setInterviewId(m_interview);
        menu.recordThanksSent();
        const Interview after = *m_workspace->interviews().find(m_interview);
        QCOMPARE(after.thanksSentOn, QDate::currentDate());
        QCOMPARE(after.thanksChannel, ThanksChannel::Email);
        m_undo->undo();
        QVERIFY(!m_workspace->interviews().find(m_interview)->thanked());
    }

    void packetDialogChoosesInterviews()
    {
        PacketDialog dialog(*m_workspace, m_interview);
        QVERIFY(dialog.selectedChoice()->isChecked());
        QCOMPARE(dialog.interviewIds(), QList<qint64>{m_interview});
        QVERIFY(!dialog.privateCheck()->isChecked()); // personal details stay out unless ticked
        dialog.rangeChoice()->setChecked(true);
        dialog.fromField()->setDate(QDate::currentDate().addDays(-3));
        dialog.toField()->setDate(QDate::currentDate());
        QCOMPARE(dialog.interviewIds(), QList<qint64>{m_interview});
        dialog.fromField()->setDate(QDate::currentDate().addDays(10));
        dialog.toField()->setDate(QDate::currentDate().addDays(20));
        QVERIFY(dialog.interviewIds().isEmpty());

        PacketDialog nothingSelected(*m_workspace, 0);
        QVERIFY(!nothingSelected.selectedChoice()->isEnabled());
        QVERIFY(nothingSelected.rangeChoice()->isChecked());
    }
};

QTEST_MAIN(TestDocumentsUi)
#include "tst_documentsui.moc"
