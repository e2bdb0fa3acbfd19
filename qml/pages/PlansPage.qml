pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import Panelist.Core

// All interview plans: name, role, level, time against the target, question count.
Page {
    id: page
    objectName: "plansPage"
    Accessible.name: qsTr("Interview plans")

    readonly property PlanListModel plans: PlanBook.plans
    readonly property int selectedId: planList.currentItem ? (planList.currentItem as PlanRow).planId : 0

    signal openRequested(int planId)
    signal startRequested(int planId, string name, string role)

    function requestStart() {
        const row = planList.currentItem as PlanRow
        if (row)
            page.startRequested(row.planId, row.name, row.role)
    }

    function focusList() {
        planList.forceActiveFocus()
    }

    Shortcut {
        sequence: "Ctrl+N"
        enabled: page.visible
        onActivated: newDialog.open()
    }
    Shortcut {
        sequences: ["Ctrl+Return", "Ctrl+Enter"]
        enabled: page.visible && page.selectedId > 0
        onActivated: page.requestStart()
    }
    Shortcut {
        sequence: "Ctrl+D"
        enabled: page.visible && page.selectedId > 0
        onActivated: PlanBook.duplicatePlan(page.selectedId)
    }
    Shortcut {
        sequence: "Delete"
        enabled: page.visible && page.selectedId > 0
        onActivated: deleteDialog.open()
    }

    header: ToolBar {
        Material.background: page.Material.background
        // A page's tool bar sits on the page, not on the primary colour: page text colour.
        Material.foreground: page.Material.foreground
        Material.elevation: 0
        RowLayout {
            anchors.fill: parent
            anchors.leftMargin: 8
            anchors.rightMargin: 8
            spacing: 2
            ToolButton {
                objectName: "newPlanButton"
                text: qsTr("New plan")
                onClicked: newDialog.open()
                ToolTip.visible: hovered
                ToolTip.text: qsTr("New plan (Ctrl+N)")
            }
            ToolButton {
                text: qsTr("Open")
                enabled: page.selectedId > 0
                onClicked: page.openRequested(page.selectedId)
                ToolTip.visible: hovered
                ToolTip.text: qsTr("Open the selected plan (Enter)")
            }
            ToolButton {
                text: qsTr("Duplicate")
                enabled: page.selectedId > 0
                onClicked: PlanBook.duplicatePlan(page.selectedId)
                ToolTip.visible: hovered
                ToolTip.text: qsTr("Copy the selected plan (Ctrl+D)")
            }
            ToolButton {
                text: qsTr("Delete…")
                enabled: page.selectedId > 0
                onClicked: deleteDialog.open()
            }
            ToolButton {
                objectName: "startInterviewButton"
                text: qsTr("Start interview…")
                enabled: page.selectedId > 0
                highlighted: true
                Material.accent: Theme.buttonFill
                onClicked: page.requestStart()
                ToolTip.visible: hovered
                ToolTip.text: qsTr("Run the selected plan with a candidate (Ctrl+Enter)")
            }
            Item { Layout.fillWidth: true }
            Label {
                text: PlanBook.error
                textFormat: Text.PlainText
                elide: Text.ElideRight
                Layout.maximumWidth: 420
                color: Material.color(Material.Red)
                visible: text !== ""
            }
        }
    }

    ListView {
        id: planList
        objectName: "planList"
        activeFocusOnTab: true
        Accessible.role: Accessible.List
        Accessible.name: qsTr("Plans")
        anchors.fill: parent
        anchors.margins: 12
        clip: true
        focus: true
        model: page.plans
        currentIndex: count > 0 ? 0 : -1
        highlightMoveDuration: 0
        keyNavigationEnabled: true
        ScrollBar.vertical: LaneScrollBar { id: planListBar }
        Keys.onReturnPressed: if (page.selectedId > 0) page.openRequested(page.selectedId)

        delegate: PlanRow {
            id: row
            width: planList.width - planListBar.lane
            highlighted: ListView.isCurrentItem
            onClicked: {
                planList.currentIndex = row.index
                planList.forceActiveFocus()
            }
            onDoubleClicked: page.openRequested(row.planId)
        }

        EmptyState {
            anchors.centerIn: parent
            width: parent.width - 48
            objectName: "noPlans"
            visible: planList.count === 0
            title: qsTr("No plans yet")
            detail: qsTr("A plan is the structured interview every candidate of a role gets. Create one with New plan (Ctrl+N).")
            keys: qsTr("Ctrl+N: new plan")
        }
    }

    Dialog {
        id: newDialog
        objectName: "newPlanDialog"
        anchors.centerIn: parent
        width: 460
        modal: true
        title: qsTr("New plan")
        onOpened: nameField.forceActiveFocus()

        // Enter in Minutes: the number typed counts even before the box took it.
        function createWithTypedMinutes() {
            const typed = (targetBox.contentItem as TextInput).text
            targetBox.value = targetBox.valueFromText(typed, Qt.locale())
            create()
        }

        function create() {
            const id = PlanBook.createPlan(nameField.text, roleField.text, levelBox.currentValue,
                                           targetBox.value)
            if (id > 0) {
                newDialog.close()
                nameField.clear()
                roleField.clear()
                page.openRequested(id)
            }
        }

        ColumnLayout {
            anchors.fill: parent
            spacing: 8
            TextField {
                id: nameField
                objectName: "planNameField"
                Accessible.name: qsTr("Plan name")
                placeholderText: qsTr("Name, e.g. Senior Python — 60 min technical")
                placeholderTextColor: Theme.placeholder
                maximumLength: Limits.title
                Layout.fillWidth: true
                onAccepted: newDialog.create()
            }
            TextField {
                id: roleField
                objectName: "planRoleField"
                Accessible.name: qsTr("Role")
                placeholderText: qsTr("Role, e.g. Senior Python developer")
                placeholderTextColor: Theme.placeholder
                maximumLength: Limits.shortText
                Layout.fillWidth: true
                onAccepted: newDialog.create()
            }
            RowLayout {
                Label { text: qsTr("Level") }
                ComboBox {
                    id: levelBox
                    Accessible.name: qsTr("Level: %1").arg(displayText)
                    model: Vocabulary.levels
                    textRole: "label"
                    valueRole: "key"
                    Component.onCompleted: currentIndex = indexOfValue(PlanBook.defaultLevel)
                }
                Label { text: qsTr("Minutes") }
                SpinBox {
                    id: targetBox
                    objectName: "planMinutesBox"
                    from: 5
                    to: Limits.maxTargetMinutes
                    value: 60
                    stepSize: 5
                    editable: true
                    // Enter creates from here too, with the minutes just typed.
                    Keys.onReturnPressed: newDialog.createWithTypedMinutes()
                    Keys.onEnterPressed: newDialog.createWithTypedMinutes()
                }
            }
            Label {
                visible: PlanBook.error !== ""
                text: PlanBook.error
                textFormat: Text.PlainText
                wrapMode: Text.Wrap
                Layout.fillWidth: true
                color: Material.color(Material.Red)
            }
        }
        footer: DialogFooter {
            Button {
                text: qsTr("Cancel")
                flat: true
                onClicked: newDialog.close()
            }
            Button {
                objectName: "createPlanButton"
                text: qsTr("Create")
                highlighted: true
                enabled: nameField.text.trim() !== ""
                onClicked: newDialog.create()
            }
        }
    }

    Dialog {
        id: deleteDialog
        anchors.centerIn: parent
        width: 460
        modal: true
        title: qsTr("Delete this plan?")
        Label {
            width: parent.width
            wrapMode: Text.Wrap
            text: qsTr("The plan goes; interviews already run from it keep everything they recorded.")
        }
        footer: DialogFooter {
            Button {
                text: qsTr("Cancel")
                flat: true
                onClicked: deleteDialog.close()
            }
            Button {
                text: qsTr("Delete")
                highlighted: true
                onClicked: {
                    PlanBook.removePlan(page.selectedId)
                    deleteDialog.close()
                }
            }
        }
    }
}
