pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import Qt.labs.folderlistmodel
import Panelist.Core

// Panelist's own save dialog, for platforms without a file dialog of their own (where
// Qt Quick's fallback would ask to "Open", keep its button disabled and lose the typed
// name): a folder path to type, the folders and the files of the chosen type in it, and
// the file name, focused with the suggested name selected up to its suffix. Typing a
// full path in the name saves there; an existing file is replaced only when confirmed.
// Same API as FileDialog for what the window uses: open(), accepted(), selectedFile.
//
// Keys: Enter saves (in the path field it goes to the folder typed; in the list it
// opens the folder), Esc cancels, Tab goes name → type → Save → Cancel → folder path →
// Up → list, Backspace in the list (or Alt+Up) goes to the parent folder.
WindowDialog {
    id: dialog
    objectName: "saveFileDialog"
    preferredWidth: 680
    bodySpacing: 8

    // As FileDialog's: "JSON (*.json)" entries, the suffix added to a name without one,
    // the folder shown first and the file suggested (its name fills the name field).
    property var nameFilters: []
    property string defaultSuffix: ""
    property url currentFolder: SaveFolder.folder()
    property url currentFile
    // The file chosen, a file: URL, set just before accepted().
    property url selectedFile
    // The folder listed, a local path.
    property string folderPath: ""
    // Why the typed folder or name cannot be used; empty when nothing is wrong.
    property string problem: ""
    // The last name typed without a folder in it: it stays when the folder changes.
    property string lastName: ""

    // The globs of filter `index` ("*.json"), and its suffix ("json", empty for "*").
    function globsOf(index) {
        const filter = index >= 0 && index < nameFilters.length ? String(nameFilters[index]) : "*"
        const match = /\(([^)]*)\)/.exec(filter)
        return (match ? match[1] : filter).trim().split(/\s+/)
    }
    function suffixOf(index: int): string {
        const glob = globsOf(index)[0]
        return glob.startsWith("*.") && glob.indexOf("*", 1) < 0 ? glob.slice(2) : ""
    }
    // The suffix `name` ends with ("json" for "report.json"), or "".
    function nameSuffix(name: string): string {
        const dot = name.lastIndexOf(".")
        return dot > 0 ? name.slice(dot + 1) : ""
    }
    function withSuffix(name: string): string {
        if (nameSuffix(name) !== "")
            return name
        const suffix = suffixOf(filterBox.currentIndex) || dialog.defaultSuffix
        return suffix !== "" ? name + "." + suffix : name
    }
    // Selects the name up to its suffix, ready to be typed over.
    function selectName() {
        const dot = nameField.text.lastIndexOf(".")
        nameField.select(0, dot > 0 ? dot : nameField.text.length)
        nameField.forceActiveFocus()
    }

    // Lists `path` when it is a folder; else says why and stays.
    function goTo(path: string): bool {
        const why = SaveFolder.folderProblem(path)
        if (why !== "") {
            problem = why
            return false
        }
        problem = ""
        folderPath = path
        pathField.text = path
        list.currentIndex = -1
        return true
    }
    function goUp() {
        goTo(SaveFolder.parentPath(folderPath))
    }
    // The path typed in the folder field.
    function goToTyped() {
        const path = SaveFolder.absolutePath(pathField.text, SaveFolder.urlOf(folderPath))
        if (path === "") {
            pathField.text = folderPath
            return
        }
        goTo(path)
    }
    // The list's entry `index`: a folder opens, a file gives its name.
    function activate(index: int, save: bool) {
        if (index < 0 || index >= folderModel.count)
            return
        const name = String(folderModel.get(index, "fileName"))
        if (folderModel.isFolder(index)) {
            goTo(String(folderModel.get(index, "filePath")))
            return
        }
        nameField.text = name
        lastName = name
        problem = ""
        if (save)
            dialog.save()
    }

    // Saves under the typed name: a path in it goes to its folder first; a folder's name
    // opens that folder; an existing file asks first.
    function save() {
        const typed = nameField.text.trim()
        if (typed === "")
            return
        const folderUrl = SaveFolder.urlOf(folderPath)
        let name = typed
        if (typed.indexOf("/") >= 0 || typed.startsWith("~")) {
            const full = SaveFolder.absolutePath(typed, folderUrl)
            if (SaveFolder.isFolder(full)) {
                if (goTo(full))
                    nameField.text = lastName
                selectName()
                return
            }
            if (!goTo(SaveFolder.parentPath(full))) {
                nameField.forceActiveFocus()
                return
            }
            name = SaveFolder.fileName(full)
        } else if (SaveFolder.isFolder(SaveFolder.absolutePath(typed, folderUrl))) {
            if (goTo(SaveFolder.absolutePath(typed, folderUrl)))
                nameField.text = lastName
            selectName()
            return
        }
        name = withSuffix(name)
        nameField.text = name
        lastName = name
        const target = SaveFolder.absolutePath(name, SaveFolder.urlOf(folderPath))
        if (SaveFolder.isFolder(target)) {
            problem = qsTr("%1 is a folder: type another name for the file.").arg(target)
            selectName()
            return
        }
        problem = ""
        if (SaveFolder.isFile(target)) {
            replaceDialog.target = target
            replaceDialog.open()
            return
        }
        finish(target)
    }
    function finish(path: string) {
        selectedFile = SaveFolder.urlOf(path)
        dialog.accept()
    }

    onAboutToShow: {
        problem = ""
        const file = SaveFolder.pathOf(currentFile)
        const start = String(currentFolder) !== "" ? SaveFolder.pathOf(currentFolder)
                                                   : SaveFolder.parentPath(file)
        if (!goTo(start))
            goTo(SaveFolder.pathOf(SaveFolder.folder()))
        nameField.text = file !== "" ? SaveFolder.fileName(file) : ""
        lastName = nameField.text
        // The filter matching the suggested name's suffix, else the first.
        let index = 0
        for (let i = 0; i < nameFilters.length; ++i) {
            if (suffixOf(i) !== "" && suffixOf(i) === nameSuffix(nameField.text))
                index = i
        }
        filterBox.currentIndex = index
    }
    onOpened: selectName()

    RowLayout {
        spacing: 8
        Layout.fillWidth: true
        Label {
            text: qsTr("Folder")
        }
        TextField {
            id: pathField
            objectName: "savePath"
            Layout.fillWidth: true
            selectByMouse: true
            inputMethodHints: Qt.ImhNoAutoUppercase | Qt.ImhNoPredictiveText
            Accessible.name: qsTr("Folder")
            onAccepted: dialog.goToTyped()
            onTextEdited: dialog.problem = ""
            Keys.onEscapePressed: (event) => {
                // A half-typed path is dropped first; a second Esc cancels.
                if (text !== dialog.folderPath) {
                    text = dialog.folderPath
                    dialog.problem = ""
                } else {
                    event.accepted = false
                }
            }
            KeyNavigation.tab: upButton
            KeyNavigation.backtab: cancelButton
        }
        Button {
            id: upButton
            objectName: "saveUp"
            text: qsTr("Up")
            flat: true
            enabled: dialog.folderPath !== "/"
            onClicked: dialog.goUp()
            Keys.onReturnPressed: dialog.goUp()
            Keys.onEnterPressed: dialog.goUp()
            ToolTip.visible: hovered
            ToolTip.text: qsTr("The folder holding this one (Alt+Up)")
            KeyNavigation.tab: list
            KeyNavigation.backtab: pathField
        }
    }
    Label {
        objectName: "saveProblem"
        text: dialog.problem
        textFormat: Text.PlainText
        color: Theme.error
        visible: text !== ""
        wrapMode: Text.Wrap
        Layout.fillWidth: true
    }

    Rectangle {
        Layout.fillWidth: true
        // Room for about eight rows, less in a short window (the dialog scrolls then).
        Layout.preferredHeight: Math.max(144, Math.min(336, (dialog.parent ? dialog.parent.height : 700) - 430))
        color: "transparent"
        radius: 2
        border.width: list.activeFocus ? 2 : 1
        border.color: list.activeFocus ? Theme.accent : dialog.Material.dividerColor

        ListView {
            id: list
            objectName: "saveList"
            Accessible.role: Accessible.List
            anchors.fill: parent
            anchors.margins: 2
            clip: true
            activeFocusOnTab: true
            keyNavigationEnabled: true
            currentIndex: -1
            boundsBehavior: Flickable.StopAtBounds
            Accessible.name: qsTr("Folders and files")
            ScrollBar.vertical: ScrollBar { id: listBar }
            model: FolderListModel {
                id: folderModel
                folder: SaveFolder.urlOf(dialog.folderPath)
                nameFilters: dialog.globsOf(filterBox.currentIndex)
                showDirsFirst: true
                showDotAndDotDot: false
                showHidden: false
                sortField: FolderListModel.Name
                sortCaseSensitive: false
            }
            onActiveFocusChanged: {
                if (activeFocus && currentIndex < 0 && count > 0)
                    currentIndex = 0
            }
            Keys.onReturnPressed: dialog.activate(currentIndex, true)
            Keys.onEnterPressed: dialog.activate(currentIndex, true)
            Keys.onPressed: (event) => {
                if (event.key === Qt.Key_Backspace) {
                    dialog.goUp()
                    event.accepted = true
                }
            }
            KeyNavigation.tab: nameField
            KeyNavigation.backtab: upButton

            delegate: ItemDelegate {
                id: entry
                required property int index
                required property string fileName
                required property bool fileIsDir
                required property date fileModified
                objectName: "saveEntry"
                width: ListView.view.width - (listBar.visible ? listBar.width : 0)
                focusPolicy: Qt.NoFocus
                highlighted: ListView.isCurrentItem
                contentItem: RowLayout {
                    spacing: 12
                    Label {
                        text: entry.fileIsDir ? entry.fileName + "/" : entry.fileName
                        textFormat: Text.PlainText
                        font.bold: entry.fileIsDir
                        elide: Text.ElideMiddle
                        Layout.fillWidth: true
                    }
                    Label {
                        text: entry.fileIsDir ? qsTr("Folder")
                                              : entry.fileModified.toLocaleString(Qt.locale(), Locale.ShortFormat)
                        opacity: 0.7
                        font.pixelSize: Theme.px(12)
                    }
                }
                onClicked: {
                    list.currentIndex = entry.index
                    if (entry.fileIsDir)
                        list.forceActiveFocus()
                    else
                        dialog.activate(entry.index, false)
                }
                onDoubleClicked: dialog.activate(entry.index, !entry.fileIsDir)
            }

            Label {
                anchors.centerIn: parent
                width: parent.width - 32
                horizontalAlignment: Text.AlignHCenter
                wrapMode: Text.Wrap
                visible: list.count === 0 && folderModel.status === FolderListModel.Ready
                text: qsTr("No folders or %1 here.").arg(filterBox.currentText)
                textFormat: Text.PlainText
                opacity: 0.7
            }
        }
    }

    RowLayout {
        spacing: 8
        Layout.fillWidth: true
        Label {
            text: qsTr("Name")
        }
        TextField {
            id: nameField
            objectName: "saveName"
            Layout.fillWidth: true
            selectByMouse: true
            inputMethodHints: Qt.ImhNoAutoUppercase | Qt.ImhNoPredictiveText
            Accessible.name: qsTr("File name")
            onAccepted: dialog.save()
            onTextEdited: {
                dialog.problem = ""
                if (text.indexOf("/") < 0 && !text.startsWith("~"))
                    dialog.lastName = text
            }
            KeyNavigation.tab: filterBox
            KeyNavigation.backtab: list
        }
        ComboBox {
            id: filterBox
            objectName: "saveFilter"
            model: dialog.nameFilters
            visible: dialog.nameFilters.length > 0
            Accessible.name: qsTr("File type")
            Layout.preferredWidth: 220
            // The name's suffix follows the type chosen.
            onActivated: (index) => {
                const suffix = dialog.suffixOf(index)
                const name = nameField.text
                const old = dialog.nameSuffix(name)
                if (suffix === "" || old === "")
                    return
                let known = false
                for (let i = 0; i < dialog.nameFilters.length; ++i)
                    known = known || dialog.suffixOf(i) === old
                if (known) {
                    nameField.text = name.slice(0, name.length - old.length) + suffix
                    dialog.lastName = nameField.text
                }
            }
            Keys.onReturnPressed: (event) => {
                if (popup.visible)
                    event.accepted = false
                else
                    dialog.save()
            }
            Keys.onEnterPressed: (event) => {
                if (popup.visible)
                    event.accepted = false
                else
                    dialog.save()
            }
            KeyNavigation.tab: saveButton
            KeyNavigation.backtab: nameField
        }
    }

    Shortcut {
        sequence: "Alt+Up"
        enabled: dialog.opened && !replaceDialog.visible
        onActivated: dialog.goUp()
    }

    footer: DialogFooter {
        Button {
            id: cancelButton
            objectName: "saveCancel"
            text: qsTr("Cancel")
            flat: true
            onClicked: dialog.reject()
            Keys.onReturnPressed: dialog.reject()
            Keys.onEnterPressed: dialog.reject()
            KeyNavigation.tab: pathField
            KeyNavigation.backtab: saveButton
        }
        Button {
            id: saveButton
            objectName: "saveButton"
            text: qsTr("Save")
            highlighted: true
            enabled: nameField.text.trim() !== ""
            onClicked: dialog.save()
            Keys.onReturnPressed: dialog.save()
            Keys.onEnterPressed: dialog.save()
            KeyNavigation.tab: cancelButton
            KeyNavigation.backtab: filterBox
        }
    }

    // An existing file is replaced only when the user says so.
    WindowDialog {
        id: replaceDialog
        objectName: "saveReplaceDialog"
        preferredWidth: 460
        property string target: ""
        title: qsTr("Replace %1?").arg(SaveFolder.fileName(target))
        header: DialogTitle { text: replaceDialog.title }

        // Replacing: the save dialog closes too; otherwise the name is typed again.
        property bool replacing: false
        onAboutToShow: replacing = false
        onOpened: keepButton.forceActiveFocus()
        onClosed: {
            if (!replacing)
                dialog.selectName()
        }

        Label {
            // Laid out at the dialog's width from the start: wrapped text is then as
            // tall as the room it gets, and the dialog fits it without scrolling.
            Layout.fillWidth: true
            Layout.preferredWidth: replaceDialog.availableWidth - 8
            wrapMode: Text.Wrap
            textFormat: Text.PlainText
            text: qsTr("%1 already holds a file of that name. Replacing it overwrites what it holds.")
                  .arg(SaveFolder.parentPath(replaceDialog.target))
        }
        footer: DialogFooter {
            Button {
                id: keepButton
                objectName: "replaceCancel"
                text: qsTr("Cancel")
                flat: true
                onClicked: replaceDialog.reject()
                Keys.onReturnPressed: replaceDialog.reject()
                Keys.onEnterPressed: replaceDialog.reject()
                KeyNavigation.tab: replaceButton
                KeyNavigation.backtab: replaceButton
            }
            Button {
                id: replaceButton
                objectName: "replaceButton"
                text: qsTr("Replace")
                highlighted: true
                onClicked: replaceDialog.replace()
                Keys.onReturnPressed: replaceDialog.replace()
                Keys.onEnterPressed: replaceDialog.replace()
                KeyNavigation.tab: keepButton
                KeyNavigation.backtab: keepButton
            }
        }
        function replace() {
            const target = replaceDialog.target
            replacing = true
            replaceDialog.close()
            dialog.finish(target)
        }
    }
}
