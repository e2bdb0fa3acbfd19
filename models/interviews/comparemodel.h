#pragma once

#include "domain/interview.h"
#include "domain/scoring.h"
#include "formats/csv.h"

#include <QAbstractTableModel>
#include <QLocale>
#include <QUrl>
#include <QVariantList>
#include <QtQml/qqmlregistration.h>

class InterviewRepository;

// The candidates of one plan side by side, for a TableView: one row per candidate
// (interviews.candidate_id) who had an interview of the plan (finished ones, and live ones:
// the row is marked "(live)"), however many interviewers saw them. Columns: candidate,
// start (the first interview's, the locale's short date and time), recommendation (each
// finished interview's, earliest first), the overall score (the mean of every score given
// in the candidate's interviews, as scoring::overall has it, one decimal), then each
// competency of the plan (matched by name, Scorecard::ratingOf): the mean rating of the
// submitted scorecards, one decimal, with the range when two or more rated it ("3.5 (3–4)";
// a spread of scoring::Spread::kDisagreement or more is a disagreement), then the average
// score of each category (one decimal), then the mean score of each question ("–" when not
// scored). A live interview adds its scores so far; its scorecard is not submitted, so it
// adds no rating and no recommendation. Interviews of a plan that changed between them are
// matched by the snapshot's question uuid (and, for a question asked twice, which time it
// came up) and competencies by name; the columns are the union, in plan order of first
// appearance.
class CompareModel : public QAbstractTableModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Provided by InterviewDesk.compare")
    Q_PROPERTY(int planId READ planId NOTIFY planChanged)
    Q_PROPERTY(QString planName READ planName NOTIFY planChanged)
    // Column titles.
    Q_PROPERTY(QStringList headers READ headers NOTIFY planChanged)
    Q_PROPERTY(int count READ count NOTIFY planChanged)
    // Columns from OverallColumn on are scores: the overall one, from firstCompetencyColumn
    // competency ratings, from firstCategoryColumn category averages, from
    // firstQuestionColumn question scores.
    Q_PROPERTY(int firstCompetencyColumn READ firstCompetencyColumn CONSTANT)
    Q_PROPERTY(int firstCategoryColumn READ firstCategoryColumn NOTIFY planChanged)
    Q_PROPERTY(int firstQuestionColumn READ firstQuestionColumn NOTIFY planChanged)
    Q_PROPERTY(int sortColumn READ sortColumn NOTIFY sortChanged)
    Q_PROPERTY(bool sortAscending READ sortAscending NOTIFY sortChanged)
    // Plans with at least one interview: {planId, planName, count}, by name.
    Q_PROPERTY(QVariantList plans READ plans NOTIFY plansChanged)
    // Why the last export (or load) failed; empty after one that worked.
    Q_PROPERTY(QString error READ error NOTIFY errorChanged)

public:
    enum Column { CandidateColumn, DateColumn, RecommendationColumn, OverallColumn };
    Q_ENUM(Column)
    enum Role {
        ValueRole = Qt::UserRole + 1, // the number behind a score, a rating or the mean
                                      // recommendation (strong no 1 … strong yes 4), or null
        IsScoreRole,                  // the overall, a competency, a category or a question
        LiveRole,                     // one of the row's interviews is still live
        InterviewIdRole,              // the row's newest interview
        InterviewIdsRole,             // the row's interviews, earliest first
        CandidateIdRole,              // interviews.candidate_id (0 for none)
        DisagreementRole,             // a competency whose ratings spread by 2 or more
        RatingsRole,                  // a competency: the ratings given, earliest first
    };
    Q_ENUM(Role)

    explicit CompareModel(InterviewRepository &repository, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    // Shows plan `planId` (reading its interviews again); 0 shows nothing.
    Q_INVOKABLE void setPlan(int planId);
    // Reads the plans and the plan shown again (after interviews changed).
    Q_INVOKABLE void refresh();
    // Numbers sort numerically, text by locale; empty cells go last either way.
    Q_INVOKABLE void sortBy(int column, bool ascending);
    // The table as shown (sorted), with a header row, as CSV (see formats/csv.h: RFC 4180,
    // UTF-8, a formula kept as text), through textfile::write (whole or not at all, mode
    // 0600). Empty cells for questions not scored. False with `error` set on failure.
    Q_INVOKABLE bool exportCsv(const QUrl &file);
    // The same as text.
    QString csv() const;

    int planId() const { return m_planId; }
    QString planName() const { return m_planName; }
    QStringList headers() const;
    int count() const { return int(m_rows.size()); }
    int firstCompetencyColumn() const { return OverallColumn + 1; }
    int firstCategoryColumn() const { return firstCompetencyColumn() + int(m_competencies.size()); }
    int firstQuestionColumn() const { return firstCategoryColumn() + int(m_categories.size()); }
    int sortColumn() const { return m_sortColumn; }
    bool sortAscending() const { return m_sortAscending; }
    QVariantList plans() const { return m_plans; }
    QString error() const { return m_error; }

signals:
    void planChanged();
    void sortChanged();
    void plansChanged();
    void errorChanged();

private:
    struct Row
    {
        qint64 candidateId = 0;
        QList<qint64> ids;                                 // the interviews, earliest first
        QString candidate;                                 // as the newest interview has it
        QDateTime startedAt;                               // of the first interview
        QList<vocabulary::Recommendation> recommendations; // given ones, earliest first
        bool live = false;
        QVariant overall;               // the mean of the scores given, or null
        QList<QList<int>> ratings;      // per competency: the submitted ratings, earliest first
        QList<scoring::Spread> spreads; // per competency
        QList<QVariant> scores;         // per category, then per question: double, or null
    };
    struct QuestionColumn
    {
        QString key; // uuid#occurrence
        QString title;
        QString category;
    };

    void load();
    void loadPlans();
    void sortRows();
    QVariant value(const Row &row, int column) const;
    // What cell `column` of `row` shows; its numbers in `numbers` (the CSV's are the C
    // locale's: a file format, not a display), its date in the user's locale.
    QString text(const Row &row, int column, const QLocale &numbers = QLocale()) const;
    // The table as shown, with its header row, for csv::encode.
    QList<csv::Row> table() const;
    void setError(const QString &error);

    InterviewRepository &m_repository;
    int m_planId = 0;
    QString m_planName;
    QStringList m_competencies;
    QStringList m_categories;
    QList<QuestionColumn> m_questions;
    QList<Row> m_rows;
    int m_sortColumn = DateColumn;
    bool m_sortAscending = true;
    QVariantList m_plans;
    QString m_error;
};
