#include "cli/output.h"

#include <QDateTime>
#include <QJsonDocument>

namespace cli {

namespace {

bool isBidiControl(char16_t code)
{
    return (code >= 0x202a && code <= 0x202e) || (code >= 0x2066 && code <= 0x2069);
}

} // namespace

QString printable(const QString &text)
{
    QString result;
    result.reserve(text.size());
    for (const QChar c : text) {
        const char16_t code = c.unicode();
        if (code < 0x20 || code == 0x7f || (code >= 0x80 && code < 0xa0))
            result += QStringLiteral("\\x%1").arg(int(code), 2, 16, QLatin1Char('0'));
        else if (isBidiControl(code))
            result += QStringLiteral("\\u%1").arg(int(code), 4, 16, QLatin1Char('0'));
        else
            result += c;
    }
    return result;
}

void printLine(QTextStream &out, const QString &line)
{
    out << printable(line) << Qt::endl;
}

void printJson(QTextStream &out, const QJsonDocument &document)
{
    // QJsonDocument escapes only C0 controls; JSON reads these escapes back as the same text.
    const QString json = QString::fromUtf8(document.toJson(QJsonDocument::Indented));
    QString result;
    result.reserve(json.size());
    for (const QChar c : json) {
        const char16_t code = c.unicode();
        if (code == 0x7f || (code >= 0x80 && code < 0xa0) || isBidiControl(code))
            result += QStringLiteral("\\u%1").arg(int(code), 4, 16, QLatin1Char('0'));
        else
            result += c;
    }
    out << result;
}

QString withFacts(const QString &name, const QStringList &facts)
{
    return QStringLiteral("%1  (%2)").arg(name, facts.join(QStringLiteral(", ")));
}

QString questionsText(int count)
{
    return count == 1 ? Cli::tr("1 question") : Cli::tr("%1 questions").arg(count);
}

QString listed(const QStringList &items, const QString &lastTwo)
{
    if (items.size() < 2)
        return items.join(QString());
    return lastTwo.arg(items.mid(0, items.size() - 1).join(QStringLiteral(", ")), items.last());
}

QString localMinute(const QDateTime &time)
{
    return time.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm"));
}

qint64 positiveId(const QString &word, const QString &message)
{
    bool ok = false;
    const qint64 id = word.toLongLong(&ok);
    if (!ok || id < 1)
        throw UsageError{message.arg(word)};
    return id;
}

int reportUsage(const QString &message)
{
    QTextStream err(stderr);
    printLine(err, QStringLiteral("panelist: ") + message + Cli::tr(" (see panelist --help)"));
    return BadUsage;
}

int reportFailure(const QString &message)
{
    QTextStream err(stderr);
    printLine(err, QStringLiteral("panelist: ") + message);
    return Failed;
}

} // namespace cli
