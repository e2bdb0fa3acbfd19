#pragma once

#include "bankrepository.h"
#include "questionlistmodel.h"

#include <QObject>
#include <QVariantMap>
#include <QtQml/qqmlregistration.h>

class QQmlEngine;
class QJSEngine;

// The bank as QML sees it: the question list and one question's full details. The
// instance is the one main() built over the open database.
class QuestionBank : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON
    Q_PROPERTY(QuestionListModel *questions READ questions CONSTANT)
    Q_PROPERTY(int questionCount READ questionCount NOTIFY bankChanged)
    Q_PROPERTY(QString databaseLocation READ databaseLocation CONSTANT)

public:
    QuestionBank(BankRepository &repository, QString databaseLocation, QObject *parent = nullptr);

    static QuestionBank *create(QQmlEngine *, QJSEngine *);
    static void setInstance(QuestionBank *instance);

    QuestionListModel *questions() { return &m_questions; }
    int questionCount() const;
    QString databaseLocation() const { return m_databaseLocation; }

    // Everything the detail pane shows, or an empty map when the id is unknown.
    Q_INVOKABLE QVariantMap question(qint64 id) const;

signals:
    void bankChanged();

private:
    BankRepository &m_repository;
    QuestionListModel m_questions;
    QString m_databaseLocation;
};
