// Translation contexts: every message the code asks for is one the catalogue holds, under the
// context the code uses at run time. A pseudo-translation built from the catalogue must reach a
// C++ message of every layer; a context lupdate files under another name (the old per-file tr()
// helpers) would come back untranslated and fail here.
#include "cli/cli.h"
#include "common/safetext.h"
#include "domain/errors.h"
#include "domain/vocabulary.h"
#include "formats/bankjson.h"
#include "storage/database.h"
#include "support/catalogue.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QLibraryInfo>
#include <QProcess>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>

namespace {

const QString kTranslations = QStringLiteral(PANELIST_SOURCE_DIR "/translations");
const QString kCatalogue = kTranslations + QStringLiteral("/panelist_en.ts");

QHash<QString, QSet<QString>> readCatalogue(const QString &path)
{
    return catalogue::sources(catalogue::read(path));
}

// Every catalogue in translations/, English first.
QStringList catalogues()
{
    QStringList files =
        QDir(kTranslations).entryList({QStringLiteral("panelist_*.ts")}, QDir::Files, QDir::Name);
    for (QString &file : files)
        file = kTranslations + QLatin1Char('/') + file;
    files.removeOne(kCatalogue);
    files.prepend(kCatalogue);
    return files;
}

QString messageOf(const std::function<void()> &action)
{
    try {
        action();
    } catch (const PanelistError &error) {
        return error.message();
    }
    return {};
}

} // namespace

class TstTranslations : public QObject
{
    Q_OBJECT

private slots:
    void catalogueHoldsWhatLupdateFinds_data();
    void catalogueHoldsWhatLupdateFinds();
    void cataloguesAreFinished_data();
    void cataloguesAreFinished();
    void pseudoTranslationReachesEveryLayer();
};

void TstTranslations::catalogueHoldsWhatLupdateFinds_data()
{
    QTest::addColumn<QString>("path");
    for (const QString &path : catalogues())
        QTest::newRow(qPrintable(QFileInfo(path).fileName())) << path;
}

// Each committed catalogue is what lupdate extracts from today's sources: no context or
// message of the code is missing from it (a message added without updating the .ts fails
// here), and it keeps no message the code no longer says.
void TstTranslations::catalogueHoldsWhatLupdateFinds()
{
    QFETCH(QString, path);
    // One extraction for every catalogue of the run.
    static QTemporaryDir dir;
    const QString fresh = dir.filePath(QStringLiteral("fresh.ts"));
    if (!QFile::exists(fresh)) {
        const QString lupdate =
            QLibraryInfo::path(QLibraryInfo::BinariesPath) + QStringLiteral("/lupdate");
        QVERIFY2(QFile::exists(lupdate), qPrintable(lupdate + QStringLiteral(" is not installed")));
        QProcess process;
        process.setWorkingDirectory(QStringLiteral(PANELIST_SOURCE_DIR));
        process.start(lupdate,
                      {QStringLiteral("-silent"), QStringLiteral("-extensions"),
                       QStringLiteral("cpp,h,qml"), QStringLiteral("app"), QStringLiteral("models"),
                       QStringLiteral("qml"), QStringLiteral("-ts"), fresh});
        QVERIFY(process.waitForFinished(120000));
        QCOMPARE(process.exitCode(), 0);
    }

    const QString name = QFileInfo(path).fileName();
    QHash<QString, QSet<QString>> committed;
    for (const catalogue::Message &message : catalogue::read(path)) {
        // Vanished and obsolete entries are what lupdate keeps of removed messages.
        if (message.type != QLatin1String("vanished") && message.type != QLatin1String("obsolete"))
            committed[message.context].insert(message.source);
    }
    const auto extracted = readCatalogue(fresh);
    QStringList missing;
    for (auto it = extracted.cbegin(); it != extracted.cend(); ++it) {
        if (!committed.contains(it.key())) {
            missing << QStringLiteral("context %1").arg(it.key());
            continue;
        }
        for (const QString &source : it.value())
            if (!committed.value(it.key()).contains(source))
                missing << QStringLiteral("%1: %2").arg(it.key(), source);
    }
    QStringList extra;
    for (auto it = committed.cbegin(); it != committed.cend(); ++it)
        for (const QString &source : it.value())
            if (!extracted.value(it.key()).contains(source))
                extra << QStringLiteral("%1: %2").arg(it.key(), source);
    QVERIFY2(
        missing.isEmpty() && extra.isEmpty(),
        qPrintable(QStringLiteral("translations/%1 is stale (run `cmake --build build "
                                  "--target update_translations`); missing:\n%2\n"
                                  "no longer in the code:\n%3")
                       .arg(name, missing.join(QLatin1Char('\n')), extra.join(QLatin1Char('\n')))));
}

void TstTranslations::cataloguesAreFinished_data()
{
    QTest::addColumn<QString>("path");
    for (const QString &path : catalogues())
        if (path != kCatalogue)
            QTest::newRow(qPrintable(QFileInfo(path).fileName())) << path;
    if (catalogues().size() < 2)
        QSKIP("no catalogue besides English in translations/");
}

// Every other language is translated through: no unfinished or empty entry, and each
// translation (each plural form) keeps its message's placeholders, so "%1 of %2" cannot
// lose a number and "%n" still counts.
void TstTranslations::cataloguesAreFinished()
{
    QFETCH(QString, path);
    const QString name = QFileInfo(path).fileName();
    QStringList unfinished;
    QStringList empty;
    QStringList placeholders;
    for (const catalogue::Message &message : catalogue::read(path)) {
        if (message.type == QLatin1String("vanished") || message.type == QLatin1String("obsolete"))
            continue;
        const QString where = QStringLiteral("%1: %2").arg(message.context, message.source);
        if (message.type == QLatin1String("unfinished"))
            unfinished << where;
        const QStringList expected = catalogue::placeholders(message.source);
        for (const QString &translation : message.translations) {
            if (translation.trimmed().isEmpty()) {
                empty << where;
                break;
            }
            QStringList found = catalogue::placeholders(translation);
            // A plural form for one may say "one" instead of %n.
            if (message.numerus && !found.contains(QStringLiteral("%n"))) {
                found << QStringLiteral("%n");
                found.sort();
            }
            if (found != expected) {
                placeholders << QStringLiteral("%1 → %2 (has %3, needs %4)")
                                    .arg(where, translation, found.join(QLatin1Char(' ')),
                                         expected.join(QLatin1Char(' ')));
            }
        }
        if (message.translations.isEmpty())
            empty << where;
    }
    const auto report = [&](const QString &what, const QStringList &list) {
        return list.isEmpty() ? QString()
                              : QStringLiteral("%1 %2 (%3), the first ones:\n%4\n")
                                    .arg(list.size())
                                    .arg(what, name, list.mid(0, 20).join(QLatin1Char('\n')));
    };
    QVERIFY2(
        unfinished.isEmpty() && empty.isEmpty() && placeholders.isEmpty(),
        qPrintable(report(QStringLiteral("unfinished translations in"), unfinished) +
                   report(QStringLiteral("empty translations in"), empty) +
                   report(QStringLiteral("translations losing placeholders in"), placeholders) +
                   QStringLiteral("Translate them in Qt Linguist (linguist %1).").arg(path)));
}

void TstTranslations::pseudoTranslationReachesEveryLayer()
{
    PseudoTranslator translator(readCatalogue(kCatalogue));
    QCoreApplication::installTranslator(&translator);
    QTemporaryDir dir;

    // domain
    const QString level = vocabulary::label(vocabulary::Level::Senior);
    // formats
    const QString json = messageOf([] { bankjson::read("{", QStringLiteral("bank.json")); });
    // storage
    const QString storage = messageOf([&] { Database database(dir.path()); });
    // features
    const QString features =
        SafeText::markdown(QStringLiteral("![diagram](https://example.invalid/a.png)"));
    // app: a mistyped command says so on stderr, in the command line's context
    const int exitCode =
        cli::Invocation::parse({QStringLiteral("panelist"), QStringLiteral("frobnicate")}).run();

    QCoreApplication::removeTranslator(&translator);
    QCOMPARE(level, QStringLiteral("⟦Senior⟧"));
    for (const QString &message : {json, storage, features})
        QVERIFY2(message.contains(QStringLiteral("⟦")), qPrintable(message));
    QCOMPARE(exitCode, 2);
    for (const char *context : {"Vocabulary", "BankJson", "Database", "SafeText", "Cli"})
        QVERIFY2(translator.hits().contains(QLatin1String(context)),
                 qPrintable(QStringLiteral("nothing of %1 was translated").arg(context)));
    QVERIFY2(translator.missing().isEmpty(),
             qPrintable(QStringList(translator.missing().values()).join(QLatin1Char('\n'))));
}

QTEST_MAIN(TstTranslations)
#include "tst_translations.moc"
