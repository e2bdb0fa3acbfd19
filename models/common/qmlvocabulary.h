#pragma once

#include "domain/vocabulary.h"

#include <QObject>
#include <QString>
#include <QVariantList>
#include <QtQml/qqmlregistration.h>

// The vocabulary (domain/vocabulary.h) for QML: its enums as Vocabulary.Level.Senior,
// Vocabulary.ItemState.Skipped, Vocabulary.Recommendation.StrongYes, …, their labels, and
// each enum's values in order for combo boxes and repeaters. QML compares these values and
// shows these labels; it never spells a stored key or a label itself.
//
// Always with the enum's name: Qt 6.4 gives a singleton's extension enums only scoped
// (Vocabulary.Senior is undefined at run time, though qmllint accepts it);
// tst_vocabularyqml evaluates every Vocabulary enum the QML files name.
//
// Models give the enum of a row as an int role (`level`, `itemState`, `status`,
// `recommendation`) beside its label (`levelLabel`, …). Editors and filters hold the
// stored key ("senior"): QML passes it on as it got it, from the `key` of an entry here or
// the `value` of a facet.
class QmlVocabulary : public QObject
{
    Q_OBJECT
    QML_NAMED_ELEMENT(Vocabulary)
    QML_SINGLETON
    QML_EXTENDED_NAMESPACE(vocabulary)
    // Each enum's values in order as [{value, key, label}]: value the enum, key the stored
    // key, label the text for people.
    Q_PROPERTY(QVariantList levels READ levels CONSTANT)
    Q_PROPERTY(QVariantList kinds READ kinds CONSTANT)
    Q_PROPERTY(QVariantList statuses READ statuses CONSTANT)
    Q_PROPERTY(QVariantList itemStates READ itemStates CONSTANT)
    // Weakest first, without None.
    Q_PROPERTY(QVariantList recommendations READ recommendations CONSTANT)
    // The scores 1–4 as [{value, name, label}]: 1, "No signal", "1 — No signal".
    Q_PROPERTY(QVariantList scores READ scores CONSTANT)

public:
    explicit QmlVocabulary(QObject *parent = nullptr)
        : QObject(parent)
    {}

    static QVariantList levels();
    static QVariantList kinds();
    static QVariantList statuses();
    static QVariantList itemStates();
    static QVariantList recommendations();
    static QVariantList scores();

    // The label of a value; empty for a value the enum does not have.
    Q_INVOKABLE static QString levelLabel(int level);
    Q_INVOKABLE static QString kindLabel(int kind);
    Q_INVOKABLE static QString statusLabel(int status);
    Q_INVOKABLE static QString itemStateLabel(int state);
    Q_INVOKABLE static QString recommendationLabel(int recommendation);
    // "No signal", "Junior", "Middle", "Senior" for 1–4; empty otherwise.
    Q_INVOKABLE static QString scoreName(int score);
    // "3 — Middle", or "Not scored".
    Q_INVOKABLE static QString scoreLabel(int score);
    // A competency's rating on a scorecard: "Strong no", "No", "Yes", "Strong yes" for
    // 1–4 (empty otherwise), and "3 — Yes" or "Not rated".
    Q_INVOKABLE static QString ratingName(int rating);
    Q_INVOKABLE static QString ratingLabel(int rating);
    // "Junior · score 2": the heading of a level's anchor, with the score it stands for.
    Q_INVOKABLE static QString anchorLabel(int level);
    // A recommendation to hire: Yes or Strong yes.
    Q_INVOKABLE static bool isPositive(int recommendation);

    // For the models: the value of a stored key as the int QML compares, -1 for a key
    // the enum does not have (a recommendation's empty key is None).
    static int levelValue(const QString &key);
    static int kindValue(const QString &key);
    static int statusValue(const QString &key);
    static int itemStateValue(const QString &key);
    static int recommendationValue(const QString &key);
    // The stored key of a recommendation QML chose; empty for None or an unknown value.
    static QString recommendationKey(int recommendation);
};
