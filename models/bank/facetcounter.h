#pragma once

#include "storage/searchindex.h"

#include <QObject>
#include <QThread>
#include <atomic>

// Counts filter facets on a worker thread with its own database connection, so a
// search over a large bank never makes the window wait for its counts. Only the
// newest request's answer is delivered.
class FacetCounter : public QObject
{
    Q_OBJECT

public:
    explicit FacetCounter(const QString &databaseLocation, QObject *parent = nullptr);
    ~FacetCounter() override;

    void request(const searchindex::Request &request);

signals:
    void counted(const searchindex::Facets &facets);

    // Internal: carries a request to the worker thread.
    void requested(const searchindex::Request &request, int generation);

private:
    QThread m_thread;
    std::atomic_int m_generation{0};
};
