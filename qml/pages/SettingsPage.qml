import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Dialogs
import QtQuick.Layouts
import Panelist.Core
import Panelist.App

// Settings, a page of the window in place of the section shown: You (the interviewer's
// name), Appearance (theme, language), Documents (the PDF paper size), Database (where
// the file is, Open another database…, Move it…), Team (TeamSettings) and Privacy
// (retention). The name, the paper size and the retention are kept in the database (they
// travel with the data); the theme, the language and the database's location in
// QSettings. Each change applies at once; Esc or Back returns to where you were.
FocusScope {
    id: page
    objectName: "settingsPage"

    // Back (or Esc) was asked for.
    signal closeRequested()
    // The team section asked for the conflicts dialog.
    signal conflictsRequested()

    // Fills the fields from what is stored and puts the keyboard on the first one.
    function open() {
        interviewer.text = InterviewDesk.defaultInterviewer
        pageSize.currentIndex = InterviewDesk.pageSize === "Letter" ? 1 : 0
        keep.checked = InterviewDesk.retentionDays > 0
        days.value = InterviewDesk.retentionDays > 0 ? InterviewDesk.retentionDays : 180
        team.reset()
        page.database = ""
        flick.contentY = 0
        interviewer.forceActiveFocus()
    }

    // The database form shown: "" none, "open" or "move".
    property string database: ""

    Keys.onEscapePressed: (event) => {
        if (page.database !== "")
            page.database = ""
        else
            page.closeRequested()
        event.accepted = true
    }

    Rectangle {
        anchors.fill: parent
        color: page.Material.backgroundColor
    }

    // The keyboard's control stays in sight as Tab moves through the page.
    Connections {
        target: page.Window.window
        function onActiveFocusItemChanged() {
            const item = page.Window.activeFocusItem
            if (!item || !page.visible)
                return
            for (let at = item; at; at = at.parent) {
                if (at === column) {
                    const top = item.mapToItem(column, 0, 0).y
                    if (top < flick.contentY)
                        flick.contentY = Math.max(0, top - 24)
                    else if (top + item.height > flick.contentY + flick.height)
                        flick.contentY = Math.min(flick.contentHeight - flick.height,
                                                  top + item.height - flick.height + 24)
                    return
                }
            }
        }
    }

    ColumnLayout {
        anchors.fill: parent
        spacing: 0

        RowLayout {
            Layout.fillWidth: true
            Layout.leftMargin: 8
            Layout.rightMargin: 16
            Layout.topMargin: 8
            spacing: 8
            ToolButton {
                objectName: "settingsBack"
                text: qsTr("← Back")
                Accessible.name: qsTr("Back to where you were")
                onClicked: page.closeRequested()
                ToolTip.visible: hovered
                ToolTip.text: qsTr("Back to where you were (Esc)")
            }
            Label {
                text: qsTr("Settings")
                font.pixelSize: Theme.px(22)
                font.weight: Font.DemiBold
                Layout.fillWidth: true
                elide: Text.ElideRight
            }
        }

        Flickable {
            id: flick
            objectName: "settingsScroll"
            Layout.fillWidth: true
            Layout.fillHeight: true
            clip: true
            contentWidth: width
            contentHeight: column.implicitHeight + 48
            boundsBehavior: Flickable.StopAtBounds
            ScrollBar.vertical: ScrollBar {
                id: scrollBar
                policy: flick.contentHeight > flick.height ? ScrollBar.AlwaysOn : ScrollBar.AsNeeded
            }

            ColumnLayout {
                id: column
                // A readable measure on a wide window; the whole width on a narrow one.
                width: Math.min(720, flick.width - 48 - scrollBar.width)
                x: Math.max(24, (flick.width - width) / 2)
                y: 8
                spacing: 8

                // You
                SectionHeading {
                    text: qsTr("You")
                    leftPadding: 0
                    Layout.fillWidth: true
                }
                Label {
                    text: qsTr("Your name, filled in as the interviewer of new interviews")
                    wrapMode: Text.Wrap
                    Layout.fillWidth: true
                }
                TextField {
                    id: interviewer
                    objectName: "defaultInterviewerField"
                    placeholderText: qsTr("Interviewer: your name, filled in for new interviews")
                    placeholderTextColor: Theme.placeholder
                    maximumLength: Limits.shortText
                    Layout.fillWidth: true
                    Accessible.name: qsTr("Interviewer name")
                    onEditingFinished: InterviewDesk.defaultInterviewer = text
                }

                // Appearance
                SectionHeading {
                    text: qsTr("Appearance")
                    leftPadding: 0
                    Layout.fillWidth: true
                }
                Label {
                    text: qsTr("Theme")
                }
                ButtonGroup {
                    id: themes
                }
                Flow {
                    Layout.fillWidth: true
                    spacing: 8
                    RadioButton {
                        objectName: "themeLight"
                        text: qsTr("Light")
                        ButtonGroup.group: themes
                        checked: Appearance.mode === "light"
                        Accessible.name: qsTr("Light theme")
                        onToggled: if (checked) Appearance.mode = "light"
                    }
                    RadioButton {
                        objectName: "themeDark"
                        text: qsTr("Dark")
                        ButtonGroup.group: themes
                        checked: Appearance.mode === "dark"
                        Accessible.name: qsTr("Dark theme")
                        onToggled: if (checked) Appearance.mode = "dark"
                    }
                    RadioButton {
                        objectName: "themeSystem"
                        text: qsTr("Follow the system")
                        ButtonGroup.group: themes
                        checked: Appearance.mode === "system"
                        Accessible.name: qsTr("Theme follows the system")
                        onToggled: if (checked) Appearance.mode = "system"
                    }
                }
                Label {
                    objectName: "themeForced"
                    visible: Appearance.forcedForRun
                    text: qsTr("This run uses the theme given with --theme; choosing one here replaces it.")
                    opacity: 0.7
                    font.pixelSize: Theme.px(12)
                    wrapMode: Text.Wrap
                    Layout.fillWidth: true
                }
                RowLayout {
                    Layout.fillWidth: true
                    spacing: 12
                    Label {
                        text: qsTr("Language")
                    }
                    ComboBox {
                        id: language
                        objectName: "languageBox"
                        model: Language.choices
                        textRole: "name"
                        valueRole: "code"
                        Layout.preferredWidth: 280
                        Accessible.name: qsTr("Language")
                        // Kept in step when the choice changes elsewhere.
                        currentIndex: {
                            const choices = Language.choices
                            for (let i = 0; i < choices.length; ++i) {
                                if (choices[i].code === Language.choice)
                                    return i
                            }
                            return 0
                        }
                        onActivated: (index) => Language.choice = valueAt(index)
                    }
                }
                Label {
                    text: qsTr("Dates, times, durations and numbers follow the language too.")
                    opacity: 0.7
                    font.pixelSize: Theme.px(12)
                    wrapMode: Text.Wrap
                    Layout.fillWidth: true
                }

                // Documents
                SectionHeading {
                    text: qsTr("Documents")
                    leftPadding: 0
                    Layout.fillWidth: true
                }
                RowLayout {
                    spacing: 12
                    Label { text: qsTr("PDF page size") }
                    ComboBox {
                        id: pageSize
                        objectName: "pageSizeBox"
                        model: ["A4", "Letter"]
                        Accessible.name: qsTr("PDF page size")
                        onActivated: InterviewDesk.pageSize = currentText
                    }
                }

                // Database
                SectionHeading {
                    text: qsTr("Database")
                    leftPadding: 0
                    Layout.fillWidth: true
                }
                Label {
                    text: qsTr("Everything Panelist keeps (the bank, plans, interviews, candidates, the team's sync state) is in this one file:")
                    wrapMode: Text.Wrap
                    Layout.fillWidth: true
                }
                TextEdit {
                    objectName: "databasePath"
                    text: DatabaseFile.path
                    readOnly: true
                    selectByMouse: true
                    wrapMode: TextEdit.WrapAnywhere
                    font.family: "monospace"
                    color: page.Material.foreground
                    activeFocusOnTab: false
                    Layout.fillWidth: true
                    Accessible.name: qsTr("Database file")
                }
                Label {
                    objectName: "databaseSize"
                    text: qsTr("%1 on disk").arg(DatabaseFile.sizeText)
                    opacity: 0.7
                }
                Label {
                    visible: DatabaseFile.overriddenBy !== ""
                    text: DatabaseFile.overriddenBy
                    wrapMode: Text.Wrap
                    Layout.fillWidth: true
                }
                RowLayout {
                    spacing: 8
                    enabled: DatabaseFile.overriddenBy === ""
                    Button {
                        objectName: "openDatabaseButton"
                        text: qsTr("Open another database…")
                        Accessible.name: qsTr("Open another database")
                        onClicked: {
                            page.database = "open"
                            openPath.forceActiveFocus()
                        }
                    }
                    Button {
                        objectName: "moveDatabaseButton"
                        text: qsTr("Move it…")
                        Accessible.name: qsTr("Move the database")
                        onClicked: {
                            page.database = "move"
                            movePath.forceActiveFocus()
                        }
                    }
                }

                // Open another database.
                ColumnLayout {
                    visible: page.database === "open"
                    spacing: 8
                    Layout.fillWidth: true
                    Label {
                        text: qsTr("The database to open: a Panelist file, or the name of a new one to start afresh. Panelist restarts on it and opens it from then on; this file stays as it is.")
                        wrapMode: Text.Wrap
                        Layout.fillWidth: true
                    }
                    RowLayout {
                        Layout.fillWidth: true
                        TextField {
                            id: openPath
                            objectName: "openDatabaseField"
                            placeholderText: qsTr("Path of the database file")
                            placeholderTextColor: Theme.placeholder
                            Layout.fillWidth: true
                            Accessible.name: qsTr("Database to open")
                            onAccepted: openConfirm.clicked()
                        }
                        Button {
                            text: qsTr("Browse…")
                            Accessible.name: qsTr("Browse for the database to open")
                            onClicked: openDialog.open()
                        }
                    }
                    RowLayout {
                        Button {
                            id: openConfirm
                            objectName: "openDatabaseConfirm"
                            text: qsTr("Open and restart")
                            highlighted: true
                            Material.accent: Theme.buttonFill
                            enabled: openPath.text.trim() !== ""
                            onClicked: {
                                QuestionBank.editor.flushDraft()
                                DatabaseFile.openAnother(openPath.text)
                            }
                        }
                        Button {
                            text: qsTr("Cancel")
                            onClicked: page.database = ""
                        }
                    }
                }

                // Move it.
                ColumnLayout {
                    visible: page.database === "move"
                    spacing: 8
                    Layout.fillWidth: true
                    Label {
                        text: qsTr("Where to move the database: a folder, or a new file name. Panelist copies it there with SQLite, checks the copy, and restarts on it.")
                        wrapMode: Text.Wrap
                        Layout.fillWidth: true
                    }
                    RowLayout {
                        Layout.fillWidth: true
                        TextField {
                            id: movePath
                            objectName: "moveDatabaseField"
                            placeholderText: qsTr("Folder or file to move the database to")
                            placeholderTextColor: Theme.placeholder
                            Layout.fillWidth: true
                            Accessible.name: qsTr("Where to move the database")
                            onAccepted: moveConfirm.clicked()
                        }
                        Button {
                            text: qsTr("Browse…")
                            Accessible.name: qsTr("Browse for the folder to move the database to")
                            onClicked: folderDialog.open()
                        }
                    }
                    Label {
                        objectName: "moveDestination"
                        visible: movePath.text.trim() !== ""
                        text: qsTr("The database will be at %1").arg(DatabaseFile.destinationOf(movePath.text))
                        wrapMode: Text.WrapAnywhere
                        opacity: 0.7
                        Layout.fillWidth: true
                    }
                    CheckBox {
                        id: removeOld
                        objectName: "moveRemoveOld"
                        text: qsTr("Then remove the old file (once the copy is checked and Panelist has closed it)")
                        Layout.fillWidth: true
                    }
                    RowLayout {
                        Button {
                            id: moveConfirm
                            objectName: "moveDatabaseConfirm"
                            // Says the removal too when it was asked for.
                            text: removeOld.checked ? qsTr("Move, restart and remove the old file")
                                                    : qsTr("Move and restart")
                            highlighted: true
                            Material.accent: Theme.buttonFill
                            enabled: movePath.text.trim() !== ""
                            onClicked: {
                                // A draft being typed goes with the copy.
                                QuestionBank.editor.flushDraft()
                                DatabaseFile.moveTo(movePath.text, removeOld.checked)
                            }
                        }
                        Button {
                            text: qsTr("Cancel")
                            onClicked: page.database = ""
                        }
                    }
                }
                Label {
                    objectName: "databaseMessage"
                    visible: DatabaseFile.message !== ""
                    text: DatabaseFile.message
                    color: DatabaseFile.messageIsError ? Theme.error : page.Material.foreground
                    wrapMode: Text.Wrap
                    Layout.fillWidth: true
                }

                // Team
                TeamSettings {
                    id: team
                    Layout.fillWidth: true
                    onConflictsRequested: page.conflictsRequested()
                }

                // Privacy
                SectionHeading {
                    text: qsTr("Privacy")
                    leftPadding: 0
                    Layout.fillWidth: true
                }
                CheckBox {
                    id: keep
                    objectName: "retentionCheck"
                    text: qsTr("Remove finished interviews older than a number of days")
                    Layout.fillWidth: true
                    onToggled: InterviewDesk.retentionDays = checked ? days.value : 0
                }
                RowLayout {
                    enabled: keep.checked
                    Layout.leftMargin: 40
                    SpinBox {
                        id: days
                        objectName: "retentionDays"
                        from: 1
                        to: 3650
                        editable: true
                        Accessible.name: qsTr("Days to keep finished interviews")
                        onValueModified: InterviewDesk.retentionDays = value
                    }
                    Label { text: qsTr("days") }
                }
                Label {
                    text: qsTr("Checked when Panelist starts; it says what it removed. Removed interviews are erased from the database file, not just hidden.")
                    opacity: 0.7
                    font.pixelSize: Theme.px(12)
                    wrapMode: Text.Wrap
                    Layout.fillWidth: true
                }
            }
        }
    }

    FileDialog {
        id: openDialog
        title: qsTr("Open another database")
        nameFilters: [qsTr("Panelist databases (*.sqlite *.db)"), qsTr("All files (*)")]
        onAccepted: openPath.text = DatabaseFile.pathOf(selectedFile)
    }
    FolderDialog {
        id: folderDialog
        title: qsTr("Move the database to")
        onAccepted: movePath.text = DatabaseFile.destinationOf(DatabaseFile.pathOf(selectedFolder))
    }
}
