#pragma once

#include <QAbstractListModel>
#include <QPair>
#include <QtQml/qqmlregistration.h>
#include <functional>

// The values of one filter (category, level, kind or tag) with how many questions of
// the current search carry each, for a filter menu: "Concurrency (12)". A value is what
// the filter holds (a category, a tag, a level's stored key); its label what people read.
class FacetModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Provided by QuestionListModel")
    Q_PROPERTY(int count READ rowCount NOTIFY countChanged)

public:
    enum Role { ValueRole = Qt::UserRole + 1, CountRole, LabelRole };

    explicit FacetModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    // Replaces the values, announcing only what changed when the values are the same.
    void setValues(const QList<QPair<QString, int>> &values);
    Q_INVOKABLE int countOf(const QString &value) const;
    // The label of `value`: the value itself unless setLabels says otherwise.
    Q_INVOKABLE QString labelOf(const QString &value) const;
    // How values read (a level's key "senior" as "Senior").
    void setLabels(std::function<QString(const QString &)> labels) { m_labels = std::move(labels); }

signals:
    void countChanged();

private:
    QList<QPair<QString, int>> m_values;
    std::function<QString(const QString &)> m_labels;
};
