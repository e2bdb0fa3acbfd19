#pragma once

#include "domain/interview.h"
#include "storage/panelguard.h"

#include <QAbstractListModel>
#include <QtQml/qqmlregistration.h>

class Database;

// The loop of one candidate: their interviews, oldest first, each with its interviewer,
// plan, status, start and end, and whether its scorecard is in (finished). Read through
// the bias guard (PanelGuard): a colleague's interview the current interviewer may not
// read yet is there, marked hidden, without its recommendation.
class CandidateLoopModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Provided by CandidateDesk.loop")
    Q_PROPERTY(int candidateId READ candidateId NOTIFY candidateIdChanged)
    Q_PROPERTY(int count READ rowCount NOTIFY countChanged)

public:
    enum Role {
        IdRole = Qt::UserRole + 1,
        InterviewerRole,
        PlanNameRole,
        StatusRole, // a vocabulary::InterviewStatus
        StatusLabelRole,
        StartedRole, // the locale's short date and time; "" before it started
        EndedRole,   // ditto, "" until finished
        ScorecardInRole,
        RecommendationRole, // a vocabulary::Recommendation
        RecommendationLabelRole,
        HiddenRole, // a colleague's interview, held back until the viewer submits theirs
    };
    Q_ENUM(Role)

    explicit CandidateLoopModel(Database &database, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    int candidateId() const { return int(m_candidateId); }
    // Shows the loop of candidate `id` (0: none). Throws PanelistError when reading fails.
    void load(qint64 id);
    // Reads the same candidate's loop again.
    void reload() { load(m_candidateId); }
    Q_INVOKABLE int idAt(int row) const;

signals:
    void candidateIdChanged();
    void countChanged();

private:
    struct Row
    {
        InterviewSummary summary;
        bool hidden = false;
    };
    PanelGuard m_guard;
    qint64 m_candidateId = 0;
    QList<Row> m_rows;
};
