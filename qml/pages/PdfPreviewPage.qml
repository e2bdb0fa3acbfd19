import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import QtQuick.Pdf
import Panelist.Core

// The PDF summary as the hiring team will get it, before it is saved anywhere.
Page {
    id: page
    objectName: "pdfPreviewPage"
    Accessible.name: qsTr("PDF preview")

    property int interviewId: 0
    property string message: ""

    signal done()
    signal saved(url file)

    // The summary is made in memory and handed to the document: nothing is written to
    // disk until Save.
    function show(id: int) {
        interviewId = id
        message = ""
        if (!InterviewDesk.showPreview(document, id))
            message = InterviewDesk.error
    }

    // Leaving the preview lets its memory go (quitting does too).
    onDone: InterviewDesk.closePreview()

    Shortcut {
        sequence: "Esc"
        enabled: page.visible
        onActivated: page.done()
    }
    Shortcut {
        sequence: "Ctrl+S"
        enabled: page.visible && page.interviewId > 0
        onActivated: saveDialog.open()
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
                text: document.title !== "" ? document.title : qsTr("Interview summary")
                textFormat: Text.PlainText
                font.pixelSize: Theme.px(16)
                elide: Text.ElideRight
                Layout.fillWidth: true
            }
            Label {
                text: qsTr("%n page(s)", "", document.pageCount)
                opacity: 0.7
                visible: document.pageCount > 0
            }
            ComboBox {
                objectName: "pageSizeBox"
                Accessible.name: qsTr("Page size: %1").arg(displayText)
                model: ["A4", "Letter"]
                currentIndex: InterviewDesk.pageSize === "Letter" ? 1 : 0
                onActivated: {
                    InterviewDesk.pageSize = currentText
                    page.show(page.interviewId)
                }
                Layout.preferredWidth: 120
            }
            ToolButton {
                objectName: "savePdfButton"
                text: qsTr("Save PDF…")
                highlighted: true
                Material.accent: Theme.buttonFill
                enabled: page.interviewId > 0
                onClicked: saveDialog.open()
                ToolTip.visible: hovered
                ToolTip.text: qsTr("Choose where to save it (Ctrl+S)")
            }
        }
    }

    PdfDocument {
        id: document
    }

    PdfMultiPageView {
        anchors.fill: parent
        document: document
        visible: document.status === PdfDocument.Ready
    }

    Label {
        anchors.centerIn: parent
        width: Math.min(parent.width - 48, 560)
        wrapMode: Text.Wrap
        horizontalAlignment: Text.AlignHCenter
        text: page.message
        textFormat: Text.PlainText
        visible: text !== ""
        color: Material.color(Material.Red)
    }

    SaveDialogLoader {
        id: saveDialog
        objectName: "pdfSaveDialog"
        title: qsTr("Save the interview summary")
        nameFilters: [qsTr("PDF (*.pdf)")]
        defaultSuffix: "pdf"
        currentFile: SaveFolder.file(InterviewDesk.suggestedPdfName(page.interviewId))
        onAccepted: {
            if (InterviewDesk.exportPdf(page.interviewId, selectedFile))
                page.saved(selectedFile)
            else
                page.message = InterviewDesk.error
        }
    }
}
