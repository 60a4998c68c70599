#include "mainwindow.h"
#include "profileform.h"
#include "profilerepository.h"
#include "testsupport.h"
#include "welcomedialog.h"

#include <QApplication>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>
#include <QTimer>
#include <QUndoStack>

#include <memory>

using namespace Inroad;
using namespace InroadTest;

namespace {

void type(ProfileForm &form, Profile::Field field, const QString &text)
{
    QWidget *editor = form.editor(field);
    QVERIFY(editor);
    QTest::keyClicks(editor, text);
}

} // namespace

class TestWelcomeDialog final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init() { qunsetenv("INROAD_NO_WELCOME"); }

    void showsTheKeyProfileFields()
    {
        TempWorkspace tw;
        QUndoStack stack;
        WelcomeDialog dialog(tw.workspace.profile(), stack);
        for (const Profile::Field field :
             {Profile::FullName, Profile::Email, Profile::FieldsOfInterest, Profile::SelfIntroduction})
            QVERIFY(dialog.form()->editor(field));
        QVERIFY(!dialog.form()->editor(Profile::ResumePath));
    }

    void skipMarksDoneWithoutWritingTheProfile()
    {
        TempWorkspace tw;
        ProfileRepository &repo = tw.workspace.profile();
        QVERIFY(WelcomeDialog::isWanted(repo));
        QUndoStack stack;
        QSignalSpy changed(&repo, &Repository::changed);

        WelcomeDialog dialog(repo, stack);
        dialog.show();
        type(*dialog.form(), Profile::FullName, QStringLiteral("Sam Lee"));
        QTest::mouseClick(dialog.skipButton(), Qt::LeftButton);

        QCOMPARE(dialog.result(), int(QDialog::Rejected));
        QVERIFY(repo.welcomeDone());
        QVERIFY(!WelcomeDialog::isWanted(repo));
        QVERIFY(repo.get().isEmpty());
        QCOMPARE(changed.count(), 0);
        QCOMPARE(stack.count(), 0);
    }

    void saveWritesTheProfileAsOneUndoableEdit()
    {
        TempWorkspace tw;
        ProfileRepository &repo = tw.workspace.profile();
        QUndoStack stack;
        QSignalSpy changed(&repo, &Repository::changed);

        WelcomeDialog dialog(repo, stack);
        dialog.show();
        type(*dialog.form(), Profile::FullName, QStringLiteral("Sam Lee"));
        type(*dialog.form(), Profile::Email, QStringLiteral("sam@college.example"));
        type(*dialog.form(), Profile::FieldsOfInterest, QStringLiteral("Urban planning"));
        type(*dialog.form(), Profile::SelfIntroduction, QStringLiteral("I am a geography student."));
        QTest::mouseClick(dialog.saveButton(), Qt::LeftButton);

        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QVERIFY(repo.welcomeDone());
        const Profile saved = repo.get();
        QCOMPARE(saved.fullName, QStringLiteral("Sam Lee"));
        QCOMPARE(saved.email, QStringLiteral("sam@college.example"));
        QCOMPARE(saved.fieldsOfInterest, QStringLiteral("Urban planning"));
        QCOMPARE(saved.selfIntroduction, QStringLiteral("I am a geography student."));
        QCOMPARE(changed.count(), 1);
        QCOMPARE(stack.count(), 1);

        stack.undo();
        QVERIFY(repo.get().isEmpty());
        QVERIFY(repo.welcomeDone()); // undoing the profile does not bring the welcome back
    }

    void invalidEmailBlocksSave()
    {
        TempWorkspace tw;
        ProfileRepository &repo = tw.workspace.profile();
        QUndoStack stack;
        WelcomeDialog dialog(repo, stack);
        dialog.show();
        type(*dialog.form(), Profile::Email, QStringLiteral("sam@"));
        QVERIFY(!dialog.form()->message(Profile::Email).isEmpty());
        QVERIFY(!dialog.saveButton()->isEnabled());
        dialog.accept();
        QVERIFY(dialog.isVisible());
        QVERIFY(!repo.welcomeDone());
        QVERIFY(repo.get().isEmpty());
    }

    void keepsProfileFieldsItDoesNotShow()
    {
        TempWorkspace tw;
        ProfileRepository &repo = tw.workspace.profile();
        Profile stored;
        stored.phone = QStringLiteral("+1 555 0100");
        stored.resumePath = QStringLiteral("/home/sam/cv.pdf");
        QVERIFY(repo.update(stored));
        QUndoStack stack;
        WelcomeDialog dialog(repo, stack);
        dialog.show();
        type(*dialog.form(), Profile::FullName, QStringLiteral("Sam Lee"));
        QTest::mouseClick(dialog.saveButton(), Qt::LeftButton);
        QCOMPARE(repo.get().phone, stored.phone);
        QCOMPARE(repo.get().resumePath, stored.resumePath);
        QCOMPARE(repo.get().fullName, QStringLiteral("Sam Lee"));
    }

    void notWantedWhenDoneOrSuppressed()
    {
        TempWorkspace tw;
        ProfileRepository &repo = tw.workspace.profile();
        QVERIFY(WelcomeDialog::isWanted(repo));
        qputenv("INROAD_NO_WELCOME", "1");
        QVERIFY(!WelcomeDialog::isWanted(repo));
        qunsetenv("INROAD_NO_WELCOME");
        QVERIFY(repo.setWelcomeDone(true));
        QVERIFY(!WelcomeDialog::isWanted(repo));
    }

    void windowOffersTheWelcomeOnlyOnce()
    {
        QTemporaryDir dir;
        auto workspace = std::make_unique<Workspace>();
        QVERIFY(workspace->open(dir.filePath(QStringLiteral("w.inroad"))).ok());
        MainWindow window(std::move(workspace));
        window.show();

        // Closes whatever dialog the window opens, remembering which it was.
        QStringList seen;
        QTimer closer;
        connect(&closer, &QTimer::timeout, this, [&seen] {
            if (auto *dialog = qobject_cast<QDialog *>(QApplication::activeModalWidget())) {
                seen << QString::fromLatin1(dialog->metaObject()->className());
                dialog->reject();
            }
        });
        closer.start(20);

        window.offerWelcome();
        QCOMPARE(seen, QStringList{QStringLiteral("Inroad::WelcomeDialog")});
        QVERIFY(window.workspace().profile().welcomeDone());

        window.offerWelcome();
        QTest::qWait(100);
        QCOMPARE(seen.size(), 1);
    }
};

QTEST_MAIN(TestWelcomeDialog)
#include "tst_welcomedialog.moc"
