pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Dialogs
import QtQuick.Layouts
import Qt.labs.settings
import Panelist.Core

ApplicationWindow {
    id: window

    width: 1280
    height: 800
    minimumWidth: 900
    minimumHeight: 560
    visible: true
    title: qsTr("Panelist — Question bank")

    Material.theme: appearance.dark ? Material.Dark : Material.Light
    Material.accent: Material.Indigo
    Material.primary: Material.Indigo

    function openEditor() {
        stack.push(editorPage)
    }

    Settings {
        id: appearance
        category: "appearance"
        property bool dark: false
        property alias windowWidth: window.width
        property alias windowHeight: window.height
    }

    Shortcut {
        sequence: "Ctrl+Q" // StandardKey.Quit; qmllint 6.4 cannot resolve StandardKey
        onActivated: window.close()
    }

    // Quitting flushes a pending draft first, so nothing typed in the last moment is lost.
    onClosing: QuestionBank.editor.flushDraft()
    onActiveFocusItemChanged: QuestionBank.editor.flushDraft()

    header: ToolBar {
        Material.foreground: "white"

        RowLayout {
            anchors.fill: parent
            anchors.leftMargin: 16
            anchors.rightMargin: 8
            spacing: 12

            Image {
                source: "qrc:/icons/panelist.png"
                sourceSize.width: 28
                sourceSize.height: 28
                Layout.preferredWidth: 28
                Layout.preferredHeight: 28
            }
            Label {
                text: qsTr("Panelist")
                font.pixelSize: 20
                font.weight: Font.DemiBold
            }
            Label {
                text: qsTr("Question bank · %n question(s)", "", QuestionBank.questionCount)
                opacity: 0.8
                Layout.fillWidth: true
            }
            ToolButton {
                objectName: "themeButton"
                text: appearance.dark ? qsTr("Light theme") : qsTr("Dark theme")
                onClicked: appearance.dark = !appearance.dark
                ToolTip.visible: hovered
                ToolTip.text: qsTr("Switch between the light and the dark look")
            }
        }
    }

    StackView {
        id: stack
        objectName: "stack"
        anchors.fill: parent
        initialItem: bankLoader
    }

    // Loaded by URL rather than as an inline component, so that its signals reach the
    // window through Connections below.
    Loader {
        id: bankLoader
        source: "BankPage.qml"
        // Back on screen (at start, and after the editor): typing goes to the search.
        StackView.onActivated: (item as BankPage).focusSearch()
    }

    Connections {
        target: bankLoader.item as BankPage
        function onEditRequested(id: int) {
            if (QuestionBank.editor.open(id))
                window.openEditor()
        }
        function onNewRequested() {
            QuestionBank.editor.openNew(QuestionBank.questions.category)
            window.openEditor()
        }
        function onDuplicateRequested(id: int) {
            if (QuestionBank.editor.openCopy(id))
                window.openEditor()
        }
        function onImportRequested() { importDialog.open() }
        function onExportRequested() { exportDialog.open() }
    }

    Component {
        id: editorPage
        EditorPage {
            objectName: "editorPage"
            onDone: (id) => {
                stack.pop()
                const page = bankLoader.item as BankPage
                if (id > 0)
                    page.select(id)
                page.focusSearch()
            }
        }
    }

    // File dialogs are built when first needed; they are heavy and rarely used.
    Loader {
        id: importDialog
        active: false
        sourceComponent: FileDialog {
            title: qsTr("Import a question bank")
            nameFilters: [qsTr("Question banks (*.json *.md *.markdown)"), qsTr("All files (*)")]
            onAccepted: {
                if (QuestionBank.importJob.start(selectedFile))
                    importProgress.open()
            }
        }
        function open() {
            active = true
            const dialog = item as FileDialog
            dialog.open()
        }
    }

    Loader {
        id: exportDialog
        active: false
        sourceComponent: FileDialog {
            title: qsTr("Export the question bank")
            fileMode: FileDialog.SaveFile
            nameFilters: [qsTr("JSON (*.json)"), qsTr("Markdown (*.md)")]
            defaultSuffix: "json"
            currentFile: QuestionBank.suggestedExportFile("json")
            onAccepted: QuestionBank.exportTo(selectedFile)
        }
        function open() {
            active = true
            const dialog = item as FileDialog
            dialog.open()
        }
    }

    // Dialogs below are built when first shown.
    Loader {
        id: importProgress
        active: false
        anchors.centerIn: parent
        sourceComponent: Dialog {
            id: importProgressDialog
            objectName: "importProgress"
            anchors.centerIn: parent
            width: 480
            modal: true
            closePolicy: Popup.NoAutoClose
            title: QuestionBank.importJob.running ? qsTr("Importing…") : qsTr("Import finished")

            ColumnLayout {
                anchors.fill: parent
                spacing: 12
                ProgressBar {
                    visible: QuestionBank.importJob.running
                    value: QuestionBank.importJob.progress
                    Layout.fillWidth: true
                }
                Label {
                    visible: !QuestionBank.importJob.running
                    text: QuestionBank.importJob.summary
                    wrapMode: Text.Wrap
                    Layout.fillWidth: true
                }
                Label {
                    visible: !QuestionBank.importJob.running && !QuestionBank.importJob.succeeded
                    text: qsTr("Nothing was written; the bank is as it was.")
                    opacity: 0.7
                }
            }
            footer: DialogFooter {
                Button {
                    text: QuestionBank.importJob.running ? qsTr("Cancel") : qsTr("Close")
                    onClicked: {
                        if (QuestionBank.importJob.running)
                            QuestionBank.importJob.cancel()
                        else
                            importProgressDialog.close()
                    }
                }
            }
        }
        function open() {
            active = true
            const dialog = item as Dialog
            dialog.open()
        }
    }

    Loader {
        id: draftLoader
        active: false
        anchors.centerIn: parent
        sourceComponent: Dialog {
            id: draftDialog
            objectName: "draftDialog"
            anchors.centerIn: parent
            width: 480
            modal: true
            title: qsTr("Unsaved question found")
            Label {
                width: parent.width
                wrapMode: Text.Wrap
                text: qsTr("Panelist closed while “%1” had unsaved changes. Continue editing it?")
                      .arg(QuestionBank.editor.draftTitle || qsTr("a new question"))
            }
            footer: DialogFooter {
                Button {
                    text: qsTr("Discard")
                    flat: true
                    onClicked: {
                        QuestionBank.editor.discardDraft()
                        draftDialog.close()
                    }
                }
                Button {
                    objectName: "restoreDraftButton"
                    text: qsTr("Restore")
                    highlighted: true
                    onClicked: {
                        draftDialog.close()
                        if (QuestionBank.editor.restoreDraft())
                            window.openEditor()
                    }
                }
            }
        }
    }

    Component.onCompleted: {
        if (QuestionBank.editor.hasDraft) {
            draftLoader.active = true
            const dialog = draftLoader.item as Dialog
            dialog.open()
        }
    }

    // Short confirmations ("Archived …", import results) at the bottom of the window.
    Pane {
        id: snackbar
        objectName: "snackbar"
        anchors.horizontalCenter: parent.horizontalCenter
        anchors.bottom: parent.bottom
        anchors.bottomMargin: 24
        visible: opacity > 0
        opacity: 0
        Material.elevation: 6
        Material.background: window.Material.theme === Material.Dark ? "#424242" : "#323232"
        Behavior on opacity { NumberAnimation { duration: 150 } }
        Label {
            id: snackbarText
            color: "white"
            text: QuestionBank.message
        }
        Timer {
            id: snackbarTimer
            interval: 4000
            onTriggered: snackbar.opacity = 0
        }
        Connections {
            target: QuestionBank
            function onMessageChanged() {
                snackbar.opacity = 1
                snackbarTimer.restart()
            }
        }
    }
}
