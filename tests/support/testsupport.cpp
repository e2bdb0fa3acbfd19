#include "support/testsupport.h"

#include <QFile>
#include <QProcess>
#include <QUuid>

namespace testsupport {

Question sampleQuestion(int n, const QString &category)
{
    Question q;
    q.uuid = QUuid::fromString(
                 QStringLiteral("00000000-0000-4000-8000-%1").arg(n, 12, 10, QLatin1Char('0')))
                 .toString(QUuid::WithoutBraces);
    q.title = QStringLiteral("Sample question %1").arg(n);
    q.prompt =
        QStringLiteral("Explain topic %1.\n\n```python\n# a comment, not a heading\nprint(%1)\n```")
            .arg(n);
    q.category = category;
    q.level = vocabulary::Level::Senior;
    q.kind = vocabulary::Kind::Technical;
    q.minutes = 5 + n % 10;
    q.referenceAnswer = QStringLiteral("- first point %1\n- second point").arg(n);
    q.tags = {QStringLiteral("sample"), QStringLiteral("tag%1").arg(n)};
    q.followUps = {QStringLiteral("Follow-up one of %1").arg(n), QStringLiteral("Follow-up two")};
    q.criteria = {QStringLiteral("Names the first point"), QStringLiteral("Gives an example"),
                  QStringLiteral("Mentions the trade-off")};
    q.anchorJunior = QStringLiteral("Knows the word.");
    q.anchorMiddle = QStringLiteral("Explains the mechanism.");
    q.anchorSenior = QStringLiteral("Relates it to production trade-offs.");
    return q;
}

QByteArray readFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

QByteArray readFileFromOutside(const QString &path)
{
    if (!QFile::exists(path))
        return {};
    QProcess cat;
    cat.start(QStringLiteral("cat"), {path});
    if (!cat.waitForFinished(30000))
        qFatal("cat %s did not finish", qPrintable(path));
    return cat.readAllStandardOutput();
}

void writeFile(const QString &path, const QByteArray &data)
{
    QFile file(path);
    if (file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        file.write(data);
}

} // namespace testsupport
