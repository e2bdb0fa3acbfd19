import QtQuick
import QtTest
import Panelist
import Panelist.Core

// The editor says what is wrong next to the field, and only a valid question saves.
TestCase {
    id: test
    name: "EditorValidation"
    when: windowShown
    visible: true
    width: 1200
    height: 900

    Component {
        id: editorComponent
        EditorPage {
            width: 1200
            height: 900
        }
    }

    function init() {
        QuestionBank.editor.openNew("")
    }

    function test_titleIsRequired() {
        const page = createTemporaryObject(editorComponent, test)
        const error = findChild(page, "titleError")
        verify(error.visible)
        compare(error.text, "A title is required.")
        const field = findChild(page, "titleField")
        field.forceActiveFocus()
        keyClick(Qt.Key_A)
        tryCompare(error, "visible", false)
        compare(QuestionBank.editor.title, "a")
        keyClick(Qt.Key_Backspace)
        tryCompare(error, "visible", true)
    }

    function test_minutesMustBeBetween1And90() {
        const page = createTemporaryObject(editorComponent, test)
        const error = findChild(page, "minutesError")
        verify(!error.visible)
        QuestionBank.editor.minutes = 0
        tryCompare(error, "visible", true)
        compare(error.text, "Minutes must be between 1 and 90.")
        QuestionBank.editor.minutes = 91
        verify(error.visible)
        QuestionBank.editor.minutes = 90
        tryCompare(error, "visible", false)
    }

    function test_atLeastOneCriterion() {
        const page = createTemporaryObject(editorComponent, test)
        const error = findChild(page, "criteriaEditorError")
        verify(error.visible)
        compare(error.text, "Add at least one rubric criterion.")
        mouseClick(findChild(page, "criteriaEditorAdd"))
        // A blank criterion does not count.
        verify(error.visible)
        keyClick(Qt.Key_X)
        tryCompare(error, "visible", false)
        compare(QuestionBank.editor.criteria.count, 1)
    }

    function test_saveOnlyWhenValid() {
        const page = createTemporaryObject(editorComponent, test)
        const save = findChild(page, "saveButton")
        verify(!save.enabled)
        const before = QuestionBank.questionCount
        QuestionBank.editor.title = "Closures in loops"
        QuestionBank.editor.category = "Functional"
        verify(!save.enabled) // still no criterion
        QuestionBank.editor.criteria.append("Explains late binding of loop variables")
        tryCompare(save, "enabled", true)
        mouseClick(save)
        tryCompare(QuestionBank, "questionCount", before + 1)
        verify(!QuestionBank.editor.dirty)
    }
}
