<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../qml/components/AboutDialog.qml" line="12"/>
        <source>About Panelist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/AboutDialog.qml" line="18"/>
        <source>Panelist %1: a desktop console for technical interviewers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/AboutDialog.qml" line="25"/>
        <source>Free software under the GNU General Public License, version 3 or later (the LICENSE file; /usr/share/doc/panelist/copyright when installed).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/AboutDialog.qml" line="32"/>
        <source>Database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/AboutDialog.qml" line="42"/>
        <source>Database file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/AboutDialog.qml" line="48"/>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AgendaModel</name>
    <message>
        <location filename="../models/interviews/agendamodel.cpp" line="36"/>
        <source>%1 / %2 min</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AnchorField</name>
    <message>
        <location filename="../qml/components/AnchorField.qml" line="37"/>
        <source>What an answer at this level sounds like</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BankDocumentText</name>
    <message>
        <location filename="../models/formats/bankdocument.cpp" line="56"/>
        <source>column %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/formats/bankdocument.cpp" line="57"/>
        <source>line %1, column %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/formats/bankdocument.cpp" line="102"/>
        <location filename="../models/formats/bankdocument.cpp" line="330"/>
        <source>%1: %2 has %3 items; the limit is %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/formats/bankdocument.cpp" line="193"/>
        <source>field &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/formats/bankdocument.cpp" line="194"/>
        <source>field &quot;%1&quot;, item %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/formats/bankdocument.cpp" line="205"/>
        <source>a lone surrogate (U+%1), which is no character; the text was damaged on its way into the file — write it again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/formats/bankdocument.cpp" line="209"/>
        <source>the noncharacter U+%1, which the database cannot store; remove it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/formats/bankdocument.cpp" line="212"/>
        <source>a control character (U+%1); remove it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/formats/bankdocument.cpp" line="215"/>
        <source>%1: %2 holds, at %3, %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/formats/bankdocument.cpp" line="223"/>
        <source>%1: %2 starts with U+FEFF (a byte order mark), which the database drops; remove it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/formats/bankdocument.cpp" line="231"/>
        <source>%1: %2 is %3 characters long; the limit is %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/formats/bankdocument.cpp" line="244"/>
        <source>question %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/formats/bankdocument.cpp" line="245"/>
        <source>question %1 (&quot;%2&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/formats/bankdocument.cpp" line="253"/>
        <source>%1: the category has an empty name; give it one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/formats/bankdocument.cpp" line="270"/>
        <source>%1: field &quot;uuid&quot; is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/formats/bankdocument.cpp" line="273"/>
        <source>%1: field &quot;uuid&quot; is not a valid UUID: &quot;%2&quot;; write it as 8-4-4-4-12 hexadecimal digits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/formats/bankdocument.cpp" line="281"/>
        <source>%1: field &quot;title&quot; is missing or empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/formats/bankdocument.cpp" line="285"/>
        <source>%1: field &quot;category&quot; is missing or empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/formats/bankdocument.cpp" line="291"/>
        <source>%1: field &quot;level&quot; must be one of %2, not &quot;%3&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/formats/bankdocument.cpp" line="298"/>
        <source>%1: field &quot;kind&quot; must be one of %2, not &quot;%3&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/formats/bankdocument.cpp" line="305"/>
        <source>%1: field &quot;minutes&quot; must be between %2 and %3, not %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/formats/bankdocument.cpp" line="323"/>
        <source>%1: %2 (&quot;%3&quot;) holds a comma, and the Markdown form separates tags with commas; split it into two tags or use another character.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/formats/bankdocument.cpp" line="360"/>
        <source>%1: category &quot;%2&quot; is listed twice; keep one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/formats/bankdocument.cpp" line="363"/>
        <source>%1: categories &quot;%2&quot; and &quot;%3&quot; differ only in letter case, and category names are unique regardless of case; keep one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/formats/bankdocument.cpp" line="378"/>
        <source>%1, %2: field &quot;category&quot; is &quot;%3&quot;, but the file also writes it &quot;%4&quot;; category names are unique regardless of letter case, so write it one way.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/formats/bankdocument.cpp" line="386"/>
        <source>%1, %2: field &quot;uuid&quot; repeats the uuid %3 of %4; each question needs its own.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BankFiles</name>
    <message>
        <location filename="../models/storage/bankfiles.cpp" line="30"/>
        <source>%1: unknown file type &quot;%2&quot;; use a .json or .md file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/storage/bankfiles.cpp" line="38"/>
        <source>a question bank</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BankImportJob</name>
    <message>
        <location filename="../models/bank/bankimportjob.cpp" line="71"/>
        <source>%1: %2 added, %3 updated, %4 unchanged, 0 rejected.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BankJson</name>
    <message>
        <location filename="../models/formats/bankjson.cpp" line="48"/>
        <location filename="../models/formats/bankjson.cpp" line="146"/>
        <source>%1: must be an object, not %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/formats/bankjson.cpp" line="121"/>
        <source>%1, %2: not valid JSON: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/formats/bankjson.cpp" line="126"/>
        <source>%1: the top level must be an object with &quot;format&quot;: &quot;panelist-bank&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/formats/bankjson.cpp" line="131"/>
        <source>must be &quot;panelist-bank&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/formats/bankjson.cpp" line="135"/>
        <source>is %1, but this Panelist reads format version %2; update Panelist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/formats/bankjson.cpp" line="144"/>
        <source>%1, category %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BankMarkdown</name>
    <message>
        <location filename="../models/formats/bankmarkdown.cpp" line="399"/>
        <source>%1: the file is not UTF-8 text; save it as UTF-8.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/formats/bankmarkdown.cpp" line="420"/>
        <source>the code block opened here with %1 is never closed; close it with a line of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/formats/bankmarkdown.cpp" line="426"/>
        <source>the comment &quot;&lt;!--&quot; opened before the first category is never closed with &quot;--&gt;&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/formats/bankmarkdown.cpp" line="437"/>
        <location filename="../models/formats/bankmarkdown.cpp" line="536"/>
        <source>%1, line %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/formats/bankmarkdown.cpp" line="469"/>
        <source>text &quot;%1&quot; stands outside any section; put it under a &quot;#### &quot; section of a question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/formats/bankmarkdown.cpp" line="501"/>
        <source>the file is format version %1, but this Panelist reads version %2; update Panelist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/formats/bankmarkdown.cpp" line="521"/>
        <source>text &quot;%1&quot; comes before the first &quot;## Category&quot; heading; move it into a question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/formats/bankmarkdown.cpp" line="539"/>
        <source>category &quot;%1&quot; already has a heading on line %2 (names are unique regardless of letter case); put its questions under one heading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/formats/bankmarkdown.cpp" line="555"/>
        <source>question &quot;%1&quot; comes before any &quot;## Category&quot; heading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/formats/bankmarkdown.cpp" line="569"/>
        <source>heading &quot;%1&quot; is outside any &quot;### Question&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/formats/bankmarkdown.cpp" line="572"/>
        <source>unknown section &quot;%1&quot; (expected Prompt, Reference answer, Follow-ups, Criteria or Anchors)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/formats/bankmarkdown.cpp" line="579"/>
        <source>heading &quot;%1&quot; belongs under &quot;#### Anchors&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/formats/bankmarkdown.cpp" line="581"/>
        <source>unknown anchor &quot;%1&quot; (expected Junior, Middle or Senior)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/formats/bankmarkdown.cpp" line="585"/>
        <source>section &quot;%1&quot; appears twice in this question; merge the two</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/formats/bankmarkdown.cpp" line="626"/>
        <source>heading &quot;%1&quot; stands inside the code block opened on line %2 with %3, which is never closed; close the code block before it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/formats/bankmarkdown.cpp" line="647"/>
        <source>expected a &quot;- field: value&quot; line or a &quot;#### Section&quot; heading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/formats/bankmarkdown.cpp" line="650"/>
        <source>field &quot;%1&quot; is given twice; keep one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/formats/bankmarkdown.cpp" line="662"/>
        <source>field &quot;minutes&quot; must be a whole number, not &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/formats/bankmarkdown.cpp" line="670"/>
        <source>field &quot;archived&quot; must be yes or no, not &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/formats/bankmarkdown.cpp" line="674"/>
        <source>unknown field &quot;%1&quot; (known: uuid, level, kind, minutes, tags, archived)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/formats/bankmarkdown.cpp" line="687"/>
        <source>an indented line must continue a list item (&quot;1. ...&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/formats/bankmarkdown.cpp" line="700"/>
        <source>expected a numbered list item (&quot;1. ...&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/formats/bankmarkdown.cpp" line="741"/>
        <source>%1, line %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/formats/bankmarkdown.cpp" line="747"/>
        <source>%1: field &quot;%2&quot; is missing.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BankPage</name>
    <message>
        <location filename="../qml/pages/BankPage.qml" line="97"/>
        <source>New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/BankPage.qml" line="100"/>
        <source>New question (Ctrl+N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/BankPage.qml" line="103"/>
        <source>Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/BankPage.qml" line="107"/>
        <source>Edit the selected question (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/BankPage.qml" line="110"/>
        <source>Duplicate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/BankPage.qml" line="114"/>
        <source>Edit a copy of the selected question (Ctrl+D)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/BankPage.qml" line="118"/>
        <source>Restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/BankPage.qml" line="118"/>
        <source>Archive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/BankPage.qml" line="122"/>
        <source>Bring the question back (Delete)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/BankPage.qml" line="123"/>
        <source>Hide the question from lists and plans (Delete)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/BankPage.qml" line="126"/>
        <source>Delete…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/BankPage.qml" line="132"/>
        <source>Categories…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/BankPage.qml" line="141"/>
        <source>Import…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/BankPage.qml" line="144"/>
        <source>Import a bank file, JSON or Markdown (Ctrl+I)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/BankPage.qml" line="147"/>
        <source>Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/BankPage.qml" line="173"/>
        <source>Search questions (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/BankPage.qml" line="175"/>
        <source>Search questions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/BankPage.qml" line="218"/>
        <source>All categories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/BankPage.qml" line="225"/>
        <source>All levels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/BankPage.qml" line="232"/>
        <source>All kinds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/BankPage.qml" line="239"/>
        <source>All tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/BankPage.qml" line="260"/>
        <source>All questions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/BankPage.qml" line="260"/>
        <source>Filtered questions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/BankPage.qml" line="262"/>
        <source>Matches for “%1”, filtered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/BankPage.qml" line="263"/>
        <source>Matches for “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/BankPage.qml" line="265"/>
        <source>%1 · %2</source>
        <comment>what the list holds · how many questions</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/BankPage.qml" line="270"/>
        <source>Archived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/BankPage.qml" line="277"/>
        <source>Sort by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/BankPage.qml" line="283"/>
        <source>Best match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/BankPage.qml" line="284"/>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/BankPage.qml" line="285"/>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/BankPage.qml" line="286"/>
        <source>Last edited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/BankPage.qml" line="299"/>
        <source>Questions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/BankPage.qml" line="341"/>
        <source>The bank has no questions yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/BankPage.qml" line="342"/>
        <source>Write a question, or import a bank file (JSON or Markdown) a colleague shared.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/BankPage.qml" line="343"/>
        <source>Ctrl+N: new question · Ctrl+I: import a bank</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/BankPage.qml" line="351"/>
        <source>Esc clears the search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/BankPage.qml" line="353"/>
        <source>Did you mean “%1”?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/BankPage.qml" line="356"/>
        <source>Nothing matches what you typed. Press Enter to search for “%1” instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/BankPage.qml" line="357"/>
        <source>Every word you type must appear in a question; words match by their beginning. Try fewer or shorter words, or clear the filters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/BankPage.qml" line="383"/>
        <source>Delete this question for good?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/BankPage.qml" line="387"/>
        <source>Deleting cannot be undone; plans that use the question lose it. Archiving hides it instead and keeps it for past interviews.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/BankPage.qml" line="391"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/BankPage.qml" line="397"/>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/BankPage.qml" line="406"/>
        <source>Archive instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/BankPage.qml" line="258"/>
        <source>No matches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/BankPage.qml" line="13"/>
        <source>Question bank</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/BankPage.qml" line="354"/>
        <source>No question matches</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BankRepository</name>
    <message>
        <location filename="../models/storage/bankrepository.cpp" line="285"/>
        <source>A question with uuid %1 already exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/storage/bankrepository.cpp" line="299"/>
        <source>Question %1 no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/storage/bankrepository.cpp" line="380"/>
        <source>Import cancelled; nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Candidate</name>
    <message>
        <location filename="../models/domain/candidate.cpp" line="65"/>
        <source>No interviews yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/candidate.cpp" line="66"/>
        <source>%1 of %2 scorecards in</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CandidateDesk</name>
    <message>
        <location filename="../models/interviews/candidatedesk.cpp" line="109"/>
        <source>The status is one of %1, not &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/interviews/candidatedesk.cpp" line="151"/>
        <source>Removed %1 and their interview.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/interviews/candidatedesk.cpp" line="152"/>
        <source>Removed %1 and their %2 interviews.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CandidateListModel</name>
    <message>
        <location filename="../models/interviews/candidatelistmodel.cpp" line="139"/>
        <source>Any status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/interviews/candidatelistmodel.cpp" line="149"/>
        <source>Any stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/interviews/candidatelistmodel.cpp" line="223"/>
        <source>All roles</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CandidateRepository</name>
    <message>
        <location filename="../models/storage/candidaterepository.cpp" line="44"/>
        <source>Database %1: candidates.status holds &quot;%2&quot;, which this Panelist does not know (one of %3). Update Panelist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/storage/candidaterepository.cpp" line="67"/>
        <source>The candidate&apos;s email is %1 characters long; shorten it to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/storage/candidaterepository.cpp" line="72"/>
        <source>&quot;%1&quot; is not an email address (name@example.com); correct it or leave the email empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/storage/candidaterepository.cpp" line="202"/>
        <source>There is no candidate %1 in %2; `candidate list` shows their ids.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/storage/candidaterepository.cpp" line="237"/>
        <source>Candidate %1 cannot be merged into itself; name two different candidates (`candidate duplicates` offers them).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/storage/candidaterepository.cpp" line="253"/>
        <source>There is no candidate %1 in %2; nothing was merged. `candidate list` shows their ids.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/storage/candidaterepository.cpp" line="332"/>
        <source>A new candidate needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/storage/candidaterepository.cpp" line="334"/>
        <source>name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/storage/candidaterepository.cpp" line="334"/>
        <source>email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/storage/candidaterepository.cpp" line="335"/>
        <source>role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/storage/candidaterepository.cpp" line="337"/>
        <source>The candidate&apos;s %1 is %2 characters long; shorten it to %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/storage/candidaterepository.cpp" line="347"/>
        <source>There already is a candidate named &quot;%1&quot; (id %2); pick them instead of making a second one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/storage/candidaterepository.cpp" line="391"/>
        <source>There is no candidate %1 in %2; nothing was removed. `candidate list` shows their ids.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CandidatesPage</name>
    <message>
        <location filename="../qml/pages/CandidatesPage.qml" line="15"/>
        <location filename="../qml/pages/CandidatesPage.qml" line="222"/>
        <source>Candidates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/CandidatesPage.qml" line="84"/>
        <source>Debrief…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/CandidatesPage.qml" line="88"/>
        <source>Every scorecard of this candidate side by side, and the decision (Ctrl+D)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/CandidatesPage.qml" line="93"/>
        <source>Status…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/CandidatesPage.qml" line="97"/>
        <source>Active, hired, rejected or withdrawn (Ctrl+T)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/CandidatesPage.qml" line="101"/>
        <source>Merge…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/CandidatesPage.qml" line="105"/>
        <source>Merge a candidate whose name differs only in letter case or accents (Ctrl+M)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/CandidatesPage.qml" line="109"/>
        <source>Remove…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/CandidatesPage.qml" line="113"/>
        <source>Erase this candidate and every interview of theirs (Delete)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/CandidatesPage.qml" line="153"/>
        <source>Search candidates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/CandidatesPage.qml" line="155"/>
        <source>Search name, email, role (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/CandidatesPage.qml" line="168"/>
        <source>Role: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/CandidatesPage.qml" line="189"/>
        <source>Status: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/CandidatesPage.qml" line="199"/>
        <source>Stage: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/pages/CandidatesPage.qml" line="210"/>
        <source>%n candidate(s)</source>
        <translation>
            <numerusform>%n candidate</numerusform>
            <numerusform>%n candidates</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../qml/pages/CandidatesPage.qml" line="211"/>
        <source>%1 of %2 candidates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/CandidatesPage.qml" line="254"/>
        <source>No candidate matches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/CandidatesPage.qml" line="255"/>
        <source>No candidates yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/CandidatesPage.qml" line="257"/>
        <source>Try fewer letters, or set the filters back to any.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/CandidatesPage.qml" line="258"/>
        <source>Start an interview from a plan (Plans, Ctrl+Enter) and pick or name the candidate there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/CandidatesPage.qml" line="259"/>
        <source>Ctrl+F: the search field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/CandidatesPage.qml" line="260"/>
        <location filename="../qml/pages/CandidatesPage.qml" line="362"/>
        <source>Ctrl+2: plans · Ctrl+Enter: start an interview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/CandidatesPage.qml" line="308"/>
        <source>May be the same person as “%1”: the names differ only in letter case or accents.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/CandidatesPage.qml" line="315"/>
        <source>Merge… (Ctrl+M)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/CandidatesPage.qml" line="322"/>
        <source>Loop · %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/CandidatesPage.qml" line="330"/>
        <source>Interviews of the loop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/CandidatesPage.qml" line="360"/>
        <source>No interviews yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/CandidatesPage.qml" line="361"/>
        <source>Start one from a plan (Plans, Ctrl+Enter) and pick this candidate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/CandidatesPage.qml" line="366"/>
        <source>Enter or → opens the loop; Enter on an interview opens its record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/CandidatesPage.qml" line="385"/>
        <source>Merge these candidates?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/CandidatesPage.qml" line="387"/>
        <source>Merge “%1” into “%2”?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/CandidatesPage.qml" line="412"/>
        <source>Every interview of “%1” moves to “%2”, and carries the name “%2” from now on; “%1” is deleted. Only merge when they are the same person.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/CandidatesPage.qml" line="417"/>
        <location filename="../qml/pages/CandidatesPage.qml" line="463"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/CandidatesPage.qml" line="423"/>
        <source>Keep “%1” instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/CandidatesPage.qml" line="429"/>
        <source>Merge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/CandidatesPage.qml" line="444"/>
        <source>Remove this candidate?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/CandidatesPage.qml" line="446"/>
        <source>Remove %1?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/CandidatesPage.qml" line="457"/>
        <source>%1 goes: their name, email, role and status. It is erased from the database file itself, not just hidden. This cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/pages/CandidatesPage.qml" line="458"/>
        <source>%1 goes with all %n interview(s) of theirs: notes, scores, criteria, follow-ups, scorecards, recommendations and summaries, and their name, email, role and status. It is erased from the database file itself, not just hidden. This cannot be undone.</source>
        <translation>
            <numerusform>%1 goes with all %n interview of theirs: notes, scores, criteria, follow-ups, scorecards, recommendations and summaries, and their name, email, role and status. It is erased from the database file itself, not just hidden. This cannot be undone.</numerusform>
            <numerusform>%1 goes with all %n interviews of theirs: notes, scores, criteria, follow-ups, scorecards, recommendations and summaries, and their name, email, role and status. It is erased from the database file itself, not just hidden. This cannot be undone.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../qml/pages/CandidatesPage.qml" line="469"/>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CategoriesDialog</name>
    <message>
        <location filename="../qml/components/CategoriesDialog.qml" line="16"/>
        <source>Categories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/CategoriesDialog.qml" line="33"/>
        <source>New category name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/CategoriesDialog.qml" line="41"/>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/components/CategoriesDialog.qml" line="89"/>
        <source>%n question(s)</source>
        <translation>
            <numerusform>%n question</numerusform>
            <numerusform>%n questions</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../qml/components/CategoriesDialog.qml" line="104"/>
        <source>Merge…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/CategoriesDialog.qml" line="113"/>
        <source>Delete…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/CategoriesDialog.qml" line="127"/>
        <source>Alt+Up / Alt+Down in a name moves the category.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/CategoriesDialog.qml" line="144"/>
        <location filename="../qml/components/CategoriesDialog.qml" line="159"/>
        <source>Merge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/CategoriesDialog.qml" line="144"/>
        <location filename="../qml/components/CategoriesDialog.qml" line="159"/>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/CategoriesDialog.qml" line="146"/>
        <source>Merge “%1” into…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/CategoriesDialog.qml" line="147"/>
        <source>Delete “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/CategoriesDialog.qml" line="153"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/CategoriesDialog.qml" line="169"/>
        <source>Its questions move to the category you choose, and “%1” goes away.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/CategoriesDialog.qml" line="170"/>
        <source>“%1” still holds questions. Choose where they go.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/CategoriesDialog.qml" line="177"/>
        <source>Move the questions to: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/CategoriesDialog.qml" line="209"/>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CategoryRepository</name>
    <message>
        <location filename="../models/storage/categoryrepository.cpp" line="128"/>
        <source>The team&apos;s category &quot;%1&quot; has the name of another category here; rename one of them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/storage/categoryrepository.cpp" line="145"/>
        <source>Cannot add categories: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/storage/categoryrepository.cpp" line="171"/>
        <source>Cannot add category &quot;%1&quot;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/storage/categoryrepository.cpp" line="194"/>
        <location filename="../models/storage/categoryrepository.cpp" line="253"/>
        <source>That category no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/storage/categoryrepository.cpp" line="201"/>
        <source>A category needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/storage/categoryrepository.cpp" line="203"/>
        <source>There is already a category named &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/storage/categoryrepository.cpp" line="262"/>
        <source>A category cannot be merged into itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../models/storage/categoryrepository.cpp" line="277"/>
        <source>&quot;%1&quot; holds %n question(s); choose the category they move to.</source>
        <translation>
            <numerusform>&quot;%1&quot; holds %n question; choose the category they move to.</numerusform>
            <numerusform>&quot;%1&quot; holds %n questions; choose the category they move to.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CheatSheet</name>
    <message>
        <location filename="../qml/components/CheatSheet.qml" line="32"/>
        <source>Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/CheatSheet.qml" line="37"/>
        <source>The focus stays in the notes while you score and move.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <location filename="../app/cli/bankcommands.cpp" line="34"/>
        <source>--limit must be a positive whole number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/bankcommands.cpp" line="51"/>
        <source>No questions match &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/bankcommands.cpp" line="63"/>
        <source>Imported %1: %2 added, %3 updated, %4 unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/bankcommands.cpp" line="78"/>
        <source>Exported %1 questions to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/bankcommands.cpp" line="92"/>
        <source>search the question bank (prefix match, best first)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/bankcommands.cpp" line="97"/>
        <source>import a bank file (.json or .md); all or nothing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/bankcommands.cpp" line="102"/>
        <source>export the whole bank (.json or .md)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/bankcommands.cpp" line="112"/>
        <source>only questions of this level: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/bankcommands.cpp" line="116"/>
        <source>only questions of the category named C</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/bankcommands.cpp" line="119"/>
        <source>only questions of this kind: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/bankcommands.cpp" line="123"/>
        <source>at most N questions (default: %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="82"/>
        <source>show this help, or with a command its values and options</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="85"/>
        <source>show the version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="86"/>
        <source>print JSON instead of lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="89"/>
        <source>open the window at this size in pixels, such as 1280x720 (kept, as a resize is)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="155"/>
        <location filename="../app/cli/cli.cpp" line="163"/>
        <source>option %1 needs a value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="157"/>
        <source>option %1 is given %2 times; give it once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="165"/>
        <source>option %1 needs a path, not &quot;%2&quot; (write ./%2 for a file of that name)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="171"/>
        <source>unknown option %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="182"/>
        <source>%1 needs a width and a height in pixels, such as 1280x720, not &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="190"/>
        <source>option %1 takes no value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="204"/>
        <source>unknown option %1 for %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="205"/>
        <source>option %1 does not apply to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="179"/>
        <location filename="../app/cli/cli.cpp" line="211"/>
        <source>%1 must be one of %2, not &quot;%3&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="75"/>
        <source>the SQLite database to use (default: %1; the PANELIST_DATABASE environment variable, else a database chosen in the window&apos;s Settings, replaces it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="93"/>
        <source>open the window in this theme: %1 (for this run only; Settings keeps the choice)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="98"/>
        <source>open the window on this section: %1 (interview: the one live, else the latest; compare: the latest one&apos;s plan; settings: the Settings page; conflicts, welcome: that dialog over the bank)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="229"/>
        <source>%1 needs %2; usage: panelist %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="231"/>
        <source>%1 and %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="234"/>
        <source>unexpected &quot;%1&quot; after %2; usage: panelist %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="242"/>
        <source>a command is needed after the options</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="348"/>
        <source>unknown command &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="349"/>
        <source>%1 or %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="351"/>
        <source>%1 needs a command: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="352"/>
        <source>unknown command &quot;%1&quot;; %2 takes %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/democommand.cpp" line="17"/>
        <source>Added plan &quot;%1&quot; (id %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/democommand.cpp" line="19"/>
        <source>Added a finished interview with %1 (id %2) on plan &quot;%3&quot;: %4, started %5, recommendation %6.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/democommand.cpp" line="27"/>
        <source>The demo candidates %1 are already there; nothing was added for them (candidate list shows them; candidate remove ID removes one).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/democommand.cpp" line="41"/>
        <source>add a sample plan and five candidates, each with a finished interview with notes, scores and a recommendation (once)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/help.cpp" line="56"/>
        <source>Usage:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/help.cpp" line="100"/>
        <location filename="../app/cli/help.cpp" line="131"/>
        <source>Options:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/help.cpp" line="110"/>
        <location filename="../app/cli/help.cpp" line="126"/>
        <source>Commands:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/help.cpp" line="116"/>
        <source>Run panelist help %1 COMMAND for what a command&apos;s options mean.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/help.cpp" line="125"/>
        <source>Without a command, opens the Panelist window.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/help.cpp" line="130"/>
        <source>show this help, or the values and options of one command</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/help.cpp" line="134"/>
        <source>Options of the window (without a command):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/help.cpp" line="139"/>
        <source>Run panelist help COMMAND for what a command&apos;s options mean.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/interviewcommands.cpp" line="20"/>
        <source>an interview ID is a positive whole number, not &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/interviewcommands.cpp" line="55"/>
        <source>amended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/interviewcommands.cpp" line="63"/>
        <source>There are no interviews.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/interviewcommands.cpp" line="74"/>
        <location filename="../app/cli/interviewcommands.cpp" line="114"/>
        <source>no interview with id %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/candidatecommands.cpp" line="318"/>
        <location filename="../app/cli/interviewcommands.cpp" line="79"/>
        <source>the pdf_page_size setting must be A4 or Letter, not &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/interviewcommands.cpp" line="83"/>
        <source>Wrote the summary of the interview with %1 to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/candidatecommands.cpp" line="347"/>
        <location filename="../app/cli/interviewcommands.cpp" line="91"/>
        <source>id %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/candidatecommands.cpp" line="349"/>
        <location filename="../app/cli/interviewcommands.cpp" line="93"/>
        <source>started %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/candidatecommands.cpp" line="351"/>
        <location filename="../app/cli/interviewcommands.cpp" line="95"/>
        <source>plan %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/interviewcommands.cpp" line="102"/>
        <source>Deleted the interview with %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/interviewcommands.cpp" line="130"/>
        <source>no interviews with a candidate named &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/interviewcommands.cpp" line="135"/>
        <source>Deleted 1 interview of &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/interviewcommands.cpp" line="136"/>
        <source>Deleted %1 interviews of &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/interviewcommands.cpp" line="153"/>
        <source>list the interviews, newest first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/interviewcommands.cpp" line="158"/>
        <source>write an interview&apos;s PDF summary (page size: the pdf_page_size setting, A4 or Letter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/interviewcommands.cpp" line="165"/>
        <source>delete an interview and all it recorded, for good</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/interviewcommands.cpp" line="170"/>
        <source>delete every interview of a candidate (exact name, any letter case), for good</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/output.cpp" line="61"/>
        <source>1 question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/output.cpp" line="61"/>
        <source>%1 questions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/output.cpp" line="88"/>
        <source> (see panelist --help)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/plancommands.cpp" line="18"/>
        <source>a plan ID is a positive whole number, not &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/plancommands.cpp" line="25"/>
        <source>no plan with id %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/plancommands.cpp" line="48"/>
        <source>%1/%2 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/plancommands.cpp" line="52"/>
        <source>There are no plans.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/plancommands.cpp" line="89"/>
        <location filename="../app/cli/teamcommands.cpp" line="265"/>
        <source>Role: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/plancommands.cpp" line="90"/>
        <source>Level: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/plancommands.cpp" line="91"/>
        <source>Time: %1 of %2 min, %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/plancommands.cpp" line="95"/>
        <source>uuid: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/plancommands.cpp" line="101"/>
        <source>%1 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/plancommands.cpp" line="102"/>
        <source>, archived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/plancommands.cpp" line="105"/>
        <source>Note: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/plancommands.cpp" line="118"/>
        <source>Exported plan &quot;%1&quot; (%2) to %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/plancommands.cpp" line="130"/>
        <source>Imported plan &quot;%1&quot;: %2 added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/plancommands.cpp" line="134"/>
        <source>It replaced the plan with the same uuid (id %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/plancommands.cpp" line="149"/>
        <source>list the interview plans</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/plancommands.cpp" line="154"/>
        <source>show a plan and its questions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/plancommands.cpp" line="159"/>
        <source>write a plan and its questions to a .json file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/plancommands.cpp" line="164"/>
        <source>import a plan file; adds its missing questions to the bank and replaces a plan with the same uuid; all or nothing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/teamcommands.cpp" line="74"/>
        <location filename="../app/cli/teamcommands.cpp" line="208"/>
        <source>Password of %1 on %2: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/teamcommands.cpp" line="87"/>
        <source>created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/teamcommands.cpp" line="89"/>
        <source>already up to date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/teamcommands.cpp" line="91"/>
        <source>migrated from version %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/teamcommands.cpp" line="92"/>
        <source>Team schema at %1: version %2 (%3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/teamcommands.cpp" line="96"/>
        <source>Roles: %1 (interviewers), %2 (team leads, also interviewers).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/teamcommands.cpp" line="99"/>
        <source>Add each person with: panelist team add-interviewer URL NAME [--lead]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/teamcommands.cpp" line="110"/>
        <source>Cannot read the password file %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/teamcommands.cpp" line="115"/>
        <source>The password file %1 is empty; write the password on its first line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/teamcommands.cpp" line="131"/>
        <source>team add-interviewer needs %1&apos;s password: give --password-file FILE, set PANELIST_TEAM_PASSWORD, or run it on a terminal to type it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/teamcommands.cpp" line="135"/>
        <source>New password for %1: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/teamcommands.cpp" line="136"/>
        <source>The same password again: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/teamcommands.cpp" line="138"/>
        <source>The two passwords differ; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/teamcommands.cpp" line="155"/>
        <source>%1 is a team lead on %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/teamcommands.cpp" line="155"/>
        <source>%1 is an interviewer on %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/teamcommands.cpp" line="157"/>
        <source>They sign in as %1 with the password given, at %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/teamcommands.cpp" line="170"/>
        <source>%1 is in no team; join one with: panelist --database %1 team join URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/teamcommands.cpp" line="191"/>
        <source>%1 is in the team at %2 already; leave it first with: panelist --database %1 team leave</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/teamcommands.cpp" line="214"/>
        <source>%1 holds %2 categories, questions or plans the team&apos;s server does not have; run the join again with --upload-local to share them with the team (the team&apos;s bank, downloaded now, stays here).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/teamcommands.cpp" line="219"/>
        <source>Joined the team at %1 as %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/teamcommands.cpp" line="220"/>
        <source>First sync: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/teamcommands.cpp" line="230"/>
        <source>Left the team at %1; the local data stays here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/teamcommands.cpp" line="233"/>
        <source>%1 local changes had not reached the team&apos;s server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/teamcommands.cpp" line="264"/>
        <source>Server: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/teamcommands.cpp" line="266"/>
        <source>Changes waiting: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/teamcommands.cpp" line="268"/>
        <source>Last sync: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/teamcommands.cpp" line="269"/>
        <source>never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/teamcommands.cpp" line="270"/>
        <source>Conflicts: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/teamcommands.cpp" line="274"/>
        <source>deleted here, changed on the server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/teamcommands.cpp" line="276"/>
        <source>changed here, deleted on the server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/teamcommands.cpp" line="278"/>
        <source>changed here and on the server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/teamcommands.cpp" line="314"/>
        <source>Removed %1 interviews of the candidate from the team&apos;s server; the other laptops delete them at their next sync.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/teamcommands.cpp" line="329"/>
        <source>make the person a team lead (without it: an interviewer)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/teamcommands.cpp" line="332"/>
        <source>read the password from the first line of FILE (else PANELIST_TEAM_PASSWORD, else it is asked for)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/teamcommands.cpp" line="336"/>
        <source>on a first join, share this database&apos;s bank and plans with the team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/teamcommands.cpp" line="360"/>
        <source>link the database to a team&apos;s server as the URL&apos;s user and run a first sync (the password is kept in libpq&apos;s password file)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/teamcommands.cpp" line="367"/>
        <source>unlink the database from its team; the local data stays</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/teamcommands.cpp" line="372"/>
        <source>the team&apos;s server, the role, changes waiting, the last sync and the conflicts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/teamcommands.cpp" line="378"/>
        <source>push the changes waiting and pull the team&apos;s, once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/teamcommands.cpp" line="348"/>
        <source>create or update the team schema and its roles on a PostgreSQL server (URL: postgresql://USER@HOST:PORT/DATABASE)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/teamcommands.cpp" line="318"/>
        <source>The team&apos;s server could not take the removal now (%1); it waits here and removes the candidate from the team at the next sync.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/teamcommands.cpp" line="354"/>
        <source>create the sign-in role NAME for one person on the team server, or set its password and lead status again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/candidatecommands.cpp" line="25"/>
        <source>a candidate ID is a positive whole number, not &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/candidatecommands.cpp" line="43"/>
        <source>no interviews</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/candidatecommands.cpp" line="44"/>
        <source>%1 of %2 scorecards in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/candidatecommands.cpp" line="86"/>
        <source>--status is one of %1, not &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/candidatecommands.cpp" line="92"/>
        <source>There are no candidates.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/candidatecommands.cpp" line="100"/>
        <location filename="../app/cli/candidatecommands.cpp" line="152"/>
        <source>no candidate with id %1 in %2; candidate list shows the ids</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/candidatecommands.cpp" line="190"/>
        <source>  No interviews.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/candidatecommands.cpp" line="201"/>
        <source>hidden until you submit yours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/candidatecommands.cpp" line="205"/>
        <source>(no interviewer named)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/candidatecommands.cpp" line="215"/>
        <location filename="../app/cli/candidatecommands.cpp" line="220"/>
        <source>you</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/candidatecommands.cpp" line="217"/>
        <source>%n interview(s) of colleagues hidden until %1 has finished an interview of this candidate.</source>
        <translation>
            <numerusform>%n interview of colleagues hidden until %1 has finished an interview of this candidate.</numerusform>
            <numerusform>%n interviews of colleagues hidden until %1 has finished an interview of this candidate.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/cli/candidatecommands.cpp" line="230"/>
        <source>No candidates whose names differ only in letter case or accents.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/candidatecommands.cpp" line="235"/>
        <source>%1 &quot;%2&quot; and %3 &quot;%4&quot; may be the same person; merge with: panelist candidate merge %3 %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/candidatecommands.cpp" line="251"/>
        <source>FROM and INTO are both candidate %1; name two candidates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/candidatecommands.cpp" line="260"/>
        <source>Merged candidate %1 &quot;%2&quot; into %3 &quot;%4&quot;: %5 interview(s) moved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/candidatecommands.cpp" line="275"/>
        <source>a decision is one of %1, not &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/candidatecommands.cpp" line="278"/>
        <source>candidate decide needs --reason TEXT: say in a sentence why the panel decided to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/candidatecommands.cpp" line="295"/>
        <source>Recorded the decision on %1 (candidate %2): %3. Their status is %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/candidatecommands.cpp" line="323"/>
        <source>Wrote the debrief packet of %1 to %2: %3 scorecard(s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/candidatecommands.cpp" line="327"/>
        <source>%1 colleague scorecard(s) are left out: %2 has not submitted a scorecard for %3 yet (the bias guard).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/candidatecommands.cpp" line="330"/>
        <source>the unnamed interviewer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/candidatecommands.cpp" line="353"/>
        <source>Deleted the interview with %1 (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/candidatecommands.cpp" line="357"/>
        <source>Removed candidate %1 &quot;%2&quot;, who had no interviews.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/candidatecommands.cpp" line="359"/>
        <source>Removed candidate %1 &quot;%2&quot; and their interview.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/candidatecommands.cpp" line="360"/>
        <source>Removed candidate %1 &quot;%2&quot; and their %3 interviews.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/candidatecommands.cpp" line="378"/>
        <source>only candidates whose name, email or role holds every word (letter case and accents ignored)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/candidatecommands.cpp" line="382"/>
        <source>only candidates with this status: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/candidatecommands.cpp" line="386"/>
        <source>only candidates for this role (any letter case)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/candidatecommands.cpp" line="389"/>
        <source>why the panel decided so (required by candidate decide)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/candidatecommands.cpp" line="392"/>
        <source>look as this interviewer name (default: Settings&apos; interviewer name); a colleague&apos;s interview shows once that name has finished one of the candidate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/candidatecommands.cpp" line="406"/>
        <source>list the candidates by name, with how many of their interviews are finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/candidatecommands.cpp" line="412"/>
        <source>show a candidate and their interviews (who, plan, when, status, recommendation); a colleague&apos;s shows whole only once you have finished yours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/candidatecommands.cpp" line="431"/>
        <source>record the lead&apos;s decision on a candidate: advance, hire or reject, with --reason (hire and reject set the status; in a team only a lead may)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/candidatecommands.cpp" line="438"/>
        <source>write the candidate&apos;s debrief packet: the ratings chart, disagreements, decision and every scorecard the reader may see</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/candidatecommands.cpp" line="446"/>
        <source>delete a candidate and every interview of theirs, for good</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/candidatecommands.cpp" line="419"/>
        <source>list candidates whose names differ only in letter case or accents, who may be one person</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/candidatecommands.cpp" line="211"/>
        <source>%n colleague(s) submitted (%1). Their notes and scores show once %2 has finished an interview of this candidate.</source>
        <translation>
            <numerusform>%n colleague submitted (%1). Their notes and scores show once %2 has finished an interview of this candidate.</numerusform>
            <numerusform>%n colleagues submitted (%1). Their notes and scores show once %2 has finished an interview of this candidate.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/cli/candidatecommands.cpp" line="425"/>
        <source>move every interview of candidate FROM to INTO and delete FROM</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CompareModel</name>
    <message>
        <location filename="../models/interviews/comparemodel.cpp" line="45"/>
        <source>Candidate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/interviews/comparemodel.cpp" line="45"/>
        <source>Recommendation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/interviews/comparemodel.cpp" line="45"/>
        <source>Started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/interviews/comparemodel.cpp" line="45"/>
        <source>Overall</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/interviews/comparemodel.cpp" line="80"/>
        <source>%1 (live)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/interviews/comparemodel.cpp" line="101"/>
        <source>%1 (%2–%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/interviews/comparemodel.cpp" line="448"/>
        <source>%1 disagreement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/interviews/comparemodel.cpp" line="472"/>
        <source>No file was chosen for the table.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ComparePage</name>
    <message>
        <location filename="../qml/pages/ComparePage.qml" line="16"/>
        <source>Comparison</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/ComparePage.qml" line="47"/>
        <source>‹ Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/ComparePage.qml" line="50"/>
        <source>Back to the history (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/ComparePage.qml" line="53"/>
        <source>Compare candidates of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/ComparePage.qml" line="59"/>
        <source>Plan compared: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/ComparePage.qml" line="82"/>
        <source>Export CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/ComparePage.qml" line="454"/>
        <source>The interviewers disagree (a spread of 2 or more). </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/ComparePage.qml" line="455"/>
        <source>Ratings: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/ComparePage.qml" line="479"/>
        <source>Nobody to compare yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/ComparePage.qml" line="479"/>
        <source>Only one candidate so far</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/ComparePage.qml" line="480"/>
        <source>Candidates appear here once they have had an interview from this plan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/ComparePage.qml" line="481"/>
        <source>A comparison needs two candidates with an interview from this plan; the next one appears here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/ComparePage.qml" line="482"/>
        <source>Esc: back · Ctrl+2: plans · Ctrl+Enter: start an interview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/ComparePage.qml" line="488"/>
        <source>Save the comparison as CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/ComparePage.qml" line="489"/>
        <source>CSV (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConflictListModel</name>
    <message>
        <location filename="../models/common/conflictlistmodel.cpp" line="60"/>
        <source>Deleted here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/common/conflictlistmodel.cpp" line="60"/>
        <source>Deleted on the team&apos;s server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/common/conflictlistmodel.cpp" line="67"/>
        <location filename="../models/common/conflictlistmodel.cpp" line="309"/>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/common/conflictlistmodel.cpp" line="67"/>
        <source>(empty)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/common/conflictlistmodel.cpp" line="70"/>
        <source>Other details differ (times, order or flags).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/common/conflictlistmodel.cpp" line="89"/>
        <source>Deleted here, edited on the team&apos;s server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/common/conflictlistmodel.cpp" line="91"/>
        <source>Edited here, deleted on the team&apos;s server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/common/conflictlistmodel.cpp" line="93"/>
        <source>Amended here and on the team&apos;s server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/common/conflictlistmodel.cpp" line="94"/>
        <source>Edited here and on the team&apos;s server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/common/conflictlistmodel.cpp" line="194"/>
        <source>Cannot keep this laptop&apos;s version: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/common/conflictlistmodel.cpp" line="205"/>
        <source>Cannot take the team&apos;s version: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/common/conflictlistmodel.cpp" line="216"/>
        <location filename="../models/common/conflictlistmodel.cpp" line="234"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/common/conflictlistmodel.cpp" line="217"/>
        <source>Position</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/common/conflictlistmodel.cpp" line="219"/>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/common/conflictlistmodel.cpp" line="220"/>
        <source>Prompt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/common/conflictlistmodel.cpp" line="221"/>
        <source>Follow-ups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/common/conflictlistmodel.cpp" line="222"/>
        <source>Criteria</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/common/conflictlistmodel.cpp" line="223"/>
        <source>Junior anchor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/common/conflictlistmodel.cpp" line="224"/>
        <source>Middle anchor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/common/conflictlistmodel.cpp" line="225"/>
        <source>Senior anchor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/common/conflictlistmodel.cpp" line="226"/>
        <source>Reference answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/common/conflictlistmodel.cpp" line="227"/>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/common/conflictlistmodel.cpp" line="228"/>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/common/conflictlistmodel.cpp" line="229"/>
        <location filename="../models/common/conflictlistmodel.cpp" line="236"/>
        <source>Level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/common/conflictlistmodel.cpp" line="230"/>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/common/conflictlistmodel.cpp" line="231"/>
        <source>Minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/common/conflictlistmodel.cpp" line="232"/>
        <source>Archived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/common/conflictlistmodel.cpp" line="235"/>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/common/conflictlistmodel.cpp" line="237"/>
        <source>Target minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/common/conflictlistmodel.cpp" line="238"/>
        <source>Questions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/common/conflictlistmodel.cpp" line="242"/>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/common/conflictlistmodel.cpp" line="243"/>
        <source>Recommendation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/common/conflictlistmodel.cpp" line="244"/>
        <source>Scores and notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/common/conflictlistmodel.cpp" line="245"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/common/conflictlistmodel.cpp" line="246"/>
        <source>Candidate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/common/conflictlistmodel.cpp" line="281"/>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/common/conflictlistmodel.cpp" line="284"/>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/common/conflictlistmodel.cpp" line="284"/>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/common/conflictlistmodel.cpp" line="297"/>
        <source>%1 (%2 min)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/common/conflictlistmodel.cpp" line="300"/>
        <location filename="../models/common/conflictlistmodel.cpp" line="314"/>
        <source> — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/common/conflictlistmodel.cpp" line="365"/>
        <source>Cannot save the merge: this conflict is resolved already or one side was deleted; keep one side instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/common/conflictlistmodel.cpp" line="390"/>
        <source>Cannot save the merge of &quot;%1&quot;: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConflictMergeRow</name>
    <message>
        <location filename="../qml/components/ConflictMergeRow.qml" line="38"/>
        <source>This laptop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/ConflictMergeRow.qml" line="39"/>
        <source>The team&apos;s server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/ConflictMergeRow.qml" line="42"/>
        <location filename="../qml/components/ConflictMergeRow.qml" line="51"/>
        <source>(empty)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/ConflictMergeRow.qml" line="61"/>
        <source>What the team keeps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/ConflictMergeRow.qml" line="74"/>
        <location filename="../qml/components/ConflictMergeRow.qml" line="76"/>
        <source>Merged %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/ConflictMergeRow.qml" line="92"/>
        <source>Use mine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/ConflictMergeRow.qml" line="97"/>
        <source>Use theirs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/ConflictMergeRow.qml" line="106"/>
        <source>Keep this laptop&apos;s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/ConflictMergeRow.qml" line="112"/>
        <source>Take the server&apos;s</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConflictsDialog</name>
    <message>
        <location filename="../qml/components/ConflictsDialog.qml" line="17"/>
        <source>Conflicts with the team&apos;s server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/ConflictsDialog.qml" line="53"/>
        <source>A change made here met another one on the team&apos;s server. Until you choose, the team&apos;s version is the one in use here and yours is kept below; nothing is lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/ConflictsDialog.qml" line="54"/>
        <source>Merging &quot;%1&quot;: for each field that differs, write what the team should keep. Fields that are the same on both sides stay as they are.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/ConflictsDialog.qml" line="72"/>
        <source>No conflicts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/ConflictsDialog.qml" line="73"/>
        <source>Everything here matches the team&apos;s server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/ConflictsDialog.qml" line="74"/>
        <source>Esc closes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/ConflictsDialog.qml" line="109"/>
        <source>%1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/ConflictsDialog.qml" line="127"/>
        <source>This laptop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/ConflictsDialog.qml" line="128"/>
        <source>The team&apos;s server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/ConflictsDialog.qml" line="158"/>
        <source>Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/ConflictsDialog.qml" line="164"/>
        <source>Take theirs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/ConflictsDialog.qml" line="169"/>
        <source>Keep mine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/ConflictsDialog.qml" line="194"/>
        <source>Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/ConflictsDialog.qml" line="200"/>
        <source>Save merge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/ConflictsDialog.qml" line="208"/>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CoverageBars</name>
    <message>
        <location filename="../qml/components/CoverageBars.qml" line="51"/>
        <source>%1 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/CoverageBars.qml" line="59"/>
        <source>Nothing yet</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Credentials</name>
    <message>
        <location filename="../models/sync/credentials.cpp" line="100"/>
        <source>Cannot write the password file %1: %2. Check that its folder is writable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/sync/credentials.cpp" line="106"/>
        <source>Cannot write the password file %1: %2. Check the free space and that its folder is writable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/sync/credentials.cpp" line="146"/>
        <location filename="../models/sync/credentials.cpp" line="179"/>
        <source>the keychain did not answer within %1 seconds</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <location filename="../models/storage/database.cpp" line="50"/>
        <source>Cannot open database %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/storage/database.cpp" line="209"/>
        <source>Database %1 was written by a newer version of Panelist (schema version %2; this version reads up to %3). Update Panelist to open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/storage/database.cpp" line="224"/>
        <source>Database %1 is damaged: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/storage/database.cpp" line="218"/>
        <source>Database %1 is not set up yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/storage/database.cpp" line="66"/>
        <source>Database %1 cannot be used: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/storage/database.cpp" line="100"/>
        <source>Database %1 is a folder, not a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/storage/database.cpp" line="103"/>
        <source>%1 is not a Panelist database: it is not a regular file (a device, a pipe or a socket). It was left untouched; choose another file with --database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/storage/database.cpp" line="109"/>
        <source>Cannot read database %1: %2. Check the file&apos;s permissions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/storage/database.cpp" line="113"/>
        <source>Database %1 is read-only: Panelist writes every change at once, so it needs write permission on the file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/storage/database.cpp" line="119"/>
        <source>The folder %1 of database %2 is read-only: Panelist keeps its write-ahead log beside the database, so it needs to write in that folder. Make it writable or move the database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/storage/database.cpp" line="126"/>
        <source>%1-shm, the shared-memory file of database %1, is read-only; a program that opened the database read-only probably left it behind. If no Panelist or other program has the database open, delete %1-shm and start again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/storage/database.cpp" line="138"/>
        <source>Database %1 is a link to a file that does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/storage/database.cpp" line="147"/>
        <source>Cannot create database %1: the folder %2 is read-only. Choose a writable folder with --database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/storage/database.cpp" line="172"/>
        <source>Cannot read database %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/storage/database.cpp" line="167"/>
        <source>%1 is not a Panelist database (it is not an SQLite file). It was left untouched; choose another file with --database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/storage/database.cpp" line="140"/>
        <source>Cannot create folder %1 for the database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/storage/database.cpp" line="150"/>
        <source>Cannot create database %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/storage/database.cpp" line="199"/>
        <source>its application id is %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/storage/database.cpp" line="200"/>
        <source>it holds tables of its own, such as &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/storage/database.cpp" line="202"/>
        <source>%1 is not a Panelist database: it is an SQLite database of another program (%2). It was left untouched; choose another file with --database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/storage/database.cpp" line="236"/>
        <source>Database %1 cannot use write-ahead logging (journal mode is %2).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DatabaseCopy</name>
    <message>
        <location filename="../models/storage/databasecopy.cpp" line="161"/>
        <source>The copy of the database at %1 does not read back (%2); nothing was changed. Try another place.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/storage/databasecopy.cpp" line="182"/>
        <source>Choose where to move the database %1: a folder or a file name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/storage/databasecopy.cpp" line="187"/>
        <source>The database is already at %1. Choose another folder or file name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/storage/databasecopy.cpp" line="189"/>
        <source>Cannot move the database to %1: a file of that name already exists there. Choose another name, or remove that file first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/storage/databasecopy.cpp" line="195"/>
        <source>Cannot move the database to %1: the folder %2 does not exist. Create it first or choose another one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/storage/databasecopy.cpp" line="199"/>
        <source>Cannot move the database to %1: the folder %2 is not writable (%3). Choose a folder you can write to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/storage/databasecopy.cpp" line="216"/>
        <source>Cannot copy the database to %1: %2. Nothing was changed; free some space there or choose another place.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/storage/databasecopy.cpp" line="224"/>
        <source>Cannot write the copy of the database to %1: %2. Nothing was changed; free some space there or choose another place.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/storage/databasecopy.cpp" line="230"/>
        <source>The copy of the database at %1 has schema version %2, not %3; nothing was changed. Try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/storage/databasecopy.cpp" line="239"/>
        <source>The copy of the database at %1 differs in table %3 (%2 rows, the database %4): it may have changed during the copy (a team sync). Nothing was changed; try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/storage/databasecopy.cpp" line="254"/>
        <source>Cannot move the database to %1: a file of that name appeared there meanwhile. Choose another name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/storage/databasecopy.cpp" line="257"/>
        <source>Cannot give the copy of the database its name %1: %2. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/storage/databasecopy.cpp" line="263"/>
        <source>Cannot write the folder %1 to disk: %2. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DatabaseFile</name>
    <message>
        <location filename="../app/databasefile.cpp" line="69"/>
        <source>The PANELIST_DATABASE environment variable chooses the database (%1), so a location chosen here would not be used. Unset it to choose here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/databasefile.cpp" line="96"/>
        <source>Type the path of the database to open, or choose it with Browse….</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/databasefile.cpp" line="101"/>
        <source>%1 is the database already open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/databasefile.cpp" line="113"/>
        <source>Panelist restarts on %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/databasefile.cpp" line="136"/>
        <source>The database was copied to %1 and checked; Panelist restarts on it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/databasefile.cpp" line="165"/>
        <source>The old database %1 was kept: it changed after the copy to %2 was made.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/databasefile.cpp" line="168"/>
        <source>The old database %1 could not be removed; remove it yourself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/databasefile.cpp" line="171"/>
        <source>The old database %1 was removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/databasefile.cpp" line="176"/>
        <source>Could not start Panelist again; start it yourself: it opens %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DebriefDesk</name>
    <message>
        <location filename="../models/interviews/debriefdesk.cpp" line="79"/>
        <source>(no interviewer named)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/interviews/debriefdesk.cpp" line="98"/>
        <source>No recommendation</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../models/interviews/debriefdesk.cpp" line="123"/>
        <source>%n colleague scorecard(s) submitted: you read them once you submit your own</source>
        <translation>
            <numerusform>%n colleague scorecard submitted: you read them once you submit your own</numerusform>
            <numerusform>%n colleague scorecards submitted: you read them once you submit your own</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../models/interviews/debriefdesk.cpp" line="126"/>
        <source>%n interview(s) of the loop not finished yet</source>
        <translation>
            <numerusform>%n interview of the loop not finished yet</numerusform>
            <numerusform>%n interviews of the loop not finished yet</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../models/interviews/debriefdesk.cpp" line="144"/>
        <source>%1 — %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/interviews/debriefdesk.cpp" line="163"/>
        <source>There is no candidate %1 any more; it may have been removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/interviews/debriefdesk.cpp" line="191"/>
        <source>There is no interview %1 any more; it may have been removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/interviews/debriefdesk.cpp" line="216"/>
        <source>Open a candidate&apos;s debrief before recording a decision.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/interviews/debriefdesk.cpp" line="221"/>
        <source>Choose the decision: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/interviews/debriefdesk.cpp" line="247"/>
        <source>No file was chosen for the debrief packet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/interviews/debriefdesk.cpp" line="251"/>
        <source>Open a candidate&apos;s debrief before writing its packet.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DebriefDialog</name>
    <message>
        <location filename="../qml/components/DebriefDialog.qml" line="19"/>
        <source>Debrief</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/DebriefDialog.qml" line="22"/>
        <source>Debrief — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/DebriefDialog.qml" line="58"/>
        <source>Choose the decision first: 1 advance, 2 hire, 3 reject.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/DebriefDialog.qml" line="63"/>
        <source>Write the reason: the panel&apos;s why, in a sentence or two.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/components/DebriefDialog.qml" line="104"/>
        <source>%n scorecard(s) you may read</source>
        <translation>
            <numerusform>%n scorecard you may read</numerusform>
            <numerusform>%n scorecards you may read</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../qml/components/DebriefDialog.qml" line="122"/>
        <source>Competencies by interviewer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/DebriefDialog.qml" line="127"/>
        <source>Nothing to read yet: submit your own scorecard for this candidate first (the bias guard).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/DebriefDialog.qml" line="128"/>
        <source>No scorecard is in yet. Each interviewer&apos;s scorecard shows here once they finish their interview.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/DebriefDialog.qml" line="135"/>
        <source>The scorecards rate no competencies; their recommendations and notes are below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/DebriefDialog.qml" line="144"/>
        <source>Competency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/DebriefDialog.qml" line="160"/>
        <source>Panel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/DebriefDialog.qml" line="219"/>
        <source>%1 apart — talk it through</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/DebriefDialog.qml" line="220"/>
        <source>mean %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/DebriefDialog.qml" line="235"/>
        <source>Scorecards — the recommendations are mixed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/DebriefDialog.qml" line="235"/>
        <source>Scorecards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/DebriefDialog.qml" line="262"/>
        <source>amended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/DebriefDialog.qml" line="274"/>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/DebriefDialog.qml" line="275"/>
        <source>Key takeaways</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/DebriefDialog.qml" line="276"/>
        <source>Pros</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/DebriefDialog.qml" line="277"/>
        <source>Cons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/DebriefDialog.qml" line="291"/>
        <source>Nothing written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/DebriefDialog.qml" line="306"/>
        <source>Decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/DebriefDialog.qml" line="311"/>
        <source>No decision yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/components/DebriefDialog.qml" line="318"/>
        <source>%n earlier decision(s), superseded.</source>
        <translation>
            <numerusform>%n earlier decision, superseded.</numerusform>
            <numerusform>%n earlier decisions, superseded.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../qml/components/DebriefDialog.qml" line="351"/>
        <source>Decide (1–3):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/DebriefDialog.qml" line="383"/>
        <source>Reason (required): why the panel decided so</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/DebriefDialog.qml" line="411"/>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/DebriefDialog.qml" line="417"/>
        <source>Save packet PDF… (Ctrl+S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/DebriefDialog.qml" line="423"/>
        <source>Record decision (Ctrl+Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/DebriefDialog.qml" line="433"/>
        <source>Save the debrief packet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/DebriefDialog.qml" line="434"/>
        <source>PDF (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DebriefText</name>
    <message>
        <location filename="../models/formats/debriefpdf.cpp" line="117"/>
        <source>(no interviewer named)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/formats/debriefpdf.cpp" line="124"/>
        <source>No recommendation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/formats/debriefpdf.cpp" line="130"/>
        <location filename="../models/formats/debriefpdf.cpp" line="351"/>
        <source>not rated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/formats/debriefpdf.cpp" line="198"/>
        <source>Nothing written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/formats/debriefpdf.cpp" line="208"/>
        <source>DEBRIEF PACKET</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../models/formats/debriefpdf.cpp" line="216"/>
        <source>%n scorecard(s)</source>
        <translation>
            <numerusform>%n scorecard</numerusform>
            <numerusform>%n scorecards</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../models/formats/debriefpdf.cpp" line="218"/>
        <source>%n interview(s) not finished</source>
        <translation>
            <numerusform>%n interview not finished</numerusform>
            <numerusform>%n interviews not finished</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../models/formats/debriefpdf.cpp" line="220"/>
        <source>%1 not readable yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/formats/debriefpdf.cpp" line="225"/>
        <source>STATUS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/formats/debriefpdf.cpp" line="226"/>
        <source>SCORECARDS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/formats/debriefpdf.cpp" line="227"/>
        <source>PANEL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/formats/debriefpdf.cpp" line="228"/>
        <source>—</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/formats/debriefpdf.cpp" line="229"/>
        <source>PREPARED</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/formats/debriefpdf.cpp" line="265"/>
        <source>DECISION</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/formats/debriefpdf.cpp" line="269"/>
        <source>No decision yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/formats/debriefpdf.cpp" line="270"/>
        <source>The lead records it after the debrief.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/formats/debriefpdf.cpp" line="274"/>
        <source>Decided %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/formats/debriefpdf.cpp" line="275"/>
        <source>Decided by %1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/formats/debriefpdf.cpp" line="279"/>
        <source>REASON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/formats/debriefpdf.cpp" line="287"/>
        <source>%1 on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/formats/debriefpdf.cpp" line="290"/>
        <source>Earlier decisions, superseded: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/formats/debriefpdf.cpp" line="315"/>
        <source>Competency ratings by interviewer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/formats/debriefpdf.cpp" line="319"/>
        <source>No scorecard is in yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/formats/debriefpdf.cpp" line="320"/>
        <source>The scorecards rate no competencies.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/formats/debriefpdf.cpp" line="352"/>
        <source>mean %1 · spread %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/formats/debriefpdf.cpp" line="431"/>
        <source>Recommendations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/formats/debriefpdf.cpp" line="447"/>
        <source>Disagreements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/formats/debriefpdf.cpp" line="457"/>
        <source>%1: ratings from %2 to %3 (%4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/formats/debriefpdf.cpp" line="468"/>
        <source>Mixed recommendations: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/formats/debriefpdf.cpp" line="472"/>
        <source>Fewer than two scorecards: nothing to compare yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/formats/debriefpdf.cpp" line="473"/>
        <source>None: no competency&apos;s ratings lie %1 or more apart, and the recommendations agree.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/formats/debriefpdf.cpp" line="497"/>
        <source>SCORECARD %1 OF %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/formats/debriefpdf.cpp" line="510"/>
        <source>submitted %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/formats/debriefpdf.cpp" line="512"/>
        <source>amended after the call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/formats/debriefpdf.cpp" line="516"/>
        <source>RECOMMENDATION</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/formats/debriefpdf.cpp" line="521"/>
        <source>Competencies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/formats/debriefpdf.cpp" line="539"/>
        <source>The evidence suggested %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/formats/debriefpdf.cpp" line="542"/>
        <source>No question evidences it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/formats/debriefpdf.cpp" line="546"/>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/formats/debriefpdf.cpp" line="552"/>
        <source>This scorecard rates no competencies.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/formats/debriefpdf.cpp" line="555"/>
        <source>Notes for the panel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/formats/debriefpdf.cpp" line="557"/>
        <source>SUMMARY</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/formats/debriefpdf.cpp" line="558"/>
        <source>KEY TAKEAWAYS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/formats/debriefpdf.cpp" line="559"/>
        <source>PROS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/formats/debriefpdf.cpp" line="560"/>
        <source>CONS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/formats/debriefpdf.cpp" line="565"/>
        <location filename="../models/formats/debriefpdf.cpp" line="577"/>
        <source>Debrief packet — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/formats/debriefpdf.cpp" line="566"/>
        <source>Confidential — candidate data, for the hiring panel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/formats/debriefpdf.cpp" line="575"/>
        <source>Writing a PDF needs the graphical application (fonts).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/formats/debriefpdf.cpp" line="604"/>
        <source>The PDF writer could not start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/formats/debriefpdf.cpp" line="609"/>
        <source>Debrief packet</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DecisionRepository</name>
    <message>
        <location filename="../models/storage/decisionrepository.cpp" line="37"/>
        <source>Database %1: candidate_decisions.decision holds &quot;%2&quot;, which this Panelist does not know (one of %3). Update Panelist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/storage/decisionrepository.cpp" line="63"/>
        <source>There is no candidate %1 in %2; `candidate list` shows their ids.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/storage/decisionrepository.cpp" line="69"/>
        <source>The decision on %1 needs a reason: say in a sentence why the panel decided to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/storage/decisionrepository.cpp" line="73"/>
        <source>The reason for the decision on %1 is %2 characters long; shorten it to at most %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/storage/decisionrepository.cpp" line="149"/>
        <source>Only a lead records decisions in the team of %1: this laptop signs in as &quot;%2&quot;, an interviewer. Ask a lead to decide (`panelist team add-interviewer URL NAME --lead` makes one).</source>
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
        <location filename="../qml/components/DraftDialog.qml" line="21"/>
        <source>Panelist closed while “%1” had unsaved changes. Continue editing it?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/DraftDialog.qml" line="22"/>
        <source>a new question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/DraftDialog.qml" line="26"/>
        <source>Discard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/DraftDialog.qml" line="35"/>
        <source>Restore</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EditorPage</name>
    <message>
        <location filename="../qml/pages/EditorPage.qml" line="12"/>
        <source>Question editor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/EditorPage.qml" line="18"/>
        <source>New question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/EditorPage.qml" line="18"/>
        <source>Edit question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/EditorPage.qml" line="57"/>
        <source>← Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/EditorPage.qml" line="60"/>
        <source>Back to the bank (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/EditorPage.qml" line="70"/>
        <source>Unsaved changes (kept as a draft)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/EditorPage.qml" line="71"/>
        <source>Saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/EditorPage.qml" line="71"/>
        <source>Not saved yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/EditorPage.qml" line="76"/>
        <source>Save (Ctrl+S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/EditorPage.qml" line="113"/>
        <source>Title (required)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/EditorPage.qml" line="115"/>
        <source>Title — a short name for the question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/EditorPage.qml" line="133"/>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/EditorPage.qml" line="134"/>
        <source>Level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/EditorPage.qml" line="135"/>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/EditorPage.qml" line="136"/>
        <location filename="../qml/pages/EditorPage.qml" line="189"/>
        <source>Minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/EditorPage.qml" line="141"/>
        <source>Category (pick or type a new one)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/EditorPage.qml" line="168"/>
        <source>Level: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/EditorPage.qml" line="179"/>
        <source>Kind: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/EditorPage.qml" line="206"/>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/EditorPage.qml" line="208"/>
        <source>Tags, separated by commas — e.g. gil, threading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/EditorPage.qml" line="220"/>
        <source>Prompt (Markdown; code in ``` blocks) — preview on the right</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/EditorPage.qml" line="221"/>
        <source>What you ask the candidate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/EditorPage.qml" line="228"/>
        <source>Follow-ups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/EditorPage.qml" line="232"/>
        <source>+ Add follow-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/EditorPage.qml" line="233"/>
        <source>A follow-up question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/EditorPage.qml" line="239"/>
        <source>Rubric criteria</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/EditorPage.qml" line="243"/>
        <source>+ Add criterion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/EditorPage.qml" line="244"/>
        <source>An observable signal, e.g. “names reference counting”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/EditorPage.qml" line="250"/>
        <source>Level anchors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/EditorPage.qml" line="280"/>
        <source>Reference answer (Markdown key points)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/EditorPage.qml" line="281"/>
        <source>- the points a strong answer covers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/EditorPage.qml" line="296"/>
        <source>Keep your changes?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/EditorPage.qml" line="298"/>
        <source>This question has unsaved changes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/EditorPage.qml" line="302"/>
        <source>Keep editing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/EditorPage.qml" line="308"/>
        <source>Discard changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/EditorPage.qml" line="318"/>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../qml/components/ExportDialog.qml" line="8"/>
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
        <location filename="../qml/components/FacetMenu.qml" line="28"/>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FinishDialog</name>
    <message>
        <location filename="../qml/components/FinishDialog.qml" line="27"/>
        <source>Finish the interview with %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/FinishDialog.qml" line="284"/>
        <source>Recommendation (1–4 or arrows)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/FinishDialog.qml" line="26"/>
        <source>Finish the interview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/FinishDialog.qml" line="178"/>
        <source>Scorecard: rate each competency (1–4 or arrows, Tab for the next)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/FinishDialog.qml" line="211"/>
        <location filename="../qml/components/FinishDialog.qml" line="221"/>
        <source>Key takeaways</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/FinishDialog.qml" line="223"/>
        <source>The two or three things the panel should remember.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/FinishDialog.qml" line="237"/>
        <location filename="../qml/components/FinishDialog.qml" line="247"/>
        <source>Pros</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/FinishDialog.qml" line="249"/>
        <source>What speaks for hiring.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/FinishDialog.qml" line="261"/>
        <location filename="../qml/components/FinishDialog.qml" line="271"/>
        <source>Cons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/FinishDialog.qml" line="273"/>
        <source>What speaks against.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/FinishDialog.qml" line="350"/>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/FinishDialog.qml" line="360"/>
        <source>Summary (required)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/FinishDialog.qml" line="362"/>
        <source>What the hiring team should know: strengths, concerns, level.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/FinishDialog.qml" line="383"/>
        <source>Keep going</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/FinishDialog.qml" line="389"/>
        <source>Finish (Ctrl+Enter)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HistoryPage</name>
    <message>
        <location filename="../qml/pages/HistoryPage.qml" line="28"/>
        <source>All plans</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/HistoryPage.qml" line="101"/>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/HistoryPage.qml" line="105"/>
        <source>Open in the interview console, to continue or amend (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/HistoryPage.qml" line="109"/>
        <source>PDF summary…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/HistoryPage.qml" line="113"/>
        <source>Preview the summary for the hiring team, then save it (Ctrl+P)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/HistoryPage.qml" line="117"/>
        <source>Debrief…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/HistoryPage.qml" line="121"/>
        <source>Every scorecard of this candidate side by side, and the decision (Ctrl+D)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/HistoryPage.qml" line="124"/>
        <source>Compare plan…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/HistoryPage.qml" line="128"/>
        <source>Every candidate of this plan side by side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/HistoryPage.qml" line="132"/>
        <source>Delete…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/HistoryPage.qml" line="136"/>
        <source>Erase this interview from the database (Delete)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/HistoryPage.qml" line="140"/>
        <source>Delete candidate…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/HistoryPage.qml" line="144"/>
        <source>Erase every interview of this candidate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/HistoryPage.qml" line="161"/>
        <source>Search interviews</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/HistoryPage.qml" line="163"/>
        <source>Search candidate, role, plan, interviewer (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/HistoryPage.qml" line="181"/>
        <source>Status: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/HistoryPage.qml" line="191"/>
        <source>Plan: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/pages/HistoryPage.qml" line="208"/>
        <source>%n interview(s)</source>
        <translation>
            <numerusform>%n interview</numerusform>
            <numerusform>%n interviews</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../qml/pages/HistoryPage.qml" line="243"/>
        <source>No interview matches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/HistoryPage.qml" line="243"/>
        <source>No interviews yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/HistoryPage.qml" line="244"/>
        <source>Try fewer letters, or clear the filters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/HistoryPage.qml" line="245"/>
        <source>Run one from a plan (Plans, Ctrl+Enter); finished interviews land here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/HistoryPage.qml" line="246"/>
        <source>Ctrl+F: the search field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/HistoryPage.qml" line="246"/>
        <source>Ctrl+2: plans · Ctrl+Enter: start an interview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/HistoryPage.qml" line="271"/>
        <source>Delete everything about %1?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/HistoryPage.qml" line="269"/>
        <location filename="../qml/pages/HistoryPage.qml" line="272"/>
        <source>Delete this interview?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/HistoryPage.qml" line="14"/>
        <location filename="../qml/pages/HistoryPage.qml" line="219"/>
        <source>Interviews</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/pages/HistoryPage.qml" line="287"/>
        <source>All %n interview(s) of %1 go: notes, scores, criteria, follow-ups, recommendations and summaries. They are erased from the database file itself, not just hidden. This cannot be undone.</source>
        <translation>
            <numerusform>All %n interview of %1 go: notes, scores, criteria, follow-ups, recommendations and summaries. They are erased from the database file itself, not just hidden. This cannot be undone.</numerusform>
            <numerusform>All %n interviews of %1 go: notes, scores, criteria, follow-ups, recommendations and summaries. They are erased from the database file itself, not just hidden. This cannot be undone.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../qml/pages/HistoryPage.qml" line="288"/>
        <source>The interview with %1 on %2 (%3) goes: its notes, scores, criteria, follow-ups, recommendation and summary. It is erased from the database file itself, not just hidden. This cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/HistoryPage.qml" line="293"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/HistoryPage.qml" line="299"/>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HistoryRow</name>
    <message>
        <location filename="../qml/components/HistoryRow.qml" line="27"/>
        <location filename="../qml/components/HistoryRow.qml" line="73"/>
        <source>amended</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HistorySection</name>
    <message>
        <location filename="../qml/components/HistorySection.qml" line="80"/>
        <source>Candidates or interviews</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/HistorySection.qml" line="86"/>
        <source>Candidates · %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/HistorySection.qml" line="91"/>
        <source>Every candidate and their loop (Ctrl+Shift+C)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/HistorySection.qml" line="95"/>
        <source>Interviews · %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/HistorySection.qml" line="100"/>
        <source>Every interview and its record (Ctrl+Shift+I)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/HistorySection.qml" line="169"/>
        <source>Saved %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../qml/components/ImportDialog.qml" line="7"/>
        <source>Import a question bank</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/ImportDialog.qml" line="8"/>
        <source>Question banks (*.json *.md *.markdown)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/ImportDialog.qml" line="8"/>
        <source>All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportProgressDialog</name>
    <message>
        <location filename="../qml/components/ImportProgressDialog.qml" line="13"/>
        <source>Importing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/ImportProgressDialog.qml" line="13"/>
        <source>Import finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/ImportProgressDialog.qml" line="31"/>
        <source>Nothing was written; the bank is as it was.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/ImportProgressDialog.qml" line="37"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/ImportProgressDialog.qml" line="37"/>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Interview</name>
    <message>
        <location filename="../models/domain/interview.cpp" line="177"/>
        <source>%1 min</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InterviewDesk</name>
    <message>
        <location filename="../models/interviews/interviewdesk.cpp" line="157"/>
        <source>The scheduled time &quot;%1&quot; is not of the form YYYY-MM-DD HH:MM.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/interviews/interviewdesk.cpp" line="182"/>
        <location filename="../models/interviews/interviewdesk.cpp" line="292"/>
        <location filename="../models/interviews/interviewdesk.cpp" line="402"/>
        <source>There is no interview with id %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/interviews/interviewdesk.cpp" line="244"/>
        <source>The page size is A4 or Letter, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/interviews/interviewdesk.cpp" line="384"/>
        <source>Removed 1 candidate whose last interview ended more than %1 days ago, with all their interviews: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/interviews/interviewdesk.cpp" line="388"/>
        <source>Removed %1 candidates whose last interview ended more than %2 days ago, with all their interviews: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/interviews/interviewdesk.cpp" line="424"/>
        <source>There is no PDF view to show the preview in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/interviews/interviewdesk.cpp" line="446"/>
        <source>Cannot make the preview: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/interviews/interviewdesk.cpp" line="462"/>
        <source>The PDF summary of interview %1 could not be shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/interviews/interviewdesk.cpp" line="489"/>
        <source>No file was chosen for the PDF.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InterviewListModel</name>
    <message>
        <location filename="../models/interviews/interviewlistmodel.cpp" line="109"/>
        <source>All interviews</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InterviewRecord</name>
    <message>
        <location filename="../qml/components/InterviewRecord.qml" line="46"/>
        <source>interviewed by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/InterviewRecord.qml" line="67"/>
        <source>amended after the call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/InterviewRecord.qml" line="81"/>
        <source>Scorecard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/InterviewRecord.qml" line="94"/>
        <source>Questions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/InterviewRecord.qml" line="153"/>
        <source>strong signal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/InterviewRecord.qml" line="154"/>
        <source>concern</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/InterviewRecord.qml" line="194"/>
        <source>**Follow-ups asked:**</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InterviewRecordModel</name>
    <message>
        <location filename="../models/interviews/interviewrecordmodel.cpp" line="47"/>
        <source>%1:%2 of %3 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/interviews/interviewrecordmodel.cpp" line="72"/>
        <source> (added)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InterviewRepository</name>
    <message>
        <location filename="../models/storage/interviewrepository.cpp" line="58"/>
        <source>An interview needs the candidate&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/storage/interviewrepository.cpp" line="61"/>
        <source>The plan &quot;%1&quot; has no questions to ask.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/storage/interviewrepository.cpp" line="74"/>
        <source>There is no candidate %1 in %2 to interview; pick one from the list or name a new one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/storage/interviewrepository.cpp" line="372"/>
        <source>The rating of &quot;%1&quot; is %2; a competency is rated %3 to %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/storage/interviewrepository.cpp" line="383"/>
        <source>key takeaways</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/storage/interviewrepository.cpp" line="384"/>
        <source>pros</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/storage/interviewrepository.cpp" line="385"/>
        <source>cons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/storage/interviewrepository.cpp" line="388"/>
        <source>The scorecard&apos;s %1 are %2 characters long; at most %3 fit. Shorten them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/storage/interviewrepository.cpp" line="486"/>
        <source>A finished interview needs a recommendation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/storage/interviewrepository.cpp" line="529"/>
        <source>A score is %1 to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/storage/interviewrepository.cpp" line="575"/>
        <source>A follow-up needs some text.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InterviewStart</name>
    <message>
        <location filename="../models/storage/interviewstart.cpp" line="18"/>
        <source>There is no plan with id %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/storage/interviewstart.cpp" line="28"/>
        <source>The question &quot;%1&quot; is gone from the bank.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>JsonFields</name>
    <message>
        <location filename="../models/formats/jsonfields.cpp" line="26"/>
        <source>a boolean</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/formats/jsonfields.cpp" line="28"/>
        <source>a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/formats/jsonfields.cpp" line="30"/>
        <source>a string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/formats/jsonfields.cpp" line="32"/>
        <source>a list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/formats/jsonfields.cpp" line="34"/>
        <source>an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/formats/jsonfields.cpp" line="38"/>
        <source>missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/formats/jsonfields.cpp" line="57"/>
        <source>text (&quot;%1%2&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/formats/jsonfields.cpp" line="78"/>
        <source>line %1, column %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/formats/jsonfields.cpp" line="87"/>
        <source>is not a field of this format (known: %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/formats/jsonfields.cpp" line="94"/>
        <source>%1: field &quot;%2&quot; %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/formats/jsonfields.cpp" line="104"/>
        <location filename="../models/formats/jsonfields.cpp" line="115"/>
        <location filename="../models/formats/jsonfields.cpp" line="172"/>
        <source>is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/formats/jsonfields.cpp" line="105"/>
        <source>must be a string, not %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/formats/jsonfields.cpp" line="122"/>
        <source>must be a whole number, not %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/formats/jsonfields.cpp" line="132"/>
        <source>must be true or false, not %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/formats/jsonfields.cpp" line="142"/>
        <source>must be a list of strings, not %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/formats/jsonfields.cpp" line="147"/>
        <source>item %1 must be a string, not %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/formats/jsonfields.cpp" line="161"/>
        <source>must be an object, not %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/formats/jsonfields.cpp" line="173"/>
        <source>must be a list, not %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Language</name>
    <message>
        <location filename="../app/language.cpp" line="117"/>
        <source>Follow the system</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ListEditor</name>
    <message>
        <location filename="../qml/components/ListEditor.qml" line="88"/>
        <source>Move up (Alt+Up)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/ListEditor.qml" line="96"/>
        <source>Move down (Alt+Down)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/ListEditor.qml" line="103"/>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LiveAgenda</name>
    <message>
        <location filename="../qml/components/LiveAgenda.qml" line="21"/>
        <source>Agenda</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/LiveAgenda.qml" line="42"/>
        <source>current</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/LiveAgenda.qml" line="43"/>
        <source>done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/LiveAgenda.qml" line="44"/>
        <source>skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/LiveAgenda.qml" line="44"/>
        <source>pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/LiveAgenda.qml" line="45"/>
        <source>score %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/LiveAgenda.qml" line="46"/>
        <source>strong signal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/LiveAgenda.qml" line="47"/>
        <source>concern</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LiveHeader</name>
    <message>
        <location filename="../qml/components/LiveHeader.qml" line="35"/>
        <source>Agenda</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/LiveHeader.qml" line="42"/>
        <source>Show or hide the list of questions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/LiveHeader.qml" line="65"/>
        <source>paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/LiveHeader.qml" line="69"/>
        <source>amended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/LiveHeader.qml" line="75"/>
        <source>Clock: %1 of %2 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/LiveHeader.qml" line="76"/>
        <source>%1 of %2 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/LiveHeader.qml" line="81"/>
        <source>Pace: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/LiveHeader.qml" line="90"/>
        <source>Resume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/LiveHeader.qml" line="90"/>
        <source>Pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/LiveHeader.qml" line="95"/>
        <source>Stop or restart the clocks (Ctrl+P)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/LiveHeader.qml" line="98"/>
        <source>Finish…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/LiveHeader.qml" line="103"/>
        <source>Recommendation and summary, then end the call (Ctrl+E)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/LiveHeader.qml" line="107"/>
        <source>Reopen to amend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/LiveHeader.qml" line="110"/>
        <source>Edit the record again; it is marked amended (Ctrl+R)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/LiveHeader.qml" line="118"/>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/LiveHeader.qml" line="124"/>
        <source>Keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/LiveHeader.qml" line="128"/>
        <source>Every shortcut of the live view (F1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LiveInterview</name>
    <message>
        <location filename="../models/interviews/liveinterview.cpp" line="36"/>
        <source>Notes are not reaching the disk (%1); they are kept and tried again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/interviews/liveinterview.cpp" line="159"/>
        <source>On time</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../models/interviews/liveinterview.cpp" line="161"/>
        <source>%n min ahead</source>
        <translation>
            <numerusform>%n min ahead</numerusform>
            <numerusform>%n min ahead</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../models/interviews/liveinterview.cpp" line="162"/>
        <source>%n min behind</source>
        <translation>
            <numerusform>%n min behind</numerusform>
            <numerusform>%n min behind</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../models/interviews/liveinterview.cpp" line="190"/>
        <source>Behind with nothing left to skip: shorten the current question.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../models/interviews/liveinterview.cpp" line="191"/>
        <source>Even skipping all that is left (%n min) will not catch up: wrap this question up and keep the rest short.</source>
        <translation>
            <numerusform>Even skipping all that is left (%n min) will not catch up: wrap this question up and keep the rest short.</numerusform>
            <numerusform>Even skipping all that is left (%n min) will not catch up: wrap this question up and keep the rest short.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../models/interviews/liveinterview.cpp" line="198"/>
        <source>To catch up, consider skipping: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/interviews/liveinterview.cpp" line="219"/>
        <source>The answer shows nothing the question looks for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/interviews/liveinterview.cpp" line="514"/>
        <source>Choose a recommendation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/interviews/liveinterview.cpp" line="516"/>
        <source>Write a summary for the hiring team.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/interviews/liveinterview.cpp" line="543"/>
        <source>Skipped: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/interviews/liveinterview.cpp" line="545"/>
        <source>Not asked yet: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/interviews/liveinterview.cpp" line="547"/>
        <source>Asked but not scored: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/interviews/liveinterview.cpp" line="594"/>
        <source>suggested: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/interviews/liveinterview.cpp" line="635"/>
        <source>Not rated yet: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LiveKeys</name>
    <message>
        <location filename="../models/interviews/livekeys.cpp" line="11"/>
        <source>Ctrl+→</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/interviews/livekeys.cpp" line="11"/>
        <source>Next question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/interviews/livekeys.cpp" line="12"/>
        <source>Ctrl+←</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/interviews/livekeys.cpp" line="12"/>
        <source>Previous question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/interviews/livekeys.cpp" line="13"/>
        <source>Ctrl+Shift+S</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/interviews/livekeys.cpp" line="13"/>
        <source>Skip this question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/interviews/livekeys.cpp" line="14"/>
        <source>Ctrl+1 … Ctrl+4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/interviews/livekeys.cpp" line="15"/>
        <source>Score: no signal, junior, middle, senior (again clears)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/interviews/livekeys.cpp" line="16"/>
        <source>Alt+1 … Alt+9</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/interviews/livekeys.cpp" line="16"/>
        <source>Mark rubric criterion N met</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/interviews/livekeys.cpp" line="17"/>
        <source>Alt+Shift+1 … 9</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/interviews/livekeys.cpp" line="17"/>
        <source>Mark follow-up N asked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/interviews/livekeys.cpp" line="18"/>
        <source>Ctrl+Shift+A</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/interviews/livekeys.cpp" line="19"/>
        <source>Add a follow-up you asked (Enter adds, Esc goes back)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/interviews/livekeys.cpp" line="20"/>
        <source>Ctrl+Shift+1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/interviews/livekeys.cpp" line="20"/>
        <source>Flag: strong signal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/interviews/livekeys.cpp" line="21"/>
        <source>Ctrl+Shift+2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/interviews/livekeys.cpp" line="21"/>
        <source>Flag: concern</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/interviews/livekeys.cpp" line="22"/>
        <source>Enter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/interviews/livekeys.cpp" line="22"/>
        <source>New notes line, stamped with the time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/interviews/livekeys.cpp" line="23"/>
        <source>Ctrl+P</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/interviews/livekeys.cpp" line="23"/>
        <source>Pause or resume the clocks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/interviews/livekeys.cpp" line="24"/>
        <source>Ctrl+E</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/interviews/livekeys.cpp" line="24"/>
        <source>Finish: recommendation and summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/interviews/livekeys.cpp" line="25"/>
        <source>Ctrl+R</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/interviews/livekeys.cpp" line="25"/>
        <source>Reopen a finished interview to amend it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/interviews/livekeys.cpp" line="26"/>
        <source>Ctrl+PgUp / Ctrl+PgDown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/interviews/livekeys.cpp" line="26"/>
        <source>Previous or next section of the window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/interviews/livekeys.cpp" line="28"/>
        <source>F1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/interviews/livekeys.cpp" line="28"/>
        <source>This sheet</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LiveNotes</name>
    <message>
        <location filename="../qml/components/LiveNotes.qml" line="48"/>
        <source>Notes · each line stamped with the time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/LiveNotes.qml" line="61"/>
        <source>Notes on question %1 of %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/LiveNotes.qml" line="68"/>
        <source>Type while they talk. Enter starts a new stamped line; Ctrl+→ moves on.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LivePage</name>
    <message>
        <location filename="../qml/pages/LivePage.qml" line="13"/>
        <source>Interview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/LivePage.qml" line="128"/>
        <source>No interview running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/LivePage.qml" line="129"/>
        <source>Start one from a plan: open Plans (Ctrl+2), select a plan and press Ctrl+Enter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/LivePage.qml" line="130"/>
        <source>Ctrl+2: plans · Ctrl+Enter: start an interview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/LivePage.qml" line="151"/>
        <source>Finished — recommendation: %1. %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LiveQuestion</name>
    <message>
        <location filename="../qml/components/LiveQuestion.qml" line="52"/>
        <source>Question %1 of %2 · %3 of %4 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/LiveQuestion.qml" line="71"/>
        <source>Plan note: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/LiveQuestion.qml" line="115"/>
        <source>Question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/LiveQuestion.qml" line="130"/>
        <source>Follow-ups · Alt+Shift+number marks asked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/LiveQuestion.qml" line="155"/>
        <source>(added)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/LiveQuestion.qml" line="166"/>
        <source>Ad-hoc follow-up (Ctrl+Shift+A)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/LiveQuestion.qml" line="167"/>
        <source>Ask something else? Type it and press Enter (Ctrl+Shift+A)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/LiveQuestion.qml" line="191"/>
        <source>Rubric · Alt+number marks met</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LiveScoring</name>
    <message>
        <location filename="../qml/components/LiveScoring.qml" line="17"/>
        <source>Score · Ctrl+1…4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/LiveScoring.qml" line="34"/>
        <source>Score %1, %2 (Ctrl+%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/LiveScoring.qml" line="75"/>
        <source>★ Strong signal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/LiveScoring.qml" line="85"/>
        <source>Strong signal (Ctrl+Shift+1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/LiveScoring.qml" line="87"/>
        <source>Ctrl+Shift+1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/LiveScoring.qml" line="91"/>
        <source>⚑ Concern</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/LiveScoring.qml" line="101"/>
        <source>Concern (Ctrl+Shift+2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/LiveScoring.qml" line="103"/>
        <source>Ctrl+Shift+2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LocalSync</name>
    <message>
        <location filename="../models/storage/localsync.cpp" line="63"/>
        <source>The sync tables hold the kind &quot;%1&quot;, which this version of Panelist does not know; open the database with the Panelist that wrote it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/storage/localsync.cpp" line="107"/>
        <source>The server address %1 holds a password; Panelist keeps addresses without one. Give the address without the password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/storage/localsync.cpp" line="113"/>
        <source>%1 is linked to the team at %2 already; leave that team first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/storage/localsync.cpp" line="761"/>
        <source>That conflict was resolved already.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LoopRow</name>
    <message>
        <location filename="../qml/components/LoopRow.qml" line="40"/>
        <source>(no interviewer named)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/LoopRow.qml" line="56"/>
        <source>Not started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/LoopRow.qml" line="57"/>
        <source>%1 – %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/LoopRow.qml" line="58"/>
        <source>Started %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/LoopRow.qml" line="71"/>
        <source>Scorecard in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/LoopRow.qml" line="77"/>
        <source>Hidden until yours is in</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message numerus="yes">
        <location filename="../qml/components/WindowHeader.qml" line="76"/>
        <source>Bank · %n question(s)</source>
        <translation>
            <numerusform>Bank · %n question</numerusform>
            <numerusform>Bank · %n questions</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../qml/Main.qml" line="28"/>
        <source>Question bank — Panelist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Main.qml" line="29"/>
        <source>Interview plans — Panelist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Main.qml" line="30"/>
        <source>Candidates — Panelist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Main.qml" line="31"/>
        <source>Interview with %1 — Panelist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Main.qml" line="32"/>
        <source>Interview — Panelist</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PdfInfo</name>
    <message>
        <location filename="../models/formats/pdfinfo.cpp" line="32"/>
        <source>The PDF writer produced no trailer, so the title and author could not be added. This is a bug in Panelist; please report it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/formats/pdfinfo.cpp" line="44"/>
        <source>The PDF writer produced a trailer without /Size, /Root or startxref, so the title and author could not be added. This is a bug in Panelist; please report it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PdfPreviewPage</name>
    <message>
        <location filename="../qml/pages/PdfPreviewPage.qml" line="12"/>
        <source>PDF preview</source>
        <translation type="unfinished"></translation>
    </message>
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
        <location filename="../qml/pages/PdfPreviewPage.qml" line="66"/>
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n page</numerusform>
            <numerusform>%n pages</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../qml/pages/PdfPreviewPage.qml" line="72"/>
        <source>Page size: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/PdfPreviewPage.qml" line="83"/>
        <source>Save PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/PdfPreviewPage.qml" line="89"/>
        <source>Choose where to save it (Ctrl+S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/PdfPreviewPage.qml" line="118"/>
        <source>Save the interview summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/PdfPreviewPage.qml" line="119"/>
        <source>PDF (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlanCompetencies</name>
    <message>
        <location filename="../models/domain/plan.cpp" line="20"/>
        <source>(unnamed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/plan.cpp" line="50"/>
        <source>Plan &quot;%1&quot; names %2 competencies; a scorecard rates at most %3. Remove some or merge them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/plan.cpp" line="60"/>
        <source>Plan &quot;%1&quot;: competency %2 has no name. Name it or remove it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/plan.cpp" line="67"/>
        <source>Plan &quot;%1&quot;: the name of competency %2 (&quot;%3…&quot;) is longer than %4 characters. Shorten it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/plan.cpp" line="74"/>
        <source>Plan &quot;%1&quot;: the description of competency &quot;%2&quot; is longer than %3 characters. Shorten it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/plan.cpp" line="80"/>
        <source>Plan &quot;%1&quot; names competency &quot;%2&quot; twice. Give each competency its own name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/plan.cpp" line="88"/>
        <source>Plan &quot;%1&quot;: question %2 (&quot;%3&quot;) names competency %4, but the plan has %5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/plan.cpp" line="108"/>
        <source>Add at least %1 more competency: a scorecard rates %2 to %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/plan.cpp" line="112"/>
        <source>Remove %1 of the competencies: a scorecard rates %2 to %3.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlanEditor</name>
    <message>
        <location filename="../models/plans/planeditor.cpp" line="125"/>
        <source>%1 1 question (%2 min)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/plans/planeditor.cpp" line="126"/>
        <source>%1 %2 questions (%3 min)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/plans/planeditor.cpp" line="136"/>
        <source>1 question counts for no competency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/plans/planeditor.cpp" line="137"/>
        <source>%1 questions count for no competency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/plans/planeditor.cpp" line="160"/>
        <location filename="../models/plans/planeditor.cpp" line="177"/>
        <source>That plan no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/plans/planeditor.cpp" line="229"/>
        <source>Open a plan first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/plans/planeditor.cpp" line="258"/>
        <source>The level must be one of %1, not &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/plans/planeditor.cpp" line="288"/>
        <source>The plan name is %L1 characters long; shorten it to %L2 or fewer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/plans/planeditor.cpp" line="298"/>
        <source>The role is %L1 characters long; shorten it to %L2 or fewer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/plans/planeditor.cpp" line="327"/>
        <source>The plan has no question at position %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/plans/planeditor.cpp" line="342"/>
        <source>“%1” is already in this plan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/plans/planeditor.cpp" line="377"/>
        <source>The note of question %1 is %L2 characters long; shorten it to %L3 or fewer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/plans/planeditor.cpp" line="443"/>
        <source>A scorecard rates at most %1 competencies; remove one first.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlanEditorPage</name>
    <message>
        <location filename="../qml/pages/PlanEditorPage.qml" line="13"/>
        <source>Plan editor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/PlanEditorPage.qml" line="60"/>
        <source>← Plans</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/PlanEditorPage.qml" line="63"/>
        <source>Back to the plans (Esc); everything is already saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/PlanEditorPage.qml" line="67"/>
        <source>Plan name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/PlanEditorPage.qml" line="77"/>
        <location filename="../qml/pages/PlanEditorPage.qml" line="79"/>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/PlanEditorPage.qml" line="87"/>
        <source>Level: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/PlanEditorPage.qml" line="96"/>
        <source>Target minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/PlanEditorPage.qml" line="104"/>
        <source>min target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/PlanEditorPage.qml" line="108"/>
        <source>Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/PlanEditorPage.qml" line="112"/>
        <source>Undo the last change (Ctrl+Z)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/PlanEditorPage.qml" line="133"/>
        <source>Search the bank</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/PlanEditorPage.qml" line="137"/>
        <source>Find a question to add (Enter adds it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/PlanEditorPage.qml" line="161"/>
        <source>All categories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/PlanEditorPage.qml" line="167"/>
        <source>All levels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/PlanEditorPage.qml" line="173"/>
        <source>All kinds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/PlanEditorPage.qml" line="179"/>
        <source>All tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/PlanEditorPage.qml" line="189"/>
        <source>Questions of the bank</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/PlanEditorPage.qml" line="222"/>
        <source>%1 of %2 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/PlanEditorPage.qml" line="237"/>
        <source>%1 min over budget</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/PlanEditorPage.qml" line="238"/>
        <source>%1 min left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/PlanEditorPage.qml" line="259"/>
        <source>Questions of the plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/PlanEditorPage.qml" line="277"/>
        <source>This plan has no questions yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/PlanEditorPage.qml" line="278"/>
        <source>Search the bank on the left and press Enter to add the selected question.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/PlanEditorPage.qml" line="279"/>
        <source>Ctrl+F: search the bank · Enter: add the question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/PlanEditorPage.qml" line="291"/>
        <source>Scorecard competencies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/PlanEditorPage.qml" line="312"/>
        <source>Competency %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/PlanEditorPage.qml" line="325"/>
        <source>%1 questions · Alt+Left/Right moves it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/PlanEditorPage.qml" line="330"/>
        <source>Remove %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/PlanEditorPage.qml" line="338"/>
        <source>New competency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/PlanEditorPage.qml" line="340"/>
        <source>Add a competency, Enter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/PlanEditorPage.qml" line="368"/>
        <source>Time by category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/PlanEditorPage.qml" line="374"/>
        <source>Time by level</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlanFiles</name>
    <message>
        <location filename="../models/storage/planfiles.cpp" line="25"/>
        <source>%1: unknown file type &quot;%2&quot;; plan files are .json files.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/storage/planfiles.cpp" line="34"/>
        <source>a plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/storage/planfiles.cpp" line="59"/>
        <source>Plan &quot;%1&quot;: question &quot;%2&quot; is no longer in the bank.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlanItemRow</name>
    <message numerus="yes">
        <location filename="../qml/components/PlanItemRow.qml" line="29"/>
        <source>%n min</source>
        <translation type="unfinished">
            <numerusform>%n min</numerusform>
            <numerusform>%n min</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../qml/components/PlanItemRow.qml" line="47"/>
        <source>Drag to move</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/PlanItemRow.qml" line="73"/>
        <source>also earlier in the plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/PlanItemRow.qml" line="101"/>
        <source>Counts for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/PlanItemRow.qml" line="108"/>
        <source>Note on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/PlanItemRow.qml" line="110"/>
        <source>Private note for the interviewer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/PlanItemRow.qml" line="139"/>
        <source>Minutes for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/PlanItemRow.qml" line="142"/>
        <source>min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/PlanItemRow.qml" line="146"/>
        <source>Move %1 up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/PlanItemRow.qml" line="151"/>
        <source>Move %1 down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/PlanItemRow.qml" line="158"/>
        <source>Remove %1 from the plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/PlanItemRow.qml" line="160"/>
        <source>Remove from the plan</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlanJson</name>
    <message>
        <location filename="../models/formats/planjson.cpp" line="44"/>
        <source>is not a valid UUID: &quot;%1&quot;; write it as 8-4-4-4-12 hexadecimal digits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/formats/planjson.cpp" line="98"/>
        <source>%1, %2: not valid JSON: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/formats/planjson.cpp" line="103"/>
        <source>%1: the top level must be an object with &quot;format&quot;: &quot;panelist-plan&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/formats/planjson.cpp" line="107"/>
        <source>must be &quot;panelist-plan&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/formats/planjson.cpp" line="112"/>
        <source>is %1, but this Panelist reads plan format version %2; update Panelist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/formats/planjson.cpp" line="117"/>
        <source>is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/formats/planjson.cpp" line="131"/>
        <source>%1, plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/formats/planjson.cpp" line="139"/>
        <source>is empty; a plan needs a name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/formats/planjson.cpp" line="146"/>
        <source>must be one of %1, not &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/formats/planjson.cpp" line="151"/>
        <location filename="../models/formats/planjson.cpp" line="211"/>
        <source>must be between %1 and %2, not %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/formats/planjson.cpp" line="160"/>
        <source>%1, plan, competency %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/formats/planjson.cpp" line="170"/>
        <source>is empty; a competency needs a name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/formats/planjson.cpp" line="177"/>
        <source>&quot;%1&quot; is competency %2 already; give each its own name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/formats/planjson.cpp" line="184"/>
        <source>lists %1; a plan names at most %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/formats/planjson.cpp" line="191"/>
        <source>%1, plan, item %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/formats/planjson.cpp" line="162"/>
        <location filename="../models/formats/planjson.cpp" line="194"/>
        <source>%1: must be an object, not %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/formats/planjson.cpp" line="203"/>
        <source>names %1, which is not in &quot;questions&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/formats/planjson.cpp" line="224"/>
        <source>names &quot;%1&quot;, which is not one of the plan&apos;s &quot;competencies&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/formats/planjson.cpp" line="237"/>
        <source>%1, %2: no item of the plan uses this question.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlanRepository</name>
    <message>
        <location filename="../models/storage/planrepository.cpp" line="246"/>
        <location filename="../models/storage/planrepository.cpp" line="326"/>
        <location filename="../models/storage/planrepository.cpp" line="484"/>
        <source>That plan no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/storage/planrepository.cpp" line="254"/>
        <source>That question is no longer in the plan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/storage/planrepository.cpp" line="30"/>
        <source> (copy)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/storage/planrepository.cpp" line="41"/>
        <source>A plan needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/storage/planrepository.cpp" line="43"/>
        <source>The target must be between %1 and %2 minutes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/storage/planrepository.cpp" line="51"/>
        <source>Minutes must be between %1 and %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/storage/planrepository.cpp" line="196"/>
        <source>The plan has no competency %1; choose one of its competencies.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/storage/planrepository.cpp" line="373"/>
        <source>That question is no longer in the bank.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/storage/planrepository.cpp" line="375"/>
        <source>“%1” is archived; restore it to use it in a plan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/storage/planrepository.cpp" line="414"/>
        <source>The plan has no question at position %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/storage/planrepository.cpp" line="455"/>
        <source>A question of this plan is no longer in the bank.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/storage/planrepository.cpp" line="588"/>
        <source>Plan &quot;%1&quot;: question %2 is neither in the file nor in the bank.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlanRow</name>
    <message numerus="yes">
        <location filename="../qml/components/PlanRow.qml" line="29"/>
        <source>%1 / %2 min, %n question(s)</source>
        <translation>
            <numerusform>%1 / %2 min, %n question</numerusform>
            <numerusform>%1 / %2 min, %n questions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/components/PlanRow.qml" line="68"/>
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
        <location filename="../qml/pages/PlansPage.qml" line="12"/>
        <source>Interview plans</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/PlansPage.qml" line="63"/>
        <location filename="../qml/pages/PlansPage.qml" line="154"/>
        <source>New plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/PlansPage.qml" line="66"/>
        <source>New plan (Ctrl+N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/PlansPage.qml" line="69"/>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/PlansPage.qml" line="73"/>
        <source>Open the selected plan (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/PlansPage.qml" line="76"/>
        <source>Duplicate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/PlansPage.qml" line="80"/>
        <source>Copy the selected plan (Ctrl+D)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/PlansPage.qml" line="83"/>
        <source>Delete…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/PlansPage.qml" line="89"/>
        <source>Start interview…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/PlansPage.qml" line="95"/>
        <source>Run the selected plan with a candidate (Ctrl+Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/PlansPage.qml" line="114"/>
        <source>Plans</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/PlansPage.qml" line="142"/>
        <source>No plans yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/PlansPage.qml" line="143"/>
        <source>A plan is the structured interview every candidate of a role gets. Create one with New plan (Ctrl+N).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/PlansPage.qml" line="144"/>
        <source>Ctrl+N: new plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/PlansPage.qml" line="181"/>
        <source>Plan name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/PlansPage.qml" line="182"/>
        <source>Name, e.g. Senior Python — 60 min technical</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/PlansPage.qml" line="191"/>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/PlansPage.qml" line="192"/>
        <source>Role, e.g. Senior Python developer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/PlansPage.qml" line="199"/>
        <source>Level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/PlansPage.qml" line="202"/>
        <source>Level: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/PlansPage.qml" line="208"/>
        <source>Minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/PlansPage.qml" line="233"/>
        <location filename="../qml/pages/PlansPage.qml" line="260"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/PlansPage.qml" line="239"/>
        <source>Create</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/PlansPage.qml" line="252"/>
        <source>Delete this plan?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/PlansPage.qml" line="256"/>
        <source>The plan goes; interviews already run from it keep everything they recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/PlansPage.qml" line="265"/>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QmlVocabulary</name>
    <message>
        <location filename="../models/common/qmlvocabulary.cpp" line="133"/>
        <source>%1 · score %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QuestionBank</name>
    <message>
        <location filename="../models/bank/questionbank.cpp" line="37"/>
        <source>A teammate changed “%1” while you edited it: their text is current here and yours is kept as a conflict to resolve (the header&apos;s conflicts).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/bank/questionbank.cpp" line="119"/>
        <source>Archived “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/bank/questionbank.cpp" line="119"/>
        <source>Restored “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/bank/questionbank.cpp" line="135"/>
        <source>Deleted “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../models/bank/questionbank.cpp" line="147"/>
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
        <location filename="../qml/components/QuestionDelegate.qml" line="34"/>
        <location filename="../qml/components/QuestionDelegate.qml" line="74"/>
        <source>archived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/QuestionDelegate.qml" line="35"/>
        <location filename="../qml/components/QuestionDelegate.qml" line="76"/>
        <source>%1 · %2 min</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QuestionDetail</name>
    <message>
        <location filename="../qml/components/QuestionDetail.qml" line="26"/>
        <source>No question selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/QuestionDetail.qml" line="27"/>
        <source>Pick a question on the left, or type in the search field to find one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/QuestionDetail.qml" line="28"/>
        <source>Ctrl+F: search · Up / Down: move through the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/QuestionDetail.qml" line="60"/>
        <source>archived</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/components/QuestionDetail.qml" line="64"/>
        <source>%n min</source>
        <translation>
            <numerusform>%n min</numerusform>
            <numerusform>%n min</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../qml/components/QuestionDetail.qml" line="75"/>
        <location filename="../qml/components/QuestionDetail.qml" line="81"/>
        <source>Question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/QuestionDetail.qml" line="98"/>
        <source>Follow-ups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/QuestionDetail.qml" line="118"/>
        <source>Follow-up %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/QuestionDetail.qml" line="130"/>
        <source>Rubric criteria</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/QuestionDetail.qml" line="147"/>
        <source>Criterion: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/QuestionDetail.qml" line="158"/>
        <source>What each level sounds like</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/QuestionDetail.qml" line="200"/>
        <location filename="../qml/components/QuestionDetail.qml" line="208"/>
        <source>Reference answer</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QuestionEditor</name>
    <message>
        <location filename="../models/bank/questioneditor.cpp" line="119"/>
        <source>That question no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/bank/questioneditor.cpp" line="233"/>
        <source>A title is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/bank/questioneditor.cpp" line="244"/>
        <source>Choose or type a category.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/bank/questioneditor.cpp" line="143"/>
        <source> (copy)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/bank/questioneditor.cpp" line="235"/>
        <source>The title is %L1 characters long; shorten it to %L2 or fewer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/bank/questioneditor.cpp" line="246"/>
        <source>The category name is %L1 characters long; shorten it to %L2 or fewer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/bank/questioneditor.cpp" line="254"/>
        <source>Minutes must be between %1 and %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/bank/questioneditor.cpp" line="263"/>
        <source>This question has %1 tags; remove some to keep %2 or fewer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/bank/questioneditor.cpp" line="269"/>
        <source>The tag “%1” is %L2 characters long; tags are at most %L3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/bank/questioneditor.cpp" line="281"/>
        <source>The prompt is %L1 characters long; shorten it to %L2 or fewer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/bank/questioneditor.cpp" line="290"/>
        <source>The reference answer is %L1 characters long; shorten it to %L2 or fewer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/bank/questioneditor.cpp" line="299"/>
        <source>The junior anchor is %L1 characters long; shorten it to %L2 or fewer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/bank/questioneditor.cpp" line="308"/>
        <source>The middle anchor is %L1 characters long; shorten it to %L2 or fewer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/bank/questioneditor.cpp" line="317"/>
        <source>The senior anchor is %L1 characters long; shorten it to %L2 or fewer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/bank/questioneditor.cpp" line="326"/>
        <source>This question has %1 follow-ups; remove some to keep %2 or fewer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/bank/questioneditor.cpp" line="332"/>
        <source>Follow-up %1 is %L2 characters long; shorten it to %L3 or fewer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/bank/questioneditor.cpp" line="344"/>
        <source>Add at least one rubric criterion.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/bank/questioneditor.cpp" line="346"/>
        <source>This question has %1 criteria; remove some to keep %2 or fewer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/bank/questioneditor.cpp" line="352"/>
        <source>Criterion %1 is %L2 characters long; shorten it to %L3 or fewer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/bank/questioneditor.cpp" line="379"/>
        <source>Fix the marked fields before saving.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/bank/questioneditor.cpp" line="395"/>
        <source>This question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/bank/questioneditor.cpp" line="468"/>
        <source>Could not keep a draft: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RefusedReply</name>
    <message>
        <location filename="../app/offlinenetwork.cpp" line="30"/>
        <source>Panelist works offline; %1 was not loaded.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportText</name>
    <message>
        <location filename="../models/formats/interviewpdf.cpp" line="57"/>
        <source>INTERVIEW SUMMARY</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/formats/interviewpdf.cpp" line="59"/>
        <source>Unnamed candidate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/formats/interviewpdf.cpp" line="68"/>
        <source>%1 of %2 min planned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/formats/interviewpdf.cpp" line="72"/>
        <source> (in progress)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/formats/interviewpdf.cpp" line="75"/>
        <source>INTERVIEWER</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/formats/interviewpdf.cpp" line="76"/>
        <location filename="../models/formats/interviewpdf.cpp" line="81"/>
        <source>—</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/formats/interviewpdf.cpp" line="78"/>
        <source>DATE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/formats/interviewpdf.cpp" line="79"/>
        <source>DURATION</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/formats/interviewpdf.cpp" line="80"/>
        <source>PLAN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/formats/interviewpdf.cpp" line="147"/>
        <source>No recommendation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/formats/interviewpdf.cpp" line="148"/>
        <source>Interview in progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/formats/interviewpdf.cpp" line="154"/>
        <source>RECOMMENDATION</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/formats/interviewpdf.cpp" line="172"/>
        <source>Amended after the call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/formats/interviewpdf.cpp" line="174"/>
        <source>Not finished yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/formats/interviewpdf.cpp" line="189"/>
        <source>SUMMARY</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/formats/interviewpdf.cpp" line="206"/>
        <source>Scorecard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/formats/interviewpdf.cpp" line="207"/>
        <source>Scorecard (not submitted yet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/formats/interviewpdf.cpp" line="210"/>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/formats/interviewpdf.cpp" line="213"/>
        <source>  (suggested: %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/formats/interviewpdf.cpp" line="218"/>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/formats/interviewpdf.cpp" line="222"/>
        <source>No question of the plan counts for it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/formats/interviewpdf.cpp" line="223"/>
        <source>Evidence: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/formats/interviewpdf.cpp" line="231"/>
        <source>KEY TAKEAWAYS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/formats/interviewpdf.cpp" line="232"/>
        <source>PROS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/formats/interviewpdf.cpp" line="233"/>
        <source>CONS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/formats/interviewpdf.cpp" line="257"/>
        <source>Scores by category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/formats/interviewpdf.cpp" line="296"/>
        <source>Uncategorised</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/formats/interviewpdf.cpp" line="299"/>
        <source>%1  (%2 of %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/formats/interviewpdf.cpp" line="303"/>
        <source>not scored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/formats/interviewpdf.cpp" line="338"/>
        <source>Overall %1 average over %2 of %3 questions scored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/formats/interviewpdf.cpp" line="342"/>
        <source>No question scored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/formats/interviewpdf.cpp" line="343"/>
        <source>1 strong signal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/formats/interviewpdf.cpp" line="344"/>
        <source>%1 strong signals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/formats/interviewpdf.cpp" line="345"/>
        <source>1 concern</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/formats/interviewpdf.cpp" line="346"/>
        <source>%1 concerns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/formats/interviewpdf.cpp" line="355"/>
        <location filename="../models/formats/interviewpdf.cpp" line="378"/>
        <source>Interview summary — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/formats/interviewpdf.cpp" line="356"/>
        <source>Confidential — candidate data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/formats/reportstyle.cpp" line="46"/>
        <source>d MMMM yyyy, HH:mm</source>
        <comment>QDateTime format of the reports&apos; dates</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/formats/reportstyle.cpp" line="72"/>
        <source>Page %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/formats/interviewpdf.cpp" line="375"/>
        <source>Writing a PDF needs the graphical application (fonts).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/formats/interviewpdf.cpp" line="400"/>
        <source>Questions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/formats/interviewpdf.cpp" line="404"/>
        <source>This interview has no questions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/formats/interviewpdf.cpp" line="411"/>
        <source>The PDF writer could not start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/formats/interviewpdf.cpp" line="416"/>
        <source>Interview summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/formats/reportquestion.cpp" line="57"/>
        <source>Untitled question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/formats/reportquestion.cpp" line="83"/>
        <source>%1. %2 (continued)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/formats/reportquestion.cpp" line="95"/>
        <source>%1 of %2 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/formats/reportquestion.cpp" line="100"/>
        <source>%1 over</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/formats/reportquestion.cpp" line="110"/>
        <source>In progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/formats/reportquestion.cpp" line="122"/>
        <source>Score %1 of %2 — %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/formats/reportquestion.cpp" line="146"/>
        <source>▲ Strong signal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/formats/reportquestion.cpp" line="148"/>
        <source>■ Concern</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/formats/reportquestion.cpp" line="183"/>
        <source>RUBRIC — %1 OF %2 MET</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/formats/reportquestion.cpp" line="198"/>
        <source>FOLLOW-UPS ASKED</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/formats/reportquestion.cpp" line="206"/>
        <source>ad hoc</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/formats/reportquestion.cpp" line="218"/>
        <source>NOTES</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/formats/reportstyle.cpp" line="42"/>
        <source>not started</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RowText</name>
    <message>
        <location filename="../models/storage/row.cpp" line="44"/>
        <source>%1: a query of Panelist reads the column %2, which it does not return. This is a bug in Panelist; please report it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SafeText</name>
    <message>
        <location filename="../models/common/safetext.cpp" line="89"/>
        <source>[image]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/common/safetext.cpp" line="89"/>
        <source>[image: %1]</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SampleData</name>
    <message>
        <location filename="../app/sampledata.cpp" line="392"/>
        <source>the bank has no questions to build the sample plan from</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SaveFileDialog</name>
    <message>
        <location filename="../qml/components/SaveFileDialog.qml" line="141"/>
        <source>%1 is a folder: type another name for the file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/SaveFileDialog.qml" line="181"/>
        <location filename="../qml/components/SaveFileDialog.qml" line="189"/>
        <location filename="../qml/components/SaveFileDialog.qml" line="296"/>
        <source>Folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/SaveFileDialog.qml" line="207"/>
        <source>Up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/SaveFileDialog.qml" line="214"/>
        <source>The folder holding this one (Alt+Up)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/SaveFileDialog.qml" line="249"/>
        <source>Folders and files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/SaveFileDialog.qml" line="318"/>
        <source>No folders or %1 here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/SaveFileDialog.qml" line="329"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/SaveFileDialog.qml" line="337"/>
        <source>File name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/SaveFileDialog.qml" line="352"/>
        <source>File type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/SaveFileDialog.qml" line="396"/>
        <location filename="../qml/components/SaveFileDialog.qml" line="450"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/SaveFileDialog.qml" line="407"/>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/SaveFileDialog.qml" line="424"/>
        <source>Replace %1?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/SaveFileDialog.qml" line="443"/>
        <source>%1 already holds a file of that name. Replacing it overwrites what it holds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/SaveFileDialog.qml" line="461"/>
        <source>Replace</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SaveFolder</name>
    <message>
        <location filename="../models/common/savefolder.cpp" line="63"/>
        <source>%1 does not exist: type a folder that exists, or choose one in the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/common/savefolder.cpp" line="66"/>
        <source>%1 is a file, not a folder: type the folder to save in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/common/savefolder.cpp" line="68"/>
        <source>%1 cannot be opened (no permission): choose another folder.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScorecardRatingRow</name>
    <message>
        <location filename="../qml/components/ScorecardRatingRow.qml" line="122"/>
        <source>No question of the plan counts for it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/ScorecardRatingRow.qml" line="123"/>
        <source>Evidence: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScorecardText</name>
    <message>
        <location filename="../models/domain/scorecard.cpp" line="72"/>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/scorecard.cpp" line="75"/>
        <source> (suggested: %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/scorecard.cpp" line="80"/>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/scorecard.cpp" line="84"/>
        <source>  No question of the plan counts for it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/scorecard.cpp" line="85"/>
        <source>  Evidence: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/scorecard.cpp" line="91"/>
        <source>Key takeaways:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/scorecard.cpp" line="92"/>
        <source>Pros:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/scorecard.cpp" line="93"/>
        <source>Cons:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../qml/pages/SettingsPage.qml" line="85"/>
        <source>← Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/SettingsPage.qml" line="86"/>
        <source>Back to where you were</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/SettingsPage.qml" line="89"/>
        <source>Back to where you were (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/SettingsPage.qml" line="92"/>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/SettingsPage.qml" line="124"/>
        <source>You</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/SettingsPage.qml" line="129"/>
        <source>Your name, filled in as the interviewer of new interviews</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/SettingsPage.qml" line="136"/>
        <source>Interviewer: your name, filled in for new interviews</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/SettingsPage.qml" line="140"/>
        <source>Interviewer name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/SettingsPage.qml" line="146"/>
        <source>Appearance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/SettingsPage.qml" line="151"/>
        <source>Theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/SettingsPage.qml" line="161"/>
        <source>Light</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/SettingsPage.qml" line="164"/>
        <source>Light theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/SettingsPage.qml" line="169"/>
        <source>Dark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/SettingsPage.qml" line="172"/>
        <source>Dark theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/SettingsPage.qml" line="177"/>
        <source>Follow the system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/SettingsPage.qml" line="180"/>
        <source>Theme follows the system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/SettingsPage.qml" line="187"/>
        <source>This run uses the theme given with --theme; choosing one here replaces it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/SettingsPage.qml" line="197"/>
        <location filename="../qml/pages/SettingsPage.qml" line="206"/>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/SettingsPage.qml" line="220"/>
        <source>Dates, times, durations and numbers follow the language too.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/SettingsPage.qml" line="229"/>
        <source>Documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/SettingsPage.qml" line="235"/>
        <location filename="../qml/pages/SettingsPage.qml" line="240"/>
        <source>PDF page size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/SettingsPage.qml" line="247"/>
        <source>Database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/SettingsPage.qml" line="252"/>
        <source>Everything Panelist keeps (the bank, plans, interviews, candidates, the team&apos;s sync state) is in this one file:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/SettingsPage.qml" line="266"/>
        <source>Database file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/SettingsPage.qml" line="270"/>
        <source>%1 on disk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/SettingsPage.qml" line="284"/>
        <source>Open another database…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/SettingsPage.qml" line="285"/>
        <location filename="../qml/pages/SettingsPage.qml" line="468"/>
        <source>Open another database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/SettingsPage.qml" line="293"/>
        <source>Move it…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/SettingsPage.qml" line="294"/>
        <source>Move the database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/SettingsPage.qml" line="308"/>
        <source>The database to open: a Panelist file, or the name of a new one to start afresh. Panelist restarts on it and opens it from then on; this file stays as it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/SettingsPage.qml" line="317"/>
        <source>Path of the database file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/SettingsPage.qml" line="320"/>
        <source>Database to open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/SettingsPage.qml" line="324"/>
        <location filename="../qml/pages/SettingsPage.qml" line="371"/>
        <source>Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/SettingsPage.qml" line="325"/>
        <source>Browse for the database to open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/SettingsPage.qml" line="333"/>
        <source>Open and restart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/SettingsPage.qml" line="343"/>
        <location filename="../qml/pages/SettingsPage.qml" line="407"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/SettingsPage.qml" line="355"/>
        <source>Where to move the database: a folder, or a new file name. Panelist copies it there with SQLite, checks the copy, and restarts on it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/SettingsPage.qml" line="364"/>
        <source>Folder or file to move the database to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/SettingsPage.qml" line="367"/>
        <source>Where to move the database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/SettingsPage.qml" line="372"/>
        <source>Browse for the folder to move the database to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/SettingsPage.qml" line="379"/>
        <source>The database will be at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/SettingsPage.qml" line="387"/>
        <source>Then remove the old file (once the copy is checked and Panelist has closed it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/SettingsPage.qml" line="395"/>
        <source>Move, restart and remove the old file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/SettingsPage.qml" line="396"/>
        <source>Move and restart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/SettingsPage.qml" line="430"/>
        <source>Privacy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/SettingsPage.qml" line="437"/>
        <source>Remove finished interviews older than a number of days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/SettingsPage.qml" line="450"/>
        <source>Days to keep finished interviews</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/SettingsPage.qml" line="453"/>
        <source>days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/SettingsPage.qml" line="456"/>
        <source>Checked when Panelist starts; it says what it removed. Removed interviews are erased from the database file, not just hidden.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/SettingsPage.qml" line="469"/>
        <source>Panelist databases (*.sqlite *.db)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/SettingsPage.qml" line="469"/>
        <source>All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/SettingsPage.qml" line="474"/>
        <source>Move the database to</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SqlText</name>
    <message>
        <location filename="../models/storage/sql.cpp" line="37"/>
        <source>%1 is busy in another Panelist process; try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/storage/sql.cpp" line="39"/>
        <source>%1 cannot be written: the file or its folder is read-only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/storage/sql.cpp" line="41"/>
        <source>%1 cannot be written: the disk is full. Free some space and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/storage/sql.cpp" line="44"/>
        <source>%1 cannot be read or written: the disk reported an error (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/storage/sql.cpp" line="47"/>
        <source>%1 refused the change: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/storage/sql.cpp" line="49"/>
        <source>Database error %1 %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/storage/sql.cpp" line="62"/>
        <source>%1: %2 holds &quot;%3&quot;, which this version of Panelist does not know; the file was changed by another program or by a newer Panelist. Open it with the Panelist that wrote it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/storage/sql.cpp" line="122"/>
        <location filename="../models/storage/sql.cpp" line="145"/>
        <source>preparing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/storage/sql.cpp" line="126"/>
        <location filename="../models/storage/sql.cpp" line="155"/>
        <source>running</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StartInterviewDialog</name>
    <message>
        <location filename="../qml/components/StartInterviewDialog.qml" line="19"/>
        <source>Start an interview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/StartInterviewDialog.qml" line="20"/>
        <source>Start an interview — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/StartInterviewDialog.qml" line="88"/>
        <source>The candidate&apos;s name is required: pick one from the list or type a new one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/StartInterviewDialog.qml" line="110"/>
        <source>Candidate (required)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/StartInterviewDialog.qml" line="111"/>
        <source>Candidate: type to find one, or a new name (required)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/StartInterviewDialog.qml" line="144"/>
        <source>Matching candidates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/StartInterviewDialog.qml" line="163"/>
        <location filename="../qml/components/StartInterviewDialog.qml" line="168"/>
        <source>New candidate: “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/StartInterviewDialog.qml" line="176"/>
        <source>Made when you press Start, with the email and role below</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/StartInterviewDialog.qml" line="191"/>
        <source>For %1, who is there already (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/StartInterviewDialog.qml" line="193"/>
        <source>A new candidate, “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/StartInterviewDialog.qml" line="204"/>
        <source>Candidate email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/StartInterviewDialog.qml" line="205"/>
        <source>Email of the new candidate (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/StartInterviewDialog.qml" line="216"/>
        <location filename="../qml/components/StartInterviewDialog.qml" line="217"/>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/StartInterviewDialog.qml" line="226"/>
        <location filename="../qml/components/StartInterviewDialog.qml" line="227"/>
        <source>Interviewer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/StartInterviewDialog.qml" line="236"/>
        <source>Scheduled time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/StartInterviewDialog.qml" line="237"/>
        <source>Scheduled time, optional: YYYY-MM-DD HH:MM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/StartInterviewDialog.qml" line="254"/>
        <source>The clock starts when you press Start; the plan is copied into the interview, so later edits to it or to the bank change nothing here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/StartInterviewDialog.qml" line="263"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/StartInterviewDialog.qml" line="269"/>
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
    <name>StartupText</name>
    <message>
        <location filename="../app/startup.cpp" line="31"/>
        <source>Resumed the interview with %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SyncCycle</name>
    <message>
        <location filename="../models/sync/synccycle.cpp" line="72"/>
        <source>The database %1 is in no team; join one with panelist team join URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/sync/synccycle.cpp" line="87"/>
        <source>The team server %1 sent a change of an unknown kind &quot;%2&quot; (entity %3); update Panelist on this laptop.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/sync/synccycle.cpp" line="189"/>
        <source>pushed %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/sync/synccycle.cpp" line="189"/>
        <source>pulled %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../models/sync/synccycle.cpp" line="191"/>
        <source>%n conflict(s)</source>
        <translation>
            <numerusform>%n conflict</numerusform>
            <numerusform>%n conflicts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../models/sync/synccycle.cpp" line="193"/>
        <source>%n interview(s) of removed candidates deleted</source>
        <translation>
            <numerusform>%n interview of removed candidates deleted</numerusform>
            <numerusform>%n interviews of removed candidates deleted</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SyncEngine</name>
    <message>
        <location filename="../models/sync/syncengine.cpp" line="44"/>
        <source>Syncing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/sync/syncengine.cpp" line="46"/>
        <source>Synced</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../models/sync/syncengine.cpp" line="48"/>
        <source>Offline — %n change(s) waiting</source>
        <translation>
            <numerusform>Offline — %n change waiting</numerusform>
            <numerusform>Offline — %n changes waiting</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../models/sync/syncengine.cpp" line="48"/>
        <source>Offline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/sync/syncengine.cpp" line="50"/>
        <source>Sign-in needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../models/sync/syncengine.cpp" line="52"/>
        <source>%n conflict(s)</source>
        <translation>
            <numerusform>%n conflict</numerusform>
            <numerusform>%n conflicts</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TeamMembership</name>
    <message>
        <location filename="../models/sync/teammembership.cpp" line="62"/>
        <source>%1 is in the team at %2 already; leave that team first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/sync/teammembership.cpp" line="104"/>
        <source>%1 is in no team; there is nothing to leave.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TeamPayload</name>
    <message>
        <location filename="../models/formats/teampayload.cpp" line="59"/>
        <source>is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/formats/teampayload.cpp" line="79"/>
        <source>item %1 must be a whole number between %2 and %3, not %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/formats/teampayload.cpp" line="94"/>
        <source>is %1 characters long; the limit is %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/formats/teampayload.cpp" line="112"/>
        <source>must be between %1 and %2, not %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/formats/teampayload.cpp" line="119"/>
        <source>must be true or false, not %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/formats/teampayload.cpp" line="130"/>
        <location filename="../models/formats/teampayload.cpp" line="537"/>
        <location filename="../models/formats/teampayload.cpp" line="612"/>
        <source>has %1 items; the limit is %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/formats/teampayload.cpp" line="133"/>
        <source>item %1 is %2 characters long; the limit is %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/formats/teampayload.cpp" line="148"/>
        <source>must be an ISO 8601 time such as 2024-05-06T14:30:00.000Z, not %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/formats/teampayload.cpp" line="157"/>
        <source>must be an object, not %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/formats/teampayload.cpp" line="168"/>
        <source>is not a uuid in lower case without braces: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/formats/teampayload.cpp" line="188"/>
        <source>must be one of %1, not %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/formats/teampayload.cpp" line="211"/>
        <source>team %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/formats/teampayload.cpp" line="220"/>
        <source>is %1, but this Panelist reads version %2; update Panelist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/formats/teampayload.cpp" line="224"/>
        <source>must be %1, not %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/formats/teampayload.cpp" line="229"/>
        <source>names another entity (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/formats/teampayload.cpp" line="317"/>
        <source>item %1 must be an object, not %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/formats/teampayload.cpp" line="478"/>
        <location filename="../models/formats/teampayload.cpp" line="492"/>
        <location filename="../models/formats/teampayload.cpp" line="500"/>
        <location filename="../models/formats/teampayload.cpp" line="528"/>
        <location filename="../models/formats/teampayload.cpp" line="547"/>
        <location filename="../models/formats/teampayload.cpp" line="587"/>
        <location filename="../models/formats/teampayload.cpp" line="622"/>
        <source>is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/formats/teampayload.cpp" line="496"/>
        <source>, category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/formats/teampayload.cpp" line="510"/>
        <location filename="../models/formats/teampayload.cpp" line="657"/>
        <source>, anchors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/formats/teampayload.cpp" line="542"/>
        <location filename="../models/formats/teampayload.cpp" line="617"/>
        <source>, competency %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/formats/teampayload.cpp" line="556"/>
        <location filename="../models/formats/teampayload.cpp" line="644"/>
        <source>, item %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/formats/teampayload.cpp" line="568"/>
        <source>names competencies the plan lacks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/formats/teampayload.cpp" line="669"/>
        <source>, flags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/formats/teampayload.cpp" line="677"/>
        <source>, follow-up %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/formats/teampayload.cpp" line="686"/>
        <source>, criterion %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/formats/teampayload.cpp" line="693"/>
        <source>names competencies the interview lacks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/formats/teampayload.cpp" line="713"/>
        <source>%1: the payload is not valid JSON (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/formats/teampayload.cpp" line="717"/>
        <source>%1: the payload must be a JSON object.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TeamSchema</name>
    <message>
        <location filename="../models/storage/teamschema.cpp" line="730"/>
        <location filename="../models/storage/teamschema.cpp" line="804"/>
        <source>the check for a Panelist team schema</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/storage/teamschema.cpp" line="740"/>
        <source>The database at %1 has a schema &quot;panelist&quot; that is not a Panelist team schema (it has no panelist.schema_version). Use another database for the team, or remove that schema.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/storage/teamschema.cpp" line="745"/>
        <source>reading the team schema&apos;s version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/storage/teamschema.cpp" line="758"/>
        <source>starting a migration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/storage/teamschema.cpp" line="760"/>
        <source>waiting for another team init</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/storage/teamschema.cpp" line="767"/>
        <source>The team schema at %1 is version %2, newer than this Panelist knows (%3); it was left as it is. Update Panelist to manage this team.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/storage/teamschema.cpp" line="780"/>
        <source>migration %1 of the team schema (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/storage/teamschema.cpp" line="782"/>
        <source>recording the team schema&apos;s version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/storage/teamschema.cpp" line="789"/>
        <source>committing migration %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/storage/teamschema.cpp" line="811"/>
        <source>The database at %1 holds no Panelist team schema. The team lead sets it up with: panelist team init URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/storage/teamschema.cpp" line="816"/>
        <source>The role %1 is not a Panelist interviewer on %2. The team lead adds it with: panelist team add-interviewer URL %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/storage/teamschema.cpp" line="823"/>
        <source>The team schema at %1 is version %2, newer than this Panelist knows (%3). Update Panelist to work with this team.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/storage/teamschema.cpp" line="830"/>
        <source>The team schema at %1 is version %2; this Panelist needs version %3. The team lead updates it with: panelist team init URL</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TeamServer</name>
    <message>
        <location filename="../models/storage/teamserver.cpp" line="157"/>
        <source>The team server %1 refused the sign-in of %2: the password is wrong or there is no such role. Check the password, or ask the team lead to run: panelist team add-interviewer URL %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/storage/teamserver.cpp" line="163"/>
        <source>The team server %1 does not accept %2 from this computer (its pg_hba.conf has no entry for it). Ask the team lead to allow this network or user: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/storage/teamserver.cpp" line="169"/>
        <source>The team server %1 has no database &quot;%2&quot;. Check the URL, or create the database and run: panelist team init URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/storage/teamserver.cpp" line="176"/>
        <source>The secure connection to the team server %1 failed: %2. Check sslmode and sslrootcert in the URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/storage/teamserver.cpp" line="180"/>
        <source>Cannot reach the team server %1: %2. Check the address, the network and that the server is running.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/storage/teamserver.cpp" line="213"/>
        <source>setting up the connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/storage/teamserver.cpp" line="216"/>
        <source>reading the signed-in role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/storage/teamserver.cpp" line="249"/>
        <source>a role name is 1 to 63 of a-z, 0-9, &quot;_&quot;, &quot;.&quot; and &quot;-&quot;, starting with a letter, not &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/storage/teamserver.cpp" line="254"/>
        <source>&quot;%1&quot; is reserved for the server; choose another name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/storage/teamserver.cpp" line="278"/>
        <source>Cannot add the interviewer: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/storage/teamserver.cpp" line="281"/>
        <source>Cannot add the interviewer %1: the password needs at least %2 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/storage/teamserver.cpp" line="286"/>
        <source>adding the interviewer %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/storage/teamserver.cpp" line="306"/>
        <source>Not connected to the team server %1; Panelist tries again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/storage/teamserver.cpp" line="310"/>
        <source>Cannot push the %1 &quot;%2&quot;: its id is not a UUID.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/storage/teamserver.cpp" line="322"/>
        <source>starting a push</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/storage/teamserver.cpp" line="327"/>
        <location filename="../models/storage/teamserver.cpp" line="333"/>
        <source>preparing a push</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/storage/teamserver.cpp" line="340"/>
        <source>the removal of the interview %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/storage/teamserver.cpp" line="343"/>
        <source>The team server %1 answered the removal of the interview %2 with nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/storage/teamserver.cpp" line="363"/>
        <source>the push of the %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/storage/teamserver.cpp" line="366"/>
        <source>The team server %1 answered the push of the %2 %3 with nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/storage/teamserver.cpp" line="377"/>
        <source>committing a push</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/storage/teamserver.cpp" line="392"/>
        <source>pulling the team&apos;s changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/storage/teamserver.cpp" line="410"/>
        <source>reading the last change number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/storage/teamserver.cpp" line="425"/>
        <source>counting the team&apos;s entities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/storage/teamserver.cpp" line="443"/>
        <source>the removal of a candidate from the team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/storage/teamserver.cpp" line="458"/>
        <source>reading who has submitted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/storage/teamserver.cpp" line="490"/>
        <source>pulling the interviews the guard now shows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/storage/teamserver.cpp" line="511"/>
        <source>recording the decision on a candidate (only a team lead may)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/storage/teamserver.cpp" line="527"/>
        <source>reading the decisions on candidates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/storage/teamserver.cpp" line="569"/>
        <source>listening for the team&apos;s changes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TeamSettings</name>
    <message>
        <location filename="../qml/components/TeamSettings.qml" line="46"/>
        <source>Team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/TeamSettings.qml" line="58"/>
        <source>Share the question bank and plans with your hiring team through its PostgreSQL server. Your team lead gives you the address and your password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/TeamSettings.qml" line="66"/>
        <source>Team server address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/TeamSettings.qml" line="67"/>
        <source>Server: postgresql://you@host:5432/team?sslmode=verify-full</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/TeamSettings.qml" line="78"/>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/TeamSettings.qml" line="83"/>
        <source>Team server password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/TeamSettings.qml" line="93"/>
        <source>Test connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/TeamSettings.qml" line="100"/>
        <source>Join</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/TeamSettings.qml" line="134"/>
        <source>The team does not have them yet. Shared, every teammate gets them. The team&apos;s bank is on this laptop now either way.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/TeamSettings.qml" line="144"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/TeamSettings.qml" line="151"/>
        <source>Share and join</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/TeamSettings.qml" line="170"/>
        <source>Server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/TeamSettings.qml" line="178"/>
        <source>Signed in as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/TeamSettings.qml" line="185"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/TeamSettings.qml" line="193"/>
        <source>Last sync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/TeamSettings.qml" line="199"/>
        <source>Changes waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/TeamSettings.qml" line="212"/>
        <source>Sync now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/TeamSettings.qml" line="217"/>
        <source>Conflicts (%1)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/TeamSettings.qml" line="224"/>
        <source>Leave team…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/TeamSettings.qml" line="253"/>
        <source>Stay in the team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/TeamSettings.qml" line="258"/>
        <source>Leave team</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TeamSql</name>
    <message>
        <location filename="../models/storage/teamsql.cpp" line="33"/>
        <source>Lost the connection to the team server %1 during %2: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/storage/teamsql.cpp" line="36"/>
        <source>The team server %1 refused %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TeamStatus</name>
    <message>
        <location filename="../models/common/team.cpp" line="107"/>
        <source>Syncing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/common/team.cpp" line="141"/>
        <source>never</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../models/common/team.cpp" line="194"/>
        <source>%n category(s)</source>
        <translation>
            <numerusform>%n category</numerusform>
            <numerusform>%n categorys</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../models/common/team.cpp" line="196"/>
        <source>%n question(s)</source>
        <translation type="unfinished">
            <numerusform>%n question</numerusform>
            <numerusform>%n questions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../models/common/team.cpp" line="198"/>
        <source>%n plan(s)</source>
        <translation>
            <numerusform>%n plan</numerusform>
            <numerusform>%n plans</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../models/common/team.cpp" line="202"/>
        <source>%1 and %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/common/team.cpp" line="207"/>
        <source>lead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/common/team.cpp" line="207"/>
        <source>interviewer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/common/team.cpp" line="214"/>
        <source>Connecting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/common/team.cpp" line="220"/>
        <source>Connected as %1 (%2) — the team has %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/common/team.cpp" line="231"/>
        <source>Joining…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/common/team.cpp" line="255"/>
        <source>Share this laptop&apos;s %1 with the team?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/common/team.cpp" line="268"/>
        <source>Joined the team at %1 as %2. First sync: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/common/team.cpp" line="284"/>
        <source>Leave the team at %1? This laptop&apos;s questions, plans and interviews stay here; they stop reaching the team.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../models/common/team.cpp" line="289"/>
        <source>%n change(s) made here have not reached the team&apos;s server and will not.</source>
        <translation>
            <numerusform>%n change made here have not reached the team&apos;s server and will not.</numerusform>
            <numerusform>%n changes made here have not reached the team&apos;s server and will not.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../models/common/team.cpp" line="298"/>
        <source>Left the team at %1; the local data stays here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../models/common/team.cpp" line="301"/>
        <source>%n local change(s) had not reached the team&apos;s server.</source>
        <translation>
            <numerusform>%n local change had not reached the team&apos;s server.</numerusform>
            <numerusform>%n local changes had not reached the team&apos;s server.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TeamUrl</name>
    <message>
        <location filename="../models/storage/teamurl.cpp" line="61"/>
        <source>The team server URL &quot;%1&quot; cannot be used: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/storage/teamurl.cpp" line="72"/>
        <source>it must start with postgresql:// (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/storage/teamurl.cpp" line="74"/>
        <source>a URL to a team server has no #fragment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/storage/teamurl.cpp" line="90"/>
        <source>it names no user; write the PostgreSQL role before the host (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/storage/teamurl.cpp" line="97"/>
        <source>the user before &quot;@&quot; is empty (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/storage/teamurl.cpp" line="105"/>
        <source>the IPv6 address after &quot;[&quot; has no closing &quot;]&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/storage/teamurl.cpp" line="109"/>
        <source>&quot;%1&quot; after the IPv6 address is not a :PORT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/storage/teamurl.cpp" line="113"/>
        <source>&quot;%1&quot; is not an IPv6 address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/storage/teamurl.cpp" line="123"/>
        <source>it names no host after &quot;@&quot; (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/storage/teamurl.cpp" line="125"/>
        <source>it names several hosts; Panelist talks to one team server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/storage/teamurl.cpp" line="127"/>
        <source>the host &quot;%1&quot; is not a host name or address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/storage/teamurl.cpp" line="134"/>
        <source>the port &quot;%1&quot; is not a number from 1 to 65535</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/storage/teamurl.cpp" line="140"/>
        <source>it names no database; end it with /DATABASE (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/storage/teamurl.cpp" line="142"/>
        <source>the database &quot;%1&quot; holds a &quot;/&quot;; a URL names one database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/storage/teamurl.cpp" line="150"/>
        <source>the parameter %1 is given twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/storage/teamurl.cpp" line="154"/>
        <source>sslmode must be one of %1, not &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/storage/teamurl.cpp" line="160"/>
        <source>sslrootcert must name a certificate file (without &quot;;&quot;), not &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/storage/teamurl.cpp" line="168"/>
        <source>connect_timeout must be a number of seconds from 1 to 3600, not &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/storage/teamurl.cpp" line="173"/>
        <source>the parameter &quot;%1&quot; is not one Panelist knows (sslmode, sslrootcert, connect_timeout)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TextFile</name>
    <message>
        <location filename="../models/formats/textfile.cpp" line="43"/>
        <source>the disk is full</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/formats/textfile.cpp" line="44"/>
        <location filename="../models/formats/textfile.cpp" line="47"/>
        <source>free some space or choose another place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/formats/textfile.cpp" line="46"/>
        <source>the disk quota is used up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/formats/textfile.cpp" line="49"/>
        <source>file too large for this system&apos;s limit (ulimit -f)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/formats/textfile.cpp" line="50"/>
        <source>raise the file-size limit or choose a smaller file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/formats/textfile.cpp" line="53"/>
        <source>permission denied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/formats/textfile.cpp" line="54"/>
        <source>choose a folder you may write to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/formats/textfile.cpp" line="56"/>
        <source>the disk is read-only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/formats/textfile.cpp" line="56"/>
        <source>choose another place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/formats/textfile.cpp" line="58"/>
        <source>the folder does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/formats/textfile.cpp" line="59"/>
        <source>choose an existing folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/formats/textfile.cpp" line="61"/>
        <source>a part of the path is not a folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/formats/textfile.cpp" line="61"/>
        <location filename="../models/formats/textfile.cpp" line="68"/>
        <source>check the path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/formats/textfile.cpp" line="63"/>
        <source>it is a folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/formats/textfile.cpp" line="63"/>
        <source>choose a file name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/formats/textfile.cpp" line="65"/>
        <source>the name is too long</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/formats/textfile.cpp" line="65"/>
        <source>choose a shorter name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/formats/textfile.cpp" line="67"/>
        <source>the path has too many symbolic links</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/formats/textfile.cpp" line="70"/>
        <source>the disk reported an input/output error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/formats/textfile.cpp" line="71"/>
        <source>check the disk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/formats/textfile.cpp" line="74"/>
        <source>too many files are open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/formats/textfile.cpp" line="75"/>
        <location filename="../models/formats/textfile.cpp" line="77"/>
        <source>close some programs and try again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/formats/textfile.cpp" line="77"/>
        <source>out of memory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/formats/textfile.cpp" line="79"/>
        <source>try again or choose another place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/formats/textfile.cpp" line="87"/>
        <source>a named pipe (FIFO)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/formats/textfile.cpp" line="89"/>
        <source>a socket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/formats/textfile.cpp" line="91"/>
        <source>a device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/formats/textfile.cpp" line="93"/>
        <source>a folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/formats/textfile.cpp" line="94"/>
        <source>a special file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/formats/textfile.cpp" line="100"/>
        <source>Cannot write %1: %2. Nothing was changed; %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/formats/textfile.cpp" line="108"/>
        <source>%1: the file is %2 MB, too large for %3 (at most %4 MB).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/formats/textfile.cpp" line="113"/>
        <source>%1: the file holds more than %2 MB, too large for %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/formats/textfile.cpp" line="198"/>
        <source>Cannot read %1: the file does not exist; check the name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/formats/textfile.cpp" line="199"/>
        <location filename="../models/formats/textfile.cpp" line="211"/>
        <location filename="../models/formats/textfile.cpp" line="244"/>
        <source>Cannot read %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/formats/textfile.cpp" line="203"/>
        <location filename="../models/formats/textfile.cpp" line="216"/>
        <source>Cannot read %1: it is %2, not a file. Choose a file that holds %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/formats/textfile.cpp" line="250"/>
        <source>%1: the file is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/formats/textfile.cpp" line="254"/>
        <source>%1: the file is %2 text, not UTF-8. Open it in a text editor, save it as UTF-8 and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/formats/textfile.cpp" line="259"/>
        <source>%1: this is a binary file, not %2 (byte %3 is zero).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/formats/textfile.cpp" line="266"/>
        <source>%1: the file is not UTF-8 text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/formats/textfile.cpp" line="283"/>
        <source>Cannot write %1: it is %2, not a file. Nothing was changed; choose a file name.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Vocabulary</name>
    <message>
        <location filename="../models/domain/vocabulary.cpp" line="138"/>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/vocabulary.cpp" line="140"/>
        <source>Question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/vocabulary.cpp" line="142"/>
        <source>Plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/vocabulary.cpp" line="144"/>
        <source>Interview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/vocabulary.cpp" line="230"/>
        <source>Junior</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/vocabulary.cpp" line="232"/>
        <source>Middle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/vocabulary.cpp" line="234"/>
        <source>Senior</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/vocabulary.cpp" line="243"/>
        <source>Technical</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/vocabulary.cpp" line="245"/>
        <source>Coding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/vocabulary.cpp" line="247"/>
        <source>Behavioural</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/vocabulary.cpp" line="249"/>
        <source>Situational</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/vocabulary.cpp" line="251"/>
        <source>Discussion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/vocabulary.cpp" line="260"/>
        <source>Planned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/vocabulary.cpp" line="262"/>
        <source>Live</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/vocabulary.cpp" line="264"/>
        <source>Finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/vocabulary.cpp" line="273"/>
        <source>Not reached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/vocabulary.cpp" line="275"/>
        <source>Current</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/vocabulary.cpp" line="277"/>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/vocabulary.cpp" line="279"/>
        <source>Skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/vocabulary.cpp" line="290"/>
        <location filename="../models/domain/vocabulary.cpp" line="325"/>
        <source>Strong no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/vocabulary.cpp" line="292"/>
        <location filename="../models/domain/vocabulary.cpp" line="327"/>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/vocabulary.cpp" line="294"/>
        <location filename="../models/domain/vocabulary.cpp" line="329"/>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/vocabulary.cpp" line="296"/>
        <location filename="../models/domain/vocabulary.cpp" line="331"/>
        <source>Strong yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/vocabulary.cpp" line="304"/>
        <source>No signal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/vocabulary.cpp" line="312"/>
        <source>Not scored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/vocabulary.cpp" line="313"/>
        <location filename="../models/domain/vocabulary.cpp" line="341"/>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/vocabulary.cpp" line="340"/>
        <source>Not rated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/vocabulary.cpp" line="386"/>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/vocabulary.cpp" line="388"/>
        <source>Hired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/vocabulary.cpp" line="390"/>
        <source>Rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/vocabulary.cpp" line="392"/>
        <source>Withdrawn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/vocabulary.cpp" line="432"/>
        <source>Advance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/vocabulary.cpp" line="434"/>
        <source>Hire</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/vocabulary.cpp" line="436"/>
        <source>Reject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/vocabulary.cpp" line="474"/>
        <source>No interviews</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/vocabulary.cpp" line="476"/>
        <source>Interviewing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/vocabulary.cpp" line="478"/>
        <source>Scorecards in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/vocabulary.cpp" line="480"/>
        <source>Decided</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Welcome</name>
    <message>
        <location filename="../models/common/welcome.cpp" line="58"/>
        <source>The demo data cannot be loaded from here: run `panelist demo` in a terminal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/common/welcome.cpp" line="66"/>
        <source>The demo data was not loaded: %1 Nothing was added; try again, or run `panelist demo` in a terminal to see more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/common/welcome.cpp" line="73"/>
        <source>The demo data is already there: nothing was added. Its candidates are on the Candidates page (Ctrl+4).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../models/common/welcome.cpp" line="78"/>
        <source>Demo data loaded: the plan “%1” and %n candidate(s) with a finished interview. See them on the Candidates page (Ctrl+4).</source>
        <translation>
            <numerusform>Demo data loaded: the plan “%1” and %n candidate with a finished interview. See them on the Candidates page (Ctrl+4).</numerusform>
            <numerusform>Demo data loaded: the plan “%1” and %n candidates with a finished interview. See them on the Candidates page (Ctrl+4).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WelcomeDialog</name>
    <message>
        <location filename="../qml/components/WelcomeDialog.qml" line="17"/>
        <source>Welcome to Panelist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/WelcomeDialog.qml" line="36"/>
        <source>Panelist keeps your question bank, builds interview plans from it and runs the call against a plan. Three steps:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/WelcomeDialog.qml" line="43"/>
        <source>1. Browse the bank</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/WelcomeDialog.qml" line="43"/>
        <source>Ctrl+1, then Ctrl+F to search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/WelcomeDialog.qml" line="44"/>
        <source>Search as you type, filter by category, level, kind and tag; Ctrl+N adds a question, Ctrl+I imports a bank file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/WelcomeDialog.qml" line="45"/>
        <source>2. Build a plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/WelcomeDialog.qml" line="45"/>
        <source>Ctrl+2, then Ctrl+N</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/WelcomeDialog.qml" line="46"/>
        <source>Name the plan, press Enter to open it, and add questions from the bank with Enter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/WelcomeDialog.qml" line="47"/>
        <source>3. Run an interview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/WelcomeDialog.qml" line="47"/>
        <source>Ctrl+Enter on a plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/WelcomeDialog.qml" line="48"/>
        <source>Name the candidate and start: the clock runs, notes are stamped, Ctrl+1…4 score. F1 shows every key of the call.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/WelcomeDialog.qml" line="87"/>
        <source>Your name, as colleagues know you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/WelcomeDialog.qml" line="92"/>
        <source>Your name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/WelcomeDialog.qml" line="96"/>
        <source>Your name goes on the interviews you run. Without it, Panelist cannot tell whether you have submitted your own verdict, so colleagues&apos; notes on a candidate stay hidden from you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/WelcomeDialog.qml" line="116"/>
        <source>Load the demo data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/WelcomeDialog.qml" line="120"/>
        <source>A sample plan and five candidates with a finished interview each, as `panelist demo` adds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/WelcomeDialog.qml" line="124"/>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WindowHeader</name>
    <message>
        <location filename="../qml/components/WindowHeader.qml" line="57"/>
        <source>Panelist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/WindowHeader.qml" line="65"/>
        <source>Sections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/WindowHeader.qml" line="82"/>
        <source>Plans</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/WindowHeader.qml" line="89"/>
        <source>Interview · %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/WindowHeader.qml" line="89"/>
        <source>Interview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/WindowHeader.qml" line="95"/>
        <source>Candidates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/WindowHeader.qml" line="112"/>
        <source>%1: resolve them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/WindowHeader.qml" line="115"/>
        <source>Resolve the conflicts with the team&apos;s server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/WindowHeader.qml" line="116"/>
        <source>The team&apos;s server, in Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/WindowHeader.qml" line="120"/>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/WindowHeader.qml" line="128"/>
        <source>Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/WindowHeader.qml" line="132"/>
        <source>The welcome, the keyboard shortcuts, about Panelist (F1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/WindowHeader.qml" line="138"/>
        <source>Welcome…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/WindowHeader.qml" line="143"/>
        <source>Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/WindowHeader.qml" line="148"/>
        <source>About Panelist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/WindowHeader.qml" line="155"/>
        <source>Light theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/WindowHeader.qml" line="155"/>
        <source>Dark theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/WindowHeader.qml" line="159"/>
        <source>Switch between the light and the dark look</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
