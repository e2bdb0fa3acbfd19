#include "common/qmllimits.h"

#include <QClipboard>
#include <QGuiApplication>

QString QmlLimits::clipboard(int room, bool selection)
{
    if (room <= 0)
        return {};
    const QClipboard *clipboard = QGuiApplication::clipboard();
    const QClipboard::Mode mode =
        selection && clipboard->supportsSelection() ? QClipboard::Selection : QClipboard::Clipboard;
    const QString text = clipboard->text(mode);
    if (text.size() <= room)
        return text;
    qsizetype end = room;
    if (text.at(end - 1).isHighSurrogate())
        --end; // never half a character
    return text.left(end);
}
