<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>AnchorField</name>
    <message>
        <location filename="../qml/components/AnchorField.qml" line="28"/>
        <source>What an answer at this level sounds like</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BankImportJob</name>
    <message>
        <location filename="../models/exchange/bankimportjob.cpp" line="69"/>
        <source>%1: %2 added, %3 updated, %4 unchanged, 0 rejected.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BankPage</name>
    <message>
        <location filename="../qml/pages/BankPage.qml" line="89"/>
        <source>New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/BankPage.qml" line="92"/>
        <source>New question (Ctrl+N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/BankPage.qml" line="95"/>
        <source>Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/BankPage.qml" line="99"/>
        <source>Edit the selected question (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/BankPage.qml" line="102"/>
        <source>Duplicate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/BankPage.qml" line="106"/>
        <source>Edit a copy of the selected question (Ctrl+D)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/BankPage.qml" line="110"/>
        <source>Restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/BankPage.qml" line="110"/>
        <source>Archive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/BankPage.qml" line="114"/>
        <source>Bring the question back (Delete)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/BankPage.qml" line="115"/>
        <source>Hide the question from lists and plans (Delete)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/BankPage.qml" line="118"/>
        <source>Delete…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/BankPage.qml" line="124"/>
        <source>Categories…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/BankPage.qml" line="133"/>
        <source>Import…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/BankPage.qml" line="137"/>
        <source>Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/BankPage.qml" line="163"/>
        <source>Search questions (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/BankPage.qml" line="193"/>
        <source>All categories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/BankPage.qml" line="200"/>
        <source>All levels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/BankPage.qml" line="207"/>
        <source>All kinds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/BankPage.qml" line="214"/>
        <source>All tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/BankPage.qml" line="233"/>
        <source>All questions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/BankPage.qml" line="234"/>
        <source>Matches for “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/BankPage.qml" line="238"/>
        <source>Archived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/BankPage.qml" line="250"/>
        <source>Best match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/BankPage.qml" line="251"/>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/BankPage.qml" line="252"/>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/BankPage.qml" line="253"/>
        <source>Last edited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/BankPage.qml" line="297"/>
        <source>Every word you type must appear in a question; words match by their beginning. Try fewer or shorter words, or clear the filters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/BankPage.qml" line="323"/>
        <source>Delete this question for good?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/BankPage.qml" line="327"/>
        <source>Deleting cannot be undone; plans that use the question lose it. Archiving hides it instead and keeps it for past interviews.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/BankPage.qml" line="331"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/BankPage.qml" line="337"/>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/BankPage.qml" line="346"/>
        <source>Archive instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/BankPage.qml" line="231"/>
        <source>No matches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/BankPage.qml" line="296"/>
        <source>No question matches</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CategoriesDialog</name>
    <message>
        <location filename="../qml/components/CategoriesDialog.qml" line="15"/>
        <source>Categories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/CategoriesDialog.qml" line="33"/>
        <source>New category name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/CategoriesDialog.qml" line="39"/>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/components/CategoriesDialog.qml" line="85"/>
        <source>%n question(s)</source>
        <translation>
            <numerusform>%n question</numerusform>
            <numerusform>%n questions</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../qml/components/CategoriesDialog.qml" line="100"/>
        <source>Merge…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/CategoriesDialog.qml" line="109"/>
        <source>Delete…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/CategoriesDialog.qml" line="123"/>
        <source>Alt+Up / Alt+Down in a name moves the category.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/CategoriesDialog.qml" line="138"/>
        <source>Merge “%1” into…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/CategoriesDialog.qml" line="139"/>
        <source>Delete “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/CategoriesDialog.qml" line="145"/>
        <source>Its questions move to the category you choose, and “%1” goes away.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/CategoriesDialog.qml" line="146"/>
        <source>“%1” still holds questions. Choose where they go.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CategoryRepository</name>
    <message>
        <location filename="../models/bank/categoryrepository.cpp" line="80"/>
        <location filename="../models/bank/categoryrepository.cpp" line="131"/>
        <source>That category no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/bank/categoryrepository.cpp" line="87"/>
        <source>A category needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/bank/categoryrepository.cpp" line="89"/>
        <source>There is already a category named &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/bank/categoryrepository.cpp" line="140"/>
        <source>A category cannot be merged into itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/bank/categoryrepository.cpp" line="154"/>
        <source>&quot;%1&quot; holds %2 question(s); choose the category they move to.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CoverageBars</name>
    <message>
        <location filename="../qml/components/CoverageBars.qml" line="50"/>
        <source>%1 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/CoverageBars.qml" line="58"/>
        <source>Nothing yet</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <location filename="../models/storage/database.cpp" line="44"/>
        <source>Cannot open database %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/storage/database.cpp" line="53"/>
        <source>Database %1 was written by a newer version of Panelist (schema version %2; this version reads up to %3). Update Panelist to open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/storage/database.cpp" line="63"/>
        <source>Database %1 is damaged: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/storage/database.cpp" line="69"/>
        <source>Database %1 is not set up yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/storage/database.cpp" line="76"/>
        <source>Database %1 cannot be used: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/storage/database.cpp" line="105"/>
        <source>Database %1 is a folder, not a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/storage/database.cpp" line="111"/>
        <source>Cannot read database %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/storage/database.cpp" line="115"/>
        <source>%1 is not a Panelist database (it is not an SQLite file). It was left untouched; choose another file with --database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/storage/database.cpp" line="123"/>
        <source>Cannot create folder %1 for the database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/storage/database.cpp" line="128"/>
        <source>Cannot create database %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/storage/database.cpp" line="142"/>
        <source>Database %1 cannot use write-ahead logging (journal mode is %2).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DraftDialog</name>
    <message>
        <location filename="../qml/components/DraftDialog.qml" line="15"/>
        <source>Unsaved question found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/DraftDialog.qml" line="20"/>
        <source>Panelist closed while “%1” had unsaved changes. Continue editing it?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/DraftDialog.qml" line="21"/>
        <source>a new question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/DraftDialog.qml" line="25"/>
        <source>Discard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/DraftDialog.qml" line="34"/>
        <source>Restore</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EditorPage</name>
    <message>
        <location filename="../qml/pages/EditorPage.qml" line="17"/>
        <source>New question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/EditorPage.qml" line="17"/>
        <source>Edit question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/EditorPage.qml" line="55"/>
        <source>← Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/EditorPage.qml" line="58"/>
        <source>Back to the bank (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/EditorPage.qml" line="68"/>
        <source>Unsaved changes (kept as a draft)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/EditorPage.qml" line="68"/>
        <source>Saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/EditorPage.qml" line="73"/>
        <source>Save (Ctrl+S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/EditorPage.qml" line="109"/>
        <source>Title — a short name for the question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/EditorPage.qml" line="124"/>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/EditorPage.qml" line="125"/>
        <source>Level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/EditorPage.qml" line="126"/>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/EditorPage.qml" line="127"/>
        <source>Minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/EditorPage.qml" line="175"/>
        <source>Tags, separated by commas — e.g. gil, threading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/EditorPage.qml" line="183"/>
        <source>Prompt (Markdown; code in ``` blocks) — preview on the right</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/EditorPage.qml" line="184"/>
        <source>What you ask the candidate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/EditorPage.qml" line="190"/>
        <source>Follow-ups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/EditorPage.qml" line="194"/>
        <source>+ Add follow-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/EditorPage.qml" line="195"/>
        <source>A follow-up question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/EditorPage.qml" line="199"/>
        <source>Rubric criteria</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/EditorPage.qml" line="203"/>
        <source>+ Add criterion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/EditorPage.qml" line="204"/>
        <source>An observable signal, e.g. “names reference counting”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/EditorPage.qml" line="209"/>
        <source>Level anchors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/EditorPage.qml" line="215"/>
        <source>Junior · score 2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/EditorPage.qml" line="220"/>
        <source>Middle · score 3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/EditorPage.qml" line="225"/>
        <source>Senior · score 4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/EditorPage.qml" line="232"/>
        <source>Reference answer (Markdown key points)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/EditorPage.qml" line="233"/>
        <source>- the points a strong answer covers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/EditorPage.qml" line="247"/>
        <source>Keep your changes?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/EditorPage.qml" line="249"/>
        <source>This question has unsaved changes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/EditorPage.qml" line="253"/>
        <source>Keep editing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/EditorPage.qml" line="259"/>
        <source>Discard changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/EditorPage.qml" line="269"/>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../qml/components/ExportDialog.qml" line="7"/>
        <source>Export the question bank</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/ExportDialog.qml" line="9"/>
        <source>JSON (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/ExportDialog.qml" line="9"/>
        <source>Markdown (*.md)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FacetMenu</name>
    <message>
        <location filename="../qml/components/FacetMenu.qml" line="27"/>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../qml/components/ImportDialog.qml" line="6"/>
        <source>Import a question bank</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/ImportDialog.qml" line="7"/>
        <source>Question banks (*.json *.md *.markdown)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/ImportDialog.qml" line="7"/>
        <source>All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportProgressDialog</name>
    <message>
        <location filename="../qml/components/ImportProgressDialog.qml" line="15"/>
        <source>Importing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/ImportProgressDialog.qml" line="15"/>
        <source>Import finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/ImportProgressDialog.qml" line="34"/>
        <source>Nothing was written; the bank is as it was.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/ImportProgressDialog.qml" line="41"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/ImportProgressDialog.qml" line="41"/>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ListEditor</name>
    <message>
        <location filename="../qml/components/ListEditor.qml" line="84"/>
        <source>Move up (Alt+Up)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/ListEditor.qml" line="92"/>
        <source>Move down (Alt+Down)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/ListEditor.qml" line="99"/>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <location filename="../qml/Main.qml" line="17"/>
        <source>Panelist — Question bank</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Main.qml" line="17"/>
        <source>Panelist — Interview plans</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Main.qml" line="61"/>
        <source>Panelist</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/Main.qml" line="72"/>
        <source>Bank · %n question(s)</source>
        <translation>
            <numerusform>Bank · %n question</numerusform>
            <numerusform>Bank · %n questions</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../qml/Main.qml" line="77"/>
        <source>Plans</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Question bank · %n question(s)</source>
        <translation type="vanished">
            <numerusform>Question bank · %n question</numerusform>
            <numerusform>Question bank · %n questions</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../qml/Main.qml" line="83"/>
        <source>Light theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Main.qml" line="83"/>
        <source>Dark theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Main.qml" line="86"/>
        <source>Switch between the light and the dark look</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlanEditor</name>
    <message>
        <location filename="../models/plans/planeditor.cpp" line="99"/>
        <location filename="../models/plans/planeditor.cpp" line="116"/>
        <source>That plan no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/plans/planeditor.cpp" line="169"/>
        <source>Open a plan first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/plans/planeditor.cpp" line="232"/>
        <source>The plan has no question at position %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/plans/planeditor.cpp" line="247"/>
        <source>“%1” is already in this plan.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlanEditorPage</name>
    <message>
        <location filename="../qml/pages/PlanEditorPage.qml" line="54"/>
        <source>← Plans</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/PlanEditorPage.qml" line="57"/>
        <source>Back to the plans (Esc); everything is already saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/PlanEditorPage.qml" line="69"/>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/PlanEditorPage.qml" line="89"/>
        <source>min target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/PlanEditorPage.qml" line="93"/>
        <source>Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/PlanEditorPage.qml" line="97"/>
        <source>Undo the last change (Ctrl+Z)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/PlanEditorPage.qml" line="120"/>
        <source>Find a question to add (Enter adds it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/PlanEditorPage.qml" line="163"/>
        <source>%1 of %2 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/PlanEditorPage.qml" line="178"/>
        <source>%1 min over budget</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/PlanEditorPage.qml" line="179"/>
        <source>%1 min left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/PlanEditorPage.qml" line="211"/>
        <source>This plan has no questions yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/PlanEditorPage.qml" line="212"/>
        <source>Search the bank on the left and press Enter to add the selected question.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/PlanEditorPage.qml" line="221"/>
        <source>Time by category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/PlanEditorPage.qml" line="227"/>
        <source>Time by level</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlanItemRow</name>
    <message>
        <location filename="../qml/components/PlanItemRow.qml" line="48"/>
        <source>also earlier in the plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/PlanItemRow.qml" line="53"/>
        <source>Private note for the interviewer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/PlanItemRow.qml" line="82"/>
        <source>min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/PlanItemRow.qml" line="97"/>
        <source>Remove from the plan</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlanRepository</name>
    <message>
        <location filename="../models/plans/planrepository.cpp" line="139"/>
        <location filename="../models/plans/planrepository.cpp" line="213"/>
        <source>That plan no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/plans/planrepository.cpp" line="147"/>
        <source>That question is no longer in the plan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/plans/planrepository.cpp" line="222"/>
        <source>%1 (copy)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/plans/planrepository.cpp" line="256"/>
        <source>That question is no longer in the bank.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/plans/planrepository.cpp" line="258"/>
        <source>“%1” is archived; restore it to use it in a plan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/plans/planrepository.cpp" line="294"/>
        <source>The plan has no question at position %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/plans/planrepository.cpp" line="330"/>
        <source>A question of this plan is no longer in the bank.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlanRow</name>
    <message numerus="yes">
        <location filename="../qml/components/PlanRow.qml" line="52"/>
        <source>%1 / %2 min
%n question(s)</source>
        <translation>
            <numerusform>%1 / %2 min
%n question</numerusform>
            <numerusform>%1 / %2 min
%n questions</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PlansPage</name>
    <message>
        <location filename="../qml/pages/PlansPage.qml" line="48"/>
        <location filename="../qml/pages/PlansPage.qml" line="121"/>
        <source>New plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/PlansPage.qml" line="51"/>
        <source>New plan (Ctrl+N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/PlansPage.qml" line="54"/>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/PlansPage.qml" line="58"/>
        <source>Open the selected plan (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/PlansPage.qml" line="61"/>
        <source>Duplicate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/PlansPage.qml" line="65"/>
        <source>Copy the selected plan (Ctrl+D)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/PlansPage.qml" line="68"/>
        <source>Delete…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/PlansPage.qml" line="110"/>
        <source>No plans yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/PlansPage.qml" line="111"/>
        <source>A plan is the structured interview every candidate of a role gets. Create one with New plan (Ctrl+N).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/PlansPage.qml" line="141"/>
        <source>Name, e.g. Senior Python — 60 min technical</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/PlansPage.qml" line="147"/>
        <source>Role, e.g. Senior Python developer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/PlansPage.qml" line="152"/>
        <source>Level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/PlansPage.qml" line="158"/>
        <source>Minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/PlansPage.qml" line="176"/>
        <location filename="../qml/pages/PlansPage.qml" line="202"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/PlansPage.qml" line="181"/>
        <source>Create</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/PlansPage.qml" line="194"/>
        <source>Delete this plan?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/PlansPage.qml" line="198"/>
        <source>The plan goes; interviews already run from it keep everything they recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/PlansPage.qml" line="207"/>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <location filename="../models/bank/bankrepository.cpp" line="193"/>
        <source>A question with uuid %1 already exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/bank/bankrepository.cpp" line="206"/>
        <source>Question %1 no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/bank/bankrepository.cpp" line="248"/>
        <source>Import cancelled; nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QuestionBank</name>
    <message>
        <location filename="../models/bank/questionbank.cpp" line="99"/>
        <source>Archived “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/bank/questionbank.cpp" line="99"/>
        <source>Restored “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/bank/questionbank.cpp" line="115"/>
        <source>Deleted “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../models/bank/questionbank.cpp" line="127"/>
        <source>Exported %n question(s) to %1.</source>
        <translation>
            <numerusform>Exported %n question to %1.</numerusform>
            <numerusform>Exported %n questions to %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>QuestionDelegate</name>
    <message>
        <location filename="../qml/components/QuestionDelegate.qml" line="58"/>
        <source>archived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/QuestionDelegate.qml" line="60"/>
        <source>%1 · %2 min</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QuestionDetail</name>
    <message>
        <location filename="../qml/components/QuestionDetail.qml" line="24"/>
        <source>No question selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/QuestionDetail.qml" line="25"/>
        <source>Pick a question on the left, or type in the search field to find one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/QuestionDetail.qml" line="56"/>
        <source>archived</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/components/QuestionDetail.qml" line="60"/>
        <source>%n min</source>
        <translation>
            <numerusform>%n min</numerusform>
            <numerusform>%n min</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../qml/components/QuestionDetail.qml" line="70"/>
        <source>Question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/QuestionDetail.qml" line="84"/>
        <source>Follow-ups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/QuestionDetail.qml" line="108"/>
        <source>Rubric criteria</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/QuestionDetail.qml" line="120"/>
        <source>What each level sounds like</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/QuestionDetail.qml" line="129"/>
        <source>Junior · score 2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/QuestionDetail.qml" line="130"/>
        <source>Middle · score 3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/QuestionDetail.qml" line="131"/>
        <source>Senior · score 4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/QuestionDetail.qml" line="153"/>
        <source>Reference answer</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QuestionEditor</name>
    <message>
        <location filename="../models/bank/questioneditor.cpp" line="94"/>
        <source>That question no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/bank/questioneditor.cpp" line="117"/>
        <source>%1 (copy)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/bank/questioneditor.cpp" line="176"/>
        <source>A title is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/bank/questioneditor.cpp" line="181"/>
        <source>Choose or type a category.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/bank/questioneditor.cpp" line="187"/>
        <source>Minutes must be between 1 and 90.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/bank/questioneditor.cpp" line="196"/>
        <source>Add at least one rubric criterion.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/bank/questioneditor.cpp" line="216"/>
        <source>Fix the marked fields before saving.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/bank/questioneditor.cpp" line="265"/>
        <source>Could not keep a draft: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StartupError</name>
    <message>
        <location filename="../qml/StartupError.qml" line="16"/>
        <source>Panelist — cannot open the database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/StartupError.qml" line="25"/>
        <source>Panelist cannot open its database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/StartupError.qml" line="36"/>
        <source>The file was left exactly as it was. Start Panelist with --database PATH to use another file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/StartupError.qml" line="43"/>
        <source>Quit</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bankcheck</name>
    <message>
        <location filename="../models/exchange/bankdocument.cpp" line="24"/>
        <source>question %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/exchange/bankdocument.cpp" line="25"/>
        <source>question %1 (&quot;%2&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/exchange/bankdocument.cpp" line="49"/>
        <source>%1: field &quot;uuid&quot; is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/exchange/bankdocument.cpp" line="52"/>
        <source>%1: field &quot;uuid&quot; is not a valid UUID: &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/exchange/bankdocument.cpp" line="54"/>
        <source>%1: field &quot;title&quot; is missing or empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/exchange/bankdocument.cpp" line="56"/>
        <source>%1: field &quot;category&quot; is missing or empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/exchange/bankdocument.cpp" line="59"/>
        <source>%1: field &quot;level&quot; must be one of %2, not &quot;%3&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/exchange/bankdocument.cpp" line="63"/>
        <source>%1: field &quot;kind&quot; must be one of %2, not &quot;%3&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/exchange/bankdocument.cpp" line="66"/>
        <source>%1: field &quot;minutes&quot; must be between 1 and 90, not %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/exchange/bankdocument.cpp" line="71"/>
        <source>%1: tag &quot;%2&quot; must not contain a comma.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/exchange/bankdocument.cpp" line="80"/>
        <source>%1: a category has an empty name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/exchange/bankdocument.cpp" line="83"/>
        <source>%1: category &quot;%2&quot; is listed twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/exchange/bankdocument.cpp" line="92"/>
        <source>%1, %2: field &quot;uuid&quot; repeats the uuid %3 of %4; each question needs its own.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bankfiles</name>
    <message>
        <location filename="../models/exchange/bankfiles.cpp" line="35"/>
        <source>%1: unknown file type &quot;%2&quot;; use a .json or .md file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/exchange/bankfiles.cpp" line="45"/>
        <source>Cannot read %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/exchange/bankfiles.cpp" line="47"/>
        <source>%1: the file is %2 MB, too large for a question bank.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/exchange/bankfiles.cpp" line="52"/>
        <source>%1: the file is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/exchange/bankfiles.cpp" line="55"/>
        <source>%1: this is a binary file, not a question bank (byte %2 is zero).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/exchange/bankfiles.cpp" line="62"/>
        <source>%1: the file is not UTF-8 text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/exchange/bankfiles.cpp" line="72"/>
        <location filename="../models/exchange/bankfiles.cpp" line="75"/>
        <source>Cannot write %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bankjson</name>
    <message>
        <location filename="../models/exchange/bankjson.cpp" line="157"/>
        <source>line %1, column %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/exchange/bankjson.cpp" line="166"/>
        <location filename="../models/exchange/bankjson.cpp" line="265"/>
        <source>%1: must be an object, not %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/exchange/bankjson.cpp" line="239"/>
        <source>%1, %2: not valid JSON: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/exchange/bankjson.cpp" line="244"/>
        <source>%1: the top level must be an object with &quot;format&quot;: &quot;panelist-bank&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/exchange/bankjson.cpp" line="249"/>
        <source>must be &quot;panelist-bank&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/exchange/bankjson.cpp" line="253"/>
        <source>is %1, but this Panelist reads format version %2; update Panelist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/exchange/bankjson.cpp" line="262"/>
        <source>%1, category %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bankjson::Fields</name>
    <message>
        <location filename="../models/exchange/bankjson.cpp" line="51"/>
        <source>is not a field of this format (known: %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/exchange/bankjson.cpp" line="58"/>
        <source>%1: field &quot;%2&quot; %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/exchange/bankjson.cpp" line="67"/>
        <location filename="../models/exchange/bankjson.cpp" line="80"/>
        <location filename="../models/exchange/bankjson.cpp" line="129"/>
        <source>is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/exchange/bankjson.cpp" line="68"/>
        <source>must be a string, not %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/exchange/bankjson.cpp" line="81"/>
        <source>must be a whole number, not %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/exchange/bankjson.cpp" line="91"/>
        <source>must be true or false, not %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/exchange/bankjson.cpp" line="101"/>
        <source>must be a list of strings, not %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/exchange/bankjson.cpp" line="107"/>
        <source>item %1 must be a string, not %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/exchange/bankjson.cpp" line="119"/>
        <source>must be an object, not %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/exchange/bankjson.cpp" line="130"/>
        <source>must be a list, not %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bankmarkdown::Reader</name>
    <message>
        <location filename="../models/exchange/bankmarkdown.cpp" line="124"/>
        <source>the file is format version %1, but this Panelist reads version %2; update Panelist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/exchange/bankmarkdown.cpp" line="160"/>
        <source>%1, line %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/exchange/bankmarkdown.cpp" line="184"/>
        <source>question &quot;%1&quot; comes before any &quot;## Category&quot; heading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/exchange/bankmarkdown.cpp" line="197"/>
        <source>heading &quot;%1&quot; is outside any &quot;### Question&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/exchange/bankmarkdown.cpp" line="211"/>
        <source>unknown section &quot;%1&quot; (expected Prompt, Reference answer, Follow-ups, Criteria or Anchors)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/exchange/bankmarkdown.cpp" line="218"/>
        <source>heading &quot;%1&quot; belongs under &quot;#### Anchors&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/exchange/bankmarkdown.cpp" line="226"/>
        <source>unknown anchor &quot;%1&quot; (expected Junior, Middle or Senior)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/exchange/bankmarkdown.cpp" line="236"/>
        <source>text &quot;%1&quot; is outside any section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/exchange/bankmarkdown.cpp" line="259"/>
        <source>expected a &quot;- field: value&quot; line or a &quot;#### Section&quot; heading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/exchange/bankmarkdown.cpp" line="272"/>
        <source>field &quot;minutes&quot; must be a whole number, not &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/exchange/bankmarkdown.cpp" line="279"/>
        <source>field &quot;archived&quot; must be yes or no, not &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/exchange/bankmarkdown.cpp" line="282"/>
        <source>unknown field &quot;%1&quot; (known: uuid, level, kind, minutes, tags, archived)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/exchange/bankmarkdown.cpp" line="298"/>
        <source>expected a numbered list item (&quot;1. ...&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/exchange/bankmarkdown.cpp" line="338"/>
        <source>%1, line %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/exchange/bankmarkdown.cpp" line="343"/>
        <source>%1: field &quot;level&quot; is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/exchange/bankmarkdown.cpp" line="345"/>
        <source>%1: field &quot;kind&quot; is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/exchange/bankmarkdown.cpp" line="347"/>
        <source>%1: field &quot;minutes&quot; is missing.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message>
        <location filename="../app/cli.cpp" line="30"/>
        <source>Usage: panelist [--database PATH] [COMMAND]

Without a command, opens the Panelist window.

Commands:
  bank search QUERY [--level L] [--category C] [--kind K] [--json] [--limit N]
                        search the question bank (prefix match, best first)
  bank import FILE      import a bank file (.json or .md); all or nothing
  bank export FILE      export the whole bank (.json or .md)

Options:
  --database PATH       the SQLite database to use (default: %1;
                        the PANELIST_DATABASE environment variable also sets it)
  -h, --help            show this help
  -v, --version         show the version
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli.cpp" line="83"/>
        <source>option %1 needs a value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli.cpp" line="101"/>
        <source>option %1 does not apply to this command</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli.cpp" line="105"/>
        <source>unknown option %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli.cpp" line="112"/>
        <source>usage: panelist %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli.cpp" line="118"/>
        <source>%1 must be one of %2, not &quot;%3&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli.cpp" line="141"/>
        <source>--limit must be a positive whole number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli.cpp" line="163"/>
        <source>No questions match &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli.cpp" line="177"/>
        <source>Imported %1: %2 added, %3 updated, %4 unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli.cpp" line="194"/>
        <source>Exported %1 questions to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli.cpp" line="244"/>
        <source>a command is needed after the options</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli.cpp" line="245"/>
        <source>unknown command &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli.cpp" line="247"/>
        <source> (see panelist --help)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sql</name>
    <message>
        <location filename="../models/storage/sql.cpp" line="15"/>
        <source>Database error preparing %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/storage/sql.cpp" line="26"/>
        <source>Database error running %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
