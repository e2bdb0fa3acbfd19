#include "offlinenetwork.h"

#include <QCoreApplication>
#include <QMutex>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTimer>
#include <atomic>

namespace {

std::atomic<int> s_refused{0};
QMutex s_mutex;
QStringList s_urls; // guarded by s_mutex; the last few only

// A reply that has already failed: no socket is opened, no byte is sent.
class RefusedReply : public QNetworkReply
{
public:
    RefusedReply(QNetworkAccessManager::Operation operation, const QNetworkRequest &request,
                 QObject *parent)
        : QNetworkReply(parent)
    {
        setRequest(request);
        setUrl(request.url());
        setOperation(operation);
        open(QIODevice::ReadOnly | QIODevice::Unbuffered);
        setError(
            QNetworkReply::ContentAccessDenied,
            tr("Panelist works offline; %1 was not loaded.").arg(request.url().toDisplayString()));
        setFinished(true);
        // Listeners connect after the reply is returned: tell them on the next turn.
        QTimer::singleShot(0, this, [this] {
            emit errorOccurred(error());
            emit finished();
        });
    }

    void abort() override {}
    qint64 bytesAvailable() const override { return 0; }

protected:
    qint64 readData(char *, qint64) override { return -1; }
};

class OfflineNetworkAccessManager : public QNetworkAccessManager
{
public:
    using QNetworkAccessManager::QNetworkAccessManager;

protected:
    QNetworkReply *createRequest(Operation operation, const QNetworkRequest &request,
                                 QIODevice *) override
    {
        ++s_refused;
        {
            QMutexLocker lock(&s_mutex);
            s_urls.append(request.url().toString());
            while (s_urls.size() > 20)
                s_urls.removeFirst();
        }
        return new RefusedReply(operation, request, this);
    }
};

} // namespace

QNetworkAccessManager *OfflineNetworkFactory::create(QObject *parent)
{
    return new OfflineNetworkAccessManager(parent);
}

int OfflineNetworkFactory::refusedRequests()
{
    return s_refused.load();
}

QStringList OfflineNetworkFactory::refusedUrls()
{
    QMutexLocker lock(&s_mutex);
    return s_urls;
}
