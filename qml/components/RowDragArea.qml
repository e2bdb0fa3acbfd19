import QtQuick

// A handle that moves its row of a list by dragging: released after travelling N row
// heights, it asks to move the row N places. A MouseArea, not a DragHandler:
// preventStealing keeps an enclosing scrolling view from taking the drag over.
MouseArea {
    id: area

    required property int rowIndex
    required property int rowCount
    required property real rowHeight

    // The row at `rowIndex` should move to `to`; sent only when the place changes.
    signal moveRequested(int to)

    property real pressY: 0
    property bool dragging: false

    preventStealing: true
    hoverEnabled: true
    cursorShape: pressed ? Qt.ClosedHandCursor : Qt.OpenHandCursor

    function sceneY(mouse: var): real {
        return mapToItem(null, mouse.x, mouse.y).y
    }

    onPressed: (mouse) => {
        pressY = sceneY(mouse)
        dragging = false
    }
    onPositionChanged: (mouse) => {
        if (pressed && Math.abs(sceneY(mouse) - pressY) > Application.styleHints.startDragDistance)
            dragging = true
    }
    onReleased: (mouse) => {
        if (!dragging)
            return
        dragging = false
        const steps = Math.round((sceneY(mouse) - pressY) / rowHeight)
        const to = Math.max(0, Math.min(rowCount - 1, rowIndex + steps))
        if (to !== rowIndex)
            area.moveRequested(to)
    }
}
