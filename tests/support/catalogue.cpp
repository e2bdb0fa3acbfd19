#include "support/catalogue.h"

#include <QFile>
#include <QRegularExpression>
#include <QXmlStreamReader>

namespace catalogue {

QList<Message> read(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(path));
    QList<Message> messages;
    QXmlStreamReader xml(&file);
    QString context;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isEndElement() && xml.name() == QLatin1String("context"))
            context.clear();
        if (!xml.isStartElement())
            continue;
        if (xml.name() == QLatin1String("name")) {
            context = xml.readElementText();
        } else if (xml.name() == QLatin1String("message")) {
            Message message;
            message.context = context;
            message.numerus =
                xml.attributes().value(QLatin1String("numerus")) == QLatin1String("yes");
            messages.append(message);
        } else if (xml.name() == QLatin1String("source") && !messages.isEmpty()) {
            messages.last().source = xml.readElementText();
        } else if (xml.name() == QLatin1String("translation") && !messages.isEmpty()) {
            Message &message = messages.last();
            message.type = xml.attributes().value(QLatin1String("type")).toString();
            if (!message.numerus)
                message.translations << xml.readElementText();
        } else if (xml.name() == QLatin1String("numerusform") && !messages.isEmpty()) {
            messages.last().translations << xml.readElementText();
        }
    }
    if (xml.hasError())
        qFatal("%s: %s", qPrintable(path), qPrintable(xml.errorString()));
    return messages;
}

QHash<QString, QSet<QString>> sources(const QList<Message> &messages)
{
    QHash<QString, QSet<QString>> entries;
    for (const Message &message : messages)
        entries[message.context].insert(message.source);
    return entries;
}

QStringList placeholders(const QString &text)
{
    static const QRegularExpression marker(QStringLiteral("%L?(?:[1-9][0-9]?|n)"));
    QStringList found;
    for (auto it = marker.globalMatch(text); it.hasNext();)
        found << it.next().captured().remove(QLatin1Char('L'));
    found.removeDuplicates();
    found.sort();
    return found;
}

} // namespace catalogue

PseudoTranslator::PseudoTranslator(QHash<QString, QSet<QString>> entries)
    : m_entries(std::move(entries))
{}

QString PseudoTranslator::translate(const char *context, const char *source, const char *,
                                    int) const
{
    const QString ctx = QString::fromUtf8(context);
    const QString text = QString::fromUtf8(source);
    if (m_entries.value(ctx).contains(text)) {
        m_hits.insert(ctx);
        return open() + text + close();
    }
    if (!ctx.startsWith(QLatin1Char('Q')) || ctx == QLatin1String("QObject"))
        m_missing.insert(ctx + QStringLiteral(": ") + text);
    return {};
}
