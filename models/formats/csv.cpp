#include "formats/csv.h"

#include <QStringList>

namespace csv {

QString field(const Field &field)
{
    QString text = field.value;
    static const QString formulaStarts = QStringLiteral("=+-@\t\r");
    if (field.kind == Field::Kind::Text && !text.isEmpty() && formulaStarts.contains(text.at(0)))
        text.prepend(QLatin1Char('\''));
    if (text.contains(QLatin1Char(',')) || text.contains(QLatin1Char('"')) ||
        text.contains(QLatin1Char('\n')) || text.contains(QLatin1Char('\r'))) {
        text.replace(QLatin1String("\""), QLatin1String("\"\""));
        return QLatin1Char('"') + text + QLatin1Char('"');
    }
    return text;
}

QByteArray encode(const QList<Row> &rows)
{
    QString out;
    for (const Row &row : rows) {
        QStringList fields;
        for (const Field &value : row)
            fields << field(value);
        out += fields.join(QLatin1Char(',')) + QStringLiteral("\r\n");
    }
    return out.toUtf8();
}

} // namespace csv
