#pragma once

#include "domain/candidate.h"

#include <QAbstractListModel>
#include <QVariantList>
#include <QtQml/qqmlregistration.h>

class CandidateRepository;

// Every candidate, by name, for the Candidates page: name, email, role, status, how far
// the loop is (stage and "3 of 4 scorecards in") and the last activity. A search (every
// word in the name, email or role, letter case and accents ignored), a status, a role
// and a stage narrow it; the filters work on the rows read at the last refresh(), so a
// keystroke never queries the database.
//
// Rows reach the view in batches (canFetchMore / fetchMore, kBatch at a time), so a list
// of 10,000 candidates costs a screenful of delegates and one page of rows. The current
// candidate (currentId) is kept across refreshes and filters: currentRow says where it
// is now, or -1 when the filters hide it.
class CandidateListModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Provided by CandidateDesk.candidates")
    Q_PROPERTY(int count READ count NOTIFY countChanged)
    Q_PROPERTY(int totalCount READ totalCount NOTIFY totalCountChanged)
    Q_PROPERTY(QString search READ search WRITE setSearch NOTIFY searchChanged)
    // Stored keys; "" for any (the `key` of statusChoices / stageChoices).
    Q_PROPERTY(QString status READ status WRITE setStatus NOTIFY statusChanged)
    Q_PROPERTY(QString stage READ stage WRITE setStage NOTIFY stageChanged)
    // The role applied for, exact but for letter case; "" for any.
    Q_PROPERTY(QString role READ role WRITE setRole NOTIFY roleChanged)
    // [{key, label}], "any" first.
    Q_PROPERTY(QVariantList statusChoices READ statusChoices CONSTANT)
    Q_PROPERTY(QVariantList stageChoices READ stageChoices CONSTANT)
    // [{key, label}]: "All roles", then every role a candidate applied for, by name.
    Q_PROPERTY(QVariantList roleChoices READ roleChoices NOTIFY roleChoicesChanged)
    Q_PROPERTY(int currentId READ currentId WRITE setCurrentId NOTIFY currentIdChanged)
    Q_PROPERTY(int currentRow READ currentRow NOTIFY currentRowChanged)

public:
    // Rows handed to the view at a time.
    static constexpr int kBatch = 200;

    enum Role {
        IdRole = Qt::UserRole + 1,
        NameRole,
        EmailRole,
        RoleRole,   // the role applied for
        StatusRole, // a vocabulary::CandidateStatus
        StatusKeyRole,
        StatusLabelRole,
        StageRole, // a vocabulary::CandidateStage
        StageLabelRole,
        ProgressTextRole, // "3 of 4 scorecards in"
        InterviewsRole,
        FinishedRole,
        LastActivityRole, // the locale's short date and time
    };
    Q_ENUM(Role)

    explicit CandidateListModel(const CandidateRepository &repository, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

    // Every row the filters let through, shown yet or not.
    int count() const { return int(m_rows.size()); }
    int totalCount() const { return int(m_all.size()); }
    QString search() const { return m_search; }
    void setSearch(const QString &search);
    QString status() const { return m_status; }
    void setStatus(const QString &status);
    QString stage() const { return m_stage; }
    void setStage(const QString &stage);
    QString role() const { return m_role; }
    void setRole(const QString &role);
    static QVariantList statusChoices();
    static QVariantList stageChoices();
    QVariantList roleChoices() const { return m_roleChoices; }
    int currentId() const { return m_currentId; }
    void setCurrentId(int id);
    int currentRow() const { return rowOf(m_currentId); }

    // Reads every candidate again (after a start, a finish, a removal, a pull).
    Q_INVOKABLE void refresh();
    // The row of candidate `id` under the filters, or -1 (also while the row is not
    // fetched yet; a refresh or filter fetches up to the current candidate's row).
    Q_INVOKABLE int rowOf(int id) const;
    Q_INVOKABLE int idAt(int row) const;
    // The candidate `id` as last read; nothing when the list has none.
    const CandidateOverview *overview(qint64 id) const;

signals:
    void countChanged();
    void totalCountChanged();
    void searchChanged();
    void statusChanged();
    void stageChanged();
    void roleChanged();
    void roleChoicesChanged();
    void currentIdChanged();
    void currentRowChanged();
    // Refresh failed; the message names the file and why.
    void failed(const QString &message);

private:
    struct Entry
    {
        CandidateOverview overview;
        QString haystack; // folded name, email and role
        vocabulary::CandidateStage stage;
    };
    bool matches(const Entry &entry, const QStringList &words) const;
    // Where candidate `id` is in m_rows, fetched or not; -1 when the filters hide them.
    int indexOf(int id) const;
    void applyFilters();

    const CandidateRepository &m_repository;
    QList<Entry> m_all;
    QList<int> m_rows; // indexes into m_all, in order
    int m_shown = 0;   // rows handed to the view
    QString m_search;
    QString m_status;
    QString m_stage;
    QString m_role;
    QVariantList m_roleChoices;
    int m_currentId = 0;
    int m_lastRow = -1;
    bool m_holdCurrent = false; // while the rows are replaced (and the reset is told)
};
