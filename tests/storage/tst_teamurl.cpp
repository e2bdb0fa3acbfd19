#include "domain/errors.h"
#include "storage/teamurl.h"

#include <QTest>

// The team server's URL: what QPSQL is given, what is shown, and the one clear message
// for each thing a URL can get wrong, never with its password.
class TeamUrlTest : public QObject
{
    Q_OBJECT

    static QString refusal(const QString &text)
    {
        try {
            TeamUrl::parse(text);
        } catch (const PanelistError &error) {
            return error.message();
        }
        return {};
    }

private slots:
    void fullUrl()
    {
        const TeamUrl url = TeamUrl::parse(
            QStringLiteral("postgresql://anna%40team:s3cr%3At@db.example.org:6432/hiring"
                           "?sslmode=verify-full&sslrootcert=/etc/team/ca.pem"));
        QCOMPARE(url.user(), QStringLiteral("anna@team"));
        QCOMPARE(url.password(), QStringLiteral("s3cr:t"));
        QCOMPARE(url.host(), QStringLiteral("db.example.org"));
        QCOMPARE(url.port(), 6432);
        QCOMPARE(url.database(), QStringLiteral("hiring"));
        QCOMPARE(url.sslMode(), QStringLiteral("verify-full"));
        QCOMPARE(url.sslRootCert(), QStringLiteral("/etc/team/ca.pem"));
        QCOMPARE(url.displayUrl(),
                 QStringLiteral("postgresql://anna%40team@db.example.org:6432/hiring"
                                "?sslmode=verify-full&sslrootcert=/etc/team/ca.pem"));
        QCOMPARE(url.connectOptions(10),
                 QStringLiteral("sslmode=verify-full;sslrootcert='/etc/team/ca.pem';"
                                "connect_timeout=10;application_name=panelist"));
        QVERIFY(!url.withoutPassword().hasPassword());
        QCOMPARE(url.withoutPassword().displayUrl(), url.displayUrl());
    }

    void defaultsAndShortForms()
    {
        const TeamUrl url = TeamUrl::parse(QStringLiteral("  postgres://bob@10.0.0.5/team  "));
        QCOMPARE(url.port(), TeamUrl::kDefaultPort);
        QCOMPARE(url.host(), QStringLiteral("10.0.0.5"));
        QVERIFY(url.password().isEmpty());
        QVERIFY(url.sslMode().isEmpty());
        QCOMPARE(url.displayUrl(), QStringLiteral("postgresql://bob@10.0.0.5:5432/team"));
        QCOMPARE(url.connectOptions(0), QStringLiteral("application_name=panelist"));

        const TeamUrl six =
            TeamUrl::parse(QStringLiteral("postgresql://bob:pw@[::1]:5433/team?connect_timeout=3"));
        QCOMPARE(six.host(), QStringLiteral("::1"));
        QCOMPARE(six.port(), 5433);
        QCOMPARE(six.connectTimeout(), 3);
        QCOMPARE(six.displayUrl(),
                 QStringLiteral("postgresql://bob@[::1]:5433/team?connect_timeout=3"));
        QCOMPARE(six.connectOptions(10),
                 QStringLiteral("connect_timeout=3;application_name=panelist"));
    }

    // A certificate path with a quote or backslash reaches libpq quoted, not as two
    // options.
    void quotedCertificatePath()
    {
        const TeamUrl url = TeamUrl::parse(
            QStringLiteral("postgresql://bob@h/db?sslrootcert=/home/o%27neil/my%20ca.pem"));
        QCOMPARE(url.sslRootCert(), QStringLiteral("/home/o'neil/my ca.pem"));
        QVERIFY(url.connectOptions(0).startsWith(
            QStringLiteral("sslrootcert='/home/o\\'neil/my ca.pem'")));
    }

    void refusals_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<QString>("says");
        QTest::newRow("scheme") << "mysql://bob:hunter22@h/db"
                                << "must start with postgresql://";
        QTest::newRow("no scheme") << "bob:hunter22@h/db"
                                   << "must start with postgresql://";
        QTest::newRow("no user") << "postgresql://h:5432/db"
                                 << "names no user";
        QTest::newRow("empty user") << "postgresql://:hunter22@h/db"
                                    << "the user before";
        QTest::newRow("no host") << "postgresql://bob:hunter22@/db"
                                 << "names no host";
        QTest::newRow("bad host") << "postgresql://bob:hunter22@ho st/db"
                                  << "is not a host name";
        QTest::newRow("two hosts") << "postgresql://bob:hunter22@a,b/db"
                                   << "several hosts";
        QTest::newRow("port word") << "postgresql://bob:hunter22@h:abc/db"
                                   << "the port \"abc\" is not a number from 1 to 65535";
        QTest::newRow("port high") << "postgresql://bob:hunter22@h:70000/db"
                                   << "the port \"70000\"";
        QTest::newRow("port zero") << "postgresql://bob:hunter22@h:0/db"
                                   << "the port \"0\"";
        QTest::newRow("port empty") << "postgresql://bob:hunter22@h:/db"
                                    << "the port \"\"";
        QTest::newRow("no database") << "postgresql://bob:hunter22@h:5432"
                                     << "names no database";
        QTest::newRow("empty database") << "postgresql://bob:hunter22@h/"
                                        << "names no database";
        QTest::newRow("path") << "postgresql://bob:hunter22@h/a/b"
                              << "holds a \"/\"";
        QTest::newRow("sslmode") << "postgresql://bob:hunter22@h/db?sslmode=strict"
                                 << "sslmode must be one of disable, allow, prefer, require, "
                                    "verify-ca, verify-full, not \"strict\"";
        QTest::newRow("unknown") << "postgresql://bob:hunter22@h/db?sslmod=require"
                                 << "the parameter \"sslmod\" is not one Panelist knows";
        QTest::newRow("twice") << "postgresql://bob:hunter22@h/db?sslmode=require&sslmode=disable"
                               << "sslmode is given twice";
        QTest::newRow("timeout") << "postgresql://bob:hunter22@h/db?connect_timeout=0"
                                 << "connect_timeout must be";
        QTest::newRow("cert") << "postgresql://bob:hunter22@h/db?sslrootcert=a;b"
                              << "sslrootcert";
        QTest::newRow("fragment") << "postgresql://bob:hunter22@h/db#x"
                                  << "#fragment";
        QTest::newRow("ipv6") << "postgresql://bob:hunter22@[::1/db"
                              << "no closing";
    }

    // Each names the URL without its password, the part that is wrong and the form.
    void refusals()
    {
        QFETCH(QString, url);
        QFETCH(QString, says);
        const QString message = refusal(url);
        QVERIFY2(!message.isEmpty(), qPrintable(url));
        QVERIFY2(message.contains(says), qPrintable(message));
        QVERIFY2(message.contains(QLatin1String("cannot be used")), qPrintable(message));
        QVERIFY2(!message.contains(QLatin1String("hunter22")), qPrintable(message));
        QVERIFY2(message.contains(TeamUrl::redacted(url.trimmed())), qPrintable(message));
    }

    void redaction()
    {
        QCOMPARE(TeamUrl::redacted(QStringLiteral("postgresql://bob:pw@h/db")),
                 QStringLiteral("postgresql://bob@h/db"));
        QCOMPARE(TeamUrl::redacted(QStringLiteral("postgresql://bob:p@w@h/db")),
                 QStringLiteral("postgresql://bob@h/db"));
        QCOMPARE(TeamUrl::redacted(QStringLiteral("postgresql://bob@h:5/db?x=a:b@c")),
                 QStringLiteral("postgresql://bob@h:5/db?x=a:b@c"));
        QCOMPARE(TeamUrl::redacted(QStringLiteral("postgresql://h:5/db")),
                 QStringLiteral("postgresql://h:5/db"));
    }
};

QTEST_GUILESS_MAIN(TeamUrlTest)
#include "tst_teamurl.moc"
