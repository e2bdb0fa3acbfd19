#include "storage/interviewstart.h"
#include "support/clirunner.h"
#include "support/testsupport.h"
#include "support/testworkspace.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using testsupport::writeFile;

namespace {

// A title that would retitle the terminal window and turn the rest red.
const QString kTitle = QStringLiteral("\x1b]0;pwned\x07\x1b[31mRed");
// Bidirectional overrides and isolates, an 8-bit CSI (C1) and DEL.
const QString kTricky = QStringLiteral("Plan \u202Eevil\u202C \u2066iso\u2069 \u009B2J \x7F end");
const QString kCandidate = QStringLiteral("Eve \x1b[2J\u202Emirror");

// What a terminal could act on: C0 controls other than the line break, DEL, C1
// controls (UTF-8 C2 80–C2 9F) and U+202A–U+202E, U+2066–U+2069 (E2 80 AA–AE, E2 81 A6–A9).
QString firstControl(const QByteArray &bytes)
{
    for (qsizetype i = 0; i < bytes.size(); ++i) {
        const auto byte = static_cast<unsigned char>(bytes.at(i));
        const auto next = i + 1 < bytes.size() ? static_cast<unsigned char>(bytes.at(i + 1)) : 0;
        const auto third = i + 2 < bytes.size() ? static_cast<unsigned char>(bytes.at(i + 2)) : 0;
        const bool c0 = byte < 0x20 && byte != '\n';
        const bool c1 = byte == 0xc2 && next >= 0x80 && next <= 0x9f;
        const bool bidi = byte == 0xe2 && ((next == 0x80 && third >= 0xaa && third <= 0xae) ||
                                           (next == 0x81 && third >= 0xa6 && third <= 0xa9));
        if (c0 || byte == 0x7f || c1 || bidi)
            return QStringLiteral("byte %1 (0x%2) in: %3")
                .arg(i)
                .arg(byte, 2, 16, QLatin1Char('0'))
                .arg(QString::fromUtf8(bytes.mid(std::max<qsizetype>(0, i - 20), 60)));
    }
    return {};
}

} // namespace

// Every command's output is safe to print in a terminal: titles, names and notes holding
// escape sequences, C1 controls or bidirectional overrides come out escaped (\x1b,
// \u202e) in text, and as \u escapes in JSON that still reads back as the same text.
class TerminalOutputTest : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    TestWorkspace m_ws;
    qint64 m_plan = 0;

    clirunner::Result panelist(const QStringList &arguments)
    {
        clirunner::Options options;
        options.database = m_ws.location();
        return clirunner::run(arguments, options);
    }

    static QJsonObject question(const QString &uuid, const QString &title, const QString &category)
    {
        return QJsonObject{{"uuid", uuid},      {"title", title},         {"category", category},
                           {"level", "senior"}, {"kind", "technical"},    {"minutes", 5},
                           {"prompt", kTricky}, {"tags", QJsonArray{"t"}}};
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_ws.close(); // the commands below have the database to themselves
        const QString category = QStringLiteral("Esc \x1b[2J\u202Ecat");

        // Import refuses control characters, and says so without printing them.
        const QString bankFile = m_dir.filePath(QStringLiteral("escapes.json"));
        writeFile(
            bankFile,
            QJsonDocument(
                QJsonObject{
                    {"format", "panelist-bank"},
                    {"version", 1},
                    {"categories", QJsonArray{QJsonObject{{"name", category}, {"position", 0}}}},
                    {"questions",
                     QJsonArray{question(QStringLiteral("0f6d2c3e-3b7a-4c1e-9a55-2d4f7e8b9c42"),
                                         kTitle, category)}}})
                .toJson());
        const clirunner::Result refused =
            panelist({QStringLiteral("bank"), QStringLiteral("import"), bankFile});
        QCOMPARE(refused.exitCode, 1);
        QVERIFY2(firstControl(refused.err).isEmpty(), qPrintable(firstControl(refused.err)));
        QVERIFY2(refused.err.contains("control character"), refused.err.constData());

        // Such text still reaches a database another way: an older Panelist, the sqlite3
        // shell. It is written here through the repositories, which do not check it.
        m_ws.open();
        BankRepository &bank = m_ws.bank();
        PlanRepository &plans = m_ws.plans();
        InterviewRepository &interviews = m_ws.interviews();
        Question q;
        q.uuid = QStringLiteral("0f6d2c3e-3b7a-4c1e-9a55-2d4f7e8b9c41");
        q.title = kTitle;
        q.category = category;
        q.prompt = kTricky;
        q.level = vocabulary::Level::Senior;
        q.kind = vocabulary::Kind::Technical;
        q.tags = {QStringLiteral("t")};
        const qint64 questionId = bank.addQuestion(q);
        m_plan = plans.create(kTricky, kTitle, vocabulary::Level::Senior, 30);
        const qint64 item = plans.addItem(m_plan, questionId);
        plans.setItemNote(item, kTricky + QStringLiteral("\nline 2"));
        InterviewRepository::StartDetails details;
        details.candidate = kCandidate;
        details.role = kTitle;
        QVERIFY(interviewstart::fromPlan(interviews, plans, bank, m_plan, details) > 0);
        m_ws.close();
    }

    void textOutputIsEscaped_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("shown"); // the escaped text that must be there
        QTest::newRow("bank search")
            << QStringList{"bank", "search", "pwned"} << R"(\x1b]0;pwned\x07\x1b[31mRed)";
        QTest::newRow("plan list") << QStringList{"plan", "list"} << R"(Plan \u202eevil\u202c)";
        QTest::newRow("plan show")
            << QStringList{"plan", "show", "PLAN"} << R"(\x9b2J \x7f end\x0aline 2)";
        QTest::newRow("interview list")
            << QStringList{"interview", "list"} << R"(Eve \x1b[2J\u202emirror)";
        QTest::newRow("plan export")
            << QStringList{"plan", "export", "PLAN", "OUT"} << R"(\u2066iso\u2069)";
    }

    void textOutputIsEscaped()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, shown);
        arguments.replaceInStrings(QStringLiteral("PLAN"), QString::number(m_plan));
        arguments.replaceInStrings(QStringLiteral("OUT"),
                                   m_dir.filePath(QStringLiteral("out.json")));
        const clirunner::Result run = panelist(arguments);
        QVERIFY2(run.exitCode == 0, run.err.constData());
        QVERIFY2(firstControl(run.out).isEmpty(), qPrintable(firstControl(run.out)));
        QVERIFY2(firstControl(run.err).isEmpty(), qPrintable(firstControl(run.err)));
        QVERIFY2(QString::fromUtf8(run.out).contains(shown), run.out.constData());
    }

    // JSON keeps the text exactly: the escapes are JSON's own.
    void jsonOutputIsEscapedAndExact()
    {
        const clirunner::Result search =
            panelist({QStringLiteral("bank"), QStringLiteral("search"), QStringLiteral("pwned"),
                      QStringLiteral("--json")});
        QCOMPARE(search.exitCode, 0);
        QVERIFY2(firstControl(search.out).isEmpty(), qPrintable(firstControl(search.out)));
        const QJsonArray rows = QJsonDocument::fromJson(search.out).array();
        QCOMPARE(rows.size(), 1);
        QCOMPARE(rows.at(0).toObject().value("title").toString(), kTitle);

        const clirunner::Result plans =
            panelist({QStringLiteral("plan"), QStringLiteral("list"), QStringLiteral("--json")});
        QVERIFY2(firstControl(plans.out).isEmpty(), qPrintable(firstControl(plans.out)));
        QVERIFY(plans.out.contains(R"(\u202e)"));
        bool found = false;
        for (const QJsonValue &row : QJsonDocument::fromJson(plans.out).array())
            found = found || row.toObject().value("name").toString() == kTricky;
        QVERIFY(found);

        const clirunner::Result show =
            panelist({QStringLiteral("plan"), QStringLiteral("show"), QString::number(m_plan),
                      QStringLiteral("--json")});
        QVERIFY2(firstControl(show.out).isEmpty(), qPrintable(firstControl(show.out)));
        const QJsonObject plan = QJsonDocument::fromJson(show.out).object();
        QCOMPARE(plan.value("name").toString(), kTricky);
        QCOMPARE(plan.value("role").toString(), kTitle);

        const clirunner::Result interviews = panelist(
            {QStringLiteral("interview"), QStringLiteral("list"), QStringLiteral("--json")});
        QVERIFY2(firstControl(interviews.out).isEmpty(), qPrintable(firstControl(interviews.out)));
        QCOMPARE(
            QJsonDocument::fromJson(interviews.out).array().at(0).toObject().value("candidate"),
            QJsonValue(kCandidate));
    }

    // Messages on stderr carry file names and typed values: escaped as well.
    void errorsAreEscaped()
    {
        const clirunner::Result missing =
            panelist({QStringLiteral("bank"), QStringLiteral("import"),
                      m_dir.filePath(QStringLiteral("\x1b]0;x\x07.json"))});
        QCOMPARE(missing.exitCode, 1);
        QVERIFY2(firstControl(missing.err).isEmpty(), qPrintable(firstControl(missing.err)));
        QVERIFY(missing.err.contains(R"(\x1b]0;x\x07.json)"));

        const clirunner::Result usage =
            panelist({QStringLiteral("bank"), QStringLiteral("search"), QStringLiteral("x"),
                      QStringLiteral("--level"), QStringLiteral("\u202Eroines")});
        QCOMPARE(usage.exitCode, 2);
        QVERIFY2(firstControl(usage.err).isEmpty(), qPrintable(firstControl(usage.err)));

        const clirunner::Result nobody = panelist(
            {QStringLiteral("interview"), QStringLiteral("delete-candidate"), kCandidate + "x"});
        QCOMPARE(nobody.exitCode, 1);
        QVERIFY2(firstControl(nobody.err).isEmpty(), qPrintable(firstControl(nobody.err)));

        const clirunner::Result deleted =
            panelist({QStringLiteral("interview"), QStringLiteral("delete-candidate"), kCandidate});
        QVERIFY2(deleted.exitCode == 0, deleted.err.constData());
        QVERIFY2(firstControl(deleted.out).isEmpty(), qPrintable(firstControl(deleted.out)));
        QVERIFY(deleted.out.contains(R"(Eve \x1b[2J\u202emirror)"));
    }
};

QTEST_MAIN(TerminalOutputTest)
#include "tst_terminaloutput.moc"
