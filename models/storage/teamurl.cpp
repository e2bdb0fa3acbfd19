#include "storage/teamurl.h"

#include "domain/errors.h"

#include <QRegularExpression>
#include <QStringList>
#include <QUrl>

namespace {

const QStringList &sslModes()
{
    static const QStringList modes{QStringLiteral("disable"),   QStringLiteral("allow"),
                                   QStringLiteral("prefer"),    QStringLiteral("require"),
                                   QStringLiteral("verify-ca"), QStringLiteral("verify-full")};
    return modes;
}

QString decoded(const QString &text)
{
    return QUrl::fromPercentEncoding(text.toUtf8());
}

// A value for a libpq connection string: quoted, with \ and ' escaped.
QString quotedOption(const QString &value)
{
    QString escaped = value;
    escaped.replace(QLatin1Char('\\'), QLatin1String("\\\\"));
    escaped.replace(QLatin1Char('\''), QLatin1String("\\'"));
    return QLatin1Char('\'') + escaped + QLatin1Char('\'');
}

} // namespace

QString TeamUrl::redacted(const QString &text)
{
    const qsizetype start = text.indexOf(QLatin1String("://"));
    const qsizetype authorityStart = start < 0 ? 0 : start + 3;
    qsizetype authorityEnd = text.size();
    for (const QChar end : {QLatin1Char('/'), QLatin1Char('?'), QLatin1Char('#')}) {
        const qsizetype at = text.indexOf(end, authorityStart);
        if (at >= 0 && at < authorityEnd)
            authorityEnd = at;
    }
    const qsizetype at = text.lastIndexOf(QLatin1Char('@'), authorityEnd - 1);
    if (at < authorityStart)
        return text;
    const qsizetype colon = text.indexOf(QLatin1Char(':'), authorityStart);
    if (colon < 0 || colon > at)
        return text;
    // No scheme: "bob:pw@host" (also "host:5432" has no "@" and stays as it is).
    return text.left(colon) + text.mid(at);
}

TeamUrl TeamUrl::parse(const QString &input)
{
    const QString text = input.trimmed();
    const QString shown = redacted(text);
    const auto wrong = [&shown](const QString &why) {
        return PanelistError(
            TeamUrl::tr("The team server URL \"%1\" cannot be used: %2.").arg(shown, why));
    };
    const QString form = QStringLiteral("postgresql://USER@HOST:PORT/DATABASE");

    qsizetype rest = -1;
    for (const QLatin1String scheme :
         {QLatin1String("postgresql://"), QLatin1String("postgres://")}) {
        if (text.startsWith(scheme, Qt::CaseInsensitive))
            rest = scheme.size();
    }
    if (rest < 0)
        throw wrong(tr("it must start with postgresql:// (%1)").arg(form));
    if (text.contains(QLatin1Char('#')))
        throw wrong(tr("a URL to a team server has no #fragment"));

    QString remainder = text.mid(rest);
    QString query;
    if (const qsizetype mark = remainder.indexOf(QLatin1Char('?')); mark >= 0) {
        query = remainder.mid(mark + 1);
        remainder = remainder.left(mark);
    }
    const qsizetype slash = remainder.indexOf(QLatin1Char('/'));
    const QString authority = slash < 0 ? remainder : remainder.left(slash);
    const QString path = slash < 0 ? QString() : remainder.mid(slash + 1);

    TeamUrl url;
    const qsizetype at = authority.lastIndexOf(QLatin1Char('@'));
    if (at < 0)
        throw wrong(
            tr("it names no user; write the PostgreSQL role before the host (%1)").arg(form));
    const QString userInfo = authority.left(at);
    const qsizetype colon = userInfo.indexOf(QLatin1Char(':'));
    url.m_user = decoded(colon < 0 ? userInfo : userInfo.left(colon));
    if (colon >= 0)
        url.m_password = decoded(userInfo.mid(colon + 1));
    if (url.m_user.isEmpty())
        throw wrong(tr("the user before \"@\" is empty (%1)").arg(form));

    QString hostPort = authority.mid(at + 1);
    QString portText;
    bool portGiven = false;
    if (hostPort.startsWith(QLatin1Char('['))) {
        const qsizetype close = hostPort.indexOf(QLatin1Char(']'));
        if (close < 0)
            throw wrong(tr("the IPv6 address after \"[\" has no closing \"]\""));
        url.m_host = hostPort.mid(1, close - 1);
        const QString after = hostPort.mid(close + 1);
        if (!after.isEmpty() && !after.startsWith(QLatin1Char(':')))
            throw wrong(tr("\"%1\" after the IPv6 address is not a :PORT").arg(after));
        portGiven = !after.isEmpty();
        portText = after.mid(1);
        if (!QRegularExpression(QStringLiteral("^[0-9A-Fa-f:.]+$")).match(url.m_host).hasMatch())
            throw wrong(tr("\"%1\" is not an IPv6 address").arg(url.m_host));
    } else {
        const qsizetype portColon = hostPort.lastIndexOf(QLatin1Char(':'));
        if (portColon >= 0) {
            portGiven = true;
            portText = hostPort.mid(portColon + 1);
            hostPort = hostPort.left(portColon);
        }
        url.m_host = decoded(hostPort);
        if (url.m_host.isEmpty())
            throw wrong(tr("it names no host after \"@\" (%1)").arg(form));
        if (url.m_host.contains(QLatin1Char(',')))
            throw wrong(tr("it names several hosts; Panelist talks to one team server"));
        if (!QRegularExpression(QStringLiteral("^[A-Za-z0-9._-]+$")).match(url.m_host).hasMatch())
            throw wrong(tr("the host \"%1\" is not a host name or address").arg(url.m_host));
    }
    if (portGiven) {
        bool ok = false;
        const int port = portText.toInt(&ok);
        if (!ok || port < 1 || port > 65535 ||
            !QRegularExpression(QStringLiteral("^[0-9]{1,5}$")).match(portText).hasMatch())
            throw wrong(tr("the port \"%1\" is not a number from 1 to 65535").arg(portText));
        url.m_port = port;
    }

    url.m_database = decoded(path);
    if (path.isEmpty())
        throw wrong(tr("it names no database; end it with /DATABASE (%1)").arg(form));
    if (path.contains(QLatin1Char('/')))
        throw wrong(tr("the database \"%1\" holds a \"/\"; a URL names one database").arg(path));

    QStringList seen;
    for (const QString &pair : query.split(QLatin1Char('&'), Qt::SkipEmptyParts)) {
        const qsizetype equals = pair.indexOf(QLatin1Char('='));
        const QString key = decoded(equals < 0 ? pair : pair.left(equals));
        const QString value = equals < 0 ? QString() : decoded(pair.mid(equals + 1));
        if (seen.contains(key))
            throw wrong(tr("the parameter %1 is given twice").arg(key));
        seen << key;
        if (key == QLatin1String("sslmode")) {
            if (!sslModes().contains(value))
                throw wrong(tr("sslmode must be one of %1, not \"%2\"")
                                .arg(sslModes().join(QStringLiteral(", ")), value));
            url.m_sslMode = value;
        } else if (key == QLatin1String("sslrootcert")) {
            // QPSQL turns ";" into the separator of its options: such a path cannot pass.
            if (value.isEmpty() || value.contains(QLatin1Char(';')))
                throw wrong(tr("sslrootcert must name a certificate file (without \";\"), "
                               "not \"%1\"")
                                .arg(value));
            url.m_sslRootCert = value;
        } else if (key == QLatin1String("connect_timeout")) {
            bool ok = false;
            const int seconds = value.toInt(&ok);
            if (!ok || seconds < 1 || seconds > 3600)
                throw wrong(tr("connect_timeout must be a number of seconds from 1 to 3600, "
                               "not \"%1\"")
                                .arg(value));
            url.m_connectTimeout = seconds;
        } else {
            throw wrong(tr("the parameter \"%1\" is not one Panelist knows (sslmode, "
                           "sslrootcert, connect_timeout)")
                            .arg(key));
        }
    }
    return url;
}

QString TeamUrl::displayUrl() const
{
    const QString host =
        m_host.contains(QLatin1Char(':')) ? QLatin1Char('[') + m_host + QLatin1Char(']') : m_host;
    QString text = QStringLiteral("postgresql://%1@%2:%3/%4")
                       .arg(QString::fromUtf8(QUrl::toPercentEncoding(m_user)), host)
                       .arg(m_port)
                       .arg(QString::fromUtf8(QUrl::toPercentEncoding(m_database)));
    QStringList query;
    if (!m_sslMode.isEmpty())
        query << QStringLiteral("sslmode=") + m_sslMode;
    if (!m_sslRootCert.isEmpty())
        query << QStringLiteral("sslrootcert=") +
                     QString::fromUtf8(QUrl::toPercentEncoding(m_sslRootCert, "/"));
    if (m_connectTimeout > 0)
        query << QStringLiteral("connect_timeout=%1").arg(m_connectTimeout);
    if (!query.isEmpty())
        text += QLatin1Char('?') + query.join(QLatin1Char('&'));
    return text;
}

QString TeamUrl::connectOptions(int defaultTimeoutSeconds) const
{
    QStringList options;
    if (!m_sslMode.isEmpty())
        options << QStringLiteral("sslmode=") + m_sslMode;
    if (!m_sslRootCert.isEmpty())
        options << QStringLiteral("sslrootcert=") + quotedOption(m_sslRootCert);
    const int timeout = m_connectTimeout > 0 ? m_connectTimeout : defaultTimeoutSeconds;
    if (timeout > 0)
        options << QStringLiteral("connect_timeout=%1").arg(timeout);
    options << QStringLiteral("application_name=panelist");
    return options.join(QLatin1Char(';'));
}

TeamUrl TeamUrl::withoutPassword() const
{
    TeamUrl url = *this;
    url.m_password.clear();
    return url;
}
