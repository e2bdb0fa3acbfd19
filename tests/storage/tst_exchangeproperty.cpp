#include "domain/errors.h"
#include "domain/limits.h"
#include "formats/bankjson.h"
#include "formats/bankmarkdown.h"
#include "storage/bankfiles.h"
#include "storage/bankrepository.h"
#include "storage/database.h"
#include "support/testsupport.h"

#include <QCryptographicHash>
#include <QDir>
#include <QElapsedTimer>
#include <QHash>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <optional>
#include <random>

// Property: every bank either is refused at input with a message naming the question
// and the field, or survives export -> import -> export byte for byte in JSON and in
// Markdown, with the questions equal to the originals as the format normalizes them.
//
// The banks are generated from the formats' own structure (fences, headings, list
// markers, the version marker, escapes, line endings, control characters, surrogates).
// The oracle below decides, independently of the readers, what a bank normalizes to and
// whether it must be refused. PANELIST_PROPERTY_SEED, PANELIST_PROPERTY_COUNT and
// PANELIST_PROPERTY_DB_COUNT change the seed and the number of banks.

namespace {

// ---- Generation -------------------------------------------------------------------

const QStringList &textTokens()
{
    static const QStringList tokens = {QStringLiteral("```"),
                                       QStringLiteral("````"),
                                       QStringLiteral("`````"),
                                       QStringLiteral("~~~"),
                                       QStringLiteral("~~~~"),
                                       QStringLiteral("```python"),
                                       QStringLiteral("``` js"),
                                       QStringLiteral("~~~ text"),
                                       QStringLiteral("```a`b"),
                                       QStringLiteral("  ```"),
                                       QStringLiteral("\t~~~"),
                                       QStringLiteral("`"),
                                       QStringLiteral("#"),
                                       QStringLiteral("##"),
                                       QStringLiteral("###"),
                                       QStringLiteral("####"),
                                       QStringLiteral("#####"),
                                       QStringLiteral("######"),
                                       QStringLiteral("# "),
                                       QStringLiteral("## "),
                                       QStringLiteral("### "),
                                       QStringLiteral("#### "),
                                       QStringLiteral("##### "),
                                       QStringLiteral("#### Prompt"),
                                       QStringLiteral("#### Criteria"),
                                       QStringLiteral("#### Follow-ups"),
                                       QStringLiteral("#### Anchors"),
                                       QStringLiteral("#### Reference answer"),
                                       QStringLiteral("##### Senior"),
                                       QStringLiteral("##### junior"),
                                       QStringLiteral("- uuid: "),
                                       QStringLiteral("- level: "),
                                       QStringLiteral("- kind: "),
                                       QStringLiteral("- minutes: "),
                                       QStringLiteral("- tags: "),
                                       QStringLiteral("- archived: "),
                                       QStringLiteral("1. "),
                                       QStringLiteral("2) "),
                                       QStringLiteral("10. "),
                                       QStringLiteral("- "),
                                       QStringLiteral("* "),
                                       QStringLiteral("<!--"),
                                       QStringLiteral("-->"),
                                       QStringLiteral("<!-- panelist-bank version 1 -->"),
                                       QStringLiteral("<!-- panelist-bank version 99 -->"),
                                       QStringLiteral("\\"),
                                       QStringLiteral("\\\\"),
                                       QStringLiteral("\\#"),
                                       QStringLiteral("\\```"),
                                       QStringLiteral("\n"),
                                       QStringLiteral("\n"),
                                       QStringLiteral("\n"),
                                       QStringLiteral("\n\n"),
                                       QStringLiteral("\r"),
                                       QStringLiteral("\r\n"),
                                       QStringLiteral("\t"),
                                       QStringLiteral(" "),
                                       QStringLiteral("   "),
                                       QStringLiteral("    "),
                                       QStringLiteral("\""),
                                       QStringLiteral("'"),
                                       QStringLiteral(","),
                                       QStringLiteral(":"),
                                       QStringLiteral("a"),
                                       QStringLiteral("word"),
                                       QStringLiteral("Word"),
                                       QStringLiteral("x y"),
                                       QStringLiteral("é"),
                                       QStringLiteral("並行"),
                                       QStringLiteral("\U0001F600"),
                                       QStringLiteral("\u00a0"),
                                       QStringLiteral("\u2028"),
                                       QStringLiteral("x\ufeff"),
                                       QStringLiteral("\U0010FFFD")};
    return tokens;
}

// Refused wherever they stand (after CR and CRLF became LF).
QStringList refusedTokens()
{
    return {QString(QChar(0)),
            QStringLiteral("\x01"),
            QStringLiteral("\x0b"),
            QStringLiteral("\x0c"),
            QStringLiteral("\x1b"),
            QStringLiteral("\x7f"),
            QStringLiteral("\u0085"),
            QStringLiteral("\u009f"),
            QString(QChar(0xd800)),
            QString(QChar(0xdfff)),
            QString(QChar(0xde00)) + QChar(0xd83d),
            QStringLiteral("\uffff"),
            QStringLiteral("\ufffe")};
}

const QStringList &tagTokens()
{
    static const QStringList tokens = {
        QStringLiteral("a"),  QStringLiteral("word"), QStringLiteral("TAG"),
        QStringLiteral("é"),  QStringLiteral("並行"), QStringLiteral("\U0001F600"),
        QStringLiteral(" "),  QStringLiteral("\t"),   QStringLiteral("#"),
        QStringLiteral("- "), QStringLiteral("\\"),   QStringLiteral(":"),
        QStringLiteral("\n"), QStringLiteral("\r\n"), QStringLiteral("\""),
        QStringLiteral("`"),  QStringLiteral("x y")};
    return tokens;
}

class Generator
{
public:
    explicit Generator(quint64 seed)
        : m_random(seed)
    {}

    int below(int n) { return static_cast<int>(m_random() % static_cast<quint64>(n)); }
    bool chance(int percent) { return below(100) < percent; }
    template<typename T> const T &pick(const QList<T> &list) { return list.at(below(list.size())); }

    QString text(int maxTokens)
    {
        QString out;
        const int count = below(maxTokens + 1);
        for (int i = 0; i < count; ++i) {
            if (chance(35))
                out += QLatin1Char('\n'); // structure-like tokens at the start of a line
            out += pick(textTokens());
        }
        return out;
    }

    QString tag()
    {
        QString out;
        const int count = 1 + below(3);
        for (int i = 0; i < count; ++i)
            out += pick(tagTokens());
        return out;
    }

    QString uuid()
    {
        QString hex;
        for (int i = 0; i < 32; ++i)
            hex += QLatin1Char("0123456789abcdef"[below(16)]);
        QString plain = hex.left(8) + QLatin1Char('-') + hex.mid(8, 4) + QLatin1Char('-') +
                        hex.mid(12, 4) + QLatin1Char('-') + hex.mid(16, 4) + QLatin1Char('-') +
                        hex.mid(20);
        switch (below(5)) {
        case 0:
            return plain.toUpper();
        case 1:
            return QLatin1Char('{') + plain + QLatin1Char('}');
        case 2:
            return QStringLiteral("{") + plain.toUpper() + QStringLiteral("}");
        case 3:
            return QStringLiteral("  ") + plain + QStringLiteral("\t");
        default:
            return plain;
        }
    }

    Question question(const QStringList &categories)
    {
        Question q;
        q.uuid = uuid();
        q.title = text(5) + pick(QStringList{QStringLiteral("word"), QStringLiteral("Title"),
                                             QStringLiteral("並行"), QString()});
        q.prompt = text(14);
        q.category = pick(categories);
        q.level = pick(vocabulary::levels());
        q.kind = pick(vocabulary::kinds());
        q.minutes = 1 + below(90);
        q.referenceAnswer = text(10);
        for (int i = below(4); i > 0; --i)
            q.tags << tag();
        for (int i = below(4); i > 0; --i)
            q.followUps << text(7);
        for (int i = below(4); i > 0; --i)
            q.criteria << text(7);
        q.anchorJunior = text(6);
        q.anchorMiddle = text(6);
        q.anchorSenior = text(6);
        q.archived = chance(20);
        return q;
    }

    BankDocument bank()
    {
        BankDocument bank;
        QStringList names;
        for (int i = 1 + below(3); i > 0; --i) {
            QString name = text(3) + pick(QStringList{QStringLiteral("Cat"), QStringLiteral("é"),
                                                      QStringLiteral("Concurrency")});
            names << name;
        }
        for (int i = 0; i < names.size(); ++i) {
            if (chance(75))
                bank.categories.append({0, names.at(i), i});
        }
        for (int i = below(4); i > 0; --i)
            bank.questions << question(names);
        if (chance(15))
            spoil(bank);
        return bank;
    }

    // One defect the readers must refuse.
    void spoil(BankDocument &bank)
    {
        if (bank.questions.isEmpty() || chance(10)) {
            // A category: a refused character, or a second spelling.
            if (bank.categories.isEmpty())
                return;
            Category &category = bank.categories[below(bank.categories.size())];
            if (chance(50))
                category.name += pick(refusedTokens());
            else
                bank.categories.append({0, category.name.toUpper(), 9});
            return;
        }
        Question &q = bank.questions[below(bank.questions.size())];
        const QString bad = pick(refusedTokens());
        switch (below(14)) {
        case 0:
            q.title.insert(below(q.title.size() + 1), bad);
            break;
        case 1:
            q.prompt.insert(below(q.prompt.size() + 1), bad);
            break;
        case 2:
            q.referenceAnswer += bad;
            break;
        case 3:
            q.anchorMiddle = bad + q.anchorMiddle;
            break;
        case 4:
            q.followUps << (QStringLiteral("follow") + bad);
            break;
        case 5:
            q.tags << (QStringLiteral("a") + bad);
            break;
        case 6:
            q.tags << QStringLiteral("one, two");
            break;
        case 7:
            q.title = QString(limits::kTitle + 1 + below(3), QLatin1Char('t'));
            break;
        case 8:
            q.prompt = QString(limits::kLongText + 1, QLatin1Char('p'));
            break;
        case 9:
            q.criteria = QStringList(limits::kCriteria + 1, QStringLiteral("criterion"));
            break;
        case 10:
            q.tags << QString(limits::kTag + 1, QLatin1Char('g'));
            break;
        case 11:
            q.uuid = pick(QStringList{QStringLiteral("{0f6d2c3e-3b7a-4c1e-9a55-2d4f7e8b9c01"),
                                      QStringLiteral("0f6d2c3e-3b7a-4c1e-9a55-2d4f7e8b9c01x"),
                                      QStringLiteral("0f6d2c3e3b7a4c1e9a552d4f7e8b9c01"),
                                      QStringLiteral("00000000-0000-0000-0000-000000000000"),
                                      QStringLiteral("not a uuid")});
            break;
        case 12:
            if (chance(30))
                q.anchorJunior = QStringLiteral("\n \ufeff") + q.anchorJunior; // SQLite drops it
            else if (bank.questions.size() > 1)
                bank.questions.last().uuid = bank.questions.first().uuid.toUpper();
            else
                q.category += bad;
            break;
        default: {
            q.category = q.category.toUpper() + QStringLiteral("\u00e9X");
            Question copy = q;
            copy.uuid = uuid();
            copy.category = q.category.toLower();
            bank.questions.append(copy);
            break;
        }
        }
    }

private:
    std::mt19937_64 m_random;
};

// ---- The oracle ----------------------------------------------------------------------

QString lf(QString text)
{
    text.replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
    text.replace(QLatin1Char('\r'), QLatin1Char('\n'));
    return text;
}

bool hasRefusedCharacter(const QString &text)
{
    for (qsizetype i = 0; i < text.size(); ++i) {
        const ushort c = text.at(i).unicode();
        // Controls, and the two noncharacters SQLite turns into U+FFFD.
        if ((c < 0x20 && c != 9 && c != 10) || (c >= 0x7f && c <= 0x9f) || c >= 0xfffe)
            return true;
        if (QChar::isHighSurrogate(c) && i + 1 < text.size() &&
            QChar::isLowSurrogate(text.at(i + 1).unicode())) {
            ++i;
            continue;
        }
        if (QChar::isSurrogate(c))
            return true;
    }
    return false;
}

// SQLite drops a byte order mark that starts a text.
bool startsWithMark(const QString &text)
{
    return text.startsWith(QChar(0xfeff));
}

// Blank lines before the text and whitespace after it go; the rest stays.
QString body(const QString &text)
{
    QStringList lines = text.split(QLatin1Char('\n'));
    while (!lines.isEmpty() && lines.first().trimmed().isEmpty())
        lines.removeFirst();
    QString joined = lines.join(QLatin1Char('\n'));
    while (!joined.isEmpty() && joined.back().isSpace())
        joined.chop(1);
    return joined;
}

QString canonical(const QString &written)
{
    QString text = written.trimmed();
    if (text.size() == 38 && text.startsWith(QLatin1Char('{')) && text.endsWith(QLatin1Char('}')))
        text = text.mid(1, 36);
    static const QRegularExpression shape(QStringLiteral(
        "^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$"));
    if (!shape.match(text).hasMatch() ||
        text == QLatin1String("00000000-0000-0000-0000-000000000000"))
        return {};
    return text.toLower();
}

// What a bank must read as, or the places (each a list of words the message must
// hold) of which at least one a refusal must name.
struct Expectation
{
    BankDocument document;
    QList<QStringList> defects;
};

Expectation expect(const BankDocument &raw)
{
    Expectation e;
    auto defect = [&](QStringList words) {
        e.defects << words;
    };
    QHash<QString, QString> spellings;
    for (int i = 0; i < raw.categories.size(); ++i) {
        const QString name = lf(raw.categories.at(i).name);
        const QString clean = name.simplified();
        if (hasRefusedCharacter(name) || clean.isEmpty() || clean.size() > limits::kCategoryName ||
            startsWithMark(clean))
            defect({QStringLiteral("category %1").arg(i + 1), QStringLiteral("name")});
        else if (spellings.contains(clean.toCaseFolded()))
            defect({QStringLiteral("categor"), QStringLiteral("\"%1\"").arg(clean)});
        else
            spellings.insert(clean.toCaseFolded(), clean);
        e.document.categories.append({0, clean, 0});
    }
    QSet<QString> uuids;
    for (int i = 0; i < raw.questions.size(); ++i) {
        Question q = raw.questions.at(i);
        const QString where = QStringLiteral("question %1").arg(i + 1);
        auto field = [&](const char *name) {
            defect({where, QStringLiteral("\"%1\"").arg(QLatin1String(name))});
        };
        const QString uuid = canonical(q.uuid);
        if (uuid.isEmpty())
            field("uuid");
        else if (uuids.contains(uuid))
            field("uuid");
        uuids.insert(uuid);
        q.uuid = uuid;
        auto single = [&](QString &text, const char *name, int limit) {
            text = lf(text);
            if (hasRefusedCharacter(text))
                field(name);
            text = text.simplified();
            if (text.isEmpty() || text.size() > limit || startsWithMark(text))
                field(name);
        };
        single(q.title, "title", limits::kTitle);
        single(q.category, "category", limits::kCategoryName);
        auto multi = [&](QString &text, const char *name) {
            text = lf(text);
            if (hasRefusedCharacter(text))
                field(name);
            text = body(text);
            if (text.size() > limits::kLongText || startsWithMark(text))
                field(name);
        };
        multi(q.prompt, "prompt");
        multi(q.referenceAnswer, "referenceAnswer");
        multi(q.anchorJunior, "anchors.junior");
        multi(q.anchorMiddle, "anchors.middle");
        multi(q.anchorSenior, "anchors.senior");
        auto list = [&](QStringList &items, const char *name, int itemLimit, int countLimit) {
            QStringList kept;
            for (QString item : items) {
                item = lf(item);
                if (hasRefusedCharacter(item))
                    field(name);
                item = item.trimmed();
                if (item.size() > itemLimit || startsWithMark(item))
                    field(name);
                if (!item.isEmpty())
                    kept << item;
            }
            if (kept.size() > countLimit)
                field(name);
            items = kept;
        };
        list(q.followUps, "followUps", limits::kListText, limits::kFollowUps);
        list(q.criteria, "criteria", limits::kListText, limits::kCriteria);
        QStringList tags;
        for (QString tag : q.tags) {
            tag = lf(tag);
            if (hasRefusedCharacter(tag))
                field("tags");
            tag = tag.simplified().toLower();
            if (tag.contains(QLatin1Char(',')) || tag.size() > limits::kTag || startsWithMark(tag))
                field("tags");
            if (!tag.isEmpty())
                tags << tag;
        }
        if (tags.size() > limits::kTags)
            field("tags");
        q.tags = tags;
        if (!q.category.isEmpty()) {
            const QString key = q.category.toCaseFolded();
            if (!spellings.contains(key)) {
                spellings.insert(key, q.category);
                e.document.categories.append({0, q.category, 0});
            } else if (spellings.value(key) != q.category) {
                field("category");
            }
        }
        e.document.questions << q;
    }
    for (int i = 0; i < e.document.categories.size(); ++i)
        e.document.categories[i].position = i;
    return e;
}

// ---- Comparing ---------------------------------------------------------------------

// Empty when equal, else what differs.
QString difference(const BankDocument &actual, const BankDocument &expected, bool anyOrder)
{
    QStringList actualNames;
    QStringList expectedNames;
    for (const Category &c : actual.categories)
        actualNames << c.name + QLatin1Char('@') + QString::number(c.position);
    for (const Category &c : expected.categories)
        expectedNames << c.name + QLatin1Char('@') + QString::number(c.position);
    if (actualNames != expectedNames)
        return QStringLiteral("categories %1 instead of %2")
            .arg(actualNames.join(QLatin1Char('|')), expectedNames.join(QLatin1Char('|')));
    if (actual.questions.size() != expected.questions.size())
        return QStringLiteral("%1 questions instead of %2")
            .arg(actual.questions.size())
            .arg(expected.questions.size());
    QHash<QString, Question> byUuid;
    for (const Question &q : actual.questions)
        byUuid.insert(q.uuid, q);
    for (int i = 0; i < expected.questions.size(); ++i) {
        const Question &want = expected.questions.at(i);
        const Question got = anyOrder ? byUuid.value(want.uuid) : actual.questions.at(i);
        if (!got.sameContent(want))
            return QStringLiteral("question %1 reads as\n%2\ninstead of\n%3")
                .arg(i + 1)
                .arg(QString::fromUtf8(QJsonDocument(bankjson::toJson(got)).toJson()),
                     QString::fromUtf8(QJsonDocument(bankjson::toJson(want)).toJson()));
    }
    return {};
}

quint64 environmentNumber(const char *name, quint64 fallback)
{
    bool ok = false;
    const quint64 value = qEnvironmentVariable(name).toULongLong(&ok);
    return ok ? value : fallback;
}

} // namespace

class ExchangePropertyTest : public QObject
{
    Q_OBJECT

    quint64 m_seed = 0;
    int m_count = 0;
    int m_databaseCount = 0;

    // Reads `raw` through the JSON reader, as a file would arrive. Returns the document,
    // or nothing after checking that the refusal was due and names the place.
    std::optional<BankDocument> readRaw(const BankDocument &raw, const Expectation &expected,
                                        int index, QString &failure)
    {
        const QByteArray json = bankjson::write(raw);
        try {
            BankDocument document = bankjson::read(json, QStringLiteral("bank.json"));
            if (!expected.defects.isEmpty()) {
                failure = QStringLiteral("bank %1 was accepted but must be refused for %2")
                              .arg(index)
                              .arg(expected.defects.first().join(QLatin1Char(' ')));
                return std::nullopt;
            }
            return document;
        } catch (const PanelistError &error) {
            const QString message = error.message();
            if (expected.defects.isEmpty()) {
                failure = QStringLiteral("bank %1 was refused: %2").arg(index).arg(message);
                return std::nullopt;
            }
            const bool named = std::any_of(
                expected.defects.cbegin(), expected.defects.cend(), [&](const QStringList &words) {
                    return std::all_of(words.cbegin(), words.cend(),
                                       [&](const QString &word) { return message.contains(word); });
                });
            if (!named || !message.startsWith(QLatin1String("bank.json")) ||
                message.contains(QLatin1Char('\n')))
                failure = QStringLiteral("bank %1: the message \"%2\" names none of the defects")
                              .arg(index)
                              .arg(message);
            return std::nullopt;
        }
    }

    // The property for one bank in memory; returns what went wrong, or nothing.
    QString check(int index, int &accepted)
    {
        Generator generator(m_seed + static_cast<quint64>(index));
        const BankDocument raw = generator.bank();
        const Expectation expected = expect(raw);
        QString failure;
        const std::optional<BankDocument> read = readRaw(raw, expected, index, failure);
        if (!read)
            return failure;
        ++accepted;
        QString diff = difference(*read, expected.document, false);
        if (!diff.isEmpty())
            return QStringLiteral("bank %1 read from JSON: %2").arg(index).arg(diff);
        try {
            // The JSON writer is a function of the document, so a document that reads
            // back equal in every field it writes (checked by difference()) exports to the
            // same bytes; every tenth bank compares the bytes too.
            const QByteArray json = bankjson::write(*read);
            const BankDocument fromJson = bankjson::read(json, QStringLiteral("bank.json"));
            diff = difference(fromJson, expected.document, false);
            if (!diff.isEmpty() || fromJson.bankVersion != read->bankVersion)
                return QStringLiteral("bank %1 after JSON round trip: %2").arg(index).arg(diff);
            if (index % 10 == 0 && bankjson::write(fromJson) != json)
                return QStringLiteral("bank %1: JSON export -> import -> export differs")
                    .arg(index);

            const QByteArray markdown = bankmarkdown::write(*read);
            const BankDocument fromMarkdown =
                bankmarkdown::read(markdown, QStringLiteral("bank.md"));
            if (bankmarkdown::write(fromMarkdown) != markdown)
                return QStringLiteral("bank %1: Markdown export -> import -> export differs:\n%2")
                    .arg(index)
                    .arg(QString::fromUtf8(markdown));
            diff = difference(fromMarkdown, expected.document, true);
            if (!diff.isEmpty())
                return QStringLiteral("bank %1 after Markdown round trip: %2\n%3")
                    .arg(index)
                    .arg(diff, QString::fromUtf8(markdown));
        } catch (const PanelistError &error) {
            return QStringLiteral("bank %1: a file the writer wrote was refused: %2")
                .arg(index)
                .arg(error.message());
        }
        return {};
    }

private slots:
    void initTestCase()
    {
        m_seed =
            environmentNumber("PANELIST_PROPERTY_SEED", QRandomGenerator::global()->generate());
        m_count = static_cast<int>(environmentNumber("PANELIST_PROPERTY_COUNT", 10000));
        m_databaseCount = static_cast<int>(environmentNumber("PANELIST_PROPERTY_DB_COUNT", 200));
        qInfo("seed %llu, %d banks in memory, %d through the database (repeat with "
              "PANELIST_PROPERTY_SEED=%llu)",
              static_cast<unsigned long long>(m_seed), m_count, m_databaseCount,
              static_cast<unsigned long long>(m_seed));
    }

    void readersAndWritersKeepEveryText()
    {
        QElapsedTimer timer;
        timer.start();
        int accepted = 0;
        for (int i = 0; i < m_count; ++i) {
            const QString failure = check(i, accepted);
            if (!failure.isEmpty())
                QFAIL(qPrintable(QStringLiteral("seed %1: %2").arg(m_seed).arg(failure)));
        }
        qInfo("%d banks, %d accepted and round-tripped, %d refused, in %lld ms", m_count, accepted,
              m_count - accepted, static_cast<long long>(timer.elapsed()));
        // Both outcomes must be exercised, or the property says little.
        QVERIFY(m_count < 100 || accepted > m_count / 2);
        QVERIFY(m_count < 100 || accepted < m_count);
    }

    // The same through real files and databases: import, export in both forms, import
    // the export into a fresh database, export again.
    void databaseImportAndExportKeepEveryText()
    {
        // tmpfs when there is one: SQLite's fsyncs cost nothing there, and the files are
        // still real SQLite databases read and written by the app's code.
        const QString base = QDir(QStringLiteral("/dev/shm")).exists() ? QStringLiteral("/dev/shm")
                                                                       : QDir::tempPath();
        QTemporaryDir dir(base + QStringLiteral("/panelist-property-XXXXXX"));
        QVERIFY(dir.isValid());
        QElapsedTimer timer;
        timer.start();
        // Fresh databases are copies of one made here: creating the schema 400 times
        // would cost more than everything else this test does.
        const QString fresh = dir.filePath(QStringLiteral("fresh.sqlite"));
        const QString seeded = dir.filePath(QStringLiteral("seeded.sqlite"));
        {
            Database db(fresh);
        }
        QVERIFY(QFile::copy(fresh, seeded));
        {
            Database db(seeded);
            BankRepository bank(db);
            bank.addQuestion(testsupport::sampleQuestion(1));
        }
        int accepted = 0;
        for (int i = 0; i < m_databaseCount; ++i) {
            // Banks past those checked in memory, so the two tests see different ones.
            const int index = m_count + i;
            Generator generator(m_seed + static_cast<quint64>(index));
            const BankDocument raw = generator.bank();
            const Expectation expected = expect(raw);
            const QString extension = i % 2 ? QStringLiteral("md") : QStringLiteral("json");
            const QString input = dir.filePath(QStringLiteral("input%1.json").arg(i));
            testsupport::writeFile(input, bankjson::write(raw));
            const QString first = dir.filePath(QStringLiteral("first%1.%2").arg(i).arg(extension));
            const QString second =
                dir.filePath(QStringLiteral("second%1.%2").arg(i).arg(extension));
            const QString sourceDb = dir.filePath(QStringLiteral("source%1.sqlite").arg(i));
            QVERIFY(QFile::copy(seeded, sourceDb));
            const QByteArray before = testsupport::readFile(sourceDb);
            QString message;
            {
                Database db(sourceDb);
                BankRepository bank(db);
                try {
                    bankfiles::importFile(bank, input);
                    bankfiles::exportFile(bank, first);
                } catch (const PanelistError &error) {
                    message = error.message();
                }
                if (!message.isEmpty())
                    QCOMPARE(bank.questionCount(true), 1);
            }
            if (!message.isEmpty()) {
                QVERIFY2(!expected.defects.isEmpty(), qPrintable(message));
                QVERIFY2(message.contains(QLatin1String("input")), qPrintable(message));
                QCOMPARE(testsupport::readFile(sourceDb), before);
                continue;
            }
            QVERIFY2(expected.defects.isEmpty(),
                     qPrintable(QStringLiteral("bank %1 must be refused").arg(index)));
            ++accepted;
            const QString targetDb = dir.filePath(QStringLiteral("target%1.sqlite").arg(i));
            QVERIFY(QFile::copy(fresh, targetDb));
            Database db(targetDb);
            BankRepository bank(db);
            bankfiles::importFile(bank, first);
            bankfiles::exportFile(bank, second);
            QVERIFY2(testsupport::readFile(second) == testsupport::readFile(first),
                     qPrintable(QStringLiteral("seed %1, bank %2: %3 differs after the database")
                                    .arg(m_seed)
                                    .arg(index)
                                    .arg(extension)));
            // The sample question of the source database came along.
            QCOMPARE(bank.questionCount(true), expected.document.questions.size() + 1);
            for (const Question &want : expected.document.questions) {
                const std::optional<Question> got = bank.questionByUuid(want.uuid);
                QVERIFY2(got, qPrintable(want.uuid));
                BankDocument stored;
                stored.questions = {*got};
                BankDocument wanted;
                wanted.questions = {want};
                const QString diff = difference(stored, wanted, false);
                QVERIFY2(diff.isEmpty(),
                         qPrintable(QStringLiteral("seed %1, bank %2 changed in the database: %3")
                                        .arg(m_seed)
                                        .arg(index)
                                        .arg(diff)));
            }
            QFile::remove(sourceDb);
        }
        qInfo("%d banks through the database, %d accepted, in %lld ms", m_databaseCount, accepted,
              static_cast<long long>(timer.elapsed()));
        QVERIFY(m_databaseCount < 20 || accepted > 0);
    }
};

QTEST_GUILESS_MAIN(ExchangePropertyTest)
#include "tst_exchangeproperty.moc"
