#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

// Tables as CSV (RFC 4180) for spreadsheets: fields separated by commas, every row ended
// by CRLF, a field holding a comma, a quote or a line break quoted with its quotes
// doubled; UTF-8 without a byte order mark. Text a spreadsheet would run as a formula
// (starting with =, +, -, @, a tab or a carriage return) gets a leading apostrophe, so
// it shows as typed and runs nothing.
namespace csv {

struct Field
{
    enum class Kind {
        Text,   // kept as text: a formula start gets the apostrophe
        Number, // written as it is ("-1.5" is a number, not a formula)
    };
    QString value;
    Kind kind = Kind::Text;
};

using Row = QList<Field>;

// One field as it goes between the commas.
QString field(const Field &field);

// The whole table, a CRLF after every row (the last one too).
QByteArray encode(const QList<Row> &rows);

} // namespace csv
