#pragma once

#include <QString>
#include <stdexcept>

// One exception type for everything the user must be told about: the message is
// complete and ready to show (it names the file, the item and the reason).
class PanelistError : public std::runtime_error
{
public:
    explicit PanelistError(const QString &message)
        : std::runtime_error(message.toStdString())
        , m_message(message)
    {}
    QString message() const { return m_message; }

private:
    QString m_message;
};
