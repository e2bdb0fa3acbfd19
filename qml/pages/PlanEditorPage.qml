pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import Panelist.Core

// Builds one plan: questions picked from the bank on the left, the ordered, time-boxed
// plan on the right. Every change is saved at once; Ctrl+Z undoes the last ones.
Page {
    id: page
    objectName: "planEditorPage"
    Accessible.name: qsTr("Plan editor")

    readonly property PlanEditor editor: PlanBook.editor
    readonly property QuestionListModel picker: QuestionBank.picker

    signal done()

    function addSelected() {
        if (pickerList.currentItem)
            page.editor.addQuestion((pickerList.currentItem as QuestionDelegate).questionId)
    }

    Component.onCompleted: {
        pickerSearch.forceActiveFocus()
        page.picker.refreshFacets()
    }

    Shortcut {
        sequence: "Ctrl+Z"
        enabled: page.visible && page.editor.canUndo
        onActivated: page.editor.undo()
    }
    Shortcut {
        sequence: "Esc"
        enabled: page.visible
        onActivated: page.done()
    }
    Shortcut {
        sequence: "Ctrl+F"
        enabled: page.visible
        onActivated: {
            pickerSearch.forceActiveFocus()
            pickerSearch.selectAll()
        }
    }

    header: ToolBar {
        Material.background: page.Material.background
        // A page's tool bar sits on the page, not on the primary colour: page text colour.
        Material.foreground: page.Material.foreground
        Material.elevation: 0
        RowLayout {
            anchors.fill: parent
            anchors.leftMargin: 8
            anchors.rightMargin: 16
            spacing: 10
            ToolButton {
                text: qsTr("← Plans")
                onClicked: page.done()
                ToolTip.visible: hovered
                ToolTip.text: qsTr("Back to the plans (Esc); everything is already saved")
            }
            TextField {
                objectName: "planName"
                Accessible.name: qsTr("Plan name")
                text: page.editor.name
                maximumLength: Limits.title
                font.pixelSize: Theme.px(18)
                Layout.preferredWidth: 320
                selectByMouse: true
                onEditingFinished: if (text !== page.editor.name) page.editor.name = text
            }
            TextField {
                objectName: "planRole"
                Accessible.name: qsTr("Role")
                text: page.editor.role
                placeholderText: qsTr("Role")
                placeholderTextColor: Theme.placeholder
                maximumLength: Limits.shortText
                Layout.preferredWidth: 200
                selectByMouse: true
                onEditingFinished: if (text !== page.editor.role) page.editor.role = text
            }
            ComboBox {
                Accessible.name: qsTr("Level: %1").arg(displayText)
                model: Vocabulary.levels
                textRole: "label"
                valueRole: "key"
                currentIndex: Math.max(0, indexOfValue(page.editor.level))
                onActivated: page.editor.level = currentValue
                Layout.preferredWidth: 130
            }
            SpinBox {
                Accessible.name: qsTr("Target minutes")
                from: 5
                to: Limits.maxTargetMinutes
                stepSize: 5
                editable: true
                value: page.editor.targetMinutes
                onValueModified: page.editor.targetMinutes = value
            }
            Label { text: qsTr("min target") ; opacity: 0.7 }
            Item { Layout.fillWidth: true }
            ToolButton {
                objectName: "undoButton"
                text: qsTr("Undo")
                enabled: page.editor.canUndo
                onClicked: page.editor.undo()
                ToolTip.visible: hovered
                ToolTip.text: qsTr("Undo the last change (Ctrl+Z)")
            }
        }
    }

    SplitView {
        anchors.fill: parent

        // The bank, to pick questions from.
        Pane {
            SplitView.preferredWidth: 420
            SplitView.minimumWidth: 320
            padding: 0
            Material.elevation: 1

            ColumnLayout {
                anchors.fill: parent
                spacing: 0
                TextField {
                    id: pickerSearch
                    objectName: "pickerSearch"
                    Accessible.name: qsTr("Search the bank")
                    Accessible.searchEdit: true
                    Layout.fillWidth: true
                    Layout.margins: 12
                    placeholderText: qsTr("Find a question to add (Enter adds it)")
                    placeholderTextColor: Theme.placeholder
                    maximumLength: Limits.queryLength
                    selectByMouse: true
                    onTextEdited: page.picker.query = text
                    Keys.onDownPressed: pickerList.incrementCurrentIndex()
                    Keys.onUpPressed: pickerList.decrementCurrentIndex()
                    Keys.onReturnPressed: page.addSelected()
                    // Ctrl+Z is the plan's undo here too, not the search text's.
                    Keys.onPressed: (event) => {
                        if (event.matches(StandardKey.Undo)) {
                            if (page.editor.canUndo)
                                page.editor.undo()
                            event.accepted = true
                        }
                    }
                    Keys.onEnterPressed: page.addSelected()
                }
                Flow {
                    Layout.fillWidth: true
                    Layout.leftMargin: 8
                    Layout.rightMargin: 8
                    FacetFilter {
                        facets: page.picker.categoryFacets
                        allLabel: qsTr("All categories")
                        value: page.picker.category
                        onPicked: (value) => page.picker.category = value
                    }
                    FacetFilter {
                        facets: page.picker.levelFacets
                        allLabel: qsTr("All levels")
                        value: page.picker.level
                        onPicked: (value) => page.picker.level = value
                    }
                    FacetFilter {
                        facets: page.picker.kindFacets
                        allLabel: qsTr("All kinds")
                        value: page.picker.kind
                        onPicked: (value) => page.picker.kind = value
                    }
                    FacetFilter {
                        facets: page.picker.tagFacets
                        allLabel: qsTr("All tags")
                        value: page.picker.tag
                        onPicked: (value) => page.picker.tag = value
                    }
                }
                ListView {
                    id: pickerList
                    objectName: "pickerList"
                    activeFocusOnTab: true
                    Accessible.role: Accessible.List
                    Accessible.name: qsTr("Questions of the bank")
                    Layout.fillWidth: true
                    Layout.fillHeight: true
                    clip: true
                    reuseItems: true
                    model: page.picker
                    currentIndex: count > 0 ? 0 : -1
                    highlightMoveDuration: 0
                    ScrollBar.vertical: LaneScrollBar { id: pickerListBar }
                    Keys.onReturnPressed: page.addSelected()
                    delegate: QuestionDelegate {
                        id: pick
                        width: pickerList.width - pickerListBar.lane
                        highlighted: ListView.isCurrentItem
                        onClicked: pickerList.currentIndex = pick.index
                        onDoubleClicked: page.editor.addQuestion(pick.questionId)
                    }
                }
            }
        }

        // The plan itself.
        ColumnLayout {
            SplitView.fillWidth: true
            SplitView.minimumWidth: 480
            spacing: 8

            RowLayout {
                Layout.fillWidth: true
                Layout.margins: 16
                Layout.bottomMargin: 0
                Label {
                    objectName: "planTotal"
                    text: qsTr("%1 of %2 min").arg(page.editor.totalMinutes).arg(page.editor.targetMinutes)
                    font.pixelSize: Theme.px(18)
                    font.weight: Font.DemiBold
                    color: page.editor.overBudget ? Material.color(Material.Red) : Material.foreground
                }
                ProgressBar {
                    Layout.fillWidth: true
                    from: 0
                    to: Math.max(1, page.editor.targetMinutes)
                    value: Math.min(page.editor.totalMinutes, page.editor.targetMinutes)
                    Material.accent: page.editor.overBudget ? Material.Red : Material.Indigo
                }
                Label {
                    objectName: "budgetWarning"
                    text: page.editor.overBudget
                          ? qsTr("%1 min over budget").arg(-page.editor.remainingMinutes)
                          : qsTr("%1 min left").arg(page.editor.remainingMinutes)
                    color: page.editor.overBudget ? Material.color(Material.Red) : Material.foreground
                    opacity: page.editor.overBudget ? 1 : 0.7
                }
            }
            Label {
                objectName: "planWarning"
                visible: text !== ""
                text: page.editor.warning || page.editor.error
                textFormat: Text.PlainText
                wrapMode: Text.Wrap
                Layout.fillWidth: true
                Layout.rightMargin: 16
                color: Material.color(Material.Orange)
                Layout.leftMargin: 16
            }

            ListView {
                id: itemList
                objectName: "planItems"
                Accessible.role: Accessible.List
                Accessible.name: qsTr("Questions of the plan")
                Layout.fillWidth: true
                Layout.fillHeight: true
                clip: true
                model: page.editor.items
                spacing: 2
                ScrollBar.vertical: LaneScrollBar { id: itemListBar }

                delegate: PlanItemRow {
                    width: itemList.width - itemListBar.lane
                    editor: page.editor
                }

                EmptyState {
                    anchors.centerIn: parent
                    width: parent.width - 48
                    objectName: "emptyPlan"
                    visible: itemList.count === 0
                    title: qsTr("This plan has no questions yet")
                    detail: qsTr("Search the bank on the left and press Enter to add the selected question.")
                    keys: qsTr("Ctrl+F: search the bank · Enter: add the question")
                }
            }

            // The scorecard's competencies: rename in place, move, remove, add (2 to 6).
            ColumnLayout {
                objectName: "competencyEditor"
                Layout.fillWidth: true
                Layout.leftMargin: 16
                Layout.rightMargin: 16
                spacing: 4
                Label {
                    text: qsTr("Scorecard competencies")
                    font.weight: Font.DemiBold
                }
                Flow {
                    Layout.fillWidth: true
                    Layout.preferredWidth: 1
                    spacing: 6
                    Repeater {
                        model: page.editor.competencies
                        delegate: RowLayout {
                            id: competencyRow
                            required property int index
                            required property var modelData
                            spacing: 0
                            TextField {
                                objectName: "competencyName" + competencyRow.index
                                text: competencyRow.modelData.name
                                maximumLength: Limits.competencyName
                                selectByMouse: true
                                font.pixelSize: Theme.px(13)
                                Layout.preferredWidth: 150
                                Accessible.name: qsTr("Competency %1").arg(competencyRow.index + 1)
                                onEditingFinished: if (text !== competencyRow.modelData.name)
                                    page.editor.renameCompetency(competencyRow.index, text)
                                Keys.onPressed: (event) => {
                                    if (event.modifiers & Qt.AltModifier && event.key === Qt.Key_Left) {
                                        page.editor.moveCompetency(competencyRow.index, competencyRow.index - 1)
                                        event.accepted = true
                                    } else if (event.modifiers & Qt.AltModifier && event.key === Qt.Key_Right) {
                                        page.editor.moveCompetency(competencyRow.index, competencyRow.index + 1)
                                        event.accepted = true
                                    }
                                }
                                ToolTip.visible: hovered
                                ToolTip.text: qsTr("%1 questions · Alt+Left/Right moves it").arg(competencyRow.modelData.questions)
                            }
                            ToolButton {
                                objectName: "removeCompetency" + competencyRow.index
                                text: "✕"
                                Accessible.name: qsTr("Remove %1").arg(competencyRow.modelData.name)
                                onClicked: page.editor.removeCompetency(competencyRow.index)
                            }
                        }
                    }
                    TextField {
                        id: newCompetency
                        objectName: "newCompetency"
                        Accessible.name: qsTr("New competency")
                        visible: page.editor.competencies.length < Limits.maxCompetencies
                        placeholderText: qsTr("Add a competency, Enter")
                        placeholderTextColor: Theme.placeholder
                        maximumLength: Limits.competencyName
                        selectByMouse: true
                        font.pixelSize: Theme.px(13)
                        width: 200
                        onAccepted: {
                            if (text.trim() !== "" && page.editor.addCompetency(text))
                                text = ""
                        }
                    }
                }
                Label {
                    objectName: "competencyBalance"
                    text: page.editor.competencyBalance
                    textFormat: Text.PlainText
                    visible: text !== ""
                    wrapMode: Text.Wrap
                    Layout.fillWidth: true
                    opacity: 0.8
                }
            }

            RowLayout {
                Layout.fillWidth: true
                Layout.margins: 16
                spacing: 24
                CoverageBars {
                    title: qsTr("Time by category")
                    entries: page.editor.categoryCoverage
                    Layout.fillWidth: true
                    Layout.alignment: Qt.AlignTop
                }
                CoverageBars {
                    title: qsTr("Time by level")
                    entries: page.editor.levelCoverage
                    Layout.preferredWidth: 300
                    Layout.alignment: Qt.AlignTop
                }
            }
        }
    }
}
