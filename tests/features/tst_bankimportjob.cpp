#include "bank/bankimportjob.h"
#include "domain/errors.h"
#include "formats/bankdocument.h"
#include "formats/bankjson.h"
#include "support/testsupport.h"
#include "support/testworkspace.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using testsupport::sampleQuestion;

// The background import as the app runs it: the UI thread keeps its own (primary)
// connection open while the job writes through a connection of its own.
class BankImportJobTest : public QObject
{
    Q_OBJECT

    static constexpr int kImported = 500;
    static constexpr int kTimeoutMs = 60000; // a slow, shared CI machine

    QTemporaryDir m_dir;
    std::unique_ptr<TestWorkspace> m_ws;
    QString m_bankFile;

    // Questions 1000.. so they never clash with the ones already in the database.
    static BankDocument document()
    {
        BankDocument document;
        document.categories = {{0, QStringLiteral("Internals"), 0},
                               {0, QStringLiteral("Imported"), 1}};
        for (int i = 0; i < kImported; ++i)
            document.questions << sampleQuestion(1000 + i, i % 2 ? QStringLiteral("Imported")
                                                                 : QStringLiteral("Internals"));
        return document;
    }

private slots:
    void initTestCase()
    {
        m_bankFile = m_dir.filePath(QStringLiteral("bank.json"));
        testsupport::writeFile(m_bankFile, bankjson::write(document()));
    }

    void init()
    {
        m_ws = std::make_unique<TestWorkspace>();
        // Something already there, so "unchanged" means more than "still empty".
        for (int i = 1; i <= 3; ++i)
            m_ws->bank().addQuestion(sampleQuestion(i));
    }

    void importsOnAWorkerThread()
    {
        BankImportJob job(m_ws->location());
        QVERIFY(!job.running());
        QList<double> progress;
        connect(&job, &BankImportJob::progressChanged, this, [&] { progress << job.progress(); });
        QSignalSpy finished(&job, &BankImportJob::finished);
        QSignalSpy runningChanged(&job, &BankImportJob::runningChanged);

        QVERIFY(job.start(QUrl::fromLocalFile(m_bankFile)));
        QVERIFY(job.running());
        // One import at a time: a second start is refused while the first runs.
        QVERIFY(!job.start(QUrl::fromLocalFile(m_bankFile)));

        QTRY_VERIFY_WITH_TIMEOUT(!job.running(), kTimeoutMs);
        QCOMPARE(finished.count(), 1);
        QCOMPARE(runningChanged.count(), 2);
        QVERIFY2(job.succeeded(), qPrintable(job.summary()));
        QVERIFY2(job.summary().contains(QStringLiteral("500 added")), qPrintable(job.summary()));
        QVERIFY2(job.summary().contains(QStringLiteral("bank.json")), qPrintable(job.summary()));
        QCOMPARE(job.progress(), 1.0);
        // Progress only moves forward, and arrives in steps rather than all at the end.
        QVERIFY(progress.size() > 2);
        QVERIFY(std::is_sorted(progress.cbegin(), progress.cend()));

        // The app's own connection sees the committed import at once.
        QCOMPARE(m_ws->bank().questionCount(), 3 + kImported);
        const std::optional<Question> imported =
            m_ws->bank().questionByUuid(sampleQuestion(1001).uuid);
        QVERIFY(imported);
        QVERIFY(imported->sameContent(sampleQuestion(1001, QStringLiteral("Imported"))));

        // The same file again changes nothing, and says so.
        QVERIFY(job.start(QUrl::fromLocalFile(m_bankFile)));
        job.wait();
        QVERIFY(!job.running());
        QVERIFY(job.succeeded());
        QVERIFY2(job.summary().contains(QStringLiteral("500 unchanged")),
                 qPrintable(job.summary()));
        QCOMPARE(m_ws->bank().questionCount(), 3 + kImported);
    }

    void waitBlocksUntilTheJobHasFinished()
    {
        BankImportJob job(m_ws->location());
        QSignalSpy finished(&job, &BankImportJob::finished);
        QVERIFY(job.start(QUrl::fromLocalFile(m_bankFile)));
        job.wait();
        // Everything the worker reported has been delivered by the time wait() returns.
        QVERIFY(!job.running());
        QCOMPARE(finished.count(), 1);
        QVERIFY2(job.succeeded(), qPrintable(job.summary()));
        QCOMPARE(job.progress(), 1.0);
        QCOMPARE(m_ws->bank().questionCount(), 3 + kImported);
    }

    void cancelWritesNothing()
    {
        BankImportJob job(m_ws->location());
        QSignalSpy finished(&job, &BankImportJob::finished);
        QVERIFY(job.start(QUrl::fromLocalFile(m_bankFile)));
        // Reading and parsing the file alone takes far longer than this call, so the
        // cancel is seen at the first question; the rollback is what is under test.
        job.cancel();
        job.wait();
        QVERIFY(!job.running());
        QCOMPARE(finished.count(), 1);
        QVERIFY(!job.succeeded());
        QVERIFY2(job.summary().contains(QStringLiteral("cancelled")), qPrintable(job.summary()));
        QCOMPARE(m_ws->bank().questionCount(true), 3);
        QVERIFY(!m_ws->bank().questionByUuid(sampleQuestion(1000).uuid));
        QCOMPARE(m_ws->bank().categories().size(), 1); // "Imported" was rolled back too

        // A cancelled job can run again, and then completes.
        QVERIFY(job.start(QUrl::fromLocalFile(m_bankFile)));
        QTRY_VERIFY_WITH_TIMEOUT(!job.running(), kTimeoutMs);
        QVERIFY2(job.succeeded(), qPrintable(job.summary()));
        QCOMPARE(m_ws->bank().questionCount(), 3 + kImported);
    }

    void cancelMidwayWritesNothing()
    {
        BankImportJob job(m_ws->location());
        // Cancel once the worker reports that questions are being written.
        connect(&job, &BankImportJob::progressChanged, this, [&] {
            if (job.progress() > 0)
                job.cancel();
        });
        QVERIFY(job.start(QUrl::fromLocalFile(m_bankFile)));
        QTRY_VERIFY_WITH_TIMEOUT(!job.running(), kTimeoutMs);
        // The worker does not wait for the UI, so it may finish before the cancel
        // arrives; either way the database must hold all of the import or none of it.
        if (job.succeeded()) {
            QCOMPARE(m_ws->bank().questionCount(), 3 + kImported);
        } else {
            QVERIFY2(job.summary().contains(QStringLiteral("cancelled")),
                     qPrintable(job.summary()));
            QCOMPARE(m_ws->bank().questionCount(true), 3);
        }
    }

    void repositoryCancelMidwayRollsBack()
    {
        // The job's cancel rests on this: the progress callback says stop half-way
        // through, and the half already written is rolled back.
        const BankDocument doc = document();
        QList<int> done;
        int reportedTotal = 0;
        QVERIFY_THROWS_EXCEPTION(
            PanelistError,
            m_ws->bank().importQuestions(doc.categories, doc.questions, [&](int step, int total) {
                done << step;
                reportedTotal = total;
                return step < kImported / 2;
            }));
        QCOMPARE(done.size(), kImported / 2);
        QCOMPARE(done.first(), 1);
        QCOMPARE(done.last(), kImported / 2);
        QCOMPARE(reportedTotal, kImported);
        QCOMPARE(m_ws->bank().questionCount(true), 3);
        QCOMPARE(m_ws->bank().categories().size(), 1);
        QVERIFY(!m_ws->bank().questionByUuid(sampleQuestion(1000).uuid));

        // The connection is usable afterwards: the rollback ended the transaction.
        const BankRepository::ImportResult result =
            m_ws->bank().importQuestions(doc.categories, doc.questions);
        QCOMPARE(result.added, kImported);
    }

    void badFileWritesNothing_data()
    {
        QTest::addColumn<QString>("fileName");
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<QString>("reason");
        QTest::newRow("not JSON") << "broken.json" << QByteArray("{\"format\": \"panelist-bank\",")
                                  << "not valid JSON";
        QTest::newRow("wrong format")
            << "other.json" << QByteArray("{\"format\": \"something\", \"version\": 1}")
            << "panelist-bank";
        QTest::newRow("empty") << "empty.json" << QByteArray("  \n") << "empty";
        QTest::newRow("unknown type") << "bank.txt" << QByteArray("hello") << "unknown file type";
    }
    void badFileWritesNothing()
    {
        QFETCH(QString, fileName);
        QFETCH(QByteArray, content);
        QFETCH(QString, reason);
        const QString path = m_dir.filePath(fileName);
        testsupport::writeFile(path, content);

        BankImportJob job(m_ws->location());
        QVERIFY(job.start(QUrl::fromLocalFile(path)));
        QTRY_VERIFY_WITH_TIMEOUT(!job.running(), kTimeoutMs);
        QVERIFY(!job.succeeded());
        QVERIFY2(job.summary().contains(fileName), qPrintable(job.summary()));
        QVERIFY2(job.summary().contains(reason), qPrintable(job.summary()));
        QCOMPARE(m_ws->bank().questionCount(true), 3);
    }

    void aBadQuestionRejectsTheWholeFile()
    {
        BankDocument broken = document();
        broken.questions[250].minutes = 500; // out of range: the file is refused
        const QString path = m_dir.filePath(QStringLiteral("invalid.json"));
        testsupport::writeFile(path, bankjson::write(broken));

        BankImportJob job(m_ws->location());
        QVERIFY(job.start(QUrl::fromLocalFile(path)));
        QTRY_VERIFY_WITH_TIMEOUT(!job.running(), kTimeoutMs);
        QVERIFY(!job.succeeded());
        // The message points at the question and the field, so it can be fixed.
        QVERIFY2(job.summary().contains(QStringLiteral("question 251")), qPrintable(job.summary()));
        QVERIFY2(job.summary().contains(QStringLiteral("minutes")), qPrintable(job.summary()));
        QCOMPARE(m_ws->bank().questionCount(true), 3);
    }

    void missingFileFails()
    {
        BankImportJob job(m_ws->location());
        const QString path = m_dir.filePath(QStringLiteral("missing.json"));
        QVERIFY(job.start(QUrl::fromLocalFile(path)));
        QTRY_VERIFY_WITH_TIMEOUT(!job.running(), kTimeoutMs);
        QVERIFY(!job.succeeded());
        QVERIFY2(job.summary().contains(QStringLiteral("missing.json")), qPrintable(job.summary()));
        QCOMPARE(m_ws->bank().questionCount(true), 3);
    }

    void destroyingARunningJobCancelsIt()
    {
        {
            BankImportJob job(m_ws->location());
            QVERIFY(job.start(QUrl::fromLocalFile(m_bankFile)));
            // Quitting mid-import: the destructor cancels and waits for the worker.
        }
        QCOMPARE(m_ws->bank().questionCount(true), 3);
    }
};

QTEST_GUILESS_MAIN(BankImportJobTest)
#include "tst_bankimportjob.moc"
