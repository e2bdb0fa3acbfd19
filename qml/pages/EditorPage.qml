pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import Panelist.Core

// Creates or edits one question. Every edit is kept as a draft at once; Save writes
// the question; leaving with unsaved edits asks first.
Page {
    id: page
    Accessible.name: qsTr("Question editor")

    readonly property QuestionEditor editor: QuestionBank.editor

    signal done(int questionId)

    title: editor.isNew ? qsTr("New question") : qsTr("Edit question")

    function save() {
        page.editor.flushDraft()
        const id = page.editor.save()
        if (id > 0)
            page.done(id)
    }

    function leave() {
        page.editor.flushDraft()
        if (page.editor.dirty)
            leaveDialog.open()
        else
            page.done(page.editor.questionId)
    }

    Component.onCompleted: titleField.forceActiveFocus()

    Shortcut {
        sequence: "Ctrl+S"
        enabled: page.visible
        onActivated: page.save()
    }
    Shortcut {
        sequence: "Esc"
        enabled: page.visible
        onActivated: page.leave()
    }

    header: ToolBar {
        Material.background: "transparent"
        Material.foreground: page.Material.foreground
        Material.elevation: 0
        RowLayout {
            anchors.fill: parent
            anchors.leftMargin: 8
            anchors.rightMargin: 16
            ToolButton {
                text: qsTr("← Back")
                onClicked: page.leave()
                ToolTip.visible: hovered
                ToolTip.text: qsTr("Back to the bank (Esc)")
            }
            Label {
                text: page.title
                font.pixelSize: Theme.px(20)
                font.weight: Font.DemiBold
                Layout.fillWidth: true
            }
            Label {
                objectName: "draftState"
                text: page.editor.dirty ? qsTr("Unsaved changes (kept as a draft)")
                    : page.editor.isNew ? qsTr("Not saved yet") : qsTr("Saved")
                opacity: 0.7
            }
            Button {
                objectName: "saveButton"
                text: qsTr("Save (Ctrl+S)")
                highlighted: true
                enabled: page.editor.valid && (page.editor.dirty || page.editor.isNew)
                onClicked: page.save()
            }
        }
    }

    ScrollView {
        id: scroller
        anchors.fill: parent
        contentWidth: availableWidth
        ScrollBar.horizontal.policy: ScrollBar.AlwaysOff

        ColumnLayout {
            width: Math.min(scroller.availableWidth - 48, 1100)
            x: Math.max(24, (scroller.availableWidth - width) / 2)
            spacing: 14

            Item { Layout.preferredHeight: 4 }

            Label {
                objectName: "saveErrorBanner"
                visible: page.editor.saveError !== ""
                text: page.editor.saveError
                textFormat: Text.PlainText
                color: Material.color(Material.Red)
                wrapMode: Text.Wrap
                Layout.fillWidth: true
            }

            ColumnLayout {
                spacing: 2
                Layout.fillWidth: true
                TextField {
                    id: titleField
                    objectName: "titleField"
                    Accessible.name: qsTr("Title (required)")
                    Layout.fillWidth: true
                    placeholderText: qsTr("Title — a short name for the question")
                    placeholderTextColor: Theme.placeholder
                    text: page.editor.title
                    // A pasted page of text stops here instead of freezing the window.
                    maximumLength: Limits.title
                    font.pixelSize: Theme.px(20)
                    selectByMouse: true
                    onTextEdited: page.editor.title = text
                }
                FieldError { objectName: "titleError"; text: page.editor.titleError }
            }

            GridLayout {
                columns: 4
                columnSpacing: 16
                rowSpacing: 2
                Layout.fillWidth: true

                Label { text: qsTr("Category"); opacity: 0.75; font.pixelSize: Theme.px(12) }
                Label { text: qsTr("Level"); opacity: 0.75; font.pixelSize: Theme.px(12) }
                Label { text: qsTr("Kind"); opacity: 0.75; font.pixelSize: Theme.px(12) }
                Label { text: qsTr("Minutes"); opacity: 0.75; font.pixelSize: Theme.px(12) }

                ComboBox {
                    id: categoryBox
                    objectName: "categoryBox"
                    Accessible.name: qsTr("Category (pick or type a new one)")
                    editable: true
                    model: QuestionBank.categories.names
                    Layout.fillWidth: true
                    // Category names show as typed in the list of choices too.
                    delegate: PlainMenuItem {
                        required property int index
                        required property string modelData
                        width: ListView.view.width
                        text: modelData
                        highlighted: categoryBox.highlightedIndex === index
                    }
                    Binding {
                        target: categoryBox.contentItem
                        property: "maximumLength"
                        value: Limits.categoryName
                    }
                    Component.onCompleted: editText = page.editor.category
                    onEditTextChanged: if (activeFocus || popup.visible) page.editor.category = editText
                    onActivated: page.editor.category = currentText
                    Connections {
                        target: page.editor
                        function onLoaded() { categoryBox.editText = page.editor.category }
                    }
                }
                ComboBox {
                    objectName: "levelBox"
                    Accessible.name: qsTr("Level: %1").arg(displayText)
                    model: Vocabulary.levels
                    textRole: "label"
                    valueRole: "key"
                    // Read again once the choices are there: before, every value is -1.
                    currentIndex: count > 0 ? Math.max(0, indexOfValue(page.editor.level)) : -1
                    onActivated: page.editor.level = currentValue
                    Layout.preferredWidth: 150
                }
                ComboBox {
                    objectName: "kindBox"
                    Accessible.name: qsTr("Kind: %1").arg(displayText)
                    model: Vocabulary.kinds
                    textRole: "label"
                    valueRole: "key"
                    currentIndex: count > 0 ? Math.max(0, indexOfValue(page.editor.kind)) : -1
                    onActivated: page.editor.kind = currentValue
                    Layout.preferredWidth: 170
                }
                SpinBox {
                    objectName: "minutesBox"
                    Accessible.name: qsTr("Minutes")
                    from: 0
                    to: 120
                    editable: true
                    value: page.editor.minutes
                    onValueModified: page.editor.minutes = value
                }

                FieldError { objectName: "categoryError"; text: page.editor.categoryError; Layout.columnSpan: 3 }
                FieldError { objectName: "minutesError"; text: page.editor.minutesError }
            }

            ColumnLayout {
                spacing: 2
                Layout.fillWidth: true
                TextField {
                    objectName: "tagsField"
                    Accessible.name: qsTr("Tags")
                    Layout.fillWidth: true
                    placeholderText: qsTr("Tags, separated by commas — e.g. gil, threading")
                    placeholderTextColor: Theme.placeholder
                    text: page.editor.tags
                    maximumLength: Limits.tagsText
                    selectByMouse: true
                    onEditingFinished: page.editor.tags = text
                }
                FieldError { objectName: "tagsError"; text: page.editor.tagsError }
            }

            MarkdownField {
                objectName: "promptField"
                label: qsTr("Prompt (Markdown; code in ``` blocks) — preview on the right")
                placeholder: qsTr("What you ask the candidate")
                text: page.editor.prompt
                error: page.editor.promptError
                onEdited: (text) => page.editor.prompt = text
                Layout.fillWidth: true
            }

            SectionHeading { text: qsTr("Follow-ups"); leftPadding: 0 }
            ListEditor {
                objectName: "followUpEditor"
                items: page.editor.followUps
                addLabel: qsTr("+ Add follow-up")
                placeholder: qsTr("A follow-up question")
                error: page.editor.followUpsError
                maximumCount: Limits.followUps
                Layout.fillWidth: true
            }

            SectionHeading { text: qsTr("Rubric criteria"); leftPadding: 0 }
            ListEditor {
                objectName: "criteriaEditor"
                items: page.editor.criteria
                addLabel: qsTr("+ Add criterion")
                placeholder: qsTr("An observable signal, e.g. “names reference counting”")
                error: page.editor.criteriaError
                maximumCount: Limits.criteria
                Layout.fillWidth: true
            }

            SectionHeading { text: qsTr("Level anchors"); leftPadding: 0 }
            GridLayout {
                columns: scroller.availableWidth > 900 ? 3 : 1
                columnSpacing: 12
                Layout.fillWidth: true
                AnchorField {
                    label: Vocabulary.anchorLabel(Vocabulary.Level.Junior)
                    objectName: "anchorJunior"
                    text: page.editor.anchorJunior
                    error: page.editor.anchorJuniorError
                    onEdited: (text) => page.editor.anchorJunior = text
                }
                AnchorField {
                    label: Vocabulary.anchorLabel(Vocabulary.Level.Middle)
                    objectName: "anchorMiddle"
                    text: page.editor.anchorMiddle
                    error: page.editor.anchorMiddleError
                    onEdited: (text) => page.editor.anchorMiddle = text
                }
                AnchorField {
                    label: Vocabulary.anchorLabel(Vocabulary.Level.Senior)
                    objectName: "anchorSenior"
                    text: page.editor.anchorSenior
                    error: page.editor.anchorSeniorError
                    onEdited: (text) => page.editor.anchorSenior = text
                }
            }

            MarkdownField {
                objectName: "referenceField"
                label: qsTr("Reference answer (Markdown key points)")
                placeholder: qsTr("- the points a strong answer covers")
                text: page.editor.referenceAnswer
                error: page.editor.referenceAnswerError
                onEdited: (text) => page.editor.referenceAnswer = text
                Layout.fillWidth: true
                Layout.bottomMargin: 32
            }
        }
    }

    Dialog {
        id: leaveDialog
        objectName: "leaveDialog"
        anchors.centerIn: parent
        modal: true
        title: qsTr("Keep your changes?")
        Label {
            text: qsTr("This question has unsaved changes.")
        }
        footer: DialogFooter {
            Button {
                text: qsTr("Keep editing")
                flat: true
                onClicked: leaveDialog.close()
            }
            Button {
                objectName: "discardButton"
                text: qsTr("Discard changes")
                flat: true
                onClicked: {
                    leaveDialog.close()
                    const id = page.editor.questionId
                    page.editor.discard()
                    page.done(id)
                }
            }
            Button {
                text: qsTr("Save")
                highlighted: true
                enabled: page.editor.valid
                onClicked: {
                    leaveDialog.close()
                    page.save()
                }
            }
        }
    }
}
