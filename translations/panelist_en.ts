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
        <location filename="../qml/pages/BankPage.qml" line="91"/>
        <source>New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/BankPage.qml" line="94"/>
        <source>New question (Ctrl+N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/BankPage.qml" line="97"/>
        <source>Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/BankPage.qml" line="101"/>
        <source>Edit the selected question (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/BankPage.qml" line="104"/>
        <source>Duplicate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/BankPage.qml" line="108"/>
        <source>Edit a copy of the selected question (Ctrl+D)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/BankPage.qml" line="112"/>
        <source>Restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/BankPage.qml" line="112"/>
        <source>Archive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/BankPage.qml" line="116"/>
        <source>Bring the question back (Delete)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/BankPage.qml" line="117"/>
        <source>Hide the question from lists and plans (Delete)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/BankPage.qml" line="120"/>
        <source>Delete…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/BankPage.qml" line="126"/>
        <source>Categories…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/BankPage.qml" line="135"/>
        <source>Import…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/BankPage.qml" line="139"/>
        <source>Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/BankPage.qml" line="165"/>
        <source>Search questions (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/BankPage.qml" line="195"/>
        <source>All categories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/BankPage.qml" line="202"/>
        <source>All levels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/BankPage.qml" line="209"/>
        <source>All kinds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/BankPage.qml" line="216"/>
        <source>All tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/BankPage.qml" line="235"/>
        <source>All questions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/BankPage.qml" line="236"/>
        <source>Matches for “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/BankPage.qml" line="240"/>
        <source>Archived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/BankPage.qml" line="252"/>
        <source>Best match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/BankPage.qml" line="253"/>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/BankPage.qml" line="254"/>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/BankPage.qml" line="255"/>
        <source>Last edited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/BankPage.qml" line="299"/>
        <source>Every word you type must appear in a question; words match by their beginning. Try fewer or shorter words, or clear the filters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/BankPage.qml" line="325"/>
        <source>Delete this question for good?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/BankPage.qml" line="329"/>
        <source>Deleting cannot be undone; plans that use the question lose it. Archiving hides it instead and keeps it for past interviews.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/BankPage.qml" line="333"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/BankPage.qml" line="339"/>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/BankPage.qml" line="348"/>
        <source>Archive instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/BankPage.qml" line="233"/>
        <source>No matches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/BankPage.qml" line="298"/>
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
    <name>CheatSheet</name>
    <message>
        <location filename="../qml/components/CheatSheet.qml" line="17"/>
        <source>Next question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/CheatSheet.qml" line="18"/>
        <source>Previous question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/CheatSheet.qml" line="19"/>
        <source>Skip this question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/CheatSheet.qml" line="20"/>
        <source>Score: no signal, junior, middle, senior (again clears)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/CheatSheet.qml" line="21"/>
        <source>Mark rubric criterion N met</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/CheatSheet.qml" line="22"/>
        <source>Mark follow-up N asked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/CheatSheet.qml" line="23"/>
        <source>Add a follow-up you asked (Enter adds, Esc goes back)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/CheatSheet.qml" line="24"/>
        <source>Flag: strong signal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/CheatSheet.qml" line="25"/>
        <source>Flag: concern</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/CheatSheet.qml" line="26"/>
        <source>New notes line, stamped with the time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/CheatSheet.qml" line="27"/>
        <source>Pause or resume the clocks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/CheatSheet.qml" line="28"/>
        <source>Finish: recommendation and summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/CheatSheet.qml" line="29"/>
        <source>Reopen a finished interview to amend it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/CheatSheet.qml" line="30"/>
        <source>Previous or next section of the window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/CheatSheet.qml" line="31"/>
        <source>This sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/CheatSheet.qml" line="44"/>
        <source>Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/CheatSheet.qml" line="49"/>
        <source>The focus stays in the notes while you score and move.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CompareModel</name>
    <message>
        <location filename="../models/interviews/comparemodel.cpp" line="58"/>
        <source>Candidate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/interviews/comparemodel.cpp" line="58"/>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/interviews/comparemodel.cpp" line="58"/>
        <source>Recommendation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/interviews/comparemodel.cpp" line="80"/>
        <source>%1 (live)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/interviews/comparemodel.cpp" line="346"/>
        <source>No file was chosen for the table.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/interviews/comparemodel.cpp" line="353"/>
        <location filename="../models/interviews/comparemodel.cpp" line="358"/>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ComparePage</name>
    <message>
        <location filename="../qml/pages/ComparePage.qml" line="44"/>
        <source>‹ Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/ComparePage.qml" line="47"/>
        <source>Back to the history (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/ComparePage.qml" line="50"/>
        <source>Compare candidates of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/ComparePage.qml" line="69"/>
        <source>Export CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/ComparePage.qml" line="152"/>
        <source>Nobody to compare yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/ComparePage.qml" line="153"/>
        <source>Candidates appear here once they have had an interview from this plan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/ComparePage.qml" line="161"/>
        <source>Save the comparison as CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/ComparePage.qml" line="163"/>
        <source>CSV (*.csv)</source>
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
        <location filename="../qml/pages/EditorPage.qml" line="56"/>
        <source>← Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/EditorPage.qml" line="59"/>
        <source>Back to the bank (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/EditorPage.qml" line="69"/>
        <source>Unsaved changes (kept as a draft)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/EditorPage.qml" line="69"/>
        <source>Saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/EditorPage.qml" line="74"/>
        <source>Save (Ctrl+S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/EditorPage.qml" line="110"/>
        <source>Title — a short name for the question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/EditorPage.qml" line="125"/>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/EditorPage.qml" line="126"/>
        <source>Level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/EditorPage.qml" line="127"/>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/EditorPage.qml" line="128"/>
        <source>Minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/EditorPage.qml" line="176"/>
        <source>Tags, separated by commas — e.g. gil, threading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/EditorPage.qml" line="184"/>
        <source>Prompt (Markdown; code in ``` blocks) — preview on the right</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/EditorPage.qml" line="185"/>
        <source>What you ask the candidate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/EditorPage.qml" line="191"/>
        <source>Follow-ups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/EditorPage.qml" line="195"/>
        <source>+ Add follow-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/EditorPage.qml" line="196"/>
        <source>A follow-up question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/EditorPage.qml" line="200"/>
        <source>Rubric criteria</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/EditorPage.qml" line="204"/>
        <source>+ Add criterion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/EditorPage.qml" line="205"/>
        <source>An observable signal, e.g. “names reference counting”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/EditorPage.qml" line="210"/>
        <source>Level anchors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/EditorPage.qml" line="216"/>
        <source>Junior · score 2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/EditorPage.qml" line="221"/>
        <source>Middle · score 3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/EditorPage.qml" line="226"/>
        <source>Senior · score 4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/EditorPage.qml" line="233"/>
        <source>Reference answer (Markdown key points)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/EditorPage.qml" line="234"/>
        <source>- the points a strong answer covers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/EditorPage.qml" line="248"/>
        <source>Keep your changes?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/EditorPage.qml" line="250"/>
        <source>This question has unsaved changes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/EditorPage.qml" line="254"/>
        <source>Keep editing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/EditorPage.qml" line="260"/>
        <source>Discard changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/EditorPage.qml" line="270"/>
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
    <name>FinishDialog</name>
    <message>
        <location filename="../qml/components/FinishDialog.qml" line="14"/>
        <source>Finish the interview with %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/FinishDialog.qml" line="30"/>
        <source>Choose a recommendation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/FinishDialog.qml" line="35"/>
        <source>Write a summary for the hiring team.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/FinishDialog.qml" line="51"/>
        <source>Recommendation (1–4 or arrows)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/FinishDialog.qml" line="60"/>
        <source>Strong no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/FinishDialog.qml" line="60"/>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/FinishDialog.qml" line="60"/>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/FinishDialog.qml" line="60"/>
        <source>Strong yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/FinishDialog.qml" line="97"/>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/FinishDialog.qml" line="107"/>
        <source>What the hiring team should know: strengths, concerns, level.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/FinishDialog.qml" line="126"/>
        <source>Keep going</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/FinishDialog.qml" line="132"/>
        <source>Finish (Ctrl+Enter)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HistoryPage</name>
    <message>
        <location filename="../qml/pages/HistoryPage.qml" line="25"/>
        <source>All plans</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/HistoryPage.qml" line="65"/>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/HistoryPage.qml" line="69"/>
        <source>Open in the interview console, to continue or amend (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/HistoryPage.qml" line="73"/>
        <source>PDF summary…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/HistoryPage.qml" line="77"/>
        <source>Preview the summary for the hiring team, then save it (Ctrl+P)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/HistoryPage.qml" line="80"/>
        <source>Compare plan…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/HistoryPage.qml" line="84"/>
        <source>Every candidate of this plan side by side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/HistoryPage.qml" line="88"/>
        <source>Delete…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/HistoryPage.qml" line="92"/>
        <source>Erase this interview from the database (Delete)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/HistoryPage.qml" line="96"/>
        <source>Delete candidate…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/HistoryPage.qml" line="100"/>
        <source>Erase every interview of this candidate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/HistoryPage.qml" line="117"/>
        <source>Search candidate, role, plan, interviewer (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/HistoryPage.qml" line="136"/>
        <source>All interviews</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/HistoryPage.qml" line="137"/>
        <source>Live</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/HistoryPage.qml" line="138"/>
        <source>Finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/pages/HistoryPage.qml" line="154"/>
        <source>%n interview(s)</source>
        <translation>
            <numerusform>%n interview</numerusform>
            <numerusform>%n interviews</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../qml/pages/HistoryPage.qml" line="185"/>
        <source>No interview matches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/HistoryPage.qml" line="185"/>
        <source>No interviews yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/HistoryPage.qml" line="186"/>
        <source>Try fewer letters, or clear the filters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/HistoryPage.qml" line="187"/>
        <source>Run one from a plan (Plans, Ctrl+Enter); finished interviews land here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/HistoryPage.qml" line="208"/>
        <source>Delete everything about %1?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/HistoryPage.qml" line="209"/>
        <source>Delete this interview?</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/pages/HistoryPage.qml" line="222"/>
        <source>All %n interview(s) of %1 go: notes, scores, criteria, follow-ups, recommendations and summaries. They are erased from the database file itself, not just hidden. This cannot be undone.</source>
        <translation>
            <numerusform>All %n interview of %1 go: notes, scores, criteria, follow-ups, recommendations and summaries. They are erased from the database file itself, not just hidden. This cannot be undone.</numerusform>
            <numerusform>All %n interviews of %1 go: notes, scores, criteria, follow-ups, recommendations and summaries. They are erased from the database file itself, not just hidden. This cannot be undone.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../qml/pages/HistoryPage.qml" line="223"/>
        <source>The interview with %1 on %2 (%3) goes: its notes, scores, criteria, follow-ups, recommendation and summary. It is erased from the database file itself, not just hidden. This cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/HistoryPage.qml" line="228"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/HistoryPage.qml" line="234"/>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HistoryRow</name>
    <message>
        <location filename="../qml/components/HistoryRow.qml" line="52"/>
        <source>live</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/HistoryRow.qml" line="58"/>
        <source>amended</source>
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
    <name>Interview</name>
    <message>
        <location filename="../models/interviews/interview.cpp" line="160"/>
        <source>Strong no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/interviews/interview.cpp" line="162"/>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/interviews/interview.cpp" line="164"/>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/interviews/interview.cpp" line="166"/>
        <source>Strong yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/interviews/interview.cpp" line="185"/>
        <source>%1 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/interviews/interview.cpp" line="192"/>
        <source>No signal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/interviews/interview.cpp" line="194"/>
        <source>Junior</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/interviews/interview.cpp" line="196"/>
        <source>Middle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/interviews/interview.cpp" line="198"/>
        <source>Senior</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/interviews/interview.cpp" line="207"/>
        <source>Not scored</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InterviewDesk</name>
    <message>
        <location filename="../models/interviews/interviewdesk.cpp" line="102"/>
        <source>The scheduled time &quot;%1&quot; is not of the form YYYY-MM-DD HH:MM.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/interviews/interviewdesk.cpp" line="131"/>
        <location filename="../models/interviews/interviewdesk.cpp" line="233"/>
        <location filename="../models/interviews/interviewdesk.cpp" line="332"/>
        <source>There is no interview with id %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/interviews/interviewdesk.cpp" line="193"/>
        <source>The page size is A4 or Letter, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/interviews/interviewdesk.cpp" line="318"/>
        <source>Removed 1 finished interview older than %1 days (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/interviews/interviewdesk.cpp" line="319"/>
        <source>Removed %1 finished interviews older than %2 days (%3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/interviews/interviewdesk.cpp" line="354"/>
        <source>Cannot create a folder for the preview: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/interviews/interviewdesk.cpp" line="373"/>
        <source>No file was chosen for the PDF.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InterviewRecord</name>
    <message>
        <location filename="../qml/components/InterviewRecord.qml" line="41"/>
        <source>interviewed by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/InterviewRecord.qml" line="57"/>
        <source>live</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/InterviewRecord.qml" line="61"/>
        <source>amended after the call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/InterviewRecord.qml" line="73"/>
        <source>Questions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/InterviewRecord.qml" line="128"/>
        <source>skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/InterviewRecord.qml" line="129"/>
        <source>strong signal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/InterviewRecord.qml" line="130"/>
        <source>concern</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/InterviewRecord.qml" line="165"/>
        <source>**Follow-ups asked:** %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InterviewRecordModel</name>
    <message>
        <location filename="../models/interviews/interviewrecordmodel.cpp" line="39"/>
        <source>%1:%2 of %3 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/interviews/interviewrecordmodel.cpp" line="64"/>
        <source> (added)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InterviewRepository</name>
    <message>
        <location filename="../models/interviews/interviewrepository.cpp" line="53"/>
        <source>An interview needs the candidate&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/interviews/interviewrepository.cpp" line="55"/>
        <source>The plan &quot;%1&quot; has no questions to ask.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/interviews/interviewrepository.cpp" line="239"/>
        <source>A finished interview needs a recommendation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/interviews/interviewrepository.cpp" line="270"/>
        <source>A score is 1 to 4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/interviews/interviewrepository.cpp" line="314"/>
        <source>A follow-up needs some text.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InterviewStart</name>
    <message>
        <location filename="../models/interviews/interviewstart.cpp" line="18"/>
        <source>There is no plan with id %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/interviews/interviewstart.cpp" line="24"/>
        <source>The question &quot;%1&quot; is gone from the bank.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ListEditor</name>
    <message>
        <location filename="../qml/components/ListEditor.qml" line="78"/>
        <source>Move up (Alt+Up)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/ListEditor.qml" line="86"/>
        <source>Move down (Alt+Down)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/ListEditor.qml" line="93"/>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LiveInterview</name>
    <message>
        <location filename="../models/interviews/liveinterview.cpp" line="28"/>
        <source>Notes are not reaching the disk (%1); they are kept and tried again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/interviews/liveinterview.cpp" line="110"/>
        <source>On time</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../models/interviews/liveinterview.cpp" line="112"/>
        <source>%n min ahead</source>
        <translation>
            <numerusform>%n min ahead</numerusform>
            <numerusform>%n min ahead</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../models/interviews/liveinterview.cpp" line="113"/>
        <source>%n min behind</source>
        <translation>
            <numerusform>%n min behind</numerusform>
            <numerusform>%n min behind</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../models/interviews/liveinterview.cpp" line="131"/>
        <source>Behind with nothing left to skip: shorten the current question.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../models/interviews/liveinterview.cpp" line="132"/>
        <source>Even skipping all that is left (%n min) will not catch up: wrap this question up and keep the rest short.</source>
        <translation>
            <numerusform>Even skipping all that is left (%n min) will not catch up: wrap this question up and keep the rest short.</numerusform>
            <numerusform>Even skipping all that is left (%n min) will not catch up: wrap this question up and keep the rest short.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../models/interviews/liveinterview.cpp" line="139"/>
        <source>To catch up, consider skipping: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/interviews/liveinterview.cpp" line="150"/>
        <source>The answer shows nothing the question looks for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/interviews/liveinterview.cpp" line="352"/>
        <source>Choose a recommendation to finish.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/interviews/liveinterview.cpp" line="356"/>
        <source>Write a summary to finish.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LivePage</name>
    <message>
        <location filename="../qml/pages/LivePage.qml" line="130"/>
        <source>finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/LivePage.qml" line="130"/>
        <source>paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/LivePage.qml" line="134"/>
        <source>amended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/LivePage.qml" line="140"/>
        <source>%1 of %2 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/LivePage.qml" line="153"/>
        <source>Resume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/LivePage.qml" line="153"/>
        <source>Pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/LivePage.qml" line="158"/>
        <source>Stop or restart the clocks (Ctrl+P)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/LivePage.qml" line="161"/>
        <source>Finish…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/LivePage.qml" line="166"/>
        <source>Recommendation and summary, then end the call (Ctrl+E)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/LivePage.qml" line="170"/>
        <source>Reopen to amend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/LivePage.qml" line="173"/>
        <source>Edit the record again; it is marked amended (Ctrl+R)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/LivePage.qml" line="181"/>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/LivePage.qml" line="187"/>
        <source>Keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/LivePage.qml" line="191"/>
        <source>Every shortcut of the live view (F1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/LivePage.qml" line="200"/>
        <source>No interview running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/LivePage.qml" line="201"/>
        <source>Start one from a plan: open Plans (Ctrl+2), select a plan and press Ctrl+Enter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/LivePage.qml" line="221"/>
        <source>Finished — recommendation: %1. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/LivePage.qml" line="282"/>
        <source>%1 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/LivePage.qml" line="325"/>
        <source>Question %1 of %2 · %3 of %4 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/LivePage.qml" line="344"/>
        <source>Plan note: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/LivePage.qml" line="367"/>
        <source>Follow-ups · Alt+Shift+number marks asked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/LivePage.qml" line="389"/>
        <source>(added)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/LivePage.qml" line="400"/>
        <source>Ask something else? Type it and press Enter (Ctrl+Shift+A)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/LivePage.qml" line="417"/>
        <source>Rubric · Alt+number marks met</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/LivePage.qml" line="452"/>
        <source>Score · Ctrl+1…4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/LivePage.qml" line="482"/>
        <source>No signal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/LivePage.qml" line="482"/>
        <source>Junior</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/LivePage.qml" line="482"/>
        <source>Middle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/LivePage.qml" line="482"/>
        <source>Senior</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/LivePage.qml" line="499"/>
        <source>★ Strong signal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/LivePage.qml" line="510"/>
        <source>Ctrl+Shift+1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/LivePage.qml" line="514"/>
        <source>⚑ Concern</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/LivePage.qml" line="525"/>
        <source>Ctrl+Shift+2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/LivePage.qml" line="528"/>
        <source>Notes · each line stamped with the time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/LivePage.qml" line="543"/>
        <source>Type while they talk. Enter starts a new stamped line; Ctrl+→ moves on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/LivePage.qml" line="569"/>
        <source>Strong no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/LivePage.qml" line="570"/>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/LivePage.qml" line="571"/>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/LivePage.qml" line="572"/>
        <source>Strong yes</source>
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
        <location filename="../qml/Main.qml" line="18"/>
        <source>Panelist — Interview plans</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Main.qml" line="19"/>
        <source>Panelist — History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Main.qml" line="20"/>
        <source>Panelist — Interview with %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Main.qml" line="21"/>
        <source>Panelist — Interview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Main.qml" line="77"/>
        <source>Panelist</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/Main.qml" line="100"/>
        <source>Bank · %n question(s)</source>
        <translation>
            <numerusform>Bank · %n question</numerusform>
            <numerusform>Bank · %n questions</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../qml/Main.qml" line="105"/>
        <source>Plans</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Main.qml" line="111"/>
        <source>Interview · %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Main.qml" line="111"/>
        <source>Interview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Main.qml" line="116"/>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Main.qml" line="122"/>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Main.qml" line="244"/>
        <source>Saved %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Main.qml" line="441"/>
        <source>Resumed the interview with %1.</source>
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
        <location filename="../qml/Main.qml" line="127"/>
        <source>Light theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Main.qml" line="127"/>
        <source>Dark theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Main.qml" line="130"/>
        <source>Switch between the light and the dark look</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PdfPreviewPage</name>
    <message>
        <location filename="../qml/pages/PdfPreviewPage.qml" line="53"/>
        <source>‹ Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/PdfPreviewPage.qml" line="56"/>
        <source>Back to the history (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/PdfPreviewPage.qml" line="59"/>
        <source>Interview summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/pages/PdfPreviewPage.qml" line="65"/>
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n page</numerusform>
            <numerusform>%n pages</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../qml/pages/PdfPreviewPage.qml" line="81"/>
        <source>Save PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/PdfPreviewPage.qml" line="86"/>
        <source>Choose where to save it (Ctrl+S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/PdfPreviewPage.qml" line="113"/>
        <source>Save the interview summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/PdfPreviewPage.qml" line="115"/>
        <source>PDF (*.pdf)</source>
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
        <location filename="../qml/pages/PlanEditorPage.qml" line="59"/>
        <source>← Plans</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/PlanEditorPage.qml" line="62"/>
        <source>Back to the plans (Esc); everything is already saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/PlanEditorPage.qml" line="74"/>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/PlanEditorPage.qml" line="94"/>
        <source>min target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/PlanEditorPage.qml" line="98"/>
        <source>Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/PlanEditorPage.qml" line="102"/>
        <source>Undo the last change (Ctrl+Z)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/PlanEditorPage.qml" line="125"/>
        <source>Find a question to add (Enter adds it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/PlanEditorPage.qml" line="139"/>
        <source>All categories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/PlanEditorPage.qml" line="145"/>
        <source>All levels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/PlanEditorPage.qml" line="151"/>
        <source>All kinds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/PlanEditorPage.qml" line="157"/>
        <source>All tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/PlanEditorPage.qml" line="197"/>
        <source>%1 of %2 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/PlanEditorPage.qml" line="212"/>
        <source>%1 min over budget</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/PlanEditorPage.qml" line="213"/>
        <source>%1 min left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/PlanEditorPage.qml" line="245"/>
        <source>This plan has no questions yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/PlanEditorPage.qml" line="246"/>
        <source>Search the bank on the left and press Enter to add the selected question.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/PlanEditorPage.qml" line="255"/>
        <source>Time by category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/PlanEditorPage.qml" line="261"/>
        <source>Time by level</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlanItemRow</name>
    <message>
        <location filename="../qml/components/PlanItemRow.qml" line="36"/>
        <source>Drag to move</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/PlanItemRow.qml" line="60"/>
        <source>also earlier in the plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/PlanItemRow.qml" line="65"/>
        <source>Private note for the interviewer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/PlanItemRow.qml" line="94"/>
        <source>min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/PlanItemRow.qml" line="109"/>
        <source>Remove from the plan</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlanRepository</name>
    <message>
        <location filename="../models/plans/planrepository.cpp" line="141"/>
        <location filename="../models/plans/planrepository.cpp" line="215"/>
        <source>That plan no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/plans/planrepository.cpp" line="149"/>
        <source>That question is no longer in the plan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/plans/planrepository.cpp" line="224"/>
        <source>%1 (copy)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/plans/planrepository.cpp" line="258"/>
        <source>That question is no longer in the bank.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/plans/planrepository.cpp" line="260"/>
        <source>“%1” is archived; restore it to use it in a plan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/plans/planrepository.cpp" line="296"/>
        <source>The plan has no question at position %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/plans/planrepository.cpp" line="332"/>
        <source>A question of this plan is no longer in the bank.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/plans/planrepository.cpp" line="405"/>
        <source>Plan &quot;%1&quot;: question %2 is neither in the file nor in the bank.</source>
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
        <location filename="../qml/pages/PlansPage.qml" line="62"/>
        <location filename="../qml/pages/PlansPage.qml" line="144"/>
        <source>New plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/PlansPage.qml" line="65"/>
        <source>New plan (Ctrl+N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/PlansPage.qml" line="68"/>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/PlansPage.qml" line="72"/>
        <source>Open the selected plan (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/PlansPage.qml" line="75"/>
        <source>Duplicate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/PlansPage.qml" line="79"/>
        <source>Copy the selected plan (Ctrl+D)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/PlansPage.qml" line="82"/>
        <source>Delete…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/PlansPage.qml" line="88"/>
        <source>Start interview…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/PlansPage.qml" line="93"/>
        <source>Run the selected plan with a candidate (Ctrl+Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/PlansPage.qml" line="133"/>
        <source>No plans yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/PlansPage.qml" line="134"/>
        <source>A plan is the structured interview every candidate of a role gets. Create one with New plan (Ctrl+N).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/PlansPage.qml" line="164"/>
        <source>Name, e.g. Senior Python — 60 min technical</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/PlansPage.qml" line="170"/>
        <source>Role, e.g. Senior Python developer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/PlansPage.qml" line="175"/>
        <source>Level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/PlansPage.qml" line="181"/>
        <source>Minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/PlansPage.qml" line="199"/>
        <location filename="../qml/pages/PlansPage.qml" line="225"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/PlansPage.qml" line="204"/>
        <source>Create</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/PlansPage.qml" line="217"/>
        <source>Delete this plan?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/PlansPage.qml" line="221"/>
        <source>The plan goes; interviews already run from it keep everything they recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/PlansPage.qml" line="230"/>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <location filename="../models/bank/bankrepository.cpp" line="201"/>
        <source>A question with uuid %1 already exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/bank/bankrepository.cpp" line="214"/>
        <source>Question %1 no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/bank/bankrepository.cpp" line="256"/>
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
    <name>SettingsDialog</name>
    <message>
        <location filename="../qml/components/SettingsDialog.qml" line="14"/>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/SettingsDialog.qml" line="30"/>
        <source>Interviewer: your name, filled in for new interviews</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/SettingsDialog.qml" line="35"/>
        <source>PDF page size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/SettingsDialog.qml" line="45"/>
        <source>Remove finished interviews older than a number of days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/SettingsDialog.qml" line="59"/>
        <source>days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/SettingsDialog.qml" line="62"/>
        <source>Checked when Panelist starts; it says what it removed. Removed interviews are erased from the database file, not just hidden.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/SettingsDialog.qml" line="72"/>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StartInterviewDialog</name>
    <message>
        <location filename="../qml/components/StartInterviewDialog.qml" line="14"/>
        <source>Start an interview — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/StartInterviewDialog.qml" line="37"/>
        <source>The candidate&apos;s name is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/StartInterviewDialog.qml" line="59"/>
        <source>Candidate&apos;s name (required)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/StartInterviewDialog.qml" line="67"/>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/StartInterviewDialog.qml" line="74"/>
        <source>Interviewer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/StartInterviewDialog.qml" line="81"/>
        <source>Scheduled time, optional: YYYY-MM-DD HH:MM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/StartInterviewDialog.qml" line="95"/>
        <source>The clock starts when you press Start; the plan is copied into the interview, so later edits to it or to the bank change nothing here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/StartInterviewDialog.qml" line="105"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/StartInterviewDialog.qml" line="111"/>
        <source>Start (Enter)</source>
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
        <location filename="../models/exchange/bankfiles.cpp" line="30"/>
        <source>%1: unknown file type &quot;%2&quot;; use a .json or .md file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/exchange/bankfiles.cpp" line="38"/>
        <source>a question bank</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bankjson</name>
    <message>
        <location filename="../models/exchange/bankjson.cpp" line="45"/>
        <location filename="../models/exchange/bankjson.cpp" line="142"/>
        <source>%1: must be an object, not %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/exchange/bankjson.cpp" line="116"/>
        <source>%1, %2: not valid JSON: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/exchange/bankjson.cpp" line="121"/>
        <source>%1: the top level must be an object with &quot;format&quot;: &quot;panelist-bank&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/exchange/bankjson.cpp" line="126"/>
        <source>must be &quot;panelist-bank&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/exchange/bankjson.cpp" line="130"/>
        <source>is %1, but this Panelist reads format version %2; update Panelist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/exchange/bankjson.cpp" line="139"/>
        <source>%1, category %2</source>
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
        <location filename="../app/cli.cpp" line="35"/>
        <source>Usage: panelist [--database PATH] [COMMAND]

Without a command, opens the Panelist window.

Commands:
  bank search QUERY [--level L] [--category C] [--kind K] [--json] [--limit N]
                        search the question bank (prefix match, best first)
  bank import FILE      import a bank file (.json or .md); all or nothing
  bank export FILE      export the whole bank (.json or .md)
  plan list [--json]    list the interview plans
  plan show ID [--json] show a plan and its questions
  plan export ID FILE   write a plan and its questions to a .json file
  plan import FILE      import a plan file; adds its missing questions to the
                        bank and replaces a plan with the same uuid; all or nothing
  interview list [--json]
                        list the interviews, newest first
  interview export-pdf ID OUT.pdf
                        write an interview&apos;s PDF summary (page size: the
                        pdf_page_size setting, A4 or Letter)
  interview delete ID   delete an interview and all it recorded, for good
  interview delete-candidate NAME
                        delete every interview of a candidate (exact name, any
                        letter case), for good
  demo                  add a sample plan (once) and a finished sample interview
                        with notes, scores and a recommendation

Options:
  --database PATH       the SQLite database to use (default: %1;
                        the PANELIST_DATABASE environment variable also sets it)
  -h, --help            show this help
  -v, --version         show the version
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli.cpp" line="105"/>
        <source>option %1 needs a value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli.cpp" line="123"/>
        <source>option %1 does not apply to this command</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli.cpp" line="127"/>
        <source>unknown option %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli.cpp" line="134"/>
        <source>usage: panelist %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli.cpp" line="140"/>
        <source>%1 must be one of %2, not &quot;%3&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli.cpp" line="188"/>
        <source>--limit must be a positive whole number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli.cpp" line="205"/>
        <source>No questions match &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli.cpp" line="219"/>
        <source>Imported %1: %2 added, %3 updated, %4 unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli.cpp" line="236"/>
        <source>Exported %1 questions to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli.cpp" line="242"/>
        <source>1 question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli.cpp" line="242"/>
        <source>%1 questions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli.cpp" line="250"/>
        <source>a plan ID is a positive whole number, not &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli.cpp" line="258"/>
        <source>no plan with id %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli.cpp" line="283"/>
        <source>%1/%2 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli.cpp" line="287"/>
        <source>There are no plans.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli.cpp" line="322"/>
        <source>Role: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli.cpp" line="323"/>
        <source>Level: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli.cpp" line="324"/>
        <source>Time: %1 of %2 min, %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli.cpp" line="329"/>
        <source>uuid: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli.cpp" line="335"/>
        <source>%1 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli.cpp" line="335"/>
        <source>, archived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli.cpp" line="338"/>
        <source>Note: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli.cpp" line="353"/>
        <source>Exported plan &quot;%1&quot; (%2) to %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli.cpp" line="368"/>
        <source>Imported plan &quot;%1&quot;: %2 added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli.cpp" line="372"/>
        <source>It replaced the plan with the same uuid (id %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli.cpp" line="385"/>
        <location filename="../app/cli.cpp" line="471"/>
        <source>an interview ID is a positive whole number, not &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli.cpp" line="390"/>
        <location filename="../app/cli.cpp" line="478"/>
        <source>no interview with id %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli.cpp" line="395"/>
        <source>the pdf_page_size setting must be A4 or Letter, not &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli.cpp" line="399"/>
        <source>Wrote the summary of the interview with %1 to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli.cpp" line="443"/>
        <source>amended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli.cpp" line="446"/>
        <source>There are no interviews.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli.cpp" line="453"/>
        <source>id %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli.cpp" line="455"/>
        <source>started %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli.cpp" line="458"/>
        <source>plan %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli.cpp" line="480"/>
        <location filename="../app/cli.cpp" line="500"/>
        <source>Deleted the interview with %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli.cpp" line="487"/>
        <location filename="../app/cli.cpp" line="492"/>
        <source>usage: panelist interview delete-candidate NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli.cpp" line="497"/>
        <source>no interviews with a candidate named &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli.cpp" line="501"/>
        <source>Deleted 1 interview of &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli.cpp" line="502"/>
        <source>Deleted %1 interviews of &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli.cpp" line="515"/>
        <source>Added plan &quot;%1&quot; (id %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli.cpp" line="516"/>
        <source>Added a finished interview with Sample Candidate (id %1) on plan &quot;%2&quot;: %3, started %4, recommendation yes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli.cpp" line="600"/>
        <source>a command is needed after the options</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli.cpp" line="601"/>
        <source>unknown command &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli.cpp" line="603"/>
        <source> (see panelist --help)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>interviewpdf</name>
    <message>
        <location filename="../models/exchange/interviewpdf.cpp" line="229"/>
        <source>No signal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/exchange/interviewpdf.cpp" line="231"/>
        <source>Junior</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/exchange/interviewpdf.cpp" line="233"/>
        <source>Middle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/exchange/interviewpdf.cpp" line="235"/>
        <source>Senior</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/exchange/interviewpdf.cpp" line="237"/>
        <location filename="../models/exchange/interviewpdf.cpp" line="660"/>
        <source>Not scored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/exchange/interviewpdf.cpp" line="281"/>
        <source>not started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/exchange/interviewpdf.cpp" line="299"/>
        <source>Uncategorised</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/exchange/interviewpdf.cpp" line="319"/>
        <source>INTERVIEW SUMMARY</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/exchange/interviewpdf.cpp" line="321"/>
        <source>Unnamed candidate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/exchange/interviewpdf.cpp" line="331"/>
        <source>%1 of %2 min planned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/exchange/interviewpdf.cpp" line="333"/>
        <source> (in progress)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/exchange/interviewpdf.cpp" line="336"/>
        <source>INTERVIEWER</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/exchange/interviewpdf.cpp" line="337"/>
        <location filename="../models/exchange/interviewpdf.cpp" line="341"/>
        <source>—</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/exchange/interviewpdf.cpp" line="338"/>
        <source>DATE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/exchange/interviewpdf.cpp" line="339"/>
        <source>DURATION</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/exchange/interviewpdf.cpp" line="340"/>
        <source>PLAN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/exchange/interviewpdf.cpp" line="406"/>
        <source>No recommendation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/exchange/interviewpdf.cpp" line="406"/>
        <source>Interview in progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/exchange/interviewpdf.cpp" line="412"/>
        <source>RECOMMENDATION</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/exchange/interviewpdf.cpp" line="430"/>
        <source>Amended after the call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/exchange/interviewpdf.cpp" line="432"/>
        <source>Not finished yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/exchange/interviewpdf.cpp" line="447"/>
        <source>SUMMARY</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/exchange/interviewpdf.cpp" line="466"/>
        <source>Scores by category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/exchange/interviewpdf.cpp" line="503"/>
        <source>%1  (%2 of %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/exchange/interviewpdf.cpp" line="507"/>
        <source>not scored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/exchange/interviewpdf.cpp" line="544"/>
        <source>Overall %1 average over %2 of %3 questions scored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/exchange/interviewpdf.cpp" line="548"/>
        <source>No question scored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/exchange/interviewpdf.cpp" line="549"/>
        <source>1 strong signal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/exchange/interviewpdf.cpp" line="549"/>
        <source>%1 strong signals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/exchange/interviewpdf.cpp" line="550"/>
        <source>1 concern</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/exchange/interviewpdf.cpp" line="550"/>
        <source>%1 concerns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/exchange/interviewpdf.cpp" line="592"/>
        <source>Untitled question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/exchange/interviewpdf.cpp" line="618"/>
        <source>%1. %2 (continued)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/exchange/interviewpdf.cpp" line="630"/>
        <source>%1 of %2 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/exchange/interviewpdf.cpp" line="635"/>
        <source>%1 over</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/exchange/interviewpdf.cpp" line="640"/>
        <source>Skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/exchange/interviewpdf.cpp" line="642"/>
        <source>Not reached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/exchange/interviewpdf.cpp" line="644"/>
        <source>In progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/exchange/interviewpdf.cpp" line="655"/>
        <source>Score %1 of 4 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/exchange/interviewpdf.cpp" line="676"/>
        <source>▲ Strong signal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/exchange/interviewpdf.cpp" line="678"/>
        <source>■ Concern</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/exchange/interviewpdf.cpp" line="708"/>
        <source>RUBRIC — %1 OF %2 MET</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/exchange/interviewpdf.cpp" line="723"/>
        <source>FOLLOW-UPS ASKED</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/exchange/interviewpdf.cpp" line="731"/>
        <source>ad hoc</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/exchange/interviewpdf.cpp" line="743"/>
        <source>NOTES</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/exchange/interviewpdf.cpp" line="785"/>
        <location filename="../models/exchange/interviewpdf.cpp" line="875"/>
        <source>Interview summary — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/exchange/interviewpdf.cpp" line="796"/>
        <source>Confidential — candidate data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/exchange/interviewpdf.cpp" line="798"/>
        <source>Page %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/exchange/interviewpdf.cpp" line="820"/>
        <source>The PDF writer produced no trailer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/exchange/interviewpdf.cpp" line="830"/>
        <source>The PDF writer produced an unexpected trailer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/exchange/interviewpdf.cpp" line="840"/>
        <source>Interview summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/exchange/interviewpdf.cpp" line="872"/>
        <source>Writing a PDF needs the graphical application (fonts).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/exchange/interviewpdf.cpp" line="896"/>
        <source>Questions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/exchange/interviewpdf.cpp" line="900"/>
        <source>This interview has no questions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/exchange/interviewpdf.cpp" line="904"/>
        <source>The PDF writer could not start.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>jsonfields</name>
    <message>
        <location filename="../models/exchange/jsonfields.cpp" line="45"/>
        <source>line %1, column %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>jsonfields::Fields</name>
    <message>
        <location filename="../models/exchange/jsonfields.cpp" line="54"/>
        <source>is not a field of this format (known: %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/exchange/jsonfields.cpp" line="61"/>
        <source>%1: field &quot;%2&quot; %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/exchange/jsonfields.cpp" line="70"/>
        <location filename="../models/exchange/jsonfields.cpp" line="82"/>
        <location filename="../models/exchange/jsonfields.cpp" line="130"/>
        <source>is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/exchange/jsonfields.cpp" line="71"/>
        <source>must be a string, not %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/exchange/jsonfields.cpp" line="83"/>
        <source>must be a whole number, not %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/exchange/jsonfields.cpp" line="93"/>
        <source>must be true or false, not %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/exchange/jsonfields.cpp" line="103"/>
        <source>must be a list of strings, not %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/exchange/jsonfields.cpp" line="108"/>
        <source>item %1 must be a string, not %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/exchange/jsonfields.cpp" line="120"/>
        <source>must be an object, not %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/exchange/jsonfields.cpp" line="131"/>
        <source>must be a list, not %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>planfiles</name>
    <message>
        <location filename="../models/exchange/planfiles.cpp" line="25"/>
        <source>%1: unknown file type &quot;%2&quot;; plan files are .json files.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/exchange/planfiles.cpp" line="33"/>
        <source>a plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/exchange/planfiles.cpp" line="53"/>
        <source>Plan &quot;%1&quot;: question &quot;%2&quot; is no longer in the bank.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>planjson</name>
    <message>
        <location filename="../models/exchange/planjson.cpp" line="41"/>
        <source>is not a valid UUID: &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/exchange/planjson.cpp" line="76"/>
        <source>%1, %2: not valid JSON: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/exchange/planjson.cpp" line="81"/>
        <source>%1: the top level must be an object with &quot;format&quot;: &quot;panelist-plan&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/exchange/planjson.cpp" line="85"/>
        <source>must be &quot;panelist-plan&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/exchange/planjson.cpp" line="89"/>
        <source>is %1, but this Panelist reads plan format version %2; update Panelist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/exchange/planjson.cpp" line="94"/>
        <source>is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/exchange/planjson.cpp" line="108"/>
        <source>%1, plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/exchange/planjson.cpp" line="115"/>
        <source>is empty; a plan needs a name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/exchange/planjson.cpp" line="120"/>
        <source>must be one of %1, not &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/exchange/planjson.cpp" line="125"/>
        <source>must be between 1 and 600, not %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/exchange/planjson.cpp" line="130"/>
        <source>%1, plan, item %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/exchange/planjson.cpp" line="133"/>
        <source>%1: must be an object, not %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/exchange/planjson.cpp" line="141"/>
        <source>names %1, which is not in &quot;questions&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/exchange/planjson.cpp" line="150"/>
        <source>must be between 1 and 90, not %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/exchange/planjson.cpp" line="159"/>
        <source>%1, %2: no item of the plan uses this question.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sampledata</name>
    <message>
        <location filename="../app/sampledata.cpp" line="227"/>
        <source>the bank has no questions to build the sample plan from</source>
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
<context>
    <name>textfile</name>
    <message>
        <location filename="../models/exchange/textfile.cpp" line="29"/>
        <source>Cannot read %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/exchange/textfile.cpp" line="31"/>
        <source>%1: the file is %2 MB, too large for %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/exchange/textfile.cpp" line="37"/>
        <source>%1: the file is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/exchange/textfile.cpp" line="40"/>
        <source>%1: this is a binary file, not %2 (byte %3 is zero).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/exchange/textfile.cpp" line="47"/>
        <source>%1: the file is not UTF-8 text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/exchange/textfile.cpp" line="55"/>
        <location filename="../models/exchange/textfile.cpp" line="58"/>
        <source>Cannot write %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
