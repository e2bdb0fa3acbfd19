#pragma once

#include "question.h"

#include <QAbstractListModel>
#include <QtQml/qqmlregistration.h>

class BankRepository;

// The bank's questions for a list view: all of them in bank order, or the matches of
// `query` best first. Rows arrive a page at a time (canFetchMore / fetchMore), so a
// bank of 100,000 questions costs only what is on screen.
class QuestionListModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Provided by QuestionBank.questions")
    Q_PROPERTY(QString query READ query WRITE setQuery NOTIFY queryChanged)
    Q_PROPERTY(int count READ rowCount NOTIFY countChanged)

public:
    enum Role {
        IdRole = Qt::UserRole + 1,
        UuidRole,
        TitleRole,
        CategoryRole,
        LevelRole,
        KindRole,
        MinutesRole,
        ArchivedRole,
        // True on the first row of each category while the list is in bank order,
        // so the view can put a heading there.
        StartsCategoryRole,
    };
    Q_ENUM(Role)

    static constexpr int kPageSize = 100;

    explicit QuestionListModel(BankRepository &repository, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

    QString query() const { return m_query; }
    void setQuery(const QString &query);

    Q_INVOKABLE qint64 idAt(int row) const;
    // Re-reads the first page, e.g. after an import changed the bank.
    Q_INVOKABLE void reload();

signals:
    void queryChanged();
    void countChanged();

private:
    QList<QuestionSummary> fetchPage(int offset) const;

    BankRepository &m_repository;
    QString m_query;
    QList<QuestionSummary> m_rows;
    bool m_exhausted = false;
    bool m_changing = false; // inside begin…/end… of a reset or insert
};
