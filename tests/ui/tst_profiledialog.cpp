#include "profiledialog.h"
#include "profileform.h"
#include "profilerepository.h"
#include "testsupport.h"

#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>
#include <QUndoStack>

using namespace Inroad;
using namespace InroadTest;

namespace {

QString editorText(const ProfileForm &form, Profile::Field field)
{
    QWidget *editor = form.editor(field);
    if (auto *line = qobject_cast<QLineEdit *>(editor))
        return line->text();
    if (auto *text = qobject_cast<QPlainTextEdit *>(editor))
        return text->toPlainText();
    return QStringLiteral("<no editor>");
}

void replaceText(ProfileForm &form, Profile::Field field, const QString &text)
{
    QWidget *editor = form.editor(field);
    QVERIFY(editor);
    if (auto *line = qobject_cast<QLineEdit *>(editor)) {
        line->clear();
        QTest::keyClicks(line, text);
    } else if (auto *edit = qobject_cast<QPlainTextEdit *>(editor)) {
        edit->clear();
        QTest::keyClicks(edit, text);
    }
}

Profile sampleProfile()
{
    Profile p;
    p.fullName = QStringLiteral("Alex Moreno");
    p.email = QStringLiteral("alex@student.example");
    p.phone = QStringLiteral("+1 555 0100");
    p.address = QStringLiteral("12 Elm Street\nSpringfield");
    p.linkedInUrl = QStringLiteral("https://www.linkedin.com/in/alex-moreno");
    p.website = QStringLiteral("https://alex.example.org");
    p.fieldsOfInterest = QStringLiteral("UX research, public health");
    p.selfIntroduction = QStringLiteral("I studied psychology and I am exploring research careers.");
    p.resumePath = QStringLiteral("/home/alex/cv.pdf");
    return p;
}

} // namespace

class TestProfileDialog final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void loadsEveryFieldFromTheRepository()
    {
        TempWorkspace tw;
        const Profile stored = sampleProfile();
        QVERIFY(tw.workspace.profile().update(stored));
        QUndoStack stack;
        ProfileDialog dialog(tw.workspace.profile(), stack);
        for (int f = 0; f < Profile::FieldCount; ++f) {
            const auto field = Profile::Field(f);
            QCOMPARE(editorText(*dialog.form(), field), stored.value(field).toString());
        }
        QVERIFY(dialog.okButton()->isEnabled());
    }

    void invalidInputShowsMessageAndBlocksOk_data()
    {
        QTest::addColumn<int>("field");
        QTest::addColumn<QString>("bad");
        QTest::addColumn<QString>("good");
        QTest::newRow("e-mail without domain") << int(Profile::Email) << QStringLiteral("alex@") << QStringLiteral("alex@example.org");
        QTest::newRow("e-mail with a space") << int(Profile::Email) << QStringLiteral("alex moreno@example.org")
                                             << QStringLiteral("alex.moreno@example.org");
        QTest::newRow("LinkedIn without scheme") << int(Profile::LinkedInUrl) << QStringLiteral("linkedin.com/in/alex")
                                                 << QStringLiteral("https://linkedin.com/in/alex");
        QTest::newRow("website without host") << int(Profile::Website) << QStringLiteral("https://")
                                              << QStringLiteral("https://alex.example.org");
    }

    void invalidInputShowsMessageAndBlocksOk()
    {
        QFETCH(int, field);
        QFETCH(QString, bad);
        QFETCH(QString, good);
        TempWorkspace tw;
        ProfileRepository &repo = tw.workspace.profile();
        QUndoStack stack;
        ProfileDialog dialog(repo, stack);
        dialog.show();
        QSignalSpy changed(&repo, &Repository::changed);

        replaceText(*dialog.form(), Profile::Field(field), bad);
        QVERIFY(!dialog.form()->message(Profile::Field(field)).isEmpty());
        QVERIFY(!dialog.okButton()->isEnabled());

        // Enter or a direct accept() is refused too: nothing is written, the dialog stays.
        dialog.accept();
        QVERIFY(dialog.isVisible());
        QCOMPARE(dialog.result(), int(QDialog::Rejected));
        QCOMPARE(changed.count(), 0);
        QCOMPARE(stack.count(), 0);

        replaceText(*dialog.form(), Profile::Field(field), good);
        QVERIFY(dialog.form()->message(Profile::Field(field)).isEmpty());
        QVERIFY(dialog.okButton()->isEnabled());
        QTest::mouseClick(dialog.okButton(), Qt::LeftButton);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QCOMPARE(repo.get().value(Profile::Field(field)).toString(), good);
    }

    void okWritesOneUndoCommandAndUndoRestores()
    {
        TempWorkspace tw;
        ProfileRepository &repo = tw.workspace.profile();
        const Profile before = sampleProfile();
        QVERIFY(repo.update(before));
        QUndoStack stack;
        QSignalSpy changed(&repo, &Repository::changed);

        ProfileDialog dialog(repo, stack);
        dialog.show();
        replaceText(*dialog.form(), Profile::FullName, QStringLiteral("Alexandra Moreno"));
        replaceText(*dialog.form(), Profile::Email, QStringLiteral("alexandra@student.example"));
        replaceText(*dialog.form(), Profile::SelfIntroduction, QStringLiteral("I am a second-year nursing student."));
        QCOMPARE(changed.count(), 0); // nothing is written before OK
        QTest::mouseClick(dialog.okButton(), Qt::LeftButton);

        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QCOMPARE(stack.count(), 1);
        QCOMPARE(changed.count(), 1);
        Profile after = before;
        after.fullName = QStringLiteral("Alexandra Moreno");
        after.email = QStringLiteral("alexandra@student.example");
        after.selfIntroduction = QStringLiteral("I am a second-year nursing student.");
        QVERIFY(repo.get().sameContent(after));

        stack.undo();
        QVERIFY(repo.get().sameContent(before));
        stack.redo();
        QVERIFY(repo.get().sameContent(after));
    }

    void okWithoutChangesRecordsNothing()
    {
        TempWorkspace tw;
        QVERIFY(tw.workspace.profile().update(sampleProfile()));
        QUndoStack stack;
        ProfileDialog dialog(tw.workspace.profile(), stack);
        dialog.show();
        QTest::mouseClick(dialog.okButton(), Qt::LeftButton);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QCOMPARE(stack.count(), 0);
    }

    void cancelWritesNothing()
    {
        TempWorkspace tw;
        QUndoStack stack;
        ProfileDialog dialog(tw.workspace.profile(), stack);
        dialog.show();
        replaceText(*dialog.form(), Profile::FullName, QStringLiteral("Sam Lee"));
        QTest::keyClick(&dialog, Qt::Key_Escape);
        QCOMPARE(dialog.result(), int(QDialog::Rejected));
        QVERIFY(tw.workspace.profile().get().isEmpty());
        QCOMPARE(stack.count(), 0);
    }
};

QTEST_MAIN(TestProfileDialog)
#include "tst_profiledialog.moc"
