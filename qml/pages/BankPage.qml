pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import Panelist.Core

// The question bank: search and filters on the left, the selected question on the
// right, and the actions on questions and bank files.
Page {
    id: page
    objectName: "bankPage"
    Accessible.name: qsTr("Question bank")

    readonly property QuestionListModel questions: QuestionBank.questions
    // Follows the current delegate, so a new search result updates the detail pane
    // even when the current row number stays the same.
    readonly property int selectedId: questionList.currentItem
                                      ? (questionList.currentItem as QuestionDelegate).questionId : 0
    readonly property bool selectedArchived: questionList.currentItem
                                             ? (questionList.currentItem as QuestionDelegate).archived : false

    signal editRequested(int questionId)
    signal newRequested()
    signal duplicateRequested(int questionId)
    signal importRequested()
    signal exportRequested()

    function focusSearch() {
        searchField.forceActiveFocus()
        searchField.selectAll()
    }

    // Shows question `id` (after an edit), widening the filters if they hide it.
    function select(id: int) {
        let row = page.questions.rowOf(id)
        if (row < 0) {
            searchField.clear()
            page.questions.query = ""
            page.questions.clearFilters()
            row = page.questions.rowOf(id)
        }
        if (row < 0) { // only an archived question can still be hidden
            page.questions.showArchived = true
            row = page.questions.rowOf(id)
        }
        questionList.currentIndex = row
        questionList.positionViewAtIndex(row, ListView.Contain)
    }

    function archiveSelected() {
        if (page.selectedId > 0)
            QuestionBank.setArchived(page.selectedId, !page.selectedArchived)
    }

    Component.onCompleted: searchField.forceActiveFocus()

    // Shortcuts act only while this page is on screen: other pages use the same keys.
    Shortcut {
        sequence: "Ctrl+F" // StandardKey.Find; qmllint 6.4 cannot resolve StandardKey
        enabled: page.visible
        onActivated: page.focusSearch()
    }
    Shortcut {
        sequence: "Ctrl+N"
        enabled: page.visible
        onActivated: page.newRequested()
    }
    Shortcut {
        sequence: "Ctrl+D"
        enabled: page.visible && page.selectedId > 0
        onActivated: page.duplicateRequested(page.selectedId)
    }
    Shortcut {
        sequence: "Delete"
        enabled: page.visible && page.selectedId > 0
        onActivated: page.archiveSelected()
    }
    Shortcut {
        sequence: "Ctrl+I"
        enabled: page.visible
        onActivated: page.importRequested()
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
                objectName: "newButton"
                text: qsTr("New")
                onClicked: page.newRequested()
                ToolTip.visible: hovered
                ToolTip.text: qsTr("New question (Ctrl+N)")
            }
            ToolButton {
                text: qsTr("Edit")
                enabled: page.selectedId > 0
                onClicked: page.editRequested(page.selectedId)
                ToolTip.visible: hovered
                ToolTip.text: qsTr("Edit the selected question (Enter)")
            }
            ToolButton {
                text: qsTr("Duplicate")
                enabled: page.selectedId > 0
                onClicked: page.duplicateRequested(page.selectedId)
                ToolTip.visible: hovered
                ToolTip.text: qsTr("Edit a copy of the selected question (Ctrl+D)")
            }
            ToolButton {
                objectName: "archiveButton"
                text: page.selectedArchived ? qsTr("Restore") : qsTr("Archive")
                enabled: page.selectedId > 0
                onClicked: page.archiveSelected()
                ToolTip.visible: hovered
                ToolTip.text: page.selectedArchived ? qsTr("Bring the question back (Delete)")
                                                    : qsTr("Hide the question from lists and plans (Delete)")
            }
            ToolButton {
                text: qsTr("Delete…")
                enabled: page.selectedId > 0
                onClicked: deleteDialog.open()
            }
            Item { Layout.fillWidth: true }
            ToolButton {
                text: qsTr("Categories…")
                onClicked: {
                    if (!categoriesLoader.item)
                        categoriesLoader.source = "CategoriesDialog.qml"
                    const dialog = categoriesLoader.item as CategoriesDialog
                    dialog.open()
                }
            }
            ToolButton {
                text: qsTr("Import…")
                onClicked: page.importRequested()
                ToolTip.visible: hovered
                ToolTip.text: qsTr("Import a bank file, JSON or Markdown (Ctrl+I)")
            }
            ToolButton {
                text: qsTr("Export…")
                onClicked: page.exportRequested()
            }
        }
    }

    SplitView {
        anchors.fill: parent
        orientation: Qt.Horizontal

        Pane {
            SplitView.preferredWidth: 460
            SplitView.minimumWidth: 340
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
                    Layout.bottomMargin: 4
                    placeholderText: qsTr("Search questions (Ctrl+F)")
                    placeholderTextColor: Theme.placeholder
                    Accessible.name: qsTr("Search questions")
                    Accessible.searchEdit: true
                    // Search reads no further than this anyway (searchindex::matchExpression).
                    maximumLength: Limits.queryLength
                    selectByMouse: true
                    focus: true
                    onTextEdited: page.questions.query = text
                    Keys.onDownPressed: questionList.incrementCurrentIndex()
                    Keys.onUpPressed: questionList.decrementCurrentIndex()
                    // Enter edits the selected question; with nothing found it takes the
                    // suggested spelling.
                    function enter() {
                        if (questionList.count === 0 && page.questions.suggestion !== "") {
                            text = page.questions.suggestion
                            page.questions.query = text
                        } else if (page.selectedId > 0) {
                            page.editRequested(page.selectedId)
                        }
                    }
                    Keys.onReturnPressed: enter()
                    Keys.onEnterPressed: enter()
                    Keys.onEscapePressed: {
                        text = ""
                        page.questions.query = ""
                    }
                    // Delete edits the text; only where it has nothing to delete does it
                    // archive the selected question.
                    Keys.onDeletePressed: (event) => {
                        if (cursorPosition === length && selectedText === "")
                            page.archiveSelected()
                        else
                            event.accepted = false
                    }
                }

                Flow {
                    Layout.fillWidth: true
                    Layout.leftMargin: 8
                    Layout.rightMargin: 8
                    spacing: 0
                    FacetFilter {
                        objectName: "categoryFilter"
                        facets: page.questions.categoryFacets
                        allLabel: qsTr("All categories")
                        value: page.questions.category
                        onPicked: (value) => page.questions.category = value
                    }
                    FacetFilter {
                        objectName: "levelFilter"
                        facets: page.questions.levelFacets
                        allLabel: qsTr("All levels")
                        value: page.questions.level
                        onPicked: (value) => page.questions.level = value
                    }
                    FacetFilter {
                        objectName: "kindFilter"
                        facets: page.questions.kindFacets
                        allLabel: qsTr("All kinds")
                        value: page.questions.kind
                        onPicked: (value) => page.questions.kind = value
                    }
                    FacetFilter {
                        objectName: "tagFilter"
                        facets: page.questions.tagFacets
                        allLabel: qsTr("All tags")
                        value: page.questions.tag
                        onPicked: (value) => page.questions.tag = value
                    }
                }

                RowLayout {
                    Layout.fillWidth: true
                    Layout.leftMargin: 16
                    Layout.rightMargin: 8
                    Label {
                        objectName: "resultCount"
                        opacity: 0.7
                        font.pixelSize: Theme.px(12)
                        Layout.fillWidth: true
                        elide: Text.ElideRight
                        textFormat: Text.PlainText
                        // What the list holds, and how many (all pages counted).
                        readonly property string what: questionList.count === 0
                              ? qsTr("No matches")
                              : searchField.text.trim().length === 0
                                ? (page.questions.filtered ? qsTr("Filtered questions") : qsTr("All questions"))
                                : page.questions.filtered
                                  ? qsTr("Matches for “%1”, filtered").arg(searchField.text.trim())
                                  : qsTr("Matches for “%1”").arg(searchField.text.trim())
                        text: questionList.count > 0 && page.questions.matchCount >= 0
                              ? qsTr("%1 · %2", "what the list holds · how many questions").arg(what).arg(page.questions.matchCount)
                              : what
                    }
                    CheckBox {
                        objectName: "showArchived"
                        text: qsTr("Archived")
                        font.pixelSize: Theme.px(12)
                        checked: page.questions.showArchived
                        onToggled: page.questions.showArchived = checked
                    }
                    ComboBox {
                        objectName: "sortBox"
                        Accessible.name: qsTr("Sort by %1").arg(displayText)
                        font.pixelSize: Theme.px(12)
                        Layout.preferredWidth: Theme.px(150)
                        textRole: "label"
                        valueRole: "sort"
                        model: [
                            { label: qsTr("Best match"), sort: QuestionListModel.Relevance },
                            { label: qsTr("Title"), sort: QuestionListModel.Title },
                            { label: qsTr("Category"), sort: QuestionListModel.Category },
                            { label: qsTr("Last edited"), sort: QuestionListModel.LastEdited }
                        ]
                        currentIndex: page.questions.sort // the entries follow the enum order
                        flat: true
                        onActivated: page.questions.sort = currentValue
                    }
                }

                ListView {
                    id: questionList
                    objectName: "questionList"
                    activeFocusOnTab: true
                    Accessible.role: Accessible.List
                    Accessible.name: qsTr("Questions")
                    Layout.fillWidth: true
                    Layout.fillHeight: true
                    clip: true
                    reuseItems: true
                    model: page.questions
                    currentIndex: count > 0 ? 0 : -1
                    highlightMoveDuration: 0
                    keyNavigationEnabled: true
                    boundsBehavior: Flickable.StopAtBounds
                    ScrollBar.vertical: LaneScrollBar { id: questionListBar }
                    Keys.onReturnPressed: if (page.selectedId > 0) page.editRequested(page.selectedId)

                    delegate: QuestionDelegate {
                        id: row
                        width: questionList.width - questionListBar.lane
                        highlighted: ListView.isCurrentItem
                        onClicked: {
                            questionList.currentIndex = row.index
                            questionList.forceActiveFocus()
                        }
                        onDoubleClicked: page.editRequested(row.questionId)
                    }

                    // The question that was current before a reset: a refresh (an edit
                    // saved, a teammate's change) keeps it current.
                    property int currentBeforeReset: -1
                    Connections {
                        target: page.questions
                        function onModelAboutToBeReset() { questionList.currentBeforeReset = page.selectedId }
                        function onModelReset() {
                            questionList.currentIndex = page.questions.rowAfterReset(questionList.currentBeforeReset)
                        }
                    }

                    // A bank with no question at all: how to fill it.
                    EmptyState {
                        anchors.centerIn: parent
                        width: parent.width - 48
                        objectName: "emptyBank"
                        visible: questionList.count === 0 && QuestionBank.questionCount === 0
                                 && searchField.text === "" && !page.questions.filtered
                        title: qsTr("The bank has no questions yet")
                        detail: qsTr("Write a question, or import a bank file (JSON or Markdown) a colleague shared.")
                        keys: qsTr("Ctrl+N: new question · Ctrl+I: import a bank")
                    }
                    EmptyState {
                        anchors.centerIn: parent
                        width: parent.width - 48
                        objectName: "noMatches"
                        visible: questionList.count === 0 && !(QuestionBank.questionCount === 0
                                 && searchField.text === "" && !page.questions.filtered)
                        keys: searchField.text !== "" ? qsTr("Esc clears the search") : ""
                        title: page.questions.suggestion !== ""
                               ? qsTr("Did you mean “%1”?").arg(page.questions.suggestion)
                               : qsTr("No question matches")
                        detail: page.questions.suggestion !== ""
                                ? qsTr("Nothing matches what you typed. Press Enter to search for “%1” instead.").arg(page.questions.suggestion)
                                : qsTr("Every word you type must appear in a question; words match by their beginning. Try fewer or shorter words, or clear the filters.")
                    }
                }
            }
        }

        QuestionDetail {
            SplitView.fillWidth: true
            SplitView.minimumWidth: 420
            questionId: page.selectedId
            // Re-read after edits elsewhere (archive, save, category changes).
            revision: QuestionBank.revision
        }
    }

    Loader {
        id: categoriesLoader // the dialog is built when first opened
        anchors.centerIn: parent
    }

    Dialog {
        id: deleteDialog
        objectName: "deleteDialog"
        anchors.centerIn: parent
        width: 500
        modal: true
        title: qsTr("Delete this question for good?")
        Label {
            width: parent.width
            wrapMode: Text.Wrap
            text: qsTr("Deleting cannot be undone; plans that use the question lose it. Archiving hides it instead and keeps it for past interviews.")
        }
        footer: DialogFooter {
            Button {
                text: qsTr("Cancel")
                flat: true
                onClicked: deleteDialog.close()
            }
            Button {
                objectName: "confirmDelete"
                text: qsTr("Delete")
                flat: true
                Material.foreground: Material.Red
                onClicked: {
                    QuestionBank.remove(page.selectedId)
                    deleteDialog.close()
                }
            }
            Button {
                text: qsTr("Archive instead")
                highlighted: true
                Material.accent: Theme.buttonFill
                onClicked: {
                    if (!page.selectedArchived)
                        page.archiveSelected()
                    deleteDialog.close()
                }
            }
        }
    }
}
