#include "bank/facetcounter.h"

#include "storage/database.h"
#include "domain/errors.h"

#include <memory>

namespace {

// Lives on the worker thread: the connection is opened there and used only there.
class Worker : public QObject
{
public:
    Worker(QString location, const std::atomic_int &generation)
        : m_location(std::move(location))
        , m_generation(generation)
    {}

    void count(FacetCounter *owner, const searchindex::Request &request, int generation)
    {
        if (generation != m_generation.load())
            return; // a newer request is already queued
        try {
            if (!m_database)
                m_database = std::make_unique<Database>(m_location, Database::Role::Secondary);
            const searchindex::Facets facets =
                searchindex::facets(m_database->connection(), request);
            if (generation == m_generation.load())
                emit owner->counted(facets);
        } catch (const PanelistError &error) {
            qWarning("Facet counts failed: %s", qPrintable(error.message()));
        }
    }

private:
    QString m_location;
    const std::atomic_int &m_generation;
    std::unique_ptr<Database> m_database;
};

} // namespace

FacetCounter::FacetCounter(const QString &databaseLocation, QObject *parent)
    : QObject(parent)
{
    qRegisterMetaType<searchindex::Request>();
    qRegisterMetaType<searchindex::Facets>();
    auto *worker = new Worker(databaseLocation, m_generation);
    worker->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, worker, &QObject::deleteLater);
    connect(this, &FacetCounter::requested, worker,
            [this, worker](const searchindex::Request &request, int generation) {
                worker->count(this, request, generation);
            });
    m_thread.setObjectName(QStringLiteral("facet counter"));
    m_thread.start(QThread::LowPriority);
}

FacetCounter::~FacetCounter()
{
    ++m_generation; // drop whatever is queued
    m_thread.quit();
    m_thread.wait();
}

void FacetCounter::request(const searchindex::Request &request)
{
    emit requested(request, ++m_generation);
}
