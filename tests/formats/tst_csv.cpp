#include "formats/csv.h"

#include <QTest>

// CSV for spreadsheets (formats/csv): RFC 4180 quoting, CRLF rows, UTF-8, and text that
// a spreadsheet would run as a formula kept as text. The output is read back with a
// small RFC 4180 reader written here, so every table comes back field for field.
class CsvTest : public QObject
{
    Q_OBJECT

    using Field = csv::Field;

    // RFC 4180, strictly: quoted fields may hold commas, CR, LF and doubled quotes;
    // every row ends with CRLF. Fails the test on anything else.
    static QList<QStringList> read(const QByteArray &bytes)
    {
        const QString text = QString::fromUtf8(bytes);
        QList<QStringList> rows;
        QStringList row;
        QString field;
        qsizetype i = 0;
        while (i < text.size()) {
            if (text.at(i) == QLatin1Char('"')) {
                ++i;
                for (;;) {
                    if (i >= text.size()) {
                        qWarning("unterminated quoted field");
                        return {};
                    }
                    if (text.at(i) == QLatin1Char('"')) {
                        if (i + 1 < text.size() && text.at(i + 1) == QLatin1Char('"')) {
                            field += QLatin1Char('"');
                            i += 2;
                            continue;
                        }
                        ++i;
                        break;
                    }
                    field += text.at(i++);
                }
            } else {
                while (i < text.size() && text.at(i) != QLatin1Char(',') &&
                       text.at(i) != QLatin1Char('\r')) {
                    if (text.at(i) == QLatin1Char('"') || text.at(i) == QLatin1Char('\n')) {
                        qWarning("a quote or line feed in an unquoted field");
                        return {};
                    }
                    field += text.at(i++);
                }
            }
            row << field;
            field.clear();
            if (i < text.size() && text.at(i) == QLatin1Char(',')) {
                ++i;
                continue;
            }
            if (text.mid(i, 2) != QLatin1String("\r\n")) {
                qWarning("a row not ended by CRLF");
                return {};
            }
            i += 2;
            rows << row;
            row.clear();
        }
        return rows;
    }

private slots:
    void plainFieldsStayAsTheyAre()
    {
        QCOMPARE(csv::field({QStringLiteral("Ada Lovelace")}), QStringLiteral("Ada Lovelace"));
        QCOMPARE(csv::field({QString()}), QString());
        QCOMPARE(csv::field({QStringLiteral("3.5"), Field::Kind::Number}), QStringLiteral("3.5"));
    }

    void quotingFollowsRfc4180()
    {
        QCOMPARE(csv::field({QStringLiteral("Bob \"the Builder\", Jr")}),
                 QStringLiteral("\"Bob \"\"the Builder\"\", Jr\""));
        QCOMPARE(csv::field({QStringLiteral("two\nlines")}), QStringLiteral("\"two\nlines\""));
        QCOMPARE(csv::field({QStringLiteral("a\r\nb")}), QStringLiteral("\"a\r\nb\""));
        QCOMPARE(csv::field({QStringLiteral("1,5"), Field::Kind::Number}),
                 QStringLiteral("\"1,5\""));
    }

    void formulaStartsAreKeptAsText()
    {
        for (const QString &start : {QStringLiteral("="), QStringLiteral("+"), QStringLiteral("-"),
                                     QStringLiteral("@"), QStringLiteral("\t")}) {
            const QString value = start + QStringLiteral("SUM(A1:A9)");
            QCOMPARE(csv::field({value}), QLatin1Char('\'') + value);
        }
        // A carriage return first is a line break too, so the field is quoted as well.
        QCOMPARE(csv::field({QStringLiteral("\r=1")}), QStringLiteral("\"'\r=1\""));
        // Only the first character counts; numbers are numbers.
        QCOMPARE(csv::field({QStringLiteral("a=1")}), QStringLiteral("a=1"));
        QCOMPARE(csv::field({QStringLiteral("-1.5"), Field::Kind::Number}), QStringLiteral("-1.5"));
    }

    void tableReadsBackFieldForField()
    {
        const QList<csv::Row> table = {
            {{QStringLiteral("Candidate")}, {QStringLiteral("Memory")}, {QStringLiteral("Q1")}},
            {{QStringLiteral("Bob \"the Builder\", Jr")},
             {QStringLiteral("1.5"), Field::Kind::Number},
             {QString(), Field::Kind::Number}},
            {{QStringLiteral("=Cy Young")},
             {QStringLiteral("4.0"), Field::Kind::Number},
             {QStringLiteral("4"), Field::Kind::Number}},
            {{QStringLiteral("Zoë Ångström\nsecond line")},
             {QString()},
             {QStringLiteral("候选人")}},
        };
        const QByteArray bytes = csv::encode(table);
        QVERIFY(bytes.endsWith("\r\n"));
        QVERIFY(!bytes.startsWith("\xEF\xBB\xBF")); // no byte order mark
        QVERIFY(bytes.contains("Zo\xC3\xAB"));      // UTF-8
        const QList<QStringList> back = read(bytes);
        QCOMPARE(back.size(), table.size());
        for (int r = 0; r < table.size(); ++r) {
            QCOMPARE(back.at(r).size(), table.at(r).size());
            for (int c = 0; c < table.at(r).size(); ++c) {
                const Field &field = table.at(r).at(c);
                const bool formula =
                    field.kind == Field::Kind::Text && field.value.startsWith(QLatin1Char('='));
                QCOMPARE(back.at(r).at(c), formula ? QLatin1Char('\'') + field.value : field.value);
            }
        }
        QCOMPARE(csv::encode({}), QByteArray());
        QCOMPARE(csv::encode({csv::Row()}), QByteArray("\r\n")); // one empty row
    }
};

QTEST_GUILESS_MAIN(CsvTest)
#include "tst_csv.moc"
