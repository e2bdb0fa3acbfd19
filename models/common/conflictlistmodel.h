#pragma once

#include "storage/localsync.h"

#include <QAbstractListModel>
#include <QVariantList>
#include <QtQml/qqmlregistration.h>

class Database;

// The team's conflicts (LocalSync::conflicts(), oldest first) as the conflicts dialog
// shows them: what it is ("Question", its title), what happened in words ("Edited here
// and on the team's server"), and both sides as readable text, field by field, only the
// fields that differ. Resolving goes through LocalSync: keepMine, takeTheirs, or a merge
// made field by field (fields(), then saveMerged()) saved with resolveWith().
class ConflictListModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Owned by the Team singleton")
    Q_PROPERTY(int count READ rowCount NOTIFY countChanged)
    // Why the last action failed ("Cannot save the merge: …"); empty after one that worked.
    Q_PROPERTY(QString error READ error NOTIFY errorChanged)

public:
    enum Role {
        ConflictIdRole = Qt::UserRole + 1,
        KindLabelRole, // "Question"
        TitleRole,
        WhatRole,       // "Edited here and on the team's server"
        MineTextRole,   // "Title: …\nPrompt: …" of the fields that differ; "Deleted here"
        TheirsTextRole, // the same for the server's side
        CanMergeRole,   // both sides are there, so an edited merge is possible
    };

    explicit ConflictListModel(Database &database, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    QString error() const { return m_error; }

    // Reads the conflicts again (the engine's status changed, or one was resolved).
    Q_INVOKABLE void reload();
    // Each returns whether the conflict was resolved; `error` says why not.
    Q_INVOKABLE bool keepMine(qint64 conflictId);
    Q_INVOKABLE bool takeTheirs(qint64 conflictId);
    // The fields of the conflict's kind, in order, each a map: key, label, mine and theirs
    // (readable text), differs, editable (a text or a list of lines the merge may edit;
    // otherwise it takes one side whole). Empty when either side was deleted.
    Q_INVOKABLE QVariantList fields(qint64 conflictId) const;
    // Saves the merge: `choices` holds, per field that differs, a map with key, side
    // ("mine" or "theirs") and, for an editable field, text (the merged text: a list one
    // item a line). Fields not given keep the server's value.
    Q_INVOKABLE bool saveMerged(qint64 conflictId, const QVariantList &choices);

    // The field set and texts, for tests and the model's own roles.
    struct Field
    {
        QString key;   // the payload's key; "anchors.junior" for a nested one
        QString label; // "Follow-ups"
        enum class Type { Text, Lines, Whole } type = Type::Whole;
    };
    static QList<Field> fieldsOf(vocabulary::EntityKind kind);
    // `payload`'s value at `field` as a person reads it.
    QString readable(vocabulary::EntityKind kind, const Field &field,
                     const QJsonObject &payload) const;
    // `merged` with `field` set from `text` (Text, Lines) or from `side` (Whole).
    static void assign(QJsonObject &merged, const Field &field, const QString &text);
    static void assign(QJsonObject &merged, const Field &field, const QJsonObject &side);

signals:
    void countChanged();
    void errorChanged();
    // A conflict was resolved: the local data changed (the bank, plans or history reload).
    void resolved();

private:
    std::optional<LocalSync::Conflict> find(qint64 conflictId) const;
    QString sideText(const LocalSync::Conflict &conflict, bool mine) const;
    void setError(const QString &error);
    bool finish();

    mutable LocalSync m_local;
    QList<LocalSync::Conflict> m_conflicts;
    QString m_error;
};
