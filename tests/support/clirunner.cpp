#include "support/clirunner.h"

#include <QElapsedTimer>
#include <QProcess>

#include <sys/resource.h>

namespace clirunner {

Result run(const QStringList &arguments, const Options &options)
{
    QStringList command;
    if (!options.database.isEmpty())
        command << QStringLiteral("--database") << options.database;
    command << arguments;

    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (auto it = options.environment.cbegin(); it != options.environment.cend(); ++it)
        env.insert(it.key(), it.value());
    process.setProcessEnvironment(env);
    const qint64 memory = options.memoryLimitBytes;
    if (memory > 0) {
        process.setChildProcessModifier([memory] {
            const struct rlimit limit = {rlim_t(memory), rlim_t(memory)};
            ::setrlimit(RLIMIT_AS, &limit);
        });
    }
    QElapsedTimer clock;
    clock.start();
    if (options.fileSizeLimitBlocks > 0) {
        // The shell sets the limit, then becomes panelist; panelist itself ignores SIGXFSZ,
        // so a write past the limit fails with EFBIG instead of killing it.
        const QString script =
            QStringLiteral("ulimit -f %1; exec \"$0\" \"$@\"").arg(options.fileSizeLimitBlocks);
        process.start(QStringLiteral("bash"),
                      QStringList{QStringLiteral("-c"), script, QStringLiteral(PANELIST_BINARY)} +
                          command);
    } else {
        process.start(QStringLiteral(PANELIST_BINARY), command);
    }
    Result result;
    result.finished = process.waitForFinished(options.timeoutMs);
    if (!result.finished) {
        process.kill();
        process.waitForFinished(5000);
    }
    result.elapsedMs = clock.elapsed();
    result.exitCode =
        result.finished && process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    result.out = process.readAllStandardOutput();
    result.err = process.readAllStandardError();
    return result;
}

QList<QByteArray> lines(const QByteArray &text)
{
    QByteArray trimmed = text;
    if (trimmed.endsWith('\n'))
        trimmed.chop(1);
    if (trimmed.isEmpty())
        return {};
    return trimmed.split('\n');
}

} // namespace clirunner
