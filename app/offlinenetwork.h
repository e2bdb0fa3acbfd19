#pragma once

#include <QQmlNetworkAccessManagerFactory>
#include <QStringList>

// Panelist works offline: the QML engine's network access goes through this factory,
// whose managers answer every request at once with an error and send nothing. It is the
// second line of defence — SafeText already keeps every URL out of what views render —
// and it counts what it refused, so a test can prove nothing even tried.
class OfflineNetworkFactory : public QQmlNetworkAccessManagerFactory
{
public:
    QNetworkAccessManager *create(QObject *parent) override;

    // Requests refused since the start (any thread), and the newest of their URLs.
    static int refusedRequests();
    static QStringList refusedUrls();
};
