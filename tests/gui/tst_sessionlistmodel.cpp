#include "SessionListModel.h"

#include <QAbstractItemModelTester>
#include <QSortFilterProxyModel>
#include <QTest>

using namespace rostrum::gui;

class TestSessionListModel final : public QObject
{
    Q_OBJECT

    static SessionRow session(const QString &id, const QString &motion, int day, const QString &text = {})
    {
        SessionRow s;
        s.id = id;
        s.motion = motion;
        s.createdAt = QDateTime(QDate(2026, 3, day), QTime(12, 0), Qt::UTC);
        s.fullText = text;
        s.speechCount = 4;
        return s;
    }

private slots:
    void keepsNewestFirstUnderTheTester()
    {
        SessionListModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setSessions({session(QStringLiteral("1"), QStringLiteral("Old"), 1),
                           session(QStringLiteral("3"), QStringLiteral("New"), 3)});
        model.upsert(session(QStringLiteral("2"), QStringLiteral("Middle"), 2));
        QCOMPARE(model.data(model.index(0)).toString(), QStringLiteral("New"));
        QCOMPARE(model.data(model.index(1)).toString(), QStringLiteral("Middle"));
        QCOMPARE(model.data(model.index(2)).toString(), QStringLiteral("Old"));
        SessionRow renamed = session(QStringLiteral("2"), QStringLiteral("Middle, renamed"), 2);
        model.upsert(renamed);
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.data(model.index(1)).toString(), QStringLiteral("Middle, renamed"));
        model.upsert(session(QStringLiteral("1"), QStringLiteral("Old, reopened"), 4));
        QCOMPARE(model.data(model.index(0)).toString(), QStringLiteral("Old, reopened"));
        model.remove(QStringLiteral("3"));
        QCOMPARE(model.rowCount(), 2);
    }

    // Forks read as a thread: each right under the debate it continues (newest fork first), one level deeper per
    // fork of a fork, named as a fork with its own cost; a fork whose parent is not listed stands alone, and moves
    // under its parent when the parent arrives.
    void forksAreListedUnderTheirParent()
    {
        SessionListModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        SessionRow forkA = session(QStringLiteral("fa"), QStringLiteral("Ban cars"), 5);
        forkA.forkOf = QStringLiteral("p");
        forkA.forkAt = 2;
        forkA.costUsd = 0.5;
        SessionRow forkB = forkA;
        forkB.id = QStringLiteral("fb");
        forkB.createdAt = forkB.createdAt.addDays(1);
        SessionRow forkOfFork = forkA;
        forkOfFork.id = QStringLiteral("ff");
        forkOfFork.forkOf = QStringLiteral("fa");
        forkOfFork.createdAt = forkOfFork.createdAt.addDays(3);
        // The parent is not listed yet: the forks stand alone.
        model.setSessions({forkA, session(QStringLiteral("x"), QStringLiteral("Other"), 4)});
        QCOMPARE(model.index(0).data(SessionListModel::SessionIdRole).toString(), QStringLiteral("fa"));
        QCOMPARE(model.index(0).data(SessionListModel::DepthRole).toInt(), 0);

        model.upsert(session(QStringLiteral("p"), QStringLiteral("Ban cars"), 1));
        model.upsert(forkB);
        model.upsert(forkOfFork);
        QStringList order;
        QList<int> depths;
        for (int i = 0; i < model.rowCount(); ++i) {
            order << model.index(i).data(SessionListModel::SessionIdRole).toString();
            depths << model.index(i).data(SessionListModel::DepthRole).toInt();
        }
        QCOMPARE(order,
                 (QStringList {QStringLiteral("x"), QStringLiteral("p"), QStringLiteral("fb"), QStringLiteral("fa"),
                               QStringLiteral("ff")}));
        QCOMPARE(depths, (QList<int> {0, 0, 1, 1, 2}));
        const QModelIndex fork = model.index(3);
        QVERIFY(fork.data().toString().contains(QStringLiteral("Fork from speech 2")));
        QVERIFY(fork.data().toString().contains(QStringLiteral("$0.50")));
        QCOMPARE(fork.data(Qt::AccessibleTextRole).toString().left(9), QStringLiteral("Fork of “"));
        QCOMPARE(model.index(1).data().toString(), QStringLiteral("Ban cars"));

        // Without its parent, a fork stands alone again.
        model.remove(QStringLiteral("p"));
        QCOMPARE(model.rowCount(), 4);
        QCOMPARE(model.index(model.rowForId(QStringLiteral("fa"))).data(SessionListModel::DepthRole).toInt(), 0);
        QCOMPARE(model.index(model.rowForId(QStringLiteral("ff"))).data(SessionListModel::DepthRole).toInt(), 1);
    }

    void searchFindsMotionAndSpokenWords()
    {
        SessionListModel model;
        model.setSessions(
            {session(QStringLiteral("1"), QStringLiteral("Tax the rich"), 1, QStringLiteral("loopholes")),
             session(QStringLiteral("2"), QStringLiteral("Ban cars in cities"), 2, QStringLiteral("pollution"))});
        QSortFilterProxyModel proxy;
        proxy.setSourceModel(&model);
        proxy.setFilterRole(SessionListModel::SearchTextRole);
        proxy.setFilterCaseSensitivity(Qt::CaseInsensitive);
        QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        proxy.setFilterFixedString(QStringLiteral("CARS"));
        QCOMPARE(proxy.rowCount(), 1);
        proxy.setFilterFixedString(QStringLiteral("loophole"));
        QCOMPARE(proxy.rowCount(), 1);
        QCOMPARE(proxy.data(proxy.index(0, 0)).toString(), QStringLiteral("Tax the rich"));
        proxy.setFilterFixedString(QString());
        QCOMPARE(proxy.rowCount(), 2);
    }
};

QTEST_GUILESS_MAIN(TestSessionListModel)
#include "tst_sessionlistmodel.moc"
