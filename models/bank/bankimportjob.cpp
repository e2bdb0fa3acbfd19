#include "bank/bankimportjob.h"

#include "storage/bankrepository.h"
#include "storage/bankfiles.h"
#include "storage/database.h"
#include "domain/errors.h"

#include <QCoreApplication>
#include <QFileInfo>

BankImportJob::BankImportJob(QString databaseLocation, QObject *parent)
    : QObject(parent)
    , m_databaseLocation(std::move(databaseLocation))
{}

BankImportJob::~BankImportJob()
{
    cancel();
    wait();
}

bool BankImportJob::start(const QUrl &file)
{
    if (m_thread)
        return false;
    const QString path = file.isLocalFile() ? file.toLocalFile() : file.toString();
    m_cancel = false;
    m_progress = 0;
    m_succeeded = false;
    m_summary.clear();
    m_thread = QThread::create([this, path] { run(path); });
    connect(m_thread, &QThread::finished, this, [this] {
        m_thread->deleteLater();
        m_thread = nullptr;
        emit runningChanged();
        emit finished();
    });
    emit runningChanged();
    emit progressChanged();
    m_thread->start();
    return true;
}

void BankImportJob::cancel()
{
    m_cancel = true;
}

void BankImportJob::wait()
{
    if (m_thread)
        m_thread->wait();
    QCoreApplication::sendPostedEvents(this);
}

void BankImportJob::run(const QString &path)
{
    // Runs on the worker thread: everything it shares with the UI goes through
    // queued calls, and the database connection is its own.
    try {
        const BankDocument document = bankfiles::read(path);
        Database database(m_databaseLocation, Database::Role::Secondary);
        BankRepository repository(database);
        const BankRepository::ImportResult result = repository.importQuestions(
            document.categories, document.questions,
            [this](int done, int total) {
                report(total > 0 ? double(done) / total : 1.0);
                return !m_cancel.load();
            },
            [this] { return m_cancel.load(); });
        complete(true, tr("%1: %2 added, %3 updated, %4 unchanged, 0 rejected.")
                           .arg(QFileInfo(path).fileName())
                           .arg(result.added)
                           .arg(result.updated)
                           .arg(result.unchanged));
    } catch (const PanelistError &error) {
        complete(false, error.message());
    }
}

void BankImportJob::report(double progress)
{
    QMetaObject::invokeMethod(this, [this, progress] {
        m_progress = progress;
        emit progressChanged();
    });
}

void BankImportJob::complete(bool succeeded, const QString &summary)
{
    QMetaObject::invokeMethod(this, [this, succeeded, summary] {
        m_succeeded = succeeded;
        m_summary = summary;
    });
}
