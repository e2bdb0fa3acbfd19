#include "formats/textfile.h"

#include "domain/errors.h"
#include "domain/limits.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>
#include <QStringDecoder>

#include <algorithm>
#include <cerrno>
#include <cstdlib>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace textfile {

namespace {

struct TextFile
{
    Q_DECLARE_TR_FUNCTIONS(TextFile)
};

constexpr qint64 kMaxFileSize = limits::kExchangeFileBytes;
constexpr qint64 kMegabyte = 1024 * 1024;

// Why, and what to do about it.
struct Words
{
    QString reason;
    QString advice;
};

Words wordsFor(int error)
{
    switch (error) {
    case ENOSPC:
        return {TextFile::tr("the disk is full"),
                TextFile::tr("free some space or choose another place")};
    case EDQUOT:
        return {TextFile::tr("the disk quota is used up"),
                TextFile::tr("free some space or choose another place")};
    case EFBIG:
        return {TextFile::tr("file too large for this system's limit (ulimit -f)"),
                TextFile::tr("raise the file-size limit or choose a smaller file")};
    case EACCES:
    case EPERM:
        return {TextFile::tr("permission denied"),
                TextFile::tr("choose a folder you may write to")};
    case EROFS:
        return {TextFile::tr("the disk is read-only"), TextFile::tr("choose another place")};
    case ENOENT:
        return {TextFile::tr("the folder does not exist"),
                TextFile::tr("choose an existing folder")};
    case ENOTDIR:
        return {TextFile::tr("a part of the path is not a folder"), TextFile::tr("check the path")};
    case EISDIR:
        return {TextFile::tr("it is a folder"), TextFile::tr("choose a file name")};
    case ENAMETOOLONG:
        return {TextFile::tr("the name is too long"), TextFile::tr("choose a shorter name")};
    case ELOOP:
        return {TextFile::tr("the path has too many symbolic links"),
                TextFile::tr("check the path")};
    case EIO:
        return {TextFile::tr("the disk reported an input/output error"),
                TextFile::tr("check the disk")};
    case EMFILE:
    case ENFILE:
        return {TextFile::tr("too many files are open"),
                TextFile::tr("close some programs and try again")};
    case ENOMEM:
        return {TextFile::tr("out of memory"), TextFile::tr("close some programs and try again")};
    default:
        return {qt_error_string(error), TextFile::tr("try again or choose another place")};
    }
}

// "a named pipe (FIFO)": what a path is when it is not a regular file.
QString kindOf(mode_t mode)
{
    if (S_ISFIFO(mode))
        return TextFile::tr("a named pipe (FIFO)");
    if (S_ISSOCK(mode))
        return TextFile::tr("a socket");
    if (S_ISCHR(mode) || S_ISBLK(mode))
        return TextFile::tr("a device");
    if (S_ISDIR(mode))
        return TextFile::tr("a folder");
    return TextFile::tr("a special file");
}

PanelistError writeFailure(const QString &path, int error)
{
    const Words words = wordsFor(error);
    return PanelistError(TextFile::tr("Cannot write %1: %2. Nothing was changed; %3.")
                             .arg(path, words.reason, words.advice));
}

PanelistError tooLarge(const QString &path, const QString &what, qint64 size)
{
    if (size > kMaxFileSize)
        return PanelistError(
            TextFile::tr("%1: the file is %2 MB, too large for %3 (at most %4 MB).")
                .arg(path)
                .arg(size / kMegabyte)
                .arg(what)
                .arg(kMaxFileSize / kMegabyte));
    return PanelistError(TextFile::tr("%1: the file holds more than %2 MB, too large for %3.")
                             .arg(path)
                             .arg(kMaxFileSize / kMegabyte)
                             .arg(what));
}

// "UTF-16" or "UTF-32" when the bytes are text in one of them (a byte-order mark, or an
// ASCII text with a zero byte beside every character); empty otherwise.
QString wideEncoding(const QByteArray &data)
{
    if (data.startsWith(QByteArrayLiteral("\xff\xfe\0\0")) ||
        data.startsWith(QByteArrayLiteral("\0\0\xfe\xff")))
        return QStringLiteral("UTF-32");
    const bool littleBom = data.startsWith("\xff\xfe");
    if (littleBom || data.startsWith("\xfe\xff")) {
        QStringDecoder decoder(littleBom ? QStringDecoder::Utf16LE : QStringDecoder::Utf16BE,
                               QStringDecoder::Flag::Stateless);
        const QString text = decoder.decode(data.mid(2));
        Q_UNUSED(text)
        if (!decoder.hasError())
            return QStringLiteral("UTF-16");
        return {};
    }
    const qsizetype pairs = std::min<qsizetype>(data.size(), 1024) / 2;
    if (pairs < 2)
        return {};
    qsizetype zeroEven = 0;
    qsizetype zeroOdd = 0;
    for (qsizetype i = 0; i < pairs; ++i) {
        zeroEven += data.at(2 * i) == '\0';
        zeroOdd += data.at(2 * i + 1) == '\0';
    }
    const bool little = zeroOdd * 10 >= pairs * 9 && zeroEven * 10 <= pairs;
    const bool big = zeroEven * 10 >= pairs * 9 && zeroOdd * 10 <= pairs;
    return little || big ? QStringLiteral("UTF-16") : QString();
}

// Writes all of `data`, resuming after a short write; 0 or the errno that stopped it.
int writeAll(int fd, const QByteArray &data)
{
    const char *next = data.constData();
    qint64 left = data.size();
    while (left > 0) {
        const ssize_t written = ::write(fd, next, size_t(left));
        if (written < 0) {
            if (errno == EINTR)
                continue;
            return errno;
        }
        if (written == 0)
            return EIO;
        next += written;
        left -= written;
    }
    return 0;
}

// The rename is durable once the folder's entry is on disk; a folder that cannot be
// synced (some file systems) still holds the complete file.
void syncFolder(const QByteArray &folder)
{
    const int fd = ::open(folder.constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (fd < 0)
        return;
    ::fsync(fd);
    ::close(fd);
}

} // namespace

QString reason(int error)
{
    return wordsFor(error).reason;
}

QByteArray read(const QString &path, const QString &what)
{
    const QByteArray native = QFile::encodeName(path);
    // The type first, without opening: opening a named pipe for reading waits for a
    // writer, and a device may never end.
    struct stat info = {};
    if (::stat(native.constData(), &info) != 0) {
        const int error = errno;
        if (error == ENOENT)
            throw PanelistError(
                TextFile::tr("Cannot read %1: the file does not exist; check the name.").arg(path));
        throw PanelistError(TextFile::tr("Cannot read %1: %2.").arg(path, wordsFor(error).reason));
    }
    if (!S_ISREG(info.st_mode))
        throw PanelistError(
            TextFile::tr("Cannot read %1: it is %2, not a file. Choose a file that holds %3.")
                .arg(path, kindOf(info.st_mode), what));
    if (info.st_size > kMaxFileSize)
        throw tooLarge(path, what, info.st_size);

    // Non-blocking, in case the path was swapped for a pipe since the check.
    const int fd = ::open(native.constData(), O_RDONLY | O_NONBLOCK | O_NOCTTY | O_CLOEXEC);
    if (fd < 0)
        throw PanelistError(TextFile::tr("Cannot read %1: %2.").arg(path, wordsFor(errno).reason));
    struct stat opened = {};
    if (::fstat(fd, &opened) != 0 || !S_ISREG(opened.st_mode)) {
        ::close(fd);
        throw PanelistError(
            TextFile::tr("Cannot read %1: it is %2, not a file. Choose a file that holds %3.")
                .arg(path, kindOf(opened.st_mode), what));
    }

    // Read until the end or past the limit, whatever size the file claims: a file may
    // grow while it is read, and some (in /proc) report no size at all. Reads are whole
    // chunks of 64 KB, which every file system takes.
    constexpr qint64 kChunk = 64 * 1024;
    QByteArray data;
    data.resize(qsizetype(std::min<qint64>(opened.st_size, kMaxFileSize) + kChunk));
    qsizetype total = 0;
    int error = 0;
    while (total <= kMaxFileSize) {
        if (total == data.size())
            data.resize(qsizetype(std::min<qint64>(kMaxFileSize + kChunk, total * 2)));
        const ssize_t count = ::read(fd, data.data() + total, size_t(data.size() - total));
        if (count < 0) {
            if (errno == EINTR)
                continue;
            error = errno;
            break;
        }
        if (count == 0)
            break;
        total += count;
    }
    ::close(fd);
    if (error != 0)
        throw PanelistError(TextFile::tr("Cannot read %1: %2.").arg(path, wordsFor(error).reason));
    if (total > kMaxFileSize)
        throw tooLarge(path, what, 0);
    data.resize(total);

    if (data.trimmed().isEmpty())
        throw PanelistError(TextFile::tr("%1: the file is empty.").arg(path));
    const QString wide = wideEncoding(data);
    if (!wide.isEmpty())
        throw PanelistError(
            TextFile::tr("%1: the file is %2 text, not UTF-8. Open it in a text editor, "
                         "save it as UTF-8 and try again.")
                .arg(path, wide));
    const qsizetype nul = data.indexOf('\0');
    if (nul >= 0)
        throw PanelistError(TextFile::tr("%1: this is a binary file, not %2 (byte %3 is zero).")
                                .arg(path, what)
                                .arg(nul + 1));
    QStringDecoder utf8(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    const QString text = utf8.decode(data); // decoding happens on conversion
    Q_UNUSED(text)
    if (utf8.hasError())
        throw PanelistError(TextFile::tr("%1: the file is not UTF-8 text.").arg(path));
    return data;
}

void write(const QString &path, const QByteArray &data)
{
    // A symbolic link stays a link: its target is what gets replaced.
    QString target = path;
    const QFileInfo given(path);
    if (given.isSymLink()) {
        const QString canonical = given.canonicalFilePath();
        target = canonical.isEmpty() ? given.symLinkTarget() : canonical;
    }
    const QByteArray nativeTarget = QFile::encodeName(target);
    struct stat info = {};
    if (::stat(nativeTarget.constData(), &info) == 0 && !S_ISREG(info.st_mode))
        throw PanelistError(
            TextFile::tr(
                "Cannot write %1: it is %2, not a file. Nothing was changed; choose a file name.")
                .arg(path, kindOf(info.st_mode)));

    // The new file is made beside the old one (a rename never crosses file systems),
    // readable by its owner only: exports hold candidate data.
    const QFileInfo targetInfo(target);
    const QByteArray folder = QFile::encodeName(targetInfo.absolutePath());
    QByteArray name = QFile::encodeName(targetInfo.fileName());
    if (name.size() > 200) // room for the suffix within a file name's 255 bytes
        name = QByteArrayLiteral("panelist");
    QByteArray temporary = folder + "/." + name + ".XXXXXX";
    const int fd = ::mkostemp(temporary.data(), O_CLOEXEC);
    if (fd < 0)
        throw writeFailure(path, errno);
    int error = 0;
    if (::fchmod(fd, S_IRUSR | S_IWUSR) != 0)
        error = errno;
    if (error == 0)
        error = writeAll(fd, data);
    // Some file systems report a full disk only when the data is flushed.
    if (error == 0 && ::fsync(fd) != 0)
        error = errno;
    if (::close(fd) != 0 && error == 0)
        error = errno;
    if (error == 0 && ::rename(temporary.constData(), nativeTarget.constData()) != 0)
        error = errno;
    if (error != 0) {
        ::unlink(temporary.constData());
        throw writeFailure(path, error);
    }
    syncFolder(folder);
}

QString defaultFolder()
{
    const QString documents = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    if (!documents.isEmpty() && QDir().mkpath(documents) && QFileInfo(documents).isDir())
        return documents;
    return QDir::homePath();
}

} // namespace textfile
