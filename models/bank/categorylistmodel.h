#pragma once

#include "storage/categoryrepository.h"

#include <QAbstractListModel>
#include <QtQml/qqmlregistration.h>

// Categories in bank order with their question counts, and the edits a person makes
// to them. Each edit is one transaction; a refused edit leaves `error` set.
class CategoryListModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Provided by QuestionBank.categories")
    Q_PROPERTY(int count READ rowCount NOTIFY countChanged)
    Q_PROPERTY(QStringList names READ names NOTIFY countChanged)
    Q_PROPERTY(QString error READ error NOTIFY errorChanged)

public:
    enum Role { IdRole = Qt::UserRole + 1, NameRole, QuestionCountRole };

    explicit CategoryListModel(CategoryRepository &repository, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    QStringList names() const;
    QString error() const { return m_error; }

    Q_INVOKABLE bool add(const QString &name);
    Q_INVOKABLE bool rename(int row, const QString &name);
    Q_INVOKABLE bool move(int from, int to);
    Q_INVOKABLE bool merge(int fromRow, int intoRow);
    // Removes the category at `row`; its questions, if any, go to `moveToRow`.
    Q_INVOKABLE bool remove(int row, int moveToRow = -1);
    Q_INVOKABLE void reload();

signals:
    void countChanged();
    void errorChanged();
    void categoriesEdited(); // questions may have moved: lists showing them reload

private:
    template<typename Edit> bool apply(Edit edit);
    void setError(const QString &error);

    CategoryRepository &m_repository;
    QList<CategoryRepository::Row> m_rows;
    QString m_error;
};
