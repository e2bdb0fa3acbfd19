// A real second `panelist` process (interview list, bank import, interview export-pdf,
// demo, interview delete-candidate) runs 20 times against a database that a live writer
// holds open; nothing the writer or the second processes wrote may be lost, and no
// removed candidate may come back (README, "Never losing a note").

#include "secondprocess.h"

#include <QTemporaryDir>
#include <QTest>

class TestSecondProcess : public QObject
{
    Q_OBJECT

private slots:
    void secondProcessWhileTheWriterRuns()
    {
        QTemporaryDir folder;
        QVERIFY(folder.isValid());
        secondprocess::Options options;
        options.panelist = QStringLiteral(PANELIST_BINARY);
        options.typist = QStringLiteral(PANELIST_TYPIST);
        options.folder = folder.path();
        options.rounds = 20;
        options.progress = [](const QString &line) {
            qInfo("%s", qPrintable(line));
        };

        const secondprocess::Result result = secondprocess::run(options);
        qInfo("%d rounds, %d commands, %lld keystrokes checked, %d corruptions", result.rounds,
              result.commands, result.writer.checked, result.corruptions);
        QVERIFY2(result.ok(),
                 qPrintable((result.problems + result.writer.problems).join(QLatin1Char('\n'))));
        QCOMPARE(result.rounds, 20);
        QCOMPARE(result.commands, 1 + 20 * 5);
        QCOMPARE(result.failedCommands, 0);
        QCOMPARE(result.walRemovals, 0);
        QCOMPARE(result.missingQuestions, 0);
        QCOMPARE(result.resurrected, 0);
        QCOMPARE(result.writer.integrityFailures, 0);
        QCOMPARE(result.writer.lost, 0);
        QCOMPARE(result.corruptions, 0);
        QVERIFY(result.writer.checked > 0);
    }
};

QTEST_GUILESS_MAIN(TestSecondProcess)
#include "tst_secondprocess.moc"
