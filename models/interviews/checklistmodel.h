#pragma once

#include <QAbstractListModel>
#include <QtQml/qqmlregistration.h>

// A short list of texts with a check mark each: the current question's follow-ups
// (role "marked": asked; adHoc for those added during the call) or its rubric criteria
// (marked = met).
class ChecklistModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Provided by InterviewDesk.live")
    Q_PROPERTY(int count READ rowCount NOTIFY countChanged)

public:
    enum Role { TextRole = Qt::UserRole + 1, CheckedRole, AdHocRole };
    Q_ENUM(Role)

    struct Entry
    {
        QString text;
        bool checked = false;
        bool adHoc = false;
        bool operator==(const Entry &other) const
        {
            return text == other.text && checked == other.checked && adHoc == other.adHoc;
        }
    };

    explicit ChecklistModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    // Shows `entries` of item `owner`: a reset for another item, else appended rows
    // and changed rows only.
    void update(qint64 owner, const QList<Entry> &entries);

signals:
    void countChanged();

private:
    qint64 m_owner = -1;
    QList<Entry> m_entries;
};
