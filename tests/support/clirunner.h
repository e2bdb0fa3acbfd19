#pragma once

#include <QByteArray>
#include <QHash>
#include <QString>
#include <QStringList>

// Runs the real `panelist` binary (PANELIST_BINARY) as a shell user would, optionally
// under a file-size limit or with a memory cap, and never waits for ever.
namespace clirunner {

struct Options
{
    QString database;                    // --database; empty: none given
    int fileSizeLimitBlocks = 0;         // `ulimit -f` in 1024-byte blocks; 0: none
    qint64 memoryLimitBytes = 0;         // RLIMIT_AS of the child; 0: none
    QHash<QString, QString> environment; // added to the inherited environment
    int timeoutMs = 60000;               // then the child is killed
};

struct Result
{
    bool finished = false; // false: killed after the timeout
    int exitCode = -1;     // -1 when it crashed or was killed
    QByteArray out;
    QByteArray err;
    qint64 elapsedMs = 0;
};

Result run(const QStringList &arguments, const Options &options = {});

// The lines of `text` without the last line break.
QList<QByteArray> lines(const QByteArray &text);

} // namespace clirunner
