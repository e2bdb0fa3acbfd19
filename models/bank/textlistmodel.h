#pragma once

#include <QAbstractListModel>
#include <QStringList>
#include <QtQml/qqmlregistration.h>

// An ordered, editable list of short texts (follow-ups, rubric criteria) for an
// editor: add, edit, remove and reorder, each announced with the narrowest signal.
class TextListModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Owned by QuestionEditor")
    Q_PROPERTY(int count READ rowCount NOTIFY countChanged)

public:
    enum Role { TextRole = Qt::UserRole + 1 };

    explicit TextListModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QHash<int, QByteArray> roleNames() const override;

    QStringList texts() const { return m_texts; }
    void setTexts(const QStringList &texts);

    Q_INVOKABLE void append(const QString &text = {});
    Q_INVOKABLE void setText(int row, const QString &text);
    Q_INVOKABLE void remove(int row);
    // Moves one row to `to`; false when either row is out of range.
    Q_INVOKABLE bool move(int from, int to);

signals:
    void countChanged();
    void edited(); // any change of content or order

private:
    QStringList m_texts;
};
