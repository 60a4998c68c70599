#include "profilerepository.h"
#include "testsupport.h"

#include <QSignalSpy>
#include <QTest>

using namespace Inroad;
using namespace InroadTest;

class TestProfileRepository final : public QObject
{
    Q_OBJECT

private slots:
    void startsEmptyAndKeepsWhatIsSaved()
    {
        TempWorkspace tw;
        ProfileRepository &repo = tw.workspace.profile();
        QVERIFY(repo.get().isEmpty());
        QVERIFY(!repo.welcomeDone());

        Profile p;
        p.fullName = QStringLiteral("Alex Moreno");
        p.email = QStringLiteral("alex@student.example");
        p.fieldsOfInterest = QStringLiteral("UX research, data science");
        p.selfIntroduction = QStringLiteral("I studied psychology and I'm exploring research careers.");
        p.resumePath = QStringLiteral("/home/alex/cv.pdf");
        QSignalSpy changed(&repo, &Repository::changed);
        QVERIFY(repo.update(p));
        QCOMPARE(changed.count(), 1);
        QVERIFY(repo.get().sameContent(p));
        QVERIFY(!repo.get().isEmpty());

        p.phone = QStringLiteral("+1 555 0100");
        QVERIFY(repo.update(p));
        QCOMPARE(repo.get().phone, p.phone);
        QCOMPARE(repo.get().fullName, p.fullName);

        QVERIFY(repo.setWelcomeDone(true));
        QVERIFY(repo.welcomeDone());
    }
};

QTEST_GUILESS_MAIN(TestProfileRepository)
#include "tst_profilerepository.moc"
