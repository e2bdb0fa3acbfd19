#pragma once

#include <QObject>
#include <QString>
#include <QVariantList>
#include <QtQml/qqmlregistration.h>

// The keys of the live interview, in one table: what each does and how the F1 sheet
// shows it. LiveInterview::handleKey reads the table to act on a key, CheatSheet.qml
// lists it, and the GUI test presses every entry: a key is never handled without being
// on the sheet, nor on the sheet without being handled.
class LiveKeys : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON
    // [{action, keys, description}] in the sheet's order: keys as people read them
    // ("Ctrl+Shift+S"), description translated.
    Q_PROPERTY(QVariantList entries READ entries CONSTANT)

public:
    enum Action {
        NoAction,
        Next,
        Previous,
        Skip,
        Score,     // the key's number: 1–4
        Criterion, // the key's number: criterion 1–9
        FollowUp,  // the key's number: follow-up 1–9
        AddFollowUp,
        FlagStrong,
        FlagConcern,
        NewNotesLine, // Enter in the notes (LiveInterview::stampForKey)
        Pause,
        Finish,
        Reopen,
        Sections, // Ctrl+PgUp / Ctrl+PgDown, the window's shortcuts
        CheatSheet,
    };
    Q_ENUM(Action)

    // A key pressed, as the table reads it: the action and the number it carries.
    struct Match
    {
        Action action = NoAction;
        int number = 0;
    };

    // One line of the sheet, and a key press that does it (for the tests).
    struct Entry
    {
        Action action;
        QString keys;
        QString description;
        int sampleKey;
        int sampleModifiers;
    };

    explicit LiveKeys(QObject *parent = nullptr)
        : QObject(parent)
    {}

    static QList<Entry> table();
    static QVariantList entries();
    // The action of `key` with `modifiers` (Qt::Key, Qt::KeyboardModifiers), whatever the
    // state of the interview; NoAction for a key the table does not have. Ctrl and Alt
    // must be exactly those the entry's keys name, Shift pressed where they name it.
    static Match match(int key, int modifiers);
    // The same for QML: the LiveKeys::Action alone, nothing done.
    Q_INVOKABLE static int actionOf(int key, int modifiers) { return match(key, modifiers).action; }
    // The digit 1–9 a key stands for, also when Shift turned it into a symbol ("!" for 1
    // on most layouts); 0 for anything else.
    static int numberOf(int key);
};
