pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import Panelist.Core

// Candidates of one plan side by side: recommendation, average per category, score per
// question. A click on a heading sorts by it; the table saves as CSV.
Page {
    id: page
    objectName: "comparePage"

    readonly property CompareModel compare: InterviewDesk.compare

    signal done()

    function showPlan(planId: int) {
        page.compare.setPlan(planId)
        const plans = page.compare.plans
        for (let i = 0; i < plans.length; ++i) {
            if (plans[i].planId === planId)
                planBox.currentIndex = i
        }
    }

    Shortcut {
        sequence: "Esc"
        enabled: page.visible
        onActivated: page.done()
    }

    header: ToolBar {
        Material.background: page.Material.background
        Material.foreground: page.Material.foreground
        Material.elevation: 0
        RowLayout {
            anchors.fill: parent
            anchors.leftMargin: 8
            anchors.rightMargin: 8
            spacing: 8
            ToolButton {
                text: qsTr("‹ Back")
                onClicked: page.done()
                ToolTip.visible: hovered
                ToolTip.text: qsTr("Back to the history (Esc)")
            }
            Label {
                text: qsTr("Compare candidates of")
                font.pixelSize: 16
            }
            ComboBox {
                id: planBox
                objectName: "comparePlan"
                model: page.compare.plans
                textRole: "planName"
                valueRole: "planId"
                // Plan names show as typed in the list of choices too.
                delegate: PlainMenuItem {
                    required property int index
                    required property var modelData
                    width: ListView.view.width
                    text: modelData.planName
                    highlighted: planBox.highlightedIndex === index
                }
                onActivated: page.compare.setPlan(currentValue)
                Layout.preferredWidth: 360
            }
            Item { Layout.fillWidth: true }
            Label {
                text: page.compare.error
                textFormat: Text.PlainText
                color: Material.color(Material.Red)
                visible: text !== ""
            }
            ToolButton {
                text: qsTr("Export CSV…")
                enabled: table.rows > 0
                onClicked: csvDialog.open()
            }
        }
    }

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: 12
        spacing: 0

        HorizontalHeaderView {
            id: headings
            syncView: table
            clip: true
            Layout.fillWidth: true
            model: page.compare.headers
            delegate: ItemDelegate {
                id: heading
                required property int index
                required property string modelData
                implicitWidth: table.columnWidth(index)
                implicitHeight: 52
                onClicked: page.compare.sortBy(index, page.compare.sortColumn === index ? !page.compare.sortAscending : true)
                ToolTip {
                    visible: heading.hovered && (heading.contentItem as Label).truncated
                    text: heading.modelData
                    contentItem: Label {
                        text: heading.modelData
                        textFormat: Text.PlainText
                        wrapMode: Text.Wrap
                    }
                }
                // A plain label: "&" in a category name is text, not a mnemonic.
                contentItem: Label {
                    text: heading.modelData + (page.compare.sortColumn === heading.index ? (page.compare.sortAscending ? " ▲" : " ▼") : "")
                    textFormat: Text.PlainText
                    font.weight: Font.DemiBold
                    font.pixelSize: 13
                    wrapMode: Text.Wrap
                    maximumLineCount: 2
                    elide: Text.ElideRight
                    verticalAlignment: Text.AlignVCenter
                }
            }
        }

        TableView {
            id: table
            objectName: "compareTable"
            Layout.fillWidth: true
            Layout.fillHeight: true
            clip: true
            model: page.compare
            columnSpacing: 1
            rowSpacing: 1
            ScrollBar.horizontal: ScrollBar {}
            ScrollBar.vertical: ScrollBar {}

            function columnWidth(column: int): real {
                return column === 0 ? 200 : column === 1 ? 110 : column === 2 ? 110 : 120
            }
            columnWidthProvider: columnWidth

            delegate: Rectangle {
                id: cell
                required property string display
                required property bool isScore
                required property var value
                required property int row
                implicitHeight: 40
                color: !cell.isScore || cell.value === undefined || cell.value === null
                       ? (row % 2 ? Qt.rgba(0.5, 0.5, 0.5, 0.06) : "transparent")
                       : Qt.rgba(0.25, 0.32, 0.71, 0.08 + 0.12 * (Number(cell.value) - 1))
                Label {
                    anchors.fill: parent
                    anchors.leftMargin: 10
                    anchors.rightMargin: 10
                    verticalAlignment: Text.AlignVCenter
                    horizontalAlignment: cell.isScore ? Text.AlignHCenter : Text.AlignLeft
                    text: cell.display
                    textFormat: Text.PlainText
                    maximumLineCount: 1
                    elide: Text.ElideRight
                    font.weight: cell.isScore ? Font.DemiBold : Font.Normal
                }
            }
        }

        EmptyState {
            visible: table.rows === 0
            title: qsTr("Nobody to compare yet")
            detail: qsTr("Candidates appear here once they have had an interview from this plan.")
            Layout.fillWidth: true
            Layout.fillHeight: true
        }
    }

    SaveDialogLoader {
        id: csvDialog
        objectName: "csvDialog"
        title: qsTr("Save the comparison as CSV")
        nameFilters: [qsTr("CSV (*.csv)")]
        defaultSuffix: "csv"
        currentFile: SaveFolder.file("panelist-comparison-" + Qt.formatDate(new Date(), "yyyy-MM-dd") + ".csv")
        onAccepted: page.compare.exportCsv(selectedFile)
    }
}
