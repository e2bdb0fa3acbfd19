#pragma once

#include <QAbstractListModel>
#include <QPair>
#include <QtQml/qqmlregistration.h>

// The values of one filter (category, level, kind or tag) with how many questions of
// the current search carry each, for a filter menu: "Concurrency (12)".
class FacetModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Provided by QuestionListModel")
    Q_PROPERTY(int count READ rowCount NOTIFY countChanged)

public:
    enum Role { ValueRole = Qt::UserRole + 1, CountRole };

    explicit FacetModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    // Replaces the values, announcing only what changed when the values are the same.
    void setValues(const QList<QPair<QString, int>> &values);
    Q_INVOKABLE int countOf(const QString &value) const;

signals:
    void countChanged();

private:
    QList<QPair<QString, int>> m_values;
};
