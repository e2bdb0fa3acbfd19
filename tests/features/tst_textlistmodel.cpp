#include "bank/facetmodel.h"
#include "bank/textlistmodel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

// The two small list models of the editor and the filter menus. Views keep their
// place and focus only when changes are announced with the narrowest signal, so the
// tests check which signals arrive, not only the resulting rows.
class TextListModelTest : public QObject
{
    Q_OBJECT

    using Values = QList<QPair<QString, int>>;

    static QStringList abcd() { return {"a", "b", "c", "d"}; }

private slots:
    void conformsToQtModelRules()
    {
        TextListModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setTexts(abcd());
        model.append(QStringLiteral("e"));
        model.setText(0, QStringLiteral("A"));
        QVERIFY(model.move(0, 4));
        QVERIFY(model.move(4, 0));
        QVERIFY(model.move(1, 2));
        QVERIFY(model.move(2, 1));
        model.remove(2);
        model.setTexts({});
        model.append();
        QCOMPARE(model.texts(), QStringList{QString()});
    }

    void appendAnnouncesOneInsertedRow()
    {
        TextListModel model;
        model.setTexts({"a", "b"});
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        QSignalSpy countChanged(&model, &TextListModel::countChanged);
        QSignalSpy edited(&model, &TextListModel::edited);

        model.append(QStringLiteral("c"));
        QCOMPARE(model.texts(), (QStringList{"a", "b", "c"}));
        QCOMPARE(inserted.count(), 1);
        QCOMPARE(inserted.first().at(1).toInt(), 2);
        QCOMPARE(inserted.first().at(2).toInt(), 2);
        QCOMPARE(reset.count(), 0);
        QCOMPARE(countChanged.count(), 1);
        QCOMPARE(edited.count(), 1);
        QCOMPARE(model.index(2, 0).data(TextListModel::TextRole).toString(), QStringLiteral("c"));
    }

    void setTextAnnouncesOneChangedRow()
    {
        TextListModel model;
        model.setTexts(abcd());
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        QSignalSpy edited(&model, &TextListModel::edited);

        model.setText(1, QStringLiteral("B"));
        QCOMPARE(model.texts(), (QStringList{"a", "B", "c", "d"}));
        QCOMPARE(changed.count(), 1);
        QCOMPARE(changed.first().at(0).value<QModelIndex>().row(), 1);
        QCOMPARE(changed.first().at(1).value<QModelIndex>().row(), 1);
        QVERIFY(changed.first().at(2).value<QList<int>>().contains(TextListModel::TextRole));
        QCOMPARE(edited.count(), 1);

        // Writing the same text again is not an edit (the field re-commits on focus loss).
        model.setText(1, QStringLiteral("B"));
        QCOMPARE(changed.count(), 1);
        QCOMPARE(edited.count(), 1);

        // Only the text role is editable.
        QVERIFY(!model.setData(model.index(1, 0), QStringLiteral("x"), Qt::DecorationRole));
        QVERIFY(model.flags(model.index(1, 0)).testFlag(Qt::ItemIsEditable));
        QVERIFY(model.setData(model.index(1, 0), QStringLiteral("x"), Qt::EditRole));
        QCOMPARE(model.texts().at(1), QStringLiteral("x"));
    }

    void removeAnnouncesOneRemovedRow()
    {
        TextListModel model;
        model.setTexts(abcd());
        QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
        QSignalSpy countChanged(&model, &TextListModel::countChanged);
        QSignalSpy edited(&model, &TextListModel::edited);

        model.remove(1);
        QCOMPARE(model.texts(), (QStringList{"a", "c", "d"}));
        QCOMPARE(removed.count(), 1);
        QCOMPARE(removed.first().at(1).toInt(), 1);
        QCOMPARE(countChanged.count(), 1);
        QCOMPARE(edited.count(), 1);

        for (const int row : {-1, 3, 100})
            model.remove(row);
        QCOMPARE(model.texts(), (QStringList{"a", "c", "d"}));
        QCOMPARE(removed.count(), 1);
        QCOMPARE(edited.count(), 1);
    }

    void moveAnnouncesOneMovedRow_data()
    {
        QTest::addColumn<int>("from");
        QTest::addColumn<int>("to");
        QTest::addColumn<QStringList>("expected");
        QTest::addColumn<int>("destinationRow"); // as rowsMoved reports it
        // Moving down, Qt counts the destination before the move: one past `to`.
        QTest::newRow("down by one") << 0 << 1 << QStringList{"b", "a", "c", "d"} << 2;
        QTest::newRow("down to the end") << 0 << 3 << QStringList{"b", "c", "d", "a"} << 4;
        QTest::newRow("down in the middle") << 1 << 2 << QStringList{"a", "c", "b", "d"} << 3;
        QTest::newRow("up by one") << 1 << 0 << QStringList{"b", "a", "c", "d"} << 0;
        QTest::newRow("up to the top") << 3 << 0 << QStringList{"d", "a", "b", "c"} << 0;
        QTest::newRow("up in the middle") << 2 << 1 << QStringList{"a", "c", "b", "d"} << 1;
    }
    void moveAnnouncesOneMovedRow()
    {
        QFETCH(int, from);
        QFETCH(int, to);
        QFETCH(QStringList, expected);
        QFETCH(int, destinationRow);
        TextListModel model;
        model.setTexts(abcd());
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy moved(&model, &QAbstractItemModel::rowsMoved);
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        QSignalSpy edited(&model, &TextListModel::edited);
        QSignalSpy countChanged(&model, &TextListModel::countChanged);

        QVERIFY(model.move(from, to));
        QCOMPARE(model.texts(), expected);
        QCOMPARE(moved.count(), 1);
        const QList<QVariant> args = moved.first();
        QVERIFY(!args.at(0).value<QModelIndex>().isValid()); // source parent
        QCOMPARE(args.at(1).toInt(), from);                  // first moved row
        QCOMPARE(args.at(2).toInt(), from);                  // last moved row
        QVERIFY(!args.at(3).value<QModelIndex>().isValid()); // destination parent
        QCOMPARE(args.at(4).toInt(), destinationRow);
        QCOMPARE(reset.count(), 0);
        QCOMPARE(edited.count(), 1);
        QCOMPARE(countChanged.count(), 0);
        for (int row = 0; row < expected.size(); ++row)
            QCOMPARE(model.index(row, 0).data(TextListModel::TextRole).toString(),
                     expected.at(row));
    }

    void moveOutOfRangeChangesNothing_data()
    {
        QTest::addColumn<int>("from");
        QTest::addColumn<int>("to");
        QTest::newRow("from negative") << -1 << 0;
        QTest::newRow("from past end") << 4 << 0;
        QTest::newRow("to negative") << 0 << -1;
        QTest::newRow("to past end") << 0 << 4;
        QTest::newRow("onto itself") << 2 << 2;
    }
    void moveOutOfRangeChangesNothing()
    {
        QFETCH(int, from);
        QFETCH(int, to);
        TextListModel model;
        model.setTexts(abcd());
        QSignalSpy moved(&model, &QAbstractItemModel::rowsMoved);
        QSignalSpy edited(&model, &TextListModel::edited);
        QVERIFY(!model.move(from, to));
        QCOMPARE(model.texts(), abcd());
        QCOMPARE(moved.count(), 0);
        QCOMPARE(edited.count(), 0);
    }

    void setTextsIsAResetAndNotAnEdit()
    {
        // Loading a question fills the lists; that must not mark the editor dirty.
        TextListModel model;
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        QSignalSpy edited(&model, &TextListModel::edited);
        QSignalSpy countChanged(&model, &TextListModel::countChanged);
        model.setTexts(abcd());
        QCOMPARE(model.rowCount(), 4);
        QCOMPARE(reset.count(), 1);
        QCOMPARE(countChanged.count(), 1);
        QCOMPARE(edited.count(), 0);
        QCOMPARE(model.roleNames().value(TextListModel::TextRole), QByteArray("text"));
    }

    void facetModelConformsToQtModelRules()
    {
        FacetModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setValues({{"junior", 3}, {"middle", 5}, {"senior", 2}});
        model.setValues({{"junior", 1}, {"middle", 5}, {"senior", 0}});
        model.setValues({{"junior", 1}});
        model.setValues({});
        model.setValues({{"python", 9}, {"gil", 4}});
    }

    void facetSameValuesOnlyUpdateCounts()
    {
        FacetModel model;
        model.setValues({{"junior", 3}, {"middle", 5}, {"senior", 2}});
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        QSignalSpy countChanged(&model, &FacetModel::countChanged);

        // An open filter menu keeps its rows (and the highlighted one) when counts change.
        model.setValues({{"junior", 3}, {"middle", 7}, {"senior", 0}});
        QCOMPARE(reset.count(), 0);
        QCOMPARE(countChanged.count(), 0);
        QCOMPARE(changed.count(), 2); // only the rows whose count changed
        QCOMPARE(changed.at(0).at(0).value<QModelIndex>().row(), 1);
        QCOMPARE(changed.at(1).at(0).value<QModelIndex>().row(), 2);
        for (const QList<QVariant> &args : std::as_const(changed)) {
            QCOMPARE(args.at(0).value<QModelIndex>(), args.at(1).value<QModelIndex>());
            QCOMPARE(args.at(2).value<QList<int>>(), QList<int>{FacetModel::CountRole});
        }
        QCOMPARE(model.index(1, 0).data(FacetModel::CountRole).toInt(), 7);
        QCOMPARE(model.index(2, 0).data(FacetModel::CountRole).toInt(), 0);
        QCOMPARE(model.countOf(QStringLiteral("middle")), 7);

        changed.clear();
        model.setValues({{"junior", 3}, {"middle", 7}, {"senior", 0}});
        QCOMPARE(changed.count(), 0);
        QCOMPARE(reset.count(), 0);
    }

    void facetDifferentValuesReset_data()
    {
        QTest::addColumn<Values>("next");
        QTest::newRow("renamed value") << Values{{"junior", 3}, {"staff", 5}};
        QTest::newRow("reordered values") << Values{{"middle", 5}, {"junior", 3}};
        QTest::newRow("one more value") << Values{{"junior", 3}, {"middle", 5}, {"senior", 1}};
        QTest::newRow("one value less") << Values{{"junior", 3}};
        QTest::newRow("emptied") << Values{};
    }
    void facetDifferentValuesReset()
    {
        QFETCH(Values, next);
        FacetModel model;
        model.setValues({{"junior", 3}, {"middle", 5}});
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        QSignalSpy countChanged(&model, &FacetModel::countChanged);

        model.setValues(next);
        QCOMPARE(reset.count(), 1);
        QCOMPARE(changed.count(), 0);
        QCOMPARE(model.rowCount(), next.size());
        if (next.size() != 2)
            QCOMPARE(countChanged.count(), 1);
        for (int row = 0; row < next.size(); ++row) {
            QCOMPARE(model.index(row, 0).data(FacetModel::ValueRole).toString(),
                     next.at(row).first);
            QCOMPARE(model.index(row, 0).data(FacetModel::CountRole).toInt(), next.at(row).second);
        }
    }

    void facetCountOfAnUnknownValueIsZero()
    {
        FacetModel model;
        model.setValues({{"gil", 4}});
        QCOMPARE(model.countOf(QStringLiteral("gil")), 4);
        QCOMPARE(model.countOf(QStringLiteral("GIL")), 0);
        QCOMPARE(model.countOf(QStringLiteral("asyncio")), 0);
    }
};

QTEST_GUILESS_MAIN(TextListModelTest)
#include "tst_textlistmodel.moc"
