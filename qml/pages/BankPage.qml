pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import Panelist.Core

// The question bank: search on the left, the selected question on the right.
Page {
    id: page

    // Follows the current delegate, so a new search result updates the detail pane
    // even when the current row number stays the same.
    readonly property int selectedId: questionList.currentItem
                                      ? (questionList.currentItem as QuestionDelegate).questionId : 0

    Component.onCompleted: searchField.forceActiveFocus()

    Shortcut {
        sequence: "Ctrl+F" // StandardKey.Find; qmllint 6.4 cannot resolve StandardKey
        onActivated: {
            searchField.forceActiveFocus()
            searchField.selectAll()
        }
    }

    SplitView {
        anchors.fill: parent
        orientation: Qt.Horizontal

        Pane {
            SplitView.preferredWidth: 440
            SplitView.minimumWidth: 320
            padding: 0
            Material.elevation: 1

            ColumnLayout {
                anchors.fill: parent
                spacing: 0

                TextField {
                    id: searchField
                    objectName: "searchField"
                    Layout.fillWidth: true
                    Layout.margins: 12
                    placeholderText: qsTr("Search questions (Ctrl+F)")
                    selectByMouse: true
                    focus: true
                    onTextEdited: QuestionBank.questions.query = text
                    Keys.onDownPressed: questionList.incrementCurrentIndex()
                    Keys.onUpPressed: questionList.decrementCurrentIndex()
                    Keys.onEscapePressed: {
                        text = ""
                        QuestionBank.questions.query = ""
                    }
                }

                Label {
                    objectName: "resultCount"
                    Layout.leftMargin: 16
                    Layout.bottomMargin: 6
                    opacity: 0.7
                    font.pixelSize: 12
                    text: searchField.text.trim().length === 0
                          ? qsTr("All questions, by category")
                          : (questionList.count === 0
                             ? qsTr("No matches")
                             : qsTr("Best matches for “%1”").arg(searchField.text.trim()))
                }

                ListView {
                    id: questionList
                    objectName: "questionList"
                    Layout.fillWidth: true
                    Layout.fillHeight: true
                    clip: true
                    reuseItems: true
                    model: QuestionBank.questions
                    currentIndex: count > 0 ? 0 : -1
                    highlightMoveDuration: 0
                    keyNavigationEnabled: true
                    boundsBehavior: Flickable.StopAtBounds
                    ScrollBar.vertical: ScrollBar {}


                    delegate: QuestionDelegate {
                        id: row
                        width: questionList.width
                        highlighted: ListView.isCurrentItem
                        onClicked: questionList.currentIndex = row.index
                    }

                    Connections {
                        target: QuestionBank.questions
                        function onModelReset() { questionList.currentIndex = questionList.count > 0 ? 0 : -1 }
                    }

                    EmptyState {
                        anchors.centerIn: parent
                        width: parent.width - 48
                        visible: questionList.count === 0
                        title: qsTr("No question matches")
                        detail: qsTr("Every word you type must appear in a question; words match by their beginning. Try fewer or shorter words.")
                    }
                }
            }
        }

        QuestionDetail {
            SplitView.fillWidth: true
            SplitView.minimumWidth: 420
            questionId: page.selectedId
        }
    }
}
