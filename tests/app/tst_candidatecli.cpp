#include "storage/interviewstart.h"
#include "support/clirunner.h"
#include "support/testsupport.h"
#include "support/testworkspace.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

// The candidate commands through the real binary, on a database whose interviews name
// "Anna Müller", "anna muller" (one person, perhaps) and "Bob Stone".
class CandidateCliTest : public QObject
{
    Q_OBJECT

    std::unique_ptr<TestWorkspace> m_ws;

    clirunner::Result run(const QStringList &arguments)
    {
        clirunner::Options options;
        options.database = m_ws->location();
        return clirunner::run(arguments, options);
    }

    QJsonArray listJson(const QStringList &extra = {})
    {
        const clirunner::Result result =
            run(QStringList{QStringLiteral("candidate"), QStringLiteral("list"),
                            QStringLiteral("--json")} +
                extra);
        if (result.exitCode != 0)
            qWarning("%s", result.err.constData());
        return QJsonDocument::fromJson(result.out).array();
    }

    static QStringList names(const QJsonArray &list)
    {
        QStringList result;
        for (const QJsonValue &value : list)
            result << value.toObject().value(QStringLiteral("name")).toString();
        return result;
    }

    void start(qint64 plan, const QString &candidate, const QString &interviewer)
    {
        InterviewRepository::StartDetails details;
        details.candidate = candidate;
        details.role = QStringLiteral("Backend");
        details.interviewer = interviewer;
        interviewstart::fromPlan(m_ws->interviews(), m_ws->plans(), m_ws->bank(), plan, details);
    }

private slots:
    void init()
    {
        m_ws = std::make_unique<TestWorkspace>();
        const qint64 plan =
            m_ws->plans().create(QStringLiteral("Backend loop"), {}, vocabulary::Level::Senior, 45);
        m_ws->plans().addItem(plan, m_ws->bank().addQuestion(testsupport::sampleQuestion(1)));
        start(plan, QStringLiteral("Anna Müller"), QStringLiteral("Grace"));
        start(plan, QStringLiteral("anna muller"), QStringLiteral("Linus"));
        start(plan, QStringLiteral("Bob Stone"), QStringLiteral("Grace"));
        m_ws->close();
    }
    void cleanup() { m_ws.reset(); }

    void listsWithProgressAndFilters()
    {
        const clirunner::Result text = run({QStringLiteral("candidate"), QStringLiteral("list")});
        QCOMPARE(text.exitCode, 0);
        const QList<QByteArray> lines = clirunner::lines(text.out);
        QCOMPARE(lines.size(), 3);
        QVERIFY2(lines.at(0).contains("Anna Müller  (Backend, active, 0 of 1 scorecards in)"),
                 text.out.constData());

        const QJsonArray all = listJson();
        QCOMPARE(names(all),
                 (QStringList{QStringLiteral("Anna Müller"), QStringLiteral("anna muller"),
                              QStringLiteral("Bob Stone")}));
        const QJsonObject anna = all.at(0).toObject();
        QCOMPARE(anna.value(QStringLiteral("status")).toString(), QStringLiteral("active"));
        QCOMPARE(anna.value(QStringLiteral("interviews")).toInt(), 1);
        QCOMPARE(anna.value(QStringLiteral("progress")).toString(),
                 QStringLiteral("0 of 1 scorecards in"));
        QCOMPARE(anna.value(QStringLiteral("uuid")).toString().size(), 36);

        QCOMPARE(names(listJson({QStringLiteral("--search"), QStringLiteral("MULLER")})),
                 (QStringList{QStringLiteral("Anna Müller"), QStringLiteral("anna muller")}));
        QCOMPARE(listJson({QStringLiteral("--status"), QStringLiteral("hired")}).size(), 0);
        const clirunner::Result none = run({QStringLiteral("candidate"), QStringLiteral("list"),
                                            QStringLiteral("--status"), QStringLiteral("hired")});
        QCOMPARE(none.exitCode, 0);
        QVERIFY2(none.err.contains("There are no candidates."), none.err.constData());
        const clirunner::Result bad = run({QStringLiteral("candidate"), QStringLiteral("list"),
                                           QStringLiteral("--status"), QStringLiteral("maybe")});
        QCOMPARE(bad.exitCode, 2);
        QVERIFY2(bad.err.contains("active, hired, rejected, withdrawn"), bad.err.constData());
    }

    void showsTheLoop()
    {
        const QJsonArray all = listJson();
        const qint64 bob = all.at(2).toObject().value(QStringLiteral("id")).toInteger();
        const clirunner::Result shown = run({QStringLiteral("candidate"), QStringLiteral("show"),
                                             QString::number(bob), QStringLiteral("--json")});
        QCOMPARE(shown.exitCode, 0);
        const QJsonObject object = QJsonDocument::fromJson(shown.out).object();
        QCOMPARE(object.value(QStringLiteral("name")).toString(), QStringLiteral("Bob Stone"));
        const QJsonArray loop = object.value(QStringLiteral("interviews")).toArray();
        QCOMPARE(loop.size(), 1);
        QCOMPARE(loop.at(0).toObject().value(QStringLiteral("interviewer")).toString(),
                 QStringLiteral("Grace"));
        QCOMPARE(loop.at(0).toObject().value(QStringLiteral("plan")).toString(),
                 QStringLiteral("Backend loop"));
        QCOMPARE(loop.at(0).toObject().value(QStringLiteral("status")).toString(),
                 QStringLiteral("live"));

        const clirunner::Result text =
            run({QStringLiteral("candidate"), QStringLiteral("show"), QString::number(bob)});
        QCOMPARE(text.exitCode, 0);
        QVERIFY2(text.out.contains("interview ") && text.out.contains("Grace  (Backend loop, live"),
                 text.out.constData());

        const clirunner::Result word =
            run({QStringLiteral("candidate"), QStringLiteral("show"), QStringLiteral("bob")});
        QCOMPARE(word.exitCode, 2);
        QVERIFY2(word.err.contains("a candidate ID is a positive whole number, not \"bob\""),
                 word.err.constData());
        const clirunner::Result missing =
            run({QStringLiteral("candidate"), QStringLiteral("show"), QStringLiteral("999")});
        QCOMPARE(missing.exitCode, 1);
        const QByteArray expected = "no candidate with id 999 in " + m_ws->location().toUtf8();
        QVERIFY2(missing.err.contains(expected), missing.err.constData());
    }

    // The duplicates are offered with the command that merges them; merged on request.
    void offersAndMergesDuplicates()
    {
        const QJsonArray all = listJson();
        const qint64 first = all.at(0).toObject().value(QStringLiteral("id")).toInteger();
        const qint64 second = all.at(1).toObject().value(QStringLiteral("id")).toInteger();
        const clirunner::Result offered =
            run({QStringLiteral("candidate"), QStringLiteral("duplicates")});
        QCOMPARE(offered.exitCode, 0);
        QCOMPARE(clirunner::lines(offered.out).size(), 1);
        const QByteArray command =
            QStringLiteral("panelist candidate merge %1 %2").arg(second).arg(first).toUtf8();
        QVERIFY2(offered.out.contains(command), offered.out.constData());
        QVERIFY2(offered.out.contains("\"Anna Müller\"") && offered.out.contains("\"anna muller\""),
                 offered.out.constData());

        const clirunner::Result same = run({QStringLiteral("candidate"), QStringLiteral("merge"),
                                            QString::number(first), QString::number(first)});
        QCOMPARE(same.exitCode, 2);
        const clirunner::Result merged = run({QStringLiteral("candidate"), QStringLiteral("merge"),
                                              QString::number(second), QString::number(first)});
        QCOMPARE(merged.exitCode, 0);
        QVERIFY2(merged.out.contains("1 interview(s) moved"), merged.out.constData());

        const QJsonArray after = listJson();
        QCOMPARE(names(after),
                 (QStringList{QStringLiteral("Anna Müller"), QStringLiteral("Bob Stone")}));
        QCOMPARE(after.at(0).toObject().value(QStringLiteral("interviews")).toInt(), 2);
        const clirunner::Result again =
            run({QStringLiteral("candidate"), QStringLiteral("duplicates")});
        QVERIFY2(again.out.contains("No candidates whose names differ"), again.out.constData());
        // The interview list shows the merged name.
        const clirunner::Result interviews =
            run({QStringLiteral("interview"), QStringLiteral("list")});
        QVERIFY(!interviews.out.contains("anna muller"));
        const clirunner::Result gone = run({QStringLiteral("candidate"), QStringLiteral("merge"),
                                            QString::number(second), QString::number(first)});
        QCOMPARE(gone.exitCode, 1);
        QVERIFY2(gone.err.contains(QStringLiteral("no candidate with id %1").arg(second).toUtf8()),
                 gone.err.constData());
    }
};

QTEST_GUILESS_MAIN(CandidateCliTest)
#include "tst_candidatecli.moc"
