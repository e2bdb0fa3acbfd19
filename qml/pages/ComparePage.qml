pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import Panelist.Core

// Candidates of one plan side by side, one row per candidate however many interviewers
// saw them: first start, recommendations, overall score, each competency's mean rating
// with its range (a disagreement marked), average per category, mean score per question.
// Ratings come from submitted scorecards (finished interviews) only. The candidate column stays in view while the others
// scroll sideways. A click on a heading sorts by it; the table saves as CSV.
Page {
    id: page
    objectName: "comparePage"
    Accessible.name: qsTr("Comparison")

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
                font.pixelSize: Theme.px(16)
            }
            ComboBox {
                id: planBox
                objectName: "comparePlan"
                Accessible.name: qsTr("Plan compared: %1").arg(displayText)
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

    // What the columns are sized from. A heading wraps between words only, so no column
    // is narrower than the longest word of its heading; the candidate, start and
    // recommendation columns are as wide as the widest text they hold (a long name up
    // to a limit, then cut with "…" and whole in its tool tip).
    Label {
        id: headingStyle
        visible: false
        font.pixelSize: Theme.px(13)
        font.weight: Font.DemiBold
    }
    FontMetrics {
        id: headingMetrics
        font: headingStyle.font
    }
    FontMetrics {
        id: cellMetrics
        font: page.font
    }
    // Names are set a little heavier than the other cells.
    Label {
        id: nameStyle
        visible: false
        font.weight: Font.Medium
    }
    FontMetrics {
        id: nameMetrics
        font: nameStyle.font
    }
    readonly property int headingPadding: 10
    // Room beside a heading for the sort mark.
    readonly property int sortMarkRoom: 14
    readonly property real headingHeight: Math.ceil(headingMetrics.height * 3 + 14)
    readonly property real rowHeight: Math.ceil(Math.max(40, cellMetrics.height + 18))
    readonly property int scrollBarRoom: 14
    // The widest text of the candidate, start and recommendation columns; again when the
    // plan or its interviews change.
    readonly property var textWidths: page.measureTexts(page.compare.count, page.compare.headers)
    // The scrolling table's width, known rather than estimated from the columns loaded
    // so far, so its end is where the scroll bar's is.
    readonly property real scrollingWidth: page.widthOfColumns(page.compare.headers, page.textWidths)
    readonly property real candidateWidth: page.columnWidth(CompareModel.CandidateColumn)
    // The views ask for a column's width as they lay it out: once more when the widths
    // change (the fonts settle, the texts change) after a column was laid out.
    onScrollingWidthChanged: relayout.restart()
    onCandidateWidthChanged: relayout.restart()

    Timer {
        id: relayout
        interval: 0
        onTriggered: {
            table.forceLayout()
            candidates.forceLayout()
        }
    }
    readonly property color zebra: Qt.rgba(0.5, 0.5, 0.5, page.Material.theme === Material.Dark ? 0.14 : 0.06)
    readonly property color gridLine: Qt.rgba(0.5, 0.5, 0.5, 0.25)

    function isScoreColumn(column: int): bool {
        return column >= CompareModel.OverallColumn
    }

    function longestWord(text: string): real {
        let widest = 0
        const words = text.split(/\s+/)
        for (let i = 0; i < words.length; ++i)
            widest = Math.max(widest, headingMetrics.advanceWidth(words[i]))
        return widest
    }

    function measureTexts(count: int, headers: list<string>): list<real> {
        const widths = [0, 0, 0]
        if (headers.length < widths.length)
            return widths
        for (let row = 0; row < count; ++row) {
            for (let column = 0; column < widths.length; ++column) {
                const text = String(page.compare.data(page.compare.index(row, column)))
                widths[column] = Math.max(widths[column], nameMetrics.advanceWidth(text))
            }
        }
        return widths
    }

    function widthOfColumns(headers: list<string>, texts: list<real>): real {
        let total = 0
        for (let column = CompareModel.CandidateColumn + 1; column < headers.length; ++column)
            total += page.columnWidth(column)
        return total
    }

    function columnWidth(column: int): real {
        const headers = page.compare.headers
        if (column < 0 || column >= headers.length)
            return 0
        const text = column < page.textWidths.length ? page.textWidths[column] + 2 * page.headingPadding + 2 : 0
        // A question: wide enough for its title in three lines (a fifth spare for where
        // the lines break), up to a limit; a longer title ends in "…" and shows whole in
        // the tool tip.
        const inThreeLines = headingMetrics.advanceWidth(headers[column]) / 3 * 1.2 + 2 * page.headingPadding + page.sortMarkRoom
        let least = Math.min(Math.max(inThreeLines, 150), 240)
        if (column === CompareModel.CandidateColumn)
            least = Math.min(Math.max(text, 160), 280)
        else if (column === CompareModel.DateColumn)
            least = text
        else if (column === CompareModel.RecommendationColumn)
            least = Math.max(text, 100)
        else if (column === CompareModel.OverallColumn)
            least = 90
        else if (column < page.compare.firstCategoryColumn)
            least = 130 // a competency: "3.5 (3–4)" and the disagreement mark
        else if (column < page.compare.firstQuestionColumn)
            least = 110 // a category
        const heading = page.longestWord(headers[column]) + 2 * page.headingPadding + page.sortMarkRoom
        return Math.ceil(Math.max(least, heading))
    }

    // A whole heading or name where the cell cuts it: plain text, as typed.
    component PlainToolTip: ToolTip {
        id: tip
        contentItem: Label {
            text: tip.text
            textFormat: Text.PlainText
            wrapMode: Text.Wrap
        }
    }

    // One heading: a click sorts by its column, again the other way.
    component Heading: ItemDelegate {
        id: heading
        required property int index
        required property string modelData
        objectName: "compareHeading"
        Accessible.name: heading.modelData
        Accessible.role: Accessible.ColumnHeader
        Accessible.onPressAction: heading.clicked()
        implicitWidth: page.columnWidth(index)
        implicitHeight: page.headingHeight
        leftPadding: page.headingPadding
        rightPadding: page.headingPadding + page.sortMarkRoom
        topPadding: 6
        bottomPadding: 6
        focusPolicy: Qt.NoFocus
        onClicked: page.compare.sortBy(index, page.compare.sortColumn === index ? !page.compare.sortAscending : true)
        PlainToolTip {
            visible: heading.hovered && (heading.contentItem as Label).truncated
            text: heading.modelData
        }
        background: Rectangle {
            color: heading.hovered ? Qt.rgba(0.5, 0.5, 0.5, 0.14) : Qt.rgba(0.5, 0.5, 0.5, 0.08)
            Rectangle {
                anchors.bottom: parent.bottom
                width: parent.width
                height: 1
                color: page.gridLine
            }
        }
        // A plain label: "&" in a category name is text, not a mnemonic. Words wrap
        // whole (the column is wider than the longest); a long question title ends in
        // "…" on its third line and shows whole in the tool tip.
        contentItem: Label {
            objectName: "compareHeadingText"
            text: heading.modelData
            textFormat: Text.PlainText
            font: headingStyle.font
            wrapMode: Text.WordWrap
            maximumLineCount: 3
            elide: Text.ElideRight
            verticalAlignment: Text.AlignBottom
            horizontalAlignment: page.isScoreColumn(heading.index) ? Text.AlignRight : Text.AlignLeft
        }
        Label {
            anchors.right: parent.right
            anchors.rightMargin: 4
            anchors.bottom: parent.bottom
            anchors.bottomMargin: heading.bottomPadding
            width: page.sortMarkRoom
            horizontalAlignment: Text.AlignHCenter
            visible: page.compare.sortColumn === heading.index
            text: page.compare.sortAscending ? "▲" : "▼"
            font.pixelSize: Theme.px(10)
            opacity: 0.8
        }
    }

    // The candidates stay in view on the left while the other columns scroll sideways
    // under their headings; the two tables share their rows (heights, spacing and the
    // vertical position).
    RowLayout {
        id: tableArea
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.top: parent.top
        anchors.margins: 12
        // As tall as the rows (the side scroll bar right under the last), up to the page.
        height: Math.min(parent.height - 24, page.headingHeight + table.rows * page.rowHeight + page.scrollBarRoom)
        spacing: 0
        visible: table.rows > 0

        ColumnLayout {
            spacing: 0
            Layout.fillHeight: true
            // Sized here, not from the views (their implicit size is their content's).
            Layout.minimumWidth: page.candidateWidth
            Layout.maximumWidth: page.candidateWidth

            Heading {
                index: CompareModel.CandidateColumn
                modelData: page.compare.headers.length > 0 ? page.compare.headers[0] : ""
                Layout.fillWidth: true
                Layout.preferredHeight: page.headingHeight
            }

            TableView {
                id: candidates
                objectName: "compareCandidates"
                Layout.fillWidth: true
                Layout.fillHeight: true
                Layout.preferredHeight: 100
                clip: true
                model: page.compare
                syncView: table
                syncDirection: Qt.Vertical
                flickableDirection: Flickable.VerticalFlick
                boundsBehavior: Flickable.StopAtBounds
                columnWidthProvider: column => column === CompareModel.CandidateColumn ? page.columnWidth(column) : 0

                delegate: Rectangle {
                    id: candidate
                    objectName: "compareCandidate"
                    required property string display
                    required property int row
                    Accessible.role: Accessible.RowHeader
                    Accessible.name: candidate.display
                    implicitHeight: page.rowHeight
                    color: candidate.row % 2 ? page.zebra : "transparent"
                    Label {
                        id: name
                        anchors.fill: parent
                        anchors.leftMargin: page.headingPadding
                        anchors.rightMargin: page.headingPadding
                        verticalAlignment: Text.AlignVCenter
                        text: candidate.display
                        textFormat: Text.PlainText
                        maximumLineCount: 1
                        elide: Text.ElideRight
                        font: nameStyle.font
                    }
                    HoverHandler {
                        id: nameHover
                    }
                    PlainToolTip {
                        visible: nameHover.hovered && name.truncated
                        text: candidate.display
                    }
                    // The frozen column's edge.
                    Rectangle {
                        anchors.right: parent.right
                        width: 1
                        height: parent.height
                        color: page.gridLine
                    }
                }
            }
        }

        // The other columns scroll sideways as one: headings and table in one flickable,
        // the table as wide as all its columns (a plan has tens of questions, not
        // thousands), so a column is always where the scroll bar says. The table scrolls
        // its rows itself, under the headings.
        Item {
            id: scrollingArea
            Layout.fillWidth: true
            Layout.fillHeight: true
            Layout.preferredWidth: 100
            Layout.preferredHeight: 100

        Flickable {
            id: sideways
            objectName: "compareScroller"
            anchors.fill: parent
            clip: true
            contentWidth: page.scrollingWidth
            contentHeight: height
            flickableDirection: Flickable.HorizontalFlick
            boundsBehavior: Flickable.StopAtBounds
            // In view whenever there is more to the side: the one hint that there is.
            ScrollBar.horizontal: ScrollBar {
                objectName: "compareScrollBar"
                policy: sideways.contentWidth > sideways.width ? ScrollBar.AlwaysOn : ScrollBar.AsNeeded
            }

            HorizontalHeaderView {
                id: headings
                objectName: "compareHeadings"
                syncView: table
                width: page.scrollingWidth
                height: page.headingHeight
                interactive: false
                model: page.compare.headers
                delegate: Heading {}
            }

            TableView {
                id: table
                objectName: "compareTable"
                y: headings.height
                width: page.scrollingWidth
                height: sideways.height - headings.height
                clip: true
                model: page.compare
                rowSpacing: 0
                columnSpacing: 0
                flickableDirection: Flickable.VerticalFlick
                boundsBehavior: Flickable.StopAtBounds
                // At the right edge of what shows, not of the whole table.
                ScrollBar.vertical: ScrollBar {
                    parent: scrollingArea
                    x: scrollingArea.width - width
                    y: headings.height
                    height: table.height
                }

                // The candidate column shows on the left, not here.
                columnWidthProvider: column => column === CompareModel.CandidateColumn ? 0 : page.columnWidth(column)

                delegate: Rectangle {
                    id: cell
                    objectName: "compareCell"
                    required property string display
                    required property bool isScore
                    required property var value
                    required property bool disagreement
                    required property var ratings
                    required property int row
                    required property int column
                    readonly property bool scored: cell.isScore && cell.value !== undefined && cell.value !== null
                    implicitHeight: page.rowHeight
                    color: cell.row % 2 ? page.zebra : "transparent"
                    // Scores tinted by their height on the 1–4 scale.
                    Rectangle {
                        anchors.fill: parent
                        visible: cell.scored
                        color: page.Material.accent
                        opacity: 0.03 + 0.07 * (Number(cell.value) - 1)
                    }
                    Label {
                        anchors.fill: parent
                        anchors.leftMargin: page.headingPadding
                        anchors.rightMargin: page.headingPadding + (cell.isScore ? page.sortMarkRoom : 0)
                        verticalAlignment: Text.AlignVCenter
                        horizontalAlignment: cell.isScore ? Text.AlignRight : Text.AlignLeft
                        text: cell.disagreement ? "⚠ " + cell.display : cell.display
                        textFormat: Text.PlainText
                        maximumLineCount: 1
                        elide: Text.ElideRight
                        color: cell.disagreement ? page.Material.color(Material.Orange, page.Material.theme === Material.Dark ? Material.Shade300 : Material.Shade900) : page.Material.foreground
                        opacity: cell.isScore && !cell.scored ? 0.5 : 1
                        font.weight: cell.column === CompareModel.OverallColumn ? Font.Bold : cell.scored ? Font.DemiBold : Font.Normal
                    }
                    // The ratings one by one, and what the mark means.
                    HoverHandler {
                        id: cellHover
                        enabled: cell.ratings.length > 1
                    }
                    PlainToolTip {
                        visible: cellHover.hovered && cell.ratings.length > 1
                        text: (cell.disagreement ? qsTr("The interviewers disagree (a spread of 2 or more). ") : "")
                              + qsTr("Ratings: %1").arg(cell.ratings.join(", "))
                    }
                    // The overall column, the competencies and the categories stand apart.
                    Rectangle {
                        anchors.right: parent.right
                        width: 1
                        height: parent.height
                        color: page.gridLine
                        visible: cell.column === CompareModel.OverallColumn
                                 || (cell.column === page.compare.firstCategoryColumn - 1 && page.compare.firstCategoryColumn > page.compare.firstCompetencyColumn)
                                 || cell.column === page.compare.firstQuestionColumn - 1
                    }
                }
            }
        }
        }
    }

    EmptyState {
        anchors.centerIn: parent
        width: Math.min(parent.width - 48, 520)
        objectName: "fewToCompare"
        // One candidate has nobody to be compared with: say so under the row.
        visible: table.rows < 2
        title: table.rows === 0 ? qsTr("Nobody to compare yet") : qsTr("Only one candidate so far")
        detail: table.rows === 0 ? qsTr("Candidates appear here once they have had an interview from this plan.")
                                 : qsTr("A comparison needs two candidates with an interview from this plan; the next one appears here.")
        keys: qsTr("Esc: back · Ctrl+2: plans · Ctrl+Enter: start an interview")
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
