import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import Panelist.Core

// Settings' team section. Not in a team: the server's address and the password, Test
// connection and Join (which asks first when this laptop holds what the team lacks).
// In a team: the server, the role, the status, the last sync, Sync now, the conflicts
// and Leave team (asked first). Test and Join run on the Team singleton's worker: the
// buttons wait and a busy indicator turns meanwhile. The password is only in its field
// until a join took it; the field is cleared then.
ColumnLayout {
    id: section

    // The conflicts dialog was asked for.
    signal conflictsRequested()

    // The question before a join that uploads ("Share this laptop's … with the team?");
    // empty when none is asked.
    property string uploadQuestion: ""
    property bool confirmingLeave: false

    spacing: 8

    function reset() {
        section.uploadQuestion = ""
        section.confirmingLeave = false
    }

    Connections {
        target: Team
        function onUploadAsked(question: string) {
            section.uploadQuestion = question
            shareButton.forceActiveFocus()
        }
        function onJoined(ok: bool) {
            if (ok) {
                password.clear()
                section.uploadQuestion = ""
            }
        }
    }

    SectionHeading {
        text: qsTr("Team")
        leftPadding: 0
        Layout.fillWidth: true
    }

    // Not in a team.
    ColumnLayout {
        visible: !Team.linked
        spacing: 8
        Layout.fillWidth: true

        Label {
            text: qsTr("Share the question bank and plans with your hiring team through its PostgreSQL server. Your team lead gives you the address and your password.")
            wrapMode: Text.Wrap
            opacity: 0.8
            Layout.fillWidth: true
        }
        TextField {
            id: server
            objectName: "teamServerField"
            Accessible.name: qsTr("Team server address")
            placeholderText: qsTr("Server: postgresql://you@host:5432/team?sslmode=verify-full")
            placeholderTextColor: Theme.placeholder
            enabled: !Team.busy && section.uploadQuestion === ""
            inputMethodHints: Qt.ImhUrlCharactersOnly | Qt.ImhNoAutoUppercase
            selectByMouse: true
            Layout.fillWidth: true
            onAccepted: password.forceActiveFocus()
        }
        TextField {
            id: password
            objectName: "teamPasswordField"
            placeholderText: qsTr("Password")
            placeholderTextColor: Theme.placeholder
            echoMode: TextInput.Password
            // Qt gives a password field no name (it might be the password): the
            // description says what it is.
            Accessible.description: qsTr("Team server password")
            enabled: !Team.busy && section.uploadQuestion === ""
            Layout.fillWidth: true
            onAccepted: if (joinButton.enabled) joinButton.clicked()
        }
        RowLayout {
            spacing: 8
            Layout.fillWidth: true
            Button {
                objectName: "teamTestButton"
                text: qsTr("Test connection")
                enabled: !Team.busy && server.text.trim() !== "" && section.uploadQuestion === ""
                onClicked: Team.testConnection(server.text, password.text)
            }
            Button {
                id: joinButton
                objectName: "teamJoinButton"
                text: qsTr("Join")
                highlighted: true
                Material.accent: Theme.buttonFill
                enabled: !Team.busy && server.text.trim() !== "" && section.uploadQuestion === ""
                onClicked: Team.join(server.text, password.text, false)
            }
            BusyIndicator {
                objectName: "teamBusy"
                running: Team.busy
                visible: Team.busy
                Layout.preferredWidth: 32
                Layout.preferredHeight: 32
            }
            Item { Layout.fillWidth: true }
        }

        // The question before a join that uploads this laptop's data.
        Pane {
            objectName: "teamUploadQuestion"
            visible: section.uploadQuestion !== ""
            Material.elevation: 1
            Layout.fillWidth: true
            ColumnLayout {
                anchors.left: parent.left
                anchors.right: parent.right
                spacing: 8
                Label {
                    text: section.uploadQuestion
                    textFormat: Text.PlainText
                    font.bold: true
                    wrapMode: Text.Wrap
                    Layout.fillWidth: true
                }
                Label {
                    text: qsTr("The team does not have them yet. Shared, every teammate gets them. The team's bank is on this laptop now either way.")
                    wrapMode: Text.Wrap
                    opacity: 0.8
                    Layout.fillWidth: true
                }
                RowLayout {
                    spacing: 8
                    Item { Layout.fillWidth: true }
                    Button {
                        objectName: "teamUploadCancel"
                        text: qsTr("Cancel")
                        enabled: !Team.busy
                        onClicked: section.uploadQuestion = ""
                    }
                    Button {
                        id: shareButton
                        objectName: "teamShareAndJoin"
                        text: qsTr("Share and join")
                        highlighted: true
                        Material.accent: Theme.buttonFill
                        enabled: !Team.busy
                        onClicked: Team.join(server.text, password.text, true)
                    }
                }
            }
        }
    }

    // In a team.
    GridLayout {
        visible: Team.linked
        columns: 2
        columnSpacing: 16
        rowSpacing: 4
        Layout.fillWidth: true

        Label { text: qsTr("Server"); opacity: 0.7 }
        Label {
            objectName: "teamServerUrl"
            text: Team.serverUrl
            textFormat: Text.PlainText
            elide: Text.ElideMiddle
            Layout.fillWidth: true
        }
        Label { text: qsTr("Signed in as"); opacity: 0.7 }
        Label {
            objectName: "teamRole"
            text: Team.role
            textFormat: Text.PlainText
            Layout.fillWidth: true
        }
        Label { text: qsTr("Status"); opacity: 0.7 }
        Label {
            objectName: "teamStatusWords"
            text: Team.lastError !== "" ? Team.statusText + " — " + Team.lastError : Team.statusText
            textFormat: Text.PlainText
            wrapMode: Text.Wrap
            Layout.fillWidth: true
        }
        Label { text: qsTr("Last sync"); opacity: 0.7 }
        Label {
            objectName: "teamLastSync"
            text: Team.lastSyncText
            Layout.fillWidth: true
        }
        Label { text: qsTr("Changes waiting"); opacity: 0.7 }
        Label {
            objectName: "teamPending"
            text: Team.pendingCount
            Layout.fillWidth: true
        }
    }
    RowLayout {
        visible: Team.linked && !section.confirmingLeave
        spacing: 8
        Layout.fillWidth: true
        Button {
            objectName: "teamSyncNow"
            text: qsTr("Sync now")
            onClicked: Team.syncNow()
        }
        Button {
            objectName: "teamConflictsButton"
            text: qsTr("Conflicts (%1)…").arg(Team.conflictCount)
            enabled: Team.conflictCount > 0
            onClicked: section.conflictsRequested()
        }
        Item { Layout.fillWidth: true }
        Button {
            objectName: "teamLeaveButton"
            text: qsTr("Leave team…")
            onClicked: {
                leaveQuestion.text = Team.leaveQuestion()
                section.confirmingLeave = true
                stayButton.forceActiveFocus()
            }
        }
    }
    Pane {
        objectName: "teamLeaveQuestion"
        visible: Team.linked && section.confirmingLeave
        Material.elevation: 1
        Layout.fillWidth: true
        ColumnLayout {
            anchors.left: parent.left
            anchors.right: parent.right
            spacing: 8
            Label {
                id: leaveQuestion
                textFormat: Text.PlainText
                wrapMode: Text.Wrap
                Layout.fillWidth: true
            }
            RowLayout {
                spacing: 8
                Item { Layout.fillWidth: true }
                Button {
                    id: stayButton
                    objectName: "teamStayButton"
                    text: qsTr("Stay in the team")
                    onClicked: section.confirmingLeave = false
                }
                Button {
                    objectName: "teamLeaveConfirm"
                    text: qsTr("Leave team")
                    highlighted: true
                    Material.accent: Theme.negative
                    onClicked: {
                        Team.leave()
                        section.confirmingLeave = false
                    }
                }
            }
        }
    }

    Label {
        objectName: "teamMessage"
        visible: text !== ""
        text: Team.message
        textFormat: Text.PlainText
        color: Team.messageIsError ? Theme.error : Material.foreground
        wrapMode: Text.Wrap
        Layout.fillWidth: true
    }
}
