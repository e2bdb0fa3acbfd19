#include "interviews/livekeys.h"

#include <QVariantMap>

QList<LiveKeys::Entry> LiveKeys::table()
{
    const int ctrl = Qt::ControlModifier;
    const int shift = Qt::ShiftModifier;
    const int alt = Qt::AltModifier;
    return {
        {Next, tr("Ctrl+→"), tr("Next question"), Qt::Key_Right, ctrl},
        {Previous, tr("Ctrl+←"), tr("Previous question"), Qt::Key_Left, ctrl},
        {Skip, tr("Ctrl+Shift+S"), tr("Skip this question"), Qt::Key_S, ctrl | shift},
        {Score, tr("Ctrl+1 … Ctrl+4"),
         tr("Score: no signal, junior, middle, senior (again clears)"), Qt::Key_3, ctrl},
        {Criterion, tr("Alt+1 … Alt+9"), tr("Mark rubric criterion N met"), Qt::Key_1, alt},
        {FollowUp, tr("Alt+Shift+1 … 9"), tr("Mark follow-up N asked"), Qt::Key_1, alt | shift},
        {AddFollowUp, tr("Ctrl+Shift+A"),
         tr("Add a follow-up you asked (Enter adds, Esc goes back)"), Qt::Key_A, ctrl | shift},
        {FlagStrong, tr("Ctrl+Shift+1"), tr("Flag: strong signal"), Qt::Key_1, ctrl | shift},
        {FlagConcern, tr("Ctrl+Shift+2"), tr("Flag: concern"), Qt::Key_2, ctrl | shift},
        {NewNotesLine, tr("Enter"), tr("New notes line, stamped with the time"), Qt::Key_Return, 0},
        {Pause, tr("Ctrl+P"), tr("Pause or resume the clocks"), Qt::Key_P, ctrl},
        {Finish, tr("Ctrl+E"), tr("Finish: recommendation and summary"), Qt::Key_E, ctrl},
        {Reopen, tr("Ctrl+R"), tr("Reopen a finished interview to amend it"), Qt::Key_R, ctrl},
        {Sections, tr("Ctrl+PgUp / Ctrl+PgDown"), tr("Previous or next section of the window"),
         Qt::Key_PageDown, ctrl},
        {CheatSheet, tr("F1"), tr("This sheet"), Qt::Key_F1, 0},
    };
}

QVariantList LiveKeys::entries()
{
    QVariantList entries;
    for (const Entry &entry : table()) {
        entries.append(QVariantMap{{QStringLiteral("action"), int(entry.action)},
                                   {QStringLiteral("keys"), entry.keys},
                                   {QStringLiteral("description"), entry.description}});
    }
    return entries;
}

int LiveKeys::numberOf(int key)
{
    if (key >= Qt::Key_1 && key <= Qt::Key_9)
        return key - Qt::Key_0;
    // Shift+1 … Shift+9 on a US layout.
    static const int shifted[] = {Qt::Key_Exclam,    Qt::Key_At,       Qt::Key_NumberSign,
                                  Qt::Key_Dollar,    Qt::Key_Percent,  Qt::Key_AsciiCircum,
                                  Qt::Key_Ampersand, Qt::Key_Asterisk, Qt::Key_ParenLeft};
    for (int i = 0; i < 9; ++i) {
        if (shifted[i] == key)
            return i + 1;
    }
    return 0;
}

LiveKeys::Match LiveKeys::match(int key, int modifiers)
{
    // Ctrl and Alt exactly as the sheet names them, Shift where it names it: a key
    // is handled only as the sheet shows it (AltGr, Ctrl+Alt on some systems, types).
    const bool ctrl = modifiers & Qt::ControlModifier;
    const bool shift = modifiers & Qt::ShiftModifier;
    const bool alt = modifiers & Qt::AltModifier;
    const int number = numberOf(key);
    if (!ctrl && !alt) {
        if (key == Qt::Key_F1)
            return {CheatSheet};
        if (key == Qt::Key_Return || key == Qt::Key_Enter)
            return {NewNotesLine};
        return {};
    }
    if (ctrl && alt)
        return {};
    if (alt)
        return number > 0 ? Match{shift ? FollowUp : Criterion, number} : Match{};
    if (shift) {
        if (key == Qt::Key_S)
            return {Skip};
        if (key == Qt::Key_A)
            return {AddFollowUp};
        if (number == 1)
            return {FlagStrong};
        if (number == 2)
            return {FlagConcern};
        return {};
    }
    switch (key) {
    case Qt::Key_Right:
        return {Next};
    case Qt::Key_Left:
        return {Previous};
    case Qt::Key_P:
        return {Pause};
    case Qt::Key_R:
        return {Reopen};
    case Qt::Key_E:
        return {Finish};
    case Qt::Key_PageUp:
    case Qt::Key_PageDown:
        return {Sections};
    default:
        return number >= 1 && number <= 4 ? Match{Score, number} : Match{};
    }
}
