#include "common/qmlvocabulary.h"
#include "domain/vocabulary.h"

#include <QDirIterator>
#include <QFile>
#include <QMetaEnum>
#include <QQmlComponent>
#include <QQmlEngine>
#include <QRegularExpression>
#include <QTest>
#include <QtQml/qqmlextensionplugin.h>
#include <memory>

Q_IMPORT_QML_PLUGIN(Panelist_CorePlugin)

using namespace vocabulary;

// The vocabulary as QML sees it: the Vocabulary singleton's enums, labels and ordered
// lists, checked in C++ and through a real QML engine (Vocabulary.Level.Senior must resolve in
// Qt 6.4, where the enums come from the domain's namespace).
class VocabularyQmlTest : public QObject
{
    Q_OBJECT

    // Evaluates `expression` in a QML object importing Panelist.Core.
    static QVariant evaluate(QQmlEngine &engine, const QString &expression)
    {
        QQmlComponent component(&engine);
        component.setData(QStringLiteral("import QtQml\nimport Panelist.Core\nQtObject { "
                                         "property var value: %1 }")
                              .arg(expression)
                              .toUtf8(),
                          QUrl());
        std::unique_ptr<QObject> object(component.create());
        if (!object) {
            qWarning().noquote() << expression << component.errorString();
            return {};
        }
        return object->property("value");
    }

    static QVariantMap entry(const QVariantList &list, int index) { return list.at(index).toMap(); }

private slots:
    void listsHoldEveryValueInOrder()
    {
        const QVariantList levels = QmlVocabulary::levels();
        QCOMPARE(levels.size(), 3);
        QCOMPARE(entry(levels, 0).value("value").toInt(), int(Level::Junior));
        QCOMPARE(entry(levels, 0).value("key").toString(), QStringLiteral("junior"));
        QCOMPARE(entry(levels, 0).value("label").toString(), QStringLiteral("Junior"));
        QCOMPARE(entry(levels, 2).value("label").toString(), QStringLiteral("Senior"));
        QCOMPARE(QmlVocabulary::kinds().size(), int(kinds().size()));
        QCOMPARE(entry(QmlVocabulary::kinds(), 1).value("key").toString(),
                 QStringLiteral("coding"));
        QCOMPARE(entry(QmlVocabulary::statuses(), 1).value("label").toString(),
                 QStringLiteral("Live"));
        QCOMPARE(entry(QmlVocabulary::itemStates(), 3).value("value").toInt(),
                 int(ItemState::Skipped));

        // Recommendations weakest first, without None.
        const QVariantList recommendations = QmlVocabulary::recommendations();
        QCOMPARE(recommendations.size(), 4);
        QCOMPARE(entry(recommendations, 0).value("value").toInt(), int(Recommendation::StrongNo));
        QCOMPARE(entry(recommendations, 0).value("label").toString(), QStringLiteral("Strong no"));
        QCOMPARE(entry(recommendations, 3).value("key").toString(), QStringLiteral("strong_yes"));

        // Scores 1–4 with their names.
        const QVariantList scores = QmlVocabulary::scores();
        QCOMPARE(scores.size(), kMaxScore - kMinScore + 1);
        QCOMPARE(entry(scores, 0).value("value").toInt(), 1);
        QCOMPARE(entry(scores, 0).value("name").toString(), QStringLiteral("No signal"));
        QCOMPARE(entry(scores, 1).value("name").toString(), QStringLiteral("Junior"));
        QCOMPARE(entry(scores, 3).value("label").toString(), QStringLiteral("4 — Senior"));
    }

    void labelsAndRules()
    {
        QCOMPARE(QmlVocabulary::levelLabel(int(Level::Middle)), QStringLiteral("Middle"));
        QCOMPARE(QmlVocabulary::levelLabel(7), QString());
        QCOMPARE(QmlVocabulary::levelLabel(-1), QString());
        QCOMPARE(QmlVocabulary::kindLabel(int(Kind::Behavioural)), QStringLiteral("Behavioural"));
        QCOMPARE(QmlVocabulary::statusLabel(int(InterviewStatus::Finished)),
                 QStringLiteral("Finished"));
        QCOMPARE(QmlVocabulary::itemStateLabel(int(ItemState::Pending)),
                 QStringLiteral("Not reached"));
        QCOMPARE(QmlVocabulary::recommendationLabel(int(Recommendation::No)), QStringLiteral("No"));
        QCOMPARE(QmlVocabulary::recommendationLabel(int(Recommendation::None)), QString());
        QCOMPARE(QmlVocabulary::scoreLabel(0), QStringLiteral("Not scored"));
        QCOMPARE(QmlVocabulary::scoreName(3), QStringLiteral("Middle"));

        // Each level's anchor is headed with the score it stands for.
        QCOMPARE(QmlVocabulary::anchorLabel(int(Level::Junior)),
                 QStringLiteral("Junior · score 2"));
        QCOMPARE(QmlVocabulary::anchorLabel(int(Level::Middle)),
                 QStringLiteral("Middle · score 3"));
        QCOMPARE(QmlVocabulary::anchorLabel(int(Level::Senior)),
                 QStringLiteral("Senior · score 4"));
        QCOMPARE(QmlVocabulary::anchorLabel(9), QString());

        // Only the two yeses are for hiring.
        QVERIFY(QmlVocabulary::isPositive(int(Recommendation::Yes)));
        QVERIFY(QmlVocabulary::isPositive(int(Recommendation::StrongYes)));
        QVERIFY(!QmlVocabulary::isPositive(int(Recommendation::No)));
        QVERIFY(!QmlVocabulary::isPositive(int(Recommendation::StrongNo)));
        QVERIFY(!QmlVocabulary::isPositive(int(Recommendation::None)));
    }

    void storedKeysAndValues()
    {
        QCOMPARE(QmlVocabulary::levelValue(QStringLiteral("senior")), int(Level::Senior));
        QCOMPARE(QmlVocabulary::levelValue(QStringLiteral("Senior")), -1);
        QCOMPARE(QmlVocabulary::kindValue(QStringLiteral("discussion")), int(Kind::Discussion));
        QCOMPARE(QmlVocabulary::statusValue(QStringLiteral("live")), int(InterviewStatus::Live));
        QCOMPARE(QmlVocabulary::itemStateValue(QStringLiteral("skipped")), int(ItemState::Skipped));
        QCOMPARE(QmlVocabulary::itemStateValue(QString()), -1);
        QCOMPARE(QmlVocabulary::recommendationValue(QString()), int(Recommendation::None));
        QCOMPARE(QmlVocabulary::recommendationValue(QStringLiteral("maybe")), -1);
        QCOMPARE(QmlVocabulary::recommendationKey(int(Recommendation::StrongNo)),
                 QStringLiteral("strong_no"));
        QCOMPARE(QmlVocabulary::recommendationKey(int(Recommendation::None)), QString());
        QCOMPARE(QmlVocabulary::recommendationKey(42), QString());
    }

    void qmlSeesEnumsAndLabels()
    {
        QQmlEngine engine;
        engine.addImportPath(QStringLiteral("qrc:/")); // where the modules sit in Qt 6.4
        QCOMPARE(evaluate(engine, QStringLiteral("Vocabulary.Level.Senior")).toInt(),
                 int(Level::Senior));
        QCOMPARE(evaluate(engine, QStringLiteral("Vocabulary.Recommendation.StrongYes")).toInt(),
                 int(Recommendation::StrongYes));
        QCOMPARE(evaluate(engine, QStringLiteral("Vocabulary.ItemState.Skipped")).toInt(),
                 int(ItemState::Skipped));
        QCOMPARE(evaluate(engine, QStringLiteral("Vocabulary.InterviewStatus.Live")).toInt(),
                 int(InterviewStatus::Live));
        QCOMPARE(evaluate(engine, QStringLiteral("Vocabulary.Kind.Coding")).toInt(),
                 int(Kind::Coding));
        QCOMPARE(evaluate(engine, QStringLiteral("Vocabulary.levelLabel(Vocabulary.Level.Junior)"))
                     .toString(),
                 QStringLiteral("Junior"));
        QCOMPARE(evaluate(engine, QStringLiteral("Vocabulary.recommendations[1].label")).toString(),
                 QStringLiteral("No"));
        QCOMPARE(evaluate(engine, QStringLiteral("Vocabulary.scores.length")).toInt(), 4);
        QCOMPARE(
            evaluate(engine, QStringLiteral("Vocabulary.isPositive(Vocabulary.Recommendation.Yes)"))
                .toBool(),
            true);
        QCOMPARE(evaluate(engine, QStringLiteral("Vocabulary.anchorLabel(Vocabulary.Level.Middle)"))
                     .toString(),
                 QStringLiteral("Middle · score 3"));
    }

    // Every Vocabulary enum value the app's QML names resolves at run time to the value
    // C++ has. qmllint accepts Vocabulary.Senior, but Qt 6.4 leaves a singleton's
    // extension enums unscoped-undefined: a badge would lose its colour without a word.
    void everyEnumTheQmlNamesResolves()
    {
        QQmlEngine engine;
        engine.addImportPath(QStringLiteral("qrc:/"));
        const QRegularExpression use(
            QStringLiteral(R"(\bVocabulary\.([A-Z]\w*)(?:\.([A-Z]\w*))?)"));
        QSet<QString> seen;
        QDirIterator files(QStringLiteral(PANELIST_SOURCE_DIR "/qml"), {QStringLiteral("*.qml")},
                           QDir::Files, QDirIterator::Subdirectories);
        while (files.hasNext()) {
            const QString path = files.next();
            QFile file(path);
            QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(path));
            const QString text = QString::fromUtf8(file.readAll());
            for (const QRegularExpressionMatch &match : use.globalMatch(text)) {
                const QString expression = match.captured(0);
                QVERIFY2(!match.captured(2).isEmpty(),
                         qPrintable(QStringLiteral("%1: write %2 with its enum, as "
                                                   "Vocabulary.Level.Senior")
                                        .arg(path, expression)));
                if (seen.contains(expression))
                    continue;
                seen.insert(expression);
                const QMetaObject &meta = vocabulary::staticMetaObject;
                const int index = meta.indexOfEnumerator(qPrintable(match.captured(1)));
                QVERIFY2(index >= 0, qPrintable(path + QStringLiteral(": ") + expression));
                bool known = false;
                const int value =
                    meta.enumerator(index).keyToValue(qPrintable(match.captured(2)), &known);
                QVERIFY2(known, qPrintable(path + QStringLiteral(": ") + expression));
                const QVariant resolved = evaluate(engine, expression);
                QVERIFY2(resolved.isValid() && resolved.toInt() == value,
                         qPrintable(path + QStringLiteral(": ") + expression));
            }
        }
        // Levels, item states, statuses and recommendations are all compared in QML: the
        // scan found them (7 distinct values when this was written).
        QVERIFY2(seen.size() >= 7, qPrintable(QStringList(seen.begin(), seen.end()).join(' ')));
    }
};

QTEST_MAIN(VocabularyQmlTest)
#include "tst_vocabularyqml.moc"
