// Kills panelist-typist with SIGKILL while it types notes into a live interview, and
// checks that nothing typed 500 ms before the kill is lost and that the app reopens
// where it was. Only facts are asserted, never timings.

#include "crashharness.h"

#include <QTemporaryDir>
#include <QTest>

class TestCrash : public QObject
{
    Q_OBJECT

private slots:
    void killedWhileTyping()
    {
        QTemporaryDir folder;
        QVERIFY(folder.isValid());
        crashharness::Options options;
        options.typist = QStringLiteral(PANELIST_TYPIST);
        options.folder = folder.path();
        options.trials = 6;
        options.trialsPerDatabase = 3;
        options.minTypingMs = 800;
        options.maxTypingMs = 2000;
        options.questionChars = 12; // moves between questions within a trial too
        options.progress = [](const QString &line) {
            qInfo("%s", qPrintable(line));
        };

        const crashharness::Result result = crashharness::run(options);
        qInfo("seed %u: %d trials, %d restarts, %lld keystrokes, %lld checked, %lld lost",
              result.seed, result.trials, result.restarts, result.keystrokes, result.checked,
              result.lost);
        QVERIFY2(result.ok(), qPrintable(result.problems.join(QLatin1Char('\n'))));
        QCOMPARE(result.trials, 6);
        QCOMPARE(result.restarts, 4);
        QCOMPARE(result.lost, 0);
        QCOMPARE(result.integrityFailures, 0);
        QCOMPARE(result.restartMismatches, 0);
        // Not a timing: 6 kills after at least 0.8 s of typing at 40–180 ms a key
        // always leave keystrokes old enough to check.
        QVERIFY(result.checked > 0);
    }
};

QTEST_GUILESS_MAIN(TestCrash)
#include "tst_crash.moc"
