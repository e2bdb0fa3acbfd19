pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import Panelist.Core

// Everything about one question: the prompt as rendered Markdown, follow-ups,
// rubric criteria, the three level anchors and the reference answer. Titles and names
// are plain text; Markdown goes through SafeText, so nothing shown loads a resource.
Pane {
    id: detail

    property int questionId: 0
    property int revision: 0
    readonly property var question: questionId > 0 && revision >= 0 ? QuestionBank.question(questionId) : ({})
    readonly property bool hasQuestion: question.title !== undefined

    padding: 0

    EmptyState {
        anchors.centerIn: parent
        width: Math.min(parent.width - 48, 420)
        objectName: "noQuestionSelected"
        visible: !detail.hasQuestion
        title: qsTr("No question selected")
        detail: qsTr("Pick a question on the left, or type in the search field to find one.")
        keys: qsTr("Ctrl+F: search · Up / Down: move through the list")
    }

    ScrollView {
        id: scroller
        anchors.fill: parent
        visible: detail.hasQuestion
        contentWidth: availableWidth
        ScrollBar.horizontal.policy: ScrollBar.AlwaysOff

        ColumnLayout {
            width: scroller.availableWidth
            spacing: 10

            ColumnLayout {
                Layout.fillWidth: true
                Layout.margins: 28
                Layout.bottomMargin: 0
                spacing: 10

                Label {
                    objectName: "detailTitle"
                    text: SafeText.cut(detail.question.title ?? "", Limits.title)
                    textFormat: Text.PlainText
                    font.pixelSize: Theme.px(26)
                    font.weight: Font.DemiBold
                    wrapMode: Text.Wrap
                    Layout.fillWidth: true
                }
                Flow {
                    spacing: 6
                    Layout.fillWidth: true
                    Badge { text: detail.question.archived ? qsTr("archived") : ""; tone: "archived" }
                    Badge { text: detail.question.category ?? ""; tone: "category" }
                    Badge { text: detail.question.levelLabel ?? ""; level: detail.question.level ?? -1 }
                    Badge { text: detail.question.kindLabel ?? "" }
                    Badge { text: qsTr("%n min", "", detail.question.minutes ?? 0) }
                    Repeater {
                        model: detail.question.tags ?? []
                        Badge {
                            required property string modelData
                            text: "#" + modelData
                        }
                    }
                }

                // A section with nothing in it shows no heading.
                SectionHeading { text: qsTr("Question"); leftPadding: 0; visible: detailPrompt.visible }
                TextEdit {
                    id: detailPrompt
                    objectName: "detailPrompt"
                    // Read as the question's text, without its markup.
                    Accessible.role: Accessible.Paragraph
                    Accessible.name: qsTr("Question")
                    Accessible.description: SafeText.markdownPlain(detail.question.prompt ?? "")
                    Accessible.readOnly: true
                    visible: (detail.question.prompt ?? "") !== ""
                    text: SafeText.markdown(detail.question.prompt ?? "")
                    textFormat: TextEdit.RichText
                    readOnly: true
                    selectByMouse: true
                    wrapMode: TextEdit.Wrap
                    color: detail.Material.foreground
                    selectionColor: detail.Material.accent
                    font.pixelSize: Theme.px(15)
                    Layout.fillWidth: true
                }

                SectionHeading {
                    objectName: "detailFollowUpsHeading"
                    text: qsTr("Follow-ups")
                    leftPadding: 0
                    visible: (detail.question.followUps ?? []).length > 0
                }
                Repeater {
                    model: detail.question.followUps ?? []
                    RowLayout {
                        id: followUp
                        required property string modelData
                        required property int index
                        Layout.fillWidth: true
                        spacing: 8
                        Label {
                            text: (followUp.index + 1) + "."
                            Layout.alignment: Qt.AlignTop
                            Accessible.ignored: true
                        }
                        Label {
                            // Markdown for inline code; the number stays outside so it is
                            // not read as the start of a list.
                            Accessible.name: qsTr("Follow-up %1: %2").arg(followUp.index + 1)
                                             .arg(SafeText.markdownPlain(followUp.modelData))
                            text: SafeText.markdown(followUp.modelData)
                            textFormat: Text.RichText
                            wrapMode: Text.Wrap
                            Layout.fillWidth: true
                        }
                    }
                }

                SectionHeading {
                    objectName: "detailCriteriaHeading"
                    text: qsTr("Rubric criteria")
                    leftPadding: 0
                    visible: (detail.question.criteria ?? []).length > 0
                }
                Repeater {
                    model: detail.question.criteria ?? []
                    RowLayout {
                        id: criterion
                        required property string modelData
                        Layout.fillWidth: true
                        spacing: 8
                        Label {
                            text: "✓"
                            Layout.alignment: Qt.AlignTop
                            Accessible.ignored: true
                        }
                        Label {
                            Accessible.name: qsTr("Criterion: %1").arg(SafeText.markdownPlain(criterion.modelData))
                            text: SafeText.markdown(criterion.modelData)
                            textFormat: Text.RichText
                            wrapMode: Text.Wrap
                            Layout.fillWidth: true
                        }
                    }
                }

                SectionHeading {
                    objectName: "detailAnchorsHeading"
                    text: qsTr("What each level sounds like")
                    leftPadding: 0
                    visible: (detail.question.anchors ?? []).some(a => a !== "")
                }
                GridLayout {
                    columns: detail.width > 900 ? 3 : 1
                    columnSpacing: 10
                    rowSpacing: 10
                    Layout.fillWidth: true

                    Repeater {
                        // The question's anchors come in the order of the levels.
                        model: Vocabulary.levels
                        Frame {
                            id: anchorCard
                            objectName: "detailAnchorCard"
                            required property int index
                            required property var modelData
                            // An empty anchor shows no empty box.
                            visible: (detail.question.anchors?.[anchorCard.index] ?? "") !== ""
                            Layout.fillWidth: true
                            Layout.fillHeight: true
                            Layout.preferredWidth: 1
                            ColumnLayout {
                                width: parent.width
                                spacing: 6
                                Badge { text: Vocabulary.anchorLabel(anchorCard.modelData.value); level: anchorCard.modelData.value }
                                Label {
                                    Accessible.name: Vocabulary.anchorLabel(anchorCard.modelData.value) + ": "
                                                     + SafeText.markdownPlain(detail.question.anchors?.[anchorCard.index] ?? "")
                                    text: SafeText.markdown(detail.question.anchors?.[anchorCard.index] ?? "")
                                    textFormat: Text.RichText
                                    wrapMode: Text.Wrap
                                    Layout.fillWidth: true
                                }
                            }
                        }
                    }
                }

                SectionHeading {
                    objectName: "detailReferenceHeading"
                    text: qsTr("Reference answer")
                    leftPadding: 0
                    visible: detailReference.visible
                }
                TextEdit {
                    id: detailReference
                    objectName: "detailReference"
                    Accessible.role: Accessible.Paragraph
                    Accessible.name: qsTr("Reference answer")
                    Accessible.description: SafeText.markdownPlain(detail.question.referenceAnswer ?? "")
                    Accessible.readOnly: true
                    visible: (detail.question.referenceAnswer ?? "") !== ""
                    text: SafeText.markdown(detail.question.referenceAnswer ?? "")
                    textFormat: TextEdit.RichText
                    readOnly: true
                    selectByMouse: true
                    wrapMode: TextEdit.Wrap
                    color: detail.Material.foreground
                    selectionColor: detail.Material.accent
                    font.pixelSize: Theme.px(14)
                    Layout.fillWidth: true
                    Layout.bottomMargin: 28
                }
            }
        }
    }
}
