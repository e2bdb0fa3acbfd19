#pragma once

#include <QLocale>
#include <QObject>
#include <QPointer>
#include <QQmlEngine>
#include <QString>
#include <QVariantList>
#include <QtQml/qqmlregistration.h>

class QCoreApplication;
class QJSEngine;
class QTranslator;

// The language of the window (the `Language` singleton, Settings → Appearance): the
// languages Panelist has a catalogue for (panelist_<code>.qm in :/i18n, en and de, and any
// in PREFIX/share/panelist/translations beside an installed binary, which comes first), the
// choice kept in QSettings ("appearance/language"; empty: follow the system locale), and
// the switch at run time: the new catalogue installed, QLocale::setDefault so numbers,
// dates and durations follow, and the QML engine retranslated so every qsTr() binding
// changes at once; `languageChanged` tells the C++ models that cache words to refresh.
// The command line follows the system locale (LANG), never the choice.
class Language : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON
    // "" (follow the system), or a catalogue's code ("en", "de").
    Q_PROPERTY(QString choice READ choice WRITE setChoice NOTIFY changed)
    // The code of the language in use ("de").
    Q_PROPERTY(QString current READ current NOTIFY changed)
    // What Settings offers: [{code: "", name: "Follow the system"}, {code: "en", name:
    // "English"}, {code: "de", name: "Deutsch"}]; each language in its own words.
    Q_PROPERTY(QVariantList choices READ choices NOTIFY changed)

public:
    // The catalogues built into the binary.
    static QString builtIn() { return QStringLiteral(":/i18n"); }

    // Reads the choice and installs its catalogue from `folder` (builtIn(); tests give
    // their own). No default constructor: QML would make a second instance with it
    // instead of asking create().
    explicit Language(const QString &folder, QObject *parent = nullptr);
    ~Language() override;

    static Language *create(QQmlEngine *engine, QJSEngine *);
    static void setInstance(Language *instance);
    static Language *instance();

    // The engine whose qsTr() bindings a switch retranslates (Window::load gives it).
    void setEngine(QQmlEngine *engine) { m_engine = engine; }

    // For the command line: the catalogue of the system locale, English when there is none.
    static void installForSystem(QCoreApplication &app);

    QString choice() const { return m_choice; }
    void setChoice(const QString &code);
    QString current() const { return m_current; }
    QVariantList choices() const;
    // The codes with a catalogue in the folder, sorted.
    QStringList available() const;
    // The locale numbers and dates follow for `code` ("" the system's).
    static QLocale localeFor(const QString &code);

signals:
    void changed();
    // The catalogue was switched: text computed in C++ must be asked for again.
    void languageChanged();

private:
    void install();

    QString m_folder;
    QString m_choice;
    QString m_current;
    QTranslator *m_translator = nullptr;
    QPointer<QQmlEngine> m_engine;
};
