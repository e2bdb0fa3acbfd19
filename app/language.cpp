#include "language.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QQmlEngine>
#include <QSettings>
#include <QTranslator>

namespace {

Language *s_instance = nullptr;

constexpr char kChoiceKey[] = "appearance/language";
const QString kBaseName = QStringLiteral("panelist");

// Where to look for catalogues, first to last: beside an installed binary
// (PREFIX/share/panelist/translations, where the package puts them) before the ones built
// in, so a distribution or a translator can add or update a language without a rebuild.
QStringList foldersFor(const QString &folder)
{
    if (folder != Language::builtIn())
        return {folder};
    const QString installed =
        QCoreApplication::applicationDirPath() + QStringLiteral("/../share/panelist/translations");
    return QFileInfo(installed).isDir() ? QStringList{installed, folder} : QStringList{folder};
}

// Loads the catalogue of `locale`, English when there is none: the English catalogue
// carries the plural forms of the sources.
bool load(QTranslator &translator, const QLocale &locale, const QString &folder)
{
    const QStringList folders = foldersFor(folder);
    for (const QString &each : folders)
        if (translator.load(locale, kBaseName, QStringLiteral("_"), each))
            return true;
    for (const QString &each : folders)
        if (translator.load(kBaseName + QStringLiteral("_en"), each))
            return true;
    return false;
}

} // namespace

Language::Language(const QString &folder, QObject *parent)
    : QObject(parent)
    , m_folder(folder)
    , m_choice(QSettings().value(QLatin1String(kChoiceKey)).toString())
{
    if (!m_choice.isEmpty() && !available().contains(m_choice))
        m_choice.clear();
    install();
}

Language::~Language()
{
    if (s_instance == this)
        s_instance = nullptr;
    if (m_translator)
        QCoreApplication::removeTranslator(m_translator);
    delete m_translator;
}

Language *Language::create(QQmlEngine *engine, QJSEngine *)
{
    Q_ASSERT_X(s_instance, "Language", "main() must create the language before QML");
    QJSEngine::setObjectOwnership(s_instance, QJSEngine::CppOwnership);
    s_instance->m_engine = engine;
    return s_instance;
}

void Language::setInstance(Language *instance)
{
    s_instance = instance;
}

Language *Language::instance()
{
    return s_instance;
}

void Language::installForSystem(QCoreApplication &app)
{
    auto *translator = new QTranslator(&app);
    if (load(*translator, QLocale::system(), builtIn()))
        QCoreApplication::installTranslator(translator);
}

QStringList Language::available() const
{
    QStringList codes;
    for (const QString &folder : foldersFor(m_folder)) {
        const QStringList files =
            QDir(folder).entryList({kBaseName + QStringLiteral("_*.qm")}, QDir::Files, QDir::Name);
        for (const QString &file : files)
            codes << file.mid(kBaseName.size() + 1).chopped(3);
    }
    codes.removeDuplicates();
    codes.sort();
    return codes;
}

QLocale Language::localeFor(const QString &code)
{
    const QLocale system = QLocale::system();
    if (code.isEmpty())
        return system;
    const QLocale chosen(code);
    // English on a British desktop stays British: the system's country when it speaks
    // the chosen language.
    return chosen.language() == system.language() ? system : chosen;
}

QVariantList Language::choices() const
{
    QVariantList list{QVariantMap{{QStringLiteral("code"), QString()},
                                  {QStringLiteral("name"), tr("Follow the system")}}};
    for (const QString &code : available()) {
        const QLocale locale(code);
        QString name = locale.language() == QLocale::English ? QStringLiteral("English")
                                                             : locale.nativeLanguageName();
        if (!name.isEmpty())
            name[0] = name[0].toUpper();
        list << QVariantMap{{QStringLiteral("code"), code}, {QStringLiteral("name"), name}};
    }
    return list;
}

void Language::setChoice(const QString &code)
{
    if (code == m_choice || (!code.isEmpty() && !available().contains(code)))
        return;
    m_choice = code;
    QSettings settings;
    if (code.isEmpty())
        settings.remove(QLatin1String(kChoiceKey));
    else
        settings.setValue(QLatin1String(kChoiceKey), code);
    install();
    if (m_engine)
        m_engine->retranslate();
    emit changed();
    emit languageChanged();
}

void Language::install()
{
    const QLocale locale = localeFor(m_choice);
    auto *translator = new QTranslator;
    if (!load(*translator, locale, m_folder)) {
        delete translator;
        translator = nullptr;
    }
    if (m_translator) {
        QCoreApplication::removeTranslator(m_translator);
        delete m_translator;
    }
    m_translator = translator;
    if (m_translator)
        QCoreApplication::installTranslator(m_translator);
    QLocale::setDefault(locale);
    // The catalogue in use, else the locale's own language.
    const QString file =
        m_translator ? QFileInfo(m_translator->filePath()).completeBaseName() : QString();
    m_current = file.startsWith(kBaseName + QLatin1Char('_'))
                    ? file.mid(kBaseName.size() + 1).section(QLatin1Char('_'), 0, 0)
                    : QLocale::languageToCode(locale.language());
}
