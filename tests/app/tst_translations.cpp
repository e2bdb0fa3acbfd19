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

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QHash>
#include <QLibraryInfo>
#include <QProcess>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>
#include <QXmlStreamReader>

namespace {

const QString kCatalogue = QStringLiteral(PANELIST_SOURCE_DIR "/translations/panelist_en.ts");

// context -> source texts, read from a .ts file.
QHash<QString, QSet<QString>> readCatalogue(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(path));
    QHash<QString, QSet<QString>> entries;
    QXmlStreamReader xml(&file);
    QString context;
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement)
            continue;
        if (xml.name() == QLatin1String("name"))
            context = xml.readElementText();
        else if (xml.name() == QLatin1String("source"))
            entries[context].insert(xml.readElementText());
    }
    if (xml.hasError())
        qFatal("%s: %s", qPrintable(path), qPrintable(xml.errorString()));
    return entries;
}

// Marks every message it knows with ⟦…⟧ (placeholders kept) and records the lookups of our
// own contexts it does not know. Qt's own contexts (QPlatformTheme, …) pass through.
class PseudoTranslator : public QTranslator
{
public:
    explicit PseudoTranslator(QHash<QString, QSet<QString>> entries)
        : m_entries(std::move(entries))
    {}

    QString translate(const char *context, const char *source, const char *, int) const override
    {
        const QString ctx = QString::fromUtf8(context);
        const QString text = QString::fromUtf8(source);
        if (m_entries.value(ctx).contains(text)) {
            m_hits.insert(ctx);
            return QStringLiteral("⟦") + text + QStringLiteral("⟧");
        }
        if (!ctx.startsWith(QLatin1Char('Q')) || ctx == QLatin1String("QObject"))
            m_missing.insert(ctx + QStringLiteral(": ") + text);
        return {};
    }
    bool isEmpty() const override { return false; }

    QSet<QString> missing() const { return m_missing; }
    QSet<QString> hits() const { return m_hits; }

private:
    QHash<QString, QSet<QString>> m_entries;
    mutable QSet<QString> m_missing;
    mutable QSet<QString> m_hits;
};

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
    void catalogueHoldsWhatLupdateFinds();
    void pseudoTranslationReachesEveryLayer();
};

// The committed catalogue is what lupdate extracts from today's sources: no context or message
// of the code is missing from it (a message added without updating the .ts fails here).
void TstTranslations::catalogueHoldsWhatLupdateFinds()
{
    const QString lupdate =
        QLibraryInfo::path(QLibraryInfo::BinariesPath) + QStringLiteral("/lupdate");
    QVERIFY2(QFile::exists(lupdate), qPrintable(lupdate + QStringLiteral(" is not installed")));
    QTemporaryDir dir;
    const QString fresh = dir.filePath(QStringLiteral("fresh.ts"));
    QProcess process;
    process.setWorkingDirectory(QStringLiteral(PANELIST_SOURCE_DIR));
    process.start(lupdate,
                  {QStringLiteral("-silent"), QStringLiteral("-extensions"),
                   QStringLiteral("cpp,h,qml"), QStringLiteral("app"), QStringLiteral("models"),
                   QStringLiteral("qml"), QStringLiteral("-ts"), fresh});
    QVERIFY(process.waitForFinished(120000));
    QCOMPARE(process.exitCode(), 0);

    const auto committed = readCatalogue(kCatalogue);
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
    QVERIFY2(missing.isEmpty(),
             qPrintable(QStringLiteral("translations/panelist_en.ts is stale (run `cmake --build "
                                       "build --target update_translations`); missing:\n") +
                        missing.join(QLatin1Char('\n'))));
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
