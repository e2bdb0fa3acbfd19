<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../qml/components/AboutDialog.qml" line="12"/>
        <source>About Panelist</source>
        <translation>Über Panelist</translation>
    </message>
    <message>
        <location filename="../qml/components/AboutDialog.qml" line="18"/>
        <source>Panelist %1: a desktop console for technical interviewers.</source>
        <translation>Panelist %1: eine Desktop-Anwendung für technische Interviewer:innen.</translation>
    </message>
    <message>
        <location filename="../qml/components/AboutDialog.qml" line="25"/>
        <source>Free software under the GNU General Public License, version 3 or later (the LICENSE file; /usr/share/doc/panelist/copyright when installed).</source>
        <translation>Freie Software unter der GNU General Public License, Version 3 oder später (die Datei LICENSE; installiert unter /usr/share/doc/panelist/copyright).</translation>
    </message>
    <message>
        <location filename="../qml/components/AboutDialog.qml" line="32"/>
        <source>Database</source>
        <translation>Datenbank</translation>
    </message>
    <message>
        <location filename="../qml/components/AboutDialog.qml" line="42"/>
        <source>Database file</source>
        <translation>Datenbankdatei</translation>
    </message>
    <message>
        <location filename="../qml/components/AboutDialog.qml" line="48"/>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
</context>
<context>
    <name>AgendaModel</name>
    <message>
        <location filename="../models/interviews/agendamodel.cpp" line="36"/>
        <source>%1 / %2 min</source>
        <translation>%1 / %2 Min.</translation>
    </message>
</context>
<context>
    <name>AnchorField</name>
    <message>
        <location filename="../qml/components/AnchorField.qml" line="37"/>
        <source>What an answer at this level sounds like</source>
        <translation>Wie eine Antwort auf dieser Stufe klingt</translation>
    </message>
</context>
<context>
    <name>BankDocumentText</name>
    <message>
        <location filename="../models/formats/bankdocument.cpp" line="56"/>
        <source>column %1</source>
        <translation>Spalte %1</translation>
    </message>
    <message>
        <location filename="../models/formats/bankdocument.cpp" line="57"/>
        <source>line %1, column %2</source>
        <translation>Zeile %1, Spalte %2</translation>
    </message>
    <message>
        <location filename="../models/formats/bankdocument.cpp" line="102"/>
        <location filename="../models/formats/bankdocument.cpp" line="330"/>
        <source>%1: %2 has %3 items; the limit is %4.</source>
        <translation>%1: %2 hat %3 Einträge; erlaubt sind höchstens %4.</translation>
    </message>
    <message>
        <location filename="../models/formats/bankdocument.cpp" line="193"/>
        <source>field &quot;%1&quot;</source>
        <translation>Feld &quot;%1&quot;</translation>
    </message>
    <message>
        <location filename="../models/formats/bankdocument.cpp" line="194"/>
        <source>field &quot;%1&quot;, item %2</source>
        <translation>Feld &quot;%1&quot;, Eintrag %2</translation>
    </message>
    <message>
        <location filename="../models/formats/bankdocument.cpp" line="205"/>
        <source>a lone surrogate (U+%1), which is no character; the text was damaged on its way into the file — write it again</source>
        <translation>ein einzelnes Surrogat (U+%1), das kein Zeichen ist; der Text wurde auf dem Weg in die Datei beschädigt – schreiben Sie ihn neu</translation>
    </message>
    <message>
        <location filename="../models/formats/bankdocument.cpp" line="209"/>
        <source>the noncharacter U+%1, which the database cannot store; remove it</source>
        <translation>das Nichtzeichen U+%1, das die Datenbank nicht speichern kann; entfernen Sie es</translation>
    </message>
    <message>
        <location filename="../models/formats/bankdocument.cpp" line="212"/>
        <source>a control character (U+%1); remove it</source>
        <translation>ein Steuerzeichen (U+%1); entfernen Sie es</translation>
    </message>
    <message>
        <location filename="../models/formats/bankdocument.cpp" line="215"/>
        <source>%1: %2 holds, at %3, %4.</source>
        <translation>%1: %2 enthält in %3 %4.</translation>
    </message>
    <message>
        <location filename="../models/formats/bankdocument.cpp" line="223"/>
        <source>%1: %2 starts with U+FEFF (a byte order mark), which the database drops; remove it.</source>
        <translation>%1: %2 beginnt mit U+FEFF (einer Bytereihenfolge-Markierung), die die Datenbank verwirft; entfernen Sie sie.</translation>
    </message>
    <message>
        <location filename="../models/formats/bankdocument.cpp" line="231"/>
        <source>%1: %2 is %3 characters long; the limit is %4.</source>
        <translation>%1: %2 ist %3 Zeichen lang; erlaubt sind höchstens %4.</translation>
    </message>
    <message>
        <location filename="../models/formats/bankdocument.cpp" line="244"/>
        <source>question %1</source>
        <translation>Frage %1</translation>
    </message>
    <message>
        <location filename="../models/formats/bankdocument.cpp" line="245"/>
        <source>question %1 (&quot;%2&quot;)</source>
        <translation>Frage %1 (&quot;%2&quot;)</translation>
    </message>
    <message>
        <location filename="../models/formats/bankdocument.cpp" line="253"/>
        <source>%1: the category has an empty name; give it one.</source>
        <translation>%1: Die Kategorie hat einen leeren Namen; geben Sie ihr einen.</translation>
    </message>
    <message>
        <location filename="../models/formats/bankdocument.cpp" line="270"/>
        <source>%1: field &quot;uuid&quot; is missing.</source>
        <translation>%1: Feld &quot;uuid&quot; fehlt.</translation>
    </message>
    <message>
        <location filename="../models/formats/bankdocument.cpp" line="273"/>
        <source>%1: field &quot;uuid&quot; is not a valid UUID: &quot;%2&quot;; write it as 8-4-4-4-12 hexadecimal digits.</source>
        <translation>%1: Feld &quot;uuid&quot; ist keine gültige UUID: &quot;%2&quot;; schreiben Sie sie als 8-4-4-4-12 Hexadezimalziffern.</translation>
    </message>
    <message>
        <location filename="../models/formats/bankdocument.cpp" line="281"/>
        <source>%1: field &quot;title&quot; is missing or empty.</source>
        <translation>%1: Feld &quot;title&quot; fehlt oder ist leer.</translation>
    </message>
    <message>
        <location filename="../models/formats/bankdocument.cpp" line="285"/>
        <source>%1: field &quot;category&quot; is missing or empty.</source>
        <translation>%1: Feld &quot;category&quot; fehlt oder ist leer.</translation>
    </message>
    <message>
        <location filename="../models/formats/bankdocument.cpp" line="291"/>
        <source>%1: field &quot;level&quot; must be one of %2, not &quot;%3&quot;.</source>
        <translation>%1: Feld &quot;level&quot; muss einer der Werte %2 sein, nicht &quot;%3&quot;.</translation>
    </message>
    <message>
        <location filename="../models/formats/bankdocument.cpp" line="298"/>
        <source>%1: field &quot;kind&quot; must be one of %2, not &quot;%3&quot;.</source>
        <translation>%1: Feld &quot;kind&quot; muss einer der Werte %2 sein, nicht &quot;%3&quot;.</translation>
    </message>
    <message>
        <location filename="../models/formats/bankdocument.cpp" line="305"/>
        <source>%1: field &quot;minutes&quot; must be between %2 and %3, not %4.</source>
        <translation>%1: Feld &quot;minutes&quot; muss zwischen %2 und %3 liegen, nicht bei %4.</translation>
    </message>
    <message>
        <location filename="../models/formats/bankdocument.cpp" line="323"/>
        <source>%1: %2 (&quot;%3&quot;) holds a comma, and the Markdown form separates tags with commas; split it into two tags or use another character.</source>
        <translation>%1: %2 (&quot;%3&quot;) enthält ein Komma, und die Markdown-Form trennt Schlagwörter durch Kommas; teilen Sie es in zwei Schlagwörter auf oder verwenden Sie ein anderes Zeichen.</translation>
    </message>
    <message>
        <location filename="../models/formats/bankdocument.cpp" line="360"/>
        <source>%1: category &quot;%2&quot; is listed twice; keep one.</source>
        <translation>%1: Kategorie &quot;%2&quot; ist zweimal aufgeführt; behalten Sie nur einen Eintrag.</translation>
    </message>
    <message>
        <location filename="../models/formats/bankdocument.cpp" line="363"/>
        <source>%1: categories &quot;%2&quot; and &quot;%3&quot; differ only in letter case, and category names are unique regardless of case; keep one.</source>
        <translation>%1: Die Kategorien &quot;%2&quot; und &quot;%3&quot; unterscheiden sich nur in der Groß-/Kleinschreibung, und Kategorienamen sind unabhängig davon eindeutig; behalten Sie nur eine.</translation>
    </message>
    <message>
        <location filename="../models/formats/bankdocument.cpp" line="378"/>
        <source>%1, %2: field &quot;category&quot; is &quot;%3&quot;, but the file also writes it &quot;%4&quot;; category names are unique regardless of letter case, so write it one way.</source>
        <translation>%1, %2: Feld &quot;category&quot; lautet &quot;%3&quot;, die Datei schreibt die Kategorie aber auch &quot;%4&quot;; Kategorienamen sind unabhängig von der Groß-/Kleinschreibung eindeutig, schreiben Sie sie also einheitlich.</translation>
    </message>
    <message>
        <location filename="../models/formats/bankdocument.cpp" line="386"/>
        <source>%1, %2: field &quot;uuid&quot; repeats the uuid %3 of %4; each question needs its own.</source>
        <translation>%1, %2: Feld &quot;uuid&quot; wiederholt die UUID %3 von %4; jede Frage braucht eine eigene.</translation>
    </message>
</context>
<context>
    <name>BankFiles</name>
    <message>
        <location filename="../models/storage/bankfiles.cpp" line="30"/>
        <source>%1: unknown file type &quot;%2&quot;; use a .json or .md file.</source>
        <translation>%1: unbekannter Dateityp &quot;%2&quot;; verwenden Sie eine .json- oder .md-Datei.</translation>
    </message>
    <message>
        <location filename="../models/storage/bankfiles.cpp" line="38"/>
        <source>a question bank</source>
        <translation>einen Fragenkatalog</translation>
    </message>
</context>
<context>
    <name>BankImportJob</name>
    <message>
        <location filename="../models/bank/bankimportjob.cpp" line="71"/>
        <source>%1: %2 added, %3 updated, %4 unchanged, 0 rejected.</source>
        <translation>%1: %2 hinzugefügt, %3 aktualisiert, %4 unverändert, 0 abgelehnt.</translation>
    </message>
</context>
<context>
    <name>BankJson</name>
    <message>
        <location filename="../models/formats/bankjson.cpp" line="48"/>
        <location filename="../models/formats/bankjson.cpp" line="146"/>
        <source>%1: must be an object, not %2.</source>
        <translation>%1: muss ein Objekt sein, nicht %2.</translation>
    </message>
    <message>
        <location filename="../models/formats/bankjson.cpp" line="121"/>
        <source>%1, %2: not valid JSON: %3.</source>
        <translation>%1, %2: kein gültiges JSON: %3.</translation>
    </message>
    <message>
        <location filename="../models/formats/bankjson.cpp" line="126"/>
        <source>%1: the top level must be an object with &quot;format&quot;: &quot;panelist-bank&quot;.</source>
        <translation>%1: Die oberste Ebene muss ein Objekt mit &quot;format&quot;: &quot;panelist-bank&quot; sein.</translation>
    </message>
    <message>
        <location filename="../models/formats/bankjson.cpp" line="131"/>
        <source>must be &quot;panelist-bank&quot;</source>
        <translation>muss &quot;panelist-bank&quot; sein</translation>
    </message>
    <message>
        <location filename="../models/formats/bankjson.cpp" line="135"/>
        <source>is %1, but this Panelist reads format version %2; update Panelist</source>
        <translation>ist %1, aber diese Panelist-Version liest Formatversion %2; aktualisieren Sie Panelist</translation>
    </message>
    <message>
        <location filename="../models/formats/bankjson.cpp" line="144"/>
        <source>%1, category %2</source>
        <translation>%1, Kategorie %2</translation>
    </message>
</context>
<context>
    <name>BankMarkdown</name>
    <message>
        <location filename="../models/formats/bankmarkdown.cpp" line="399"/>
        <source>%1: the file is not UTF-8 text; save it as UTF-8.</source>
        <translation>%1: Die Datei ist kein UTF-8-Text; speichern Sie sie als UTF-8.</translation>
    </message>
    <message>
        <location filename="../models/formats/bankmarkdown.cpp" line="420"/>
        <source>the code block opened here with %1 is never closed; close it with a line of %1</source>
        <translation>der hier mit %1 geöffnete Codeblock wird nie geschlossen; schließen Sie ihn mit einer Zeile %1</translation>
    </message>
    <message>
        <location filename="../models/formats/bankmarkdown.cpp" line="426"/>
        <source>the comment &quot;&lt;!--&quot; opened before the first category is never closed with &quot;--&gt;&quot;</source>
        <translation>der vor der ersten Kategorie geöffnete Kommentar &quot;&lt;!--&quot; wird nie mit &quot;--&gt;&quot; geschlossen</translation>
    </message>
    <message>
        <location filename="../models/formats/bankmarkdown.cpp" line="437"/>
        <location filename="../models/formats/bankmarkdown.cpp" line="536"/>
        <source>%1, line %2</source>
        <translation>%1, Zeile %2</translation>
    </message>
    <message>
        <location filename="../models/formats/bankmarkdown.cpp" line="469"/>
        <source>text &quot;%1&quot; stands outside any section; put it under a &quot;#### &quot; section of a question</source>
        <translation>Text &quot;%1&quot; steht außerhalb jedes Abschnitts; setzen Sie ihn unter einen &quot;#### &quot;-Abschnitt einer Frage</translation>
    </message>
    <message>
        <location filename="../models/formats/bankmarkdown.cpp" line="501"/>
        <source>the file is format version %1, but this Panelist reads version %2; update Panelist</source>
        <translation>die Datei hat Formatversion %1, aber diese Panelist-Version liest Version %2; aktualisieren Sie Panelist</translation>
    </message>
    <message>
        <location filename="../models/formats/bankmarkdown.cpp" line="521"/>
        <source>text &quot;%1&quot; comes before the first &quot;## Category&quot; heading; move it into a question</source>
        <translation>Text &quot;%1&quot; steht vor der ersten Überschrift &quot;## Kategorie&quot;; verschieben Sie ihn in eine Frage</translation>
    </message>
    <message>
        <location filename="../models/formats/bankmarkdown.cpp" line="539"/>
        <source>category &quot;%1&quot; already has a heading on line %2 (names are unique regardless of letter case); put its questions under one heading</source>
        <translation>Kategorie &quot;%1&quot; hat bereits eine Überschrift in Zeile %2 (Namen sind unabhängig von der Groß-/Kleinschreibung eindeutig); fassen Sie ihre Fragen unter einer Überschrift zusammen</translation>
    </message>
    <message>
        <location filename="../models/formats/bankmarkdown.cpp" line="555"/>
        <source>question &quot;%1&quot; comes before any &quot;## Category&quot; heading</source>
        <translation>Frage &quot;%1&quot; steht vor jeder Überschrift &quot;## Kategorie&quot;</translation>
    </message>
    <message>
        <location filename="../models/formats/bankmarkdown.cpp" line="569"/>
        <source>heading &quot;%1&quot; is outside any &quot;### Question&quot;</source>
        <translation>Überschrift &quot;%1&quot; steht außerhalb jeder &quot;### Frage&quot;</translation>
    </message>
    <message>
        <location filename="../models/formats/bankmarkdown.cpp" line="572"/>
        <source>unknown section &quot;%1&quot; (expected Prompt, Reference answer, Follow-ups, Criteria or Anchors)</source>
        <translation>unbekannter Abschnitt &quot;%1&quot; (erwartet: Prompt, Reference answer, Follow-ups, Criteria oder Anchors)</translation>
    </message>
    <message>
        <location filename="../models/formats/bankmarkdown.cpp" line="579"/>
        <source>heading &quot;%1&quot; belongs under &quot;#### Anchors&quot;</source>
        <translation>Überschrift &quot;%1&quot; gehört unter &quot;#### Anchors&quot;</translation>
    </message>
    <message>
        <location filename="../models/formats/bankmarkdown.cpp" line="581"/>
        <source>unknown anchor &quot;%1&quot; (expected Junior, Middle or Senior)</source>
        <translation>unbekannter Anker &quot;%1&quot; (erwartet: Junior, Middle oder Senior)</translation>
    </message>
    <message>
        <location filename="../models/formats/bankmarkdown.cpp" line="585"/>
        <source>section &quot;%1&quot; appears twice in this question; merge the two</source>
        <translation>Abschnitt &quot;%1&quot; kommt in dieser Frage zweimal vor; führen Sie beide zusammen</translation>
    </message>
    <message>
        <location filename="../models/formats/bankmarkdown.cpp" line="626"/>
        <source>heading &quot;%1&quot; stands inside the code block opened on line %2 with %3, which is never closed; close the code block before it</source>
        <translation>Überschrift &quot;%1&quot; steht im Codeblock, der in Zeile %2 mit %3 geöffnet und nie geschlossen wird; schließen Sie den Codeblock davor</translation>
    </message>
    <message>
        <location filename="../models/formats/bankmarkdown.cpp" line="647"/>
        <source>expected a &quot;- field: value&quot; line or a &quot;#### Section&quot; heading</source>
        <translation>erwartet wird eine Zeile &quot;- Feld: Wert&quot; oder eine Überschrift &quot;#### Abschnitt&quot;</translation>
    </message>
    <message>
        <location filename="../models/formats/bankmarkdown.cpp" line="650"/>
        <source>field &quot;%1&quot; is given twice; keep one</source>
        <translation>Feld &quot;%1&quot; ist zweimal angegeben; behalten Sie nur eine Angabe</translation>
    </message>
    <message>
        <location filename="../models/formats/bankmarkdown.cpp" line="662"/>
        <source>field &quot;minutes&quot; must be a whole number, not &quot;%1&quot;</source>
        <translation>Feld &quot;minutes&quot; muss eine ganze Zahl sein, nicht &quot;%1&quot;</translation>
    </message>
    <message>
        <location filename="../models/formats/bankmarkdown.cpp" line="670"/>
        <source>field &quot;archived&quot; must be yes or no, not &quot;%1&quot;</source>
        <translation>Feld &quot;archived&quot; muss yes oder no sein, nicht &quot;%1&quot;</translation>
    </message>
    <message>
        <location filename="../models/formats/bankmarkdown.cpp" line="674"/>
        <source>unknown field &quot;%1&quot; (known: uuid, level, kind, minutes, tags, archived)</source>
        <translation>unbekanntes Feld &quot;%1&quot; (bekannt: uuid, level, kind, minutes, tags, archived)</translation>
    </message>
    <message>
        <location filename="../models/formats/bankmarkdown.cpp" line="687"/>
        <source>an indented line must continue a list item (&quot;1. ...&quot;)</source>
        <translation>eine eingerückte Zeile muss einen Listeneintrag (&quot;1. ...&quot;) fortsetzen</translation>
    </message>
    <message>
        <location filename="../models/formats/bankmarkdown.cpp" line="700"/>
        <source>expected a numbered list item (&quot;1. ...&quot;)</source>
        <translation>erwartet wird ein nummerierter Listeneintrag (&quot;1. ...&quot;)</translation>
    </message>
    <message>
        <location filename="../models/formats/bankmarkdown.cpp" line="741"/>
        <source>%1, line %2 (%3)</source>
        <translation>%1, Zeile %2 (%3)</translation>
    </message>
    <message>
        <location filename="../models/formats/bankmarkdown.cpp" line="747"/>
        <source>%1: field &quot;%2&quot; is missing.</source>
        <translation>%1: Feld &quot;%2&quot; fehlt.</translation>
    </message>
</context>
<context>
    <name>BankPage</name>
    <message>
        <location filename="../qml/pages/BankPage.qml" line="13"/>
        <source>Question bank</source>
        <translation>Fragenkatalog</translation>
    </message>
    <message>
        <location filename="../qml/pages/BankPage.qml" line="97"/>
        <source>New</source>
        <translation>Neu</translation>
    </message>
    <message>
        <location filename="../qml/pages/BankPage.qml" line="100"/>
        <source>New question (Ctrl+N)</source>
        <translation>Neue Frage (Strg+N)</translation>
    </message>
    <message>
        <location filename="../qml/pages/BankPage.qml" line="103"/>
        <source>Edit</source>
        <translation>Bearbeiten</translation>
    </message>
    <message>
        <location filename="../qml/pages/BankPage.qml" line="107"/>
        <source>Edit the selected question (Enter)</source>
        <translation>Ausgewählte Frage bearbeiten (Eingabe)</translation>
    </message>
    <message>
        <location filename="../qml/pages/BankPage.qml" line="110"/>
        <source>Duplicate</source>
        <translation>Duplizieren</translation>
    </message>
    <message>
        <location filename="../qml/pages/BankPage.qml" line="114"/>
        <source>Edit a copy of the selected question (Ctrl+D)</source>
        <translation>Kopie der ausgewählten Frage bearbeiten (Strg+D)</translation>
    </message>
    <message>
        <location filename="../qml/pages/BankPage.qml" line="118"/>
        <source>Restore</source>
        <translation>Wiederherstellen</translation>
    </message>
    <message>
        <location filename="../qml/pages/BankPage.qml" line="118"/>
        <source>Archive</source>
        <translation>Archivieren</translation>
    </message>
    <message>
        <location filename="../qml/pages/BankPage.qml" line="122"/>
        <source>Bring the question back (Delete)</source>
        <translation>Frage zurückholen (Entf)</translation>
    </message>
    <message>
        <location filename="../qml/pages/BankPage.qml" line="123"/>
        <source>Hide the question from lists and plans (Delete)</source>
        <translation>Frage in Listen und Plänen ausblenden (Entf)</translation>
    </message>
    <message>
        <location filename="../qml/pages/BankPage.qml" line="126"/>
        <source>Delete…</source>
        <translation>Löschen…</translation>
    </message>
    <message>
        <location filename="../qml/pages/BankPage.qml" line="132"/>
        <source>Categories…</source>
        <translation>Kategorien…</translation>
    </message>
    <message>
        <location filename="../qml/pages/BankPage.qml" line="141"/>
        <source>Import…</source>
        <translation>Importieren…</translation>
    </message>
    <message>
        <location filename="../qml/pages/BankPage.qml" line="144"/>
        <source>Import a bank file, JSON or Markdown (Ctrl+I)</source>
        <translation>Fragenkatalog-Datei importieren, JSON oder Markdown (Strg+I)</translation>
    </message>
    <message>
        <location filename="../qml/pages/BankPage.qml" line="147"/>
        <source>Export…</source>
        <translation>Exportieren…</translation>
    </message>
    <message>
        <location filename="../qml/pages/BankPage.qml" line="173"/>
        <source>Search questions (Ctrl+F)</source>
        <translation>Fragen suchen (Strg+F)</translation>
    </message>
    <message>
        <location filename="../qml/pages/BankPage.qml" line="175"/>
        <source>Search questions</source>
        <translation>Fragen suchen</translation>
    </message>
    <message>
        <location filename="../qml/pages/BankPage.qml" line="218"/>
        <source>All categories</source>
        <translation>Alle Kategorien</translation>
    </message>
    <message>
        <location filename="../qml/pages/BankPage.qml" line="225"/>
        <source>All levels</source>
        <translation>Alle Stufen</translation>
    </message>
    <message>
        <location filename="../qml/pages/BankPage.qml" line="232"/>
        <source>All kinds</source>
        <translation>Alle Arten</translation>
    </message>
    <message>
        <location filename="../qml/pages/BankPage.qml" line="239"/>
        <source>All tags</source>
        <translation>Alle Schlagwörter</translation>
    </message>
    <message>
        <location filename="../qml/pages/BankPage.qml" line="258"/>
        <source>No matches</source>
        <translation>Keine Treffer</translation>
    </message>
    <message>
        <location filename="../qml/pages/BankPage.qml" line="260"/>
        <source>Filtered questions</source>
        <translation>Gefilterte Fragen</translation>
    </message>
    <message>
        <location filename="../qml/pages/BankPage.qml" line="260"/>
        <source>All questions</source>
        <translation>Alle Fragen</translation>
    </message>
    <message>
        <location filename="../qml/pages/BankPage.qml" line="262"/>
        <source>Matches for “%1”, filtered</source>
        <translation>Treffer für „%1“, gefiltert</translation>
    </message>
    <message>
        <location filename="../qml/pages/BankPage.qml" line="263"/>
        <source>Matches for “%1”</source>
        <translation>Treffer für „%1“</translation>
    </message>
    <message>
        <location filename="../qml/pages/BankPage.qml" line="265"/>
        <source>%1 · %2</source>
        <comment>what the list holds · how many questions</comment>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <location filename="../qml/pages/BankPage.qml" line="270"/>
        <source>Archived</source>
        <translation>Archiviert</translation>
    </message>
    <message>
        <location filename="../qml/pages/BankPage.qml" line="277"/>
        <source>Sort by %1</source>
        <translation>Sortierung: %1</translation>
    </message>
    <message>
        <location filename="../qml/pages/BankPage.qml" line="283"/>
        <source>Best match</source>
        <translation>Relevanz</translation>
    </message>
    <message>
        <location filename="../qml/pages/BankPage.qml" line="284"/>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location filename="../qml/pages/BankPage.qml" line="285"/>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <location filename="../qml/pages/BankPage.qml" line="286"/>
        <source>Last edited</source>
        <translation>Zuletzt bearbeitet</translation>
    </message>
    <message>
        <location filename="../qml/pages/BankPage.qml" line="299"/>
        <source>Questions</source>
        <translation>Fragen</translation>
    </message>
    <message>
        <location filename="../qml/pages/BankPage.qml" line="341"/>
        <source>The bank has no questions yet</source>
        <translation>Der Fragenkatalog enthält noch keine Fragen</translation>
    </message>
    <message>
        <location filename="../qml/pages/BankPage.qml" line="342"/>
        <source>Write a question, or import a bank file (JSON or Markdown) a colleague shared.</source>
        <translation>Schreiben Sie eine Frage oder importieren Sie eine Fragenkatalog-Datei (JSON oder Markdown), die eine Kolleg:in mit Ihnen geteilt hat.</translation>
    </message>
    <message>
        <location filename="../qml/pages/BankPage.qml" line="343"/>
        <source>Ctrl+N: new question · Ctrl+I: import a bank</source>
        <translation>Strg+N: neue Frage · Strg+I: Fragenkatalog importieren</translation>
    </message>
    <message>
        <location filename="../qml/pages/BankPage.qml" line="351"/>
        <source>Esc clears the search</source>
        <translation>Esc leert die Suche</translation>
    </message>
    <message>
        <location filename="../qml/pages/BankPage.qml" line="353"/>
        <source>Did you mean “%1”?</source>
        <translation>Meinten Sie „%1“?</translation>
    </message>
    <message>
        <location filename="../qml/pages/BankPage.qml" line="354"/>
        <source>No question matches</source>
        <translation>Keine passende Frage</translation>
    </message>
    <message>
        <location filename="../qml/pages/BankPage.qml" line="356"/>
        <source>Nothing matches what you typed. Press Enter to search for “%1” instead.</source>
        <translation>Nichts passt zu Ihrer Eingabe. Drücken Sie die Eingabetaste, um stattdessen nach „%1“ zu suchen.</translation>
    </message>
    <message>
        <location filename="../qml/pages/BankPage.qml" line="357"/>
        <source>Every word you type must appear in a question; words match by their beginning. Try fewer or shorter words, or clear the filters.</source>
        <translation>Jedes eingegebene Wort muss in einer Frage vorkommen; verglichen wird mit dem Wortanfang. Versuchen Sie es mit weniger oder kürzeren Wörtern, oder setzen Sie die Filter zurück.</translation>
    </message>
    <message>
        <location filename="../qml/pages/BankPage.qml" line="383"/>
        <source>Delete this question for good?</source>
        <translation>Diese Frage endgültig löschen?</translation>
    </message>
    <message>
        <location filename="../qml/pages/BankPage.qml" line="387"/>
        <source>Deleting cannot be undone; plans that use the question lose it. Archiving hides it instead and keeps it for past interviews.</source>
        <translation>Das Löschen kann nicht rückgängig gemacht werden; Pläne, die die Frage verwenden, verlieren sie. Archivieren blendet sie stattdessen aus und bewahrt sie für vergangene Interviews auf.</translation>
    </message>
    <message>
        <location filename="../qml/pages/BankPage.qml" line="391"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../qml/pages/BankPage.qml" line="397"/>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <location filename="../qml/pages/BankPage.qml" line="406"/>
        <source>Archive instead</source>
        <translation>Stattdessen archivieren</translation>
    </message>
</context>
<context>
    <name>BankRepository</name>
    <message>
        <location filename="../models/storage/bankrepository.cpp" line="285"/>
        <source>A question with uuid %1 already exists.</source>
        <translation>Eine Frage mit der UUID %1 gibt es bereits.</translation>
    </message>
    <message>
        <location filename="../models/storage/bankrepository.cpp" line="299"/>
        <source>Question %1 no longer exists.</source>
        <translation>Frage %1 gibt es nicht mehr.</translation>
    </message>
    <message>
        <location filename="../models/storage/bankrepository.cpp" line="380"/>
        <source>Import cancelled; nothing was written.</source>
        <translation>Import abgebrochen; es wurde nichts geschrieben.</translation>
    </message>
</context>
<context>
    <name>Candidate</name>
    <message>
        <location filename="../models/domain/candidate.cpp" line="65"/>
        <source>No interviews yet</source>
        <translation>Noch keine Interviews</translation>
    </message>
    <message>
        <location filename="../models/domain/candidate.cpp" line="66"/>
        <source>%1 of %2 scorecards in</source>
        <translation>%1 von %2 Bewertungsbögen abgegeben</translation>
    </message>
</context>
<context>
    <name>CandidateDesk</name>
    <message>
        <location filename="../models/interviews/candidatedesk.cpp" line="109"/>
        <source>The status is one of %1, not &quot;%2&quot;.</source>
        <translation>Der Status muss einer der Werte %1 sein, nicht &quot;%2&quot;.</translation>
    </message>
    <message>
        <location filename="../models/interviews/candidatedesk.cpp" line="151"/>
        <source>Removed %1 and their interview.</source>
        <translation>%1 und das zugehörige Interview wurden entfernt.</translation>
    </message>
    <message>
        <location filename="../models/interviews/candidatedesk.cpp" line="152"/>
        <source>Removed %1 and their %2 interviews.</source>
        <translation>%1 und die %2 zugehörigen Interviews wurden entfernt.</translation>
    </message>
</context>
<context>
    <name>CandidateListModel</name>
    <message>
        <location filename="../models/interviews/candidatelistmodel.cpp" line="139"/>
        <source>Any status</source>
        <translation>Jeder Status</translation>
    </message>
    <message>
        <location filename="../models/interviews/candidatelistmodel.cpp" line="149"/>
        <source>Any stage</source>
        <translation>Jede Phase</translation>
    </message>
    <message>
        <location filename="../models/interviews/candidatelistmodel.cpp" line="223"/>
        <source>All roles</source>
        <translation>Alle Rollen</translation>
    </message>
</context>
<context>
    <name>CandidateRepository</name>
    <message>
        <location filename="../models/storage/candidaterepository.cpp" line="44"/>
        <source>Database %1: candidates.status holds &quot;%2&quot;, which this Panelist does not know (one of %3). Update Panelist.</source>
        <translation>Datenbank %1: candidates.status enthält &quot;%2&quot;, was diese Panelist-Version nicht kennt (bekannt: %3). Aktualisieren Sie Panelist.</translation>
    </message>
    <message>
        <location filename="../models/storage/candidaterepository.cpp" line="67"/>
        <source>The candidate&apos;s email is %1 characters long; shorten it to %2.</source>
        <translation>Die E-Mail-Adresse ist %1 Zeichen lang; kürzen Sie sie auf %2 Zeichen.</translation>
    </message>
    <message>
        <location filename="../models/storage/candidaterepository.cpp" line="72"/>
        <source>&quot;%1&quot; is not an email address (name@example.com); correct it or leave the email empty.</source>
        <translation>&quot;%1&quot; ist keine E-Mail-Adresse (name@example.com); korrigieren Sie sie oder lassen Sie das Feld leer.</translation>
    </message>
    <message>
        <location filename="../models/storage/candidaterepository.cpp" line="202"/>
        <source>There is no candidate %1 in %2; `candidate list` shows their ids.</source>
        <translation>In %2 gibt es Kandidat:in %1 nicht; `candidate list` zeigt die IDs.</translation>
    </message>
    <message>
        <location filename="../models/storage/candidaterepository.cpp" line="237"/>
        <source>Candidate %1 cannot be merged into itself; name two different candidates (`candidate duplicates` offers them).</source>
        <translation>Kandidat:in %1 kann nicht mit sich selbst zusammengeführt werden; nennen Sie zwei verschiedene Kandidat:innen (`candidate duplicates` schlägt welche vor).</translation>
    </message>
    <message>
        <location filename="../models/storage/candidaterepository.cpp" line="253"/>
        <source>There is no candidate %1 in %2; nothing was merged. `candidate list` shows their ids.</source>
        <translation>In %2 gibt es Kandidat:in %1 nicht; es wurde nichts zusammengeführt. `candidate list` zeigt die IDs.</translation>
    </message>
    <message>
        <location filename="../models/storage/candidaterepository.cpp" line="332"/>
        <source>A new candidate needs a name.</source>
        <translation>Neue Kandidat:innen brauchen einen Namen.</translation>
    </message>
    <message>
        <location filename="../models/storage/candidaterepository.cpp" line="334"/>
        <source>name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../models/storage/candidaterepository.cpp" line="334"/>
        <source>email</source>
        <translation>E-Mail-Adresse</translation>
    </message>
    <message>
        <location filename="../models/storage/candidaterepository.cpp" line="335"/>
        <source>role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <location filename="../models/storage/candidaterepository.cpp" line="337"/>
        <source>The candidate&apos;s %1 is %2 characters long; shorten it to %3.</source>
        <translation>Das Feld „%1“ ist %2 Zeichen lang; kürzen Sie es auf %3 Zeichen.</translation>
    </message>
    <message>
        <location filename="../models/storage/candidaterepository.cpp" line="347"/>
        <source>There already is a candidate named &quot;%1&quot; (id %2); pick them instead of making a second one.</source>
        <translation>Kandidat:in &quot;%1&quot; gibt es bereits (ID %2); wählen Sie diesen Eintrag aus, statt einen zweiten anzulegen.</translation>
    </message>
    <message>
        <location filename="../models/storage/candidaterepository.cpp" line="391"/>
        <source>There is no candidate %1 in %2; nothing was removed. `candidate list` shows their ids.</source>
        <translation>In %2 gibt es Kandidat:in %1 nicht; es wurde nichts entfernt. `candidate list` zeigt die IDs.</translation>
    </message>
</context>
<context>
    <name>CandidatesPage</name>
    <message>
        <location filename="../qml/pages/CandidatesPage.qml" line="15"/>
        <location filename="../qml/pages/CandidatesPage.qml" line="222"/>
        <source>Candidates</source>
        <translation>Kandidat:innen</translation>
    </message>
    <message>
        <location filename="../qml/pages/CandidatesPage.qml" line="84"/>
        <source>Debrief…</source>
        <translation>Abstimmungsrunde…</translation>
    </message>
    <message>
        <location filename="../qml/pages/CandidatesPage.qml" line="88"/>
        <source>Every scorecard of this candidate side by side, and the decision (Ctrl+D)</source>
        <translation>Alle Bewertungsbögen dieser Kandidat:in nebeneinander, dazu die Entscheidung (Strg+D)</translation>
    </message>
    <message>
        <location filename="../qml/pages/CandidatesPage.qml" line="93"/>
        <source>Status…</source>
        <translation>Status…</translation>
    </message>
    <message>
        <location filename="../qml/pages/CandidatesPage.qml" line="97"/>
        <source>Active, hired, rejected or withdrawn (Ctrl+T)</source>
        <translation>Aktiv, eingestellt, abgesagt oder zurückgezogen (Strg+T)</translation>
    </message>
    <message>
        <location filename="../qml/pages/CandidatesPage.qml" line="101"/>
        <source>Merge…</source>
        <translation>Zusammenführen…</translation>
    </message>
    <message>
        <location filename="../qml/pages/CandidatesPage.qml" line="105"/>
        <source>Merge a candidate whose name differs only in letter case or accents (Ctrl+M)</source>
        <translation>Kandidat:in zusammenführen, deren Name sich nur in Groß-/Kleinschreibung oder Akzenten unterscheidet (Strg+M)</translation>
    </message>
    <message>
        <location filename="../qml/pages/CandidatesPage.qml" line="109"/>
        <source>Remove…</source>
        <translation>Entfernen…</translation>
    </message>
    <message>
        <location filename="../qml/pages/CandidatesPage.qml" line="113"/>
        <source>Erase this candidate and every interview of theirs (Delete)</source>
        <translation>Diese Kandidat:in mit allen zugehörigen Interviews löschen (Entf)</translation>
    </message>
    <message>
        <location filename="../qml/pages/CandidatesPage.qml" line="153"/>
        <source>Search candidates</source>
        <translation>Kandidat:innen suchen</translation>
    </message>
    <message>
        <location filename="../qml/pages/CandidatesPage.qml" line="155"/>
        <source>Search name, email, role (Ctrl+F)</source>
        <translation>Name, E-Mail, Rolle durchsuchen (Strg+F)</translation>
    </message>
    <message>
        <location filename="../qml/pages/CandidatesPage.qml" line="168"/>
        <source>Role: %1</source>
        <translation>Rolle: %1</translation>
    </message>
    <message>
        <location filename="../qml/pages/CandidatesPage.qml" line="189"/>
        <source>Status: %1</source>
        <translation>Status: %1</translation>
    </message>
    <message>
        <location filename="../qml/pages/CandidatesPage.qml" line="199"/>
        <source>Stage: %1</source>
        <translation>Phase: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/pages/CandidatesPage.qml" line="210"/>
        <source>%n candidate(s)</source>
        <translation>
            <numerusform>%n Kandidat:in</numerusform>
            <numerusform>%n Kandidat:innen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../qml/pages/CandidatesPage.qml" line="211"/>
        <source>%1 of %2 candidates</source>
        <translation>%1 von %2 Kandidat:innen</translation>
    </message>
    <message>
        <location filename="../qml/pages/CandidatesPage.qml" line="254"/>
        <source>No candidate matches</source>
        <translation>Keine passenden Kandidat:innen</translation>
    </message>
    <message>
        <location filename="../qml/pages/CandidatesPage.qml" line="255"/>
        <source>No candidates yet</source>
        <translation>Noch keine Kandidat:innen</translation>
    </message>
    <message>
        <location filename="../qml/pages/CandidatesPage.qml" line="257"/>
        <source>Try fewer letters, or set the filters back to any.</source>
        <translation>Geben Sie weniger Buchstaben ein oder setzen Sie die Filter zurück.</translation>
    </message>
    <message>
        <location filename="../qml/pages/CandidatesPage.qml" line="258"/>
        <source>Start an interview from a plan (Plans, Ctrl+Enter) and pick or name the candidate there.</source>
        <translation>Starten Sie ein Interview aus einem Plan (Pläne, Strg+Eingabe) und wählen oder benennen Sie dort die Kandidat:in.</translation>
    </message>
    <message>
        <location filename="../qml/pages/CandidatesPage.qml" line="259"/>
        <source>Ctrl+F: the search field</source>
        <translation>Strg+F: zum Suchfeld</translation>
    </message>
    <message>
        <location filename="../qml/pages/CandidatesPage.qml" line="260"/>
        <location filename="../qml/pages/CandidatesPage.qml" line="362"/>
        <source>Ctrl+2: plans · Ctrl+Enter: start an interview</source>
        <translation>Strg+2: Pläne · Strg+Eingabe: Interview starten</translation>
    </message>
    <message>
        <location filename="../qml/pages/CandidatesPage.qml" line="308"/>
        <source>May be the same person as “%1”: the names differ only in letter case or accents.</source>
        <translation>Möglicherweise dieselbe Person wie „%1“: Die Namen unterscheiden sich nur in Groß-/Kleinschreibung oder Akzenten.</translation>
    </message>
    <message>
        <location filename="../qml/pages/CandidatesPage.qml" line="315"/>
        <source>Merge… (Ctrl+M)</source>
        <translation>Zusammenführen… (Strg+M)</translation>
    </message>
    <message>
        <location filename="../qml/pages/CandidatesPage.qml" line="322"/>
        <source>Loop · %1</source>
        <translation>Interviewrunde · %1</translation>
    </message>
    <message>
        <location filename="../qml/pages/CandidatesPage.qml" line="330"/>
        <source>Interviews of the loop</source>
        <translation>Interviews der Interviewrunde</translation>
    </message>
    <message>
        <location filename="../qml/pages/CandidatesPage.qml" line="360"/>
        <source>No interviews yet</source>
        <translation>Noch keine Interviews</translation>
    </message>
    <message>
        <location filename="../qml/pages/CandidatesPage.qml" line="361"/>
        <source>Start one from a plan (Plans, Ctrl+Enter) and pick this candidate.</source>
        <translation>Starten Sie eines aus einem Plan (Pläne, Strg+Eingabe) und wählen Sie diese Kandidat:in.</translation>
    </message>
    <message>
        <location filename="../qml/pages/CandidatesPage.qml" line="366"/>
        <source>Enter or → opens the loop; Enter on an interview opens its record.</source>
        <translation>Eingabe oder → öffnet die Interviewrunde; Eingabe auf einem Interview öffnet sein Protokoll.</translation>
    </message>
    <message>
        <location filename="../qml/pages/CandidatesPage.qml" line="385"/>
        <source>Merge these candidates?</source>
        <translation>Diese Kandidat:innen zusammenführen?</translation>
    </message>
    <message>
        <location filename="../qml/pages/CandidatesPage.qml" line="387"/>
        <source>Merge “%1” into “%2”?</source>
        <translation>„%1“ in „%2“ zusammenführen?</translation>
    </message>
    <message>
        <location filename="../qml/pages/CandidatesPage.qml" line="412"/>
        <source>Every interview of “%1” moves to “%2”, and carries the name “%2” from now on; “%1” is deleted. Only merge when they are the same person.</source>
        <translation>Alle Interviews von „%1“ gehen an „%2“ über und tragen ab jetzt den Namen „%2“; „%1“ wird gelöscht. Führen Sie nur zusammen, wenn es dieselbe Person ist.</translation>
    </message>
    <message>
        <location filename="../qml/pages/CandidatesPage.qml" line="417"/>
        <location filename="../qml/pages/CandidatesPage.qml" line="463"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../qml/pages/CandidatesPage.qml" line="423"/>
        <source>Keep “%1” instead</source>
        <translation>Stattdessen „%1“ behalten</translation>
    </message>
    <message>
        <location filename="../qml/pages/CandidatesPage.qml" line="429"/>
        <source>Merge</source>
        <translation>Zusammenführen</translation>
    </message>
    <message>
        <location filename="../qml/pages/CandidatesPage.qml" line="444"/>
        <source>Remove this candidate?</source>
        <translation>Diese Kandidat:in entfernen?</translation>
    </message>
    <message>
        <location filename="../qml/pages/CandidatesPage.qml" line="446"/>
        <source>Remove %1?</source>
        <translation>%1 entfernen?</translation>
    </message>
    <message>
        <location filename="../qml/pages/CandidatesPage.qml" line="457"/>
        <source>%1 goes: their name, email, role and status. It is erased from the database file itself, not just hidden. This cannot be undone.</source>
        <translation>%1 wird entfernt: Name, E-Mail-Adresse, Rolle und Status. Die Daten werden aus der Datenbankdatei selbst gelöscht, nicht nur ausgeblendet. Das kann nicht rückgängig gemacht werden.</translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/pages/CandidatesPage.qml" line="458"/>
        <source>%1 goes with all %n interview(s) of theirs: notes, scores, criteria, follow-ups, scorecards, recommendations and summaries, and their name, email, role and status. It is erased from the database file itself, not just hidden. This cannot be undone.</source>
        <translation>
            <numerusform>%1 wird mit %n Interview entfernt: Notizen, Bewertungen, Kriterien, Nachfragen, Bewertungsbogen, Empfehlung und Zusammenfassung sowie Name, E-Mail-Adresse, Rolle und Status. Die Daten werden aus der Datenbankdatei selbst gelöscht, nicht nur ausgeblendet. Das kann nicht rückgängig gemacht werden.</numerusform>
            <numerusform>%1 wird mit allen %n Interviews entfernt: Notizen, Bewertungen, Kriterien, Nachfragen, Bewertungsbögen, Empfehlungen und Zusammenfassungen sowie Name, E-Mail-Adresse, Rolle und Status. Die Daten werden aus der Datenbankdatei selbst gelöscht, nicht nur ausgeblendet. Das kann nicht rückgängig gemacht werden.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../qml/pages/CandidatesPage.qml" line="469"/>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
</context>
<context>
    <name>CategoriesDialog</name>
    <message>
        <location filename="../qml/components/CategoriesDialog.qml" line="16"/>
        <source>Categories</source>
        <translation>Kategorien</translation>
    </message>
    <message>
        <location filename="../qml/components/CategoriesDialog.qml" line="33"/>
        <source>New category name</source>
        <translation>Name der neuen Kategorie</translation>
    </message>
    <message>
        <location filename="../qml/components/CategoriesDialog.qml" line="41"/>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/components/CategoriesDialog.qml" line="89"/>
        <source>%n question(s)</source>
        <translation>
            <numerusform>%n Frage</numerusform>
            <numerusform>%n Fragen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../qml/components/CategoriesDialog.qml" line="104"/>
        <source>Merge…</source>
        <translation>Zusammenführen…</translation>
    </message>
    <message>
        <location filename="../qml/components/CategoriesDialog.qml" line="113"/>
        <source>Delete…</source>
        <translation>Löschen…</translation>
    </message>
    <message>
        <location filename="../qml/components/CategoriesDialog.qml" line="127"/>
        <source>Alt+Up / Alt+Down in a name moves the category.</source>
        <translation>Alt+Pfeil hoch / Alt+Pfeil runter in einem Namen verschiebt die Kategorie.</translation>
    </message>
    <message>
        <location filename="../qml/components/CategoriesDialog.qml" line="144"/>
        <location filename="../qml/components/CategoriesDialog.qml" line="159"/>
        <source>Merge</source>
        <translation>Zusammenführen</translation>
    </message>
    <message>
        <location filename="../qml/components/CategoriesDialog.qml" line="144"/>
        <location filename="../qml/components/CategoriesDialog.qml" line="159"/>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <location filename="../qml/components/CategoriesDialog.qml" line="146"/>
        <source>Merge “%1” into…</source>
        <translation>„%1“ zusammenführen mit…</translation>
    </message>
    <message>
        <location filename="../qml/components/CategoriesDialog.qml" line="147"/>
        <source>Delete “%1”</source>
        <translation>„%1“ löschen</translation>
    </message>
    <message>
        <location filename="../qml/components/CategoriesDialog.qml" line="153"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../qml/components/CategoriesDialog.qml" line="169"/>
        <source>Its questions move to the category you choose, and “%1” goes away.</source>
        <translation>Die enthaltenen Fragen wandern in die gewählte Kategorie, und „%1“ verschwindet.</translation>
    </message>
    <message>
        <location filename="../qml/components/CategoriesDialog.qml" line="170"/>
        <source>“%1” still holds questions. Choose where they go.</source>
        <translation>„%1“ enthält noch Fragen. Wählen Sie, wohin sie verschoben werden.</translation>
    </message>
    <message>
        <location filename="../qml/components/CategoriesDialog.qml" line="177"/>
        <source>Move the questions to: %1</source>
        <translation>Fragen verschieben nach: %1</translation>
    </message>
    <message>
        <location filename="../qml/components/CategoriesDialog.qml" line="209"/>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
</context>
<context>
    <name>CategoryRepository</name>
    <message>
        <location filename="../models/storage/categoryrepository.cpp" line="128"/>
        <source>The team&apos;s category &quot;%1&quot; has the name of another category here; rename one of them.</source>
        <translation>Die Teamkategorie &quot;%1&quot; trägt den Namen einer anderen Kategorie hier; benennen Sie eine der beiden um.</translation>
    </message>
    <message>
        <location filename="../models/storage/categoryrepository.cpp" line="145"/>
        <source>Cannot add categories: %1</source>
        <translation>Kategorien können nicht hinzugefügt werden: %1</translation>
    </message>
    <message>
        <location filename="../models/storage/categoryrepository.cpp" line="171"/>
        <source>Cannot add category &quot;%1&quot;: %2</source>
        <translation>Kategorie &quot;%1&quot; kann nicht hinzugefügt werden: %2</translation>
    </message>
    <message>
        <location filename="../models/storage/categoryrepository.cpp" line="194"/>
        <location filename="../models/storage/categoryrepository.cpp" line="253"/>
        <source>That category no longer exists.</source>
        <translation>Diese Kategorie gibt es nicht mehr.</translation>
    </message>
    <message>
        <location filename="../models/storage/categoryrepository.cpp" line="201"/>
        <source>A category needs a name.</source>
        <translation>Eine Kategorie braucht einen Namen.</translation>
    </message>
    <message>
        <location filename="../models/storage/categoryrepository.cpp" line="203"/>
        <source>There is already a category named &quot;%1&quot;.</source>
        <translation>Es gibt bereits eine Kategorie namens &quot;%1&quot;.</translation>
    </message>
    <message>
        <location filename="../models/storage/categoryrepository.cpp" line="262"/>
        <source>A category cannot be merged into itself.</source>
        <translation>Eine Kategorie kann nicht mit sich selbst zusammengeführt werden.</translation>
    </message>
    <message numerus="yes">
        <location filename="../models/storage/categoryrepository.cpp" line="277"/>
        <source>&quot;%1&quot; holds %n question(s); choose the category they move to.</source>
        <translation>
            <numerusform>„%1“ enthält %n Frage; wählen Sie die Kategorie, in die sie verschoben wird.</numerusform>
            <numerusform>„%1“ enthält %n Fragen; wählen Sie die Kategorie, in die sie verschoben werden.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CheatSheet</name>
    <message>
        <location filename="../qml/components/CheatSheet.qml" line="32"/>
        <source>Keyboard shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <location filename="../qml/components/CheatSheet.qml" line="37"/>
        <source>The focus stays in the notes while you score and move.</source>
        <translation>Der Fokus bleibt in den Notizen, während Sie bewerten und zwischen Fragen wechseln.</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <location filename="../app/cli/bankcommands.cpp" line="34"/>
        <source>--limit must be a positive whole number</source>
        <translation>--limit muss eine positive ganze Zahl sein</translation>
    </message>
    <message>
        <location filename="../app/cli/bankcommands.cpp" line="51"/>
        <source>No questions match &quot;%1&quot;.</source>
        <translation>Keine Frage passt zu &quot;%1&quot;.</translation>
    </message>
    <message>
        <location filename="../app/cli/bankcommands.cpp" line="63"/>
        <source>Imported %1: %2 added, %3 updated, %4 unchanged.</source>
        <translation>%1 importiert: %2 hinzugefügt, %3 aktualisiert, %4 unverändert.</translation>
    </message>
    <message>
        <location filename="../app/cli/bankcommands.cpp" line="78"/>
        <source>Exported %1 questions to %2.</source>
        <translation>%1 Fragen nach %2 exportiert.</translation>
    </message>
    <message>
        <location filename="../app/cli/bankcommands.cpp" line="92"/>
        <source>search the question bank (prefix match, best first)</source>
        <translation>den Fragenkatalog durchsuchen (Suche nach Wortanfängen, beste Treffer zuerst)</translation>
    </message>
    <message>
        <location filename="../app/cli/bankcommands.cpp" line="97"/>
        <source>import a bank file (.json or .md); all or nothing</source>
        <translation>eine Fragenkatalog-Datei importieren (.json oder .md); ganz oder gar nicht</translation>
    </message>
    <message>
        <location filename="../app/cli/bankcommands.cpp" line="102"/>
        <source>export the whole bank (.json or .md)</source>
        <translation>den ganzen Fragenkatalog exportieren (.json oder .md)</translation>
    </message>
    <message>
        <location filename="../app/cli/bankcommands.cpp" line="112"/>
        <source>only questions of this level: %1</source>
        <translation>nur Fragen dieser Stufe: %1</translation>
    </message>
    <message>
        <location filename="../app/cli/bankcommands.cpp" line="116"/>
        <source>only questions of the category named C</source>
        <translation>nur Fragen der Kategorie namens C</translation>
    </message>
    <message>
        <location filename="../app/cli/bankcommands.cpp" line="119"/>
        <source>only questions of this kind: %1</source>
        <translation>nur Fragen dieser Art: %1</translation>
    </message>
    <message>
        <location filename="../app/cli/bankcommands.cpp" line="123"/>
        <source>at most N questions (default: %1)</source>
        <translation>höchstens N Fragen (Standard: %1)</translation>
    </message>
    <message>
        <location filename="../app/cli/candidatecommands.cpp" line="25"/>
        <source>a candidate ID is a positive whole number, not &quot;%1&quot;</source>
        <translation>eine Kandidaten-ID ist eine positive ganze Zahl, nicht &quot;%1&quot;</translation>
    </message>
    <message>
        <location filename="../app/cli/candidatecommands.cpp" line="43"/>
        <source>no interviews</source>
        <translation>keine Interviews</translation>
    </message>
    <message>
        <location filename="../app/cli/candidatecommands.cpp" line="44"/>
        <source>%1 of %2 scorecards in</source>
        <translation>%1 von %2 Bewertungsbögen abgegeben</translation>
    </message>
    <message>
        <location filename="../app/cli/candidatecommands.cpp" line="86"/>
        <source>--status is one of %1, not &quot;%2&quot;</source>
        <translation>--status ist einer der Werte %1, nicht &quot;%2&quot;</translation>
    </message>
    <message>
        <location filename="../app/cli/candidatecommands.cpp" line="92"/>
        <source>There are no candidates.</source>
        <translation>Es gibt keine Kandidat:innen.</translation>
    </message>
    <message>
        <location filename="../app/cli/candidatecommands.cpp" line="100"/>
        <location filename="../app/cli/candidatecommands.cpp" line="152"/>
        <source>no candidate with id %1 in %2; candidate list shows the ids</source>
        <translation>in %2 gibt es keine Kandidat:in mit der ID %1; candidate list zeigt die IDs</translation>
    </message>
    <message>
        <location filename="../app/cli/candidatecommands.cpp" line="190"/>
        <source>  No interviews.</source>
        <translation>  Keine Interviews.</translation>
    </message>
    <message>
        <location filename="../app/cli/candidatecommands.cpp" line="201"/>
        <source>hidden until you submit yours</source>
        <translation>verborgen, bis Sie Ihren Bewertungsbogen abgeben</translation>
    </message>
    <message>
        <location filename="../app/cli/candidatecommands.cpp" line="205"/>
        <source>(no interviewer named)</source>
        <translation>(keine Interviewer:in angegeben)</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/candidatecommands.cpp" line="211"/>
        <source>%n colleague(s) submitted (%1). Their notes and scores show once %2 has finished an interview of this candidate.</source>
        <translation>
            <numerusform>%n Kolleg:in hat abgegeben (%1). Notizen und Bewertungen werden sichtbar, sobald von %2 ein abgeschlossenes Interview mit dieser Kandidat:in vorliegt.</numerusform>
            <numerusform>%n Kolleg:innen haben abgegeben (%1). Deren Notizen und Bewertungen werden sichtbar, sobald von %2 ein abgeschlossenes Interview mit dieser Kandidat:in vorliegt.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/cli/candidatecommands.cpp" line="215"/>
        <location filename="../app/cli/candidatecommands.cpp" line="220"/>
        <source>you</source>
        <translation>Ihnen</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/candidatecommands.cpp" line="217"/>
        <source>%n interview(s) of colleagues hidden until %1 has finished an interview of this candidate.</source>
        <translation>
            <numerusform>%n Interview von Kolleg:innen ist verborgen, bis von %1 ein abgeschlossenes Interview mit dieser Kandidat:in vorliegt.</numerusform>
            <numerusform>%n Interviews von Kolleg:innen sind verborgen, bis von %1 ein abgeschlossenes Interview mit dieser Kandidat:in vorliegt.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/cli/candidatecommands.cpp" line="230"/>
        <source>No candidates whose names differ only in letter case or accents.</source>
        <translation>Keine Kandidat:innen, deren Namen sich nur in Groß-/Kleinschreibung oder Akzenten unterscheiden.</translation>
    </message>
    <message>
        <location filename="../app/cli/candidatecommands.cpp" line="235"/>
        <source>%1 &quot;%2&quot; and %3 &quot;%4&quot; may be the same person; merge with: panelist candidate merge %3 %1</source>
        <translation>%1 &quot;%2&quot; und %3 &quot;%4&quot; sind womöglich dieselbe Person; zusammenführen mit: panelist candidate merge %3 %1</translation>
    </message>
    <message>
        <location filename="../app/cli/candidatecommands.cpp" line="251"/>
        <source>FROM and INTO are both candidate %1; name two candidates</source>
        <translation>FROM und INTO sind beide Kandidat:in %1; nennen Sie zwei verschiedene Kandidat:innen</translation>
    </message>
    <message>
        <location filename="../app/cli/candidatecommands.cpp" line="260"/>
        <source>Merged candidate %1 &quot;%2&quot; into %3 &quot;%4&quot;: %5 interview(s) moved.</source>
        <translation>Kandidat:in %1 &quot;%2&quot; in %3 &quot;%4&quot; zusammengeführt: %5 Interview(s) verschoben.</translation>
    </message>
    <message>
        <location filename="../app/cli/candidatecommands.cpp" line="275"/>
        <source>a decision is one of %1, not &quot;%2&quot;</source>
        <translation>eine Entscheidung ist einer der Werte %1, nicht &quot;%2&quot;</translation>
    </message>
    <message>
        <location filename="../app/cli/candidatecommands.cpp" line="278"/>
        <source>candidate decide needs --reason TEXT: say in a sentence why the panel decided to %1</source>
        <translation>candidate decide braucht --reason TEXT: Begründen Sie in einem Satz, warum sich das Panel für %1 entschieden hat</translation>
    </message>
    <message>
        <location filename="../app/cli/candidatecommands.cpp" line="295"/>
        <source>Recorded the decision on %1 (candidate %2): %3. Their status is %4.</source>
        <translation>Entscheidung zu %1 (Kandidat:in %2) gespeichert: %3. Der Status lautet jetzt %4.</translation>
    </message>
    <message>
        <location filename="../app/cli/candidatecommands.cpp" line="318"/>
        <location filename="../app/cli/interviewcommands.cpp" line="79"/>
        <source>the pdf_page_size setting must be A4 or Letter, not &quot;%1&quot;</source>
        <translation>die Einstellung pdf_page_size muss A4 oder Letter sein, nicht &quot;%1&quot;</translation>
    </message>
    <message>
        <location filename="../app/cli/candidatecommands.cpp" line="323"/>
        <source>Wrote the debrief packet of %1 to %2: %3 scorecard(s).</source>
        <translation>Unterlagen zur Abstimmungsrunde für %1 nach %2 geschrieben (Bewertungsbögen: %3).</translation>
    </message>
    <message>
        <location filename="../app/cli/candidatecommands.cpp" line="327"/>
        <source>%1 colleague scorecard(s) are left out: %2 has not submitted a scorecard for %3 yet (the bias guard).</source>
        <translation>Bewertungsbögen von Kolleg:innen ausgelassen: %1; %2 hat noch keinen Bewertungsbogen für %3 abgegeben (Befangenheitsschutz).</translation>
    </message>
    <message>
        <location filename="../app/cli/candidatecommands.cpp" line="330"/>
        <source>the unnamed interviewer</source>
        <translation>die Interviewer:in ohne Namen</translation>
    </message>
    <message>
        <location filename="../app/cli/candidatecommands.cpp" line="347"/>
        <location filename="../app/cli/interviewcommands.cpp" line="91"/>
        <source>id %1</source>
        <translation>ID %1</translation>
    </message>
    <message>
        <location filename="../app/cli/candidatecommands.cpp" line="349"/>
        <location filename="../app/cli/interviewcommands.cpp" line="93"/>
        <source>started %1</source>
        <translation>begonnen am %1</translation>
    </message>
    <message>
        <location filename="../app/cli/candidatecommands.cpp" line="351"/>
        <location filename="../app/cli/interviewcommands.cpp" line="95"/>
        <source>plan %1</source>
        <translation>Plan %1</translation>
    </message>
    <message>
        <location filename="../app/cli/candidatecommands.cpp" line="353"/>
        <source>Deleted the interview with %1 (%2).</source>
        <translation>Interview mit %1 gelöscht (%2).</translation>
    </message>
    <message>
        <location filename="../app/cli/candidatecommands.cpp" line="357"/>
        <source>Removed candidate %1 &quot;%2&quot;, who had no interviews.</source>
        <translation>Kandidat:in %1 &quot;%2&quot; entfernt (ohne Interviews).</translation>
    </message>
    <message>
        <location filename="../app/cli/candidatecommands.cpp" line="359"/>
        <source>Removed candidate %1 &quot;%2&quot; and their interview.</source>
        <translation>Kandidat:in %1 &quot;%2&quot; und das zugehörige Interview entfernt.</translation>
    </message>
    <message>
        <location filename="../app/cli/candidatecommands.cpp" line="360"/>
        <source>Removed candidate %1 &quot;%2&quot; and their %3 interviews.</source>
        <translation>Kandidat:in %1 &quot;%2&quot; und die %3 zugehörigen Interviews entfernt.</translation>
    </message>
    <message>
        <location filename="../app/cli/candidatecommands.cpp" line="378"/>
        <source>only candidates whose name, email or role holds every word (letter case and accents ignored)</source>
        <translation>nur Kandidat:innen, deren Name, E-Mail-Adresse oder Rolle jedes Wort enthält (ohne Rücksicht auf Groß-/Kleinschreibung und Akzente)</translation>
    </message>
    <message>
        <location filename="../app/cli/candidatecommands.cpp" line="382"/>
        <source>only candidates with this status: %1</source>
        <translation>nur Kandidat:innen mit diesem Status: %1</translation>
    </message>
    <message>
        <location filename="../app/cli/candidatecommands.cpp" line="386"/>
        <source>only candidates for this role (any letter case)</source>
        <translation>nur Kandidat:innen für diese Rolle (Groß-/Kleinschreibung beliebig)</translation>
    </message>
    <message>
        <location filename="../app/cli/candidatecommands.cpp" line="389"/>
        <source>why the panel decided so (required by candidate decide)</source>
        <translation>warum das Panel so entschieden hat (für candidate decide erforderlich)</translation>
    </message>
    <message>
        <location filename="../app/cli/candidatecommands.cpp" line="392"/>
        <source>look as this interviewer name (default: Settings&apos; interviewer name); a colleague&apos;s interview shows once that name has finished one of the candidate</source>
        <translation>aus Sicht der Interviewer:in NAME anzeigen (Standard: der Interviewer:innen-Name aus den Einstellungen); das Interview einer Kolleg:in wird sichtbar, sobald unter diesem Namen ein Interview mit der Kandidat:in abgeschlossen ist</translation>
    </message>
    <message>
        <location filename="../app/cli/candidatecommands.cpp" line="406"/>
        <source>list the candidates by name, with how many of their interviews are finished</source>
        <translation>die Kandidat:innen nach Namen auflisten, mit der Zahl ihrer abgeschlossenen Interviews</translation>
    </message>
    <message>
        <location filename="../app/cli/candidatecommands.cpp" line="412"/>
        <source>show a candidate and their interviews (who, plan, when, status, recommendation); a colleague&apos;s shows whole only once you have finished yours</source>
        <translation>eine Kandidat:in und ihre Interviews anzeigen (wer, Plan, wann, Status, Empfehlung); das Interview einer Kolleg:in erscheint vollständig erst, wenn Sie Ihres abgeschlossen haben</translation>
    </message>
    <message>
        <location filename="../app/cli/candidatecommands.cpp" line="419"/>
        <source>list candidates whose names differ only in letter case or accents, who may be one person</source>
        <translation>Kandidat:innen auflisten, deren Namen sich nur in Groß-/Kleinschreibung oder Akzenten unterscheiden und die womöglich dieselbe Person sind</translation>
    </message>
    <message>
        <location filename="../app/cli/candidatecommands.cpp" line="425"/>
        <source>move every interview of candidate FROM to INTO and delete FROM</source>
        <translation>alle Interviews der Kandidat:in FROM zu INTO verschieben und FROM löschen</translation>
    </message>
    <message>
        <location filename="../app/cli/candidatecommands.cpp" line="431"/>
        <source>record the lead&apos;s decision on a candidate: advance, hire or reject, with --reason (hire and reject set the status; in a team only a lead may)</source>
        <translation>die Entscheidung der Teamleitung zu einer Kandidat:in festhalten: advance, hire oder reject, mit --reason (hire und reject setzen den Status; im Team darf das nur die Teamleitung)</translation>
    </message>
    <message>
        <location filename="../app/cli/candidatecommands.cpp" line="438"/>
        <source>write the candidate&apos;s debrief packet: the ratings chart, disagreements, decision and every scorecard the reader may see</source>
        <translation>die Unterlagen zur Abstimmungsrunde einer Kandidat:in schreiben: Einstufungsdiagramm, Uneinigkeiten, Entscheidung und alle Bewertungsbögen, die die lesende Person sehen darf</translation>
    </message>
    <message>
        <location filename="../app/cli/candidatecommands.cpp" line="446"/>
        <source>delete a candidate and every interview of theirs, for good</source>
        <translation>eine Kandidat:in mit allen Interviews endgültig löschen</translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="75"/>
        <source>the SQLite database to use (default: %1; the PANELIST_DATABASE environment variable, else a database chosen in the window&apos;s Settings, replaces it)</source>
        <translation>die zu verwendende SQLite-Datenbank (Standard: %1; Vorrang haben die Umgebungsvariable PANELIST_DATABASE, sonst eine im Fenster unter „Einstellungen“ gewählte Datenbank)</translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="82"/>
        <source>show this help, or with a command its values and options</source>
        <translation>diese Hilfe anzeigen oder, mit einem Befehl, dessen Werte und Optionen</translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="85"/>
        <source>show the version</source>
        <translation>die Version anzeigen</translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="86"/>
        <source>print JSON instead of lines</source>
        <translation>JSON statt Zeilen ausgeben</translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="89"/>
        <source>open the window at this size in pixels, such as 1280x720 (kept, as a resize is)</source>
        <translation>das Fenster in dieser Größe in Pixeln öffnen, etwa 1280x720 (bleibt gespeichert wie eine Größenänderung)</translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="93"/>
        <source>open the window in this theme: %1 (for this run only; Settings keeps the choice)</source>
        <translation>das Fenster in diesem Design öffnen: %1 (nur für diesen Start; die Wahl bleibt in den Einstellungen)</translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="98"/>
        <source>open the window on this section: %1 (interview: the one live, else the latest; compare: the latest one&apos;s plan; settings: the Settings page; conflicts, welcome: that dialog over the bank)</source>
        <translation>das Fenster in diesem Bereich öffnen: %1 (interview: das laufende Interview, sonst das neueste; compare: der Plan des neuesten; settings: die Seite Einstellungen; conflicts, welcome: der jeweilige Dialog über dem Fragenkatalog)</translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="155"/>
        <location filename="../app/cli/cli.cpp" line="163"/>
        <source>option %1 needs a value</source>
        <translation>Option %1 braucht einen Wert</translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="157"/>
        <source>option %1 is given %2 times; give it once</source>
        <translation>Option %1 ist %2-mal angegeben; geben Sie sie nur einmal an</translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="165"/>
        <source>option %1 needs a path, not &quot;%2&quot; (write ./%2 for a file of that name)</source>
        <translation>Option %1 braucht einen Pfad, nicht &quot;%2&quot; (schreiben Sie ./%2 für eine Datei dieses Namens)</translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="171"/>
        <source>unknown option %1</source>
        <translation>unbekannte Option %1</translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="179"/>
        <location filename="../app/cli/cli.cpp" line="211"/>
        <source>%1 must be one of %2, not &quot;%3&quot;</source>
        <translation>%1 muss einer der Werte %2 sein, nicht &quot;%3&quot;</translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="182"/>
        <source>%1 needs a width and a height in pixels, such as 1280x720, not &quot;%2&quot;</source>
        <translation>%1 braucht eine Breite und eine Höhe in Pixeln, etwa 1280x720, nicht &quot;%2&quot;</translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="190"/>
        <source>option %1 takes no value</source>
        <translation>Option %1 nimmt keinen Wert an</translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="204"/>
        <source>unknown option %1 for %2</source>
        <translation>unbekannte Option %1 für %2</translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="205"/>
        <source>option %1 does not apply to %2</source>
        <translation>Option %1 gilt nicht für %2</translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="229"/>
        <source>%1 needs %2; usage: panelist %3</source>
        <translation>%1 braucht %2; Aufruf: panelist %3</translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="231"/>
        <source>%1 and %2</source>
        <translation>%1 und %2</translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="234"/>
        <source>unexpected &quot;%1&quot; after %2; usage: panelist %3</source>
        <translation>unerwartetes &quot;%1&quot; nach %2; Aufruf: panelist %3</translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="242"/>
        <source>a command is needed after the options</source>
        <translation>nach den Optionen fehlt ein Befehl</translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="348"/>
        <source>unknown command &quot;%1&quot;</source>
        <translation>unbekannter Befehl &quot;%1&quot;</translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="349"/>
        <source>%1 or %2</source>
        <translation>%1 oder %2</translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="351"/>
        <source>%1 needs a command: %2</source>
        <translation>%1 braucht einen Befehl: %2</translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="352"/>
        <source>unknown command &quot;%1&quot;; %2 takes %3</source>
        <translation>unbekannter Befehl &quot;%1&quot;; %2 kennt %3</translation>
    </message>
    <message>
        <location filename="../app/cli/democommand.cpp" line="17"/>
        <source>Added plan &quot;%1&quot; (id %2).</source>
        <translation>Plan &quot;%1&quot; hinzugefügt (ID %2).</translation>
    </message>
    <message>
        <location filename="../app/cli/democommand.cpp" line="19"/>
        <source>Added a finished interview with %1 (id %2) on plan &quot;%3&quot;: %4, started %5, recommendation %6.</source>
        <translation>Abgeschlossenes Interview mit %1 (ID %2) zu Plan &quot;%3&quot; hinzugefügt: %4, begonnen am %5, Empfehlung %6.</translation>
    </message>
    <message>
        <location filename="../app/cli/democommand.cpp" line="27"/>
        <source>The demo candidates %1 are already there; nothing was added for them (candidate list shows them; candidate remove ID removes one).</source>
        <translation>Die Demo-Kandidat:innen %1 sind bereits vorhanden; für sie wurde nichts hinzugefügt (candidate list zeigt sie; candidate remove ID entfernt eine davon).</translation>
    </message>
    <message>
        <location filename="../app/cli/democommand.cpp" line="41"/>
        <source>add a sample plan and five candidates, each with a finished interview with notes, scores and a recommendation (once)</source>
        <translation>einen Beispielplan und fünf Kandidat:innen anlegen, jede mit einem abgeschlossenen Interview samt Notizen, Bewertungen und Empfehlung (einmalig)</translation>
    </message>
    <message>
        <location filename="../app/cli/help.cpp" line="56"/>
        <source>Usage:</source>
        <translation>Aufruf:</translation>
    </message>
    <message>
        <location filename="../app/cli/help.cpp" line="100"/>
        <location filename="../app/cli/help.cpp" line="131"/>
        <source>Options:</source>
        <translation>Optionen:</translation>
    </message>
    <message>
        <location filename="../app/cli/help.cpp" line="110"/>
        <location filename="../app/cli/help.cpp" line="126"/>
        <source>Commands:</source>
        <translation>Befehle:</translation>
    </message>
    <message>
        <location filename="../app/cli/help.cpp" line="116"/>
        <source>Run panelist help %1 COMMAND for what a command&apos;s options mean.</source>
        <translation>Mit panelist help %1 COMMAND erfahren Sie, was die Optionen eines Befehls bedeuten.</translation>
    </message>
    <message>
        <location filename="../app/cli/help.cpp" line="125"/>
        <source>Without a command, opens the Panelist window.</source>
        <translation>Ohne Befehl öffnet sich das Panelist-Fenster.</translation>
    </message>
    <message>
        <location filename="../app/cli/help.cpp" line="130"/>
        <source>show this help, or the values and options of one command</source>
        <translation>diese Hilfe anzeigen oder die Werte und Optionen eines Befehls</translation>
    </message>
    <message>
        <location filename="../app/cli/help.cpp" line="134"/>
        <source>Options of the window (without a command):</source>
        <translation>Optionen des Fensters (ohne Befehl):</translation>
    </message>
    <message>
        <location filename="../app/cli/help.cpp" line="139"/>
        <source>Run panelist help COMMAND for what a command&apos;s options mean.</source>
        <translation>Mit panelist help COMMAND erfahren Sie, was die Optionen eines Befehls bedeuten.</translation>
    </message>
    <message>
        <location filename="../app/cli/interviewcommands.cpp" line="20"/>
        <source>an interview ID is a positive whole number, not &quot;%1&quot;</source>
        <translation>eine Interview-ID ist eine positive ganze Zahl, nicht &quot;%1&quot;</translation>
    </message>
    <message>
        <location filename="../app/cli/interviewcommands.cpp" line="55"/>
        <source>amended</source>
        <translation>nachträglich geändert</translation>
    </message>
    <message>
        <location filename="../app/cli/interviewcommands.cpp" line="63"/>
        <source>There are no interviews.</source>
        <translation>Es gibt keine Interviews.</translation>
    </message>
    <message>
        <location filename="../app/cli/interviewcommands.cpp" line="74"/>
        <location filename="../app/cli/interviewcommands.cpp" line="114"/>
        <source>no interview with id %1</source>
        <translation>kein Interview mit der ID %1</translation>
    </message>
    <message>
        <location filename="../app/cli/interviewcommands.cpp" line="83"/>
        <source>Wrote the summary of the interview with %1 to %2.</source>
        <translation>Zusammenfassung des Interviews mit %1 nach %2 geschrieben.</translation>
    </message>
    <message>
        <location filename="../app/cli/interviewcommands.cpp" line="102"/>
        <source>Deleted the interview with %1.</source>
        <translation>Interview mit %1 gelöscht.</translation>
    </message>
    <message>
        <location filename="../app/cli/interviewcommands.cpp" line="130"/>
        <source>no interviews with a candidate named &quot;%1&quot;</source>
        <translation>keine Interviews mit einer Kandidat:in namens &quot;%1&quot;</translation>
    </message>
    <message>
        <location filename="../app/cli/interviewcommands.cpp" line="135"/>
        <source>Deleted 1 interview of &quot;%1&quot;.</source>
        <translation>1 Interview von &quot;%1&quot; gelöscht.</translation>
    </message>
    <message>
        <location filename="../app/cli/interviewcommands.cpp" line="136"/>
        <source>Deleted %1 interviews of &quot;%2&quot;.</source>
        <translation>%1 Interviews von &quot;%2&quot; gelöscht.</translation>
    </message>
    <message>
        <location filename="../app/cli/interviewcommands.cpp" line="153"/>
        <source>list the interviews, newest first</source>
        <translation>die Interviews auflisten, neueste zuerst</translation>
    </message>
    <message>
        <location filename="../app/cli/interviewcommands.cpp" line="158"/>
        <source>write an interview&apos;s PDF summary (page size: the pdf_page_size setting, A4 or Letter)</source>
        <translation>die PDF-Zusammenfassung eines Interviews schreiben (Seitengröße: Einstellung pdf_page_size, A4 oder Letter)</translation>
    </message>
    <message>
        <location filename="../app/cli/interviewcommands.cpp" line="165"/>
        <source>delete an interview and all it recorded, for good</source>
        <translation>ein Interview mit allem, was darin erfasst wurde, endgültig löschen</translation>
    </message>
    <message>
        <location filename="../app/cli/interviewcommands.cpp" line="170"/>
        <source>delete every interview of a candidate (exact name, any letter case), for good</source>
        <translation>alle Interviews einer Kandidat:in endgültig löschen (genauer Name, Groß-/Kleinschreibung beliebig)</translation>
    </message>
    <message>
        <location filename="../app/cli/output.cpp" line="61"/>
        <source>1 question</source>
        <translation>1 Frage</translation>
    </message>
    <message>
        <location filename="../app/cli/output.cpp" line="61"/>
        <source>%1 questions</source>
        <translation>%1 Fragen</translation>
    </message>
    <message>
        <location filename="../app/cli/output.cpp" line="88"/>
        <source> (see panelist --help)</source>
        <translation> (siehe panelist --help)</translation>
    </message>
    <message>
        <location filename="../app/cli/plancommands.cpp" line="18"/>
        <source>a plan ID is a positive whole number, not &quot;%1&quot;</source>
        <translation>eine Plan-ID ist eine positive ganze Zahl, nicht &quot;%1&quot;</translation>
    </message>
    <message>
        <location filename="../app/cli/plancommands.cpp" line="25"/>
        <source>no plan with id %1</source>
        <translation>kein Plan mit der ID %1</translation>
    </message>
    <message>
        <location filename="../app/cli/plancommands.cpp" line="48"/>
        <source>%1/%2 min</source>
        <translation>%1/%2 Min.</translation>
    </message>
    <message>
        <location filename="../app/cli/plancommands.cpp" line="52"/>
        <source>There are no plans.</source>
        <translation>Es gibt keine Pläne.</translation>
    </message>
    <message>
        <location filename="../app/cli/plancommands.cpp" line="89"/>
        <location filename="../app/cli/teamcommands.cpp" line="265"/>
        <source>Role: %1</source>
        <translation>Rolle: %1</translation>
    </message>
    <message>
        <location filename="../app/cli/plancommands.cpp" line="90"/>
        <source>Level: %1</source>
        <translation>Stufe: %1</translation>
    </message>
    <message>
        <location filename="../app/cli/plancommands.cpp" line="91"/>
        <source>Time: %1 of %2 min, %3</source>
        <translation>Zeit: %1 von %2 Min., %3</translation>
    </message>
    <message>
        <location filename="../app/cli/plancommands.cpp" line="95"/>
        <source>uuid: %1</source>
        <translation>uuid: %1</translation>
    </message>
    <message>
        <location filename="../app/cli/plancommands.cpp" line="101"/>
        <source>%1 min</source>
        <translation>%1 Min.</translation>
    </message>
    <message>
        <location filename="../app/cli/plancommands.cpp" line="102"/>
        <source>, archived</source>
        <translation>, archiviert</translation>
    </message>
    <message>
        <location filename="../app/cli/plancommands.cpp" line="105"/>
        <source>Note: %1</source>
        <translation>Notiz: %1</translation>
    </message>
    <message>
        <location filename="../app/cli/plancommands.cpp" line="118"/>
        <source>Exported plan &quot;%1&quot; (%2) to %3.</source>
        <translation>Plan &quot;%1&quot; (%2) nach %3 exportiert.</translation>
    </message>
    <message>
        <location filename="../app/cli/plancommands.cpp" line="130"/>
        <source>Imported plan &quot;%1&quot;: %2 added.</source>
        <translation>Plan &quot;%1&quot; importiert: %2 hinzugefügt.</translation>
    </message>
    <message>
        <location filename="../app/cli/plancommands.cpp" line="134"/>
        <source>It replaced the plan with the same uuid (id %1).</source>
        <translation>Dabei wurde der Plan mit derselben UUID ersetzt (ID %1).</translation>
    </message>
    <message>
        <location filename="../app/cli/plancommands.cpp" line="149"/>
        <source>list the interview plans</source>
        <translation>die Interviewpläne auflisten</translation>
    </message>
    <message>
        <location filename="../app/cli/plancommands.cpp" line="154"/>
        <source>show a plan and its questions</source>
        <translation>einen Plan und seine Fragen anzeigen</translation>
    </message>
    <message>
        <location filename="../app/cli/plancommands.cpp" line="159"/>
        <source>write a plan and its questions to a .json file</source>
        <translation>einen Plan und seine Fragen in eine .json-Datei schreiben</translation>
    </message>
    <message>
        <location filename="../app/cli/plancommands.cpp" line="164"/>
        <source>import a plan file; adds its missing questions to the bank and replaces a plan with the same uuid; all or nothing</source>
        <translation>eine Plandatei importieren; fügt fehlende Fragen dem Fragenkatalog hinzu und ersetzt einen Plan mit derselben UUID; ganz oder gar nicht</translation>
    </message>
    <message>
        <location filename="../app/cli/teamcommands.cpp" line="74"/>
        <location filename="../app/cli/teamcommands.cpp" line="208"/>
        <source>Password of %1 on %2: </source>
        <translation>Passwort von %1 auf %2: </translation>
    </message>
    <message>
        <location filename="../app/cli/teamcommands.cpp" line="87"/>
        <source>created</source>
        <translation>angelegt</translation>
    </message>
    <message>
        <location filename="../app/cli/teamcommands.cpp" line="89"/>
        <source>already up to date</source>
        <translation>bereits aktuell</translation>
    </message>
    <message>
        <location filename="../app/cli/teamcommands.cpp" line="91"/>
        <source>migrated from version %1</source>
        <translation>von Version %1 migriert</translation>
    </message>
    <message>
        <location filename="../app/cli/teamcommands.cpp" line="92"/>
        <source>Team schema at %1: version %2 (%3).</source>
        <translation>Teamschema auf %1: Version %2 (%3).</translation>
    </message>
    <message>
        <location filename="../app/cli/teamcommands.cpp" line="96"/>
        <source>Roles: %1 (interviewers), %2 (team leads, also interviewers).</source>
        <translation>Rollen: %1 (Interviewer:innen), %2 (Teamleitungen, zugleich Interviewer:innen).</translation>
    </message>
    <message>
        <location filename="../app/cli/teamcommands.cpp" line="99"/>
        <source>Add each person with: panelist team add-interviewer URL NAME [--lead]</source>
        <translation>Fügen Sie jede Person hinzu mit: panelist team add-interviewer URL NAME [--lead]</translation>
    </message>
    <message>
        <location filename="../app/cli/teamcommands.cpp" line="110"/>
        <source>Cannot read the password file %1: %2.</source>
        <translation>Die Passwortdatei %1 kann nicht gelesen werden: %2.</translation>
    </message>
    <message>
        <location filename="../app/cli/teamcommands.cpp" line="115"/>
        <source>The password file %1 is empty; write the password on its first line.</source>
        <translation>Die Passwortdatei %1 ist leer; schreiben Sie das Passwort in ihre erste Zeile.</translation>
    </message>
    <message>
        <location filename="../app/cli/teamcommands.cpp" line="131"/>
        <source>team add-interviewer needs %1&apos;s password: give --password-file FILE, set PANELIST_TEAM_PASSWORD, or run it on a terminal to type it</source>
        <translation>team add-interviewer braucht das Passwort von %1: Geben Sie --password-file FILE an, setzen Sie PANELIST_TEAM_PASSWORD oder führen Sie den Befehl in einem Terminal aus, um es einzutippen</translation>
    </message>
    <message>
        <location filename="../app/cli/teamcommands.cpp" line="135"/>
        <source>New password for %1: </source>
        <translation>Neues Passwort für %1: </translation>
    </message>
    <message>
        <location filename="../app/cli/teamcommands.cpp" line="136"/>
        <source>The same password again: </source>
        <translation>Dasselbe Passwort noch einmal: </translation>
    </message>
    <message>
        <location filename="../app/cli/teamcommands.cpp" line="138"/>
        <source>The two passwords differ; nothing was changed.</source>
        <translation>Die beiden Passwörter stimmen nicht überein; es wurde nichts geändert.</translation>
    </message>
    <message>
        <location filename="../app/cli/teamcommands.cpp" line="155"/>
        <source>%1 is a team lead on %2.</source>
        <translation>%1 ist Teamleitung auf %2.</translation>
    </message>
    <message>
        <location filename="../app/cli/teamcommands.cpp" line="155"/>
        <source>%1 is an interviewer on %2.</source>
        <translation>%1 ist Interviewer:in auf %2.</translation>
    </message>
    <message>
        <location filename="../app/cli/teamcommands.cpp" line="157"/>
        <source>They sign in as %1 with the password given, at %2</source>
        <translation>Die Anmeldung erfolgt als %1 mit dem angegebenen Passwort, unter %2</translation>
    </message>
    <message>
        <location filename="../app/cli/teamcommands.cpp" line="170"/>
        <source>%1 is in no team; join one with: panelist --database %1 team join URL</source>
        <translation>%1 gehört zu keinem Team; treten Sie einem bei mit: panelist --database %1 team join URL</translation>
    </message>
    <message>
        <location filename="../app/cli/teamcommands.cpp" line="191"/>
        <source>%1 is in the team at %2 already; leave it first with: panelist --database %1 team leave</source>
        <translation>%1 gehört bereits zum Team auf %2; verlassen Sie es zuerst mit: panelist --database %1 team leave</translation>
    </message>
    <message>
        <location filename="../app/cli/teamcommands.cpp" line="214"/>
        <source>%1 holds %2 categories, questions or plans the team&apos;s server does not have; run the join again with --upload-local to share them with the team (the team&apos;s bank, downloaded now, stays here).</source>
        <translation>%1 enthält %2 Kategorien, Fragen oder Pläne, die der Teamserver nicht hat; führen Sie den Beitritt erneut mit --upload-local aus, um sie mit dem Team zu teilen (der eben heruntergeladene Fragenkatalog des Teams bleibt hier).</translation>
    </message>
    <message>
        <location filename="../app/cli/teamcommands.cpp" line="219"/>
        <source>Joined the team at %1 as %2.</source>
        <translation>Dem Team auf %1 als %2 beigetreten.</translation>
    </message>
    <message>
        <location filename="../app/cli/teamcommands.cpp" line="220"/>
        <source>First sync: %1.</source>
        <translation>Erste Synchronisierung: %1.</translation>
    </message>
    <message>
        <location filename="../app/cli/teamcommands.cpp" line="230"/>
        <source>Left the team at %1; the local data stays here.</source>
        <translation>Team auf %1 verlassen; die lokalen Daten bleiben hier.</translation>
    </message>
    <message>
        <location filename="../app/cli/teamcommands.cpp" line="233"/>
        <source>%1 local changes had not reached the team&apos;s server.</source>
        <translation>%1 lokale Änderungen hatten den Teamserver noch nicht erreicht.</translation>
    </message>
    <message>
        <location filename="../app/cli/teamcommands.cpp" line="264"/>
        <source>Server: %1</source>
        <translation>Server: %1</translation>
    </message>
    <message>
        <location filename="../app/cli/teamcommands.cpp" line="266"/>
        <source>Changes waiting: %1</source>
        <translation>Wartende Änderungen: %1</translation>
    </message>
    <message>
        <location filename="../app/cli/teamcommands.cpp" line="268"/>
        <source>Last sync: %1</source>
        <translation>Letzte Synchronisierung: %1</translation>
    </message>
    <message>
        <location filename="../app/cli/teamcommands.cpp" line="269"/>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <location filename="../app/cli/teamcommands.cpp" line="270"/>
        <source>Conflicts: %1</source>
        <translation>Konflikte: %1</translation>
    </message>
    <message>
        <location filename="../app/cli/teamcommands.cpp" line="274"/>
        <source>deleted here, changed on the server</source>
        <translation>hier gelöscht, auf dem Server geändert</translation>
    </message>
    <message>
        <location filename="../app/cli/teamcommands.cpp" line="276"/>
        <source>changed here, deleted on the server</source>
        <translation>hier geändert, auf dem Server gelöscht</translation>
    </message>
    <message>
        <location filename="../app/cli/teamcommands.cpp" line="278"/>
        <source>changed here and on the server</source>
        <translation>hier und auf dem Server geändert</translation>
    </message>
    <message>
        <location filename="../app/cli/teamcommands.cpp" line="314"/>
        <source>Removed %1 interviews of the candidate from the team&apos;s server; the other laptops delete them at their next sync.</source>
        <translation>%1 Interviews der Kandidat:in vom Teamserver entfernt; die anderen Laptops löschen sie bei ihrer nächsten Synchronisierung.</translation>
    </message>
    <message>
        <location filename="../app/cli/teamcommands.cpp" line="318"/>
        <source>The team&apos;s server could not take the removal now (%1); it waits here and removes the candidate from the team at the next sync.</source>
        <translation>Der Teamserver konnte das Entfernen gerade nicht annehmen (%1); es wartet hier und entfernt die Kandidat:in bei der nächsten Synchronisierung aus dem Team.</translation>
    </message>
    <message>
        <location filename="../app/cli/teamcommands.cpp" line="329"/>
        <source>make the person a team lead (without it: an interviewer)</source>
        <translation>die Person zur Teamleitung machen (ohne diese Option: Interviewer:in)</translation>
    </message>
    <message>
        <location filename="../app/cli/teamcommands.cpp" line="332"/>
        <source>read the password from the first line of FILE (else PANELIST_TEAM_PASSWORD, else it is asked for)</source>
        <translation>das Passwort aus der ersten Zeile von FILE lesen (sonst PANELIST_TEAM_PASSWORD, sonst wird es abgefragt)</translation>
    </message>
    <message>
        <location filename="../app/cli/teamcommands.cpp" line="336"/>
        <source>on a first join, share this database&apos;s bank and plans with the team</source>
        <translation>beim ersten Beitritt Fragenkatalog und Pläne dieser Datenbank mit dem Team teilen</translation>
    </message>
    <message>
        <location filename="../app/cli/teamcommands.cpp" line="348"/>
        <source>create or update the team schema and its roles on a PostgreSQL server (URL: postgresql://USER@HOST:PORT/DATABASE)</source>
        <translation>das Teamschema und seine Rollen auf einem PostgreSQL-Server anlegen oder aktualisieren (URL: postgresql://USER@HOST:PORT/DATABASE)</translation>
    </message>
    <message>
        <location filename="../app/cli/teamcommands.cpp" line="354"/>
        <source>create the sign-in role NAME for one person on the team server, or set its password and lead status again</source>
        <translation>die Anmelderolle NAME für eine Person auf dem Teamserver anlegen oder ihr Passwort und ihren Teamleitungsstatus neu setzen</translation>
    </message>
    <message>
        <location filename="../app/cli/teamcommands.cpp" line="360"/>
        <source>link the database to a team&apos;s server as the URL&apos;s user and run a first sync (the password is kept in libpq&apos;s password file)</source>
        <translation>die Datenbank mit einem Teamserver verbinden, angemeldet als die Benutzer:in aus der URL, und eine erste Synchronisierung ausführen (das Passwort wird in der Passwortdatei von libpq gespeichert)</translation>
    </message>
    <message>
        <location filename="../app/cli/teamcommands.cpp" line="367"/>
        <source>unlink the database from its team; the local data stays</source>
        <translation>die Datenbank von ihrem Team trennen; die lokalen Daten bleiben</translation>
    </message>
    <message>
        <location filename="../app/cli/teamcommands.cpp" line="372"/>
        <source>the team&apos;s server, the role, changes waiting, the last sync and the conflicts</source>
        <translation>Teamserver, Rolle, wartende Änderungen, letzte Synchronisierung und Konflikte anzeigen</translation>
    </message>
    <message>
        <location filename="../app/cli/teamcommands.cpp" line="378"/>
        <source>push the changes waiting and pull the team&apos;s, once</source>
        <translation>die wartenden Änderungen einmal senden und die des Teams abrufen</translation>
    </message>
</context>
<context>
    <name>CompareModel</name>
    <message>
        <location filename="../models/interviews/comparemodel.cpp" line="45"/>
        <source>Candidate</source>
        <translation>Kandidat:in</translation>
    </message>
    <message>
        <location filename="../models/interviews/comparemodel.cpp" line="45"/>
        <source>Started</source>
        <translation>Begonnen</translation>
    </message>
    <message>
        <location filename="../models/interviews/comparemodel.cpp" line="45"/>
        <source>Recommendation</source>
        <translation>Empfehlung</translation>
    </message>
    <message>
        <location filename="../models/interviews/comparemodel.cpp" line="45"/>
        <source>Overall</source>
        <translation>Gesamt</translation>
    </message>
    <message>
        <location filename="../models/interviews/comparemodel.cpp" line="80"/>
        <source>%1 (live)</source>
        <translation>%1 (läuft)</translation>
    </message>
    <message>
        <location filename="../models/interviews/comparemodel.cpp" line="101"/>
        <source>%1 (%2–%3)</source>
        <translation>%1 (%2–%3)</translation>
    </message>
    <message>
        <location filename="../models/interviews/comparemodel.cpp" line="448"/>
        <source>%1 disagreement</source>
        <translation>%1 Uneinigkeit</translation>
    </message>
    <message>
        <location filename="../models/interviews/comparemodel.cpp" line="472"/>
        <source>No file was chosen for the table.</source>
        <translation>Für die Tabelle wurde keine Datei gewählt.</translation>
    </message>
</context>
<context>
    <name>ComparePage</name>
    <message>
        <location filename="../qml/pages/ComparePage.qml" line="16"/>
        <source>Comparison</source>
        <translation>Vergleich</translation>
    </message>
    <message>
        <location filename="../qml/pages/ComparePage.qml" line="47"/>
        <source>‹ Back</source>
        <translation>‹ Zurück</translation>
    </message>
    <message>
        <location filename="../qml/pages/ComparePage.qml" line="50"/>
        <source>Back to the history (Esc)</source>
        <translation>Zurück zum Verlauf (Esc)</translation>
    </message>
    <message>
        <location filename="../qml/pages/ComparePage.qml" line="53"/>
        <source>Compare candidates of</source>
        <translation>Kandidat:innen vergleichen für</translation>
    </message>
    <message>
        <location filename="../qml/pages/ComparePage.qml" line="59"/>
        <source>Plan compared: %1</source>
        <translation>Verglichener Plan: %1</translation>
    </message>
    <message>
        <location filename="../qml/pages/ComparePage.qml" line="82"/>
        <source>Export CSV…</source>
        <translation>CSV exportieren…</translation>
    </message>
    <message>
        <location filename="../qml/pages/ComparePage.qml" line="454"/>
        <source>The interviewers disagree (a spread of 2 or more). </source>
        <translation>Die Interviewer:innen sind uneinig (Spanne von 2 oder mehr). </translation>
    </message>
    <message>
        <location filename="../qml/pages/ComparePage.qml" line="455"/>
        <source>Ratings: %1</source>
        <translation>Einstufungen: %1</translation>
    </message>
    <message>
        <location filename="../qml/pages/ComparePage.qml" line="479"/>
        <source>Nobody to compare yet</source>
        <translation>Noch niemand zum Vergleichen</translation>
    </message>
    <message>
        <location filename="../qml/pages/ComparePage.qml" line="479"/>
        <source>Only one candidate so far</source>
        <translation>Bisher nur eine Kandidat:in</translation>
    </message>
    <message>
        <location filename="../qml/pages/ComparePage.qml" line="480"/>
        <source>Candidates appear here once they have had an interview from this plan.</source>
        <translation>Kandidat:innen erscheinen hier, sobald sie ein Interview nach diesem Plan hatten.</translation>
    </message>
    <message>
        <location filename="../qml/pages/ComparePage.qml" line="481"/>
        <source>A comparison needs two candidates with an interview from this plan; the next one appears here.</source>
        <translation>Für einen Vergleich braucht es zwei Kandidat:innen mit einem Interview nach diesem Plan; die nächste erscheint hier.</translation>
    </message>
    <message>
        <location filename="../qml/pages/ComparePage.qml" line="482"/>
        <source>Esc: back · Ctrl+2: plans · Ctrl+Enter: start an interview</source>
        <translation>Esc: zurück · Strg+2: Pläne · Strg+Eingabe: Interview starten</translation>
    </message>
    <message>
        <location filename="../qml/pages/ComparePage.qml" line="488"/>
        <source>Save the comparison as CSV</source>
        <translation>Vergleich als CSV speichern</translation>
    </message>
    <message>
        <location filename="../qml/pages/ComparePage.qml" line="489"/>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
</context>
<context>
    <name>ConflictListModel</name>
    <message>
        <location filename="../models/common/conflictlistmodel.cpp" line="60"/>
        <source>Deleted here.</source>
        <translation>Hier gelöscht.</translation>
    </message>
    <message>
        <location filename="../models/common/conflictlistmodel.cpp" line="60"/>
        <source>Deleted on the team&apos;s server.</source>
        <translation>Auf dem Teamserver gelöscht.</translation>
    </message>
    <message>
        <location filename="../models/common/conflictlistmodel.cpp" line="67"/>
        <location filename="../models/common/conflictlistmodel.cpp" line="309"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../models/common/conflictlistmodel.cpp" line="67"/>
        <source>(empty)</source>
        <translation>(leer)</translation>
    </message>
    <message>
        <location filename="../models/common/conflictlistmodel.cpp" line="70"/>
        <source>Other details differ (times, order or flags).</source>
        <translation>Andere Angaben weichen ab (Zeiten, Reihenfolge oder Markierungen).</translation>
    </message>
    <message>
        <location filename="../models/common/conflictlistmodel.cpp" line="89"/>
        <source>Deleted here, edited on the team&apos;s server</source>
        <translation>Hier gelöscht, auf dem Teamserver bearbeitet</translation>
    </message>
    <message>
        <location filename="../models/common/conflictlistmodel.cpp" line="91"/>
        <source>Edited here, deleted on the team&apos;s server</source>
        <translation>Hier bearbeitet, auf dem Teamserver gelöscht</translation>
    </message>
    <message>
        <location filename="../models/common/conflictlistmodel.cpp" line="93"/>
        <source>Amended here and on the team&apos;s server</source>
        <translation>Hier und auf dem Teamserver nachbearbeitet</translation>
    </message>
    <message>
        <location filename="../models/common/conflictlistmodel.cpp" line="94"/>
        <source>Edited here and on the team&apos;s server</source>
        <translation>Hier und auf dem Teamserver bearbeitet</translation>
    </message>
    <message>
        <location filename="../models/common/conflictlistmodel.cpp" line="194"/>
        <source>Cannot keep this laptop&apos;s version: %1</source>
        <translation>Die Version dieses Laptops kann nicht behalten werden: %1</translation>
    </message>
    <message>
        <location filename="../models/common/conflictlistmodel.cpp" line="205"/>
        <source>Cannot take the team&apos;s version: %1</source>
        <translation>Die Version des Teams kann nicht übernommen werden: %1</translation>
    </message>
    <message>
        <location filename="../models/common/conflictlistmodel.cpp" line="216"/>
        <location filename="../models/common/conflictlistmodel.cpp" line="234"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../models/common/conflictlistmodel.cpp" line="217"/>
        <source>Position</source>
        <translation>Position</translation>
    </message>
    <message>
        <location filename="../models/common/conflictlistmodel.cpp" line="219"/>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location filename="../models/common/conflictlistmodel.cpp" line="220"/>
        <source>Prompt</source>
        <translation>Fragetext</translation>
    </message>
    <message>
        <location filename="../models/common/conflictlistmodel.cpp" line="221"/>
        <source>Follow-ups</source>
        <translation>Nachfragen</translation>
    </message>
    <message>
        <location filename="../models/common/conflictlistmodel.cpp" line="222"/>
        <source>Criteria</source>
        <translation>Bewertungskriterien</translation>
    </message>
    <message>
        <location filename="../models/common/conflictlistmodel.cpp" line="223"/>
        <source>Junior anchor</source>
        <translation>Junior-Anker</translation>
    </message>
    <message>
        <location filename="../models/common/conflictlistmodel.cpp" line="224"/>
        <source>Middle anchor</source>
        <translation>Middle-Anker</translation>
    </message>
    <message>
        <location filename="../models/common/conflictlistmodel.cpp" line="225"/>
        <source>Senior anchor</source>
        <translation>Senior-Anker</translation>
    </message>
    <message>
        <location filename="../models/common/conflictlistmodel.cpp" line="226"/>
        <source>Reference answer</source>
        <translation>Musterantwort</translation>
    </message>
    <message>
        <location filename="../models/common/conflictlistmodel.cpp" line="227"/>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <location filename="../models/common/conflictlistmodel.cpp" line="228"/>
        <source>Tags</source>
        <translation>Schlagwörter</translation>
    </message>
    <message>
        <location filename="../models/common/conflictlistmodel.cpp" line="229"/>
        <location filename="../models/common/conflictlistmodel.cpp" line="236"/>
        <source>Level</source>
        <translation>Stufe</translation>
    </message>
    <message>
        <location filename="../models/common/conflictlistmodel.cpp" line="230"/>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <location filename="../models/common/conflictlistmodel.cpp" line="231"/>
        <source>Minutes</source>
        <translation>Minuten</translation>
    </message>
    <message>
        <location filename="../models/common/conflictlistmodel.cpp" line="232"/>
        <source>Archived</source>
        <translation>Archiviert</translation>
    </message>
    <message>
        <location filename="../models/common/conflictlistmodel.cpp" line="235"/>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <location filename="../models/common/conflictlistmodel.cpp" line="237"/>
        <source>Target minutes</source>
        <translation>Zieldauer (Min.)</translation>
    </message>
    <message>
        <location filename="../models/common/conflictlistmodel.cpp" line="238"/>
        <source>Questions</source>
        <translation>Fragen</translation>
    </message>
    <message>
        <location filename="../models/common/conflictlistmodel.cpp" line="242"/>
        <source>Summary</source>
        <translation>Zusammenfassung</translation>
    </message>
    <message>
        <location filename="../models/common/conflictlistmodel.cpp" line="243"/>
        <source>Recommendation</source>
        <translation>Empfehlung</translation>
    </message>
    <message>
        <location filename="../models/common/conflictlistmodel.cpp" line="244"/>
        <source>Scores and notes</source>
        <translation>Bewertungen und Notizen</translation>
    </message>
    <message>
        <location filename="../models/common/conflictlistmodel.cpp" line="245"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../models/common/conflictlistmodel.cpp" line="246"/>
        <source>Candidate</source>
        <translation>Kandidat:in</translation>
    </message>
    <message>
        <location filename="../models/common/conflictlistmodel.cpp" line="281"/>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <location filename="../models/common/conflictlistmodel.cpp" line="284"/>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <location filename="../models/common/conflictlistmodel.cpp" line="284"/>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <location filename="../models/common/conflictlistmodel.cpp" line="297"/>
        <source>%1 (%2 min)</source>
        <translation>%1 (%2 Min.)</translation>
    </message>
    <message>
        <location filename="../models/common/conflictlistmodel.cpp" line="300"/>
        <location filename="../models/common/conflictlistmodel.cpp" line="314"/>
        <source> — %1</source>
        <translation> — %1</translation>
    </message>
    <message>
        <location filename="../models/common/conflictlistmodel.cpp" line="365"/>
        <source>Cannot save the merge: this conflict is resolved already or one side was deleted; keep one side instead.</source>
        <translation>Die Zusammenführung kann nicht gespeichert werden: Dieser Konflikt ist bereits gelöst oder eine Seite wurde gelöscht. Behalten Sie stattdessen eine der beiden Seiten.</translation>
    </message>
    <message>
        <location filename="../models/common/conflictlistmodel.cpp" line="390"/>
        <source>Cannot save the merge of &quot;%1&quot;: %2</source>
        <translation>Die Zusammenführung von „%1“ kann nicht gespeichert werden: %2</translation>
    </message>
</context>
<context>
    <name>ConflictMergeRow</name>
    <message>
        <location filename="../qml/components/ConflictMergeRow.qml" line="38"/>
        <source>This laptop</source>
        <translation>Dieser Laptop</translation>
    </message>
    <message>
        <location filename="../qml/components/ConflictMergeRow.qml" line="39"/>
        <source>The team&apos;s server</source>
        <translation>Teamserver</translation>
    </message>
    <message>
        <location filename="../qml/components/ConflictMergeRow.qml" line="42"/>
        <location filename="../qml/components/ConflictMergeRow.qml" line="51"/>
        <source>(empty)</source>
        <translation>(leer)</translation>
    </message>
    <message>
        <location filename="../qml/components/ConflictMergeRow.qml" line="61"/>
        <source>What the team keeps</source>
        <translation>Was das Team behält</translation>
    </message>
    <message>
        <location filename="../qml/components/ConflictMergeRow.qml" line="74"/>
        <location filename="../qml/components/ConflictMergeRow.qml" line="76"/>
        <source>Merged %1</source>
        <translation>Zusammengeführt: %1</translation>
    </message>
    <message>
        <location filename="../qml/components/ConflictMergeRow.qml" line="92"/>
        <source>Use mine</source>
        <translation>Meine einsetzen</translation>
    </message>
    <message>
        <location filename="../qml/components/ConflictMergeRow.qml" line="97"/>
        <source>Use theirs</source>
        <translation>Teamversion einsetzen</translation>
    </message>
    <message>
        <location filename="../qml/components/ConflictMergeRow.qml" line="106"/>
        <source>Keep this laptop&apos;s</source>
        <translation>Version dieses Laptops behalten</translation>
    </message>
    <message>
        <location filename="../qml/components/ConflictMergeRow.qml" line="112"/>
        <source>Take the server&apos;s</source>
        <translation>Version des Servers übernehmen</translation>
    </message>
</context>
<context>
    <name>ConflictsDialog</name>
    <message>
        <location filename="../qml/components/ConflictsDialog.qml" line="17"/>
        <source>Conflicts with the team&apos;s server</source>
        <translation>Konflikte mit dem Teamserver</translation>
    </message>
    <message>
        <location filename="../qml/components/ConflictsDialog.qml" line="53"/>
        <source>A change made here met another one on the team&apos;s server. Until you choose, the team&apos;s version is the one in use here and yours is kept below; nothing is lost.</source>
        <translation>Eine Änderung auf diesem Laptop kollidiert mit einer anderen auf dem Teamserver. Bis Sie sich entscheiden, gilt hier die Version des Teams; Ihre bleibt unten erhalten – nichts geht verloren.</translation>
    </message>
    <message>
        <location filename="../qml/components/ConflictsDialog.qml" line="54"/>
        <source>Merging &quot;%1&quot;: for each field that differs, write what the team should keep. Fields that are the same on both sides stay as they are.</source>
        <translation>„%1“ zusammenführen: Schreiben Sie für jedes abweichende Feld, was das Team behalten soll. Felder, die auf beiden Seiten gleich sind, bleiben unverändert.</translation>
    </message>
    <message>
        <location filename="../qml/components/ConflictsDialog.qml" line="72"/>
        <source>No conflicts</source>
        <translation>Keine Konflikte</translation>
    </message>
    <message>
        <location filename="../qml/components/ConflictsDialog.qml" line="73"/>
        <source>Everything here matches the team&apos;s server.</source>
        <translation>Hier stimmt alles mit dem Teamserver überein.</translation>
    </message>
    <message>
        <location filename="../qml/components/ConflictsDialog.qml" line="74"/>
        <source>Esc closes</source>
        <translation>Esc schließt</translation>
    </message>
    <message>
        <location filename="../qml/components/ConflictsDialog.qml" line="109"/>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <location filename="../qml/components/ConflictsDialog.qml" line="127"/>
        <source>This laptop</source>
        <translation>Dieser Laptop</translation>
    </message>
    <message>
        <location filename="../qml/components/ConflictsDialog.qml" line="128"/>
        <source>The team&apos;s server</source>
        <translation>Teamserver</translation>
    </message>
    <message>
        <location filename="../qml/components/ConflictsDialog.qml" line="158"/>
        <source>Edit…</source>
        <translation>Bearbeiten…</translation>
    </message>
    <message>
        <location filename="../qml/components/ConflictsDialog.qml" line="164"/>
        <source>Take theirs</source>
        <translation>Teamversion übernehmen</translation>
    </message>
    <message>
        <location filename="../qml/components/ConflictsDialog.qml" line="169"/>
        <source>Keep mine</source>
        <translation>Meine behalten</translation>
    </message>
    <message>
        <location filename="../qml/components/ConflictsDialog.qml" line="194"/>
        <source>Back</source>
        <translation>Zurück</translation>
    </message>
    <message>
        <location filename="../qml/components/ConflictsDialog.qml" line="200"/>
        <source>Save merge</source>
        <translation>Zusammenführung speichern</translation>
    </message>
    <message>
        <location filename="../qml/components/ConflictsDialog.qml" line="208"/>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
</context>
<context>
    <name>CoverageBars</name>
    <message>
        <location filename="../qml/components/CoverageBars.qml" line="51"/>
        <source>%1 min</source>
        <translation>%1 Min.</translation>
    </message>
    <message>
        <location filename="../qml/components/CoverageBars.qml" line="59"/>
        <source>Nothing yet</source>
        <translation>Noch nichts</translation>
    </message>
</context>
<context>
    <name>Credentials</name>
    <message>
        <location filename="../models/sync/credentials.cpp" line="100"/>
        <source>Cannot write the password file %1: %2. Check that its folder is writable.</source>
        <translation>Die Passwortdatei %1 kann nicht geschrieben werden: %2. Prüfen Sie, ob ihr Ordner beschreibbar ist.</translation>
    </message>
    <message>
        <location filename="../models/sync/credentials.cpp" line="106"/>
        <source>Cannot write the password file %1: %2. Check the free space and that its folder is writable.</source>
        <translation>Die Passwortdatei %1 kann nicht geschrieben werden: %2. Prüfen Sie den freien Speicherplatz und ob ihr Ordner beschreibbar ist.</translation>
    </message>
    <message>
        <location filename="../models/sync/credentials.cpp" line="146"/>
        <location filename="../models/sync/credentials.cpp" line="179"/>
        <source>the keychain did not answer within %1 seconds</source>
        <translation>der Schlüsselbund hat nicht innerhalb von %1 Sekunden geantwortet</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <location filename="../models/storage/database.cpp" line="50"/>
        <source>Cannot open database %1: %2</source>
        <translation>Datenbank %1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <location filename="../models/storage/database.cpp" line="66"/>
        <source>Database %1 cannot be used: %2</source>
        <translation>Datenbank %1 kann nicht verwendet werden: %2</translation>
    </message>
    <message>
        <location filename="../models/storage/database.cpp" line="100"/>
        <source>Database %1 is a folder, not a file.</source>
        <translation>Datenbank %1 ist ein Ordner, keine Datei.</translation>
    </message>
    <message>
        <location filename="../models/storage/database.cpp" line="103"/>
        <source>%1 is not a Panelist database: it is not a regular file (a device, a pipe or a socket). It was left untouched; choose another file with --database.</source>
        <translation>%1 ist keine Panelist-Datenbank: Es ist keine reguläre Datei (sondern ein Gerät, eine Pipe oder ein Socket). Nichts wurde verändert; wählen Sie mit --database eine andere Datei.</translation>
    </message>
    <message>
        <location filename="../models/storage/database.cpp" line="109"/>
        <source>Cannot read database %1: %2. Check the file&apos;s permissions.</source>
        <translation>Datenbank %1 kann nicht gelesen werden: %2. Prüfen Sie die Zugriffsrechte der Datei.</translation>
    </message>
    <message>
        <location filename="../models/storage/database.cpp" line="113"/>
        <source>Database %1 is read-only: Panelist writes every change at once, so it needs write permission on the file.</source>
        <translation>Datenbank %1 ist schreibgeschützt: Panelist schreibt jede Änderung sofort und braucht daher Schreibrechte für die Datei.</translation>
    </message>
    <message>
        <location filename="../models/storage/database.cpp" line="119"/>
        <source>The folder %1 of database %2 is read-only: Panelist keeps its write-ahead log beside the database, so it needs to write in that folder. Make it writable or move the database.</source>
        <translation>Der Ordner %1 der Datenbank %2 ist schreibgeschützt: Panelist legt sein Write-Ahead-Log neben der Datenbank ab und muss daher in diesen Ordner schreiben können. Machen Sie ihn beschreibbar oder verschieben Sie die Datenbank.</translation>
    </message>
    <message>
        <location filename="../models/storage/database.cpp" line="126"/>
        <source>%1-shm, the shared-memory file of database %1, is read-only; a program that opened the database read-only probably left it behind. If no Panelist or other program has the database open, delete %1-shm and start again.</source>
        <translation>%1-shm, die Shared-Memory-Datei der Datenbank %1, ist schreibgeschützt; vermutlich hat sie ein Programm hinterlassen, das die Datenbank nur lesend geöffnet hatte. Wenn weder Panelist noch ein anderes Programm die Datenbank geöffnet hat, löschen Sie %1-shm und starten Sie neu.</translation>
    </message>
    <message>
        <location filename="../models/storage/database.cpp" line="138"/>
        <source>Database %1 is a link to a file that does not exist.</source>
        <translation>Datenbank %1 ist eine Verknüpfung auf eine Datei, die nicht existiert.</translation>
    </message>
    <message>
        <location filename="../models/storage/database.cpp" line="140"/>
        <source>Cannot create folder %1 for the database.</source>
        <translation>Der Ordner %1 für die Datenbank kann nicht angelegt werden.</translation>
    </message>
    <message>
        <location filename="../models/storage/database.cpp" line="147"/>
        <source>Cannot create database %1: the folder %2 is read-only. Choose a writable folder with --database.</source>
        <translation>Datenbank %1 kann nicht angelegt werden: Der Ordner %2 ist schreibgeschützt. Wählen Sie mit --database einen beschreibbaren Ordner.</translation>
    </message>
    <message>
        <location filename="../models/storage/database.cpp" line="150"/>
        <source>Cannot create database %1: %2</source>
        <translation>Datenbank %1 kann nicht angelegt werden: %2</translation>
    </message>
    <message>
        <location filename="../models/storage/database.cpp" line="167"/>
        <source>%1 is not a Panelist database (it is not an SQLite file). It was left untouched; choose another file with --database.</source>
        <translation>%1 ist keine Panelist-Datenbank (keine SQLite-Datei). Nichts wurde verändert; wählen Sie mit --database eine andere Datei.</translation>
    </message>
    <message>
        <location filename="../models/storage/database.cpp" line="172"/>
        <source>Cannot read database %1: %2</source>
        <translation>Datenbank %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location filename="../models/storage/database.cpp" line="199"/>
        <source>its application id is %1</source>
        <translation>ihre Anwendungs-ID ist %1</translation>
    </message>
    <message>
        <location filename="../models/storage/database.cpp" line="200"/>
        <source>it holds tables of its own, such as &quot;%1&quot;</source>
        <translation>sie enthält eigene Tabellen wie &quot;%1&quot;</translation>
    </message>
    <message>
        <location filename="../models/storage/database.cpp" line="202"/>
        <source>%1 is not a Panelist database: it is an SQLite database of another program (%2). It was left untouched; choose another file with --database.</source>
        <translation>%1 ist keine Panelist-Datenbank, sondern die SQLite-Datenbank eines anderen Programms (%2). Nichts wurde verändert; wählen Sie mit --database eine andere Datei.</translation>
    </message>
    <message>
        <location filename="../models/storage/database.cpp" line="209"/>
        <source>Database %1 was written by a newer version of Panelist (schema version %2; this version reads up to %3). Update Panelist to open it.</source>
        <translation>Datenbank %1 wurde von einer neueren Panelist-Version geschrieben (Schemaversion %2; diese Version liest bis %3). Aktualisieren Sie Panelist, um sie zu öffnen.</translation>
    </message>
    <message>
        <location filename="../models/storage/database.cpp" line="218"/>
        <source>Database %1 is not set up yet.</source>
        <translation>Datenbank %1 ist noch nicht eingerichtet.</translation>
    </message>
    <message>
        <location filename="../models/storage/database.cpp" line="224"/>
        <source>Database %1 is damaged: %2</source>
        <translation>Datenbank %1 ist beschädigt: %2</translation>
    </message>
    <message>
        <location filename="../models/storage/database.cpp" line="236"/>
        <source>Database %1 cannot use write-ahead logging (journal mode is %2).</source>
        <translation>Datenbank %1 kann kein Write-Ahead-Logging verwenden (Journalmodus ist %2).</translation>
    </message>
</context>
<context>
    <name>DatabaseCopy</name>
    <message>
        <location filename="../models/storage/databasecopy.cpp" line="161"/>
        <source>The copy of the database at %1 does not read back (%2); nothing was changed. Try another place.</source>
        <translation>Die Kopie der Datenbank unter %1 lässt sich nicht zurücklesen (%2); es wurde nichts geändert. Versuchen Sie einen anderen Ort.</translation>
    </message>
    <message>
        <location filename="../models/storage/databasecopy.cpp" line="182"/>
        <source>Choose where to move the database %1: a folder or a file name.</source>
        <translation>Wählen Sie, wohin die Datenbank %1 verschoben werden soll: einen Ordner oder einen Dateinamen.</translation>
    </message>
    <message>
        <location filename="../models/storage/databasecopy.cpp" line="187"/>
        <source>The database is already at %1. Choose another folder or file name.</source>
        <translation>Die Datenbank liegt bereits unter %1. Wählen Sie einen anderen Ordner oder Dateinamen.</translation>
    </message>
    <message>
        <location filename="../models/storage/databasecopy.cpp" line="189"/>
        <source>Cannot move the database to %1: a file of that name already exists there. Choose another name, or remove that file first.</source>
        <translation>Die Datenbank kann nicht nach %1 verschoben werden: Dort gibt es bereits eine Datei mit diesem Namen. Wählen Sie einen anderen Namen oder entfernen Sie diese Datei zuerst.</translation>
    </message>
    <message>
        <location filename="../models/storage/databasecopy.cpp" line="195"/>
        <source>Cannot move the database to %1: the folder %2 does not exist. Create it first or choose another one.</source>
        <translation>Die Datenbank kann nicht nach %1 verschoben werden: Der Ordner %2 existiert nicht. Legen Sie ihn zuerst an oder wählen Sie einen anderen.</translation>
    </message>
    <message>
        <location filename="../models/storage/databasecopy.cpp" line="199"/>
        <source>Cannot move the database to %1: the folder %2 is not writable (%3). Choose a folder you can write to.</source>
        <translation>Die Datenbank kann nicht nach %1 verschoben werden: Der Ordner %2 ist nicht beschreibbar (%3). Wählen Sie einen Ordner, in den Sie schreiben dürfen.</translation>
    </message>
    <message>
        <location filename="../models/storage/databasecopy.cpp" line="216"/>
        <source>Cannot copy the database to %1: %2. Nothing was changed; free some space there or choose another place.</source>
        <translation>Die Datenbank kann nicht nach %1 kopiert werden: %2. Es wurde nichts geändert; schaffen Sie dort Platz oder wählen Sie einen anderen Ort.</translation>
    </message>
    <message>
        <location filename="../models/storage/databasecopy.cpp" line="224"/>
        <source>Cannot write the copy of the database to %1: %2. Nothing was changed; free some space there or choose another place.</source>
        <translation>Die Kopie der Datenbank kann nicht nach %1 geschrieben werden: %2. Es wurde nichts geändert; schaffen Sie dort Platz oder wählen Sie einen anderen Ort.</translation>
    </message>
    <message>
        <location filename="../models/storage/databasecopy.cpp" line="230"/>
        <source>The copy of the database at %1 has schema version %2, not %3; nothing was changed. Try again.</source>
        <translation>Die Kopie der Datenbank unter %1 hat Schemaversion %2 statt %3; es wurde nichts geändert. Versuchen Sie es erneut.</translation>
    </message>
    <message>
        <location filename="../models/storage/databasecopy.cpp" line="239"/>
        <source>The copy of the database at %1 differs in table %3 (%2 rows, the database %4): it may have changed during the copy (a team sync). Nothing was changed; try again.</source>
        <translation>Die Kopie der Datenbank unter %1 weicht in Tabelle %3 ab (%2 Zeilen, in der Datenbank %4): Die Datenbank hat sich während des Kopierens möglicherweise geändert (durch eine Teamsynchronisierung). Es wurde nichts geändert; versuchen Sie es erneut.</translation>
    </message>
    <message>
        <location filename="../models/storage/databasecopy.cpp" line="254"/>
        <source>Cannot move the database to %1: a file of that name appeared there meanwhile. Choose another name.</source>
        <translation>Die Datenbank kann nicht nach %1 verschoben werden: Dort ist inzwischen eine Datei mit diesem Namen entstanden. Wählen Sie einen anderen Namen.</translation>
    </message>
    <message>
        <location filename="../models/storage/databasecopy.cpp" line="257"/>
        <source>Cannot give the copy of the database its name %1: %2. Nothing was changed.</source>
        <translation>Die Kopie der Datenbank lässt sich nicht als %1 benennen: %2. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <location filename="../models/storage/databasecopy.cpp" line="263"/>
        <source>Cannot write the folder %1 to disk: %2. Nothing was changed.</source>
        <translation>Der Ordner %1 lässt sich nicht auf den Datenträger schreiben: %2. Es wurde nichts geändert.</translation>
    </message>
</context>
<context>
    <name>DatabaseFile</name>
    <message>
        <location filename="../app/databasefile.cpp" line="69"/>
        <source>The PANELIST_DATABASE environment variable chooses the database (%1), so a location chosen here would not be used. Unset it to choose here.</source>
        <translation>Die Umgebungsvariable PANELIST_DATABASE legt die Datenbank fest (%1), daher würde ein hier gewählter Speicherort nicht verwendet. Entfernen Sie die Variable, um hier zu wählen.</translation>
    </message>
    <message>
        <location filename="../app/databasefile.cpp" line="96"/>
        <source>Type the path of the database to open, or choose it with Browse….</source>
        <translation>Geben Sie den Pfad der zu öffnenden Datenbank ein oder wählen Sie sie mit „Durchsuchen…“ aus.</translation>
    </message>
    <message>
        <location filename="../app/databasefile.cpp" line="101"/>
        <source>%1 is the database already open.</source>
        <translation>%1 ist die bereits geöffnete Datenbank.</translation>
    </message>
    <message>
        <location filename="../app/databasefile.cpp" line="113"/>
        <source>Panelist restarts on %1.</source>
        <translation>Panelist startet mit %1 neu.</translation>
    </message>
    <message>
        <location filename="../app/databasefile.cpp" line="136"/>
        <source>The database was copied to %1 and checked; Panelist restarts on it.</source>
        <translation>Die Datenbank wurde nach %1 kopiert und geprüft; Panelist startet damit neu.</translation>
    </message>
    <message>
        <location filename="../app/databasefile.cpp" line="165"/>
        <source>The old database %1 was kept: it changed after the copy to %2 was made.</source>
        <translation>Die alte Datenbank %1 wurde behalten: Sie hat sich geändert, nachdem die Kopie nach %2 erstellt wurde.</translation>
    </message>
    <message>
        <location filename="../app/databasefile.cpp" line="168"/>
        <source>The old database %1 could not be removed; remove it yourself.</source>
        <translation>Die alte Datenbank %1 konnte nicht entfernt werden; entfernen Sie sie selbst.</translation>
    </message>
    <message>
        <location filename="../app/databasefile.cpp" line="171"/>
        <source>The old database %1 was removed.</source>
        <translation>Die alte Datenbank %1 wurde entfernt.</translation>
    </message>
    <message>
        <location filename="../app/databasefile.cpp" line="176"/>
        <source>Could not start Panelist again; start it yourself: it opens %1.</source>
        <translation>Panelist konnte nicht neu gestartet werden; starten Sie es selbst: Es öffnet %1.</translation>
    </message>
</context>
<context>
    <name>DebriefDesk</name>
    <message>
        <location filename="../models/interviews/debriefdesk.cpp" line="79"/>
        <source>(no interviewer named)</source>
        <translation>(keine Interviewer:in angegeben)</translation>
    </message>
    <message>
        <location filename="../models/interviews/debriefdesk.cpp" line="98"/>
        <source>No recommendation</source>
        <translation>Keine Empfehlung</translation>
    </message>
    <message numerus="yes">
        <location filename="../models/interviews/debriefdesk.cpp" line="123"/>
        <source>%n colleague scorecard(s) submitted: you read them once you submit your own</source>
        <translation>
            <numerusform>%n Bewertungsbogen einer Kolleg:in abgegeben: Sie können ihn lesen, sobald Sie Ihren eigenen abgegeben haben</numerusform>
            <numerusform>%n Bewertungsbögen von Kolleg:innen abgegeben: Sie können sie lesen, sobald Sie Ihren eigenen abgegeben haben</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../models/interviews/debriefdesk.cpp" line="126"/>
        <source>%n interview(s) of the loop not finished yet</source>
        <translation>
            <numerusform>%n Interview der Interviewrunde noch nicht abgeschlossen</numerusform>
            <numerusform>%n Interviews der Interviewrunde noch nicht abgeschlossen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../models/interviews/debriefdesk.cpp" line="144"/>
        <source>%1 — %2 (%3)</source>
        <translation>%1 — %2 (%3)</translation>
    </message>
    <message>
        <location filename="../models/interviews/debriefdesk.cpp" line="163"/>
        <source>There is no candidate %1 any more; it may have been removed.</source>
        <translation>Kandidat:in %1 gibt es nicht mehr; möglicherweise wurde der Eintrag entfernt.</translation>
    </message>
    <message>
        <location filename="../models/interviews/debriefdesk.cpp" line="191"/>
        <source>There is no interview %1 any more; it may have been removed.</source>
        <translation>Interview %1 gibt es nicht mehr; möglicherweise wurde es entfernt.</translation>
    </message>
    <message>
        <location filename="../models/interviews/debriefdesk.cpp" line="216"/>
        <source>Open a candidate&apos;s debrief before recording a decision.</source>
        <translation>Öffnen Sie die Abstimmungsrunde einer Kandidat:in, bevor Sie eine Entscheidung festhalten.</translation>
    </message>
    <message>
        <location filename="../models/interviews/debriefdesk.cpp" line="221"/>
        <source>Choose the decision: %1.</source>
        <translation>Wählen Sie die Entscheidung: %1.</translation>
    </message>
    <message>
        <location filename="../models/interviews/debriefdesk.cpp" line="247"/>
        <source>No file was chosen for the debrief packet.</source>
        <translation>Für die Unterlagen zur Abstimmungsrunde wurde keine Datei gewählt.</translation>
    </message>
    <message>
        <location filename="../models/interviews/debriefdesk.cpp" line="251"/>
        <source>Open a candidate&apos;s debrief before writing its packet.</source>
        <translation>Öffnen Sie die Abstimmungsrunde einer Kandidat:in, bevor Sie die Unterlagen dazu erstellen.</translation>
    </message>
</context>
<context>
    <name>DebriefDialog</name>
    <message>
        <location filename="../qml/components/DebriefDialog.qml" line="19"/>
        <source>Debrief</source>
        <translation>Abstimmungsrunde</translation>
    </message>
    <message>
        <location filename="../qml/components/DebriefDialog.qml" line="22"/>
        <source>Debrief — %1</source>
        <translation>Abstimmungsrunde – %1</translation>
    </message>
    <message>
        <location filename="../qml/components/DebriefDialog.qml" line="58"/>
        <source>Choose the decision first: 1 advance, 2 hire, 3 reject.</source>
        <translation>Wählen Sie zuerst die Entscheidung: 1 weiter, 2 einstellen, 3 absagen.</translation>
    </message>
    <message>
        <location filename="../qml/components/DebriefDialog.qml" line="63"/>
        <source>Write the reason: the panel&apos;s why, in a sentence or two.</source>
        <translation>Schreiben Sie die Begründung: warum das Panel so entscheidet, in ein, zwei Sätzen.</translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/components/DebriefDialog.qml" line="104"/>
        <source>%n scorecard(s) you may read</source>
        <translation>
            <numerusform>%n Bewertungsbogen einsehbar</numerusform>
            <numerusform>%n Bewertungsbögen einsehbar</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../qml/components/DebriefDialog.qml" line="122"/>
        <source>Competencies by interviewer</source>
        <translation>Kompetenzen nach Interviewer:in</translation>
    </message>
    <message>
        <location filename="../qml/components/DebriefDialog.qml" line="127"/>
        <source>Nothing to read yet: submit your own scorecard for this candidate first (the bias guard).</source>
        <translation>Noch nichts einsehbar: Geben Sie zuerst Ihren eigenen Bewertungsbogen für diese Kandidat:in ab (Befangenheitsschutz).</translation>
    </message>
    <message>
        <location filename="../qml/components/DebriefDialog.qml" line="128"/>
        <source>No scorecard is in yet. Each interviewer&apos;s scorecard shows here once they finish their interview.</source>
        <translation>Noch ist kein Bewertungsbogen eingegangen. Jeder Bewertungsbogen erscheint hier, sobald die Interviewer:in das Interview abgeschlossen hat.</translation>
    </message>
    <message>
        <location filename="../qml/components/DebriefDialog.qml" line="135"/>
        <source>The scorecards rate no competencies; their recommendations and notes are below.</source>
        <translation>Die Bewertungsbögen stufen keine Kompetenzen ein; ihre Empfehlungen und Notizen stehen unten.</translation>
    </message>
    <message>
        <location filename="../qml/components/DebriefDialog.qml" line="144"/>
        <source>Competency</source>
        <translation>Kompetenz</translation>
    </message>
    <message>
        <location filename="../qml/components/DebriefDialog.qml" line="160"/>
        <source>Panel</source>
        <translation>Panel</translation>
    </message>
    <message>
        <location filename="../qml/components/DebriefDialog.qml" line="219"/>
        <source>%1 apart — talk it through</source>
        <translation>%1 auseinander – bitte besprechen</translation>
    </message>
    <message>
        <location filename="../qml/components/DebriefDialog.qml" line="220"/>
        <source>mean %1</source>
        <translation>Mittelwert %1</translation>
    </message>
    <message>
        <location filename="../qml/components/DebriefDialog.qml" line="235"/>
        <source>Scorecards — the recommendations are mixed</source>
        <translation>Bewertungsbögen – die Empfehlungen gehen auseinander</translation>
    </message>
    <message>
        <location filename="../qml/components/DebriefDialog.qml" line="235"/>
        <source>Scorecards</source>
        <translation>Bewertungsbögen</translation>
    </message>
    <message>
        <location filename="../qml/components/DebriefDialog.qml" line="262"/>
        <source>amended</source>
        <translation>nachbearbeitet</translation>
    </message>
    <message>
        <location filename="../qml/components/DebriefDialog.qml" line="274"/>
        <source>Summary</source>
        <translation>Zusammenfassung</translation>
    </message>
    <message>
        <location filename="../qml/components/DebriefDialog.qml" line="275"/>
        <source>Key takeaways</source>
        <translation>Wichtigste Erkenntnisse</translation>
    </message>
    <message>
        <location filename="../qml/components/DebriefDialog.qml" line="276"/>
        <source>Pros</source>
        <translation>Stärken</translation>
    </message>
    <message>
        <location filename="../qml/components/DebriefDialog.qml" line="277"/>
        <source>Cons</source>
        <translation>Schwächen</translation>
    </message>
    <message>
        <location filename="../qml/components/DebriefDialog.qml" line="291"/>
        <source>Nothing written.</source>
        <translation>Nichts eingetragen.</translation>
    </message>
    <message>
        <location filename="../qml/components/DebriefDialog.qml" line="306"/>
        <source>Decision</source>
        <translation>Entscheidung</translation>
    </message>
    <message>
        <location filename="../qml/components/DebriefDialog.qml" line="311"/>
        <source>No decision yet.</source>
        <translation>Noch keine Entscheidung.</translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/components/DebriefDialog.qml" line="318"/>
        <source>%n earlier decision(s), superseded.</source>
        <translation>
            <numerusform>%n frühere Entscheidung, inzwischen ersetzt.</numerusform>
            <numerusform>%n frühere Entscheidungen, inzwischen ersetzt.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../qml/components/DebriefDialog.qml" line="351"/>
        <source>Decide (1–3):</source>
        <translation>Entscheiden (1–3):</translation>
    </message>
    <message>
        <location filename="../qml/components/DebriefDialog.qml" line="383"/>
        <source>Reason (required): why the panel decided so</source>
        <translation>Begründung (Pflicht): warum das Panel so entschieden hat</translation>
    </message>
    <message>
        <location filename="../qml/components/DebriefDialog.qml" line="411"/>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <location filename="../qml/components/DebriefDialog.qml" line="417"/>
        <source>Save packet PDF… (Ctrl+S)</source>
        <translation>Unterlagen als PDF speichern… (Strg+S)</translation>
    </message>
    <message>
        <location filename="../qml/components/DebriefDialog.qml" line="423"/>
        <source>Record decision (Ctrl+Enter)</source>
        <translation>Entscheidung festhalten (Strg+Eingabe)</translation>
    </message>
    <message>
        <location filename="../qml/components/DebriefDialog.qml" line="433"/>
        <source>Save the debrief packet</source>
        <translation>Unterlagen zur Abstimmungsrunde speichern</translation>
    </message>
    <message>
        <location filename="../qml/components/DebriefDialog.qml" line="434"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
</context>
<context>
    <name>DebriefText</name>
    <message>
        <location filename="../models/formats/debriefpdf.cpp" line="117"/>
        <source>(no interviewer named)</source>
        <translation>(keine Interviewer:in angegeben)</translation>
    </message>
    <message>
        <location filename="../models/formats/debriefpdf.cpp" line="124"/>
        <source>No recommendation</source>
        <translation>Keine Empfehlung</translation>
    </message>
    <message>
        <location filename="../models/formats/debriefpdf.cpp" line="130"/>
        <location filename="../models/formats/debriefpdf.cpp" line="351"/>
        <source>not rated</source>
        <translation>nicht eingestuft</translation>
    </message>
    <message>
        <location filename="../models/formats/debriefpdf.cpp" line="198"/>
        <source>Nothing written.</source>
        <translation>Nichts eingetragen.</translation>
    </message>
    <message>
        <location filename="../models/formats/debriefpdf.cpp" line="208"/>
        <source>DEBRIEF PACKET</source>
        <translation>UNTERLAGEN ZUR ABSTIMMUNGSRUNDE</translation>
    </message>
    <message numerus="yes">
        <location filename="../models/formats/debriefpdf.cpp" line="216"/>
        <source>%n scorecard(s)</source>
        <translation>
            <numerusform>%n Bewertungsbogen</numerusform>
            <numerusform>%n Bewertungsbögen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../models/formats/debriefpdf.cpp" line="218"/>
        <source>%n interview(s) not finished</source>
        <translation>
            <numerusform>%n Interview nicht abgeschlossen</numerusform>
            <numerusform>%n Interviews nicht abgeschlossen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../models/formats/debriefpdf.cpp" line="220"/>
        <source>%1 not readable yet</source>
        <translation>%1 noch nicht einsehbar</translation>
    </message>
    <message>
        <location filename="../models/formats/debriefpdf.cpp" line="225"/>
        <source>STATUS</source>
        <translation>STATUS</translation>
    </message>
    <message>
        <location filename="../models/formats/debriefpdf.cpp" line="226"/>
        <source>SCORECARDS</source>
        <translation>BEWERTUNGSBÖGEN</translation>
    </message>
    <message>
        <location filename="../models/formats/debriefpdf.cpp" line="227"/>
        <source>PANEL</source>
        <translation>PANEL</translation>
    </message>
    <message>
        <location filename="../models/formats/debriefpdf.cpp" line="228"/>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <location filename="../models/formats/debriefpdf.cpp" line="229"/>
        <source>PREPARED</source>
        <translation>ERSTELLT</translation>
    </message>
    <message>
        <location filename="../models/formats/debriefpdf.cpp" line="265"/>
        <source>DECISION</source>
        <translation>ENTSCHEIDUNG</translation>
    </message>
    <message>
        <location filename="../models/formats/debriefpdf.cpp" line="269"/>
        <source>No decision yet</source>
        <translation>Noch keine Entscheidung</translation>
    </message>
    <message>
        <location filename="../models/formats/debriefpdf.cpp" line="270"/>
        <source>The lead records it after the debrief.</source>
        <translation>Die Teamleitung hält sie nach der Abstimmungsrunde fest.</translation>
    </message>
    <message>
        <location filename="../models/formats/debriefpdf.cpp" line="274"/>
        <source>Decided %1</source>
        <translation>Entschieden am %1</translation>
    </message>
    <message>
        <location filename="../models/formats/debriefpdf.cpp" line="275"/>
        <source>Decided by %1, %2</source>
        <translation>Entschieden von %1, %2</translation>
    </message>
    <message>
        <location filename="../models/formats/debriefpdf.cpp" line="279"/>
        <source>REASON</source>
        <translation>BEGRÜNDUNG</translation>
    </message>
    <message>
        <location filename="../models/formats/debriefpdf.cpp" line="287"/>
        <source>%1 on %2</source>
        <translation>%1 am %2</translation>
    </message>
    <message>
        <location filename="../models/formats/debriefpdf.cpp" line="290"/>
        <source>Earlier decisions, superseded: %1</source>
        <translation>Frühere, inzwischen ersetzte Entscheidungen: %1</translation>
    </message>
    <message>
        <location filename="../models/formats/debriefpdf.cpp" line="315"/>
        <source>Competency ratings by interviewer</source>
        <translation>Einstufung der Kompetenzen nach Interviewer:in</translation>
    </message>
    <message>
        <location filename="../models/formats/debriefpdf.cpp" line="319"/>
        <source>No scorecard is in yet.</source>
        <translation>Noch ist kein Bewertungsbogen eingegangen.</translation>
    </message>
    <message>
        <location filename="../models/formats/debriefpdf.cpp" line="320"/>
        <source>The scorecards rate no competencies.</source>
        <translation>Die Bewertungsbögen stufen keine Kompetenzen ein.</translation>
    </message>
    <message>
        <location filename="../models/formats/debriefpdf.cpp" line="352"/>
        <source>mean %1 · spread %2</source>
        <translation>Mittelwert %1 · Spanne %2</translation>
    </message>
    <message>
        <location filename="../models/formats/debriefpdf.cpp" line="431"/>
        <source>Recommendations</source>
        <translation>Empfehlungen</translation>
    </message>
    <message>
        <location filename="../models/formats/debriefpdf.cpp" line="447"/>
        <source>Disagreements</source>
        <translation>Uneinigkeiten</translation>
    </message>
    <message>
        <location filename="../models/formats/debriefpdf.cpp" line="457"/>
        <source>%1: ratings from %2 to %3 (%4)</source>
        <translation>%1: Einstufungen von %2 bis %3 (%4)</translation>
    </message>
    <message>
        <location filename="../models/formats/debriefpdf.cpp" line="468"/>
        <source>Mixed recommendations: %1</source>
        <translation>Uneinheitliche Empfehlungen: %1</translation>
    </message>
    <message>
        <location filename="../models/formats/debriefpdf.cpp" line="472"/>
        <source>Fewer than two scorecards: nothing to compare yet.</source>
        <translation>Weniger als zwei Bewertungsbögen: noch nichts zu vergleichen.</translation>
    </message>
    <message>
        <location filename="../models/formats/debriefpdf.cpp" line="473"/>
        <source>None: no competency&apos;s ratings lie %1 or more apart, and the recommendations agree.</source>
        <translation>Keine: Bei keiner Kompetenz liegen die Einstufungen %1 oder mehr auseinander, und die Empfehlungen stimmen überein.</translation>
    </message>
    <message>
        <location filename="../models/formats/debriefpdf.cpp" line="497"/>
        <source>SCORECARD %1 OF %2</source>
        <translation>BEWERTUNGSBOGEN %1 VON %2</translation>
    </message>
    <message>
        <location filename="../models/formats/debriefpdf.cpp" line="510"/>
        <source>submitted %1</source>
        <translation>abgegeben am %1</translation>
    </message>
    <message>
        <location filename="../models/formats/debriefpdf.cpp" line="512"/>
        <source>amended after the call</source>
        <translation>nach dem Gespräch nachbearbeitet</translation>
    </message>
    <message>
        <location filename="../models/formats/debriefpdf.cpp" line="516"/>
        <source>RECOMMENDATION</source>
        <translation>EMPFEHLUNG</translation>
    </message>
    <message>
        <location filename="../models/formats/debriefpdf.cpp" line="521"/>
        <source>Competencies</source>
        <translation>Kompetenzen</translation>
    </message>
    <message>
        <location filename="../models/formats/debriefpdf.cpp" line="539"/>
        <source>The evidence suggested %1.</source>
        <translation>Die Belege sprachen für %1.</translation>
    </message>
    <message>
        <location filename="../models/formats/debriefpdf.cpp" line="542"/>
        <source>No question evidences it.</source>
        <translation>Keine Frage belegt sie.</translation>
    </message>
    <message>
        <location filename="../models/formats/debriefpdf.cpp" line="546"/>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <location filename="../models/formats/debriefpdf.cpp" line="552"/>
        <source>This scorecard rates no competencies.</source>
        <translation>Dieser Bewertungsbogen stuft keine Kompetenzen ein.</translation>
    </message>
    <message>
        <location filename="../models/formats/debriefpdf.cpp" line="555"/>
        <source>Notes for the panel</source>
        <translation>Notizen für das Panel</translation>
    </message>
    <message>
        <location filename="../models/formats/debriefpdf.cpp" line="557"/>
        <source>SUMMARY</source>
        <translation>ZUSAMMENFASSUNG</translation>
    </message>
    <message>
        <location filename="../models/formats/debriefpdf.cpp" line="558"/>
        <source>KEY TAKEAWAYS</source>
        <translation>WICHTIGSTE ERKENNTNISSE</translation>
    </message>
    <message>
        <location filename="../models/formats/debriefpdf.cpp" line="559"/>
        <source>PROS</source>
        <translation>STÄRKEN</translation>
    </message>
    <message>
        <location filename="../models/formats/debriefpdf.cpp" line="560"/>
        <source>CONS</source>
        <translation>SCHWÄCHEN</translation>
    </message>
    <message>
        <location filename="../models/formats/debriefpdf.cpp" line="565"/>
        <location filename="../models/formats/debriefpdf.cpp" line="577"/>
        <source>Debrief packet — %1</source>
        <translation>Unterlagen zur Abstimmungsrunde – %1</translation>
    </message>
    <message>
        <location filename="../models/formats/debriefpdf.cpp" line="566"/>
        <source>Confidential — candidate data, for the hiring panel</source>
        <translation>Vertraulich – Bewerbungsdaten, nur für das Panel</translation>
    </message>
    <message>
        <location filename="../models/formats/debriefpdf.cpp" line="575"/>
        <source>Writing a PDF needs the graphical application (fonts).</source>
        <translation>Zum Schreiben eines PDFs wird die grafische Anwendung benötigt (Schriften).</translation>
    </message>
    <message>
        <location filename="../models/formats/debriefpdf.cpp" line="604"/>
        <source>The PDF writer could not start.</source>
        <translation>Die PDF-Ausgabe konnte nicht gestartet werden.</translation>
    </message>
    <message>
        <location filename="../models/formats/debriefpdf.cpp" line="609"/>
        <source>Debrief packet</source>
        <translation>Unterlagen zur Abstimmungsrunde</translation>
    </message>
</context>
<context>
    <name>DecisionRepository</name>
    <message>
        <location filename="../models/storage/decisionrepository.cpp" line="37"/>
        <source>Database %1: candidate_decisions.decision holds &quot;%2&quot;, which this Panelist does not know (one of %3). Update Panelist.</source>
        <translation>Datenbank %1: candidate_decisions.decision enthält &quot;%2&quot;, das diese Panelist-Version nicht kennt (bekannt sind: %3). Aktualisieren Sie Panelist.</translation>
    </message>
    <message>
        <location filename="../models/storage/decisionrepository.cpp" line="63"/>
        <source>There is no candidate %1 in %2; `candidate list` shows their ids.</source>
        <translation>Kandidat:in %1 gibt es in %2 nicht; `candidate list` zeigt die IDs.</translation>
    </message>
    <message>
        <location filename="../models/storage/decisionrepository.cpp" line="69"/>
        <source>The decision on %1 needs a reason: say in a sentence why the panel decided to %2.</source>
        <translation>Die Entscheidung über %1 braucht eine Begründung: Sagen Sie in einem Satz, warum sich das Panel für „%2“ entschieden hat.</translation>
    </message>
    <message>
        <location filename="../models/storage/decisionrepository.cpp" line="73"/>
        <source>The reason for the decision on %1 is %2 characters long; shorten it to at most %3.</source>
        <translation>Die Begründung der Entscheidung über %1 ist %2 Zeichen lang; kürzen Sie sie auf höchstens %3.</translation>
    </message>
    <message>
        <location filename="../models/storage/decisionrepository.cpp" line="149"/>
        <source>Only a lead records decisions in the team of %1: this laptop signs in as &quot;%2&quot;, an interviewer. Ask a lead to decide (`panelist team add-interviewer URL NAME --lead` makes one).</source>
        <translation>Im Team von %1 halten nur Teamleitungen Entscheidungen fest: Dieser Laptop meldet sich als „%2“ an, als Interviewer:in. Bitten Sie eine Teamleitung um die Entscheidung (`panelist team add-interviewer URL NAME --lead` legt eine Teamleitung an).</translation>
    </message>
</context>
<context>
    <name>DraftDialog</name>
    <message>
        <location filename="../qml/components/DraftDialog.qml" line="15"/>
        <source>Unsaved question found</source>
        <translation>Ungespeicherte Frage gefunden</translation>
    </message>
    <message>
        <location filename="../qml/components/DraftDialog.qml" line="21"/>
        <source>Panelist closed while “%1” had unsaved changes. Continue editing it?</source>
        <translation>Panelist wurde geschlossen, während „%1“ ungespeicherte Änderungen hatte. Mit der Bearbeitung fortfahren?</translation>
    </message>
    <message>
        <location filename="../qml/components/DraftDialog.qml" line="22"/>
        <source>a new question</source>
        <translation>eine neue Frage</translation>
    </message>
    <message>
        <location filename="../qml/components/DraftDialog.qml" line="26"/>
        <source>Discard</source>
        <translation>Verwerfen</translation>
    </message>
    <message>
        <location filename="../qml/components/DraftDialog.qml" line="35"/>
        <source>Restore</source>
        <translation>Wiederherstellen</translation>
    </message>
</context>
<context>
    <name>EditorPage</name>
    <message>
        <location filename="../qml/pages/EditorPage.qml" line="12"/>
        <source>Question editor</source>
        <translation>Frageneditor</translation>
    </message>
    <message>
        <location filename="../qml/pages/EditorPage.qml" line="18"/>
        <source>New question</source>
        <translation>Neue Frage</translation>
    </message>
    <message>
        <location filename="../qml/pages/EditorPage.qml" line="18"/>
        <source>Edit question</source>
        <translation>Frage bearbeiten</translation>
    </message>
    <message>
        <location filename="../qml/pages/EditorPage.qml" line="57"/>
        <source>← Back</source>
        <translation>← Zurück</translation>
    </message>
    <message>
        <location filename="../qml/pages/EditorPage.qml" line="60"/>
        <source>Back to the bank (Esc)</source>
        <translation>Zurück zum Fragenkatalog (Esc)</translation>
    </message>
    <message>
        <location filename="../qml/pages/EditorPage.qml" line="70"/>
        <source>Unsaved changes (kept as a draft)</source>
        <translation>Ungespeicherte Änderungen (als Entwurf aufbewahrt)</translation>
    </message>
    <message>
        <location filename="../qml/pages/EditorPage.qml" line="71"/>
        <source>Not saved yet</source>
        <translation>Noch nicht gespeichert</translation>
    </message>
    <message>
        <location filename="../qml/pages/EditorPage.qml" line="71"/>
        <source>Saved</source>
        <translation>Gespeichert</translation>
    </message>
    <message>
        <location filename="../qml/pages/EditorPage.qml" line="76"/>
        <source>Save (Ctrl+S)</source>
        <translation>Speichern (Strg+S)</translation>
    </message>
    <message>
        <location filename="../qml/pages/EditorPage.qml" line="113"/>
        <source>Title (required)</source>
        <translation>Titel (erforderlich)</translation>
    </message>
    <message>
        <location filename="../qml/pages/EditorPage.qml" line="115"/>
        <source>Title — a short name for the question</source>
        <translation>Titel – ein kurzer Name für die Frage</translation>
    </message>
    <message>
        <location filename="../qml/pages/EditorPage.qml" line="133"/>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <location filename="../qml/pages/EditorPage.qml" line="134"/>
        <source>Level</source>
        <translation>Stufe</translation>
    </message>
    <message>
        <location filename="../qml/pages/EditorPage.qml" line="135"/>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <location filename="../qml/pages/EditorPage.qml" line="136"/>
        <location filename="../qml/pages/EditorPage.qml" line="189"/>
        <source>Minutes</source>
        <translation>Minuten</translation>
    </message>
    <message>
        <location filename="../qml/pages/EditorPage.qml" line="141"/>
        <source>Category (pick or type a new one)</source>
        <translation>Kategorie (auswählen oder neue eingeben)</translation>
    </message>
    <message>
        <location filename="../qml/pages/EditorPage.qml" line="168"/>
        <source>Level: %1</source>
        <translation>Stufe: %1</translation>
    </message>
    <message>
        <location filename="../qml/pages/EditorPage.qml" line="179"/>
        <source>Kind: %1</source>
        <translation>Art: %1</translation>
    </message>
    <message>
        <location filename="../qml/pages/EditorPage.qml" line="206"/>
        <source>Tags</source>
        <translation>Schlagwörter</translation>
    </message>
    <message>
        <location filename="../qml/pages/EditorPage.qml" line="208"/>
        <source>Tags, separated by commas — e.g. gil, threading</source>
        <translation>Schlagwörter, durch Kommas getrennt – z. B. gil, threading</translation>
    </message>
    <message>
        <location filename="../qml/pages/EditorPage.qml" line="220"/>
        <source>Prompt (Markdown; code in ``` blocks) — preview on the right</source>
        <translation>Fragetext (Markdown; Code in ```-Blöcken) – Vorschau rechts</translation>
    </message>
    <message>
        <location filename="../qml/pages/EditorPage.qml" line="221"/>
        <source>What you ask the candidate</source>
        <translation>Was Sie die Kandidat:in fragen</translation>
    </message>
    <message>
        <location filename="../qml/pages/EditorPage.qml" line="228"/>
        <source>Follow-ups</source>
        <translation>Nachfragen</translation>
    </message>
    <message>
        <location filename="../qml/pages/EditorPage.qml" line="232"/>
        <source>+ Add follow-up</source>
        <translation>+ Nachfrage hinzufügen</translation>
    </message>
    <message>
        <location filename="../qml/pages/EditorPage.qml" line="233"/>
        <source>A follow-up question</source>
        <translation>Eine Nachfrage</translation>
    </message>
    <message>
        <location filename="../qml/pages/EditorPage.qml" line="239"/>
        <source>Rubric criteria</source>
        <translation>Bewertungskriterien</translation>
    </message>
    <message>
        <location filename="../qml/pages/EditorPage.qml" line="243"/>
        <source>+ Add criterion</source>
        <translation>+ Kriterium hinzufügen</translation>
    </message>
    <message>
        <location filename="../qml/pages/EditorPage.qml" line="244"/>
        <source>An observable signal, e.g. “names reference counting”</source>
        <translation>Ein beobachtbares Signal, z. B. „nennt Referenzzählung“</translation>
    </message>
    <message>
        <location filename="../qml/pages/EditorPage.qml" line="250"/>
        <source>Level anchors</source>
        <translation>Stufenanker</translation>
    </message>
    <message>
        <location filename="../qml/pages/EditorPage.qml" line="280"/>
        <source>Reference answer (Markdown key points)</source>
        <translation>Musterantwort (Kernpunkte in Markdown)</translation>
    </message>
    <message>
        <location filename="../qml/pages/EditorPage.qml" line="281"/>
        <source>- the points a strong answer covers</source>
        <translation>- die Punkte, die eine starke Antwort abdeckt</translation>
    </message>
    <message>
        <location filename="../qml/pages/EditorPage.qml" line="296"/>
        <source>Keep your changes?</source>
        <translation>Änderungen behalten?</translation>
    </message>
    <message>
        <location filename="../qml/pages/EditorPage.qml" line="298"/>
        <source>This question has unsaved changes.</source>
        <translation>Diese Frage hat ungespeicherte Änderungen.</translation>
    </message>
    <message>
        <location filename="../qml/pages/EditorPage.qml" line="302"/>
        <source>Keep editing</source>
        <translation>Weiter bearbeiten</translation>
    </message>
    <message>
        <location filename="../qml/pages/EditorPage.qml" line="308"/>
        <source>Discard changes</source>
        <translation>Änderungen verwerfen</translation>
    </message>
    <message>
        <location filename="../qml/pages/EditorPage.qml" line="318"/>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../qml/components/ExportDialog.qml" line="8"/>
        <source>Export the question bank</source>
        <translation>Fragenkatalog exportieren</translation>
    </message>
    <message>
        <location filename="../qml/components/ExportDialog.qml" line="9"/>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <location filename="../qml/components/ExportDialog.qml" line="9"/>
        <source>Markdown (*.md)</source>
        <translation>Markdown (*.md)</translation>
    </message>
</context>
<context>
    <name>FacetMenu</name>
    <message>
        <location filename="../qml/components/FacetMenu.qml" line="28"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>FinishDialog</name>
    <message>
        <location filename="../qml/components/FinishDialog.qml" line="26"/>
        <source>Finish the interview</source>
        <translation>Interview abschließen</translation>
    </message>
    <message>
        <location filename="../qml/components/FinishDialog.qml" line="27"/>
        <source>Finish the interview with %1</source>
        <translation>Interview mit %1 abschließen</translation>
    </message>
    <message>
        <location filename="../qml/components/FinishDialog.qml" line="178"/>
        <source>Scorecard: rate each competency (1–4 or arrows, Tab for the next)</source>
        <translation>Bewertungsbogen: Stufen Sie jede Kompetenz ein (1–4 oder Pfeiltasten, Tab zur nächsten)</translation>
    </message>
    <message>
        <location filename="../qml/components/FinishDialog.qml" line="211"/>
        <location filename="../qml/components/FinishDialog.qml" line="221"/>
        <source>Key takeaways</source>
        <translation>Wichtigste Erkenntnisse</translation>
    </message>
    <message>
        <location filename="../qml/components/FinishDialog.qml" line="223"/>
        <source>The two or three things the panel should remember.</source>
        <translation>Die zwei oder drei Dinge, die sich das Panel merken sollte.</translation>
    </message>
    <message>
        <location filename="../qml/components/FinishDialog.qml" line="237"/>
        <location filename="../qml/components/FinishDialog.qml" line="247"/>
        <source>Pros</source>
        <translation>Stärken</translation>
    </message>
    <message>
        <location filename="../qml/components/FinishDialog.qml" line="249"/>
        <source>What speaks for hiring.</source>
        <translation>Was für eine Einstellung spricht.</translation>
    </message>
    <message>
        <location filename="../qml/components/FinishDialog.qml" line="261"/>
        <location filename="../qml/components/FinishDialog.qml" line="271"/>
        <source>Cons</source>
        <translation>Schwächen</translation>
    </message>
    <message>
        <location filename="../qml/components/FinishDialog.qml" line="273"/>
        <source>What speaks against.</source>
        <translation>Was dagegen spricht.</translation>
    </message>
    <message>
        <location filename="../qml/components/FinishDialog.qml" line="284"/>
        <source>Recommendation (1–4 or arrows)</source>
        <translation>Empfehlung (1–4 oder Pfeiltasten)</translation>
    </message>
    <message>
        <location filename="../qml/components/FinishDialog.qml" line="350"/>
        <source>Summary</source>
        <translation>Zusammenfassung</translation>
    </message>
    <message>
        <location filename="../qml/components/FinishDialog.qml" line="360"/>
        <source>Summary (required)</source>
        <translation>Zusammenfassung (erforderlich)</translation>
    </message>
    <message>
        <location filename="../qml/components/FinishDialog.qml" line="362"/>
        <source>What the hiring team should know: strengths, concerns, level.</source>
        <translation>Was das Einstellungsteam wissen sollte: Stärken, Bedenken, Stufe.</translation>
    </message>
    <message>
        <location filename="../qml/components/FinishDialog.qml" line="383"/>
        <source>Keep going</source>
        <translation>Weitermachen</translation>
    </message>
    <message>
        <location filename="../qml/components/FinishDialog.qml" line="389"/>
        <source>Finish (Ctrl+Enter)</source>
        <translation>Abschließen (Strg+Eingabe)</translation>
    </message>
</context>
<context>
    <name>HistoryPage</name>
    <message>
        <location filename="../qml/pages/HistoryPage.qml" line="14"/>
        <location filename="../qml/pages/HistoryPage.qml" line="219"/>
        <source>Interviews</source>
        <translation>Interviews</translation>
    </message>
    <message>
        <location filename="../qml/pages/HistoryPage.qml" line="28"/>
        <source>All plans</source>
        <translation>Alle Pläne</translation>
    </message>
    <message>
        <location filename="../qml/pages/HistoryPage.qml" line="101"/>
        <source>Open</source>
        <translation>Öffnen</translation>
    </message>
    <message>
        <location filename="../qml/pages/HistoryPage.qml" line="105"/>
        <source>Open in the interview console, to continue or amend (Enter)</source>
        <translation>In der Interviewkonsole öffnen, um fortzufahren oder nachzubearbeiten (Eingabe)</translation>
    </message>
    <message>
        <location filename="../qml/pages/HistoryPage.qml" line="109"/>
        <source>PDF summary…</source>
        <translation>PDF-Zusammenfassung…</translation>
    </message>
    <message>
        <location filename="../qml/pages/HistoryPage.qml" line="113"/>
        <source>Preview the summary for the hiring team, then save it (Ctrl+P)</source>
        <translation>Zusammenfassung für das Einstellungsteam ansehen und dann speichern (Strg+P)</translation>
    </message>
    <message>
        <location filename="../qml/pages/HistoryPage.qml" line="117"/>
        <source>Debrief…</source>
        <translation>Abstimmungsrunde…</translation>
    </message>
    <message>
        <location filename="../qml/pages/HistoryPage.qml" line="121"/>
        <source>Every scorecard of this candidate side by side, and the decision (Ctrl+D)</source>
        <translation>Alle Bewertungsbögen dieser Kandidat:in nebeneinander, dazu die Entscheidung (Strg+D)</translation>
    </message>
    <message>
        <location filename="../qml/pages/HistoryPage.qml" line="124"/>
        <source>Compare plan…</source>
        <translation>Plan vergleichen…</translation>
    </message>
    <message>
        <location filename="../qml/pages/HistoryPage.qml" line="128"/>
        <source>Every candidate of this plan side by side</source>
        <translation>Alle Kandidat:innen dieses Plans nebeneinander</translation>
    </message>
    <message>
        <location filename="../qml/pages/HistoryPage.qml" line="132"/>
        <source>Delete…</source>
        <translation>Löschen…</translation>
    </message>
    <message>
        <location filename="../qml/pages/HistoryPage.qml" line="136"/>
        <source>Erase this interview from the database (Delete)</source>
        <translation>Dieses Interview aus der Datenbank löschen (Entf)</translation>
    </message>
    <message>
        <location filename="../qml/pages/HistoryPage.qml" line="140"/>
        <source>Delete candidate…</source>
        <translation>Kandidat:in löschen…</translation>
    </message>
    <message>
        <location filename="../qml/pages/HistoryPage.qml" line="144"/>
        <source>Erase every interview of this candidate</source>
        <translation>Alle Interviews dieser Kandidat:in löschen</translation>
    </message>
    <message>
        <location filename="../qml/pages/HistoryPage.qml" line="161"/>
        <source>Search interviews</source>
        <translation>Interviews suchen</translation>
    </message>
    <message>
        <location filename="../qml/pages/HistoryPage.qml" line="163"/>
        <source>Search candidate, role, plan, interviewer (Ctrl+F)</source>
        <translation>Kandidat:in, Rolle, Plan, Interviewer:in suchen (Strg+F)</translation>
    </message>
    <message>
        <location filename="../qml/pages/HistoryPage.qml" line="181"/>
        <source>Status: %1</source>
        <translation>Status: %1</translation>
    </message>
    <message>
        <location filename="../qml/pages/HistoryPage.qml" line="191"/>
        <source>Plan: %1</source>
        <translation>Plan: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/pages/HistoryPage.qml" line="208"/>
        <source>%n interview(s)</source>
        <translation>
            <numerusform>%n Interview</numerusform>
            <numerusform>%n Interviews</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../qml/pages/HistoryPage.qml" line="243"/>
        <source>No interview matches</source>
        <translation>Kein Interview passt</translation>
    </message>
    <message>
        <location filename="../qml/pages/HistoryPage.qml" line="243"/>
        <source>No interviews yet</source>
        <translation>Noch keine Interviews</translation>
    </message>
    <message>
        <location filename="../qml/pages/HistoryPage.qml" line="244"/>
        <source>Try fewer letters, or clear the filters.</source>
        <translation>Versuchen Sie weniger Buchstaben oder setzen Sie die Filter zurück.</translation>
    </message>
    <message>
        <location filename="../qml/pages/HistoryPage.qml" line="245"/>
        <source>Run one from a plan (Plans, Ctrl+Enter); finished interviews land here.</source>
        <translation>Starten Sie eines aus einem Plan (Pläne, Strg+Eingabe); abgeschlossene Interviews landen hier.</translation>
    </message>
    <message>
        <location filename="../qml/pages/HistoryPage.qml" line="246"/>
        <source>Ctrl+F: the search field</source>
        <translation>Strg+F: zum Suchfeld</translation>
    </message>
    <message>
        <location filename="../qml/pages/HistoryPage.qml" line="246"/>
        <source>Ctrl+2: plans · Ctrl+Enter: start an interview</source>
        <translation>Strg+2: Pläne · Strg+Eingabe: Interview starten</translation>
    </message>
    <message>
        <location filename="../qml/pages/HistoryPage.qml" line="269"/>
        <location filename="../qml/pages/HistoryPage.qml" line="272"/>
        <source>Delete this interview?</source>
        <translation>Dieses Interview löschen?</translation>
    </message>
    <message>
        <location filename="../qml/pages/HistoryPage.qml" line="271"/>
        <source>Delete everything about %1?</source>
        <translation>Alles über %1 löschen?</translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/pages/HistoryPage.qml" line="287"/>
        <source>All %n interview(s) of %1 go: notes, scores, criteria, follow-ups, recommendations and summaries. They are erased from the database file itself, not just hidden. This cannot be undone.</source>
        <translation>
            <numerusform>%n Interview von %1 wird gelöscht: Notizen, Bewertungen, Kriterien, Nachfragen, Empfehlung und Zusammenfassung. Es wird aus der Datenbankdatei selbst entfernt, nicht nur ausgeblendet. Das lässt sich nicht rückgängig machen.</numerusform>
            <numerusform>Alle %n Interviews von %1 werden gelöscht: Notizen, Bewertungen, Kriterien, Nachfragen, Empfehlungen und Zusammenfassungen. Sie werden aus der Datenbankdatei selbst entfernt, nicht nur ausgeblendet. Das lässt sich nicht rückgängig machen.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../qml/pages/HistoryPage.qml" line="288"/>
        <source>The interview with %1 on %2 (%3) goes: its notes, scores, criteria, follow-ups, recommendation and summary. It is erased from the database file itself, not just hidden. This cannot be undone.</source>
        <translation>Das Interview mit %1 am %2 (%3) wird gelöscht: seine Notizen, Bewertungen, Kriterien, Nachfragen, Empfehlung und Zusammenfassung. Es wird aus der Datenbankdatei selbst entfernt, nicht nur ausgeblendet. Das lässt sich nicht rückgängig machen.</translation>
    </message>
    <message>
        <location filename="../qml/pages/HistoryPage.qml" line="293"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../qml/pages/HistoryPage.qml" line="299"/>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
</context>
<context>
    <name>HistoryRow</name>
    <message>
        <location filename="../qml/components/HistoryRow.qml" line="27"/>
        <location filename="../qml/components/HistoryRow.qml" line="73"/>
        <source>amended</source>
        <translation>nachbearbeitet</translation>
    </message>
</context>
<context>
    <name>HistorySection</name>
    <message>
        <location filename="../qml/components/HistorySection.qml" line="80"/>
        <source>Candidates or interviews</source>
        <translation>Kandidat:innen oder Interviews</translation>
    </message>
    <message>
        <location filename="../qml/components/HistorySection.qml" line="86"/>
        <source>Candidates · %1</source>
        <translation>Kandidat:innen · %1</translation>
    </message>
    <message>
        <location filename="../qml/components/HistorySection.qml" line="91"/>
        <source>Every candidate and their loop (Ctrl+Shift+C)</source>
        <translation>Alle Kandidat:innen mit ihrer Interviewrunde (Strg+Umschalt+C)</translation>
    </message>
    <message>
        <location filename="../qml/components/HistorySection.qml" line="95"/>
        <source>Interviews · %1</source>
        <translation>Interviews · %1</translation>
    </message>
    <message>
        <location filename="../qml/components/HistorySection.qml" line="100"/>
        <source>Every interview and its record (Ctrl+Shift+I)</source>
        <translation>Alle Interviews mit ihrem Protokoll (Strg+Umschalt+I)</translation>
    </message>
    <message>
        <location filename="../qml/components/HistorySection.qml" line="169"/>
        <source>Saved %1</source>
        <translation>Gespeichert: %1</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../qml/components/ImportDialog.qml" line="7"/>
        <source>Import a question bank</source>
        <translation>Fragenkatalog importieren</translation>
    </message>
    <message>
        <location filename="../qml/components/ImportDialog.qml" line="8"/>
        <source>Question banks (*.json *.md *.markdown)</source>
        <translation>Fragenkataloge (*.json *.md *.markdown)</translation>
    </message>
    <message>
        <location filename="../qml/components/ImportDialog.qml" line="8"/>
        <source>All files (*)</source>
        <translation>Alle Dateien (*)</translation>
    </message>
</context>
<context>
    <name>ImportProgressDialog</name>
    <message>
        <location filename="../qml/components/ImportProgressDialog.qml" line="13"/>
        <source>Importing…</source>
        <translation>Wird importiert…</translation>
    </message>
    <message>
        <location filename="../qml/components/ImportProgressDialog.qml" line="13"/>
        <source>Import finished</source>
        <translation>Import abgeschlossen</translation>
    </message>
    <message>
        <location filename="../qml/components/ImportProgressDialog.qml" line="31"/>
        <source>Nothing was written; the bank is as it was.</source>
        <translation>Nichts wurde geschrieben; der Fragenkatalog ist unverändert.</translation>
    </message>
    <message>
        <location filename="../qml/components/ImportProgressDialog.qml" line="37"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../qml/components/ImportProgressDialog.qml" line="37"/>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
</context>
<context>
    <name>Interview</name>
    <message>
        <location filename="../models/domain/interview.cpp" line="177"/>
        <source>%1 min</source>
        <translation>%1 Min.</translation>
    </message>
</context>
<context>
    <name>InterviewDesk</name>
    <message>
        <location filename="../models/interviews/interviewdesk.cpp" line="157"/>
        <source>The scheduled time &quot;%1&quot; is not of the form YYYY-MM-DD HH:MM.</source>
        <translation>Der geplante Zeitpunkt „%1“ hat nicht die Form JJJJ-MM-TT HH:MM.</translation>
    </message>
    <message>
        <location filename="../models/interviews/interviewdesk.cpp" line="182"/>
        <location filename="../models/interviews/interviewdesk.cpp" line="292"/>
        <location filename="../models/interviews/interviewdesk.cpp" line="402"/>
        <source>There is no interview with id %1.</source>
        <translation>Es gibt kein Interview mit der ID %1.</translation>
    </message>
    <message>
        <location filename="../models/interviews/interviewdesk.cpp" line="244"/>
        <source>The page size is A4 or Letter, not &quot;%1&quot;.</source>
        <translation>Das Seitenformat ist A4 oder Letter, nicht „%1“.</translation>
    </message>
    <message>
        <location filename="../models/interviews/interviewdesk.cpp" line="384"/>
        <source>Removed 1 candidate whose last interview ended more than %1 days ago, with all their interviews: %2.</source>
        <translation>1 Kandidat:in entfernt, deren letztes Interview vor mehr als %1 Tagen endete, samt allen Interviews: %2.</translation>
    </message>
    <message>
        <location filename="../models/interviews/interviewdesk.cpp" line="388"/>
        <source>Removed %1 candidates whose last interview ended more than %2 days ago, with all their interviews: %3.</source>
        <translation>%1 Kandidat:innen entfernt, deren letztes Interview vor mehr als %2 Tagen endete, samt allen Interviews: %3.</translation>
    </message>
    <message>
        <location filename="../models/interviews/interviewdesk.cpp" line="424"/>
        <source>There is no PDF view to show the preview in.</source>
        <translation>Es gibt keine PDF-Ansicht, in der die Vorschau gezeigt werden kann.</translation>
    </message>
    <message>
        <location filename="../models/interviews/interviewdesk.cpp" line="446"/>
        <source>Cannot make the preview: %1.</source>
        <translation>Die Vorschau kann nicht erstellt werden: %1.</translation>
    </message>
    <message>
        <location filename="../models/interviews/interviewdesk.cpp" line="462"/>
        <source>The PDF summary of interview %1 could not be shown.</source>
        <translation>Die PDF-Zusammenfassung von Interview %1 konnte nicht angezeigt werden.</translation>
    </message>
    <message>
        <location filename="../models/interviews/interviewdesk.cpp" line="489"/>
        <source>No file was chosen for the PDF.</source>
        <translation>Für das PDF wurde keine Datei gewählt.</translation>
    </message>
</context>
<context>
    <name>InterviewListModel</name>
    <message>
        <location filename="../models/interviews/interviewlistmodel.cpp" line="109"/>
        <source>All interviews</source>
        <translation>Alle Interviews</translation>
    </message>
</context>
<context>
    <name>InterviewRecord</name>
    <message>
        <location filename="../qml/components/InterviewRecord.qml" line="46"/>
        <source>interviewed by %1</source>
        <translation>geführt von %1</translation>
    </message>
    <message>
        <location filename="../qml/components/InterviewRecord.qml" line="67"/>
        <source>amended after the call</source>
        <translation>nach dem Gespräch nachbearbeitet</translation>
    </message>
    <message>
        <location filename="../qml/components/InterviewRecord.qml" line="81"/>
        <source>Scorecard</source>
        <translation>Bewertungsbogen</translation>
    </message>
    <message>
        <location filename="../qml/components/InterviewRecord.qml" line="94"/>
        <source>Questions</source>
        <translation>Fragen</translation>
    </message>
    <message>
        <location filename="../qml/components/InterviewRecord.qml" line="153"/>
        <source>strong signal</source>
        <translation>starkes Signal</translation>
    </message>
    <message>
        <location filename="../qml/components/InterviewRecord.qml" line="154"/>
        <source>concern</source>
        <translation>Bedenken</translation>
    </message>
    <message>
        <location filename="../qml/components/InterviewRecord.qml" line="194"/>
        <source>**Follow-ups asked:**</source>
        <translation>**Gestellte Nachfragen:**</translation>
    </message>
</context>
<context>
    <name>InterviewRecordModel</name>
    <message>
        <location filename="../models/interviews/interviewrecordmodel.cpp" line="47"/>
        <source>%1:%2 of %3 min</source>
        <translation>%1:%2 von %3 Min.</translation>
    </message>
    <message>
        <location filename="../models/interviews/interviewrecordmodel.cpp" line="72"/>
        <source> (added)</source>
        <translation> (ergänzt)</translation>
    </message>
</context>
<context>
    <name>InterviewRepository</name>
    <message>
        <location filename="../models/storage/interviewrepository.cpp" line="58"/>
        <source>An interview needs the candidate&apos;s name.</source>
        <translation>Ein Interview braucht den Namen der Kandidat:in.</translation>
    </message>
    <message>
        <location filename="../models/storage/interviewrepository.cpp" line="61"/>
        <source>The plan &quot;%1&quot; has no questions to ask.</source>
        <translation>Der Plan „%1“ enthält keine Fragen.</translation>
    </message>
    <message>
        <location filename="../models/storage/interviewrepository.cpp" line="74"/>
        <source>There is no candidate %1 in %2 to interview; pick one from the list or name a new one.</source>
        <translation>Kandidat:in %1 gibt es in %2 nicht; wählen Sie jemanden aus der Liste oder geben Sie einen neuen Namen ein.</translation>
    </message>
    <message>
        <location filename="../models/storage/interviewrepository.cpp" line="372"/>
        <source>The rating of &quot;%1&quot; is %2; a competency is rated %3 to %4.</source>
        <translation>Die Einstufung von „%1“ ist %2; eine Kompetenz wird mit %3 bis %4 eingestuft.</translation>
    </message>
    <message>
        <location filename="../models/storage/interviewrepository.cpp" line="383"/>
        <source>key takeaways</source>
        <translation>wichtigsten Erkenntnisse</translation>
    </message>
    <message>
        <location filename="../models/storage/interviewrepository.cpp" line="384"/>
        <source>pros</source>
        <translation>Stärken</translation>
    </message>
    <message>
        <location filename="../models/storage/interviewrepository.cpp" line="385"/>
        <source>cons</source>
        <translation>Schwächen</translation>
    </message>
    <message>
        <location filename="../models/storage/interviewrepository.cpp" line="388"/>
        <source>The scorecard&apos;s %1 are %2 characters long; at most %3 fit. Shorten them.</source>
        <translation>Die %1 des Bewertungsbogens sind %2 Zeichen lang; höchstens %3 passen hinein. Kürzen Sie sie.</translation>
    </message>
    <message>
        <location filename="../models/storage/interviewrepository.cpp" line="486"/>
        <source>A finished interview needs a recommendation.</source>
        <translation>Ein abgeschlossenes Interview braucht eine Empfehlung.</translation>
    </message>
    <message>
        <location filename="../models/storage/interviewrepository.cpp" line="529"/>
        <source>A score is %1 to %2.</source>
        <translation>Eine Punktzahl liegt zwischen %1 und %2.</translation>
    </message>
    <message>
        <location filename="../models/storage/interviewrepository.cpp" line="575"/>
        <source>A follow-up needs some text.</source>
        <translation>Eine Nachfrage braucht einen Text.</translation>
    </message>
</context>
<context>
    <name>InterviewStart</name>
    <message>
        <location filename="../models/storage/interviewstart.cpp" line="18"/>
        <source>There is no plan with id %1.</source>
        <translation>Es gibt keinen Plan mit der ID %1.</translation>
    </message>
    <message>
        <location filename="../models/storage/interviewstart.cpp" line="28"/>
        <source>The question &quot;%1&quot; is gone from the bank.</source>
        <translation>Die Frage „%1“ ist nicht mehr im Fragenkatalog.</translation>
    </message>
</context>
<context>
    <name>JsonFields</name>
    <message>
        <location filename="../models/formats/jsonfields.cpp" line="26"/>
        <source>a boolean</source>
        <translation>ein Wahrheitswert</translation>
    </message>
    <message>
        <location filename="../models/formats/jsonfields.cpp" line="28"/>
        <source>a number</source>
        <translation>eine Zahl</translation>
    </message>
    <message>
        <location filename="../models/formats/jsonfields.cpp" line="30"/>
        <source>a string</source>
        <translation>eine Zeichenkette</translation>
    </message>
    <message>
        <location filename="../models/formats/jsonfields.cpp" line="32"/>
        <source>a list</source>
        <translation>eine Liste</translation>
    </message>
    <message>
        <location filename="../models/formats/jsonfields.cpp" line="34"/>
        <source>an object</source>
        <translation>ein Objekt</translation>
    </message>
    <message>
        <location filename="../models/formats/jsonfields.cpp" line="38"/>
        <source>missing</source>
        <translation>ein fehlender Wert</translation>
    </message>
    <message>
        <location filename="../models/formats/jsonfields.cpp" line="57"/>
        <source>text (&quot;%1%2&quot;)</source>
        <translation>Text (&quot;%1%2&quot;)</translation>
    </message>
    <message>
        <location filename="../models/formats/jsonfields.cpp" line="78"/>
        <source>line %1, column %2</source>
        <translation>Zeile %1, Spalte %2</translation>
    </message>
    <message>
        <location filename="../models/formats/jsonfields.cpp" line="87"/>
        <source>is not a field of this format (known: %1)</source>
        <translation>ist kein Feld dieses Formats (bekannt: %1)</translation>
    </message>
    <message>
        <location filename="../models/formats/jsonfields.cpp" line="94"/>
        <source>%1: field &quot;%2&quot; %3.</source>
        <translation>%1: Feld &quot;%2&quot; %3.</translation>
    </message>
    <message>
        <location filename="../models/formats/jsonfields.cpp" line="104"/>
        <location filename="../models/formats/jsonfields.cpp" line="115"/>
        <location filename="../models/formats/jsonfields.cpp" line="172"/>
        <source>is missing</source>
        <translation>fehlt</translation>
    </message>
    <message>
        <location filename="../models/formats/jsonfields.cpp" line="105"/>
        <source>must be a string, not %1</source>
        <translation>muss eine Zeichenkette sein, nicht %1</translation>
    </message>
    <message>
        <location filename="../models/formats/jsonfields.cpp" line="122"/>
        <source>must be a whole number, not %1</source>
        <translation>muss eine ganze Zahl sein, nicht %1</translation>
    </message>
    <message>
        <location filename="../models/formats/jsonfields.cpp" line="132"/>
        <source>must be true or false, not %1</source>
        <translation>muss true oder false sein, nicht %1</translation>
    </message>
    <message>
        <location filename="../models/formats/jsonfields.cpp" line="142"/>
        <source>must be a list of strings, not %1</source>
        <translation>muss eine Liste von Zeichenketten sein, nicht %1</translation>
    </message>
    <message>
        <location filename="../models/formats/jsonfields.cpp" line="147"/>
        <source>item %1 must be a string, not %2</source>
        <translation>Eintrag %1 muss eine Zeichenkette sein, nicht %2</translation>
    </message>
    <message>
        <location filename="../models/formats/jsonfields.cpp" line="161"/>
        <source>must be an object, not %1</source>
        <translation>muss ein Objekt sein, nicht %1</translation>
    </message>
    <message>
        <location filename="../models/formats/jsonfields.cpp" line="173"/>
        <source>must be a list, not %1</source>
        <translation>muss eine Liste sein, nicht %1</translation>
    </message>
</context>
<context>
    <name>Language</name>
    <message>
        <location filename="../app/language.cpp" line="117"/>
        <source>Follow the system</source>
        <translation>Systemsprache</translation>
    </message>
</context>
<context>
    <name>ListEditor</name>
    <message>
        <location filename="../qml/components/ListEditor.qml" line="88"/>
        <source>Move up (Alt+Up)</source>
        <translation>Nach oben (Alt+Pfeil hoch)</translation>
    </message>
    <message>
        <location filename="../qml/components/ListEditor.qml" line="96"/>
        <source>Move down (Alt+Down)</source>
        <translation>Nach unten (Alt+Pfeil runter)</translation>
    </message>
    <message>
        <location filename="../qml/components/ListEditor.qml" line="103"/>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
</context>
<context>
    <name>LiveAgenda</name>
    <message>
        <location filename="../qml/components/LiveAgenda.qml" line="21"/>
        <source>Agenda</source>
        <translation>Agenda</translation>
    </message>
    <message>
        <location filename="../qml/components/LiveAgenda.qml" line="42"/>
        <source>current</source>
        <translation>aktuell</translation>
    </message>
    <message>
        <location filename="../qml/components/LiveAgenda.qml" line="43"/>
        <source>done</source>
        <translation>erledigt</translation>
    </message>
    <message>
        <location filename="../qml/components/LiveAgenda.qml" line="44"/>
        <source>skipped</source>
        <translation>übersprungen</translation>
    </message>
    <message>
        <location filename="../qml/components/LiveAgenda.qml" line="44"/>
        <source>pending</source>
        <translation>ausstehend</translation>
    </message>
    <message>
        <location filename="../qml/components/LiveAgenda.qml" line="45"/>
        <source>score %1</source>
        <translation>Bewertung %1</translation>
    </message>
    <message>
        <location filename="../qml/components/LiveAgenda.qml" line="46"/>
        <source>strong signal</source>
        <translation>starkes Signal</translation>
    </message>
    <message>
        <location filename="../qml/components/LiveAgenda.qml" line="47"/>
        <source>concern</source>
        <translation>Bedenken</translation>
    </message>
</context>
<context>
    <name>LiveHeader</name>
    <message>
        <location filename="../qml/components/LiveHeader.qml" line="35"/>
        <source>Agenda</source>
        <translation>Agenda</translation>
    </message>
    <message>
        <location filename="../qml/components/LiveHeader.qml" line="42"/>
        <source>Show or hide the list of questions</source>
        <translation>Fragenliste ein- oder ausblenden</translation>
    </message>
    <message>
        <location filename="../qml/components/LiveHeader.qml" line="65"/>
        <source>paused</source>
        <translation>pausiert</translation>
    </message>
    <message>
        <location filename="../qml/components/LiveHeader.qml" line="69"/>
        <source>amended</source>
        <translation>nachbearbeitet</translation>
    </message>
    <message>
        <location filename="../qml/components/LiveHeader.qml" line="75"/>
        <source>Clock: %1 of %2 min</source>
        <translation>Zeit: %1 von %2 Min.</translation>
    </message>
    <message>
        <location filename="../qml/components/LiveHeader.qml" line="76"/>
        <source>%1 of %2 min</source>
        <translation>%1 von %2 Min.</translation>
    </message>
    <message>
        <location filename="../qml/components/LiveHeader.qml" line="81"/>
        <source>Pace: %1</source>
        <translation>Tempo: %1</translation>
    </message>
    <message>
        <location filename="../qml/components/LiveHeader.qml" line="90"/>
        <source>Resume</source>
        <translation>Fortsetzen</translation>
    </message>
    <message>
        <location filename="../qml/components/LiveHeader.qml" line="90"/>
        <source>Pause</source>
        <translation>Pausieren</translation>
    </message>
    <message>
        <location filename="../qml/components/LiveHeader.qml" line="95"/>
        <source>Stop or restart the clocks (Ctrl+P)</source>
        <translation>Uhren anhalten oder wieder starten (Strg+P)</translation>
    </message>
    <message>
        <location filename="../qml/components/LiveHeader.qml" line="98"/>
        <source>Finish…</source>
        <translation>Abschließen…</translation>
    </message>
    <message>
        <location filename="../qml/components/LiveHeader.qml" line="103"/>
        <source>Recommendation and summary, then end the call (Ctrl+E)</source>
        <translation>Empfehlung und Zusammenfassung, dann das Gespräch beenden (Strg+E)</translation>
    </message>
    <message>
        <location filename="../qml/components/LiveHeader.qml" line="107"/>
        <source>Reopen to amend</source>
        <translation>Zum Nachbearbeiten öffnen</translation>
    </message>
    <message>
        <location filename="../qml/components/LiveHeader.qml" line="110"/>
        <source>Edit the record again; it is marked amended (Ctrl+R)</source>
        <translation>Das Protokoll erneut bearbeiten; es wird als nachbearbeitet markiert (Strg+R)</translation>
    </message>
    <message>
        <location filename="../qml/components/LiveHeader.qml" line="118"/>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <location filename="../qml/components/LiveHeader.qml" line="124"/>
        <source>Keys</source>
        <translation>Tasten</translation>
    </message>
    <message>
        <location filename="../qml/components/LiveHeader.qml" line="128"/>
        <source>Every shortcut of the live view (F1)</source>
        <translation>Alle Tastenkürzel des laufenden Interviews (F1)</translation>
    </message>
</context>
<context>
    <name>LiveInterview</name>
    <message>
        <location filename="../models/interviews/liveinterview.cpp" line="36"/>
        <source>Notes are not reaching the disk (%1); they are kept and tried again.</source>
        <translation>Die Notizen lassen sich nicht auf die Festplatte schreiben (%1); sie bleiben erhalten, und es wird erneut versucht.</translation>
    </message>
    <message>
        <location filename="../models/interviews/liveinterview.cpp" line="159"/>
        <source>On time</source>
        <translation>Im Zeitplan</translation>
    </message>
    <message numerus="yes">
        <location filename="../models/interviews/liveinterview.cpp" line="161"/>
        <source>%n min ahead</source>
        <translation>
            <numerusform>%n Min. voraus</numerusform>
            <numerusform>%n Min. voraus</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../models/interviews/liveinterview.cpp" line="162"/>
        <source>%n min behind</source>
        <translation>
            <numerusform>%n Min. im Verzug</numerusform>
            <numerusform>%n Min. im Verzug</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../models/interviews/liveinterview.cpp" line="190"/>
        <source>Behind with nothing left to skip: shorten the current question.</source>
        <translation>Im Verzug, aber nichts mehr zum Überspringen: Kürzen Sie die aktuelle Frage ab.</translation>
    </message>
    <message numerus="yes">
        <location filename="../models/interviews/liveinterview.cpp" line="191"/>
        <source>Even skipping all that is left (%n min) will not catch up: wrap this question up and keep the rest short.</source>
        <translation>
            <numerusform>Selbst wenn Sie alles Verbleibende überspringen (%n Min.), holen Sie den Rückstand nicht auf: Schließen Sie diese Frage ab und halten Sie den Rest kurz.</numerusform>
            <numerusform>Selbst wenn Sie alles Verbleibende überspringen (%n Min.), holen Sie den Rückstand nicht auf: Schließen Sie diese Frage ab und halten Sie den Rest kurz.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../models/interviews/liveinterview.cpp" line="198"/>
        <source>To catch up, consider skipping: %1</source>
        <translation>Um aufzuholen, können Sie überspringen: %1</translation>
    </message>
    <message>
        <location filename="../models/interviews/liveinterview.cpp" line="219"/>
        <source>The answer shows nothing the question looks for.</source>
        <translation>Die Antwort zeigt nichts von dem, worauf die Frage abzielt.</translation>
    </message>
    <message>
        <location filename="../models/interviews/liveinterview.cpp" line="514"/>
        <source>Choose a recommendation.</source>
        <translation>Wählen Sie eine Empfehlung.</translation>
    </message>
    <message>
        <location filename="../models/interviews/liveinterview.cpp" line="516"/>
        <source>Write a summary for the hiring team.</source>
        <translation>Schreiben Sie eine Zusammenfassung für das Einstellungsteam.</translation>
    </message>
    <message>
        <location filename="../models/interviews/liveinterview.cpp" line="543"/>
        <source>Skipped: %1</source>
        <translation>Übersprungen: %1</translation>
    </message>
    <message>
        <location filename="../models/interviews/liveinterview.cpp" line="545"/>
        <source>Not asked yet: %1</source>
        <translation>Noch nicht gestellt: %1</translation>
    </message>
    <message>
        <location filename="../models/interviews/liveinterview.cpp" line="547"/>
        <source>Asked but not scored: %1</source>
        <translation>Gestellt, aber nicht bewertet: %1</translation>
    </message>
    <message>
        <location filename="../models/interviews/liveinterview.cpp" line="594"/>
        <source>suggested: %1</source>
        <translation>vorgeschlagen: %1</translation>
    </message>
    <message>
        <location filename="../models/interviews/liveinterview.cpp" line="635"/>
        <source>Not rated yet: %1</source>
        <translation>Noch nicht eingestuft: %1</translation>
    </message>
</context>
<context>
    <name>LiveKeys</name>
    <message>
        <location filename="../models/interviews/livekeys.cpp" line="11"/>
        <source>Ctrl+→</source>
        <translation>Strg+→</translation>
    </message>
    <message>
        <location filename="../models/interviews/livekeys.cpp" line="11"/>
        <source>Next question</source>
        <translation>Nächste Frage</translation>
    </message>
    <message>
        <location filename="../models/interviews/livekeys.cpp" line="12"/>
        <source>Ctrl+←</source>
        <translation>Strg+←</translation>
    </message>
    <message>
        <location filename="../models/interviews/livekeys.cpp" line="12"/>
        <source>Previous question</source>
        <translation>Vorherige Frage</translation>
    </message>
    <message>
        <location filename="../models/interviews/livekeys.cpp" line="13"/>
        <source>Ctrl+Shift+S</source>
        <translation>Strg+Umschalt+S</translation>
    </message>
    <message>
        <location filename="../models/interviews/livekeys.cpp" line="13"/>
        <source>Skip this question</source>
        <translation>Diese Frage überspringen</translation>
    </message>
    <message>
        <location filename="../models/interviews/livekeys.cpp" line="14"/>
        <source>Ctrl+1 … Ctrl+4</source>
        <translation>Strg+1 … Strg+4</translation>
    </message>
    <message>
        <location filename="../models/interviews/livekeys.cpp" line="15"/>
        <source>Score: no signal, junior, middle, senior (again clears)</source>
        <translation>Bewertung: kein Signal, Junior, Middle, Senior (erneut drücken löscht)</translation>
    </message>
    <message>
        <location filename="../models/interviews/livekeys.cpp" line="16"/>
        <source>Alt+1 … Alt+9</source>
        <translation>Alt+1 … Alt+9</translation>
    </message>
    <message>
        <location filename="../models/interviews/livekeys.cpp" line="16"/>
        <source>Mark rubric criterion N met</source>
        <translation>Bewertungskriterium N als erfüllt markieren</translation>
    </message>
    <message>
        <location filename="../models/interviews/livekeys.cpp" line="17"/>
        <source>Alt+Shift+1 … 9</source>
        <translation>Alt+Umschalt+1 … 9</translation>
    </message>
    <message>
        <location filename="../models/interviews/livekeys.cpp" line="17"/>
        <source>Mark follow-up N asked</source>
        <translation>Nachfrage N als gestellt markieren</translation>
    </message>
    <message>
        <location filename="../models/interviews/livekeys.cpp" line="18"/>
        <source>Ctrl+Shift+A</source>
        <translation>Strg+Umschalt+A</translation>
    </message>
    <message>
        <location filename="../models/interviews/livekeys.cpp" line="19"/>
        <source>Add a follow-up you asked (Enter adds, Esc goes back)</source>
        <translation>Gestellte Nachfrage hinzufügen (Eingabe fügt hinzu, Esc geht zurück)</translation>
    </message>
    <message>
        <location filename="../models/interviews/livekeys.cpp" line="20"/>
        <source>Ctrl+Shift+1</source>
        <translation>Strg+Umschalt+1</translation>
    </message>
    <message>
        <location filename="../models/interviews/livekeys.cpp" line="20"/>
        <source>Flag: strong signal</source>
        <translation>Markierung: starkes Signal</translation>
    </message>
    <message>
        <location filename="../models/interviews/livekeys.cpp" line="21"/>
        <source>Ctrl+Shift+2</source>
        <translation>Strg+Umschalt+2</translation>
    </message>
    <message>
        <location filename="../models/interviews/livekeys.cpp" line="21"/>
        <source>Flag: concern</source>
        <translation>Markierung: Bedenken</translation>
    </message>
    <message>
        <location filename="../models/interviews/livekeys.cpp" line="22"/>
        <source>Enter</source>
        <translation>Eingabe</translation>
    </message>
    <message>
        <location filename="../models/interviews/livekeys.cpp" line="22"/>
        <source>New notes line, stamped with the time</source>
        <translation>Neue Notizzeile mit Zeitstempel</translation>
    </message>
    <message>
        <location filename="../models/interviews/livekeys.cpp" line="23"/>
        <source>Ctrl+P</source>
        <translation>Strg+P</translation>
    </message>
    <message>
        <location filename="../models/interviews/livekeys.cpp" line="23"/>
        <source>Pause or resume the clocks</source>
        <translation>Uhren anhalten oder fortsetzen</translation>
    </message>
    <message>
        <location filename="../models/interviews/livekeys.cpp" line="24"/>
        <source>Ctrl+E</source>
        <translation>Strg+E</translation>
    </message>
    <message>
        <location filename="../models/interviews/livekeys.cpp" line="24"/>
        <source>Finish: recommendation and summary</source>
        <translation>Abschließen: Empfehlung und Zusammenfassung</translation>
    </message>
    <message>
        <location filename="../models/interviews/livekeys.cpp" line="25"/>
        <source>Ctrl+R</source>
        <translation>Strg+R</translation>
    </message>
    <message>
        <location filename="../models/interviews/livekeys.cpp" line="25"/>
        <source>Reopen a finished interview to amend it</source>
        <translation>Abgeschlossenes Interview zum Nachbearbeiten wieder öffnen</translation>
    </message>
    <message>
        <location filename="../models/interviews/livekeys.cpp" line="26"/>
        <source>Ctrl+PgUp / Ctrl+PgDown</source>
        <translation>Strg+Bild↑ / Strg+Bild↓</translation>
    </message>
    <message>
        <location filename="../models/interviews/livekeys.cpp" line="26"/>
        <source>Previous or next section of the window</source>
        <translation>Vorheriger oder nächster Bereich des Fensters</translation>
    </message>
    <message>
        <location filename="../models/interviews/livekeys.cpp" line="28"/>
        <source>F1</source>
        <translation>F1</translation>
    </message>
    <message>
        <location filename="../models/interviews/livekeys.cpp" line="28"/>
        <source>This sheet</source>
        <translation>Diese Übersicht</translation>
    </message>
</context>
<context>
    <name>LiveNotes</name>
    <message>
        <location filename="../qml/components/LiveNotes.qml" line="48"/>
        <source>Notes · each line stamped with the time</source>
        <translation>Notizen · jede Zeile mit Zeitstempel</translation>
    </message>
    <message>
        <location filename="../qml/components/LiveNotes.qml" line="61"/>
        <source>Notes on question %1 of %2: %3</source>
        <translation>Notizen zu Frage %1 von %2: %3</translation>
    </message>
    <message>
        <location filename="../qml/components/LiveNotes.qml" line="68"/>
        <source>Type while they talk. Enter starts a new stamped line; Ctrl+→ moves on.</source>
        <translation>Schreiben Sie mit, während die Person spricht. Eingabe beginnt eine neue Zeile mit Zeitstempel; Strg+→ geht weiter.</translation>
    </message>
</context>
<context>
    <name>LivePage</name>
    <message>
        <location filename="../qml/pages/LivePage.qml" line="13"/>
        <source>Interview</source>
        <translation>Interview</translation>
    </message>
    <message>
        <location filename="../qml/pages/LivePage.qml" line="128"/>
        <source>No interview running</source>
        <translation>Kein laufendes Interview</translation>
    </message>
    <message>
        <location filename="../qml/pages/LivePage.qml" line="129"/>
        <source>Start one from a plan: open Plans (Ctrl+2), select a plan and press Ctrl+Enter.</source>
        <translation>Starten Sie eines aus einem Plan: Öffnen Sie „Pläne“ (Strg+2), wählen Sie einen Plan und drücken Sie Strg+Eingabe.</translation>
    </message>
    <message>
        <location filename="../qml/pages/LivePage.qml" line="130"/>
        <source>Ctrl+2: plans · Ctrl+Enter: start an interview</source>
        <translation>Strg+2: Pläne · Strg+Eingabe: Interview starten</translation>
    </message>
    <message>
        <location filename="../qml/pages/LivePage.qml" line="151"/>
        <source>Finished — recommendation: %1. %2</source>
        <translation>Abgeschlossen – Empfehlung: %1. %2</translation>
    </message>
</context>
<context>
    <name>LiveQuestion</name>
    <message>
        <location filename="../qml/components/LiveQuestion.qml" line="52"/>
        <source>Question %1 of %2 · %3 of %4 min</source>
        <translation>Frage %1 von %2 · %3 von %4 Min.</translation>
    </message>
    <message>
        <location filename="../qml/components/LiveQuestion.qml" line="71"/>
        <source>Plan note: %1</source>
        <translation>Notiz im Plan: %1</translation>
    </message>
    <message>
        <location filename="../qml/components/LiveQuestion.qml" line="115"/>
        <source>Question</source>
        <translation>Frage</translation>
    </message>
    <message>
        <location filename="../qml/components/LiveQuestion.qml" line="130"/>
        <source>Follow-ups · Alt+Shift+number marks asked</source>
        <translation>Nachfragen · Alt+Umschalt+Ziffer markiert als gestellt</translation>
    </message>
    <message>
        <location filename="../qml/components/LiveQuestion.qml" line="155"/>
        <source>(added)</source>
        <translation>(ergänzt)</translation>
    </message>
    <message>
        <location filename="../qml/components/LiveQuestion.qml" line="166"/>
        <source>Ad-hoc follow-up (Ctrl+Shift+A)</source>
        <translation>Zusätzliche Nachfrage (Strg+Umschalt+A)</translation>
    </message>
    <message>
        <location filename="../qml/components/LiveQuestion.qml" line="167"/>
        <source>Ask something else? Type it and press Enter (Ctrl+Shift+A)</source>
        <translation>Noch etwas gefragt? Eintippen und Eingabe drücken (Strg+Umschalt+A)</translation>
    </message>
    <message>
        <location filename="../qml/components/LiveQuestion.qml" line="191"/>
        <source>Rubric · Alt+number marks met</source>
        <translation>Bewertungskriterien · Alt+Ziffer markiert als erfüllt</translation>
    </message>
</context>
<context>
    <name>LiveScoring</name>
    <message>
        <location filename="../qml/components/LiveScoring.qml" line="17"/>
        <source>Score · Ctrl+1…4</source>
        <translation>Bewertung · Strg+1…4</translation>
    </message>
    <message>
        <location filename="../qml/components/LiveScoring.qml" line="34"/>
        <source>Score %1, %2 (Ctrl+%1)</source>
        <translation>Bewertung %1, %2 (Strg+%1)</translation>
    </message>
    <message>
        <location filename="../qml/components/LiveScoring.qml" line="75"/>
        <source>★ Strong signal</source>
        <translation>★ Starkes Signal</translation>
    </message>
    <message>
        <location filename="../qml/components/LiveScoring.qml" line="85"/>
        <source>Strong signal (Ctrl+Shift+1)</source>
        <translation>Starkes Signal (Strg+Umschalt+1)</translation>
    </message>
    <message>
        <location filename="../qml/components/LiveScoring.qml" line="87"/>
        <source>Ctrl+Shift+1</source>
        <translation>Strg+Umschalt+1</translation>
    </message>
    <message>
        <location filename="../qml/components/LiveScoring.qml" line="91"/>
        <source>⚑ Concern</source>
        <translation>⚑ Bedenken</translation>
    </message>
    <message>
        <location filename="../qml/components/LiveScoring.qml" line="101"/>
        <source>Concern (Ctrl+Shift+2)</source>
        <translation>Bedenken (Strg+Umschalt+2)</translation>
    </message>
    <message>
        <location filename="../qml/components/LiveScoring.qml" line="103"/>
        <source>Ctrl+Shift+2</source>
        <translation>Strg+Umschalt+2</translation>
    </message>
</context>
<context>
    <name>LocalSync</name>
    <message>
        <location filename="../models/storage/localsync.cpp" line="63"/>
        <source>The sync tables hold the kind &quot;%1&quot;, which this version of Panelist does not know; open the database with the Panelist that wrote it.</source>
        <translation>Die Synchronisierungstabellen enthalten die Art „%1“, die diese Version von Panelist nicht kennt; öffnen Sie die Datenbank mit der Panelist-Version, die sie geschrieben hat.</translation>
    </message>
    <message>
        <location filename="../models/storage/localsync.cpp" line="107"/>
        <source>The server address %1 holds a password; Panelist keeps addresses without one. Give the address without the password.</source>
        <translation>Die Serveradresse %1 enthält ein Passwort; Panelist speichert Adressen nur ohne Passwort. Geben Sie die Adresse ohne das Passwort an.</translation>
    </message>
    <message>
        <location filename="../models/storage/localsync.cpp" line="113"/>
        <source>%1 is linked to the team at %2 already; leave that team first.</source>
        <translation>%1 ist bereits mit dem Team unter %2 verbunden; verlassen Sie zuerst dieses Team.</translation>
    </message>
    <message>
        <location filename="../models/storage/localsync.cpp" line="761"/>
        <source>That conflict was resolved already.</source>
        <translation>Dieser Konflikt wurde bereits gelöst.</translation>
    </message>
</context>
<context>
    <name>LoopRow</name>
    <message>
        <location filename="../qml/components/LoopRow.qml" line="40"/>
        <source>(no interviewer named)</source>
        <translation>(keine Interviewer:in angegeben)</translation>
    </message>
    <message>
        <location filename="../qml/components/LoopRow.qml" line="56"/>
        <source>Not started</source>
        <translation>Nicht begonnen</translation>
    </message>
    <message>
        <location filename="../qml/components/LoopRow.qml" line="57"/>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <location filename="../qml/components/LoopRow.qml" line="58"/>
        <source>Started %1</source>
        <translation>Begonnen: %1</translation>
    </message>
    <message>
        <location filename="../qml/components/LoopRow.qml" line="71"/>
        <source>Scorecard in</source>
        <translation>Bogen abgegeben</translation>
    </message>
    <message>
        <location filename="../qml/components/LoopRow.qml" line="77"/>
        <source>Hidden until yours is in</source>
        <translation>Verdeckt bis zu Ihrer Abgabe</translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <location filename="../qml/Main.qml" line="28"/>
        <source>Question bank — Panelist</source>
        <translation>Fragenkatalog — Panelist</translation>
    </message>
    <message>
        <location filename="../qml/Main.qml" line="29"/>
        <source>Interview plans — Panelist</source>
        <translation>Interviewpläne — Panelist</translation>
    </message>
    <message>
        <location filename="../qml/Main.qml" line="30"/>
        <source>Candidates — Panelist</source>
        <translation>Kandidat:innen — Panelist</translation>
    </message>
    <message>
        <location filename="../qml/Main.qml" line="31"/>
        <source>Interview with %1 — Panelist</source>
        <translation>Interview mit %1 — Panelist</translation>
    </message>
    <message>
        <location filename="../qml/Main.qml" line="32"/>
        <source>Interview — Panelist</source>
        <translation>Interview — Panelist</translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/components/WindowHeader.qml" line="76"/>
        <source>Bank · %n question(s)</source>
        <translation>
            <numerusform>Katalog · %n Frage</numerusform>
            <numerusform>Katalog · %n Fragen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PdfInfo</name>
    <message>
        <location filename="../models/formats/pdfinfo.cpp" line="32"/>
        <source>The PDF writer produced no trailer, so the title and author could not be added. This is a bug in Panelist; please report it.</source>
        <translation>Der PDF-Generator hat keinen Trailer erzeugt, daher konnten Titel und Autor nicht eingetragen werden. Dies ist ein Fehler in Panelist; bitte melden Sie ihn.</translation>
    </message>
    <message>
        <location filename="../models/formats/pdfinfo.cpp" line="44"/>
        <source>The PDF writer produced a trailer without /Size, /Root or startxref, so the title and author could not be added. This is a bug in Panelist; please report it.</source>
        <translation>Der PDF-Generator hat einen Trailer ohne /Size, /Root oder startxref erzeugt, daher konnten Titel und Autor nicht eingetragen werden. Dies ist ein Fehler in Panelist; bitte melden Sie ihn.</translation>
    </message>
</context>
<context>
    <name>PdfPreviewPage</name>
    <message>
        <location filename="../qml/pages/PdfPreviewPage.qml" line="12"/>
        <source>PDF preview</source>
        <translation>PDF-Vorschau</translation>
    </message>
    <message>
        <location filename="../qml/pages/PdfPreviewPage.qml" line="53"/>
        <source>‹ Back</source>
        <translation>‹ Zurück</translation>
    </message>
    <message>
        <location filename="../qml/pages/PdfPreviewPage.qml" line="56"/>
        <source>Back to the history (Esc)</source>
        <translation>Zurück zum Verlauf (Esc)</translation>
    </message>
    <message>
        <location filename="../qml/pages/PdfPreviewPage.qml" line="59"/>
        <source>Interview summary</source>
        <translation>Interviewzusammenfassung</translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/pages/PdfPreviewPage.qml" line="66"/>
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n Seite</numerusform>
            <numerusform>%n Seiten</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../qml/pages/PdfPreviewPage.qml" line="72"/>
        <source>Page size: %1</source>
        <translation>Seitenformat: %1</translation>
    </message>
    <message>
        <location filename="../qml/pages/PdfPreviewPage.qml" line="83"/>
        <source>Save PDF…</source>
        <translation>PDF speichern…</translation>
    </message>
    <message>
        <location filename="../qml/pages/PdfPreviewPage.qml" line="89"/>
        <source>Choose where to save it (Ctrl+S)</source>
        <translation>Speicherort wählen (Strg+S)</translation>
    </message>
    <message>
        <location filename="../qml/pages/PdfPreviewPage.qml" line="118"/>
        <source>Save the interview summary</source>
        <translation>Interviewzusammenfassung speichern</translation>
    </message>
    <message>
        <location filename="../qml/pages/PdfPreviewPage.qml" line="119"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
</context>
<context>
    <name>PlanCompetencies</name>
    <message>
        <location filename="../models/domain/plan.cpp" line="20"/>
        <source>(unnamed)</source>
        <translation>(ohne Namen)</translation>
    </message>
    <message>
        <location filename="../models/domain/plan.cpp" line="50"/>
        <source>Plan &quot;%1&quot; names %2 competencies; a scorecard rates at most %3. Remove some or merge them.</source>
        <translation>Plan „%1“ nennt %2 Kompetenzen; ein Bewertungsbogen umfasst höchstens %3. Entfernen Sie einige oder fassen Sie sie zusammen.</translation>
    </message>
    <message>
        <location filename="../models/domain/plan.cpp" line="60"/>
        <source>Plan &quot;%1&quot;: competency %2 has no name. Name it or remove it.</source>
        <translation>Plan „%1“: Kompetenz %2 hat keinen Namen. Benennen oder entfernen Sie sie.</translation>
    </message>
    <message>
        <location filename="../models/domain/plan.cpp" line="67"/>
        <source>Plan &quot;%1&quot;: the name of competency %2 (&quot;%3…&quot;) is longer than %4 characters. Shorten it.</source>
        <translation>Plan „%1“: Der Name der Kompetenz %2 („%3…“) ist länger als %4 Zeichen. Kürzen Sie ihn.</translation>
    </message>
    <message>
        <location filename="../models/domain/plan.cpp" line="74"/>
        <source>Plan &quot;%1&quot;: the description of competency &quot;%2&quot; is longer than %3 characters. Shorten it.</source>
        <translation>Plan „%1“: Die Beschreibung der Kompetenz „%2“ ist länger als %3 Zeichen. Kürzen Sie sie.</translation>
    </message>
    <message>
        <location filename="../models/domain/plan.cpp" line="80"/>
        <source>Plan &quot;%1&quot; names competency &quot;%2&quot; twice. Give each competency its own name.</source>
        <translation>Plan „%1“ nennt die Kompetenz „%2“ zweimal. Geben Sie jeder Kompetenz einen eigenen Namen.</translation>
    </message>
    <message>
        <location filename="../models/domain/plan.cpp" line="88"/>
        <source>Plan &quot;%1&quot;: question %2 (&quot;%3&quot;) names competency %4, but the plan has %5.</source>
        <translation>Plan „%1“: Frage %2 („%3“) nennt Kompetenz %4, der Plan hat aber nur %5.</translation>
    </message>
    <message>
        <location filename="../models/domain/plan.cpp" line="108"/>
        <source>Add at least %1 more competency: a scorecard rates %2 to %3.</source>
        <translation>Fügen Sie mindestens %1 weitere Kompetenz(en) hinzu: Ein Bewertungsbogen umfasst %2 bis %3.</translation>
    </message>
    <message>
        <location filename="../models/domain/plan.cpp" line="112"/>
        <source>Remove %1 of the competencies: a scorecard rates %2 to %3.</source>
        <translation>Entfernen Sie %1 der Kompetenzen: Ein Bewertungsbogen umfasst %2 bis %3.</translation>
    </message>
</context>
<context>
    <name>PlanEditor</name>
    <message>
        <location filename="../models/plans/planeditor.cpp" line="125"/>
        <source>%1 1 question (%2 min)</source>
        <translation>%1: 1 Frage (%2 Min.)</translation>
    </message>
    <message>
        <location filename="../models/plans/planeditor.cpp" line="126"/>
        <source>%1 %2 questions (%3 min)</source>
        <translation>%1: %2 Fragen (%3 Min.)</translation>
    </message>
    <message>
        <location filename="../models/plans/planeditor.cpp" line="136"/>
        <source>1 question counts for no competency</source>
        <translation>1 Frage zählt für keine Kompetenz</translation>
    </message>
    <message>
        <location filename="../models/plans/planeditor.cpp" line="137"/>
        <source>%1 questions count for no competency</source>
        <translation>%1 Fragen zählen für keine Kompetenz</translation>
    </message>
    <message>
        <location filename="../models/plans/planeditor.cpp" line="160"/>
        <location filename="../models/plans/planeditor.cpp" line="177"/>
        <source>That plan no longer exists.</source>
        <translation>Dieser Plan existiert nicht mehr.</translation>
    </message>
    <message>
        <location filename="../models/plans/planeditor.cpp" line="229"/>
        <source>Open a plan first.</source>
        <translation>Öffnen Sie zuerst einen Plan.</translation>
    </message>
    <message>
        <location filename="../models/plans/planeditor.cpp" line="258"/>
        <source>The level must be one of %1, not &quot;%2&quot;.</source>
        <translation>Die Stufe muss einer der Werte %1 sein, nicht „%2“.</translation>
    </message>
    <message>
        <location filename="../models/plans/planeditor.cpp" line="288"/>
        <source>The plan name is %L1 characters long; shorten it to %L2 or fewer.</source>
        <translation>Der Planname ist %L1 Zeichen lang; kürzen Sie ihn auf höchstens %L2.</translation>
    </message>
    <message>
        <location filename="../models/plans/planeditor.cpp" line="298"/>
        <source>The role is %L1 characters long; shorten it to %L2 or fewer.</source>
        <translation>Die Rolle ist %L1 Zeichen lang; kürzen Sie sie auf höchstens %L2.</translation>
    </message>
    <message>
        <location filename="../models/plans/planeditor.cpp" line="327"/>
        <source>The plan has no question at position %1.</source>
        <translation>Der Plan hat keine Frage an Position %1.</translation>
    </message>
    <message>
        <location filename="../models/plans/planeditor.cpp" line="342"/>
        <source>“%1” is already in this plan.</source>
        <translation>„%1“ ist bereits in diesem Plan.</translation>
    </message>
    <message>
        <location filename="../models/plans/planeditor.cpp" line="377"/>
        <source>The note of question %1 is %L2 characters long; shorten it to %L3 or fewer.</source>
        <translation>Die Notiz zu Frage %1 ist %L2 Zeichen lang; kürzen Sie sie auf höchstens %L3.</translation>
    </message>
    <message>
        <location filename="../models/plans/planeditor.cpp" line="443"/>
        <source>A scorecard rates at most %1 competencies; remove one first.</source>
        <translation>Ein Bewertungsbogen umfasst höchstens %1 Kompetenzen; entfernen Sie zuerst eine.</translation>
    </message>
</context>
<context>
    <name>PlanEditorPage</name>
    <message>
        <location filename="../qml/pages/PlanEditorPage.qml" line="13"/>
        <source>Plan editor</source>
        <translation>Planeditor</translation>
    </message>
    <message>
        <location filename="../qml/pages/PlanEditorPage.qml" line="60"/>
        <source>← Plans</source>
        <translation>← Pläne</translation>
    </message>
    <message>
        <location filename="../qml/pages/PlanEditorPage.qml" line="63"/>
        <source>Back to the plans (Esc); everything is already saved</source>
        <translation>Zurück zu den Plänen (Esc); alles ist bereits gespeichert</translation>
    </message>
    <message>
        <location filename="../qml/pages/PlanEditorPage.qml" line="67"/>
        <source>Plan name</source>
        <translation>Name des Plans</translation>
    </message>
    <message>
        <location filename="../qml/pages/PlanEditorPage.qml" line="77"/>
        <location filename="../qml/pages/PlanEditorPage.qml" line="79"/>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <location filename="../qml/pages/PlanEditorPage.qml" line="87"/>
        <source>Level: %1</source>
        <translation>Stufe: %1</translation>
    </message>
    <message>
        <location filename="../qml/pages/PlanEditorPage.qml" line="96"/>
        <source>Target minutes</source>
        <translation>Zieldauer in Minuten</translation>
    </message>
    <message>
        <location filename="../qml/pages/PlanEditorPage.qml" line="104"/>
        <source>min target</source>
        <translation>Min. Zieldauer</translation>
    </message>
    <message>
        <location filename="../qml/pages/PlanEditorPage.qml" line="108"/>
        <source>Undo</source>
        <translation>Rückgängig</translation>
    </message>
    <message>
        <location filename="../qml/pages/PlanEditorPage.qml" line="112"/>
        <source>Undo the last change (Ctrl+Z)</source>
        <translation>Letzte Änderung rückgängig machen (Strg+Z)</translation>
    </message>
    <message>
        <location filename="../qml/pages/PlanEditorPage.qml" line="133"/>
        <source>Search the bank</source>
        <translation>Fragenkatalog durchsuchen</translation>
    </message>
    <message>
        <location filename="../qml/pages/PlanEditorPage.qml" line="137"/>
        <source>Find a question to add (Enter adds it)</source>
        <translation>Frage zum Hinzufügen suchen (Eingabetaste fügt sie hinzu)</translation>
    </message>
    <message>
        <location filename="../qml/pages/PlanEditorPage.qml" line="161"/>
        <source>All categories</source>
        <translation>Alle Kategorien</translation>
    </message>
    <message>
        <location filename="../qml/pages/PlanEditorPage.qml" line="167"/>
        <source>All levels</source>
        <translation>Alle Stufen</translation>
    </message>
    <message>
        <location filename="../qml/pages/PlanEditorPage.qml" line="173"/>
        <source>All kinds</source>
        <translation>Alle Arten</translation>
    </message>
    <message>
        <location filename="../qml/pages/PlanEditorPage.qml" line="179"/>
        <source>All tags</source>
        <translation>Alle Schlagwörter</translation>
    </message>
    <message>
        <location filename="../qml/pages/PlanEditorPage.qml" line="189"/>
        <source>Questions of the bank</source>
        <translation>Fragen im Fragenkatalog</translation>
    </message>
    <message>
        <location filename="../qml/pages/PlanEditorPage.qml" line="222"/>
        <source>%1 of %2 min</source>
        <translation>%1 von %2 Min.</translation>
    </message>
    <message>
        <location filename="../qml/pages/PlanEditorPage.qml" line="237"/>
        <source>%1 min over budget</source>
        <translation>%1 Min. über der Zieldauer</translation>
    </message>
    <message>
        <location filename="../qml/pages/PlanEditorPage.qml" line="238"/>
        <source>%1 min left</source>
        <translation>%1 Min. übrig</translation>
    </message>
    <message>
        <location filename="../qml/pages/PlanEditorPage.qml" line="259"/>
        <source>Questions of the plan</source>
        <translation>Fragen im Plan</translation>
    </message>
    <message>
        <location filename="../qml/pages/PlanEditorPage.qml" line="277"/>
        <source>This plan has no questions yet</source>
        <translation>Dieser Plan hat noch keine Fragen</translation>
    </message>
    <message>
        <location filename="../qml/pages/PlanEditorPage.qml" line="278"/>
        <source>Search the bank on the left and press Enter to add the selected question.</source>
        <translation>Suchen Sie links im Fragenkatalog und drücken Sie die Eingabetaste, um die ausgewählte Frage hinzuzufügen.</translation>
    </message>
    <message>
        <location filename="../qml/pages/PlanEditorPage.qml" line="279"/>
        <source>Ctrl+F: search the bank · Enter: add the question</source>
        <translation>Strg+F: Fragenkatalog durchsuchen · Eingabe: Frage hinzufügen</translation>
    </message>
    <message>
        <location filename="../qml/pages/PlanEditorPage.qml" line="291"/>
        <source>Scorecard competencies</source>
        <translation>Kompetenzen des Bewertungsbogens</translation>
    </message>
    <message>
        <location filename="../qml/pages/PlanEditorPage.qml" line="312"/>
        <source>Competency %1</source>
        <translation>Kompetenz %1</translation>
    </message>
    <message>
        <location filename="../qml/pages/PlanEditorPage.qml" line="325"/>
        <source>%1 questions · Alt+Left/Right moves it</source>
        <translation>%1 Fragen · Alt+Pfeil links/rechts verschiebt sie</translation>
    </message>
    <message>
        <location filename="../qml/pages/PlanEditorPage.qml" line="330"/>
        <source>Remove %1</source>
        <translation>%1 entfernen</translation>
    </message>
    <message>
        <location filename="../qml/pages/PlanEditorPage.qml" line="338"/>
        <source>New competency</source>
        <translation>Neue Kompetenz</translation>
    </message>
    <message>
        <location filename="../qml/pages/PlanEditorPage.qml" line="340"/>
        <source>Add a competency, Enter</source>
        <translation>Kompetenz hinzufügen, Eingabetaste</translation>
    </message>
    <message>
        <location filename="../qml/pages/PlanEditorPage.qml" line="368"/>
        <source>Time by category</source>
        <translation>Zeit nach Kategorie</translation>
    </message>
    <message>
        <location filename="../qml/pages/PlanEditorPage.qml" line="374"/>
        <source>Time by level</source>
        <translation>Zeit nach Stufe</translation>
    </message>
</context>
<context>
    <name>PlanFiles</name>
    <message>
        <location filename="../models/storage/planfiles.cpp" line="25"/>
        <source>%1: unknown file type &quot;%2&quot;; plan files are .json files.</source>
        <translation>%1: unbekannter Dateityp „%2“; Plandateien sind .json-Dateien.</translation>
    </message>
    <message>
        <location filename="../models/storage/planfiles.cpp" line="34"/>
        <source>a plan</source>
        <translation>einen Plan</translation>
    </message>
    <message>
        <location filename="../models/storage/planfiles.cpp" line="59"/>
        <source>Plan &quot;%1&quot;: question &quot;%2&quot; is no longer in the bank.</source>
        <translation>Plan „%1“: Die Frage „%2“ ist nicht mehr im Fragenkatalog.</translation>
    </message>
</context>
<context>
    <name>PlanItemRow</name>
    <message numerus="yes">
        <location filename="../qml/components/PlanItemRow.qml" line="29"/>
        <source>%n min</source>
        <translation>
            <numerusform>%n Min.</numerusform>
            <numerusform>%n Min.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../qml/components/PlanItemRow.qml" line="47"/>
        <source>Drag to move</source>
        <translation>Zum Verschieben ziehen</translation>
    </message>
    <message>
        <location filename="../qml/components/PlanItemRow.qml" line="73"/>
        <source>also earlier in the plan</source>
        <translation>auch weiter oben im Plan</translation>
    </message>
    <message>
        <location filename="../qml/components/PlanItemRow.qml" line="101"/>
        <source>Counts for %1</source>
        <translation>Zählt für %1</translation>
    </message>
    <message>
        <location filename="../qml/components/PlanItemRow.qml" line="108"/>
        <source>Note on %1</source>
        <translation>Notiz zu %1</translation>
    </message>
    <message>
        <location filename="../qml/components/PlanItemRow.qml" line="110"/>
        <source>Private note for the interviewer</source>
        <translation>Private Notiz für die Interviewer:in</translation>
    </message>
    <message>
        <location filename="../qml/components/PlanItemRow.qml" line="139"/>
        <source>Minutes for %1</source>
        <translation>Minuten für %1</translation>
    </message>
    <message>
        <location filename="../qml/components/PlanItemRow.qml" line="142"/>
        <source>min</source>
        <translation>Min.</translation>
    </message>
    <message>
        <location filename="../qml/components/PlanItemRow.qml" line="146"/>
        <source>Move %1 up</source>
        <translation>%1 nach oben verschieben</translation>
    </message>
    <message>
        <location filename="../qml/components/PlanItemRow.qml" line="151"/>
        <source>Move %1 down</source>
        <translation>%1 nach unten verschieben</translation>
    </message>
    <message>
        <location filename="../qml/components/PlanItemRow.qml" line="158"/>
        <source>Remove %1 from the plan</source>
        <translation>%1 aus dem Plan entfernen</translation>
    </message>
    <message>
        <location filename="../qml/components/PlanItemRow.qml" line="160"/>
        <source>Remove from the plan</source>
        <translation>Aus dem Plan entfernen</translation>
    </message>
</context>
<context>
    <name>PlanJson</name>
    <message>
        <location filename="../models/formats/planjson.cpp" line="44"/>
        <source>is not a valid UUID: &quot;%1&quot;; write it as 8-4-4-4-12 hexadecimal digits</source>
        <translation>ist keine gültige UUID: „%1“; schreiben Sie sie als 8-4-4-4-12 Hexadezimalziffern</translation>
    </message>
    <message>
        <location filename="../models/formats/planjson.cpp" line="98"/>
        <source>%1, %2: not valid JSON: %3.</source>
        <translation>%1, %2: kein gültiges JSON: %3.</translation>
    </message>
    <message>
        <location filename="../models/formats/planjson.cpp" line="103"/>
        <source>%1: the top level must be an object with &quot;format&quot;: &quot;panelist-plan&quot;.</source>
        <translation>%1: Die oberste Ebene muss ein Objekt mit &quot;format&quot;: &quot;panelist-plan&quot; sein.</translation>
    </message>
    <message>
        <location filename="../models/formats/planjson.cpp" line="107"/>
        <source>must be &quot;panelist-plan&quot;</source>
        <translation>muss &quot;panelist-plan&quot; sein</translation>
    </message>
    <message>
        <location filename="../models/formats/planjson.cpp" line="112"/>
        <source>is %1, but this Panelist reads plan format version %2; update Panelist</source>
        <translation>ist %1, aber diese Panelist-Version liest Planformat-Version %2; aktualisieren Sie Panelist</translation>
    </message>
    <message>
        <location filename="../models/formats/planjson.cpp" line="117"/>
        <source>is missing</source>
        <translation>fehlt</translation>
    </message>
    <message>
        <location filename="../models/formats/planjson.cpp" line="131"/>
        <source>%1, plan</source>
        <translation>%1, Plan</translation>
    </message>
    <message>
        <location filename="../models/formats/planjson.cpp" line="139"/>
        <source>is empty; a plan needs a name</source>
        <translation>ist leer; ein Plan braucht einen Namen</translation>
    </message>
    <message>
        <location filename="../models/formats/planjson.cpp" line="146"/>
        <source>must be one of %1, not &quot;%2&quot;</source>
        <translation>muss einer der Werte %1 sein, nicht „%2“</translation>
    </message>
    <message>
        <location filename="../models/formats/planjson.cpp" line="151"/>
        <location filename="../models/formats/planjson.cpp" line="211"/>
        <source>must be between %1 and %2, not %3</source>
        <translation>muss zwischen %1 und %2 liegen, nicht %3</translation>
    </message>
    <message>
        <location filename="../models/formats/planjson.cpp" line="160"/>
        <source>%1, plan, competency %2</source>
        <translation>%1, Plan, Kompetenz %2</translation>
    </message>
    <message>
        <location filename="../models/formats/planjson.cpp" line="162"/>
        <location filename="../models/formats/planjson.cpp" line="194"/>
        <source>%1: must be an object, not %2.</source>
        <translation>%1: muss ein Objekt sein, nicht %2.</translation>
    </message>
    <message>
        <location filename="../models/formats/planjson.cpp" line="170"/>
        <source>is empty; a competency needs a name</source>
        <translation>ist leer; eine Kompetenz braucht einen Namen</translation>
    </message>
    <message>
        <location filename="../models/formats/planjson.cpp" line="177"/>
        <source>&quot;%1&quot; is competency %2 already; give each its own name</source>
        <translation>„%1“ ist bereits Kompetenz %2; geben Sie jeder einen eigenen Namen</translation>
    </message>
    <message>
        <location filename="../models/formats/planjson.cpp" line="184"/>
        <source>lists %1; a plan names at most %2</source>
        <translation>enthält %1; ein Plan hat höchstens %2</translation>
    </message>
    <message>
        <location filename="../models/formats/planjson.cpp" line="191"/>
        <source>%1, plan, item %2</source>
        <translation>%1, Plan, Punkt %2</translation>
    </message>
    <message>
        <location filename="../models/formats/planjson.cpp" line="203"/>
        <source>names %1, which is not in &quot;questions&quot;</source>
        <translation>verweist auf %1, das nicht in &quot;questions&quot; steht</translation>
    </message>
    <message>
        <location filename="../models/formats/planjson.cpp" line="224"/>
        <source>names &quot;%1&quot;, which is not one of the plan&apos;s &quot;competencies&quot;</source>
        <translation>verweist auf „%1“, das keine der &quot;competencies&quot; des Plans ist</translation>
    </message>
    <message>
        <location filename="../models/formats/planjson.cpp" line="237"/>
        <source>%1, %2: no item of the plan uses this question.</source>
        <translation>%1, %2: Kein Punkt des Plans verwendet diese Frage.</translation>
    </message>
</context>
<context>
    <name>PlanRepository</name>
    <message>
        <location filename="../models/storage/planrepository.cpp" line="30"/>
        <source> (copy)</source>
        <translation> (Kopie)</translation>
    </message>
    <message>
        <location filename="../models/storage/planrepository.cpp" line="41"/>
        <source>A plan needs a name.</source>
        <translation>Ein Plan braucht einen Namen.</translation>
    </message>
    <message>
        <location filename="../models/storage/planrepository.cpp" line="43"/>
        <source>The target must be between %1 and %2 minutes.</source>
        <translation>Die Zieldauer muss zwischen %1 und %2 Minuten liegen.</translation>
    </message>
    <message>
        <location filename="../models/storage/planrepository.cpp" line="51"/>
        <source>Minutes must be between %1 and %2.</source>
        <translation>Die Minuten müssen zwischen %1 und %2 liegen.</translation>
    </message>
    <message>
        <location filename="../models/storage/planrepository.cpp" line="196"/>
        <source>The plan has no competency %1; choose one of its competencies.</source>
        <translation>Der Plan hat keine Kompetenz %1; wählen Sie eine seiner Kompetenzen.</translation>
    </message>
    <message>
        <location filename="../models/storage/planrepository.cpp" line="246"/>
        <location filename="../models/storage/planrepository.cpp" line="326"/>
        <location filename="../models/storage/planrepository.cpp" line="484"/>
        <source>That plan no longer exists.</source>
        <translation>Dieser Plan existiert nicht mehr.</translation>
    </message>
    <message>
        <location filename="../models/storage/planrepository.cpp" line="254"/>
        <source>That question is no longer in the plan.</source>
        <translation>Diese Frage ist nicht mehr im Plan.</translation>
    </message>
    <message>
        <location filename="../models/storage/planrepository.cpp" line="373"/>
        <source>That question is no longer in the bank.</source>
        <translation>Diese Frage ist nicht mehr im Fragenkatalog.</translation>
    </message>
    <message>
        <location filename="../models/storage/planrepository.cpp" line="375"/>
        <source>“%1” is archived; restore it to use it in a plan.</source>
        <translation>„%1“ ist archiviert; stellen Sie die Frage wieder her, um sie in einem Plan zu verwenden.</translation>
    </message>
    <message>
        <location filename="../models/storage/planrepository.cpp" line="414"/>
        <source>The plan has no question at position %1.</source>
        <translation>Der Plan hat keine Frage an Position %1.</translation>
    </message>
    <message>
        <location filename="../models/storage/planrepository.cpp" line="455"/>
        <source>A question of this plan is no longer in the bank.</source>
        <translation>Eine Frage dieses Plans ist nicht mehr im Fragenkatalog.</translation>
    </message>
    <message>
        <location filename="../models/storage/planrepository.cpp" line="588"/>
        <source>Plan &quot;%1&quot;: question %2 is neither in the file nor in the bank.</source>
        <translation>Plan „%1“: Frage %2 ist weder in der Datei noch im Fragenkatalog.</translation>
    </message>
</context>
<context>
    <name>PlanRow</name>
    <message numerus="yes">
        <location filename="../qml/components/PlanRow.qml" line="29"/>
        <source>%1 / %2 min, %n question(s)</source>
        <translation>
            <numerusform>%1 / %2 Min., %n Frage</numerusform>
            <numerusform>%1 / %2 Min., %n Fragen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/components/PlanRow.qml" line="68"/>
        <source>%1 / %2 min
%n question(s)</source>
        <translation>
            <numerusform>%1 / %2 Min.
%n Frage</numerusform>
            <numerusform>%1 / %2 Min.
%n Fragen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PlansPage</name>
    <message>
        <location filename="../qml/pages/PlansPage.qml" line="12"/>
        <source>Interview plans</source>
        <translation>Interviewpläne</translation>
    </message>
    <message>
        <location filename="../qml/pages/PlansPage.qml" line="63"/>
        <location filename="../qml/pages/PlansPage.qml" line="154"/>
        <source>New plan</source>
        <translation>Neuer Plan</translation>
    </message>
    <message>
        <location filename="../qml/pages/PlansPage.qml" line="66"/>
        <source>New plan (Ctrl+N)</source>
        <translation>Neuer Plan (Strg+N)</translation>
    </message>
    <message>
        <location filename="../qml/pages/PlansPage.qml" line="69"/>
        <source>Open</source>
        <translation>Öffnen</translation>
    </message>
    <message>
        <location filename="../qml/pages/PlansPage.qml" line="73"/>
        <source>Open the selected plan (Enter)</source>
        <translation>Ausgewählten Plan öffnen (Eingabe)</translation>
    </message>
    <message>
        <location filename="../qml/pages/PlansPage.qml" line="76"/>
        <source>Duplicate</source>
        <translation>Duplizieren</translation>
    </message>
    <message>
        <location filename="../qml/pages/PlansPage.qml" line="80"/>
        <source>Copy the selected plan (Ctrl+D)</source>
        <translation>Ausgewählten Plan kopieren (Strg+D)</translation>
    </message>
    <message>
        <location filename="../qml/pages/PlansPage.qml" line="83"/>
        <source>Delete…</source>
        <translation>Löschen…</translation>
    </message>
    <message>
        <location filename="../qml/pages/PlansPage.qml" line="89"/>
        <source>Start interview…</source>
        <translation>Interview starten…</translation>
    </message>
    <message>
        <location filename="../qml/pages/PlansPage.qml" line="95"/>
        <source>Run the selected plan with a candidate (Ctrl+Enter)</source>
        <translation>Ausgewählten Plan mit einer Kandidat:in durchführen (Strg+Eingabe)</translation>
    </message>
    <message>
        <location filename="../qml/pages/PlansPage.qml" line="114"/>
        <source>Plans</source>
        <translation>Pläne</translation>
    </message>
    <message>
        <location filename="../qml/pages/PlansPage.qml" line="142"/>
        <source>No plans yet</source>
        <translation>Noch keine Pläne</translation>
    </message>
    <message>
        <location filename="../qml/pages/PlansPage.qml" line="143"/>
        <source>A plan is the structured interview every candidate of a role gets. Create one with New plan (Ctrl+N).</source>
        <translation>Ein Plan ist das strukturierte Interview, das alle Kandidat:innen einer Rolle bekommen. Erstellen Sie einen mit „Neuer Plan“ (Strg+N).</translation>
    </message>
    <message>
        <location filename="../qml/pages/PlansPage.qml" line="144"/>
        <source>Ctrl+N: new plan</source>
        <translation>Strg+N: neuer Plan</translation>
    </message>
    <message>
        <location filename="../qml/pages/PlansPage.qml" line="181"/>
        <source>Plan name</source>
        <translation>Name des Plans</translation>
    </message>
    <message>
        <location filename="../qml/pages/PlansPage.qml" line="182"/>
        <source>Name, e.g. Senior Python — 60 min technical</source>
        <translation>Name, z. B. Senior Python — 60 Min. Fachinterview</translation>
    </message>
    <message>
        <location filename="../qml/pages/PlansPage.qml" line="191"/>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <location filename="../qml/pages/PlansPage.qml" line="192"/>
        <source>Role, e.g. Senior Python developer</source>
        <translation>Rolle, z. B. Senior-Python-Entwickler:in</translation>
    </message>
    <message>
        <location filename="../qml/pages/PlansPage.qml" line="199"/>
        <source>Level</source>
        <translation>Stufe</translation>
    </message>
    <message>
        <location filename="../qml/pages/PlansPage.qml" line="202"/>
        <source>Level: %1</source>
        <translation>Stufe: %1</translation>
    </message>
    <message>
        <location filename="../qml/pages/PlansPage.qml" line="208"/>
        <source>Minutes</source>
        <translation>Minuten</translation>
    </message>
    <message>
        <location filename="../qml/pages/PlansPage.qml" line="233"/>
        <location filename="../qml/pages/PlansPage.qml" line="260"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../qml/pages/PlansPage.qml" line="239"/>
        <source>Create</source>
        <translation>Erstellen</translation>
    </message>
    <message>
        <location filename="../qml/pages/PlansPage.qml" line="252"/>
        <source>Delete this plan?</source>
        <translation>Diesen Plan löschen?</translation>
    </message>
    <message>
        <location filename="../qml/pages/PlansPage.qml" line="256"/>
        <source>The plan goes; interviews already run from it keep everything they recorded.</source>
        <translation>Der Plan wird gelöscht; bereits damit geführte Interviews behalten alles, was sie aufgezeichnet haben.</translation>
    </message>
    <message>
        <location filename="../qml/pages/PlansPage.qml" line="265"/>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
</context>
<context>
    <name>QmlVocabulary</name>
    <message>
        <location filename="../models/common/qmlvocabulary.cpp" line="133"/>
        <source>%1 · score %2</source>
        <translation>%1 · Punktzahl %2</translation>
    </message>
</context>
<context>
    <name>QuestionBank</name>
    <message>
        <location filename="../models/bank/questionbank.cpp" line="37"/>
        <source>A teammate changed “%1” while you edited it: their text is current here and yours is kept as a conflict to resolve (the header&apos;s conflicts).</source>
        <translation>Jemand aus dem Team hat „%1“ geändert, während Sie die Frage bearbeitet haben: Dessen Text ist hier jetzt aktuell, Ihrer wird als zu lösender Konflikt aufbewahrt (Konflikte in der Kopfzeile).</translation>
    </message>
    <message>
        <location filename="../models/bank/questionbank.cpp" line="119"/>
        <source>Archived “%1”.</source>
        <translation>„%1“ archiviert.</translation>
    </message>
    <message>
        <location filename="../models/bank/questionbank.cpp" line="119"/>
        <source>Restored “%1”.</source>
        <translation>„%1“ wiederhergestellt.</translation>
    </message>
    <message>
        <location filename="../models/bank/questionbank.cpp" line="135"/>
        <source>Deleted “%1”.</source>
        <translation>„%1“ gelöscht.</translation>
    </message>
    <message numerus="yes">
        <location filename="../models/bank/questionbank.cpp" line="147"/>
        <source>Exported %n question(s) to %1.</source>
        <translation>
            <numerusform>%n Frage nach %1 exportiert.</numerusform>
            <numerusform>%n Fragen nach %1 exportiert.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>QuestionDelegate</name>
    <message>
        <location filename="../qml/components/QuestionDelegate.qml" line="34"/>
        <location filename="../qml/components/QuestionDelegate.qml" line="74"/>
        <source>archived</source>
        <translation>archiviert</translation>
    </message>
    <message>
        <location filename="../qml/components/QuestionDelegate.qml" line="35"/>
        <location filename="../qml/components/QuestionDelegate.qml" line="76"/>
        <source>%1 · %2 min</source>
        <translation>%1 · %2 Min.</translation>
    </message>
</context>
<context>
    <name>QuestionDetail</name>
    <message>
        <location filename="../qml/components/QuestionDetail.qml" line="26"/>
        <source>No question selected</source>
        <translation>Keine Frage ausgewählt</translation>
    </message>
    <message>
        <location filename="../qml/components/QuestionDetail.qml" line="27"/>
        <source>Pick a question on the left, or type in the search field to find one.</source>
        <translation>Wählen Sie links eine Frage aus oder geben Sie etwas in das Suchfeld ein, um eine zu finden.</translation>
    </message>
    <message>
        <location filename="../qml/components/QuestionDetail.qml" line="28"/>
        <source>Ctrl+F: search · Up / Down: move through the list</source>
        <translation>Strg+F: suchen · Pfeil hoch / runter: durch die Liste gehen</translation>
    </message>
    <message>
        <location filename="../qml/components/QuestionDetail.qml" line="60"/>
        <source>archived</source>
        <translation>archiviert</translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/components/QuestionDetail.qml" line="64"/>
        <source>%n min</source>
        <translation>
            <numerusform>%n Min.</numerusform>
            <numerusform>%n Min.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../qml/components/QuestionDetail.qml" line="75"/>
        <location filename="../qml/components/QuestionDetail.qml" line="81"/>
        <source>Question</source>
        <translation>Frage</translation>
    </message>
    <message>
        <location filename="../qml/components/QuestionDetail.qml" line="98"/>
        <source>Follow-ups</source>
        <translation>Nachfragen</translation>
    </message>
    <message>
        <location filename="../qml/components/QuestionDetail.qml" line="118"/>
        <source>Follow-up %1: %2</source>
        <translation>Nachfrage %1: %2</translation>
    </message>
    <message>
        <location filename="../qml/components/QuestionDetail.qml" line="130"/>
        <source>Rubric criteria</source>
        <translation>Bewertungskriterien</translation>
    </message>
    <message>
        <location filename="../qml/components/QuestionDetail.qml" line="147"/>
        <source>Criterion: %1</source>
        <translation>Kriterium: %1</translation>
    </message>
    <message>
        <location filename="../qml/components/QuestionDetail.qml" line="158"/>
        <source>What each level sounds like</source>
        <translation>So klingen die Stufen</translation>
    </message>
    <message>
        <location filename="../qml/components/QuestionDetail.qml" line="200"/>
        <location filename="../qml/components/QuestionDetail.qml" line="208"/>
        <source>Reference answer</source>
        <translation>Musterantwort</translation>
    </message>
</context>
<context>
    <name>QuestionEditor</name>
    <message>
        <location filename="../models/bank/questioneditor.cpp" line="119"/>
        <source>That question no longer exists.</source>
        <translation>Diese Frage existiert nicht mehr.</translation>
    </message>
    <message>
        <location filename="../models/bank/questioneditor.cpp" line="143"/>
        <source> (copy)</source>
        <translation> (Kopie)</translation>
    </message>
    <message>
        <location filename="../models/bank/questioneditor.cpp" line="233"/>
        <source>A title is required.</source>
        <translation>Ein Titel ist erforderlich.</translation>
    </message>
    <message>
        <location filename="../models/bank/questioneditor.cpp" line="235"/>
        <source>The title is %L1 characters long; shorten it to %L2 or fewer.</source>
        <translation>Der Titel ist %L1 Zeichen lang; kürzen Sie ihn auf höchstens %L2.</translation>
    </message>
    <message>
        <location filename="../models/bank/questioneditor.cpp" line="244"/>
        <source>Choose or type a category.</source>
        <translation>Wählen Sie eine Kategorie oder geben Sie eine ein.</translation>
    </message>
    <message>
        <location filename="../models/bank/questioneditor.cpp" line="246"/>
        <source>The category name is %L1 characters long; shorten it to %L2 or fewer.</source>
        <translation>Der Kategoriename ist %L1 Zeichen lang; kürzen Sie ihn auf höchstens %L2.</translation>
    </message>
    <message>
        <location filename="../models/bank/questioneditor.cpp" line="254"/>
        <source>Minutes must be between %1 and %2.</source>
        <translation>Die Minuten müssen zwischen %1 und %2 liegen.</translation>
    </message>
    <message>
        <location filename="../models/bank/questioneditor.cpp" line="263"/>
        <source>This question has %1 tags; remove some to keep %2 or fewer.</source>
        <translation>Diese Frage hat %1 Schlagwörter; entfernen Sie einige, sodass höchstens %2 bleiben.</translation>
    </message>
    <message>
        <location filename="../models/bank/questioneditor.cpp" line="269"/>
        <source>The tag “%1” is %L2 characters long; tags are at most %L3.</source>
        <translation>Das Schlagwort „%1“ ist %L2 Zeichen lang; Schlagwörter haben höchstens %L3.</translation>
    </message>
    <message>
        <location filename="../models/bank/questioneditor.cpp" line="281"/>
        <source>The prompt is %L1 characters long; shorten it to %L2 or fewer.</source>
        <translation>Der Fragetext ist %L1 Zeichen lang; kürzen Sie ihn auf höchstens %L2.</translation>
    </message>
    <message>
        <location filename="../models/bank/questioneditor.cpp" line="290"/>
        <source>The reference answer is %L1 characters long; shorten it to %L2 or fewer.</source>
        <translation>Die Musterantwort ist %L1 Zeichen lang; kürzen Sie sie auf höchstens %L2.</translation>
    </message>
    <message>
        <location filename="../models/bank/questioneditor.cpp" line="299"/>
        <source>The junior anchor is %L1 characters long; shorten it to %L2 or fewer.</source>
        <translation>Der Junior-Anker ist %L1 Zeichen lang; kürzen Sie ihn auf höchstens %L2.</translation>
    </message>
    <message>
        <location filename="../models/bank/questioneditor.cpp" line="308"/>
        <source>The middle anchor is %L1 characters long; shorten it to %L2 or fewer.</source>
        <translation>Der Middle-Anker ist %L1 Zeichen lang; kürzen Sie ihn auf höchstens %L2.</translation>
    </message>
    <message>
        <location filename="../models/bank/questioneditor.cpp" line="317"/>
        <source>The senior anchor is %L1 characters long; shorten it to %L2 or fewer.</source>
        <translation>Der Senior-Anker ist %L1 Zeichen lang; kürzen Sie ihn auf höchstens %L2.</translation>
    </message>
    <message>
        <location filename="../models/bank/questioneditor.cpp" line="326"/>
        <source>This question has %1 follow-ups; remove some to keep %2 or fewer.</source>
        <translation>Diese Frage hat %1 Nachfragen; entfernen Sie einige, sodass höchstens %2 bleiben.</translation>
    </message>
    <message>
        <location filename="../models/bank/questioneditor.cpp" line="332"/>
        <source>Follow-up %1 is %L2 characters long; shorten it to %L3 or fewer.</source>
        <translation>Nachfrage %1 ist %L2 Zeichen lang; kürzen Sie sie auf höchstens %L3.</translation>
    </message>
    <message>
        <location filename="../models/bank/questioneditor.cpp" line="344"/>
        <source>Add at least one rubric criterion.</source>
        <translation>Fügen Sie mindestens ein Bewertungskriterium hinzu.</translation>
    </message>
    <message>
        <location filename="../models/bank/questioneditor.cpp" line="346"/>
        <source>This question has %1 criteria; remove some to keep %2 or fewer.</source>
        <translation>Diese Frage hat %1 Kriterien; entfernen Sie einige, sodass höchstens %2 bleiben.</translation>
    </message>
    <message>
        <location filename="../models/bank/questioneditor.cpp" line="352"/>
        <source>Criterion %1 is %L2 characters long; shorten it to %L3 or fewer.</source>
        <translation>Kriterium %1 ist %L2 Zeichen lang; kürzen Sie es auf höchstens %L3.</translation>
    </message>
    <message>
        <location filename="../models/bank/questioneditor.cpp" line="379"/>
        <source>Fix the marked fields before saving.</source>
        <translation>Korrigieren Sie vor dem Speichern die markierten Felder.</translation>
    </message>
    <message>
        <location filename="../models/bank/questioneditor.cpp" line="395"/>
        <source>This question</source>
        <translation>Diese Frage</translation>
    </message>
    <message>
        <location filename="../models/bank/questioneditor.cpp" line="468"/>
        <source>Could not keep a draft: %1</source>
        <translation>Es konnte kein Entwurf gespeichert werden: %1</translation>
    </message>
</context>
<context>
    <name>RefusedReply</name>
    <message>
        <location filename="../app/offlinenetwork.cpp" line="30"/>
        <source>Panelist works offline; %1 was not loaded.</source>
        <translation>Panelist arbeitet offline; %1 wurde nicht geladen.</translation>
    </message>
</context>
<context>
    <name>ReportText</name>
    <message>
        <location filename="../models/formats/interviewpdf.cpp" line="57"/>
        <source>INTERVIEW SUMMARY</source>
        <translation>INTERVIEWZUSAMMENFASSUNG</translation>
    </message>
    <message>
        <location filename="../models/formats/interviewpdf.cpp" line="59"/>
        <source>Unnamed candidate</source>
        <translation>Kandidat:in ohne Namen</translation>
    </message>
    <message>
        <location filename="../models/formats/interviewpdf.cpp" line="68"/>
        <source>%1 of %2 min planned</source>
        <translation>%1 von %2 Min. geplant</translation>
    </message>
    <message>
        <location filename="../models/formats/interviewpdf.cpp" line="72"/>
        <source> (in progress)</source>
        <translation> (läuft noch)</translation>
    </message>
    <message>
        <location filename="../models/formats/interviewpdf.cpp" line="75"/>
        <source>INTERVIEWER</source>
        <translation>INTERVIEWER:IN</translation>
    </message>
    <message>
        <location filename="../models/formats/interviewpdf.cpp" line="76"/>
        <location filename="../models/formats/interviewpdf.cpp" line="81"/>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <location filename="../models/formats/interviewpdf.cpp" line="78"/>
        <source>DATE</source>
        <translation>DATUM</translation>
    </message>
    <message>
        <location filename="../models/formats/interviewpdf.cpp" line="79"/>
        <source>DURATION</source>
        <translation>DAUER</translation>
    </message>
    <message>
        <location filename="../models/formats/interviewpdf.cpp" line="80"/>
        <source>PLAN</source>
        <translation>PLAN</translation>
    </message>
    <message>
        <location filename="../models/formats/interviewpdf.cpp" line="147"/>
        <source>No recommendation</source>
        <translation>Keine Empfehlung</translation>
    </message>
    <message>
        <location filename="../models/formats/interviewpdf.cpp" line="148"/>
        <source>Interview in progress</source>
        <translation>Interview läuft</translation>
    </message>
    <message>
        <location filename="../models/formats/interviewpdf.cpp" line="154"/>
        <source>RECOMMENDATION</source>
        <translation>EMPFEHLUNG</translation>
    </message>
    <message>
        <location filename="../models/formats/interviewpdf.cpp" line="172"/>
        <source>Amended after the call</source>
        <translation>Nach dem Gespräch geändert</translation>
    </message>
    <message>
        <location filename="../models/formats/interviewpdf.cpp" line="174"/>
        <source>Not finished yet</source>
        <translation>Noch nicht abgeschlossen</translation>
    </message>
    <message>
        <location filename="../models/formats/interviewpdf.cpp" line="189"/>
        <source>SUMMARY</source>
        <translation>ZUSAMMENFASSUNG</translation>
    </message>
    <message>
        <location filename="../models/formats/interviewpdf.cpp" line="206"/>
        <source>Scorecard</source>
        <translation>Bewertungsbogen</translation>
    </message>
    <message>
        <location filename="../models/formats/interviewpdf.cpp" line="207"/>
        <source>Scorecard (not submitted yet)</source>
        <translation>Bewertungsbogen (noch nicht abgegeben)</translation>
    </message>
    <message>
        <location filename="../models/formats/interviewpdf.cpp" line="210"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../models/formats/interviewpdf.cpp" line="213"/>
        <source>  (suggested: %1)</source>
        <translation>  (Vorschlag: %1)</translation>
    </message>
    <message>
        <location filename="../models/formats/interviewpdf.cpp" line="218"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../models/formats/interviewpdf.cpp" line="222"/>
        <source>No question of the plan counts for it.</source>
        <translation>Keine Frage des Plans zählt für diese Kompetenz.</translation>
    </message>
    <message>
        <location filename="../models/formats/interviewpdf.cpp" line="223"/>
        <source>Evidence: %1</source>
        <translation>Belege: %1</translation>
    </message>
    <message>
        <location filename="../models/formats/interviewpdf.cpp" line="231"/>
        <source>KEY TAKEAWAYS</source>
        <translation>WICHTIGSTE ERKENNTNISSE</translation>
    </message>
    <message>
        <location filename="../models/formats/interviewpdf.cpp" line="232"/>
        <source>PROS</source>
        <translation>STÄRKEN</translation>
    </message>
    <message>
        <location filename="../models/formats/interviewpdf.cpp" line="233"/>
        <source>CONS</source>
        <translation>SCHWÄCHEN</translation>
    </message>
    <message>
        <location filename="../models/formats/interviewpdf.cpp" line="257"/>
        <source>Scores by category</source>
        <translation>Bewertungen nach Kategorie</translation>
    </message>
    <message>
        <location filename="../models/formats/interviewpdf.cpp" line="296"/>
        <source>Uncategorised</source>
        <translation>Ohne Kategorie</translation>
    </message>
    <message>
        <location filename="../models/formats/interviewpdf.cpp" line="299"/>
        <source>%1  (%2 of %3)</source>
        <translation>%1  (%2 von %3)</translation>
    </message>
    <message>
        <location filename="../models/formats/interviewpdf.cpp" line="303"/>
        <source>not scored</source>
        <translation>nicht bewertet</translation>
    </message>
    <message>
        <location filename="../models/formats/interviewpdf.cpp" line="338"/>
        <source>Overall %1 average over %2 of %3 questions scored</source>
        <translation>Gesamtdurchschnitt %1, %2 von %3 Fragen bewertet</translation>
    </message>
    <message>
        <location filename="../models/formats/interviewpdf.cpp" line="342"/>
        <source>No question scored</source>
        <translation>Keine Frage bewertet</translation>
    </message>
    <message>
        <location filename="../models/formats/interviewpdf.cpp" line="343"/>
        <source>1 strong signal</source>
        <translation>1 starkes Signal</translation>
    </message>
    <message>
        <location filename="../models/formats/interviewpdf.cpp" line="344"/>
        <source>%1 strong signals</source>
        <translation>%1 starke Signale</translation>
    </message>
    <message>
        <location filename="../models/formats/interviewpdf.cpp" line="345"/>
        <source>1 concern</source>
        <translation>1 Bedenken</translation>
    </message>
    <message>
        <location filename="../models/formats/interviewpdf.cpp" line="346"/>
        <source>%1 concerns</source>
        <translation>%1 Bedenken</translation>
    </message>
    <message>
        <location filename="../models/formats/interviewpdf.cpp" line="355"/>
        <location filename="../models/formats/interviewpdf.cpp" line="378"/>
        <source>Interview summary — %1</source>
        <translation>Interviewzusammenfassung — %1</translation>
    </message>
    <message>
        <location filename="../models/formats/interviewpdf.cpp" line="356"/>
        <source>Confidential — candidate data</source>
        <translation>Vertraulich — Daten der Kandidat:in</translation>
    </message>
    <message>
        <location filename="../models/formats/reportstyle.cpp" line="46"/>
        <source>d MMMM yyyy, HH:mm</source>
        <comment>QDateTime format of the reports&apos; dates</comment>
        <translation>d. MMMM yyyy, HH:mm</translation>
    </message>
    <message>
        <location filename="../models/formats/reportstyle.cpp" line="72"/>
        <source>Page %1 of %2</source>
        <translation>Seite %1 von %2</translation>
    </message>
    <message>
        <location filename="../models/formats/interviewpdf.cpp" line="375"/>
        <source>Writing a PDF needs the graphical application (fonts).</source>
        <translation>Zum Schreiben einer PDF-Datei wird die grafische Anwendung benötigt (Schriftarten).</translation>
    </message>
    <message>
        <location filename="../models/formats/interviewpdf.cpp" line="400"/>
        <source>Questions</source>
        <translation>Fragen</translation>
    </message>
    <message>
        <location filename="../models/formats/interviewpdf.cpp" line="404"/>
        <source>This interview has no questions.</source>
        <translation>Dieses Interview hat keine Fragen.</translation>
    </message>
    <message>
        <location filename="../models/formats/interviewpdf.cpp" line="411"/>
        <source>The PDF writer could not start.</source>
        <translation>Der PDF-Generator konnte nicht gestartet werden.</translation>
    </message>
    <message>
        <location filename="../models/formats/interviewpdf.cpp" line="416"/>
        <source>Interview summary</source>
        <translation>Interviewzusammenfassung</translation>
    </message>
    <message>
        <location filename="../models/formats/reportquestion.cpp" line="57"/>
        <source>Untitled question</source>
        <translation>Frage ohne Titel</translation>
    </message>
    <message>
        <location filename="../models/formats/reportquestion.cpp" line="83"/>
        <source>%1. %2 (continued)</source>
        <translation>%1. %2 (Fortsetzung)</translation>
    </message>
    <message>
        <location filename="../models/formats/reportquestion.cpp" line="95"/>
        <source>%1 of %2 min</source>
        <translation>%1 von %2 Min.</translation>
    </message>
    <message>
        <location filename="../models/formats/reportquestion.cpp" line="100"/>
        <source>%1 over</source>
        <translation>%1 überzogen</translation>
    </message>
    <message>
        <location filename="../models/formats/reportquestion.cpp" line="110"/>
        <source>In progress</source>
        <translation>Läuft</translation>
    </message>
    <message>
        <location filename="../models/formats/reportquestion.cpp" line="122"/>
        <source>Score %1 of %2 — %3</source>
        <translation>Punktzahl %1 von %2 — %3</translation>
    </message>
    <message>
        <location filename="../models/formats/reportquestion.cpp" line="146"/>
        <source>▲ Strong signal</source>
        <translation>▲ Starkes Signal</translation>
    </message>
    <message>
        <location filename="../models/formats/reportquestion.cpp" line="148"/>
        <source>■ Concern</source>
        <translation>■ Bedenken</translation>
    </message>
    <message>
        <location filename="../models/formats/reportquestion.cpp" line="183"/>
        <source>RUBRIC — %1 OF %2 MET</source>
        <translation>BEWERTUNGSKRITERIEN — %1 VON %2 ERFÜLLT</translation>
    </message>
    <message>
        <location filename="../models/formats/reportquestion.cpp" line="198"/>
        <source>FOLLOW-UPS ASKED</source>
        <translation>GESTELLTE NACHFRAGEN</translation>
    </message>
    <message>
        <location filename="../models/formats/reportquestion.cpp" line="206"/>
        <source>ad hoc</source>
        <translation>spontan</translation>
    </message>
    <message>
        <location filename="../models/formats/reportquestion.cpp" line="218"/>
        <source>NOTES</source>
        <translation>NOTIZEN</translation>
    </message>
    <message>
        <location filename="../models/formats/reportstyle.cpp" line="42"/>
        <source>not started</source>
        <translation>nicht begonnen</translation>
    </message>
</context>
<context>
    <name>RowText</name>
    <message>
        <location filename="../models/storage/row.cpp" line="44"/>
        <source>%1: a query of Panelist reads the column %2, which it does not return. This is a bug in Panelist; please report it.</source>
        <translation>%1: Eine Abfrage von Panelist liest die Spalte %2, die sie nicht liefert. Dies ist ein Fehler in Panelist; bitte melden Sie ihn.</translation>
    </message>
</context>
<context>
    <name>SafeText</name>
    <message>
        <location filename="../models/common/safetext.cpp" line="89"/>
        <source>[image]</source>
        <translation>[Bild]</translation>
    </message>
    <message>
        <location filename="../models/common/safetext.cpp" line="89"/>
        <source>[image: %1]</source>
        <translation>[Bild: %1]</translation>
    </message>
</context>
<context>
    <name>SampleData</name>
    <message>
        <location filename="../app/sampledata.cpp" line="392"/>
        <source>the bank has no questions to build the sample plan from</source>
        <translation>der Fragenkatalog enthält keine Fragen, aus denen sich der Beispielplan erstellen ließe</translation>
    </message>
</context>
<context>
    <name>SaveFileDialog</name>
    <message>
        <location filename="../qml/components/SaveFileDialog.qml" line="141"/>
        <source>%1 is a folder: type another name for the file.</source>
        <translation>%1 ist ein Ordner: Geben Sie einen anderen Namen für die Datei ein.</translation>
    </message>
    <message>
        <location filename="../qml/components/SaveFileDialog.qml" line="181"/>
        <location filename="../qml/components/SaveFileDialog.qml" line="189"/>
        <location filename="../qml/components/SaveFileDialog.qml" line="296"/>
        <source>Folder</source>
        <translation>Ordner</translation>
    </message>
    <message>
        <location filename="../qml/components/SaveFileDialog.qml" line="207"/>
        <source>Up</source>
        <translation>Nach oben</translation>
    </message>
    <message>
        <location filename="../qml/components/SaveFileDialog.qml" line="214"/>
        <source>The folder holding this one (Alt+Up)</source>
        <translation>Übergeordneter Ordner (Alt+Pfeil hoch)</translation>
    </message>
    <message>
        <location filename="../qml/components/SaveFileDialog.qml" line="249"/>
        <source>Folders and files</source>
        <translation>Ordner und Dateien</translation>
    </message>
    <message>
        <location filename="../qml/components/SaveFileDialog.qml" line="318"/>
        <source>No folders or %1 here.</source>
        <translation>Hier gibt es keine Ordner und keine Dateien vom Typ %1.</translation>
    </message>
    <message>
        <location filename="../qml/components/SaveFileDialog.qml" line="329"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../qml/components/SaveFileDialog.qml" line="337"/>
        <source>File name</source>
        <translation>Dateiname</translation>
    </message>
    <message>
        <location filename="../qml/components/SaveFileDialog.qml" line="352"/>
        <source>File type</source>
        <translation>Dateityp</translation>
    </message>
    <message>
        <location filename="../qml/components/SaveFileDialog.qml" line="396"/>
        <location filename="../qml/components/SaveFileDialog.qml" line="450"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../qml/components/SaveFileDialog.qml" line="407"/>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <location filename="../qml/components/SaveFileDialog.qml" line="424"/>
        <source>Replace %1?</source>
        <translation>%1 ersetzen?</translation>
    </message>
    <message>
        <location filename="../qml/components/SaveFileDialog.qml" line="443"/>
        <source>%1 already holds a file of that name. Replacing it overwrites what it holds.</source>
        <translation>In %1 gibt es bereits eine Datei mit diesem Namen. Beim Ersetzen wird ihr Inhalt überschrieben.</translation>
    </message>
    <message>
        <location filename="../qml/components/SaveFileDialog.qml" line="461"/>
        <source>Replace</source>
        <translation>Ersetzen</translation>
    </message>
</context>
<context>
    <name>SaveFolder</name>
    <message>
        <location filename="../models/common/savefolder.cpp" line="63"/>
        <source>%1 does not exist: type a folder that exists, or choose one in the list.</source>
        <translation>%1 existiert nicht: Geben Sie einen vorhandenen Ordner ein oder wählen Sie einen in der Liste.</translation>
    </message>
    <message>
        <location filename="../models/common/savefolder.cpp" line="66"/>
        <source>%1 is a file, not a folder: type the folder to save in.</source>
        <translation>%1 ist eine Datei, kein Ordner: Geben Sie den Ordner ein, in dem gespeichert werden soll.</translation>
    </message>
    <message>
        <location filename="../models/common/savefolder.cpp" line="68"/>
        <source>%1 cannot be opened (no permission): choose another folder.</source>
        <translation>%1 kann nicht geöffnet werden (keine Berechtigung): Wählen Sie einen anderen Ordner.</translation>
    </message>
</context>
<context>
    <name>ScorecardRatingRow</name>
    <message>
        <location filename="../qml/components/ScorecardRatingRow.qml" line="122"/>
        <source>No question of the plan counts for it.</source>
        <translation>Keine Frage des Plans zählt für diese Kompetenz.</translation>
    </message>
    <message>
        <location filename="../qml/components/ScorecardRatingRow.qml" line="123"/>
        <source>Evidence: %1</source>
        <translation>Belege: %1</translation>
    </message>
</context>
<context>
    <name>ScorecardText</name>
    <message>
        <location filename="../models/domain/scorecard.cpp" line="72"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../models/domain/scorecard.cpp" line="75"/>
        <source> (suggested: %1)</source>
        <translation> (Vorschlag: %1)</translation>
    </message>
    <message>
        <location filename="../models/domain/scorecard.cpp" line="80"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../models/domain/scorecard.cpp" line="84"/>
        <source>  No question of the plan counts for it.</source>
        <translation>  Keine Frage des Plans zählt für diese Kompetenz.</translation>
    </message>
    <message>
        <location filename="../models/domain/scorecard.cpp" line="85"/>
        <source>  Evidence: %1</source>
        <translation>  Belege: %1</translation>
    </message>
    <message>
        <location filename="../models/domain/scorecard.cpp" line="91"/>
        <source>Key takeaways:</source>
        <translation>Wichtigste Erkenntnisse:</translation>
    </message>
    <message>
        <location filename="../models/domain/scorecard.cpp" line="92"/>
        <source>Pros:</source>
        <translation>Stärken:</translation>
    </message>
    <message>
        <location filename="../models/domain/scorecard.cpp" line="93"/>
        <source>Cons:</source>
        <translation>Schwächen:</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../qml/pages/SettingsPage.qml" line="85"/>
        <source>← Back</source>
        <translation>← Zurück</translation>
    </message>
    <message>
        <location filename="../qml/pages/SettingsPage.qml" line="86"/>
        <source>Back to where you were</source>
        <translation>Zurück zur vorherigen Ansicht</translation>
    </message>
    <message>
        <location filename="../qml/pages/SettingsPage.qml" line="89"/>
        <source>Back to where you were (Esc)</source>
        <translation>Zurück zur vorherigen Ansicht (Esc)</translation>
    </message>
    <message>
        <location filename="../qml/pages/SettingsPage.qml" line="92"/>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <location filename="../qml/pages/SettingsPage.qml" line="124"/>
        <source>You</source>
        <translation>Ihre Angaben</translation>
    </message>
    <message>
        <location filename="../qml/pages/SettingsPage.qml" line="129"/>
        <source>Your name, filled in as the interviewer of new interviews</source>
        <translation>Ihr Name, wird bei neuen Interviews als Interviewer:in eingetragen</translation>
    </message>
    <message>
        <location filename="../qml/pages/SettingsPage.qml" line="136"/>
        <source>Interviewer: your name, filled in for new interviews</source>
        <translation>Interviewer:in: Ihr Name, wird bei neuen Interviews eingetragen</translation>
    </message>
    <message>
        <location filename="../qml/pages/SettingsPage.qml" line="140"/>
        <source>Interviewer name</source>
        <translation>Name der Interviewer:in</translation>
    </message>
    <message>
        <location filename="../qml/pages/SettingsPage.qml" line="146"/>
        <source>Appearance</source>
        <translation>Erscheinungsbild</translation>
    </message>
    <message>
        <location filename="../qml/pages/SettingsPage.qml" line="151"/>
        <source>Theme</source>
        <translation>Design</translation>
    </message>
    <message>
        <location filename="../qml/pages/SettingsPage.qml" line="161"/>
        <source>Light</source>
        <translation>Hell</translation>
    </message>
    <message>
        <location filename="../qml/pages/SettingsPage.qml" line="164"/>
        <source>Light theme</source>
        <translation>Helles Design</translation>
    </message>
    <message>
        <location filename="../qml/pages/SettingsPage.qml" line="169"/>
        <source>Dark</source>
        <translation>Dunkel</translation>
    </message>
    <message>
        <location filename="../qml/pages/SettingsPage.qml" line="172"/>
        <source>Dark theme</source>
        <translation>Dunkles Design</translation>
    </message>
    <message>
        <location filename="../qml/pages/SettingsPage.qml" line="177"/>
        <source>Follow the system</source>
        <translation>Wie im System</translation>
    </message>
    <message>
        <location filename="../qml/pages/SettingsPage.qml" line="180"/>
        <source>Theme follows the system</source>
        <translation>Design wie im System</translation>
    </message>
    <message>
        <location filename="../qml/pages/SettingsPage.qml" line="187"/>
        <source>This run uses the theme given with --theme; choosing one here replaces it.</source>
        <translation>Panelist läuft gerade mit dem über --theme angegebenen Design; wenn Sie hier eines wählen, ersetzt es dieses.</translation>
    </message>
    <message>
        <location filename="../qml/pages/SettingsPage.qml" line="197"/>
        <location filename="../qml/pages/SettingsPage.qml" line="206"/>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <location filename="../qml/pages/SettingsPage.qml" line="220"/>
        <source>Dates, times, durations and numbers follow the language too.</source>
        <translation>Auch Datumsangaben, Uhrzeiten, Dauern und Zahlen richten sich nach der Sprache.</translation>
    </message>
    <message>
        <location filename="../qml/pages/SettingsPage.qml" line="229"/>
        <source>Documents</source>
        <translation>Dokumente</translation>
    </message>
    <message>
        <location filename="../qml/pages/SettingsPage.qml" line="235"/>
        <location filename="../qml/pages/SettingsPage.qml" line="240"/>
        <source>PDF page size</source>
        <translation>PDF-Seitenformat</translation>
    </message>
    <message>
        <location filename="../qml/pages/SettingsPage.qml" line="247"/>
        <source>Database</source>
        <translation>Datenbank</translation>
    </message>
    <message>
        <location filename="../qml/pages/SettingsPage.qml" line="252"/>
        <source>Everything Panelist keeps (the bank, plans, interviews, candidates, the team&apos;s sync state) is in this one file:</source>
        <translation>Alles, was Panelist speichert (Fragenkatalog, Pläne, Interviews, Kandidat:innen, der Synchronisierungsstand des Teams), liegt in dieser einen Datei:</translation>
    </message>
    <message>
        <location filename="../qml/pages/SettingsPage.qml" line="266"/>
        <source>Database file</source>
        <translation>Datenbankdatei</translation>
    </message>
    <message>
        <location filename="../qml/pages/SettingsPage.qml" line="270"/>
        <source>%1 on disk</source>
        <translation>%1 auf dem Datenträger</translation>
    </message>
    <message>
        <location filename="../qml/pages/SettingsPage.qml" line="284"/>
        <source>Open another database…</source>
        <translation>Andere Datenbank öffnen…</translation>
    </message>
    <message>
        <location filename="../qml/pages/SettingsPage.qml" line="285"/>
        <location filename="../qml/pages/SettingsPage.qml" line="468"/>
        <source>Open another database</source>
        <translation>Andere Datenbank öffnen</translation>
    </message>
    <message>
        <location filename="../qml/pages/SettingsPage.qml" line="293"/>
        <source>Move it…</source>
        <translation>Verschieben…</translation>
    </message>
    <message>
        <location filename="../qml/pages/SettingsPage.qml" line="294"/>
        <source>Move the database</source>
        <translation>Datenbank verschieben</translation>
    </message>
    <message>
        <location filename="../qml/pages/SettingsPage.qml" line="308"/>
        <source>The database to open: a Panelist file, or the name of a new one to start afresh. Panelist restarts on it and opens it from then on; this file stays as it is.</source>
        <translation>Die Datenbank, die geöffnet werden soll: eine Panelist-Datei oder der Name einer neuen Datei, um von vorn zu beginnen. Panelist startet mit ihr neu und öffnet von da an sie; die bisherige Datei bleibt unverändert.</translation>
    </message>
    <message>
        <location filename="../qml/pages/SettingsPage.qml" line="317"/>
        <source>Path of the database file</source>
        <translation>Pfad der Datenbankdatei</translation>
    </message>
    <message>
        <location filename="../qml/pages/SettingsPage.qml" line="320"/>
        <source>Database to open</source>
        <translation>Zu öffnende Datenbank</translation>
    </message>
    <message>
        <location filename="../qml/pages/SettingsPage.qml" line="324"/>
        <location filename="../qml/pages/SettingsPage.qml" line="371"/>
        <source>Browse…</source>
        <translation>Durchsuchen…</translation>
    </message>
    <message>
        <location filename="../qml/pages/SettingsPage.qml" line="325"/>
        <source>Browse for the database to open</source>
        <translation>Zu öffnende Datenbank auswählen</translation>
    </message>
    <message>
        <location filename="../qml/pages/SettingsPage.qml" line="333"/>
        <source>Open and restart</source>
        <translation>Öffnen und neu starten</translation>
    </message>
    <message>
        <location filename="../qml/pages/SettingsPage.qml" line="343"/>
        <location filename="../qml/pages/SettingsPage.qml" line="407"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../qml/pages/SettingsPage.qml" line="355"/>
        <source>Where to move the database: a folder, or a new file name. Panelist copies it there with SQLite, checks the copy, and restarts on it.</source>
        <translation>Wohin die Datenbank verschoben werden soll: ein Ordner oder ein neuer Dateiname. Panelist kopiert sie mit SQLite dorthin, prüft die Kopie und startet mit ihr neu.</translation>
    </message>
    <message>
        <location filename="../qml/pages/SettingsPage.qml" line="364"/>
        <source>Folder or file to move the database to</source>
        <translation>Zielordner oder Zieldatei für die Datenbank</translation>
    </message>
    <message>
        <location filename="../qml/pages/SettingsPage.qml" line="367"/>
        <source>Where to move the database</source>
        <translation>Neuer Speicherort der Datenbank</translation>
    </message>
    <message>
        <location filename="../qml/pages/SettingsPage.qml" line="372"/>
        <source>Browse for the folder to move the database to</source>
        <translation>Zielordner für die Datenbank auswählen</translation>
    </message>
    <message>
        <location filename="../qml/pages/SettingsPage.qml" line="379"/>
        <source>The database will be at %1</source>
        <translation>Die Datenbank liegt dann unter %1</translation>
    </message>
    <message>
        <location filename="../qml/pages/SettingsPage.qml" line="387"/>
        <source>Then remove the old file (once the copy is checked and Panelist has closed it)</source>
        <translation>Danach die alte Datei entfernen (sobald die Kopie geprüft ist und Panelist sie geschlossen hat)</translation>
    </message>
    <message>
        <location filename="../qml/pages/SettingsPage.qml" line="395"/>
        <source>Move, restart and remove the old file</source>
        <translation>Verschieben, neu starten und alte Datei entfernen</translation>
    </message>
    <message>
        <location filename="../qml/pages/SettingsPage.qml" line="396"/>
        <source>Move and restart</source>
        <translation>Verschieben und neu starten</translation>
    </message>
    <message>
        <location filename="../qml/pages/SettingsPage.qml" line="430"/>
        <source>Privacy</source>
        <translation>Datenschutz</translation>
    </message>
    <message>
        <location filename="../qml/pages/SettingsPage.qml" line="437"/>
        <source>Remove finished interviews older than a number of days</source>
        <translation>Abgeschlossene Interviews nach einer bestimmten Anzahl von Tagen entfernen</translation>
    </message>
    <message>
        <location filename="../qml/pages/SettingsPage.qml" line="450"/>
        <source>Days to keep finished interviews</source>
        <translation>Aufbewahrung abgeschlossener Interviews in Tagen</translation>
    </message>
    <message>
        <location filename="../qml/pages/SettingsPage.qml" line="453"/>
        <source>days</source>
        <translation>Tage</translation>
    </message>
    <message>
        <location filename="../qml/pages/SettingsPage.qml" line="456"/>
        <source>Checked when Panelist starts; it says what it removed. Removed interviews are erased from the database file, not just hidden.</source>
        <translation>Wird beim Start von Panelist geprüft; Panelist meldet, was entfernt wurde. Entfernte Interviews werden aus der Datenbankdatei gelöscht, nicht nur ausgeblendet.</translation>
    </message>
    <message>
        <location filename="../qml/pages/SettingsPage.qml" line="469"/>
        <source>Panelist databases (*.sqlite *.db)</source>
        <translation>Panelist-Datenbanken (*.sqlite *.db)</translation>
    </message>
    <message>
        <location filename="../qml/pages/SettingsPage.qml" line="469"/>
        <source>All files (*)</source>
        <translation>Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../qml/pages/SettingsPage.qml" line="474"/>
        <source>Move the database to</source>
        <translation>Datenbank verschieben nach</translation>
    </message>
</context>
<context>
    <name>SqlText</name>
    <message>
        <location filename="../models/storage/sql.cpp" line="37"/>
        <source>%1 is busy in another Panelist process; try again.</source>
        <translation>%1 wird gerade von einem anderen Panelist-Prozess verwendet; versuchen Sie es erneut.</translation>
    </message>
    <message>
        <location filename="../models/storage/sql.cpp" line="39"/>
        <source>%1 cannot be written: the file or its folder is read-only.</source>
        <translation>%1 kann nicht geschrieben werden: Die Datei oder ihr Ordner ist schreibgeschützt.</translation>
    </message>
    <message>
        <location filename="../models/storage/sql.cpp" line="41"/>
        <source>%1 cannot be written: the disk is full. Free some space and try again.</source>
        <translation>%1 kann nicht geschrieben werden: Der Datenträger ist voll. Schaffen Sie Platz und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <location filename="../models/storage/sql.cpp" line="44"/>
        <source>%1 cannot be read or written: the disk reported an error (%2).</source>
        <translation>%1 kann nicht gelesen oder geschrieben werden: Der Datenträger meldet einen Fehler (%2).</translation>
    </message>
    <message>
        <location filename="../models/storage/sql.cpp" line="47"/>
        <source>%1 refused the change: %2.</source>
        <translation>%1 hat die Änderung abgelehnt: %2.</translation>
    </message>
    <message>
        <location filename="../models/storage/sql.cpp" line="49"/>
        <source>Database error %1 %2: %3</source>
        <translation>Datenbankfehler beim %1 von %2: %3</translation>
    </message>
    <message>
        <location filename="../models/storage/sql.cpp" line="62"/>
        <source>%1: %2 holds &quot;%3&quot;, which this version of Panelist does not know; the file was changed by another program or by a newer Panelist. Open it with the Panelist that wrote it.</source>
        <translation>%1: %2 enthält „%3“, das diese Version von Panelist nicht kennt; die Datei wurde von einem anderen Programm oder einer neueren Panelist-Version geändert. Öffnen Sie sie mit der Panelist-Version, die sie geschrieben hat.</translation>
    </message>
    <message>
        <location filename="../models/storage/sql.cpp" line="122"/>
        <location filename="../models/storage/sql.cpp" line="145"/>
        <source>preparing</source>
        <translation>Vorbereiten</translation>
    </message>
    <message>
        <location filename="../models/storage/sql.cpp" line="126"/>
        <location filename="../models/storage/sql.cpp" line="155"/>
        <source>running</source>
        <translation>Ausführen</translation>
    </message>
</context>
<context>
    <name>StartInterviewDialog</name>
    <message>
        <location filename="../qml/components/StartInterviewDialog.qml" line="19"/>
        <source>Start an interview</source>
        <translation>Interview starten</translation>
    </message>
    <message>
        <location filename="../qml/components/StartInterviewDialog.qml" line="20"/>
        <source>Start an interview — %1</source>
        <translation>Interview starten — %1</translation>
    </message>
    <message>
        <location filename="../qml/components/StartInterviewDialog.qml" line="88"/>
        <source>The candidate&apos;s name is required: pick one from the list or type a new one.</source>
        <translation>Der Name der Kandidat:in ist erforderlich: Wählen Sie einen aus der Liste oder geben Sie einen neuen ein.</translation>
    </message>
    <message>
        <location filename="../qml/components/StartInterviewDialog.qml" line="110"/>
        <source>Candidate (required)</source>
        <translation>Kandidat:in (erforderlich)</translation>
    </message>
    <message>
        <location filename="../qml/components/StartInterviewDialog.qml" line="111"/>
        <source>Candidate: type to find one, or a new name (required)</source>
        <translation>Kandidat:in: zum Suchen tippen oder neuen Namen eingeben (erforderlich)</translation>
    </message>
    <message>
        <location filename="../qml/components/StartInterviewDialog.qml" line="144"/>
        <source>Matching candidates</source>
        <translation>Passende Kandidat:innen</translation>
    </message>
    <message>
        <location filename="../qml/components/StartInterviewDialog.qml" line="163"/>
        <location filename="../qml/components/StartInterviewDialog.qml" line="168"/>
        <source>New candidate: “%1”</source>
        <translation>Neue Kandidat:in: „%1“</translation>
    </message>
    <message>
        <location filename="../qml/components/StartInterviewDialog.qml" line="176"/>
        <source>Made when you press Start, with the email and role below</source>
        <translation>Wird beim Klick auf „Starten“ angelegt, mit der E-Mail-Adresse und Rolle darunter</translation>
    </message>
    <message>
        <location filename="../qml/components/StartInterviewDialog.qml" line="191"/>
        <source>For %1, who is there already (%2).</source>
        <translation>Für %1, bereits vorhanden (%2).</translation>
    </message>
    <message>
        <location filename="../qml/components/StartInterviewDialog.qml" line="193"/>
        <source>A new candidate, “%1”.</source>
        <translation>Neue Kandidat:in: „%1“.</translation>
    </message>
    <message>
        <location filename="../qml/components/StartInterviewDialog.qml" line="204"/>
        <source>Candidate email</source>
        <translation>E-Mail-Adresse der Kandidat:in</translation>
    </message>
    <message>
        <location filename="../qml/components/StartInterviewDialog.qml" line="205"/>
        <source>Email of the new candidate (optional)</source>
        <translation>E-Mail-Adresse der neuen Kandidat:in (optional)</translation>
    </message>
    <message>
        <location filename="../qml/components/StartInterviewDialog.qml" line="216"/>
        <location filename="../qml/components/StartInterviewDialog.qml" line="217"/>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <location filename="../qml/components/StartInterviewDialog.qml" line="226"/>
        <location filename="../qml/components/StartInterviewDialog.qml" line="227"/>
        <source>Interviewer</source>
        <translation>Interviewer:in</translation>
    </message>
    <message>
        <location filename="../qml/components/StartInterviewDialog.qml" line="236"/>
        <source>Scheduled time</source>
        <translation>Geplanter Zeitpunkt</translation>
    </message>
    <message>
        <location filename="../qml/components/StartInterviewDialog.qml" line="237"/>
        <source>Scheduled time, optional: YYYY-MM-DD HH:MM</source>
        <translation>Geplanter Zeitpunkt, optional: JJJJ-MM-TT HH:MM</translation>
    </message>
    <message>
        <location filename="../qml/components/StartInterviewDialog.qml" line="254"/>
        <source>The clock starts when you press Start; the plan is copied into the interview, so later edits to it or to the bank change nothing here.</source>
        <translation>Die Uhr startet, sobald Sie auf „Starten“ klicken; der Plan wird in das Interview kopiert, spätere Änderungen daran oder am Fragenkatalog ändern hier also nichts.</translation>
    </message>
    <message>
        <location filename="../qml/components/StartInterviewDialog.qml" line="263"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../qml/components/StartInterviewDialog.qml" line="269"/>
        <source>Start (Enter)</source>
        <translation>Starten (Eingabe)</translation>
    </message>
</context>
<context>
    <name>StartupError</name>
    <message>
        <location filename="../qml/StartupError.qml" line="16"/>
        <source>Panelist — cannot open the database</source>
        <translation>Panelist — Datenbank kann nicht geöffnet werden</translation>
    </message>
    <message>
        <location filename="../qml/StartupError.qml" line="25"/>
        <source>Panelist cannot open its database</source>
        <translation>Panelist kann seine Datenbank nicht öffnen</translation>
    </message>
    <message>
        <location filename="../qml/StartupError.qml" line="36"/>
        <source>The file was left exactly as it was. Start Panelist with --database PATH to use another file.</source>
        <translation>Die Datei wurde genau so belassen, wie sie war. Starten Sie Panelist mit --database PFAD, um eine andere Datei zu verwenden.</translation>
    </message>
    <message>
        <location filename="../qml/StartupError.qml" line="43"/>
        <source>Quit</source>
        <translation>Beenden</translation>
    </message>
</context>
<context>
    <name>StartupText</name>
    <message>
        <location filename="../app/startup.cpp" line="31"/>
        <source>Resumed the interview with %1.</source>
        <translation>Interview mit %1 fortgesetzt.</translation>
    </message>
</context>
<context>
    <name>SyncCycle</name>
    <message>
        <location filename="../models/sync/synccycle.cpp" line="72"/>
        <source>The database %1 is in no team; join one with panelist team join URL.</source>
        <translation>Die Datenbank %1 gehört zu keinem Team; treten Sie einem Team bei mit panelist team join URL.</translation>
    </message>
    <message>
        <location filename="../models/sync/synccycle.cpp" line="87"/>
        <source>The team server %1 sent a change of an unknown kind &quot;%2&quot; (entity %3); update Panelist on this laptop.</source>
        <translation>Der Teamserver %1 hat eine Änderung unbekannter Art „%2“ gesendet (Objekt %3); aktualisieren Sie Panelist auf diesem Laptop.</translation>
    </message>
    <message>
        <location filename="../models/sync/synccycle.cpp" line="189"/>
        <source>pushed %1</source>
        <translation>%1 gesendet</translation>
    </message>
    <message>
        <location filename="../models/sync/synccycle.cpp" line="189"/>
        <source>pulled %1</source>
        <translation>%1 abgerufen</translation>
    </message>
    <message numerus="yes">
        <location filename="../models/sync/synccycle.cpp" line="191"/>
        <source>%n conflict(s)</source>
        <translation>
            <numerusform>%n Konflikt</numerusform>
            <numerusform>%n Konflikte</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../models/sync/synccycle.cpp" line="193"/>
        <source>%n interview(s) of removed candidates deleted</source>
        <translation>
            <numerusform>%n Interview entfernter Kandidat:innen gelöscht</numerusform>
            <numerusform>%n Interviews entfernter Kandidat:innen gelöscht</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SyncEngine</name>
    <message>
        <location filename="../models/sync/syncengine.cpp" line="44"/>
        <source>Syncing…</source>
        <translation>Wird synchronisiert…</translation>
    </message>
    <message>
        <location filename="../models/sync/syncengine.cpp" line="46"/>
        <source>Synced</source>
        <translation>Synchronisiert</translation>
    </message>
    <message numerus="yes">
        <location filename="../models/sync/syncengine.cpp" line="48"/>
        <source>Offline — %n change(s) waiting</source>
        <translation>
            <numerusform>Offline — %n Änderung wartet</numerusform>
            <numerusform>Offline — %n Änderungen warten</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../models/sync/syncengine.cpp" line="48"/>
        <source>Offline</source>
        <translation>Offline</translation>
    </message>
    <message>
        <location filename="../models/sync/syncengine.cpp" line="50"/>
        <source>Sign-in needed</source>
        <translation>Anmeldung erforderlich</translation>
    </message>
    <message numerus="yes">
        <location filename="../models/sync/syncengine.cpp" line="52"/>
        <source>%n conflict(s)</source>
        <translation>
            <numerusform>%n Konflikt</numerusform>
            <numerusform>%n Konflikte</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TeamMembership</name>
    <message>
        <location filename="../models/sync/teammembership.cpp" line="62"/>
        <source>%1 is in the team at %2 already; leave that team first.</source>
        <translation>%1 ist bereits im Team unter %2; verlassen Sie zuerst dieses Team.</translation>
    </message>
    <message>
        <location filename="../models/sync/teammembership.cpp" line="104"/>
        <source>%1 is in no team; there is nothing to leave.</source>
        <translation>%1 gehört zu keinem Team; es gibt nichts zu verlassen.</translation>
    </message>
</context>
<context>
    <name>TeamPayload</name>
    <message>
        <location filename="../models/formats/teampayload.cpp" line="59"/>
        <source>is missing</source>
        <translation>fehlt</translation>
    </message>
    <message>
        <location filename="../models/formats/teampayload.cpp" line="79"/>
        <source>item %1 must be a whole number between %2 and %3, not %4</source>
        <translation>Eintrag %1 muss eine ganze Zahl zwischen %2 und %3 sein, nicht %4</translation>
    </message>
    <message>
        <location filename="../models/formats/teampayload.cpp" line="94"/>
        <source>is %1 characters long; the limit is %2</source>
        <translation>ist %1 Zeichen lang; erlaubt sind höchstens %2</translation>
    </message>
    <message>
        <location filename="../models/formats/teampayload.cpp" line="112"/>
        <source>must be between %1 and %2, not %3</source>
        <translation>muss zwischen %1 und %2 liegen, nicht %3</translation>
    </message>
    <message>
        <location filename="../models/formats/teampayload.cpp" line="119"/>
        <source>must be true or false, not %1</source>
        <translation>muss true oder false sein, nicht %1</translation>
    </message>
    <message>
        <location filename="../models/formats/teampayload.cpp" line="130"/>
        <location filename="../models/formats/teampayload.cpp" line="537"/>
        <location filename="../models/formats/teampayload.cpp" line="612"/>
        <source>has %1 items; the limit is %2</source>
        <translation>hat %1 Einträge; erlaubt sind höchstens %2</translation>
    </message>
    <message>
        <location filename="../models/formats/teampayload.cpp" line="133"/>
        <source>item %1 is %2 characters long; the limit is %3</source>
        <translation>Eintrag %1 ist %2 Zeichen lang; erlaubt sind höchstens %3</translation>
    </message>
    <message>
        <location filename="../models/formats/teampayload.cpp" line="148"/>
        <source>must be an ISO 8601 time such as 2024-05-06T14:30:00.000Z, not %1</source>
        <translation>muss eine ISO-8601-Zeitangabe wie 2024-05-06T14:30:00.000Z sein, nicht %1</translation>
    </message>
    <message>
        <location filename="../models/formats/teampayload.cpp" line="157"/>
        <source>must be an object, not %1</source>
        <translation>muss ein Objekt sein, nicht %1</translation>
    </message>
    <message>
        <location filename="../models/formats/teampayload.cpp" line="168"/>
        <source>is not a uuid in lower case without braces: %1</source>
        <translation>ist keine UUID in Kleinbuchstaben ohne geschweifte Klammern: %1</translation>
    </message>
    <message>
        <location filename="../models/formats/teampayload.cpp" line="188"/>
        <source>must be one of %1, not %2</source>
        <translation>muss einer der Werte %1 sein, nicht %2</translation>
    </message>
    <message>
        <location filename="../models/formats/teampayload.cpp" line="211"/>
        <source>team %1 %2</source>
        <translation>Teamobjekt %1 %2</translation>
    </message>
    <message>
        <location filename="../models/formats/teampayload.cpp" line="220"/>
        <source>is %1, but this Panelist reads version %2; update Panelist</source>
        <translation>ist %1, aber diese Panelist-Version liest Version %2; aktualisieren Sie Panelist</translation>
    </message>
    <message>
        <location filename="../models/formats/teampayload.cpp" line="224"/>
        <source>must be %1, not %2</source>
        <translation>muss %1 sein, nicht %2</translation>
    </message>
    <message>
        <location filename="../models/formats/teampayload.cpp" line="229"/>
        <source>names another entity (%1)</source>
        <translation>verweist auf ein anderes Objekt (%1)</translation>
    </message>
    <message>
        <location filename="../models/formats/teampayload.cpp" line="317"/>
        <source>item %1 must be an object, not %2</source>
        <translation>Eintrag %1 muss ein Objekt sein, nicht %2</translation>
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
        <translation>ist leer</translation>
    </message>
    <message>
        <location filename="../models/formats/teampayload.cpp" line="496"/>
        <source>, category</source>
        <translation>, Kategorie</translation>
    </message>
    <message>
        <location filename="../models/formats/teampayload.cpp" line="510"/>
        <location filename="../models/formats/teampayload.cpp" line="657"/>
        <source>, anchors</source>
        <translation>, Stufenanker</translation>
    </message>
    <message>
        <location filename="../models/formats/teampayload.cpp" line="542"/>
        <location filename="../models/formats/teampayload.cpp" line="617"/>
        <source>, competency %1</source>
        <translation>, Kompetenz %1</translation>
    </message>
    <message>
        <location filename="../models/formats/teampayload.cpp" line="556"/>
        <location filename="../models/formats/teampayload.cpp" line="644"/>
        <source>, item %1</source>
        <translation>, Punkt %1</translation>
    </message>
    <message>
        <location filename="../models/formats/teampayload.cpp" line="568"/>
        <source>names competencies the plan lacks</source>
        <translation>nennt Kompetenzen, die der Plan nicht hat</translation>
    </message>
    <message>
        <location filename="../models/formats/teampayload.cpp" line="669"/>
        <source>, flags</source>
        <translation>, Markierungen</translation>
    </message>
    <message>
        <location filename="../models/formats/teampayload.cpp" line="677"/>
        <source>, follow-up %1</source>
        <translation>, Nachfrage %1</translation>
    </message>
    <message>
        <location filename="../models/formats/teampayload.cpp" line="686"/>
        <source>, criterion %1</source>
        <translation>, Kriterium %1</translation>
    </message>
    <message>
        <location filename="../models/formats/teampayload.cpp" line="693"/>
        <source>names competencies the interview lacks</source>
        <translation>nennt Kompetenzen, die das Interview nicht hat</translation>
    </message>
    <message>
        <location filename="../models/formats/teampayload.cpp" line="713"/>
        <source>%1: the payload is not valid JSON (%2).</source>
        <translation>%1: Die Nutzdaten sind kein gültiges JSON (%2).</translation>
    </message>
    <message>
        <location filename="../models/formats/teampayload.cpp" line="717"/>
        <source>%1: the payload must be a JSON object.</source>
        <translation>%1: Die Nutzdaten müssen ein JSON-Objekt sein.</translation>
    </message>
</context>
<context>
    <name>TeamSchema</name>
    <message>
        <location filename="../models/storage/teamschema.cpp" line="730"/>
        <location filename="../models/storage/teamschema.cpp" line="804"/>
        <source>the check for a Panelist team schema</source>
        <translation>Prüfung auf ein Panelist-Teamschema</translation>
    </message>
    <message>
        <location filename="../models/storage/teamschema.cpp" line="740"/>
        <source>The database at %1 has a schema &quot;panelist&quot; that is not a Panelist team schema (it has no panelist.schema_version). Use another database for the team, or remove that schema.</source>
        <translation>Die Datenbank unter %1 hat ein Schema „panelist“, das kein Panelist-Teamschema ist (es hat keine panelist.schema_version). Verwenden Sie eine andere Datenbank für das Team oder entfernen Sie dieses Schema.</translation>
    </message>
    <message>
        <location filename="../models/storage/teamschema.cpp" line="745"/>
        <source>reading the team schema&apos;s version</source>
        <translation>Lesen der Version des Teamschemas</translation>
    </message>
    <message>
        <location filename="../models/storage/teamschema.cpp" line="758"/>
        <source>starting a migration</source>
        <translation>Start einer Migration</translation>
    </message>
    <message>
        <location filename="../models/storage/teamschema.cpp" line="760"/>
        <source>waiting for another team init</source>
        <translation>Warten auf eine andere Teaminitialisierung (team init)</translation>
    </message>
    <message>
        <location filename="../models/storage/teamschema.cpp" line="767"/>
        <source>The team schema at %1 is version %2, newer than this Panelist knows (%3); it was left as it is. Update Panelist to manage this team.</source>
        <translation>Das Teamschema unter %1 hat Version %2; diese Panelist-Version kennt nur Versionen bis %3. Es wurde unverändert gelassen. Aktualisieren Sie Panelist, um dieses Team zu verwalten.</translation>
    </message>
    <message>
        <location filename="../models/storage/teamschema.cpp" line="780"/>
        <source>migration %1 of the team schema (%2)</source>
        <translation>Migration %1 des Teamschemas (%2)</translation>
    </message>
    <message>
        <location filename="../models/storage/teamschema.cpp" line="782"/>
        <source>recording the team schema&apos;s version</source>
        <translation>Speichern der Version des Teamschemas</translation>
    </message>
    <message>
        <location filename="../models/storage/teamschema.cpp" line="789"/>
        <source>committing migration %1</source>
        <translation>Abschluss von Migration %1</translation>
    </message>
    <message>
        <location filename="../models/storage/teamschema.cpp" line="811"/>
        <source>The database at %1 holds no Panelist team schema. The team lead sets it up with: panelist team init URL</source>
        <translation>Die Datenbank unter %1 enthält kein Panelist-Teamschema. Die Teamleitung richtet es ein mit: panelist team init URL</translation>
    </message>
    <message>
        <location filename="../models/storage/teamschema.cpp" line="816"/>
        <source>The role %1 is not a Panelist interviewer on %2. The team lead adds it with: panelist team add-interviewer URL %1</source>
        <translation>Die Rolle %1 ist auf %2 keine Panelist-Interviewer:in. Die Teamleitung fügt sie hinzu mit: panelist team add-interviewer URL %1</translation>
    </message>
    <message>
        <location filename="../models/storage/teamschema.cpp" line="823"/>
        <source>The team schema at %1 is version %2, newer than this Panelist knows (%3). Update Panelist to work with this team.</source>
        <translation>Das Teamschema unter %1 hat Version %2; diese Panelist-Version kennt nur Versionen bis %3. Aktualisieren Sie Panelist, um mit diesem Team zu arbeiten.</translation>
    </message>
    <message>
        <location filename="../models/storage/teamschema.cpp" line="830"/>
        <source>The team schema at %1 is version %2; this Panelist needs version %3. The team lead updates it with: panelist team init URL</source>
        <translation>Das Teamschema unter %1 hat Version %2; diese Panelist-Version braucht Version %3. Die Teamleitung aktualisiert es mit: panelist team init URL</translation>
    </message>
</context>
<context>
    <name>TeamServer</name>
    <message>
        <location filename="../models/storage/teamserver.cpp" line="157"/>
        <source>The team server %1 refused the sign-in of %2: the password is wrong or there is no such role. Check the password, or ask the team lead to run: panelist team add-interviewer URL %2</source>
        <translation>Der Teamserver %1 hat die Anmeldung von %2 abgelehnt: Das Passwort ist falsch oder es gibt keine solche Rolle. Prüfen Sie das Passwort oder bitten Sie die Teamleitung, Folgendes auszuführen: panelist team add-interviewer URL %2</translation>
    </message>
    <message>
        <location filename="../models/storage/teamserver.cpp" line="163"/>
        <source>The team server %1 does not accept %2 from this computer (its pg_hba.conf has no entry for it). Ask the team lead to allow this network or user: %3</source>
        <translation>Der Teamserver %1 akzeptiert %2 von diesem Computer aus nicht (seine pg_hba.conf hat keinen Eintrag dafür). Bitten Sie die Teamleitung, dieses Netzwerk oder diesen Benutzer zuzulassen: %3</translation>
    </message>
    <message>
        <location filename="../models/storage/teamserver.cpp" line="169"/>
        <source>The team server %1 has no database &quot;%2&quot;. Check the URL, or create the database and run: panelist team init URL</source>
        <translation>Der Teamserver %1 hat keine Datenbank „%2“. Prüfen Sie die URL oder legen Sie die Datenbank an und führen Sie aus: panelist team init URL</translation>
    </message>
    <message>
        <location filename="../models/storage/teamserver.cpp" line="176"/>
        <source>The secure connection to the team server %1 failed: %2. Check sslmode and sslrootcert in the URL.</source>
        <translation>Die sichere Verbindung zum Teamserver %1 ist fehlgeschlagen: %2. Prüfen Sie sslmode und sslrootcert in der URL.</translation>
    </message>
    <message>
        <location filename="../models/storage/teamserver.cpp" line="180"/>
        <source>Cannot reach the team server %1: %2. Check the address, the network and that the server is running.</source>
        <translation>Der Teamserver %1 ist nicht erreichbar: %2. Prüfen Sie die Adresse, das Netzwerk und ob der Server läuft.</translation>
    </message>
    <message>
        <location filename="../models/storage/teamserver.cpp" line="213"/>
        <source>setting up the connection</source>
        <translation>Einrichten der Verbindung</translation>
    </message>
    <message>
        <location filename="../models/storage/teamserver.cpp" line="216"/>
        <source>reading the signed-in role</source>
        <translation>Lesen der angemeldeten Rolle</translation>
    </message>
    <message>
        <location filename="../models/storage/teamserver.cpp" line="249"/>
        <source>a role name is 1 to 63 of a-z, 0-9, &quot;_&quot;, &quot;.&quot; and &quot;-&quot;, starting with a letter, not &quot;%1&quot;</source>
        <translation>ein Rollenname besteht aus 1 bis 63 der Zeichen a-z, 0-9, &quot;_&quot;, &quot;.&quot; und &quot;-&quot; und beginnt mit einem Buchstaben, nicht „%1“</translation>
    </message>
    <message>
        <location filename="../models/storage/teamserver.cpp" line="254"/>
        <source>&quot;%1&quot; is reserved for the server; choose another name</source>
        <translation>„%1“ ist für den Server reserviert; wählen Sie einen anderen Namen</translation>
    </message>
    <message>
        <location filename="../models/storage/teamserver.cpp" line="278"/>
        <source>Cannot add the interviewer: %1.</source>
        <translation>Die Interviewer:in kann nicht hinzugefügt werden: %1.</translation>
    </message>
    <message>
        <location filename="../models/storage/teamserver.cpp" line="281"/>
        <source>Cannot add the interviewer %1: the password needs at least %2 characters.</source>
        <translation>Die Interviewer:in %1 kann nicht hinzugefügt werden: Das Passwort braucht mindestens %2 Zeichen.</translation>
    </message>
    <message>
        <location filename="../models/storage/teamserver.cpp" line="286"/>
        <source>adding the interviewer %1</source>
        <translation>Hinzufügen der Interviewer:in %1</translation>
    </message>
    <message>
        <location filename="../models/storage/teamserver.cpp" line="306"/>
        <source>Not connected to the team server %1; Panelist tries again.</source>
        <translation>Keine Verbindung zum Teamserver %1; Panelist versucht es erneut.</translation>
    </message>
    <message>
        <location filename="../models/storage/teamserver.cpp" line="310"/>
        <source>Cannot push the %1 &quot;%2&quot;: its id is not a UUID.</source>
        <translation>Das Objekt „%2“ (%1) kann nicht gesendet werden: Seine ID ist keine UUID.</translation>
    </message>
    <message>
        <location filename="../models/storage/teamserver.cpp" line="322"/>
        <source>starting a push</source>
        <translation>Start eines Sendevorgangs</translation>
    </message>
    <message>
        <location filename="../models/storage/teamserver.cpp" line="327"/>
        <location filename="../models/storage/teamserver.cpp" line="333"/>
        <source>preparing a push</source>
        <translation>Vorbereitung eines Sendevorgangs</translation>
    </message>
    <message>
        <location filename="../models/storage/teamserver.cpp" line="340"/>
        <source>the removal of the interview %1</source>
        <translation>Entfernen des Interviews %1</translation>
    </message>
    <message>
        <location filename="../models/storage/teamserver.cpp" line="343"/>
        <source>The team server %1 answered the removal of the interview %2 with nothing.</source>
        <translation>Der Teamserver %1 hat auf das Entfernen des Interviews %2 keine Antwort geliefert.</translation>
    </message>
    <message>
        <location filename="../models/storage/teamserver.cpp" line="363"/>
        <source>the push of the %1 %2</source>
        <translation>Senden von %1 %2</translation>
    </message>
    <message>
        <location filename="../models/storage/teamserver.cpp" line="366"/>
        <source>The team server %1 answered the push of the %2 %3 with nothing.</source>
        <translation>Der Teamserver %1 hat auf das Senden von %2 %3 keine Antwort geliefert.</translation>
    </message>
    <message>
        <location filename="../models/storage/teamserver.cpp" line="377"/>
        <source>committing a push</source>
        <translation>Abschluss eines Sendevorgangs</translation>
    </message>
    <message>
        <location filename="../models/storage/teamserver.cpp" line="392"/>
        <source>pulling the team&apos;s changes</source>
        <translation>Abrufen der Änderungen des Teams</translation>
    </message>
    <message>
        <location filename="../models/storage/teamserver.cpp" line="410"/>
        <source>reading the last change number</source>
        <translation>Lesen der letzten Änderungsnummer</translation>
    </message>
    <message>
        <location filename="../models/storage/teamserver.cpp" line="425"/>
        <source>counting the team&apos;s entities</source>
        <translation>Zählen der Objekte des Teams</translation>
    </message>
    <message>
        <location filename="../models/storage/teamserver.cpp" line="443"/>
        <source>the removal of a candidate from the team</source>
        <translation>Entfernen einer Kandidat:in aus dem Team</translation>
    </message>
    <message>
        <location filename="../models/storage/teamserver.cpp" line="458"/>
        <source>reading who has submitted</source>
        <translation>Lesen, wer abgegeben hat</translation>
    </message>
    <message>
        <location filename="../models/storage/teamserver.cpp" line="490"/>
        <source>pulling the interviews the guard now shows</source>
        <translation>Abrufen der Interviews, die der Befangenheitsschutz jetzt zeigt</translation>
    </message>
    <message>
        <location filename="../models/storage/teamserver.cpp" line="511"/>
        <source>recording the decision on a candidate (only a team lead may)</source>
        <translation>Speichern der Entscheidung über eine Kandidat:in (nur die Teamleitung darf das)</translation>
    </message>
    <message>
        <location filename="../models/storage/teamserver.cpp" line="527"/>
        <source>reading the decisions on candidates</source>
        <translation>Lesen der Entscheidungen über Kandidat:innen</translation>
    </message>
    <message>
        <location filename="../models/storage/teamserver.cpp" line="569"/>
        <source>listening for the team&apos;s changes</source>
        <translation>Warten auf Änderungen des Teams</translation>
    </message>
</context>
<context>
    <name>TeamSettings</name>
    <message>
        <location filename="../qml/components/TeamSettings.qml" line="46"/>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <location filename="../qml/components/TeamSettings.qml" line="58"/>
        <source>Share the question bank and plans with your hiring team through its PostgreSQL server. Your team lead gives you the address and your password.</source>
        <translation>Teilen Sie Fragenkatalog und Pläne mit Ihrem Team über dessen PostgreSQL-Server. Ihre Teamleitung nennt Ihnen die Adresse und Ihr Passwort.</translation>
    </message>
    <message>
        <location filename="../qml/components/TeamSettings.qml" line="66"/>
        <source>Team server address</source>
        <translation>Adresse des Teamservers</translation>
    </message>
    <message>
        <location filename="../qml/components/TeamSettings.qml" line="67"/>
        <source>Server: postgresql://you@host:5432/team?sslmode=verify-full</source>
        <translation>Server: postgresql://name@host:5432/team?sslmode=verify-full</translation>
    </message>
    <message>
        <location filename="../qml/components/TeamSettings.qml" line="78"/>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <location filename="../qml/components/TeamSettings.qml" line="83"/>
        <source>Team server password</source>
        <translation>Passwort für den Teamserver</translation>
    </message>
    <message>
        <location filename="../qml/components/TeamSettings.qml" line="93"/>
        <source>Test connection</source>
        <translation>Verbindung testen</translation>
    </message>
    <message>
        <location filename="../qml/components/TeamSettings.qml" line="100"/>
        <source>Join</source>
        <translation>Beitreten</translation>
    </message>
    <message>
        <location filename="../qml/components/TeamSettings.qml" line="134"/>
        <source>The team does not have them yet. Shared, every teammate gets them. The team&apos;s bank is on this laptop now either way.</source>
        <translation>Das Team hat sie noch nicht. Wenn Sie sie teilen, bekommen alle im Team sie. Der Fragenkatalog des Teams ist so oder so jetzt auf diesem Laptop.</translation>
    </message>
    <message>
        <location filename="../qml/components/TeamSettings.qml" line="144"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../qml/components/TeamSettings.qml" line="151"/>
        <source>Share and join</source>
        <translation>Teilen und beitreten</translation>
    </message>
    <message>
        <location filename="../qml/components/TeamSettings.qml" line="170"/>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <location filename="../qml/components/TeamSettings.qml" line="178"/>
        <source>Signed in as</source>
        <translation>Angemeldet als</translation>
    </message>
    <message>
        <location filename="../qml/components/TeamSettings.qml" line="185"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../qml/components/TeamSettings.qml" line="193"/>
        <source>Last sync</source>
        <translation>Letzte Synchronisierung</translation>
    </message>
    <message>
        <location filename="../qml/components/TeamSettings.qml" line="199"/>
        <source>Changes waiting</source>
        <translation>Wartende Änderungen</translation>
    </message>
    <message>
        <location filename="../qml/components/TeamSettings.qml" line="212"/>
        <source>Sync now</source>
        <translation>Jetzt synchronisieren</translation>
    </message>
    <message>
        <location filename="../qml/components/TeamSettings.qml" line="217"/>
        <source>Conflicts (%1)…</source>
        <translation>Konflikte (%1)…</translation>
    </message>
    <message>
        <location filename="../qml/components/TeamSettings.qml" line="224"/>
        <source>Leave team…</source>
        <translation>Team verlassen…</translation>
    </message>
    <message>
        <location filename="../qml/components/TeamSettings.qml" line="253"/>
        <source>Stay in the team</source>
        <translation>Im Team bleiben</translation>
    </message>
    <message>
        <location filename="../qml/components/TeamSettings.qml" line="258"/>
        <source>Leave team</source>
        <translation>Team verlassen</translation>
    </message>
</context>
<context>
    <name>TeamSql</name>
    <message>
        <location filename="../models/storage/teamsql.cpp" line="33"/>
        <source>Lost the connection to the team server %1 during %2: %3.</source>
        <translation>Die Verbindung zum Teamserver %1 ist bei „%2“ abgebrochen: %3.</translation>
    </message>
    <message>
        <location filename="../models/storage/teamsql.cpp" line="36"/>
        <source>The team server %1 refused %2: %3</source>
        <translation>Der Teamserver %1 hat „%2“ abgelehnt: %3</translation>
    </message>
</context>
<context>
    <name>TeamStatus</name>
    <message>
        <location filename="../models/common/team.cpp" line="107"/>
        <source>Syncing…</source>
        <translation>Wird synchronisiert…</translation>
    </message>
    <message>
        <location filename="../models/common/team.cpp" line="141"/>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message numerus="yes">
        <location filename="../models/common/team.cpp" line="194"/>
        <source>%n category(s)</source>
        <translation>
            <numerusform>%n Kategorie</numerusform>
            <numerusform>%n Kategorien</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../models/common/team.cpp" line="196"/>
        <source>%n question(s)</source>
        <translation>
            <numerusform>%n Frage</numerusform>
            <numerusform>%n Fragen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../models/common/team.cpp" line="198"/>
        <source>%n plan(s)</source>
        <translation>
            <numerusform>%n Plan</numerusform>
            <numerusform>%n Pläne</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../models/common/team.cpp" line="202"/>
        <source>%1 and %2</source>
        <translation>%1 und %2</translation>
    </message>
    <message>
        <location filename="../models/common/team.cpp" line="207"/>
        <source>lead</source>
        <translation>Teamleitung</translation>
    </message>
    <message>
        <location filename="../models/common/team.cpp" line="207"/>
        <source>interviewer</source>
        <translation>Interviewer:in</translation>
    </message>
    <message>
        <location filename="../models/common/team.cpp" line="214"/>
        <source>Connecting…</source>
        <translation>Verbindung wird hergestellt…</translation>
    </message>
    <message>
        <location filename="../models/common/team.cpp" line="220"/>
        <source>Connected as %1 (%2) — the team has %3.</source>
        <translation>Verbunden als %1 (%2) — das Team hat %3.</translation>
    </message>
    <message>
        <location filename="../models/common/team.cpp" line="231"/>
        <source>Joining…</source>
        <translation>Beitritt läuft…</translation>
    </message>
    <message>
        <location filename="../models/common/team.cpp" line="255"/>
        <source>Share this laptop&apos;s %1 with the team?</source>
        <translation>%1 dieses Laptops mit dem Team teilen?</translation>
    </message>
    <message>
        <location filename="../models/common/team.cpp" line="268"/>
        <source>Joined the team at %1 as %2. First sync: %3.</source>
        <translation>Dem Team unter %1 als %2 beigetreten. Erste Synchronisierung: %3.</translation>
    </message>
    <message>
        <location filename="../models/common/team.cpp" line="284"/>
        <source>Leave the team at %1? This laptop&apos;s questions, plans and interviews stay here; they stop reaching the team.</source>
        <translation>Team unter %1 verlassen? Die Fragen, Pläne und Interviews dieses Laptops bleiben hier; sie erreichen das Team nicht mehr.</translation>
    </message>
    <message numerus="yes">
        <location filename="../models/common/team.cpp" line="289"/>
        <source>%n change(s) made here have not reached the team&apos;s server and will not.</source>
        <translation>
            <numerusform>%n hier vorgenommene Änderung hat den Server des Teams nicht erreicht und wird ihn nicht mehr erreichen.</numerusform>
            <numerusform>%n hier vorgenommene Änderungen haben den Server des Teams nicht erreicht und werden ihn nicht mehr erreichen.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../models/common/team.cpp" line="298"/>
        <source>Left the team at %1; the local data stays here.</source>
        <translation>Team unter %1 verlassen; die lokalen Daten bleiben hier.</translation>
    </message>
    <message numerus="yes">
        <location filename="../models/common/team.cpp" line="301"/>
        <source>%n local change(s) had not reached the team&apos;s server.</source>
        <translation>
            <numerusform>%n lokale Änderung hatte den Server des Teams nicht erreicht.</numerusform>
            <numerusform>%n lokale Änderungen hatten den Server des Teams nicht erreicht.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TeamUrl</name>
    <message>
        <location filename="../models/storage/teamurl.cpp" line="61"/>
        <source>The team server URL &quot;%1&quot; cannot be used: %2.</source>
        <translation>Die Teamserver-URL „%1“ kann nicht verwendet werden: %2.</translation>
    </message>
    <message>
        <location filename="../models/storage/teamurl.cpp" line="72"/>
        <source>it must start with postgresql:// (%1)</source>
        <translation>sie muss mit postgresql:// beginnen (%1)</translation>
    </message>
    <message>
        <location filename="../models/storage/teamurl.cpp" line="74"/>
        <source>a URL to a team server has no #fragment</source>
        <translation>eine URL zu einem Teamserver hat kein #Fragment</translation>
    </message>
    <message>
        <location filename="../models/storage/teamurl.cpp" line="90"/>
        <source>it names no user; write the PostgreSQL role before the host (%1)</source>
        <translation>sie nennt keinen Benutzer; schreiben Sie die PostgreSQL-Rolle vor den Host (%1)</translation>
    </message>
    <message>
        <location filename="../models/storage/teamurl.cpp" line="97"/>
        <source>the user before &quot;@&quot; is empty (%1)</source>
        <translation>der Benutzer vor &quot;@&quot; ist leer (%1)</translation>
    </message>
    <message>
        <location filename="../models/storage/teamurl.cpp" line="105"/>
        <source>the IPv6 address after &quot;[&quot; has no closing &quot;]&quot;</source>
        <translation>der IPv6-Adresse nach &quot;[&quot; fehlt die schließende &quot;]&quot;</translation>
    </message>
    <message>
        <location filename="../models/storage/teamurl.cpp" line="109"/>
        <source>&quot;%1&quot; after the IPv6 address is not a :PORT</source>
        <translation>„%1“ nach der IPv6-Adresse ist kein :PORT</translation>
    </message>
    <message>
        <location filename="../models/storage/teamurl.cpp" line="113"/>
        <source>&quot;%1&quot; is not an IPv6 address</source>
        <translation>„%1“ ist keine IPv6-Adresse</translation>
    </message>
    <message>
        <location filename="../models/storage/teamurl.cpp" line="123"/>
        <source>it names no host after &quot;@&quot; (%1)</source>
        <translation>sie nennt keinen Host nach &quot;@&quot; (%1)</translation>
    </message>
    <message>
        <location filename="../models/storage/teamurl.cpp" line="125"/>
        <source>it names several hosts; Panelist talks to one team server</source>
        <translation>sie nennt mehrere Hosts; Panelist spricht mit genau einem Teamserver</translation>
    </message>
    <message>
        <location filename="../models/storage/teamurl.cpp" line="127"/>
        <source>the host &quot;%1&quot; is not a host name or address</source>
        <translation>der Host „%1“ ist weder ein Hostname noch eine Adresse</translation>
    </message>
    <message>
        <location filename="../models/storage/teamurl.cpp" line="134"/>
        <source>the port &quot;%1&quot; is not a number from 1 to 65535</source>
        <translation>der Port „%1“ ist keine Zahl von 1 bis 65535</translation>
    </message>
    <message>
        <location filename="../models/storage/teamurl.cpp" line="140"/>
        <source>it names no database; end it with /DATABASE (%1)</source>
        <translation>sie nennt keine Datenbank; beenden Sie sie mit /DATENBANK (%1)</translation>
    </message>
    <message>
        <location filename="../models/storage/teamurl.cpp" line="142"/>
        <source>the database &quot;%1&quot; holds a &quot;/&quot;; a URL names one database</source>
        <translation>der Datenbankname „%1“ enthält ein &quot;/&quot;; eine URL nennt genau eine Datenbank</translation>
    </message>
    <message>
        <location filename="../models/storage/teamurl.cpp" line="150"/>
        <source>the parameter %1 is given twice</source>
        <translation>der Parameter %1 ist doppelt angegeben</translation>
    </message>
    <message>
        <location filename="../models/storage/teamurl.cpp" line="154"/>
        <source>sslmode must be one of %1, not &quot;%2&quot;</source>
        <translation>sslmode muss einer der Werte %1 sein, nicht „%2“</translation>
    </message>
    <message>
        <location filename="../models/storage/teamurl.cpp" line="160"/>
        <source>sslrootcert must name a certificate file (without &quot;;&quot;), not &quot;%1&quot;</source>
        <translation>sslrootcert muss eine Zertifikatsdatei nennen (ohne &quot;;&quot;), nicht „%1“</translation>
    </message>
    <message>
        <location filename="../models/storage/teamurl.cpp" line="168"/>
        <source>connect_timeout must be a number of seconds from 1 to 3600, not &quot;%1&quot;</source>
        <translation>connect_timeout muss eine Sekundenzahl von 1 bis 3600 sein, nicht „%1“</translation>
    </message>
    <message>
        <location filename="../models/storage/teamurl.cpp" line="173"/>
        <source>the parameter &quot;%1&quot; is not one Panelist knows (sslmode, sslrootcert, connect_timeout)</source>
        <translation>der Parameter „%1“ ist Panelist nicht bekannt (sslmode, sslrootcert, connect_timeout)</translation>
    </message>
</context>
<context>
    <name>TextFile</name>
    <message>
        <location filename="../models/formats/textfile.cpp" line="43"/>
        <source>the disk is full</source>
        <translation>der Datenträger ist voll</translation>
    </message>
    <message>
        <location filename="../models/formats/textfile.cpp" line="44"/>
        <location filename="../models/formats/textfile.cpp" line="47"/>
        <source>free some space or choose another place</source>
        <translation>schaffen Sie Platz oder wählen Sie einen anderen Ort</translation>
    </message>
    <message>
        <location filename="../models/formats/textfile.cpp" line="46"/>
        <source>the disk quota is used up</source>
        <translation>das Speicherkontingent ist aufgebraucht</translation>
    </message>
    <message>
        <location filename="../models/formats/textfile.cpp" line="49"/>
        <source>file too large for this system&apos;s limit (ulimit -f)</source>
        <translation>die Datei überschreitet die Dateigrößengrenze dieses Systems (ulimit -f)</translation>
    </message>
    <message>
        <location filename="../models/formats/textfile.cpp" line="50"/>
        <source>raise the file-size limit or choose a smaller file</source>
        <translation>erhöhen Sie die Dateigrößengrenze oder wählen Sie eine kleinere Datei</translation>
    </message>
    <message>
        <location filename="../models/formats/textfile.cpp" line="53"/>
        <source>permission denied</source>
        <translation>Zugriff verweigert</translation>
    </message>
    <message>
        <location filename="../models/formats/textfile.cpp" line="54"/>
        <source>choose a folder you may write to</source>
        <translation>wählen Sie einen Ordner, in den Sie schreiben dürfen</translation>
    </message>
    <message>
        <location filename="../models/formats/textfile.cpp" line="56"/>
        <source>the disk is read-only</source>
        <translation>der Datenträger ist schreibgeschützt</translation>
    </message>
    <message>
        <location filename="../models/formats/textfile.cpp" line="56"/>
        <source>choose another place</source>
        <translation>wählen Sie einen anderen Ort</translation>
    </message>
    <message>
        <location filename="../models/formats/textfile.cpp" line="58"/>
        <source>the folder does not exist</source>
        <translation>der Ordner existiert nicht</translation>
    </message>
    <message>
        <location filename="../models/formats/textfile.cpp" line="59"/>
        <source>choose an existing folder</source>
        <translation>wählen Sie einen vorhandenen Ordner</translation>
    </message>
    <message>
        <location filename="../models/formats/textfile.cpp" line="61"/>
        <source>a part of the path is not a folder</source>
        <translation>ein Teil des Pfads ist kein Ordner</translation>
    </message>
    <message>
        <location filename="../models/formats/textfile.cpp" line="61"/>
        <location filename="../models/formats/textfile.cpp" line="68"/>
        <source>check the path</source>
        <translation>prüfen Sie den Pfad</translation>
    </message>
    <message>
        <location filename="../models/formats/textfile.cpp" line="63"/>
        <source>it is a folder</source>
        <translation>es ist ein Ordner</translation>
    </message>
    <message>
        <location filename="../models/formats/textfile.cpp" line="63"/>
        <source>choose a file name</source>
        <translation>wählen Sie einen Dateinamen</translation>
    </message>
    <message>
        <location filename="../models/formats/textfile.cpp" line="65"/>
        <source>the name is too long</source>
        <translation>der Name ist zu lang</translation>
    </message>
    <message>
        <location filename="../models/formats/textfile.cpp" line="65"/>
        <source>choose a shorter name</source>
        <translation>wählen Sie einen kürzeren Namen</translation>
    </message>
    <message>
        <location filename="../models/formats/textfile.cpp" line="67"/>
        <source>the path has too many symbolic links</source>
        <translation>der Pfad enthält zu viele symbolische Links</translation>
    </message>
    <message>
        <location filename="../models/formats/textfile.cpp" line="70"/>
        <source>the disk reported an input/output error</source>
        <translation>der Datenträger meldet einen Ein-/Ausgabefehler</translation>
    </message>
    <message>
        <location filename="../models/formats/textfile.cpp" line="71"/>
        <source>check the disk</source>
        <translation>prüfen Sie den Datenträger</translation>
    </message>
    <message>
        <location filename="../models/formats/textfile.cpp" line="74"/>
        <source>too many files are open</source>
        <translation>zu viele Dateien sind geöffnet</translation>
    </message>
    <message>
        <location filename="../models/formats/textfile.cpp" line="75"/>
        <location filename="../models/formats/textfile.cpp" line="77"/>
        <source>close some programs and try again</source>
        <translation>schließen Sie einige Programme und versuchen Sie es erneut</translation>
    </message>
    <message>
        <location filename="../models/formats/textfile.cpp" line="77"/>
        <source>out of memory</source>
        <translation>nicht genügend Arbeitsspeicher</translation>
    </message>
    <message>
        <location filename="../models/formats/textfile.cpp" line="79"/>
        <source>try again or choose another place</source>
        <translation>versuchen Sie es erneut oder wählen Sie einen anderen Ort</translation>
    </message>
    <message>
        <location filename="../models/formats/textfile.cpp" line="87"/>
        <source>a named pipe (FIFO)</source>
        <translation>eine benannte Pipe (FIFO)</translation>
    </message>
    <message>
        <location filename="../models/formats/textfile.cpp" line="89"/>
        <source>a socket</source>
        <translation>ein Socket</translation>
    </message>
    <message>
        <location filename="../models/formats/textfile.cpp" line="91"/>
        <source>a device</source>
        <translation>ein Gerät</translation>
    </message>
    <message>
        <location filename="../models/formats/textfile.cpp" line="93"/>
        <source>a folder</source>
        <translation>ein Ordner</translation>
    </message>
    <message>
        <location filename="../models/formats/textfile.cpp" line="94"/>
        <source>a special file</source>
        <translation>eine Spezialdatei</translation>
    </message>
    <message>
        <location filename="../models/formats/textfile.cpp" line="100"/>
        <source>Cannot write %1: %2. Nothing was changed; %3.</source>
        <translation>%1 kann nicht geschrieben werden: %2. Es wurde nichts geändert; %3.</translation>
    </message>
    <message>
        <location filename="../models/formats/textfile.cpp" line="108"/>
        <source>%1: the file is %2 MB, too large for %3 (at most %4 MB).</source>
        <translation>%1: Die Datei ist %2 MB groß, zu groß für %3 (höchstens %4 MB).</translation>
    </message>
    <message>
        <location filename="../models/formats/textfile.cpp" line="113"/>
        <source>%1: the file holds more than %2 MB, too large for %3.</source>
        <translation>%1: Die Datei enthält mehr als %2 MB, zu groß für %3.</translation>
    </message>
    <message>
        <location filename="../models/formats/textfile.cpp" line="198"/>
        <source>Cannot read %1: the file does not exist; check the name.</source>
        <translation>%1 kann nicht gelesen werden: Die Datei existiert nicht; prüfen Sie den Namen.</translation>
    </message>
    <message>
        <location filename="../models/formats/textfile.cpp" line="199"/>
        <location filename="../models/formats/textfile.cpp" line="211"/>
        <location filename="../models/formats/textfile.cpp" line="244"/>
        <source>Cannot read %1: %2.</source>
        <translation>%1 kann nicht gelesen werden: %2.</translation>
    </message>
    <message>
        <location filename="../models/formats/textfile.cpp" line="203"/>
        <location filename="../models/formats/textfile.cpp" line="216"/>
        <source>Cannot read %1: it is %2, not a file. Choose a file that holds %3.</source>
        <translation>%1 kann nicht gelesen werden: Es ist %2, keine Datei. Wählen Sie eine Datei, die %3 enthält.</translation>
    </message>
    <message>
        <location filename="../models/formats/textfile.cpp" line="250"/>
        <source>%1: the file is empty.</source>
        <translation>%1: Die Datei ist leer.</translation>
    </message>
    <message>
        <location filename="../models/formats/textfile.cpp" line="254"/>
        <source>%1: the file is %2 text, not UTF-8. Open it in a text editor, save it as UTF-8 and try again.</source>
        <translation>%1: Die Datei ist %2-Text, nicht UTF-8. Öffnen Sie sie in einem Texteditor, speichern Sie sie als UTF-8 und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <location filename="../models/formats/textfile.cpp" line="259"/>
        <source>%1: this is a binary file, not %2 (byte %3 is zero).</source>
        <translation>%1: Dies ist eine Binärdatei (Byte %3 ist null), keine Datei, die %2 enthält.</translation>
    </message>
    <message>
        <location filename="../models/formats/textfile.cpp" line="266"/>
        <source>%1: the file is not UTF-8 text.</source>
        <translation>%1: Die Datei ist kein UTF-8-Text.</translation>
    </message>
    <message>
        <location filename="../models/formats/textfile.cpp" line="283"/>
        <source>Cannot write %1: it is %2, not a file. Nothing was changed; choose a file name.</source>
        <translation>%1 kann nicht geschrieben werden: Es ist %2, keine Datei. Es wurde nichts geändert; wählen Sie einen Dateinamen.</translation>
    </message>
</context>
<context>
    <name>Vocabulary</name>
    <message>
        <location filename="../models/domain/vocabulary.cpp" line="138"/>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <location filename="../models/domain/vocabulary.cpp" line="140"/>
        <source>Question</source>
        <translation>Frage</translation>
    </message>
    <message>
        <location filename="../models/domain/vocabulary.cpp" line="142"/>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <location filename="../models/domain/vocabulary.cpp" line="144"/>
        <source>Interview</source>
        <translation>Interview</translation>
    </message>
    <message>
        <location filename="../models/domain/vocabulary.cpp" line="230"/>
        <source>Junior</source>
        <translation>Junior</translation>
    </message>
    <message>
        <location filename="../models/domain/vocabulary.cpp" line="232"/>
        <source>Middle</source>
        <translation>Middle</translation>
    </message>
    <message>
        <location filename="../models/domain/vocabulary.cpp" line="234"/>
        <source>Senior</source>
        <translation>Senior</translation>
    </message>
    <message>
        <location filename="../models/domain/vocabulary.cpp" line="243"/>
        <source>Technical</source>
        <translation>Technisch</translation>
    </message>
    <message>
        <location filename="../models/domain/vocabulary.cpp" line="245"/>
        <source>Coding</source>
        <translation>Programmieren</translation>
    </message>
    <message>
        <location filename="../models/domain/vocabulary.cpp" line="247"/>
        <source>Behavioural</source>
        <translation>Verhalten</translation>
    </message>
    <message>
        <location filename="../models/domain/vocabulary.cpp" line="249"/>
        <source>Situational</source>
        <translation>Situativ</translation>
    </message>
    <message>
        <location filename="../models/domain/vocabulary.cpp" line="251"/>
        <source>Discussion</source>
        <translation>Diskussion</translation>
    </message>
    <message>
        <location filename="../models/domain/vocabulary.cpp" line="260"/>
        <source>Planned</source>
        <translation>Geplant</translation>
    </message>
    <message>
        <location filename="../models/domain/vocabulary.cpp" line="262"/>
        <source>Live</source>
        <translation>Läuft</translation>
    </message>
    <message>
        <location filename="../models/domain/vocabulary.cpp" line="264"/>
        <source>Finished</source>
        <translation>Abgeschlossen</translation>
    </message>
    <message>
        <location filename="../models/domain/vocabulary.cpp" line="273"/>
        <source>Not reached</source>
        <translation>Nicht erreicht</translation>
    </message>
    <message>
        <location filename="../models/domain/vocabulary.cpp" line="275"/>
        <source>Current</source>
        <translation>Aktuell</translation>
    </message>
    <message>
        <location filename="../models/domain/vocabulary.cpp" line="277"/>
        <source>Done</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <location filename="../models/domain/vocabulary.cpp" line="279"/>
        <source>Skipped</source>
        <translation>Übersprungen</translation>
    </message>
    <message>
        <location filename="../models/domain/vocabulary.cpp" line="290"/>
        <location filename="../models/domain/vocabulary.cpp" line="325"/>
        <source>Strong no</source>
        <translation>Klares Nein</translation>
    </message>
    <message>
        <location filename="../models/domain/vocabulary.cpp" line="292"/>
        <location filename="../models/domain/vocabulary.cpp" line="327"/>
        <source>No</source>
        <translation>Nein</translation>
    </message>
    <message>
        <location filename="../models/domain/vocabulary.cpp" line="294"/>
        <location filename="../models/domain/vocabulary.cpp" line="329"/>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <location filename="../models/domain/vocabulary.cpp" line="296"/>
        <location filename="../models/domain/vocabulary.cpp" line="331"/>
        <source>Strong yes</source>
        <translation>Klares Ja</translation>
    </message>
    <message>
        <location filename="../models/domain/vocabulary.cpp" line="304"/>
        <source>No signal</source>
        <translation>Kein Signal</translation>
    </message>
    <message>
        <location filename="../models/domain/vocabulary.cpp" line="312"/>
        <source>Not scored</source>
        <translation>Nicht bewertet</translation>
    </message>
    <message>
        <location filename="../models/domain/vocabulary.cpp" line="313"/>
        <location filename="../models/domain/vocabulary.cpp" line="341"/>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <location filename="../models/domain/vocabulary.cpp" line="340"/>
        <source>Not rated</source>
        <translation>Nicht eingestuft</translation>
    </message>
    <message>
        <location filename="../models/domain/vocabulary.cpp" line="386"/>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <location filename="../models/domain/vocabulary.cpp" line="388"/>
        <source>Hired</source>
        <translation>Eingestellt</translation>
    </message>
    <message>
        <location filename="../models/domain/vocabulary.cpp" line="390"/>
        <source>Rejected</source>
        <translation>Abgesagt</translation>
    </message>
    <message>
        <location filename="../models/domain/vocabulary.cpp" line="392"/>
        <source>Withdrawn</source>
        <translation>Zurückgezogen</translation>
    </message>
    <message>
        <location filename="../models/domain/vocabulary.cpp" line="432"/>
        <source>Advance</source>
        <translation>Weiter</translation>
    </message>
    <message>
        <location filename="../models/domain/vocabulary.cpp" line="434"/>
        <source>Hire</source>
        <translation>Einstellen</translation>
    </message>
    <message>
        <location filename="../models/domain/vocabulary.cpp" line="436"/>
        <source>Reject</source>
        <translation>Absagen</translation>
    </message>
    <message>
        <location filename="../models/domain/vocabulary.cpp" line="474"/>
        <source>No interviews</source>
        <translation>Keine Interviews</translation>
    </message>
    <message>
        <location filename="../models/domain/vocabulary.cpp" line="476"/>
        <source>Interviewing</source>
        <translation>Interviews laufen</translation>
    </message>
    <message>
        <location filename="../models/domain/vocabulary.cpp" line="478"/>
        <source>Scorecards in</source>
        <translation>Bögen abgegeben</translation>
    </message>
    <message>
        <location filename="../models/domain/vocabulary.cpp" line="480"/>
        <source>Decided</source>
        <translation>Entschieden</translation>
    </message>
</context>
<context>
    <name>Welcome</name>
    <message>
        <location filename="../models/common/welcome.cpp" line="58"/>
        <source>The demo data cannot be loaded from here: run `panelist demo` in a terminal.</source>
        <translation>Die Demodaten können hier nicht geladen werden: Führen Sie `panelist demo` in einem Terminal aus.</translation>
    </message>
    <message>
        <location filename="../models/common/welcome.cpp" line="66"/>
        <source>The demo data was not loaded: %1 Nothing was added; try again, or run `panelist demo` in a terminal to see more.</source>
        <translation>Die Demodaten wurden nicht geladen: %1 Es wurde nichts hinzugefügt; versuchen Sie es erneut oder führen Sie `panelist demo` in einem Terminal aus, um mehr zu erfahren.</translation>
    </message>
    <message>
        <location filename="../models/common/welcome.cpp" line="73"/>
        <source>The demo data is already there: nothing was added. Its candidates are on the Candidates page (Ctrl+4).</source>
        <translation>Die Demodaten sind bereits vorhanden: Es wurde nichts hinzugefügt. Die Kandidat:innen daraus finden Sie unter „Kandidat:innen“ (Strg+4).</translation>
    </message>
    <message numerus="yes">
        <location filename="../models/common/welcome.cpp" line="78"/>
        <source>Demo data loaded: the plan “%1” and %n candidate(s) with a finished interview. See them on the Candidates page (Ctrl+4).</source>
        <translation>
            <numerusform>Demodaten geladen: der Plan „%1“ und %n Kandidat:in mit einem abgeschlossenen Interview. Sie finden sie unter „Kandidat:innen“ (Strg+4).</numerusform>
            <numerusform>Demodaten geladen: der Plan „%1“ und %n Kandidat:innen mit je einem abgeschlossenen Interview. Sie finden sie unter „Kandidat:innen“ (Strg+4).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WelcomeDialog</name>
    <message>
        <location filename="../qml/components/WelcomeDialog.qml" line="17"/>
        <source>Welcome to Panelist</source>
        <translation>Willkommen bei Panelist</translation>
    </message>
    <message>
        <location filename="../qml/components/WelcomeDialog.qml" line="36"/>
        <source>Panelist keeps your question bank, builds interview plans from it and runs the call against a plan. Three steps:</source>
        <translation>Panelist verwaltet Ihren Fragenkatalog, erstellt daraus Interviewpläne und führt Sie anhand eines Plans durch das Gespräch. In drei Schritten:</translation>
    </message>
    <message>
        <location filename="../qml/components/WelcomeDialog.qml" line="43"/>
        <source>1. Browse the bank</source>
        <translation>1. Fragenkatalog durchsehen</translation>
    </message>
    <message>
        <location filename="../qml/components/WelcomeDialog.qml" line="43"/>
        <source>Ctrl+1, then Ctrl+F to search</source>
        <translation>Strg+1, dann Strg+F zum Suchen</translation>
    </message>
    <message>
        <location filename="../qml/components/WelcomeDialog.qml" line="44"/>
        <source>Search as you type, filter by category, level, kind and tag; Ctrl+N adds a question, Ctrl+I imports a bank file.</source>
        <translation>Die Suche läuft schon beim Tippen; filtern Sie nach Kategorie, Stufe, Art und Schlagwort. Strg+N fügt eine Frage hinzu, Strg+I importiert eine Katalogdatei.</translation>
    </message>
    <message>
        <location filename="../qml/components/WelcomeDialog.qml" line="45"/>
        <source>2. Build a plan</source>
        <translation>2. Plan erstellen</translation>
    </message>
    <message>
        <location filename="../qml/components/WelcomeDialog.qml" line="45"/>
        <source>Ctrl+2, then Ctrl+N</source>
        <translation>Strg+2, dann Strg+N</translation>
    </message>
    <message>
        <location filename="../qml/components/WelcomeDialog.qml" line="46"/>
        <source>Name the plan, press Enter to open it, and add questions from the bank with Enter.</source>
        <translation>Geben Sie dem Plan einen Namen, öffnen Sie ihn mit Eingabe und fügen Sie mit Eingabe Fragen aus dem Fragenkatalog hinzu.</translation>
    </message>
    <message>
        <location filename="../qml/components/WelcomeDialog.qml" line="47"/>
        <source>3. Run an interview</source>
        <translation>3. Interview führen</translation>
    </message>
    <message>
        <location filename="../qml/components/WelcomeDialog.qml" line="47"/>
        <source>Ctrl+Enter on a plan</source>
        <translation>Strg+Eingabe auf einem Plan</translation>
    </message>
    <message>
        <location filename="../qml/components/WelcomeDialog.qml" line="48"/>
        <source>Name the candidate and start: the clock runs, notes are stamped, Ctrl+1…4 score. F1 shows every key of the call.</source>
        <translation>Geben Sie den Namen der Kandidat:in ein und starten Sie: Die Uhr läuft, Notizen erhalten einen Zeitstempel, Strg+1…4 bewerten. F1 zeigt alle Tasten für das Gespräch.</translation>
    </message>
    <message>
        <location filename="../qml/components/WelcomeDialog.qml" line="87"/>
        <source>Your name, as colleagues know you</source>
        <translation>Ihr Name, wie Ihre Kolleg:innen Sie kennen</translation>
    </message>
    <message>
        <location filename="../qml/components/WelcomeDialog.qml" line="92"/>
        <source>Your name</source>
        <translation>Ihr Name</translation>
    </message>
    <message>
        <location filename="../qml/components/WelcomeDialog.qml" line="96"/>
        <source>Your name goes on the interviews you run. Without it, Panelist cannot tell whether you have submitted your own verdict, so colleagues&apos; notes on a candidate stay hidden from you.</source>
        <translation>Ihr Name steht auf den Interviews, die Sie führen. Ohne ihn kann Panelist nicht erkennen, ob Sie Ihre eigene Bewertung abgegeben haben; die Notizen Ihrer Kolleg:innen zu einer Kandidat:in bleiben dann für Sie verborgen.</translation>
    </message>
    <message>
        <location filename="../qml/components/WelcomeDialog.qml" line="116"/>
        <source>Load the demo data</source>
        <translation>Demodaten laden</translation>
    </message>
    <message>
        <location filename="../qml/components/WelcomeDialog.qml" line="120"/>
        <source>A sample plan and five candidates with a finished interview each, as `panelist demo` adds</source>
        <translation>Ein Beispielplan und fünf Kandidat:innen mit je einem abgeschlossenen Interview, wie sie `panelist demo` hinzufügt</translation>
    </message>
    <message>
        <location filename="../qml/components/WelcomeDialog.qml" line="124"/>
        <source>Start</source>
        <translation>Starten</translation>
    </message>
</context>
<context>
    <name>WindowHeader</name>
    <message>
        <location filename="../qml/components/WindowHeader.qml" line="57"/>
        <source>Panelist</source>
        <translation>Panelist</translation>
    </message>
    <message>
        <location filename="../qml/components/WindowHeader.qml" line="65"/>
        <source>Sections</source>
        <translation>Bereiche</translation>
    </message>
    <message>
        <location filename="../qml/components/WindowHeader.qml" line="82"/>
        <source>Plans</source>
        <translation>Pläne</translation>
    </message>
    <message>
        <location filename="../qml/components/WindowHeader.qml" line="89"/>
        <source>Interview · %1</source>
        <translation>Interview · %1</translation>
    </message>
    <message>
        <location filename="../qml/components/WindowHeader.qml" line="89"/>
        <source>Interview</source>
        <translation>Interview</translation>
    </message>
    <message>
        <location filename="../qml/components/WindowHeader.qml" line="95"/>
        <source>Candidates</source>
        <translation>Kandidat:innen</translation>
    </message>
    <message>
        <location filename="../qml/components/WindowHeader.qml" line="112"/>
        <source>%1: resolve them</source>
        <translation>%1: Konflikte lösen</translation>
    </message>
    <message>
        <location filename="../qml/components/WindowHeader.qml" line="115"/>
        <source>Resolve the conflicts with the team&apos;s server</source>
        <translation>Konflikte mit dem Server des Teams lösen</translation>
    </message>
    <message>
        <location filename="../qml/components/WindowHeader.qml" line="116"/>
        <source>The team&apos;s server, in Settings</source>
        <translation>Der Server des Teams, in den Einstellungen</translation>
    </message>
    <message>
        <location filename="../qml/components/WindowHeader.qml" line="120"/>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <location filename="../qml/components/WindowHeader.qml" line="128"/>
        <source>Help</source>
        <translation>Hilfe</translation>
    </message>
    <message>
        <location filename="../qml/components/WindowHeader.qml" line="132"/>
        <source>The welcome, the keyboard shortcuts, about Panelist (F1)</source>
        <translation>Willkommen, Tastenkürzel, Über Panelist (F1)</translation>
    </message>
    <message>
        <location filename="../qml/components/WindowHeader.qml" line="138"/>
        <source>Welcome…</source>
        <translation>Willkommen…</translation>
    </message>
    <message>
        <location filename="../qml/components/WindowHeader.qml" line="143"/>
        <source>Keyboard shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <location filename="../qml/components/WindowHeader.qml" line="148"/>
        <source>About Panelist</source>
        <translation>Über Panelist</translation>
    </message>
    <message>
        <location filename="../qml/components/WindowHeader.qml" line="155"/>
        <source>Light theme</source>
        <translation>Helles Design</translation>
    </message>
    <message>
        <location filename="../qml/components/WindowHeader.qml" line="155"/>
        <source>Dark theme</source>
        <translation>Dunkles Design</translation>
    </message>
    <message>
        <location filename="../qml/components/WindowHeader.qml" line="159"/>
        <source>Switch between the light and the dark look</source>
        <translation>Zwischen hellem und dunklem Erscheinungsbild wechseln</translation>
    </message>
</context>
</TS>
