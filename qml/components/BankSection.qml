pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import Panelist.Core

// The bank section: the bank page, and the question editor over it.
StackView {
    id: stack
    objectName: "stack"

    signal importRequested()
    signal exportRequested()

    function bankPage(): BankPage {
        return bankLoader.item as BankPage
    }
    // Typing goes to the search, unless the editor is open.
    function focusPage() {
        if (stack.depth === 1)
            stack.bankPage().focusSearch()
    }
    function openEditor() {
        stack.push(editorPage)
    }

    initialItem: bankLoader

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
                stack.openEditor()
        }
        function onNewRequested() {
            QuestionBank.editor.openNew(QuestionBank.questions.category)
            stack.openEditor()
        }
        function onDuplicateRequested(id: int) {
            if (QuestionBank.editor.openCopy(id))
                stack.openEditor()
        }
        function onImportRequested() { stack.importRequested() }
        function onExportRequested() { stack.exportRequested() }
    }

    Component {
        id: editorPage
        EditorPage {
            objectName: "editorPage"
            onDone: (id) => {
                stack.pop()
                const page = stack.bankPage()
                if (id > 0)
                    page.select(id)
                page.focusSearch()
            }
        }
    }
}
