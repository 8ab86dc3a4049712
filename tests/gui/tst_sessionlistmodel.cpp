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
