#pragma once

#include "domain/interview.h"

#include <QAbstractListModel>
#include <QtQml/qqmlregistration.h>

// The items of the live interview in plan order, for the agenda: state, time spent
// against the budget, score and flags. LiveInterview refreshes it; only rows whose
// values changed are signalled (the running clock touches one row a second).
class AgendaModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Provided by InterviewDesk.live.agenda")
    Q_PROPERTY(int count READ rowCount NOTIFY countChanged)

public:
    enum Role {
        TitleRole = Qt::UserRole + 1,
        CategoryRole,
        StateRole, // a vocabulary::ItemState
        SecondsRole,
        BudgetMinutesRole,
        ScoreRole, // 0 = not scored
        FlagStrongRole,
        FlagConcernRole,
        OverBudgetRole,
        StateLabelRole,
        TimeTextRole, // "06:12 / 8 min"
        CurrentRole,  // the question the live call is on (none once finished)
    };
    Q_ENUM(Role)

    explicit AgendaModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    // Shows `interview` (a reset when the item count or interview changed, else the
    // changed rows) with the times at `now`.
    void update(const Interview &interview, const QDateTime &now);
    void clear();

signals:
    void countChanged();

private:
    struct Row
    {
        QString title;
        QString category;
        vocabulary::ItemState state = vocabulary::ItemState::Pending;
        int seconds = 0;
        int budgetMinutes = 0;
        int score = 0;
        bool flagStrong = false;
        bool flagConcern = false;
        bool current = false;
        bool operator==(const Row &other) const;
    };

    qint64 m_interviewId = 0;
    QList<Row> m_rows;
};
