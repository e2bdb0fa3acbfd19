#pragma once

#include "bank/bankimportjob.h"
#include "bank/categorylistmodel.h"
#include "bank/facetcounter.h"
#include "bank/questioneditor.h"
#include "bank/questionlistmodel.h"
#include "storage/bankrepository.h"

#include <QObject>
#include <QUrl>
#include <QVariantMap>
#include <QtQml/qqmlregistration.h>

class QQmlEngine;
class QJSEngine;
class SettingsStore;

// The bank as QML sees it: the question list with its filters, one question's full
// details, the editor, the categories, and the actions on questions and files. The
// instance is the one main() built over the open database.
class QuestionBank : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON
    Q_PROPERTY(QuestionListModel *questions READ questions CONSTANT)
    // A second, independent list for picking questions elsewhere (the plan editor).
    Q_PROPERTY(QuestionListModel *picker READ picker CONSTANT)
    Q_PROPERTY(QuestionEditor *editor READ editor CONSTANT)
    Q_PROPERTY(CategoryListModel *categories READ categories CONSTANT)
    Q_PROPERTY(BankImportJob *importJob READ importJob CONSTANT)
    Q_PROPERTY(int questionCount READ questionCount NOTIFY bankChanged)
    Q_PROPERTY(QString databaseLocation READ databaseLocation CONSTANT)
    Q_PROPERTY(QString message READ message NOTIFY messageChanged)
    // Grows with every change to the bank, so views showing a question re-read it.
    Q_PROPERTY(int revision READ revision NOTIFY bankChanged)

public:
    QuestionBank(BankRepository &repository, SettingsStore &settings, QString databaseLocation,
                 QObject *parent = nullptr);

    static QuestionBank *create(QQmlEngine *, QJSEngine *);
    static void setInstance(QuestionBank *instance);

    QuestionListModel *questions() { return &m_questions; }
    QuestionListModel *picker() { return &m_picker; }
    QuestionEditor *editor() { return &m_editor; }
    CategoryListModel *categories() { return &m_categories; }
    BankImportJob *importJob() { return &m_importJob; }
    int questionCount() const;
    QString databaseLocation() const { return m_databaseLocation; }
    QString message() const { return m_message; }
    int revision() const { return m_revision; }

    // Everything the detail pane shows, or an empty map when the id is unknown.
    Q_INVOKABLE QVariantMap question(qint64 id) const;
    Q_INVOKABLE bool setArchived(qint64 id, bool archived);
    // Deletes for good (the UI asks first; archiving is the everyday way out).
    Q_INVOKABLE bool remove(qint64 id);
    // Writes the whole bank to `file` (.json or .md); the outcome lands in `message`.
    Q_INVOKABLE bool exportTo(const QUrl &file);
    // Where the export dialog starts: panelist-bank-2026-11-23.json in
    // textfile::defaultFolder() (the documents folder, made if missing, else home).
    Q_INVOKABLE QUrl suggestedExportFile(const QString &extension) const;

    // Reads the bank again after it changed outside the window's own edits (a team
    // join's download, a resolved conflict).
    void reload() { afterChange(); }

signals:
    void bankChanged();
    void messageChanged();

private:
    void afterChange();
    void setMessage(const QString &message);

    BankRepository &m_repository;
    QuestionListModel m_questions;
    QuestionListModel m_picker;
    QuestionEditor m_editor;
    CategoryListModel m_categories;
    BankImportJob m_importJob;
    FacetCounter m_facetCounter;
    QString m_databaseLocation;
    QString m_message;
    int m_revision = 0;
};
