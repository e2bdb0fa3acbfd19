pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import Panelist.Core

// One competency of the scorecard in the finish dialog: its name and description, the
// 1–4 rating (keys 1–4 or the arrows while it has the focus; the same key again clears
// it; Tab / Shift+Tab ask the dialog for the next or previous field), the suggested
// rating and the question scores that are its evidence.
FocusScope {
    id: row

    // {name, description, rating, suggested, suggestedText, evidence [{title, score, scoreLabel}]}
    property var competency: ({})
    property int rating: 0

    signal rated(int value)
    signal nextRequested()
    signal previousRequested()
    signal submitRequested()

    implicitHeight: content.implicitHeight + 8
    activeFocusOnTab: true

    Keys.onPressed: (event) => {
        if ((event.modifiers & Qt.ControlModifier) && (event.key === Qt.Key_Return || event.key === Qt.Key_Enter)) {
            row.submitRequested()
            event.accepted = true
        } else if (event.key >= Qt.Key_1 && event.key <= Qt.Key_4) {
            row.rated(event.key - Qt.Key_0)
            event.accepted = true
        } else if (event.key === Qt.Key_Right) {
            row.rated(Math.min(4, row.rating + 1) === row.rating ? 0 : Math.min(4, row.rating + 1))
            event.accepted = true
        } else if (event.key === Qt.Key_Left) {
            if (row.rating > 1)
                row.rated(row.rating - 1)
            event.accepted = true
        } else if (event.key === Qt.Key_Tab) {
            row.nextRequested()
            event.accepted = true
        } else if (event.key === Qt.Key_Backtab) {
            row.previousRequested()
            event.accepted = true
        }
    }

    Rectangle {
        anchors.fill: parent
        radius: 4
        color: "transparent"
        border.width: row.activeFocus ? 2 : 1
        border.color: row.activeFocus ? Material.accent : Material.dividerColor
    }

    ColumnLayout {
        id: content
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.top: parent.top
        anchors.margins: 6
        spacing: 2
        RowLayout {
            Layout.fillWidth: true
            Label {
                text: row.competency.name ?? ""
                textFormat: Text.PlainText
                font.weight: Font.DemiBold
                elide: Text.ElideRight
                Layout.fillWidth: true
            }
            Label {
                objectName: "suggestedRating"
                text: row.competency.suggestedText ?? ""
                textFormat: Text.PlainText
                visible: text !== ""
                opacity: 0.75
            }
        }
        Label {
            text: row.competency.description ?? ""
            textFormat: Text.PlainText
            visible: text !== ""
            wrapMode: Text.Wrap
            Layout.fillWidth: true
            opacity: 0.75
            font.pixelSize: Theme.px(12)
        }
        Flow {
            Layout.fillWidth: true
            spacing: 4
            Repeater {
                model: 4
                delegate: Button {
                    required property int index
                    readonly property int value: index + 1
                    objectName: "rating" + value
                    text: value + "  " + Vocabulary.ratingName(value)
                    checkable: true
                    checked: row.rating === value
                    focusPolicy: Qt.NoFocus
                    Material.background: checked ? (value >= 3 ? Theme.positive : Theme.negative) : undefined
                    Material.foreground: checked ? Theme.textOnChoice : undefined
                    onClicked: {
                        row.forceActiveFocus()
                        row.rated(value)
                    }
                }
            }
        }
        Label {
            objectName: "ratingEvidence"
            Layout.fillWidth: true
            wrapMode: Text.Wrap
            textFormat: Text.PlainText
            font.pixelSize: Theme.px(12)
            text: {
                const evidence = row.competency.evidence ?? []
                if (evidence.length === 0)
                    return qsTr("No question of the plan counts for it.")
                return qsTr("Evidence: %1").arg(evidence.map(e => e.title + " (" + e.scoreLabel + ")").join("; "))
            }
        }
    }
}
