pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import Panelist.Core

// The plans section: the list of plans, and the plan editor over it. Built the first
// time it is shown.
StackView {
    id: planStack
    objectName: "planStack"

    signal startRequested(int planId, string name, string role)

    // The plans page, built on first use.
    function plansPage(): PlansPage {
        plansLoader.active = true
        return plansLoader.item as PlansPage
    }
    function focusList() {
        planStack.plansPage().focusList()
    }

    initialItem: plansLoader

    Loader {
        id: plansLoader
        active: false
        source: "PlansPage.qml"
    }
    Connections {
        target: plansLoader.item as PlansPage
        function onOpenRequested(id: int) {
            if (PlanBook.editor.open(id))
                planStack.push(planEditorPage)
        }
        function onStartRequested(id: int, name: string, role: string) {
            planStack.startRequested(id, name, role)
        }
    }

    Component {
        id: planEditorPage
        PlanEditorPage {
            onDone: {
                planStack.pop()
                planStack.focusList()
            }
        }
    }
}
