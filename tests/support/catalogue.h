#pragma once

#include <QHash>
#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>
#include <QTranslator>

// The translation catalogues (translations/*.ts) as tests read them, and a pseudo-translator
// built from one.
namespace catalogue {

// One message of a .ts file: its context and source, its translation (the numerus forms of
// a plural message, one form otherwise) and the translation's type ("" when finished,
// "unfinished", "vanished", "obsolete").
struct Message
{
    QString context;
    QString source;
    QStringList translations;
    QString type;
    bool numerus = false;
};

// Every message of the .ts file at `path`; qFatal when it cannot be read.
QList<Message> read(const QString &path);
// context -> source texts.
QHash<QString, QSet<QString>> sources(const QList<Message> &messages);
// The placeholders a text carries (%1…%99, %n, %L1), sorted, each once.
QStringList placeholders(const QString &text);

} // namespace catalogue

// Marks every message it knows with ⟦…⟧ (placeholders kept) and records the lookups of our
// own contexts it does not know. Qt's own contexts (QPlatformTheme, …) pass through.
class PseudoTranslator : public QTranslator
{
public:
    static QString open() { return QStringLiteral("⟦"); }
    static QString close() { return QStringLiteral("⟧"); }

    explicit PseudoTranslator(QHash<QString, QSet<QString>> entries);

    QString translate(const char *context, const char *source, const char *disambiguation,
                      int n) const override;
    bool isEmpty() const override { return false; }

    QSet<QString> missing() const { return m_missing; }
    QSet<QString> hits() const { return m_hits; }

private:
    QHash<QString, QSet<QString>> m_entries;
    mutable QSet<QString> m_missing;
    mutable QSet<QString> m_hits;
};
